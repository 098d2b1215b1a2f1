<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xsi:schemaLocation="http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd http://www.opengis.net/citygml/landuse/2.0 http://schemas.opengis.net/citygml/landuse/2.0/landUse.xsd  http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd  http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd  http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd  http://www.opengis.net/citygml/relief/2.0 http://schemas.opengis.net/citygml/relief/2.0/relief.xsd  http://www.opengis.net/citygml/appearance/2.0 http://schemas.opengis.net/citygml/appearance/2.0/appearance.xsd  http://www.opengis.net/citygml/cityobjectgroup/2.0 http://schemas.opengis.net/citygml/cityobjectgroup/2.0/cityObjectGroup.xsd  http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd">
	<gml:boundedBy>
		<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
			<gml:lowerCorner>35.19494653600746 139.68749969167254 -0.02</gml:lowerCorner>
			<gml:upperCorner>35.20833178021569 139.69999972000005 24.199632</gml:upperCorner>
		</gml:Envelope>
	</gml:boundedBy>
	<core:cityObjectMember>
		<dem:ReliefFeature gml:id="dem_7122e1a8-58f0-40b8-82e8-706f7c067393">
			<gml:name>52396535</gml:name>
			<dem:lod>1</dem:lod>
			<dem:reliefComponent>
				<dem:TINRelief gml:id="dem_1a90f9d6-63e0-11ed-bcc2-989096d73cb5">
					<gml:name>52396535</gml:name>
					<dem:lod>1</dem:lod>
					<dem:tin>
						<gml:TriangulatedSurface>
							<gml:trianglePatches>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_0">
											<gml:posList>35.199998634140194 139.688429791429 19.997784 35.197346848176586 139.69255359605506 0.44 35.19999863441175 139.6884358266384 20.190268 35.199998634140194 139.688429791429 19.997784</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_1">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998634140194 139.688429791429 19.997784 35.19999863393216 139.68842509016076 19.847844 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_2">
											<gml:posList>35.19999863441175 139.6884358266384 20.190268 35.197346848176586 139.69255359605506 0.44 35.19999863488675 139.68844650734846 20.58144 35.19999863441175 139.6884358266384 20.190268</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_3">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999863536675 139.68845713274123 20.936536 35.19999863488675 139.68844650734846 20.58144 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_4">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998636298716 139.6884782192442 21.578905 35.19999863583423 139.68846770323404 21.26806 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_5">
											<gml:posList>35.19999863536675 139.68845713274123 20.936536 35.197346848176586 139.69255359605506 0.44 35.19999863583423 139.68846770323404 21.26806 35.19999863536675 139.68845713274123 20.936536</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_6">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998636769756 139.68848868121094 21.74894 35.199998636298716 139.6884782192442 21.578905 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_7">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999863768846 139.6885094446507 21.703171 35.19999863722981 139.68849908954067 21.741499 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_8">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999863722981 139.68849908954067 21.741499 35.199998636769756 139.68848868121094 21.74894 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_9">
											<gml:posList>35.19999863768846 139.6885094446507 21.703171 35.197346848176586 139.69255359605506 0.44 35.1999986381371 139.68851974693638 21.595292 35.19999863768846 139.6885094446507 21.703171</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_10">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999863859433 139.68852999680405 21.541476 35.1999986381371 139.68851974693638 21.595292 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_11">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999863904257 139.68854019466008 21.27576 35.19999863859433 139.68852999680405 21.541476 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_12">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999863948233 139.68855034089978 20.998077 35.19999863904257 139.68854019466008 21.27576 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_13">
											<gml:posList>35.19999863948233 139.68855034089978 20.998077 35.197346848176586 139.69255359605506 0.44 35.199998639923095 139.6885604359076 20.808098 35.19999863948233 139.68855034089978 20.998077</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_14">
											<gml:posList>35.199998639923095 139.6885604359076 20.808098 35.197346848176586 139.69255359605506 0.44 35.19999864036533 139.6885704800678 20.613776 35.199998639923095 139.6885604359076 20.808098</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_15">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998640800494 139.68858047376486 20.4059 35.19999864036533 139.6885704800678 20.613776 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_16">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999864123808 139.6885904173831 20.16217 35.199998640800494 139.68858047376486 20.4059 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_17">
											<gml:posList>35.19999864123808 139.6885904173831 20.16217 35.197346848176586 139.69255359605506 0.44 35.19999864166052 139.68860031130694 19.923601 35.19999864123808 139.6885904173831 20.16217</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_18">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998642086285 139.6886101558878 19.826515 35.19999864166052 139.68860031130694 19.923601 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_19">
											<gml:posList>35.199998642086285 139.6886101558878 19.826515 35.197346848176586 139.69255359605506 0.44 35.19999864251583 139.68861995149905 19.782226 35.199998642086285 139.6886101558878 19.826515</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_20">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998642931604 139.68862969852506 19.837308 35.19999864251583 139.68861995149905 19.782226 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_21">
											<gml:posList>35.199998642931604 139.68862969852506 19.837308 35.197346848176586 139.69255359605506 0.44 35.199998643352025 139.68863939729533 19.789307 35.199998642931604 139.68862969852506 19.837308</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_22">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999864376856 139.6886490481942 19.805155 35.199998643352025 139.68863939729533 19.789307 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_23">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998644591645 139.68866820773968 19.877956 35.19999864418162 139.6886586515512 19.8015 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_24">
											<gml:posList>35.19999864376856 139.6886490481942 19.805155 35.197346848176586 139.69255359605506 0.44 35.19999864418162 139.6886586515512 19.8015 35.19999864376856 139.6886490481942 19.805155</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_25">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998644999056 139.68867771708906 20.080325 35.199998644591645 139.68866820773968 19.877956 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_26">
											<gml:posList>35.199998644999056 139.68867771708906 20.080325 35.197346848176586 139.69255359605506 0.44 35.1999986454043 139.68868717996185 20.249565 35.199998644999056 139.68867771708906 20.080325</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_27">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998645807746 139.68869659667646 20.402593 35.1999986454043 139.68868717996185 20.249565 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_28">
											<gml:posList>35.199998645807746 139.68869659667646 20.402593 35.197346848176586 139.69255359605506 0.44 35.199998646200825 139.68870596758435 20.533129 35.199998645807746 139.68869659667646 20.402593</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_29">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998646601955 139.68871529300398 20.765124 35.199998646200825 139.68870596758435 20.533129 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_30">
											<gml:posList>35.199998646601955 139.68871529300398 20.765124 35.197346848176586 139.69255359605506 0.44 35.199998646993535 139.68872457328683 20.927249 35.199998646601955 139.68871529300398 20.765124</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_31">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998647384966 139.68873380874038 21.072082 35.199998646993535 139.68872457328683 20.927249 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_32">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999864777665 139.68874299970503 21.022379 35.199998647384966 139.68873380874038 21.072082 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_33">
											<gml:posList>35.19999864777665 139.68874299970503 21.022379 35.197346848176586 139.69255359605506 0.44 35.199998648159976 139.68875214648833 21.214315 35.19999864777665 139.68874299970503 21.022379</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_34">
											<gml:posList>35.199998648159976 139.68875214648833 21.214315 35.197346848176586 139.69255359605506 0.44 35.19999864854432 139.68876124941974 21.497372 35.199998648159976 139.68875214648833 21.214315</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_35">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998648921074 139.6887703087958 21.820583 35.19999864854432 139.68876124941974 21.497372 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_36">
											<gml:posList>35.199998648921074 139.6887703087958 21.820583 35.197346848176586 139.69255359605506 0.44 35.19999864929962 139.6887793249459 22.038102 35.199998648921074 139.6887703087958 21.820583</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_37">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999864968037 139.6887882981776 22.344717 35.19999864929962 139.6887793249459 22.038102 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_38">
											<gml:posList>35.19999864968037 139.6887882981776 22.344717 35.197346848176586 139.69255359605506 0.44 35.199998650054646 139.68879722878742 22.591179 35.19999864968037 139.6887882981776 22.344717</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_39">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998650794306 139.68881496336041 23.094281 35.199998650422835 139.68880611708286 22.804081 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_40">
											<gml:posList>35.199998650054646 139.68879722878742 22.591179 35.197346848176586 139.69255359605506 0.44 35.199998650422835 139.68880611708286 22.804081 35.199998650054646 139.68879722878742 22.591179</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_41">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999865116042 139.68882376791663 23.690643 35.199998650794306 139.68881496336041 23.094281 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_42">
											<gml:posList>35.19999865116042 139.68882376791663 23.690643 35.197346848176586 139.69255359605506 0.44 35.19999865152155 139.688832531059 24.151827 35.19999865116042 139.68882376791663 23.690643</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_43">
											<gml:posList>35.19999865152155 139.688832531059 24.151827 35.197346848176586 139.69255359605506 0.44 35.19999865188705 139.68884125307304 24.096179 35.19999865152155 139.688832531059 24.151827</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_44">
											<gml:posList>35.19999865188705 139.68884125307304 24.096179 35.197346848176586 139.69255359605506 0.44 35.19999865223923 139.68884993423336 24.199632 35.19999865188705 139.68884125307304 24.096179</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_45">
											<gml:posList>35.19999865259651 139.6888585748474 23.864046 35.197346848176586 139.69255359605506 0.44 35.19999865295921 139.68886717517873 23.572921 35.19999865259651 139.6888585748474 23.864046</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_46">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999865259651 139.6888585748474 23.864046 35.19999865223923 139.68884993423336 24.199632 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_47">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998653309635 139.68887573552394 23.384635 35.19999865295921 139.68886717517873 23.572921 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_48">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998653657175 139.6888842561575 23.113051 35.199998653309635 139.68887573552394 23.384635 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_49">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999865400214 139.68889273735405 22.769699 35.199998653657175 139.6888842561575 23.113051 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_50">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999865435388 139.68890117937707 22.325932 35.19999865400214 139.68889273735405 22.769699 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_51">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998655033944 139.68891794702293 21.595608 35.1999986546947 139.68890958251217 21.932672 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_52">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.1999986546947 139.68890958251217 21.932672 35.19999865435388 139.68890117937707 22.325932 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_53">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999865537195 139.68892627317285 21.250442 35.199998655033944 139.68891794702293 21.595608 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_54">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998655709024 139.68893456122555 21.202832 35.19999865537195 139.68892627317285 21.250442 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_55">
											<gml:posList>35.199998655709024 139.68893456122555 21.202832 35.197346848176586 139.69255359605506 0.44 35.19999865604547 139.6889428114446 20.923762 35.199998655709024 139.68893456122555 21.202832</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_56">
											<gml:posList>35.19999865604547 139.6889428114446 20.923762 35.197346848176586 139.69255359605506 0.44 35.199998656381645 139.6889510240826 20.631589 35.19999865604547 139.6889428114446 20.923762</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_57">
											<gml:posList>35.199998656381645 139.6889510240826 20.631589 35.197346848176586 139.69255359605506 0.44 35.19999865670882 139.6889591994031 20.264268 35.199998656381645 139.6889510240826 20.631589</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_58">
											<gml:posList>35.19999865670882 139.6889591994031 20.264268 35.197346848176586 139.69255359605506 0.44 35.19999865704532 139.68896733764768 19.940341 35.19999865670882 139.6889591994031 20.264268</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_59">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998657364446 139.68897543908 19.603603 35.19999865704532 139.68896733764768 19.940341 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_60">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999865801483 139.68899153249606 19.085073 35.19999865769352 139.68898350395256 19.290938 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_61">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999865769352 139.68898350395256 19.290938 35.199998657364446 139.68897543908 19.603603 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_62">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999865833768 139.68899952497404 18.979382 35.19999865801483 139.68899153249606 19.085073 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_63">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999865865336 139.6890074816171 18.88713 35.19999865833768 139.68899952497404 18.979382 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_64">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.1999986596053 139.68903113893106 18.651489 35.19999865929136 139.689023288354 18.768414 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_65">
											<gml:posList>35.199998658971154 139.68901540266688 18.845871 35.197346848176586 139.69255359605506 0.44 35.19999865929136 139.689023288354 18.768414 35.199998658971154 139.68901540266688 18.845871</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_66">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998658971154 139.68901540266688 18.845871 35.19999865865336 139.6890074816171 18.88713 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_67">
											<gml:posList>35.1999986596053 139.68903113893106 18.651489 35.197346848176586 139.69255359605506 0.44 35.1999986599132 139.68903895462867 18.334115 35.1999986596053 139.68903113893106 18.651489</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_68">
											<gml:posList>35.1999986599132 139.68903895462867 18.334115 35.197346848176586 139.69255359605506 0.44 35.19999866022439 139.68904673567746 17.98201 35.1999986599132 139.68903895462867 18.334115</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_69">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999866053012 139.68905448229708 17.76756 35.19999866022439 139.68904673567746 17.98201 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_70">
											<gml:posList>35.19999868100943 139.689602026759 9.781808 35.197346848176586 139.69255359605506 0.44 35.199998681202686 139.68960751357275 9.851559 35.19999868100943 139.689602026759 9.781808</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_71">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998660830666 139.68906219471816 17.508792 35.19999866053012 139.68905448229708 17.76756 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_72">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.1999986614444 139.6890775178981 16.699995 35.19999866113534 139.6890698731823 17.029963 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_73">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999866113534 139.6890698731823 17.029963 35.199998660830666 139.68906219471816 17.508792 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_74">
											<gml:posList>35.1999986614444 139.6890775178981 16.699995 35.197346848176586 139.69255359605506 0.44 35.199998661740075 139.6890851290963 16.634367 35.1999986614444 139.6890775178981 16.699995</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_75">
											<gml:posList>35.199998661740075 139.6890851290963 16.634367 35.197346848176586 139.69255359605506 0.44 35.199998662040684 139.68909270698552 16.573627 35.199998661740075 139.6890851290963 16.634367</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_76">
											<gml:posList>35.199998662040684 139.68909270698552 16.573627 35.197346848176586 139.69255359605506 0.44 35.19999866233748 139.68910025179636 16.538409 35.199998662040684 139.68909270698552 16.573627</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_77">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998662630705 139.68910776373747 16.42316 35.19999866233748 139.68910025179636 16.538409 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_78">
											<gml:posList>35.199998662630705 139.68910776373747 16.42316 35.197346848176586 139.69255359605506 0.44 35.19999866292065 139.68911524302857 16.215828 35.199998662630705 139.68910776373747 16.42316</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_79">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999866321657 139.68912268987825 15.612489 35.19999866292065 139.68911524302857 16.215828 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_80">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998663500665 139.6891301044952 15.045904 35.19999866321657 139.68912268987825 15.612489 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_81">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999866379129 139.68913748709903 14.546495 35.199998663500665 139.6891301044952 15.045904 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_82">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998664079615 139.68914483787648 14.360857 35.19999866379129 139.68913748709903 14.546495 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_83">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999866436592 139.68915215704718 14.216724 35.199998664079615 139.68914483787648 14.360857 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_84">
											<gml:posList>35.19999866436592 139.68915215704718 14.216724 35.197346848176586 139.69255359605506 0.44 35.19999866465045 139.6891594448198 13.997612 35.19999866436592 139.68915215704718 14.216724</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_85">
											<gml:posList>35.199998664705085 139.68916100499416 13.952884 35.197346848176586 139.69255359605506 0.44 35.199998664924436 139.68916670138103 13.789573 35.199998664705085 139.68916100499416 13.952884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_86">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998664705085 139.68916100499416 13.952884 35.19999866465045 139.6891594448198 13.997612 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_87">
											<gml:posList>35.199998664924436 139.68916670138103 13.789573 35.197346848176586 139.69255359605506 0.44 35.199998665206145 139.68917392693953 13.424012 35.199998664924436 139.68916670138103 13.789573</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_88">
											<gml:posList>35.199998665206145 139.68917392693953 13.424012 35.197346848176586 139.69255359605506 0.44 35.199998665486824 139.68918112169297 13.396334 35.199998665206145 139.68917392693953 13.424012</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_89">
											<gml:posList>35.199998665486824 139.68918112169297 13.396334 35.197346848176586 139.69255359605506 0.44 35.19999866575767 139.68918828583907 12.991772 35.199998665486824 139.68918112169297 13.396334</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_90">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999866630691 139.6892025230778 11.797907 35.19999866603697 139.6891954195754 12.383525 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_91">
											<gml:posList>35.19999866630691 139.6892025230778 11.797907 35.197346848176586 139.69255359605506 0.44 35.199998666585785 139.68920959656586 11.253669 35.19999866630691 139.6892025230778 11.797907</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_92">
											<gml:posList>35.19999866575767 139.68918828583907 12.991772 35.197346848176586 139.69255359605506 0.44 35.19999866603697 139.6891954195754 12.383525 35.19999866575767 139.68918828583907 12.991772</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_93">
											<gml:posList>35.199998666585785 139.68920959656586 11.253669 35.197346848176586 139.69255359605506 0.44 35.19999866685577 139.68921664020434 10.741678 35.199998666585785 139.68920959656586 11.253669</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_94">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999866711709 139.68922365419087 10.277225 35.19999866685577 139.68921664020434 10.741678 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_95">
											<gml:posList>35.19999866711709 139.68922365419087 10.277225 35.197346848176586 139.69255359605506 0.44 35.19999866738802 139.6892306387232 10.006925 35.19999866711709 139.68922365419087 10.277225</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_96">
											<gml:posList>35.19999866738802 139.6892306387232 10.006925 35.197346848176586 139.69255359605506 0.44 35.19999866765076 139.689237593966 9.88877 35.19999866738802 139.6892306387232 10.006925</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_97">
											<gml:posList>35.19999866765076 139.689237593966 9.88877 35.197346848176586 139.69255359605506 0.44 35.19999866791453 139.68924452011694 9.930605 35.19999866765076 139.689237593966 9.88877</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_98">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999866817957 139.68925141736278 9.87128 35.19999866791453 139.68924452011694 9.930605 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_99">
											<gml:posList>35.19999866817957 139.68925141736278 9.87128 35.197346848176586 139.69255359605506 0.44 35.19999866843706 139.68925828586822 9.851636 35.19999866817957 139.68925141736278 9.87128</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_100">
											<gml:posList>35.19999866843706 139.68925828586822 9.851636 35.197346848176586 139.69255359605506 0.44 35.19999866869625 139.68926512581996 9.782883 35.19999866843706 139.68925828586822 9.851636</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_101">
											<gml:posList>35.19999866895736 139.6892719373937 9.786411 35.197346848176586 139.69255359605506 0.44 35.19999866921158 139.68927872077614 9.77033 35.19999866895736 139.6892719373937 9.786411</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_102">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999866895736 139.6892719373937 9.786411 35.19999866869625 139.68926512581996 9.782883 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_103">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999866946816 139.68928547613206 9.766266 35.19999866921158 139.68927872077614 9.77033 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_104">
											<gml:posList>35.19999866946816 139.68928547613206 9.766266 35.197346848176586 139.69255359605506 0.44 35.19999866972727 139.68929220363708 9.749208 35.19999866946816 139.68928547613206 9.766266</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_105">
											<gml:posList>35.19999866972727 139.68929220363708 9.749208 35.197346848176586 139.69255359605506 0.44 35.19999866998013 139.68929890345606 9.69652 35.19999866972727 139.68929220363708 9.749208</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_106">
											<gml:posList>35.19999866998013 139.68929890345606 9.69652 35.197346848176586 139.69255359605506 0.44 35.19999867022695 139.6893055757756 9.651605 35.19999866998013 139.68929890345606 9.69652</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_107">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998670476944 139.68931222074946 9.649972 35.19999867022695 139.6893055757756 9.651605 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_108">
											<gml:posList>35.199998670476944 139.68931222074946 9.649972 35.197346848176586 139.69255359605506 0.44 35.19999867072129 139.68931883855342 9.707483 35.199998670476944 139.68931222074946 9.649972</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_109">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867096923 139.68932542935212 9.786222 35.19999867072129 139.68931883855342 9.707483 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_110">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867122095 139.68933199331036 9.767191 35.19999867096923 139.68932542935212 9.786222 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_111">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867145862 139.68933853059286 9.856174 35.19999867122095 139.68933199331036 9.767191 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_112">
											<gml:posList>35.19999867145862 139.68933853059286 9.856174 35.197346848176586 139.69255359605506 0.44 35.19999867170048 139.68934504136436 9.85201 35.19999867145862 139.68933853059286 9.856174</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_113">
											<gml:posList>35.19999867170048 139.68934504136436 9.85201 35.197346848176586 139.69255359605506 0.44 35.19999867194668 139.68935152576756 9.804223 35.19999867170048 139.68934504136436 9.85201</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_114">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867218845 139.68935798398925 9.565432 35.19999867194668 139.68935152576756 9.804223 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_115">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867242596 139.68936441617217 9.433611 35.19999867218845 139.68935798398925 9.565432 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_116">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867265943 139.689370822481 9.381665 35.19999867242596 139.68936441617217 9.433611 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_117">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867289801 139.68937720305863 9.355267 35.19999867265943 139.689370822481 9.381665 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_118">
											<gml:posList>35.19999867289801 139.68937720305863 9.355267 35.197346848176586 139.69255359605506 0.44 35.19999867313292 139.68938355806964 9.350049 35.19999867289801 139.68937720305863 9.355267</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_119">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867336433 139.6893898876679 9.349059 35.19999867313292 139.68938355806964 9.350049 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_120">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998673601435 139.68939619200708 9.344923 35.19999867336433 139.6893898876679 9.349059 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_121">
											<gml:posList>35.199998673601435 139.68939619200708 9.344923 35.197346848176586 139.69255359605506 0.44 35.19999867383541 139.68940247123 9.327188 35.199998673601435 139.68939619200708 9.344923</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_122">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867405741 139.6894087254904 9.322067 35.19999867383541 139.68940247123 9.327188 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_123">
											<gml:posList>35.19999867405741 139.6894087254904 9.322067 35.197346848176586 139.69255359605506 0.44 35.19999867428566 139.68941495494204 9.324269 35.19999867405741 139.6894087254904 9.322067</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_124">
											<gml:posList>35.19999867428566 139.68941495494204 9.324269 35.197346848176586 139.69255359605506 0.44 35.199998674520344 139.68942115972763 9.414962 35.19999867428566 139.68941495494204 9.324269</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_125">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867474358 139.68942733999 9.638305 35.199998674520344 139.68942115972763 9.414962 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_126">
											<gml:posList>35.19999867496459 139.68943349587195 9.802691 35.197346848176586 139.69255359605506 0.44 35.199998675192546 139.68943962752712 9.94366 35.19999867496459 139.68943349587195 9.802691</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_127">
											<gml:posList>35.19999867474358 139.68942733999 9.638305 35.197346848176586 139.69255359605506 0.44 35.19999867496459 139.68943349587195 9.802691 35.19999867474358 139.68942733999 9.638305</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_128">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867541863 139.68944573509836 10.158449 35.199998675192546 139.68943962752712 9.94366 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_129">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867563397 139.68945181872843 10.502301 35.19999867541863 139.68944573509836 10.158449 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_130">
											<gml:posList>35.19999867563397 139.68945181872843 10.502301 35.197346848176586 139.69255359605506 0.44 35.199998675856776 139.68945787853812 10.911688 35.19999867563397 139.68945181872843 10.502301</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_131">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867607821 139.68946391469217 10.891239 35.199998675856776 139.68945787853812 10.911688 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_132">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867628941 139.68946992731136 11.192704 35.19999867607821 139.68946391469217 10.891239 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_133">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867650859 139.68947591654947 11.372287 35.19999867628941 139.68946992731136 11.192704 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_134">
											<gml:posList>35.19999867650859 139.68947591654947 11.372287 35.197346848176586 139.69255359605506 0.44 35.199998676726906 139.6894818825273 11.4746 35.19999867650859 139.68947591654947 11.372287</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_135">
											<gml:posList>35.199998676726906 139.6894818825273 11.4746 35.197346848176586 139.69255359605506 0.44 35.19999867694448 139.68948782538763 11.507227 35.199998676726906 139.6894818825273 11.4746</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_136">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998677152514 139.68949374526218 11.420735 35.19999867694448 139.68948782538763 11.507227 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_137">
											<gml:posList>35.199998677152514 139.68949374526218 11.420735 35.197346848176586 139.69255359605506 0.44 35.19999867736916 139.68949964228284 11.051378 35.199998677152514 139.68949374526218 11.420735</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_138">
											<gml:posList>35.19999867736916 139.68949964228284 11.051378 35.197346848176586 139.69255359605506 0.44 35.19999867757655 139.68950551658133 10.707757 35.19999867736916 139.68949964228284 11.051378</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_139">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998677783896 139.68951136830043 10.590945 35.19999867757655 139.68950551658133 10.707757 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_140">
											<gml:posList>35.199998677783896 139.68951136830043 10.590945 35.197346848176586 139.69255359605506 0.44 35.19999867800033 139.68951719754995 10.489719 35.199998677783896 139.68951136830043 10.590945</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_141">
											<gml:posList>35.19999867800033 139.68951719754995 10.489719 35.197346848176586 139.69255359605506 0.44 35.199998678208 139.68952300447265 10.449317 35.19999867800033 139.68951719754995 10.489719</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_142">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998678416065 139.68952878920038 10.430183 35.199998678208 139.68952300447265 10.449317 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_143">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867861567 139.6895345518429 10.272648 35.199998678416065 139.68952878920038 10.430183 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_144">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867882499 139.689540292543 9.845301 35.19999867861567 139.6895345518429 10.272648 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_145">
											<gml:posList>35.19999867882499 139.689540292543 9.845301 35.197346848176586 139.69255359605506 0.44 35.199998679026166 139.6895460114215 9.510545 35.19999867882499 139.689540292543 9.845301</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_146">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867922834 139.68955170859917 9.50531 35.199998679026166 139.6895460114215 9.510545 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_147">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867943168 139.68955738419683 9.53694 35.19999867922834 139.68955170859917 9.50531 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_148">
											<gml:posList>35.19999867943168 139.68955738419683 9.53694 35.197346848176586 139.69255359605506 0.44 35.1999986796273 139.68956303834625 9.61119 35.19999867943168 139.68955738419683 9.53694</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_149">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999867983339 139.6895686711573 9.620676 35.1999986796273 139.68956303834625 9.61119 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_150">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998680032074 139.68957428276173 9.639036 35.19999867983339 139.6895686711573 9.620676 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_151">
											<gml:posList>35.199998680032074 139.68957428276173 9.639036 35.197346848176586 139.69255359605506 0.44 35.19999868022349 139.68957987326937 9.658318 35.199998680032074 139.68957428276173 9.639036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_152">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.1999986804258 139.68958544281196 9.695283 35.19999868022349 139.68957987326937 9.658318 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_153">
											<gml:posList>35.1999986804258 139.68958544281196 9.695283 35.197346848176586 139.69255359605506 0.44 35.19999868062112 139.68959099148842 9.677955 35.1999986804258 139.68958544281196 9.695283</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_154">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998680818624 139.6895965194305 9.734401 35.19999868062112 139.68959099148842 9.677955 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_155">
											<gml:posList>35.199998680818624 139.6895965194305 9.734401 35.197346848176586 139.69255359605506 0.44 35.19999868100943 139.689602026759 9.781808 35.199998680818624 139.6895965194305 9.734401</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_156">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999868138952 139.6896129799926 10.069605 35.199998681202686 139.68960751357275 9.851559 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_157">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999868157907 139.68961842612833 10.38732 35.19999868138952 139.6896129799926 10.069605 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_158">
											<gml:posList>35.19999868157907 139.68961842612833 10.38732 35.197346848176586 139.69255359605506 0.44 35.19999868177149 139.68962385210074 10.716517 35.19999868157907 139.68961842612833 10.38732</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_159">
											<gml:posList>35.19999868177149 139.68962385210074 10.716517 35.197346848176586 139.69255359605506 0.44 35.19999868195791 139.68962925801964 10.858862 35.19999868177149 139.68962385210074 10.716517</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_160">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998682147445 139.6896346439949 10.832851 35.19999868195791 139.68962925801964 10.858862 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_161">
											<gml:posList>35.199998682147445 139.6896346439949 10.832851 35.197346848176586 139.69255359605506 0.44 35.199998682340265 139.68964001013634 10.750774 35.199998682147445 139.6896346439949 10.832851</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_162">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999868251845 139.68964535655374 10.507584 35.199998682340265 139.68964001013634 10.750774 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_163">
											<gml:posList>35.19999868251845 139.68964535655374 10.507584 35.197346848176586 139.69255359605506 0.44 35.199998682709186 139.68965068335694 10.489115 35.19999868251845 139.68964535655374 10.507584</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_164">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999868289457 139.68965599064478 10.088399 35.199998682709186 139.68965068335694 10.489115 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_165">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998683074725 139.6896612785381 9.656465 35.19999868289457 139.68965599064478 10.088399 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_166">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998683258805 139.6896665471247 9.252973 35.199998683074725 139.6896612785381 9.656465 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_167">
											<gml:posList>35.199998683258805 139.6896665471247 9.252973 35.197346848176586 139.69255359605506 0.44 35.19999868346842 139.68967263527946 9.234652 35.199998683258805 139.6896665471247 9.252973</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_168">
											<gml:posList>35.19999868346842 139.68967263527946 9.234652 35.197346848176586 139.69255359605506 0.44 35.19999874924804 139.6925996883918 0.426553 35.19999868346842 139.68967263527946 9.234652</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_169">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19799163078053 139.68749973676648 5.113357 35.19798693054788 139.6874997367881 5.194526 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_170">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19799217476539 139.68749973676063 5.103963 35.19799163078053 139.68749973676648 5.113357 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_171">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198250839204974 139.68749973561745 5.23838 35.19824520158889 139.68749973563433 5.349162 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_172">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19694123673779 139.6906500442196 0 35.19821701297662 139.68749973576345 5.390645 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_173">
											<gml:posList>35.19799218380685 139.68749973675543 5.103975 35.196789678461485 139.6904045998037 0.1 35.19821701297662 139.68749973576345 5.390645 35.19799218380685 139.68749973675543 5.103975</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_174">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19799218380685 139.68749973675543 5.103975 35.19799217476539 139.68749973676063 5.103963 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_175">
											<gml:posList>35.19821701297662 139.68749973576345 5.390645 35.19694123673779 139.6906500442196 0 35.198222650773 139.6874997357353 5.358181 35.19821701297662 139.68749973576345 5.390645</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_176">
											<gml:posList>35.198222650773 139.6874997357353 5.358181 35.19694123673779 139.6906500442196 0 35.19822828852429 139.68749973570723 5.358164 35.198222650773 139.6874997357353 5.358181</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_177">
											<gml:posList>35.19822828852429 139.68749973570723 5.358164 35.19694123673779 139.6906500442196 0 35.19823392624856 139.68749973569018 5.359266 35.19822828852429 139.68749973570723 5.358164</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_178">
											<gml:posList>35.19823392624856 139.68749973569018 5.359266 35.19694123673779 139.6906500442196 0 35.19823956393676 139.68749973566221 5.369318 35.19823392624856 139.68749973569018 5.359266</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_179">
											<gml:posList>35.19823956393676 139.68749973566221 5.369318 35.19694123673779 139.6906500442196 0 35.19824520158889 139.68749973563433 5.349162 35.19823956393676 139.68749973566221 5.369318</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_180">
											<gml:posList>35.198262114319895 139.687499735562 5.590778 35.19694123673779 139.6906500442196 0 35.19826775182777 139.68749973553435 5.679146 35.198262114319895 139.687499735562 5.590778</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_181">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19825647677595 139.6874997355897 5.343534 35.198250839204974 139.68749973561745 5.23838 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_182">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198262114319895 139.687499735562 5.590778 35.19825647677595 139.6874997355897 5.343534 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_183">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19834103613948 139.6874997352136 4.519858 35.198335399100415 139.68749973524046 4.561267 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_184">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19837485760751 139.68749973506496 4.506346 35.19836922078483 139.6874997350914 4.463848 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_185">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19827338929959 139.68749973550675 5.529206 35.19826775182777 139.68749973553435 5.679146 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_186">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19828466413504 139.68749973546275 4.920537 35.19827902673536 139.6874997354902 5.211445 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_187">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19827902673536 139.6874997354902 5.211445 35.19827338929959 139.68749973550675 5.529206 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_188">
											<gml:posList>35.19828466413504 139.68749973546275 4.920537 35.19694123673779 139.6906500442196 0 35.19829030149867 139.68749973543535 4.920522 35.19828466413504 139.68749973546275 4.920537</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_189">
											<gml:posList>35.19829030149867 139.68749973543535 4.920522 35.19694123673779 139.6906500442196 0 35.19829593881722 139.68749973540807 4.799675 35.19829030149867 139.68749973543535 4.920522</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_190">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19830157610873 139.68749973539178 4.777284 35.19829593881722 139.68749973540807 4.799675 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_191">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19830721336417 139.68749973536455 4.745942 35.19830157610873 139.68749973539178 4.777284 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_192">
											<gml:posList>35.19831285058354 139.68749973533738 4.712363 35.19694123673779 139.6906500442196 0 35.19831848776685 139.68749973531033 4.67319 35.19831285058354 139.68749973533738 4.712363</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_193">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19831285058354 139.68749973533738 4.712363 35.19830721336417 139.68749973536455 4.745942 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_194">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198324124914095 139.6874997352833 4.635137 35.19831848776685 139.68749973531033 4.67319 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_195">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19832976202528 139.68749973525635 4.597083 35.198324124914095 139.6874997352833 4.635137 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_196">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198335399100415 139.68749973524046 4.561267 35.19832976202528 139.68749973525635 4.597083 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_197">
											<gml:posList>35.19838613114469 139.68749973501224 5.079117 35.19694123673779 139.6906500442196 0 35.198391767859185 139.68749973498598 5.352074 35.19838613114469 139.68749973501224 5.079117</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_198">
											<gml:posList>35.19834103613948 139.6874997352136 4.519858 35.19694123673779 139.6906500442196 0 35.198346673133464 139.68749973518686 4.47733 35.19834103613948 139.6874997352136 4.519858</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_199">
											<gml:posList>35.198346673133464 139.68749973518686 4.47733 35.19694123673779 139.6906500442196 0 35.1983523101004 139.68749973516015 4.477316 35.198346673133464 139.68749973518686 4.47733</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_200">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19835794703127 139.6874997351335 4.438145 35.1983523101004 139.68749973516015 4.477316 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_201">
											<gml:posList>35.19835794703127 139.6874997351335 4.438145 35.19694123673779 139.6906500442196 0 35.198363583926074 139.68749973510694 4.440368 35.19835794703127 139.6874997351335 4.438145</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_202">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19836922078483 139.6874997350914 4.463848 35.198363583926074 139.68749973510694 4.440368 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_203">
											<gml:posList>35.19837485760751 139.68749973506496 4.506346 35.19694123673779 139.6906500442196 0 35.19838049439414 139.68749973503859 4.692045 35.19837485760751 139.68749973506496 4.506346</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_204">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19838613114469 139.68749973501224 5.079117 35.19838049439414 139.68749973503859 4.692045 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_205">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19840867778629 139.6874997349076 5.243506 35.19840423986489 139.6874997349327 5.243519 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_206">
											<gml:posList>35.198403041179986 139.68749973493365 5.243522 35.19694123673779 139.6906500442196 0 35.19840423986489 139.6874997349327 5.243519 35.198403041179986 139.68749973493365 5.243522</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_207">
											<gml:posList>35.198391767859185 139.68749973498598 5.352074 35.19694123673779 139.6906500442196 0 35.198397404537616 139.68749973495977 5.396807 35.198391767859185 139.68749973498598 5.352074</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_208">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198403041179986 139.68749973493365 5.243522 35.198397404537616 139.68749973495977 5.396807 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_209">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19859466560813 139.68749973408245 4.352535 35.19858903018288 139.68749973410647 4.352549 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_210">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198414314356526 139.68749973488156 5.081273 35.19840867778629 139.6874997349076 5.243506 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_211">
											<gml:posList>35.19841995089071 139.68749973485563 5.007421 35.19694123673779 139.6906500442196 0 35.19842558738884 139.6874997348407 4.9414 35.19841995089071 139.68749973485563 5.007421</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_212">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19841995089071 139.68749973485563 5.007421 35.198414314356526 139.68749973488156 5.081273 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_213">
											<gml:posList>35.19842558738884 139.6874997348407 4.9414 35.19694123673779 139.6906500442196 0 35.19843122385089 139.6874997348149 4.821681 35.19842558738884 139.6874997348407 4.9414</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_214">
											<gml:posList>35.19843122385089 139.6874997348149 4.821681 35.19694123673779 139.6906500442196 0 35.19843686027687 139.68749973478916 4.642672 35.19843122385089 139.6874997348149 4.821681</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_215">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19844249666681 139.68749973476343 4.490512 35.19843686027687 139.68749973478916 4.642672 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_216">
											<gml:posList>35.19844249666681 139.68749973476343 4.490512 35.19694123673779 139.6906500442196 0 35.19844813302067 139.68749973473783 4.359609 35.19844249666681 139.68749973476343 4.490512</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_217">
											<gml:posList>35.19844813302067 139.68749973473783 4.359609 35.19694123673779 139.6906500442196 0 35.19845376933847 139.68749973471225 4.295829 35.19844813302067 139.68749973473783 4.359609</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_218">
											<gml:posList>35.19845376933847 139.68749973471225 4.295829 35.19694123673779 139.6906500442196 0 35.19845940562922 139.68749973468672 4.26561 35.19845376933847 139.68749973471225 4.295829</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_219">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.1984650418749 139.6874997346613 4.256647 35.19845940562922 139.68749973468672 4.26561 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_220">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19847067808451 139.68749973463588 4.256633 35.1984650418749 139.6874997346613 4.256647 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_221">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19847631425806 139.68749973461058 4.265569 35.19847067808451 139.68749973463588 4.256633 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_222">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19849322256233 139.687499734535 4.291258 35.198487586496974 139.68749973456013 4.281203 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_223">
											<gml:posList>35.198481950395546 139.68749973458534 4.271149 35.19694123673779 139.6906500442196 0 35.198487586496974 139.68749973456013 4.281203 35.198481950395546 139.68749973458534 4.271149</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_224">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198481950395546 139.68749973458534 4.271149 35.19847631425806 139.68749973461058 4.265569 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_225">
											<gml:posList>35.19849322256233 139.687499734535 4.291258 35.19694123673779 139.6906500442196 0 35.198498858591634 139.68749973450994 4.291244 35.19849322256233 139.687499734535 4.291258</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_226">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19850449458487 139.68749973448496 4.269975 35.198498858591634 139.68749973450994 4.291244 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_227">
											<gml:posList>35.19850449458487 139.68749973448496 4.269975 35.19694123673779 139.6906500442196 0 35.19851013055105 139.68749973446 4.201723 35.19850449458487 139.68749973448496 4.269975</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_228">
											<gml:posList>35.19851013055105 139.68749973446 4.201723 35.19694123673779 139.6906500442196 0 35.19851576647217 139.6874997344351 4.275542 35.19851013055105 139.68749973446 4.201723</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_229">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19852140235721 139.6874997344103 4.460107 35.19851576647217 139.6874997344351 4.275542 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_230">
											<gml:posList>35.19852140235721 139.6874997344103 4.460107 35.19694123673779 139.6906500442196 0 35.1985270382062 139.68749973438557 4.558535 35.19852140235721 139.6874997344103 4.460107</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_231">
											<gml:posList>35.1985270382062 139.68749973438557 4.558535 35.19694123673779 139.6906500442196 0 35.19853267401913 139.68749973436087 4.55852 35.1985270382062 139.68749973438557 4.558535</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_232">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19853830979598 139.68749973433626 4.543963 35.19853267401913 139.68749973436087 4.55852 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_233">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19854394554579 139.68749973431167 4.373914 35.19853830979598 139.68749973433626 4.543963 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_234">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19855521691918 139.68749973426276 4.276565 35.19854958125052 139.68749973428717 4.342578 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_235">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19854958125052 139.68749973428717 4.342578 35.19854394554579 139.68749973431167 4.373914 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_236">
											<gml:posList>35.19855521691918 139.68749973426276 4.276565 35.19694123673779 139.6906500442196 0 35.19856085255179 139.68749973423837 4.265365 35.19855521691918 139.68749973426276 4.276565</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_237">
											<gml:posList>35.19856085255179 139.68749973423837 4.265365 35.19694123673779 139.6906500442196 0 35.19856648814832 139.68749973420307 4.078539 35.19856085255179 139.68749973423837 4.265365</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_238">
											<gml:posList>35.19856648814832 139.68749973420307 4.078539 35.19694123673779 139.6906500442196 0 35.198572123717824 139.68749973417883 4.012527 35.19856648814832 139.68749973420307 4.078539</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_239">
											<gml:posList>35.198572123717824 139.68749973417883 4.012527 35.19694123673779 139.6906500442196 0 35.19857775924224 139.68749973415464 4.110953 35.198572123717824 139.68749973417883 4.012527</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_240">
											<gml:posList>35.19857775924224 139.68749973415464 4.110953 35.19694123673779 139.6906500442196 0 35.19858339473059 139.6874997341305 4.241819 35.19857775924224 139.68749973415464 4.110953</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_241">
											<gml:posList>35.19858339473059 139.6874997341305 4.241819 35.19694123673779 139.6906500442196 0 35.19858903018288 139.68749973410647 4.352549 35.19858339473059 139.6874997341305 4.241819</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_242">
											<gml:posList>35.19859466560813 139.68749973408245 4.352535 35.19694123673779 139.6906500442196 0 35.198600300988296 139.68749973405852 4.421875 35.19859466560813 139.68749973408245 4.352535</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_243">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19861157164945 139.68749973401086 4.369273 35.1986059363324 139.68749973403467 4.348033 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_244">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.1986059363324 139.68749973403467 4.348033 35.198600300988296 139.68749973405852 4.421875 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_245">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19865101781399 139.68749973383498 4.563808 35.198645382758386 139.68749973385835 4.599617 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_246">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198662287826004 139.68749973377746 4.426194 35.19865665283353 139.68749973381168 4.563793 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_247">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198617206921426 139.6874997339871 4.415121 35.19861157164945 139.68749973401086 4.369273 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_248">
											<gml:posList>35.198622842157334 139.68749973395245 4.454258 35.19694123673779 139.6906500442196 0 35.19862847736619 139.6874997339288 4.491158 35.198622842157334 139.68749973395245 4.454258</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_249">
											<gml:posList>35.198617206921426 139.6874997339871 4.415121 35.19694123673779 139.6906500442196 0 35.198622842157334 139.68749973395245 4.454258 35.198617206921426 139.6874997339871 4.415121</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_250">
											<gml:posList>35.19862847736619 139.6874997339288 4.491158 35.19694123673779 139.6906500442196 0 35.19863411252998 139.68749973390524 4.512396 35.19862847736619 139.6874997339288 4.491158</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_251">
											<gml:posList>35.19863411252998 139.68749973390524 4.512396 35.19694123673779 139.6906500442196 0 35.19863974765771 139.68749973388176 4.568311 35.19863411252998 139.68749973390524 4.512396</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_252">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198645382758386 139.68749973385835 4.599617 35.19863974765771 139.68749973388176 4.568311 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_253">
											<gml:posList>35.198662287826004 139.68749973377746 4.426194 35.19694123673779 139.6906500442196 0 35.19866792277341 139.68749973375427 4.294189 35.198662287826004 139.68749973377746 4.426194</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_254">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19865665283353 139.68749973381168 4.563793 35.19865101781399 139.68749973383498 4.563808 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_255">
											<gml:posList>35.198673557684764 139.68749973373116 4.329969 35.19694123673779 139.6906500442196 0 35.19867919256905 139.68749973370808 4.378054 35.198673557684764 139.68749973373116 4.329969</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_256">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198684827408286 139.68749973368512 4.414952 35.19867919256905 139.68749973370808 4.378054 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_257">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198673557684764 139.68749973373116 4.329969 35.19866792277341 139.68749973375427 4.294189 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_258">
											<gml:posList>35.19871300109048 139.6874997335601 4.575951 35.19694123673779 139.6906500442196 0 35.19871863571331 139.68749973352652 4.575937 35.19871300109048 139.6874997335601 4.575951</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_259">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198769345741134 139.68749973330384 4.975112 35.198763711433834 139.68749973332592 4.73353 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_260">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19869046222044 139.68749973365118 4.457443 35.198684827408286 139.68749973368512 4.414952 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_261">
											<gml:posList>35.19869609698754 139.68749973362833 4.48763 35.19694123673779 139.6906500442196 0 35.19870173172758 139.6874997336055 4.52229 35.19869609698754 139.68749973362833 4.48763</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_262">
											<gml:posList>35.19869046222044 139.68749973365118 4.457443 35.19694123673779 139.6906500442196 0 35.19869609698754 139.68749973362833 4.48763 35.19869046222044 139.68749973365118 4.457443</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_263">
											<gml:posList>35.19870173172758 139.6874997336055 4.52229 35.19694123673779 139.6906500442196 0 35.19870736642256 139.6874997335828 4.545765 35.19870173172758 139.6874997336055 4.52229</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_264">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19875807709951 139.68749973335898 4.650775 35.19875244272009 139.68749973338117 4.648553 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_265">
											<gml:posList>35.19870736642256 139.6874997335828 4.545765 35.19694123673779 139.6906500442196 0 35.19871300109048 139.6874997335601 4.575951 35.19870736642256 139.6874997335828 4.545765</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_266">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.1987242703001 139.68749973350398 4.597174 35.19871863571331 139.68749973352652 4.575937 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_267">
											<gml:posList>35.1987242703001 139.68749973350398 4.597174 35.19694123673779 139.6906500442196 0 35.19872990485983 139.68749973348147 4.608345 35.1987242703001 139.68749973350398 4.597174</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_268">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198735539374475 139.68749973345905 4.612805 35.19872990485983 139.68749973348147 4.608345 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_269">
											<gml:posList>35.198735539374475 139.68749973345905 4.612805 35.19694123673779 139.6906500442196 0 35.19874117386208 139.6874997334257 4.618382 35.198735539374475 139.68749973345905 4.612805</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_270">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19874680831362 139.68749973340343 4.622842 35.19874117386208 139.6874997334257 4.618382 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_271">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19875244272009 139.68749973338117 4.648553 35.19874680831362 139.68749973340343 4.622842 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_272">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19877498000336 139.6874997332819 4.975096 35.198769345741134 139.68749973330384 4.975112 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_273">
											<gml:posList>35.19875807709951 139.68749973335898 4.650775 35.19694123673779 139.6906500442196 0 35.198763711433834 139.68749973332592 4.73353 35.19875807709951 139.68749973335898 4.650775</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_274">
											<gml:posList>35.19878061423851 139.68749973324896 5.298326 35.19694123673779 139.6906500442196 0 35.1987862484286 139.68749973322713 5.651753 35.19878061423851 139.68749973324896 5.298326</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_275">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198791882591635 139.68749973320533 5.921292 35.1987862484286 139.68749973322713 5.651753 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_276">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19878061423851 139.68749973324896 5.298326 35.19877498000336 139.6874997332819 4.975096 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_277">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19880315080051 139.68749973315096 6.48497 35.19879751671862 139.68749973318359 6.191947 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_278">
											<gml:posList>35.19880315080051 139.68749973315096 6.48497 35.19694123673779 139.6906500442196 0 35.198808784855366 139.68749973312933 6.678446 35.19880315080051 139.68749973315096 6.48497</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_279">
											<gml:posList>35.198791882591635 139.68749973320533 5.921292 35.19694123673779 139.6906500442196 0 35.19879751671862 139.68749973318359 6.191947 35.198791882591635 139.68749973320533 5.921292</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_280">
											<gml:posList>35.19881441887415 139.68749973310779 6.67507 35.19694123673779 139.6906500442196 0 35.19882005284785 139.68749973307533 6.481552 35.19881441887415 139.68749973310779 6.67507</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_281">
											<gml:posList>35.19882005284785 139.68749973307533 6.481552 35.19694123673779 139.6906500442196 0 35.198825686794514 139.6874997330539 6.356263 35.19882005284785 139.68749973307533 6.481552</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_282">
											<gml:posList>35.198808784855366 139.68749973312933 6.678446 35.19694123673779 139.6906500442196 0 35.19881441887415 139.68749973310779 6.67507 35.198808784855366 139.68749973312933 6.678446</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_283">
											<gml:posList>35.198853855968835 139.6874997329258 7.114472 35.19694123673779 139.6906500442196 0 35.19885948969913 139.68749973290474 7.371693 35.198853855968835 139.6874997329258 7.114472</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_284">
											<gml:posList>35.19890455822508 139.68749973269476 8.979792 35.19694123673779 139.6906500442196 0 35.1989101916308 139.68749973267427 9.05246 35.19890455822508 139.68749973269476 8.979792</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_285">
											<gml:posList>35.198825686794514 139.6874997330539 6.356263 35.19694123673779 139.6906500442196 0 35.19883132069611 139.68749973303255 6.43118 35.198825686794514 139.6874997330539 6.356263</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_286">
											<gml:posList>35.19884258840911 139.68749973297906 6.626869 35.19694123673779 139.6906500442196 0 35.1988482222115 139.6874997329469 6.881856 35.19884258840911 139.68749973297906 6.626869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_287">
											<gml:posList>35.19883695457063 139.68749973300027 6.43116 35.19694123673779 139.6906500442196 0 35.19884258840911 139.68749973297906 6.626869 35.19883695457063 139.68749973300027 6.43116</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_288">
											<gml:posList>35.19883132069611 139.68749973303255 6.43118 35.19694123673779 139.6906500442196 0 35.19883695457063 139.68749973300027 6.43116 35.19883132069611 139.68749973303255 6.43118</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_289">
											<gml:posList>35.19889329131447 139.68749973274686 8.875835 35.19694123673779 139.6906500442196 0 35.198898924783315 139.68749973272628 8.875807 35.19889329131447 139.68749973274686 8.875835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_290">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198853855968835 139.6874997329258 7.114472 35.1988482222115 139.6874997329469 6.881856 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_291">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19886512339333 139.6874997328728 7.782138 35.19885948969913 139.68749973290474 7.371693 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_292">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198870757042485 139.68749973285188 8.208239 35.19886512339333 139.6874997328728 7.782138 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_293">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19887639066459 139.68749973283101 8.511309 35.198870757042485 139.68749973285188 8.208239 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_294">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19888202425061 139.68749973279927 8.679047 35.19887639066459 139.68749973283101 8.511309 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_295">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198887657800576 139.68749973277852 8.765139 35.19888202425061 139.68749973279927 8.679047 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_296">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19889329131447 139.68749973274686 8.875835 35.198887657800576 139.68749973277852 8.765139 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_297">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19891582500046 139.68749973265386 9.056905 35.1989101916308 139.68749973267427 9.05246 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_298">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19890455822508 139.68749973269476 8.979792 35.198898924783315 139.68749973272628 8.875807 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_299">
											<gml:posList>35.19892145833404 139.6874997326225 9.179901 35.19694123673779 139.6906500442196 0 35.19892709162256 139.68749973260228 9.448289 35.19892145833404 139.6874997326225 9.179901</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_300">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19893272488402 139.68749973257104 9.856475 35.19892709162256 139.68749973260228 9.448289 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_301">
											<gml:posList>35.19891582500046 139.68749973265386 9.056905 35.19694123673779 139.6906500442196 0 35.19892145833404 139.6874997326225 9.179901 35.19891582500046 139.68749973265386 9.056905</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_302">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19894399129875 139.6874997325198 10.313836 35.19893835810942 139.6874997325509 10.236699 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_303">
											<gml:posList>35.19894399129875 139.6874997325198 10.313836 35.19694123673779 139.6906500442196 0 35.198949624452034 139.6874997324998 10.348473 35.19894399129875 139.6874997325198 10.313836</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_304">
											<gml:posList>35.19893272488402 139.68749973257104 9.856475 35.19694123673779 139.6906500442196 0 35.19893835810942 139.6874997325509 10.236699 35.19893272488402 139.68749973257104 9.856475</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_305">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19896089065039 139.68749973244888 10.324921 35.19895525756924 139.6874997324688 10.324954 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_306">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.198966523695475 139.68749973241808 10.16496 35.19896089065039 139.68749973244888 10.324921 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_307">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19895525756924 139.6874997324688 10.324954 35.198949624452034 139.6874997324998 10.348473 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_308">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19898342261436 139.68749973234793 9.394306 35.19897778967746 139.6874997323676 9.441307 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_309">
											<gml:posList>35.19898905551519 139.68749973231735 9.594463 35.19694123673779 139.6906500442196 0 35.19899468837996 139.6874997322978 9.823696 35.19898905551519 139.68749973231735 9.594463</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_310">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.1989721567045 139.6874997323983 9.743299 35.198966523695475 139.68749973241808 10.16496 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_311">
											<gml:posList>35.1989721567045 139.6874997323983 9.743299 35.19694123673779 139.6906500442196 0 35.19897778967746 139.6874997323676 9.441307 35.1989721567045 139.6874997323983 9.743299</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_312">
											<gml:posList>35.19899468837996 139.6874997322978 9.823696 35.19694123673779 139.6906500442196 0 35.19900032120867 139.68749973226738 10.047337 35.19899468837996 139.6874997322978 9.823696</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_313">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19898905551519 139.68749973231735 9.594463 35.19898342261436 139.68749973234793 9.394306 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_314">
											<gml:posList>35.19900032120867 139.68749973226738 10.047337 35.19694123673779 139.6906500442196 0 35.19900595400132 139.68749973224794 9.816924 35.19900032120867 139.68749973226738 10.047337</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_315">
											<gml:posList>35.19900595400132 139.68749973224794 9.816924 35.19694123673779 139.6906500442196 0 35.19901158675789 139.68749973221762 9.428824 35.19900595400132 139.68749973224794 9.816924</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_316">
											<gml:posList>35.19901721947842 139.68749973219835 9.460108 35.19694123673779 139.6906500442196 0 35.19902285216287 139.68749973216816 9.460078 35.19901721947842 139.68749973219835 9.460108</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_317">
											<gml:posList>35.19901158675789 139.68749973221762 9.428824 35.19694123673779 139.6906500442196 0 35.19901721947842 139.68749973219835 9.460108 35.19901158675789 139.68749973221762 9.428824</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_318">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19902848481127 139.687499732149 9.696018 35.19902285216287 139.68749973216816 9.460078 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_319">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.197346848176586 139.69255359605506 0.44 35.19999862296186 139.6881859258657 12.968009 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_320">
											<gml:posList>35.199028638849846 139.6874997321482 9.6966 35.19999862296186 139.6881859258657 12.968009 35.19951857789073 139.68749972994374 11.547989 35.199028638849846 139.6874997321482 9.6966</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_321">
											<gml:posList>35.19999862296186 139.6881859258657 12.968009 35.19999858887838 139.68749972778215 13.361861 35.19951857789073 139.68749972994374 11.547989 35.19999862296186 139.6881859258657 12.968009</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_322">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19999862296186 139.6881859258657 12.968009 35.199028638849846 139.6874997321482 9.6966 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_323">
											<gml:posList>35.19902848481127 139.687499732149 9.696018 35.19694123673779 139.6906500442196 0 35.199028638849846 139.6874997321482 9.6966 35.19902848481127 139.687499732149 9.696018</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_324">
											<gml:posList>35.19999862296186 139.6881859258657 12.968009 35.197346848176586 139.69255359605506 0.44 35.19999862352692 139.68819794193348 13.011718 35.19999862296186 139.6881859258657 12.968009</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_325">
											<gml:posList>35.19999862352692 139.68819794193348 13.011718 35.197346848176586 139.69255359605506 0.44 35.199998624083825 139.68820989200933 12.748979 35.19999862352692 139.68819794193348 13.011718</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_326">
											<gml:posList>35.19999862518478 139.6882335963045 12.996326 35.197346848176586 139.69255359605506 0.44 35.19999862573015 139.68824535160016 13.433439 35.19999862518478 139.6882335963045 12.996326</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_327">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999862518478 139.6882335963045 12.996326 35.199998624642234 139.68822177662025 12.854986 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_328">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998624642234 139.68822177662025 12.854986 35.199998624083825 139.68820989200933 12.748979 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_329">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998626279 139.68825704302338 14.108196 35.19999862573015 139.68824535160016 13.433439 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_330">
											<gml:posList>35.199998626279 139.68825704302338 14.108196 35.197346848176586 139.69255359605506 0.44 35.19999862681392 139.6882686711013 14.749375 35.199998626279 139.68825704302338 14.108196</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_331">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999862734459 139.68828023633912 15.260623 35.19999862681392 139.6882686711013 14.749375 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_332">
											<gml:posList>35.19999862734459 139.68828023633912 15.260623 35.197346848176586 139.69255359605506 0.44 35.19999862787159 139.68829173924203 15.762031 35.19999862734459 139.68828023633912 15.260623</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_333">
											<gml:posList>35.19999862787159 139.68829173924203 15.762031 35.197346848176586 139.69255359605506 0.44 35.199998628395576 139.6883031803262 15.720855 35.19999862787159 139.68829173924203 15.762031</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_334">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999862891714 139.6883145600748 16.142226 35.199998628395576 139.6883031803262 15.720855 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_335">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19999862943692 139.68832587899297 16.502303 35.19999862891714 139.6883145600748 16.142226 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_336">
											<gml:posList>35.19999862943692 139.68832587899297 16.502303 35.197346848176586 139.69255359605506 0.44 35.199998629955495 139.68833713756405 16.933366 35.19999862943692 139.68832587899297 16.502303</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_337">
											<gml:posList>35.199998629955495 139.68833713756405 16.933366 35.197346848176586 139.69255359605506 0.44 35.19999863046443 139.68834833624925 17.290822 35.199998629955495 139.68833713756405 16.933366</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_338">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998630964316 139.68835947555374 17.709139 35.19999863046443 139.68834833624925 17.290822 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_339">
											<gml:posList>35.19999863344748 139.68841429749818 19.487111 35.197346848176586 139.69255359605506 0.44 35.19999863393216 139.68842509016076 19.847844 35.19999863344748 139.68841429749818 19.487111</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_340">
											<gml:posList>35.19999863295716 139.6884034481895 19.53709 35.197346848176586 139.69255359605506 0.44 35.19999863344748 139.68841429749818 19.487111 35.19999863295716 139.6884034481895 19.53709</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_341">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998632469644 139.68839254179537 19.108612 35.199998631966366 139.68838157786553 18.652906 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_342">
											<gml:posList>35.1999986314738 139.68837055593872 18.210089 35.197346848176586 139.69255359605506 0.44 35.199998631966366 139.68838157786553 18.652906 35.1999986314738 139.68837055593872 18.210089</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_343">
											<gml:posList>35.199998630964316 139.68835947555374 17.709139 35.197346848176586 139.69255359605506 0.44 35.1999986314738 139.68837055593872 18.210089 35.199998630964316 139.68835947555374 17.709139</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_344">
											<gml:posList>35.199998632469644 139.68839254179537 19.108612 35.197346848176586 139.69255359605506 0.44 35.19999863295716 139.6884034481895 19.53709 35.199998632469644 139.68839254179537 19.108612</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_345">
											<gml:posList>35.19673932810399 139.69046611531772 0.06 35.19708701684872 139.68749974074606 1.416191 35.197085352252614 139.68749974075607 1.416318 35.19673932810399 139.69046611531772 0.06</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_346">
											<gml:posList>35.19537867612819 139.6874997481848 1.546045 35.19673932810399 139.69046611531772 0.06 35.197085352252614 139.68749974075607 1.416318 35.19537867612819 139.6874997481848 1.546045</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_347">
											<gml:posList>35.19730375475181 139.68749973979436 1.397598 35.196789678461485 139.6904045998037 0.1 35.1973089918395 139.68749973977978 1.359154 35.19730375475181 139.68749973979436 1.397598</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_348">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19715186460339 139.6874997404625 1.481879 35.197146626505955 139.68749974048984 1.481883 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_349">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19712567378259 139.68749974057778 1.426833 35.19712566515579 139.68749974058224 1.42683 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_350">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19712566515579 139.68749974058224 1.42683 35.19708701684872 139.68749974074606 1.416191 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_351">
											<gml:posList>35.19673932810399 139.69046611531772 0.06 35.196789678461485 139.6904045998037 0.1 35.19708701684872 139.68749974074606 1.416191 35.19673932810399 139.69046611531772 0.06</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_352">
											<gml:posList>35.19712567378259 139.68749974057778 1.426833 35.196789678461485 139.6904045998037 0.1 35.197130912015275 139.68749974056118 1.417477 35.19712567378259 139.68749974057778 1.426833</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_353">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19715710266478 139.6874997404462 1.481874 35.19715186460339 139.6874997404625 1.481879 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_354">
											<gml:posList>35.197130912015275 139.68749974056118 1.417477 35.196789678461485 139.6904045998037 0.1 35.19713615021189 139.6874997405337 1.42059 35.197130912015275 139.68749974056118 1.417477</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_355">
											<gml:posList>35.19714138838145 139.68749974050624 1.481887 35.196789678461485 139.6904045998037 0.1 35.197146626505955 139.68749974048984 1.481883 35.19714138838145 139.68749974050624 1.481887</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_356">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19716757868836 139.68749974039184 1.481865 35.197162340699116 139.68749974041899 1.48187 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_357">
											<gml:posList>35.19715710266478 139.6874997404462 1.481874 35.196789678461485 139.6904045998037 0.1 35.197162340699116 139.68749974041899 1.48187 35.19715710266478 139.6874997404462 1.481874</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_358">
											<gml:posList>35.19713615021189 139.6874997405337 1.42059 35.196789678461485 139.6904045998037 0.1 35.19714138838145 139.68749974050624 1.481887 35.19713615021189 139.6874997405337 1.42059</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_359">
											<gml:posList>35.19716757868836 139.68749974039184 1.481865 35.196789678461485 139.6904045998037 0.1 35.19717281665058 139.68749974037573 1.491212 35.19716757868836 139.68749974039184 1.481865</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_360">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197178054585734 139.68749974034867 1.492246 35.19717281665058 139.68749974037573 1.491212 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_361">
											<gml:posList>35.19718329247583 139.6874997403327 1.492242 35.196789678461485 139.6904045998037 0.1 35.19718853033886 139.68749974030578 1.492237 35.19718329247583 139.6874997403327 1.492242</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_362">
											<gml:posList>35.19718080589871 139.68749974034023 1.492244 35.196789678461485 139.6904045998037 0.1 35.19718329247583 139.6874997403327 1.492242 35.19718080589871 139.68749974034023 1.492244</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_363">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19718080589871 139.68749974034023 1.492244 35.197178054585734 139.68749974034867 1.492246 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_364">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19719376816583 139.6874997402789 1.492233 35.19718853033886 139.68749974030578 1.492237 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_365">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19719900595675 139.6874997402631 1.492228 35.19719376816583 139.6874997402789 1.492233 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_366">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19720424372061 139.68749974023635 1.492224 35.19719900595675 139.6874997402631 1.492228 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_367">
											<gml:posList>35.19720424372061 139.68749974023635 1.492224 35.196789678461485 139.6904045998037 0.1 35.19720948144841 139.68749974020966 1.492219 35.19720424372061 139.68749974023635 1.492224</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_368">
											<gml:posList>35.19720948144841 139.68749974020966 1.492219 35.196789678461485 139.6904045998037 0.1 35.19721471914016 139.68749974019403 1.500527 35.19720948144841 139.68749974020966 1.492219</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_369">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197219956795834 139.68749974016745 1.501561 35.19721471914016 139.68749974019403 1.500527 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_370">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197225194424455 139.68749974014094 1.501557 35.197219956795834 139.68749974016745 1.501561 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_371">
											<gml:posList>35.197225194424455 139.68749974014094 1.501557 35.196789678461485 139.6904045998037 0.1 35.19723043200802 139.6874997401255 1.496357 35.197225194424455 139.68749974014094 1.501557</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_372">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19724090709397 139.68749974007278 1.492193 35.19723566957354 139.6874997400991 1.492197 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_373">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19723566957354 139.6874997400991 1.492197 35.19723043200802 139.6874997401255 1.496357 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_374">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19724614458737 139.6874997400465 1.492188 35.19724090709397 139.68749974007278 1.492193 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_375">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197251382035695 139.68749974003129 1.492184 35.19724614458737 139.6874997400465 1.492188 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_376">
											<gml:posList>35.197256619465975 139.68749974000514 1.484907 35.196789678461485 139.6904045998037 0.1 35.197261856851185 139.68749973997902 1.484902 35.197256619465975 139.68749974000514 1.484907</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_377">
											<gml:posList>35.197251382035695 139.68749974003129 1.492184 35.196789678461485 139.6904045998037 0.1 35.197256619465975 139.68749974000514 1.484907 35.197251382035695 139.68749974003129 1.492184</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_378">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19726709420935 139.68749973996398 1.481781 35.197261856851185 139.68749973997902 1.484902 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_379">
											<gml:posList>35.19726709420935 139.68749973996398 1.481781 35.196789678461485 139.6904045998037 0.1 35.197272331531444 139.687499739938 1.46827 35.19726709420935 139.68749973996398 1.481781</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_380">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197277568817476 139.68749973991208 1.446448 35.197272331531444 139.687499739938 1.46827 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_381">
											<gml:posList>35.197277568817476 139.68749973991208 1.446448 35.196789678461485 139.6904045998037 0.1 35.197282806076466 139.68749973988622 1.440211 35.197277568817476 139.68749973991208 1.446448</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_382">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19728804329039 139.6874997398714 1.440206 35.197282806076466 139.68749973988622 1.440211 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_383">
											<gml:posList>35.19729851763706 139.68749973982 1.452665 35.196789678461485 139.6904045998037 0.1 35.19730375475181 139.68749973979436 1.397598 35.19729851763706 139.68749973982 1.452665</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_384">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19729851763706 139.68749973982 1.452665 35.197293280477254 139.68749973984566 1.44228 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_385">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197293280477254 139.68749973984566 1.44228 35.19728804329039 139.6874997398714 1.440206 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_386">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19731422889112 139.6874997397543 1.278116 35.1973089918395 139.68749973977978 1.359154 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_387">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19734565049767 139.6874997396135 1.004867 35.19734041364439 139.68749973963864 0.993442 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_388">
											<gml:posList>35.19731422889112 139.6874997397543 1.278116 35.196789678461485 139.6904045998037 0.1 35.19731946590669 139.68749973972885 1.278112 35.19731422889112 139.6874997397543 1.278116</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_389">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.1973247028952 139.68749973970347 1.242786 35.19731946590669 139.68749973972885 1.278112 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_390">
											<gml:posList>35.1973247028952 139.68749973970347 1.242786 35.196789678461485 139.6904045998037 0.1 35.197329939847656 139.68749973967815 1.237588 35.1973247028952 139.68749973970347 1.242786</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_391">
											<gml:posList>35.197329939847656 139.68749973967815 1.237588 35.196789678461485 139.6904045998037 0.1 35.197335176764064 139.68749973966385 1.226156 35.197329939847656 139.68749973967815 1.237588</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_392">
											<gml:posList>35.197335176764064 139.68749973966385 1.226156 35.196789678461485 139.6904045998037 0.1 35.19734041364439 139.68749973963864 0.993442 35.197335176764064 139.68749973966385 1.226156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_393">
											<gml:posList>35.197361360850174 139.68749973954937 1.539878 35.196789678461485 139.6904045998037 0.1 35.1973665975592 139.68749973952447 1.541951 35.197361360850174 139.68749973954937 1.539878</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_394">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19735088731489 139.6874997395884 1.464049 35.19734565049767 139.6874997396135 1.004867 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_395">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197361360850174 139.68749973954937 1.539878 35.197356124096046 139.68749973956335 1.526377 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_396">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197356124096046 139.68749973956335 1.526377 35.19735088731489 139.6874997395884 1.464049 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_397">
											<gml:posList>35.197377070896124 139.68749973947482 1.520125 35.196789678461485 139.6904045998037 0.1 35.197382307506 139.6874997394501 1.501421 35.197377070896124 139.68749973947482 1.520125</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_398">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197371834241196 139.68749973949963 1.52013 35.1973665975592 139.68749973952447 1.541951 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_399">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197377070896124 139.68749973947482 1.520125 35.197371834241196 139.68749973949963 1.52013 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_400">
											<gml:posList>35.197498588001025 139.68749973893907 2.035222 35.196789678461485 139.6904045998037 0.1 35.19749907048948 139.68749973893327 2.037437 35.197498588001025 139.68749973893907 2.035222</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_401">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197498588001025 139.68749973893907 2.035222 35.197382307506 139.6874997394501 1.501421 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_402">
											<gml:posList>35.197514812473216 139.68749973886742 2.05928 35.196789678461485 139.6904045998037 0.1 35.19752005973802 139.6874997388456 2.137354 35.197514812473216 139.68749973886742 2.05928</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_403">
											<gml:posList>35.197511210522535 139.68749973888077 2.092872 35.196789678461485 139.6904045998037 0.1 35.197514812473216 139.68749973886742 2.05928 35.197511210522535 139.68749973888077 2.092872</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_404">
											<gml:posList>35.19750956518136 139.6874997388893 2.108217 35.196789678461485 139.6904045998037 0.1 35.197511210522535 139.68749973888077 2.092872 35.19750956518136 139.6874997388893 2.108217</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_405">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197535801316064 139.68749973878045 2.770292 35.197530554159435 139.68749973880207 2.524612 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_406">
											<gml:posList>35.19752005973802 139.6874997388456 2.137354 35.196789678461485 139.6904045998037 0.1 35.19752530696677 139.68749973882382 2.371585 35.19752005973802 139.6874997388456 2.137354</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_407">
											<gml:posList>35.19752530696677 139.68749973882382 2.371585 35.196789678461485 139.6904045998037 0.1 35.197530554159435 139.68749973880207 2.524612 35.19752530696677 139.68749973882382 2.371585</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_408">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.1975462955301 139.68749973872633 2.820245 35.197541048445615 139.68749973874787 2.820254 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_409">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197551542587554 139.68749973870487 2.616192 35.1975462955301 139.68749973872633 2.820245 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_410">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197541048445615 139.68749973874787 2.820254 35.197535801316064 139.68749973878045 2.770292 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_411">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197572530483754 139.68749973861955 2.827488 35.19756728356154 139.68749973864078 2.33509 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_412">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19757777736989 139.68749973858738 3.012781 35.197572530483754 139.68749973861955 2.827488 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_413">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19755678961795 139.68749973868344 2.397567 35.197551542587554 139.68749973870487 2.616192 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_414">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19756203660327 139.6874997386621 2.30803 35.19755678961795 139.68749973868344 2.397567 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_415">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19756728356154 139.68749973864078 2.33509 35.19756203660327 139.6874997386621 2.30803 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_416">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19760925799256 139.68749973845055 3.434331 35.19760401131377 139.68749973847136 3.441629 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_417">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19758302422899 139.68749973856623 3.207443 35.19757777736989 139.68749973858738 3.012781 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_418">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19760401131377 139.68749973847136 3.441629 35.19759876458992 139.68749973850325 3.44164 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_419">
											<gml:posList>35.19758302422899 139.68749973856623 3.207443 35.196789678461485 139.6904045998037 0.1 35.19758827105203 139.68749973854517 3.285509 35.19758302422899 139.68749973856623 3.207443</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_420">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197593517838996 139.6874997385242 3.384395 35.19758827105203 139.68749973854517 3.285509 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_421">
											<gml:posList>35.197593517838996 139.6874997385242 3.384395 35.196789678461485 139.6904045998037 0.1 35.19759876458992 139.68749973850325 3.44164 35.197593517838996 139.6874997385242 3.384395</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_422">
											<gml:posList>35.197619751268995 139.68749973840906 3.338538 35.196789678461485 139.6904045998037 0.1 35.19762499784859 139.68749973837745 3.3302 35.197619751268995 139.68749973840906 3.338538</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_423">
											<gml:posList>35.19760925799256 139.68749973845055 3.434331 35.196789678461485 139.6904045998037 0.1 35.19761450465331 139.68749973842975 3.430156 35.19760925799256 139.68749973845055 3.434331</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_424">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19763024440117 139.68749973835685 3.275017 35.19762499784859 139.68749973837745 3.3302 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_425">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197635490917676 139.68749973833633 3.219834 35.19763024440117 139.68749973835685 3.275017 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_426">
											<gml:posList>35.19761450465331 139.68749973842975 3.430156 35.196789678461485 139.6904045998037 0.1 35.197619751268995 139.68749973840906 3.338538 35.19761450465331 139.68749973842975 3.430156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_427">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197640737398125 139.68749973831584 3.214619 35.197635490917676 139.68749973833633 3.219834 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_428">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19764598385152 139.68749973829543 3.25729 35.197640737398125 139.68749973831584 3.214619 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_429">
											<gml:posList>35.19765647665011 139.68749973824382 3.265597 35.196789678461485 139.6904045998037 0.1 35.19766172299533 139.68749973822358 3.265587 35.19765647665011 139.68749973824382 3.265597</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_430">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19765123026884 139.68749973826408 3.272894 35.19764598385152 139.68749973829543 3.25729 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_431">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19765647665011 139.68749973824382 3.265597 35.19765123026884 139.68749973826408 3.272894 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_432">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19766696931348 139.6874997381924 3.261413 35.19766172299533 139.68749973822358 3.265587 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_433">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19767746184161 139.68749973815224 3.252024 35.197672215586564 139.6874997381723 3.252034 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_434">
											<gml:posList>35.19766696931348 139.6874997381924 3.261413 35.196789678461485 139.6904045998037 0.1 35.197672215586564 139.6874997381723 3.252034 35.19766696931348 139.6874997381924 3.261413</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_435">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19768270805159 139.68749973813223 3.258259 35.19767746184161 139.68749973815224 3.252024 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_436">
											<gml:posList>35.19768795422549 139.6874997381013 3.261372 35.196789678461485 139.6904045998037 0.1 35.19769320037236 139.68749973808144 3.271771 35.19768795422549 139.6874997381013 3.261372</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_437">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19768795422549 139.6874997381013 3.261372 35.19768270805159 139.68749973813223 3.258259 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_438">
											<gml:posList>35.19769320037236 139.68749973808144 3.271771 35.196789678461485 139.6904045998037 0.1 35.19769844648316 139.68749973806163 3.296744 35.19769320037236 139.68749973808144 3.271771</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_439">
											<gml:posList>35.19769844648316 139.68749973806163 3.296744 35.196789678461485 139.6904045998037 0.1 35.197703692557894 139.68749973803088 3.322757 35.19769844648316 139.68749973806163 3.296744</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_440">
											<gml:posList>35.19770893860558 139.68749973801118 3.313378 35.196789678461485 139.6904045998037 0.1 35.19771418461722 139.68749973799152 3.390397 35.19770893860558 139.68749973801118 3.313378</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_441">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19770893860558 139.68749973801118 3.313378 35.197703692557894 139.68749973803088 3.322757 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_442">
											<gml:posList>35.19772467653228 139.68749973794147 3.410153 35.196789678461485 139.6904045998037 0.1 35.19772992244474 139.68749973792197 3.442411 35.19772467653228 139.68749973794147 3.410153</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_443">
											<gml:posList>35.19772992244474 139.68749973792197 3.442411 35.196789678461485 139.6904045998037 0.1 35.19773516832113 139.68749973789159 3.467383 35.19772992244474 139.68749973792197 3.442411</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_444">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19771943059277 139.68749973796096 3.390386 35.19771418461722 139.68749973799152 3.390397 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_445">
											<gml:posList>35.19771943059277 139.68749973796096 3.390386 35.196789678461485 139.6904045998037 0.1 35.19772467653228 139.68749973794147 3.410153 35.19771943059277 139.68749973796096 3.390386</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_446">
											<gml:posList>35.19774041416146 139.68749973787226 3.492354 35.196789678461485 139.6904045998037 0.1 35.19774565996573 139.68749973785296 3.521489 35.19774041416146 139.68749973787226 3.492354</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_447">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19774041416146 139.68749973787226 3.492354 35.19773516832113 139.68749973789159 3.467383 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_448">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197766642858234 139.68749973775445 3.210215 35.197761397180194 139.68749973778446 3.468369 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_449">
											<gml:posList>35.197766642858234 139.68749973775445 3.210215 35.196789678461485 139.6904045998037 0.1 35.19777188849121 139.68749973773546 2.957267 35.197766642858234 139.68749973775445 3.210215</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_450">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19775090573393 139.68749973782275 3.633896 35.19774565996573 139.68749973785296 3.521489 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_451">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19775615147509 139.68749973780356 3.644294 35.19775090573393 139.68749973782275 3.633896 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_452">
											<gml:posList>35.19775615147509 139.68749973780356 3.644294 35.196789678461485 139.6904045998037 0.1 35.197761397180194 139.68749973778446 3.468369 35.19775615147509 139.68749973780356 3.644294</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_453">
											<gml:posList>35.19777188849121 139.68749973773546 2.957267 35.196789678461485 139.6904045998037 0.1 35.19777713409713 139.68749973770554 2.957257 35.19777188849121 139.68749973773546 2.957267</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_454">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197787625200796 139.68749973766785 2.600214 35.19778237966699 139.68749973768666 2.700148 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_455">
											<gml:posList>35.197787625200796 139.68749973766785 2.600214 35.196789678461485 139.6904045998037 0.1 35.197792870707545 139.6874997376381 2.589797 35.197787625200796 139.68749973766785 2.600214</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_456">
											<gml:posList>35.19777713409713 139.68749973770554 2.957257 35.196789678461485 139.6904045998037 0.1 35.19778237966699 139.68749973768666 2.700148 35.19777713409713 139.68749973770554 2.957257</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_457">
											<gml:posList>35.197792870707545 139.6874997376381 2.589797 35.196789678461485 139.6904045998037 0.1 35.19779811617824 139.6874997376194 2.580421 35.197792870707545 139.6874997376381 2.589797</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_458">
											<gml:posList>35.197803361612856 139.68749973758977 2.571045 35.196789678461485 139.6904045998037 0.1 35.197808607011424 139.68749973757122 2.554384 35.197803361612856 139.68749973758977 2.571045</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_459">
											<gml:posList>35.19779811617824 139.6874997376194 2.580421 35.196789678461485 139.6904045998037 0.1 35.197803361612856 139.68749973758977 2.571045 35.19779811617824 139.6874997376194 2.580421</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_460">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197824343008776 139.68749973750485 2.465886 35.197819097709385 139.68749973752327 2.501283 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_461">
											<gml:posList>35.197824343008776 139.68749973750485 2.465886 35.196789678461485 139.6904045998037 0.1 35.19782958828112 139.68749973747555 2.465879 35.197824343008776 139.68749973750485 2.465886</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_462">
											<gml:posList>35.197808607011424 139.68749973757122 2.554384 35.196789678461485 139.6904045998037 0.1 35.19781385238295 139.68749973755268 2.501291 35.197808607011424 139.68749973757122 2.554384</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_463">
											<gml:posList>35.19781385238295 139.68749973755268 2.501291 35.196789678461485 139.6904045998037 0.1 35.197819097709385 139.68749973752327 2.501283 35.19781385238295 139.68749973755268 2.501291</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_464">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197834833508395 139.68749973745727 2.465871 35.19782958828112 139.68749973747555 2.465879 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_465">
											<gml:posList>35.197834833508395 139.68749973745727 2.465871 35.196789678461485 139.6904045998037 0.1 35.19784007870861 139.68749973742806 2.473149 35.197834833508395 139.68749973745727 2.465871</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_466">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19787679415448 139.6874997372692 2.567811 35.197871549188676 139.687499737298 2.519941 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_467">
											<gml:posList>35.19788203908425 139.68749973725144 2.837378 35.196789678461485 139.6904045998037 0.1 35.19788728397792 139.68749973722277 2.837369 35.19788203908425 139.68749973725144 2.837378</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_468">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19784532387276 139.6874997374099 2.485632 35.19784007870861 139.68749973742806 2.473149 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_469">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197871549188676 139.687499737298 2.519941 35.19786630419581 139.68749973731585 2.504336 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_470">
											<gml:posList>35.197850569000856 139.68749973738082 2.489788 35.196789678461485 139.6904045998037 0.1 35.197855814101906 139.68749973736277 2.48978 35.197850569000856 139.68749973738082 2.489788</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_471">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.197850569000856 139.68749973738082 2.489788 35.19784532387276 139.6874997374099 2.485632 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_472">
											<gml:posList>35.197855814101906 139.68749973736277 2.48978 35.196789678461485 139.6904045998037 0.1 35.1978610591669 139.68749973734478 2.493936 35.197855814101906 139.68749973736277 2.48978</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_473">
											<gml:posList>35.1978610591669 139.68749973734478 2.493936 35.196789678461485 139.6904045998037 0.1 35.19786630419581 139.68749973731585 2.504336 35.1978610591669 139.68749973734478 2.493936</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_474">
											<gml:posList>35.19788728397792 139.68749973722277 2.837369 35.196789678461485 139.6904045998037 0.1 35.19789252883556 139.68749973720517 3.303648 35.19788728397792 139.68749973722277 2.837369</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_475">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19788203908425 139.68749973725144 2.837378 35.19787679415448 139.6874997372692 2.567811 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_476">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19789777366613 139.6874997371766 3.651271 35.19789252883556 139.68749973720517 3.303648 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_477">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.1979082632191 139.68749973713065 3.706411 35.19790301845164 139.6874997371591 3.778239 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_478">
											<gml:posList>35.19789777366613 139.6874997371766 3.651271 35.196789678461485 139.6904045998037 0.1 35.19790301845164 139.6874997371591 3.778239 35.19789777366613 139.6874997371766 3.651271</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_479">
											<gml:posList>35.19791875262782 139.68749973708495 3.769877 35.196789678461485 139.6904045998037 0.1 35.1979239972871 139.6874997370567 3.874986 35.19791875262782 139.68749973708495 3.769877</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_480">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19791350794148 139.68749973710226 3.746991 35.1979082632191 139.68749973713065 3.706411 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_481">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19791875262782 139.68749973708495 3.769877 35.19791350794148 139.68749973710226 3.746991 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_482">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19792924191032 139.68749973703947 3.963442 35.1979239972871 139.6874997370567 3.874986 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_483">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19793973105759 139.68749973699423 4.225697 35.19793448650648 139.68749973701134 4.097692 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_484">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19793448650648 139.68749973701134 4.097692 35.19792924191032 139.68749973703947 3.963442 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_485">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19794497558163 139.68749973696623 4.225684 35.19793973105759 139.68749973699423 4.225697 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_486">
											<gml:posList>35.19795022006961 139.68749973694923 4.435908 35.196789678461485 139.6904045998037 0.1 35.19795546453055 139.68749973692132 4.806413 35.19795022006961 139.68749973694923 4.435908</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_487">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19795022006961 139.68749973694923 4.435908 35.19794497558163 139.68749973696623 4.225684 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_488">
											<gml:posList>35.19795546453055 139.68749973692132 4.806413 35.196789678461485 139.6904045998037 0.1 35.197960708946404 139.6874997368935 5.04994 35.19795546453055 139.68749973692132 4.806413</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_489">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19797119768797 139.68749973684896 5.190412 35.19796595333522 139.68749973687667 5.123818 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_490">
											<gml:posList>35.197960708946404 139.6874997368935 5.04994 35.196789678461485 139.6904045998037 0.1 35.19796595333522 139.68749973687667 5.123818 35.197960708946404 139.6874997368935 5.04994</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_491">
											<gml:posList>35.19797119768797 139.68749973684896 5.190412 35.196789678461485 139.6904045998037 0.1 35.197976442013676 139.68749973683228 5.230985 35.19797119768797 139.68749973684896 5.190412</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_492">
											<gml:posList>35.197976442013676 139.68749973683228 5.230985 35.196789678461485 139.6904045998037 0.1 35.19798168629429 139.68749973680468 5.223684 35.197976442013676 139.68749973683228 5.230985</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_493">
											<gml:posList>35.19798168629429 139.68749973680468 5.223684 35.196789678461485 139.6904045998037 0.1 35.19798693054788 139.6874997367881 5.194526 35.19798168629429 139.68749973680468 5.223684</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_494">
											<gml:posList>35.19673932810399 139.69046611531772 0.06 35.19537867612819 139.6874997481848 1.546045 35.19537867603805 139.68749974818496 1.546046 35.19673932810399 139.69046611531772 0.06</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_495">
											<gml:posList>35.19673932810399 139.69046611531772 0.06 35.19537867603805 139.68749974818496 1.546046 35.195351871164256 139.68749974829743 1.794774 35.19673932810399 139.69046611531772 0.06</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_496">
											<gml:posList>35.19673940055728 139.6905275425203 0.29 35.19673932810399 139.69046611531772 0.06 35.195351871164256 139.68749974829743 1.794774 35.19673940055728 139.6905275425203 0.29</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_497">
											<gml:posList>35.19673940055728 139.6905275425203 0.29 35.195351871164256 139.68749974829743 1.794774 35.195351869875196 139.6874997482997 1.794776 35.19673940055728 139.6905275425203 0.29</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_498">
											<gml:posList>35.19673940055728 139.6905275425203 0.29 35.195351869875196 139.6874997482997 1.794776 35.19494653600746 139.68749975004485 2.375749 35.19673940055728 139.6905275425203 0.29</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_499">
											<gml:posList>35.19684161693875 139.69169448417296 0.33 35.19673940055728 139.6905275425203 0.29 35.19494653600746 139.68749975004485 2.375749 35.19684161693875 139.69169448417296 0.33</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_500">
											<gml:posList>35.19749907048948 139.68749973893327 2.037437 35.196789678461485 139.6904045998037 0.1 35.19750431785345 139.68749973891127 2.053047 35.19749907048948 139.68749973893327 2.037437</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_501">
											<gml:posList>35.196789678461485 139.6904045998037 0.1 35.19750956518136 139.6874997388893 2.108217 35.19750431785345 139.68749973891127 2.053047 35.196789678461485 139.6904045998037 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_502">
											<gml:posList>35.19999874924804 139.6925996883918 0.426553 35.197346848176586 139.69255359605506 0.44 35.19999874928418 139.69260341161933 0.435724 35.19999874924804 139.6925996883918 0.426553</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_503">
											<gml:posList>35.19999874928418 139.69260341161933 0.435724 35.197346848176586 139.69255359605506 0.44 35.19999874934457 139.69260897094898 0.563862 35.19999874928418 139.69260341161933 0.435724</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_504">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19729649672994 139.69261511066807 0.71 35.199998749955164 139.6926695950794 0.827752 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_505">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.199998749955164 139.6926695950794 0.827752 35.19999874934457 139.69260897094898 0.563862 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_506">
											<gml:posList>35.199998749955164 139.6926695950794 0.827752 35.19729649672994 139.69261511066807 0.71 35.1999987504889 139.69272542786507 0.745628 35.199998749955164 139.6926695950794 0.827752</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_507">
											<gml:posList>35.19729649672994 139.69261511066807 0.71 35.199998750505614 139.69272750734362 0.174408 35.1999987504889 139.69272542786507 0.745628 35.19729649672994 139.69261511066807 0.71</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_508">
											<gml:posList>35.19729649672994 139.69261511066807 0.71 35.19724607388739 139.6926151976264 0.12 35.199998750505614 139.69272750734362 0.174408 35.19729649672994 139.69261511066807 0.71</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_509">
											<gml:posList>35.197346848176586 139.69255359605506 0.44 35.19729635390807 139.6924922554352 0.77 35.197296425334585 139.69255368305153 1.04 35.197346848176586 139.69255359605506 0.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_510">
											<gml:posList>35.19689211161318 139.69175582395684 0.34 35.19724593106579 139.69249234246942 1.04 35.19724585960825 139.69243091489128 1.08 35.19689211161318 139.69175582395684 0.34</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_511">
											<gml:posList>35.196840318663696 139.69058879329438 0.23 35.196840391054934 139.69065022056233 -0.02 35.19689081389657 139.69065013239108 0 35.196840318663696 139.69058879329438 0.23</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_512">
											<gml:posList>35.19689196792098 139.6916329693264 0.46 35.19689189602814 139.691571542017 0.36 35.1968414731845 139.69157162961886 0.16 35.19689196792098 139.6916329693264 0.46</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_513">
											<gml:posList>35.19678975094607 139.69046602703304 0.45 35.19694123673779 139.6906500442196 0 35.196789678461485 139.6904045998037 0.1 35.19678975094607 139.69046602703304 0.45</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_514">
											<gml:posList>35.1967898233995 139.69052745427356 0.61 35.196840318663696 139.69058879329438 0.23 35.19678975094607 139.69046602703304 0.45 35.1967898233995 139.69052745427356 0.61</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_515">
											<gml:posList>35.19678996821287 139.69065030873335 0.05 35.1968414731845 139.69157162961886 0.16 35.19699266978993 139.6915099394275 0.13 35.19678996821287 139.69065030873335 0.05</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_516">
											<gml:posList>35.19694239076434 139.69163288176227 0.46 35.19689189602814 139.691571542017 0.36 35.19689196792098 139.6916329693264 0.46 35.19694239076434 139.69163288176227 0.46</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_517">
											<gml:posList>35.19673932810399 139.69046611531772 0.06 35.19673940055728 139.6905275425203 0.29 35.19678975094607 139.69046602703304 0.45 35.19673932810399 139.69046611531772 0.06</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_518">
											<gml:posList>35.19689196792098 139.6916329693264 0.46 35.1968414731845 139.69157162961886 0.16 35.1968415450772 139.6916330568903 0.33 35.19689196792098 139.6916329693264 0.46</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_519">
											<gml:posList>35.19673940055728 139.6905275425203 0.29 35.1967898233995 139.69052745427356 0.61 35.19678975094607 139.69046602703304 0.45 35.19673940055728 139.6905275425203 0.29</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_520">
											<gml:posList>35.196840318663696 139.69058879329438 0.23 35.19678989582176 139.69058888150337 0.48 35.19678996821287 139.69065030873335 0.05 35.196840318663696 139.69058879329438 0.23</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_521">
											<gml:posList>35.19673932810399 139.69046611531772 0.06 35.19678975094607 139.69046602703304 0.45 35.196789678461485 139.6904045998037 0.1 35.19673932810399 139.69046611531772 0.06</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_522">
											<gml:posList>35.1967898233995 139.69052745427356 0.61 35.19673940055728 139.6905275425203 0.29 35.19678989582176 139.69058888150337 0.48 35.1967898233995 139.69052745427356 0.61</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_523">
											<gml:posList>35.19673940055728 139.6905275425203 0.29 35.1968414731845 139.69157162961886 0.16 35.19678996821287 139.69065030873335 0.05 35.19673940055728 139.6905275425203 0.29</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_524">
											<gml:posList>35.19673940055728 139.6905275425203 0.29 35.19678996821287 139.69065030873335 0.05 35.19678989582176 139.69058888150337 0.48 35.19673940055728 139.6905275425203 0.29</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_525">
											<gml:posList>35.196840318663696 139.69058879329438 0.23 35.1967898233995 139.69052745427356 0.61 35.19678989582176 139.69058888150337 0.48 35.196840318663696 139.69058879329438 0.23</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_526">
											<gml:posList>35.19699274171419 139.6915713668126 0.31 35.19704309263218 139.69150985178706 0.02 35.19699266978993 139.6915099394275 0.13 35.19699274171419 139.6915713668126 0.31</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_527">
											<gml:posList>35.196840318663696 139.69058879329438 0.23 35.19678996821287 139.69065030873335 0.05 35.196840391054934 139.69065022056233 -0.02 35.196840318663696 139.69058879329438 0.23</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_528">
											<gml:posList>35.1968414731845 139.69157162961886 0.16 35.19689189602814 139.691571542017 0.36 35.19699266978993 139.6915099394275 0.13 35.1968414731845 139.69157162961886 0.16</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_529">
											<gml:posList>35.19678975094607 139.69046602703304 0.45 35.196840318663696 139.69058879329438 0.23 35.19694123673779 139.6906500442196 0 35.19678975094607 139.69046602703304 0.45</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_530">
											<gml:posList>35.19694246262616 139.69169430912086 0.46 35.19699288546924 139.69169422159447 0.37 35.19694239076434 139.69163288176227 0.46 35.19694246262616 139.69169430912086 0.46</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_531">
											<gml:posList>35.19699266978993 139.6915099394275 0.13 35.19694123673779 139.6906500442196 0 35.19689081389657 139.69065013239108 0 35.19699266978993 139.6915099394275 0.13</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_532">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.196840318663696 139.69058879329438 0.23 35.19689081389657 139.69065013239108 0 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_533">
											<gml:posList>35.19678996821287 139.69065030873335 0.05 35.19699266978993 139.6915099394275 0.13 35.196840391054934 139.69065022056233 -0.02 35.19678996821287 139.69065030873335 0.05</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_534">
											<gml:posList>35.19699266978993 139.6915099394275 0.13 35.19689081389657 139.69065013239108 0 35.196840391054934 139.69065022056233 -0.02 35.19699266978993 139.6915099394275 0.13</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_535">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19699266978993 139.6915099394275 0.13 35.19704309263218 139.69150985178706 0.02 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_536">
											<gml:posList>35.19709365929191 139.6916326190686 0.02 35.19704309263218 139.69150985178706 0.02 35.197043164556575 139.6915712792101 0.1 35.19709365929191 139.6916326190686 0.02</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_537">
											<gml:posList>35.19699266978993 139.6915099394275 0.13 35.19694231887137 139.6915714544149 0.36 35.19699274171419 139.6915713668126 0.31 35.19699266978993 139.6915099394275 0.13</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_538">
											<gml:posList>35.197043164556575 139.6915712792101 0.1 35.19699274171419 139.6915713668126 0.31 35.19704323644981 139.6916327066334 0.19 35.197043164556575 139.6915712792101 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_539">
											<gml:posList>35.19699266978993 139.6915099394275 0.13 35.19689189602814 139.691571542017 0.36 35.19694231887137 139.6915714544149 0.36 35.19699266978993 139.6915099394275 0.13</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_540">
											<gml:posList>35.19704309263218 139.69150985178706 0.02 35.19699274171419 139.6915713668126 0.31 35.197043164556575 139.6915712792101 0.1 35.19704309263218 139.69150985178706 0.02</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_541">
											<gml:posList>35.19724585960825 139.69243091489128 1.08 35.1972962824504 139.6924308278191 0.41 35.197043380142816 139.6917555614916 0.06 35.19724585960825 139.69243091489128 1.08</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_542">
											<gml:posList>35.19699274171419 139.6915713668126 0.31 35.19694239076434 139.69163288176227 0.46 35.19699281360729 139.69163279419794 0.39 35.19699274171419 139.6915713668126 0.31</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_543">
											<gml:posList>35.19724607388739 139.6926151976264 0.12 35.197246002492165 139.6925537700478 0.61 35.19689211161318 139.69175582395684 0.34 35.19724607388739 139.6926151976264 0.12</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_544">
											<gml:posList>35.19724607388739 139.6926151976264 0.12 35.19689211161318 139.69175582395684 0.34 35.19684161693875 139.69169448417296 0.33 35.19724607388739 139.6926151976264 0.12</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_545">
											<gml:posList>35.19699274171419 139.6915713668126 0.31 35.19694231887137 139.6915714544149 0.36 35.19694239076434 139.69163288176227 0.46 35.19699274171419 139.6915713668126 0.31</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_546">
											<gml:posList>35.19694231887137 139.6915714544149 0.36 35.19689189602814 139.691571542017 0.36 35.19694239076434 139.69163288176227 0.46 35.19694231887137 139.6915714544149 0.36</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_547">
											<gml:posList>35.1968415450772 139.6916330568903 0.33 35.19684161693875 139.69169448417296 0.33 35.19689196792098 139.6916329693264 0.46 35.1968415450772 139.6916330568903 0.33</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_548">
											<gml:posList>35.19694246262616 139.69169430912086 0.46 35.19694239076434 139.69163288176227 0.46 35.19689196792098 139.6916329693264 0.46 35.19694246262616 139.69169430912086 0.46</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_549">
											<gml:posList>35.1968414731845 139.69157162961886 0.16 35.19673940055728 139.6905275425203 0.29 35.1968415450772 139.6916330568903 0.33 35.1968414731845 139.69157162961886 0.16</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_550">
											<gml:posList>35.19673940055728 139.6905275425203 0.29 35.19684161693875 139.69169448417296 0.33 35.1968415450772 139.6916330568903 0.33 35.19673940055728 139.6905275425203 0.29</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_551">
											<gml:posList>35.19694239076434 139.69163288176227 0.46 35.19699288546924 139.69169422159447 0.37 35.19699281360729 139.69163279419794 0.39 35.19694239076434 139.69163288176227 0.46</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_552">
											<gml:posList>35.19689196792098 139.6916329693264 0.46 35.19684161693875 139.69169448417296 0.33 35.19689203978267 139.69169439664702 0.46 35.19689196792098 139.6916329693264 0.46</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_553">
											<gml:posList>35.19699288546924 139.69169422159447 0.37 35.19694246262616 139.69169430912086 0.46 35.19694253445682 139.69175573646865 0.34 35.19699288546924 139.69169422159447 0.37</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_554">
											<gml:posList>35.19689203978267 139.69169439664702 0.46 35.19684161693875 139.69169448417296 0.33 35.19689211161318 139.69175582395684 0.34 35.19689203978267 139.69169439664702 0.46</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_555">
											<gml:posList>35.19689211161318 139.69175582395684 0.34 35.19694246262616 139.69169430912086 0.46 35.19689203978267 139.69169439664702 0.46 35.19689211161318 139.69175582395684 0.34</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_556">
											<gml:posList>35.19694246262616 139.69169430912086 0.46 35.19689196792098 139.6916329693264 0.46 35.19689203978267 139.69169439664702 0.46 35.19694246262616 139.69169430912086 0.46</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_557">
											<gml:posList>35.19694246262616 139.69169430912086 0.46 35.19689211161318 139.69175582395684 0.34 35.19694253445682 139.69175573646865 0.34 35.19694246262616 139.69169430912086 0.46</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_558">
											<gml:posList>35.19689211161318 139.69175582395684 0.34 35.19699302909965 139.69181707636622 0.05 35.19694253445682 139.69175573646865 0.34 35.19689211161318 139.69175582395684 0.34</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_559">
											<gml:posList>35.19699288546924 139.69169422159447 0.37 35.19694253445682 139.69175573646865 0.34 35.196992957300026 139.69175564898023 0.19 35.19699288546924 139.69169422159447 0.37</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_560">
											<gml:posList>35.19689211161318 139.69175582395684 0.34 35.19724585960825 139.69243091489128 1.08 35.19699302909965 139.69181707636622 0.05 35.19689211161318 139.69175582395684 0.34</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_561">
											<gml:posList>35.19709365929191 139.6916326190686 0.02 35.197043164556575 139.6915712792101 0.1 35.19704323644981 139.6916327066334 0.19 35.19709365929191 139.6916326190686 0.02</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_562">
											<gml:posList>35.19699288546924 139.69169422159447 0.37 35.1970433083119 139.6916941340679 0.13 35.19704323644981 139.6916327066334 0.19 35.19699288546924 139.69169422159447 0.37</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_563">
											<gml:posList>35.19709365929191 139.6916326190686 0.02 35.19704323644981 139.6916327066334 0.19 35.1970433083119 139.6916941340679 0.13 35.19709365929191 139.6916326190686 0.02</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_564">
											<gml:posList>35.19699288546924 139.69169422159447 0.37 35.196992957300026 139.69175564898023 0.19 35.1970433083119 139.6916941340679 0.13 35.19699288546924 139.69169422159447 0.37</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_565">
											<gml:posList>35.19699288546924 139.69169422159447 0.37 35.19704323644981 139.6916327066334 0.19 35.19699281360729 139.69163279419794 0.39 35.19699288546924 139.69169422159447 0.37</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_566">
											<gml:posList>35.19704323644981 139.6916327066334 0.19 35.19699274171419 139.6915713668126 0.31 35.19699281360729 139.69163279419794 0.39 35.19704323644981 139.6916327066334 0.19</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_567">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19704309263218 139.69150985178706 0.02 35.19709365929191 139.6916326190686 0.02 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_568">
											<gml:posList>35.197043380142816 139.6917555614916 0.06 35.1972962824504 139.6924308278191 0.41 35.19709365929191 139.6916326190686 0.02 35.197043380142816 139.6917555614916 0.06</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_569">
											<gml:posList>35.19709365929191 139.6916326190686 0.02 35.1970433083119 139.6916941340679 0.13 35.197043380142816 139.6917555614916 0.06 35.19709365929191 139.6916326190686 0.02</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_570">
											<gml:posList>35.1970433083119 139.6916941340679 0.13 35.196992957300026 139.69175564898023 0.19 35.197043380142816 139.6917555614916 0.06 35.1970433083119 139.6916941340679 0.13</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_571">
											<gml:posList>35.197043380142816 139.6917555614916 0.06 35.196992957300026 139.69175564898023 0.19 35.19699302909965 139.69181707636622 0.05 35.197043380142816 139.6917555614916 0.06</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_572">
											<gml:posList>35.196992957300026 139.69175564898023 0.19 35.19694253445682 139.69175573646865 0.34 35.19699302909965 139.69181707636622 0.05 35.196992957300026 139.69175564898023 0.19</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_573">
											<gml:posList>35.19724593106579 139.69249234246942 1.04 35.197246002492165 139.6925537700478 0.61 35.19729635390807 139.6924922554352 0.77 35.19724593106579 139.69249234246942 1.04</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_574">
											<gml:posList>35.19694123673779 139.6906500442196 0 35.19709365929191 139.6916326190686 0.02 35.197346848176586 139.69255359605506 0.44 35.19694123673779 139.6906500442196 0</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_575">
											<gml:posList>35.19689211161318 139.69175582395684 0.34 35.197246002492165 139.6925537700478 0.61 35.19724593106579 139.69249234246942 1.04 35.19689211161318 139.69175582395684 0.34</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_576">
											<gml:posList>35.19724593106579 139.69249234246942 1.04 35.19729635390807 139.6924922554352 0.77 35.1972962824504 139.6924308278191 0.41 35.19724593106579 139.69249234246942 1.04</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_577">
											<gml:posList>35.19709365929191 139.6916326190686 0.02 35.1972962824504 139.6924308278191 0.41 35.197346848176586 139.69255359605506 0.44 35.19709365929191 139.6916326190686 0.02</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_578">
											<gml:posList>35.197246002492165 139.6925537700478 0.61 35.197296425334585 139.69255368305153 1.04 35.19729635390807 139.6924922554352 0.77 35.197246002492165 139.6925537700478 0.61</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_579">
											<gml:posList>35.19724593106579 139.69249234246942 1.04 35.1972962824504 139.6924308278191 0.41 35.19724585960825 139.69243091489128 1.08 35.19724593106579 139.69249234246942 1.04</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_580">
											<gml:posList>35.197043380142816 139.6917555614916 0.06 35.19699302909965 139.69181707636622 0.05 35.19724585960825 139.69243091489128 1.08 35.197043380142816 139.6917555614916 0.06</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_581">
											<gml:posList>35.197246002492165 139.6925537700478 0.61 35.19724607388739 139.6926151976264 0.12 35.19729649672994 139.69261511066807 0.71 35.197246002492165 139.6925537700478 0.61</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_582">
											<gml:posList>35.1972962824504 139.6924308278191 0.41 35.19729635390807 139.6924922554352 0.77 35.197346848176586 139.69255359605506 0.44 35.1972962824504 139.6924308278191 0.41</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_583">
											<gml:posList>35.197246002492165 139.6925537700478 0.61 35.19729649672994 139.69261511066807 0.71 35.197296425334585 139.69255368305153 1.04 35.197246002492165 139.6925537700478 0.61</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_de115d5f-ab04-462e-9247-af8446101915_584">
											<gml:posList>35.197296425334585 139.69255368305153 1.04 35.19729649672994 139.69261511066807 0.71 35.197346848176586 139.69255359605506 0.44 35.197296425334585 139.69255368305153 1.04</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
							</gml:trianglePatches>
						</gml:TriangulatedSurface>
					</dem:tin>
				</dem:TINRelief>
			</dem:reliefComponent>
		</dem:ReliefFeature>
	</core:cityObjectMember>
	<core:cityObjectMember>
		<dem:ReliefFeature gml:id="dem_d26781d4-8588-488e-a9de-bf37e1b64c7c">
			<gml:name>52396545</gml:name>
			<dem:lod>1</dem:lod>
			<dem:reliefComponent>
				<dem:TINRelief gml:id="dem_23adfe8b-63e0-11ed-acf8-989096d73cb5">
					<gml:name>52396545</gml:name>
					<dem:lod>1</dem:lod>
					<dem:tin>
						<gml:TriangulatedSurface>
							<gml:trianglePatches>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_0">
											<gml:posList>35.20800642867901 139.6999996985782 0.399683 35.20420313202708 139.68749970994955 1.127007 35.20406361701474 139.6874997105505 1.142174 35.20800642867901 139.6999996985782 0.399683</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_1">
											<gml:posList>35.2083316277742 139.69999969722443 0.364332 35.20420313202708 139.68749970994955 1.127007 35.20800642867901 139.6999996985782 0.399683 35.2083316277742 139.69999969722443 0.364332</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_2">
											<gml:posList>35.208331771786916 139.69561504830014 0.474427 35.204979978668106 139.68749970657163 1.042556 35.20420313202708 139.68749970994955 1.127007 35.208331771786916 139.69561504830014 0.474427</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_3">
											<gml:posList>35.20833167604904 139.69896544142844 0.390302 35.208331771786916 139.69561504830014 0.474427 35.20420313202708 139.68749970994955 1.127007 35.20833167604904 139.69896544142844 0.390302</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_4">
											<gml:posList>35.2083316277742 139.69999969722443 0.364332 35.20833167604904 139.69896544142844 0.390302 35.20420313202708 139.68749970994955 1.127007 35.2083316277742 139.69999969722443 0.364332</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_5">
											<gml:posList>35.208331619775734 139.68750621505862 5.497874 35.20832625008134 139.68749969169556 5.436202 35.208323102707055 139.68749969171063 5.352633 35.208331619775734 139.68750621505862 5.497874</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_6">
											<gml:posList>35.20832317207998 139.68755730170838 4.64 35.208331619775734 139.68750621505862 5.497874 35.208323102707055 139.68749969171063 5.352633 35.20832317207998 139.68755730170838 4.64</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_7">
											<gml:posList>35.20832625008134 139.68749969169556 5.436202 35.208331619775734 139.68750621505862 5.497874 35.20833161943704 139.68749969167254 5.388446 35.20832625008134 139.68749969169556 5.436202</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_8">
											<gml:posList>35.205735456311 139.68749970324922 0.99474 35.20817358882345 139.68897067080528 0.3 35.20721579919004 139.6874996966856 0.489592 35.205735456311 139.68749970324922 0.99474</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_9">
											<gml:posList>35.20833178021569 139.6927609898979 0.599626 35.20817358882345 139.68897067080528 0.3 35.205735456311 139.68749970324922 0.99474 35.20833178021569 139.6927609898979 0.599626</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_10">
											<gml:posList>35.20833178021569 139.6927609898979 0.599626 35.205735456311 139.68749970324922 0.99474 35.204979978668106 139.68749970657163 1.042556 35.20833178021569 139.6927609898979 0.599626</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_11">
											<gml:posList>35.208331771786916 139.69561504830014 0.474427 35.20833178021569 139.6927609898979 0.599626 35.204979978668106 139.68749970657163 1.042556 35.208331771786916 139.69561504830014 0.474427</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_12">
											<gml:posList>35.203739793115204 139.68749971195086 1.123212 35.20613993889966 139.69999970627285 2.141678 35.20763487830083 139.69999970012296 0.419828 35.203739793115204 139.68749971195086 1.123212</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_13">
											<gml:posList>35.20613993889966 139.69999970627285 2.141678 35.203739793115204 139.68749971195086 1.123212 35.20306621503997 139.6874997148444 1.898998 35.20613993889966 139.69999970627285 2.141678</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_14">
											<gml:posList>35.20286689516675 139.68749971569642 1.857176 35.2043302022275 139.69999971358095 1.761942 35.20569756250368 139.69999970806415 2.048854 35.20286689516675 139.68749971569642 1.857176</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_15">
											<gml:posList>35.2043302022275 139.69999971358095 1.761942 35.20286689516675 139.68749971569642 1.857176 35.20072562614829 139.6874997247597 1.407886 35.2043302022275 139.69999971358095 1.761942</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_16">
											<gml:posList>35.20072562614829 139.6874997247597 1.407886 35.20003064417629 139.68749972764704 1.262062 35.2043302022275 139.69999971358095 1.761942 35.20072562614829 139.6874997247597 1.407886</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_17">
											<gml:posList>35.20569756250368 139.69999970806415 2.048854 35.202896346065174 139.68749971557833 1.863356 35.20286689516675 139.68749971569642 1.857176 35.20569756250368 139.69999970806415 2.048854</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_18">
											<gml:posList>35.202896346065174 139.68749971557833 1.863356 35.20569756250368 139.69999970806415 2.048854 35.2057629268483 139.69999970779878 2.06257 35.202896346065174 139.68749971557833 1.863356</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_19">
											<gml:posList>35.20306621503997 139.6874997148444 1.898998 35.2057629268483 139.69999970779878 2.06257 35.20613993889966 139.69999970627285 2.141678 35.20306621503997 139.6874997148444 1.898998</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_20">
											<gml:posList>35.2057629268483 139.69999970779878 2.06257 35.20306621503997 139.6874997148444 1.898998 35.202896346065174 139.68749971557833 1.863356 35.2057629268483 139.69999970779878 2.06257</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_21">
											<gml:posList>35.20003064417629 139.68749972764704 1.262062 35.19999860601672 139.6878350037667 1.036204 35.2043302022275 139.69999971358095 1.761942 35.20003064417629 139.68749972764704 1.262062</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_22">
											<gml:posList>35.19999860601672 139.6878350037667 1.036204 35.20003064417629 139.68749972764704 1.262062 35.19999858887838 139.68749972778215 1.210023 35.19999860601672 139.6878350037667 1.036204</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_23">
											<gml:posList>35.20406361701474 139.6874997105505 1.142174 35.20770806884342 139.69999969982138 0.432117 35.20800642867901 139.6999996985782 0.399683 35.20406361701474 139.6874997105505 1.142174</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_24">
											<gml:posList>35.20406361701474 139.6874997105505 1.142174 35.203935616986335 139.68749971110276 1.156089 35.20770806884342 139.69999969982138 0.432117 35.20406361701474 139.6874997105505 1.142174</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_25">
											<gml:posList>35.20769995691251 139.69999969985824 0.431216 35.20391622133869 139.68749971119206 1.153934 35.20391391327695 139.6874997111997 1.153678 35.20769995691251 139.69999969985824 0.431216</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_26">
											<gml:posList>35.207705316948804 139.6999996998278 0.431811 35.20391622133869 139.68749971119206 1.153934 35.20769995691251 139.69999969985824 0.431216 35.207705316948804 139.6999996998278 0.431811</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_27">
											<gml:posList>35.203935616986335 139.68749971110276 1.156089 35.207705316948804 139.6999996998278 0.431811 35.20770806884342 139.69999969982138 0.432117 35.203935616986335 139.68749971110276 1.156089</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_28">
											<gml:posList>35.207705316948804 139.6999996998278 0.431811 35.203935616986335 139.68749971110276 1.156089 35.20391622133869 139.68749971119206 1.153934 35.207705316948804 139.6999996998278 0.431811</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_29">
											<gml:posList>35.20768383417439 139.6999996999204 0.429424 35.203875379343195 139.6874997113685 1.149397 35.20387077633566 139.6874997113823 1.148885 35.20768383417439 139.6999996999204 0.429424</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_30">
											<gml:posList>35.203875379343195 139.6874997113685 1.149397 35.20768383417439 139.6999996999204 0.429424 35.20769444574046 139.69999969987214 0.430603 35.203875379343195 139.6874997113685 1.149397</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_31">
											<gml:posList>35.20769444574046 139.69999969987214 0.430603 35.20769995691251 139.69999969985824 0.431216 35.20391391327695 139.6874997111997 1.153678 35.20769444574046 139.69999969987214 0.430603</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_32">
											<gml:posList>35.20769444574046 139.69999969987214 0.430603 35.20391391327695 139.6874997111997 1.153678 35.203875379343195 139.6874997113685 1.149397 35.20769444574046 139.69999969987214 0.430603</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_33">
											<gml:posList>35.20767582292549 139.69999969995743 0.428534 35.203851618154744 139.68749971147537 1.146757 35.203849341986 139.68749971148088 1.146504 35.20767582292549 139.69999969995743 0.428534</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_34">
											<gml:posList>35.203851618154744 139.68749971147537 1.146757 35.20767582292549 139.69999969995743 0.428534 35.20768105138736 139.6999996999334 0.429115 35.203851618154744 139.68749971147537 1.146757</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_35">
											<gml:posList>35.20768105138736 139.6999996999334 0.429115 35.20387077633566 139.6874997113823 1.148885 35.203851618154744 139.68749971147537 1.146757 35.20768105138736 139.6999996999334 0.429115</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_36">
											<gml:posList>35.20768383417439 139.6999996999204 0.429424 35.20387077633566 139.6874997113823 1.148885 35.20768105138736 139.6999996999334 0.429115 35.20768383417439 139.6999996999204 0.429424</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_37">
											<gml:posList>35.20383800631357 139.6874997115266 1.144094 35.20763487830083 139.69999970012296 0.419828 35.207649784372016 139.69999970006174 0.422997 35.20383800631357 139.6874997115266 1.144094</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_38">
											<gml:posList>35.20763487830083 139.69999970012296 0.419828 35.20383800631357 139.6874997115266 1.144094 35.203739793115204 139.68749971195086 1.123212 35.20763487830083 139.69999970012296 0.419828</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_39">
											<gml:posList>35.207649784372016 139.69999970006174 0.422997 35.203849341986 139.68749971148088 1.146504 35.20383800631357 139.6874997115266 1.144094 35.207649784372016 139.69999970006174 0.422997</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_40">
											<gml:posList>35.203849341986 139.68749971148088 1.146504 35.207649784372016 139.69999970006174 0.422997 35.20767582292549 139.69999969995743 0.428534 35.203849341986 139.68749971148088 1.146504</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_41">
											<gml:posList>35.20771046539483 139.6874996944719 0.574629 35.20769871750937 139.68749969452074 0.557168 35.20812294348873 139.6887864429372 0.4 35.20771046539483 139.6874996944719 0.574629</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_42">
											<gml:posList>35.20773396001181 139.68749969436527 0.35809 35.20772514970848 139.68749969440083 0.269031 35.20812294348873 139.6887864429372 0.4 35.20773396001181 139.68749969436527 0.35809</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_43">
											<gml:posList>35.20775564599418 139.68749969427438 0.480593 35.20773396001181 139.68749969436527 0.35809 35.20812294348873 139.6887864429372 0.4 35.20775564599418 139.68749969427438 0.480593</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_44">
											<gml:posList>35.20792013806932 139.68786521711925 0.1 35.2077832435047 139.68749969414668 0.316485 35.20775564599418 139.68749969427438 0.480593 35.20792013806932 139.68786521711925 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_45">
											<gml:posList>35.20812294348873 139.6887864429372 0.4 35.20792013806932 139.68786521711925 0.1 35.20775564599418 139.68749969427438 0.480593 35.20812294348873 139.6887864429372 0.4</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_46">
											<gml:posList>35.20792013806932 139.68786521711925 0.1 35.20781964923598 139.68749969397615 0.625786 35.2077832435047 139.68749969414668 0.316485 35.20792013806932 139.68786521711925 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_47">
											<gml:posList>35.20827267716419 139.68749969194047 5.740262 35.20827274664531 139.68755739183376 5.59 35.2083199645365 139.68749969173118 5.411825 35.20827267716419 139.68749969194047 5.740262</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_48">
											<gml:posList>35.20807104492037 139.68755775233302 5.26 35.20807097500651 139.6874996928478 5.798647 35.208023253317684 139.68749969306432 5.524986 35.20807104492037 139.68755775233302 5.26</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_49">
											<gml:posList>35.2079675016765 139.68749969331597 5.227394 35.20791969837934 139.68749969353536 4.319523 35.20791976861776 139.68755802270513 2.81 35.2079675016765 139.68749969331597 5.227394</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_50">
											<gml:posList>35.20782005049472 139.68749969398363 0.628568 35.20781980971966 139.68749969398576 0.627805 35.20791999038222 139.6877423393551 0.51 35.20782005049472 139.68749969398363 0.628568</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_51">
											<gml:posList>35.20792006424135 139.68780377823157 0.4 35.20791999038222 139.6877423393551 0.51 35.20781980971966 139.68749969398576 0.627805 35.20792006424135 139.68780377823157 0.4</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_52">
											<gml:posList>35.20797275385411 139.68749969329386 5.358435 35.20802061948359 139.6875578424573 5.33 35.208020549461544 139.68749969307711 5.528756 35.20797275385411 139.68749969329386 5.358435</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_53">
											<gml:posList>35.2078693431797 139.68755811282873 0.8 35.20787175493466 139.68749969374164 2.572306 35.207869272833086 139.68749969375335 2.473494 35.2078693431797 139.68755811282873 0.8</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_54">
											<gml:posList>35.2078693431797 139.68755811282873 0.8 35.20791976861776 139.68755802270513 2.81 35.20787175493466 139.68749969374164 2.572306 35.2078693431797 139.68755811282873 0.8</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_55">
											<gml:posList>35.20782125546981 139.68749969397086 0.638119 35.2078693431797 139.68755811282873 0.8 35.207869272833086 139.68749969375335 2.473494 35.20782125546981 139.68749969397086 0.638119</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_56">
											<gml:posList>35.20791976861776 139.68755802270513 2.81 35.20791969837934 139.68749969353536 4.319523 35.20787175493466 139.68749969374164 2.572306 35.20791976861776 139.68755802270513 2.81</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_57">
											<gml:posList>35.20802061948359 139.6875578424573 5.33 35.208023253317684 139.68749969306432 5.524986 35.208020549461544 139.68749969307711 5.528756 35.20802061948359 139.6875578424573 5.33</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_58">
											<gml:posList>35.20802061948359 139.6875578424573 5.33 35.20807104492037 139.68755775233302 5.26 35.208023253317684 139.68749969306432 5.524986 35.20802061948359 139.6875578424573 5.33</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_59">
											<gml:posList>35.20797019405539 139.6875579325813 4.76 35.20797275385411 139.68749969329386 5.358435 35.20797012392516 139.68749969330628 5.328753 35.20797019405539 139.6875579325813 4.76</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_60">
											<gml:posList>35.20797019405539 139.6875579325813 4.76 35.20802061948359 139.6875578424573 5.33 35.20797275385411 139.68749969329386 5.358435 35.20797019405539 139.6875579325813 4.76</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_61">
											<gml:posList>35.20797019405539 139.6875579325813 4.76 35.20797012392516 139.68749969330628 5.328753 35.2079675016765 139.68749969331597 5.227394 35.20797019405539 139.6875579325813 4.76</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_62">
											<gml:posList>35.20791976861776 139.68755802270513 2.81 35.20797019405539 139.6875579325813 4.76 35.2079675016765 139.68749969331597 5.227394 35.20791976861776 139.68755802270513 2.81</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_63">
											<gml:posList>35.20812425224359 139.68749969260483 5.991724 35.208171895783686 139.68755757208385 5.52 35.2081718260862 139.68749969239985 5.94393 35.20812425224359 139.68749969260483 5.991724</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_64">
											<gml:posList>35.20807104492037 139.68755775233302 5.26 35.208118557187866 139.687499692639 5.977146 35.20807097500651 139.6874996928478 5.798647 35.20807104492037 139.68755775233302 5.26</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_65">
											<gml:posList>35.208171895783686 139.68755757208385 5.52 35.208174751696916 139.68749969238593 5.947953 35.2081718260862 139.68749969239985 5.94393 35.208171895783686 139.68755757208385 5.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_66">
											<gml:posList>35.208171895783686 139.68755757208385 5.52 35.20822232121921 139.68755748195892 5.59 35.208174751696916 139.68749969238593 5.947953 35.208171895783686 139.68755757208385 5.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_67">
											<gml:posList>35.208174751696916 139.68749969238593 5.947953 35.20822232121921 139.68755748195892 5.59 35.20822225162991 139.6874996921702 5.740496 35.208174751696916 139.68749969238593 5.947953</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_68">
											<gml:posList>35.20812147034773 139.68755766220855 5.36 35.20812140054205 139.6874996926184 5.98273 35.208118557187866 139.687499692639 5.977146 35.20812147034773 139.68755766220855 5.36</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_69">
											<gml:posList>35.20807104492037 139.68755775233302 5.26 35.20812147034773 139.68755766220855 5.36 35.208118557187866 139.687499692639 5.977146 35.20807104492037 139.68755775233302 5.26</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_70">
											<gml:posList>35.20812147034773 139.68755766220855 5.36 35.208171895783686 139.68755757208385 5.52 35.20812425224359 139.68749969260483 5.991724 35.20812147034773 139.68755766220855 5.36</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_71">
											<gml:posList>35.20812425224359 139.68749969260483 5.991724 35.20812140054205 139.6874996926184 5.98273 35.20812147034773 139.68755766220855 5.36 35.20812425224359 139.68749969260483 5.991724</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_72">
											<gml:posList>35.20782005049472 139.68749969398363 0.628568 35.2078693431797 139.68755811282873 0.8 35.20782125546981 139.68749969397086 0.638119 35.20782005049472 139.68749969398363 0.628568</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_73">
											<gml:posList>35.20791999038222 139.6877423393551 0.51 35.2078693431797 139.68755811282873 0.8 35.20782005049472 139.68749969398363 0.628568 35.20791999038222 139.6877423393551 0.51</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_74">
											<gml:posList>35.20781980971966 139.68749969398576 0.627805 35.20781964923598 139.68749969397615 0.625786 35.20792006424135 139.68780377823157 0.4 35.20781980971966 139.68749969398576 0.627805</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_75">
											<gml:posList>35.20792013806932 139.68786521711925 0.1 35.20792006424135 139.68780377823157 0.4 35.20781964923598 139.68749969397615 0.625786 35.20792013806932 139.68786521711925 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_76">
											<gml:posList>35.20822232121921 139.68755748195892 5.59 35.20827274664531 139.68755739183376 5.59 35.20822525115882 139.6874996921559 5.740482 35.20822232121921 139.68755748195892 5.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_77">
											<gml:posList>35.20822225162991 139.6874996921702 5.740496 35.20822232121921 139.68755748195892 5.59 35.20822525115882 139.6874996921559 5.740482 35.20822225162991 139.6874996921702 5.740496</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_78">
											<gml:posList>35.20827274664531 139.68755739183376 5.59 35.20827267716419 139.68749969194047 5.740262 35.20822525115882 139.6874996921559 5.740482 35.20827274664531 139.68755739183376 5.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_79">
											<gml:posList>35.20832317207998 139.68755730170838 4.64 35.208323102707055 139.68749969171063 5.352633 35.2083199645365 139.68749969173118 5.411825 35.20832317207998 139.68755730170838 4.64</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_80">
											<gml:posList>35.20827274664531 139.68755739183376 5.59 35.20832317207998 139.68755730170838 4.64 35.2083199645365 139.68749969173118 5.411825 35.20827274664531 139.68755739183376 5.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_81">
											<gml:posList>35.20769871750937 139.68749969452074 0.557168 35.207638608809894 139.68749969479668 0.486013 35.20812294348873 139.6887864429372 0.4 35.20769871750937 139.68749969452074 0.557168</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_82">
											<gml:posList>35.207638608809894 139.68749969479668 0.486013 35.207511184067144 139.68749969536222 0.335171 35.20812294348873 139.6887864429372 0.4 35.207638608809894 139.68749969479668 0.486013</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_83">
											<gml:posList>35.20812294348873 139.6887864429372 0.4 35.20772514970848 139.68749969440083 0.269031 35.20771046539483 139.6874996944719 0.574629 35.20812294348873 139.6887864429372 0.4</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_84">
											<gml:posList>35.20812294348873 139.6887864429372 0.4 35.207511184067144 139.68749969536222 0.335171 35.207483095170474 139.6874996954895 0.252076 35.20812294348873 139.6887864429372 0.4</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_85">
											<gml:posList>35.20817358882345 139.68897067080528 0.3 35.20812294348873 139.6887864429372 0.4 35.207483095170474 139.6874996954895 0.252076 35.20817358882345 139.68897067080528 0.3</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_86">
											<gml:posList>35.20817358882345 139.68897067080528 0.3 35.207483095170474 139.6874996954895 0.252076 35.20721579919004 139.6874996966856 0.489592 35.20817358882345 139.68897067080528 0.3</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_87">
											<gml:posList>35.20833162507768 139.6876085017364 5.663236 35.208323246033736 139.68761874088804 5.6 35.20833162560043 139.68761872591756 5.634897 35.20833162507768 139.6876085017364 5.663236</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_88">
											<gml:posList>35.208331619775734 139.68750621505862 5.497874 35.20832317207998 139.68755730170838 4.64 35.20833162243672 139.68755728660506 4.864559 35.208331619775734 139.68750621505862 5.497874</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_89">
											<gml:posList>35.20832331995633 139.6876801800789 5.51 35.20832339384774 139.68774161926999 5.5 35.208331631340414 139.68773155311825 5.5 35.20832331995633 139.6876801800789 5.51</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_90">
											<gml:posList>35.20833162874201 139.68768016524112 5.508352 35.20832331995633 139.6876801800789 5.51 35.208331631340414 139.68773155311825 5.5 35.20833162874201 139.68768016524112 5.508352</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_91">
											<gml:posList>35.20832317207998 139.68755730170838 4.64 35.208323246033736 139.68761874088804 5.6 35.20833162507768 139.6876085017364 5.663236 35.20832317207998 139.68755730170838 4.64</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_92">
											<gml:posList>35.20833162243672 139.68755728660506 4.864559 35.20832317207998 139.68755730170838 4.64 35.20833162507768 139.6876085017364 5.663236 35.20833162243672 139.68755728660506 4.864559</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_93">
											<gml:posList>35.20833162612389 139.68762892144318 5.583405 35.20832331995633 139.6876801800789 5.51 35.20833162874201 139.68768016524112 5.508352 35.20833162612389 139.68762892144318 5.583405</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_94">
											<gml:posList>35.208323246033736 139.68761874088804 5.6 35.20832331995633 139.6876801800789 5.51 35.20833162612389 139.68762892144318 5.583405 35.208323246033736 139.68761874088804 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_95">
											<gml:posList>35.20833162612389 139.68762892144318 5.583405 35.20833162560043 139.68761872591756 5.634897 35.208323246033736 139.68761874088804 5.6 35.20833162612389 139.68762892144318 5.583405</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_96">
											<gml:posList>35.20832339384774 139.68774161926999 5.5 35.20832346770797 139.68780305845033 5.52 35.20833163442037 139.68779307880388 5.523244 35.20832339384774 139.68774161926999 5.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_97">
											<gml:posList>35.208331631843386 139.68774160456482 5.506535 35.20832339384774 139.68774161926999 5.5 35.20833163442037 139.68779307880388 5.523244 35.208331631843386 139.68774160456482 5.506535</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_98">
											<gml:posList>35.20833163442037 139.68779307880388 5.523244 35.20832346770797 139.68780305845033 5.52 35.208331634913584 139.68780304387766 5.51838 35.20833163442037 139.68779307880388 5.523244</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_99">
											<gml:posList>35.208331631340414 139.68773155311825 5.5 35.20832339384774 139.68774161926999 5.5 35.208331631843386 139.68774160456482 5.506535 35.208331631340414 139.68773155311825 5.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_100">
											<gml:posList>35.208331638447156 139.6878743342137 5.52595 35.20832361533493 139.68792593683364 5.55 35.20833164096948 139.68792592252566 5.526126 35.208331638447156 139.6878743342137 5.52595</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_101">
											<gml:posList>35.208323541537034 139.68786449764187 5.55 35.20832361533493 139.68792593683364 5.55 35.208331638447156 139.6878743342137 5.52595 35.208323541537034 139.68786449764187 5.55</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_102">
											<gml:posList>35.20833163540846 139.6878129810209 5.503826 35.208323541537034 139.68786449764187 5.55 35.20833163796163 139.6878644832016 5.529127 35.20833163540846 139.6878129810209 5.503826</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_103">
											<gml:posList>35.20832346770797 139.68780305845033 5.52 35.208323541537034 139.68786449764187 5.55 35.20833163540846 139.6878129810209 5.503826 35.20832346770797 139.68780305845033 5.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_104">
											<gml:posList>35.208331638447156 139.6878743342137 5.52595 35.20833163796163 139.6878644832016 5.529127 35.208323541537034 139.68786449764187 5.55 35.208331638447156 139.6878743342137 5.52595</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_105">
											<gml:posList>35.20833163540846 139.6878129810209 5.503826 35.208331634913584 139.68780304387766 5.51838 35.20832346770797 139.68780305845033 5.52 35.20833163540846 139.6878129810209 5.503826</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_106">
											<gml:posList>35.20833164442225 139.68799704059964 5.525274 35.20832376283717 139.68804881520683 5.47 35.20833164690067 139.68804880116312 5.47469 35.20833164442225 139.68799704059964 5.525274</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_107">
											<gml:posList>35.20832368910163 139.68798737601463 5.53 35.20832376283717 139.68804881520683 5.47 35.20833164442225 139.68799704059964 5.525274 35.20832368910163 139.68798737601463 5.53</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_108">
											<gml:posList>35.20833164735867 139.6880583937928 5.474684 35.208323836541524 139.68811025438828 5.43 35.208331649824 139.68811024047653 5.440846 35.20833164735867 139.6880583937928 5.474684</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_109">
											<gml:posList>35.20832376283717 139.68804881520683 5.47 35.208323836541524 139.68811025438828 5.43 35.20833164735867 139.6880583937928 5.474684 35.20832376283717 139.68804881520683 5.47</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_110">
											<gml:posList>35.20832361533493 139.68792593683364 5.55 35.20832368910163 139.68798737601463 5.53 35.20833164348168 139.6879776558724 5.509463 35.20832361533493 139.68792593683364 5.55</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_111">
											<gml:posList>35.20833164348168 139.6879776558724 5.509463 35.20833164096948 139.68792592252566 5.526126 35.20832361533493 139.68792593683364 5.55 35.20833164348168 139.6879776558724 5.509463</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_112">
											<gml:posList>35.20833164348168 139.6879776558724 5.509463 35.20832368910163 139.68798737601463 5.53 35.20833164395516 139.68798736183885 5.518957 35.20833164348168 139.6879776558724 5.509463</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_113">
											<gml:posList>35.208323836541524 139.68811025438828 5.43 35.208323910214716 139.68817169358093 5.36 35.20833165226163 139.68816223294195 5.381526 35.208323836541524 139.68811025438828 5.43</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_114">
											<gml:posList>35.20833165226163 139.68816223294195 5.381526 35.208331649824 139.68811024047653 5.440846 35.208323836541524 139.68811025438828 5.43 35.20833165226163 139.68816223294195 5.381526</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_115">
											<gml:posList>35.20833164690067 139.68804880116312 5.47469 35.20832376283717 139.68804881520683 5.47 35.20833164735867 139.6880583937928 5.474684 35.20833164690067 139.68804880116312 5.47469</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_116">
											<gml:posList>35.20833164442225 139.68799704059964 5.525274 35.20833164395516 139.68798736183885 5.518957 35.20832368910163 139.68798737601463 5.53 35.20833164442225 139.68799704059964 5.525274</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_117">
											<gml:posList>35.20833165226163 139.68816223294195 5.381526 35.208323910214716 139.68817169358093 5.36 35.20833165270715 139.6881716798011 5.383032 35.20833165226163 139.68816223294195 5.381526</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_118">
											<gml:posList>35.20833165314724 139.68818110017943 5.375333 35.20833165270715 139.6881716798011 5.383032 35.208323910214716 139.68817169358093 5.36 35.20833165314724 139.68818110017943 5.375333</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_119">
											<gml:posList>35.20832427811301 139.68847888952556 2.64 35.20832435159915 139.68854032871954 2.15 35.20833166898641 139.6885313870732 2.55255 35.20832427811301 139.68847888952556 2.64</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_120">
											<gml:posList>35.20833166898641 139.6885313870732 2.55255 35.20833166667329 139.68847887640345 2.974076 35.20832427811301 139.68847888952556 2.64 35.20833166898641 139.6885313870732 2.55255</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_121">
											<gml:posList>35.20833165314724 139.68818110017943 5.375333 35.20832398385673 139.6882331327738 5.32 35.208331655559135 139.68823311912573 5.3413 35.20833165314724 139.68818110017943 5.375333</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_122">
											<gml:posList>35.208323910214716 139.68817169358093 5.36 35.20832398385673 139.6882331327738 5.32 35.20833165314724 139.68818110017943 5.375333 35.208323910214716 139.68817169358093 5.36</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_123">
											<gml:posList>35.20832420459571 139.68841745034277 2.99 35.20832427811301 139.68847888952556 2.64 35.2083316662726 139.6884698613862 3.033238 35.20832420459571 139.68841745034277 2.99</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_124">
											<gml:posList>35.20833166394602 139.68841743708933 3.334673 35.20832420459571 139.68841745034277 2.99 35.2083316662726 139.6884698613862 3.033238 35.20833166394602 139.68841743708933 3.334673</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_125">
											<gml:posList>35.20833165881146 139.68830380656652 5.271073 35.20832413104722 139.6883560111492 4.17 35.20833166117856 139.68835599776435 4.352185 35.20833165881146 139.68830380656652 5.271073</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_126">
											<gml:posList>35.20832413104722 139.6883560111492 4.17 35.20833165881146 139.68830380656652 5.271073 35.20832405746756 139.6882945719559 5.25 35.20832413104722 139.6883560111492 4.17</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_127">
											<gml:posList>35.20832398385673 139.6882331327738 5.32 35.20832405746756 139.6882945719559 5.25 35.2083316579616 139.6882852843149 5.281699 35.20832398385673 139.6882331327738 5.32</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_128">
											<gml:posList>35.208331655559135 139.68823311912573 5.3413 35.20832398385673 139.6882331327738 5.32 35.2083316579616 139.6882852843149 5.281699 35.208331655559135 139.68823311912573 5.3413</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_129">
											<gml:posList>35.2083316579616 139.6882852843149 5.281699 35.20832405746756 139.6882945719559 5.25 35.208331658388936 139.68829455843945 5.274118 35.2083316579616 139.6882852843149 5.281699</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_130">
											<gml:posList>35.2083316662726 139.6884698613862 3.033238 35.20832427811301 139.68847888952556 2.64 35.20833166667329 139.68847887640345 2.974076 35.2083316662726 139.6884698613862 3.033238</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_131">
											<gml:posList>35.20833166159243 139.68836515976025 4.341491 35.20833166117856 139.68835599776435 4.352185 35.20832413104722 139.6883560111492 4.17 35.20833166159243 139.68836515976025 4.341491</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_132">
											<gml:posList>35.20833165881146 139.68830380656652 5.271073 35.208331658388936 139.68829455843945 5.274118 35.20832405746756 139.6882945719559 5.25 35.20833165881146 139.68830380656652 5.271073</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_133">
											<gml:posList>35.20833166159243 139.68836515976025 4.341491 35.20832420459571 139.68841745034277 2.99 35.20833166394602 139.68841743708933 3.334673 35.20833166159243 139.68836515976025 4.341491</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_134">
											<gml:posList>35.20832413104722 139.6883560111492 4.17 35.20832420459571 139.68841745034277 2.99 35.20833166159243 139.68836515976025 4.341491 35.20832413104722 139.6883560111492 4.17</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_135">
											<gml:posList>35.208331669757825 139.68854921934215 2.322452 35.2083244250541 139.68860176790278 1.84 35.208331672043315 139.688601755043 2.055575 35.208331669757825 139.68854921934215 2.322452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_136">
											<gml:posList>35.20832435159915 139.68854032871954 2.15 35.2083244250541 139.68860176790278 1.84 35.208331669757825 139.68854921934215 2.322452 35.20832435159915 139.68854032871954 2.15</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_137">
											<gml:posList>35.20833166898641 139.6885313870732 2.55255 35.20832435159915 139.68854032871954 2.15 35.20833166936938 139.68854031572866 2.417022 35.20833166898641 139.6885313870732 2.55255</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_138">
											<gml:posList>35.20833166936938 139.68854031572866 2.417022 35.20832435159915 139.68854032871954 2.15 35.208331669757825 139.68854921934215 2.322452 35.20833166936938 139.68854031572866 2.417022</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_139">
											<gml:posList>35.208324791861266 139.68890896385517 1.35 35.20832486512918 139.68897040305072 1.11 35.20833168706266 139.68896206690746 1.252259 35.208324791861266 139.68890896385517 1.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_140">
											<gml:posList>35.20833168491831 139.68890895164944 1.460725 35.208324791861266 139.68890896385517 1.35 35.20833168706266 139.68896206690746 1.252259 35.20833168491831 139.68890895164944 1.460725</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_141">
											<gml:posList>35.20833167315297 139.68862748944483 2.079825 35.20832449847789 139.6886632070972 1.9 35.20833167430221 139.6886544384476 2.105219 35.20833167315297 139.68862748944483 2.079825</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_142">
											<gml:posList>35.2083244250541 139.68860176790278 1.84 35.20832449847789 139.6886632070972 1.9 35.20833167315297 139.68862748944483 2.079825 35.2083244250541 139.68860176790278 1.84</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_143">
											<gml:posList>35.20833167315297 139.68862748944483 2.079825 35.208331672043315 139.688601755043 2.055575 35.2083244250541 139.68860176790278 1.84 35.20833167315297 139.68862748944483 2.079825</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_144">
											<gml:posList>35.20833167430221 139.6886544384476 2.105219 35.20832449847789 139.6886632070972 1.9 35.20833167467706 139.68866319436847 2.046583 35.20833167430221 139.6886544384476 2.105219</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_145">
											<gml:posList>35.20833167504898 139.68867192573063 2.027902 35.208324571870506 139.68872464629186 1.84 35.20833167728865 139.68872463369402 1.975273 35.20833167504898 139.68867192573063 2.027902</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_146">
											<gml:posList>35.20832449847789 139.6886632070972 1.9 35.208324571870506 139.68872464629186 1.84 35.20833167504898 139.68867192573063 2.027902 35.20832449847789 139.6886632070972 1.9</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_147">
											<gml:posList>35.20833167950199 139.6887774898334 1.922496 35.20832464523193 139.68878608547575 1.78 35.20833167986004 139.6887860730087 1.919506 35.20833167950199 139.6887774898334 1.922496</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_148">
											<gml:posList>35.208324571870506 139.68872464629186 1.84 35.20832464523193 139.68878608547575 1.78 35.20833167950199 139.6887774898334 1.922496 35.208324571870506 139.68872464629186 1.84</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_149">
											<gml:posList>35.20833167728865 139.68872463369402 1.975273 35.208324571870506 139.68872464629186 1.84 35.20833167950199 139.6887774898334 1.922496 35.20833167728865 139.68872463369402 1.975273</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_150">
											<gml:posList>35.20833167467706 139.68866319436847 2.046583 35.20832449847789 139.6886632070972 1.9 35.20833167504898 139.68867192573063 2.027902 35.20833167467706 139.68866319436847 2.046583</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_151">
											<gml:posList>35.20832471856219 139.68884752467085 1.58 35.208324791861266 139.68890896385517 1.35 35.2083316845767 139.68890054120868 1.504686 35.20832471856219 139.68884752467085 1.58</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_152">
											<gml:posList>35.20833168240927 139.6888475123345 1.704292 35.20832471856219 139.68884752467085 1.58 35.2083316845767 139.68890054120868 1.504686 35.20833168240927 139.6888475123345 1.704292</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_153">
											<gml:posList>35.20833170099836 139.68932199018622 0.246818 35.208331698555305 139.68925675591535 0.3 35.208224160703864 139.6890934597828 0.3 35.20833170099836 139.68932199018622 0.246818</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_154">
											<gml:posList>35.208331680215814 139.6887946321306 1.877517 35.20832471856219 139.68884752467085 1.58 35.20833168240927 139.6888475123345 1.704292 35.208331680215814 139.6887946321306 1.877517</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_155">
											<gml:posList>35.20832464523193 139.68878608547575 1.78 35.20832471856219 139.68884752467085 1.58 35.208331680215814 139.6887946321306 1.877517 35.20832464523193 139.68878608547575 1.78</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_156">
											<gml:posList>35.208331680215814 139.6887946321306 1.877517 35.20833167986004 139.6887860730087 1.919506 35.20832464523193 139.68878608547575 1.78 35.208331680215814 139.6887946321306 1.877517</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_157">
											<gml:posList>35.2083316845767 139.68890054120868 1.504686 35.208324791861266 139.68890896385517 1.35 35.20833168491831 139.68890895164944 1.460725 35.2083316845767 139.68890054120868 1.504686</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_158">
											<gml:posList>35.20833168773737 139.68897869171488 1.143776 35.20832493836593 139.6890318422465 0.96 35.208331689851896 139.68903183030162 1.013556 35.20833168773737 139.68897869171488 1.143776</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_159">
											<gml:posList>35.20832486512918 139.68897040305072 1.11 35.20832493836593 139.6890318422465 0.96 35.20833168773737 139.68897869171488 1.143776 35.20832486512918 139.68897040305072 1.11</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_160">
											<gml:posList>35.20833168706266 139.68896206690746 1.252259 35.20832486512918 139.68897040305072 1.11 35.208331687396175 139.68897039097547 1.200647 35.20833168706266 139.68896206690746 1.252259</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_161">
											<gml:posList>35.20832493836593 139.6890318422465 0.96 35.208325011571475 139.6890932814315 0.79 35.2083316919498 139.68908511828346 0.865624 35.20832493836593 139.6890318422465 0.96</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_162">
											<gml:posList>35.2083316919498 139.68908511828346 0.865624 35.208331689851896 139.68903183030162 1.013556 35.20832493836593 139.6890318422465 0.96 35.2083316919498 139.68908511828346 0.865624</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_163">
											<gml:posList>35.20833168773737 139.68897869171488 1.143776 35.208331687396175 139.68897039097547 1.200647 35.20832486512918 139.68897040305072 1.11 35.20833168773737 139.68897869171488 1.143776</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_164">
											<gml:posList>35.208331692584274 139.68910139810498 0.811168 35.2083316922674 139.68909326961688 0.833721 35.208325011571475 139.6890932814315 0.79 35.208331692584274 139.68910139810498 0.811168</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_165">
											<gml:posList>35.2083316919498 139.68908511828346 0.865624 35.208325011571475 139.6890932814315 0.79 35.2083316922674 139.68909326961688 0.833721 35.2083316919498 139.68908511828346 0.865624</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_166">
											<gml:posList>35.20832508474586 139.6891547206277 0.59 35.20832515788907 139.6892161598241 0.39 35.20833169671189 139.68920816967088 0.462722 35.20832508474586 139.6891547206277 0.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_167">
											<gml:posList>35.20833169466076 139.68915470894322 0.63719 35.20832508474586 139.6891547206277 0.59 35.20833169671189 139.68920816967088 0.462722 35.20833169466076 139.68915470894322 0.63719</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_168">
											<gml:posList>35.20833169671189 139.68920816967088 0.462722 35.20832515788907 139.6892161598241 0.39 35.208331697013925 139.6892161482697 0.437981 35.20833169671189 139.68920816967088 0.462722</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_169">
											<gml:posList>35.208331692584274 139.68910139810498 0.811168 35.20832508474586 139.6891547206277 0.59 35.20833169466076 139.68915470894322 0.63719 35.208331692584274 139.68910139810498 0.811168</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_170">
											<gml:posList>35.20832508474586 139.6891547206277 0.59 35.208331692584274 139.68910139810498 0.811168 35.208325011571475 139.6890932814315 0.79 35.20832508474586 139.6891547206277 0.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_171">
											<gml:posList>35.208331697315856 139.68922410449557 0.40036 35.208331697013925 139.6892161482697 0.437981 35.20832515788907 139.6892161598241 0.39 35.208331697315856 139.68922410449557 0.40036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_172">
											<gml:posList>35.20833169747019 139.68922807425017 0.384177 35.208331697315856 139.68922410449557 0.40036 35.20832515788907 139.6892161598241 0.39 35.20833169747019 139.68922807425017 0.384177</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_173">
											<gml:posList>35.208331698555305 139.68925675591535 0.3 35.20832515788907 139.6892161598241 0.39 35.208224160703864 139.6890934597828 0.3 35.208331698555305 139.68925675591535 0.3</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_174">
											<gml:posList>35.208331698555305 139.68925675591535 0.3 35.20833169747019 139.68922807425017 0.384177 35.20832515788907 139.6892161598241 0.39 35.208331698555305 139.68925675591535 0.3</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_175">
											<gml:posList>35.208331703540445 139.6893907495413 0.288191 35.20833170099836 139.68932199018622 0.246818 35.208224160703864 139.6890934597828 0.3 35.208331703540445 139.6893907495413 0.288191</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_176">
											<gml:posList>35.20833170694696 139.6894846768785 0.290767 35.208331703540445 139.6893907495413 0.288191 35.208224160703864 139.6890934597828 0.3 35.20833170694696 139.6894846768785 0.290767</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_177">
											<gml:posList>35.208331708848476 139.68953789899413 0.28699 35.208224160703864 139.6890934597828 0.3 35.20817358882345 139.68897067080528 0.3 35.208331708848476 139.68953789899413 0.28699</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_178">
											<gml:posList>35.208224160703864 139.6890934597828 0.3 35.208331708848476 139.68953789899413 0.28699 35.20833170694696 139.6894846768785 0.290767 35.208224160703864 139.6890934597828 0.3</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_179">
											<gml:posList>35.20833171042493 139.689582582922 0.287995 35.208331708848476 139.68953789899413 0.28699 35.20817358882345 139.68897067080528 0.3 35.20833171042493 139.689582582922 0.287995</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_180">
											<gml:posList>35.20833171326192 139.6896643187135 0.310757 35.20833171042493 139.689582582922 0.287995 35.20817358882345 139.68897067080528 0.3 35.20833171326192 139.6896643187135 0.310757</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_181">
											<gml:posList>35.20817358882345 139.68897067080528 0.3 35.20833178021569 139.6927609898979 0.599626 35.20833171326192 139.6896643187135 0.310757 35.20817358882345 139.68897067080528 0.3</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_182">
											<gml:posList>35.204109328349894 139.6999997144747 1.403353 35.2043302022275 139.69999971358095 1.761942 35.19999860601672 139.6878350037667 1.036204 35.204109328349894 139.6999997144747 1.403353</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_183">
											<gml:posList>35.203843347556756 139.6999997155305 0.971533 35.204109328349894 139.6999997144747 1.403353 35.19999863152589 139.6883717515811 0.757935 35.203843347556756 139.6999997155305 0.971533</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_184">
											<gml:posList>35.19999863152589 139.6883717515811 0.757935 35.204109328349894 139.6999997144747 1.403353 35.19999860601672 139.6878350037667 1.036204 35.19999863152589 139.6883717515811 0.757935</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_185">
											<gml:posList>35.20331675961441 139.6999997176257 0.66452 35.19999867763896 139.68950725403025 0.559897 35.19999870763964 139.6904430509115 0.576452 35.20331675961441 139.6999997176257 0.66452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_186">
											<gml:posList>35.20291607638889 139.69999971921507 0.6743 35.20331675961441 139.6999997176257 0.66452 35.19999870763964 139.6904430509115 0.576452 35.20291607638889 139.69999971921507 0.6743</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_187">
											<gml:posList>35.202717523115574 139.6999997199893 0.62568 35.20291607638889 139.69999971921507 0.6743 35.199998720440156 139.69093212264775 0.544899 35.202717523115574 139.6999997199893 0.62568</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_188">
											<gml:posList>35.199998720440156 139.69093212264775 0.544899 35.20291607638889 139.69999971921507 0.6743 35.19999870763964 139.6904430509115 0.576452 35.199998720440156 139.69093212264775 0.544899</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_189">
											<gml:posList>35.19999872060672 139.6909386959192 0.514258 35.20271490260394 139.69999972000005 0.584864 35.202717523115574 139.6999997199893 0.62568 35.19999872060672 139.6909386959192 0.514258</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_190">
											<gml:posList>35.199998720440156 139.69093212264775 0.544899 35.19999872060672 139.6909386959192 0.514258 35.202717523115574 139.6999997199893 0.62568 35.199998720440156 139.69093212264775 0.544899</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_191">
											<gml:posList>35.1999986394314 139.68854924276832 0.665917 35.19999864817133 139.6887523523056 0.560618 35.203843347556756 139.6999997155305 0.971533 35.1999986394314 139.68854924276832 0.665917</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_192">
											<gml:posList>35.203843347556756 139.6999997155305 0.971533 35.19999864817133 139.6887523523056 0.560618 35.20366157997456 139.69999971625646 0.676433 35.203843347556756 139.6999997155305 0.971533</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_193">
											<gml:posList>35.203843347556756 139.6999997155305 0.971533 35.19999863152589 139.6883717515811 0.757935 35.1999986394314 139.68854924276832 0.665917 35.203843347556756 139.6999997155305 0.971533</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_194">
											<gml:posList>35.20364908531517 139.69999971630568 0.676036 35.20366157997456 139.69999971625646 0.676433 35.19999864928425 139.68877894204076 0.560617 35.20364908531517 139.69999971630568 0.676036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_195">
											<gml:posList>35.19999864928425 139.68877894204076 0.560617 35.20366157997456 139.69999971625646 0.676433 35.19999864817133 139.6887523523056 0.560618 35.19999864928425 139.68877894204076 0.560617</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_196">
											<gml:posList>35.20364908531517 139.69999971630568 0.676036 35.19999864928425 139.68877894204076 0.560617 35.199998650400104 139.6888055315782 0.560616 35.20364908531517 139.69999971630568 0.676036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_197">
											<gml:posList>35.20363661694183 139.69999971635585 0.675641 35.20364908531517 139.69999971630568 0.676036 35.199998650400104 139.6888055315782 0.560616 35.20363661694183 139.69999971635585 0.675641</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_198">
											<gml:posList>35.20363661694183 139.69999971635585 0.675641 35.199998650400104 139.6888055315782 0.560616 35.19999867763896 139.68950725403025 0.559897 35.20363661694183 139.69999971635585 0.675641</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_199">
											<gml:posList>35.20331675961441 139.6999997176257 0.66452 35.20363661694183 139.69999971635585 0.675641 35.19999867763896 139.68950725403025 0.559897 35.20331675961441 139.6999997176257 0.66452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_200">
											<gml:posList>35.208122723312535 139.68860212582004 0.62 35.208072003878705 139.6883564593049 0.53 35.20812279673578 139.6886635648625 0.7 35.208122723312535 139.68860212582004 0.62</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_201">
											<gml:posList>35.208071856689585 139.6882335813093 0.71 35.20807178304825 139.68817214230637 0.86 35.208021283937725 139.68811079308603 0.57 35.208071856689585 139.6882335813093 0.71</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_202">
											<gml:posList>35.208072003878705 139.6883564593049 0.53 35.20812250285579 139.68841780871583 0.79 35.208122429307835 139.68835636967424 1.01 35.208072003878705 139.6883564593049 0.53</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_203">
											<gml:posList>35.2078693431797 139.68755811282873 0.8 35.2079199164919 139.68768090046794 0.66 35.20791984257041 139.6876194615809 1.52 35.2078693431797 139.68755811282873 0.8</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_204">
											<gml:posList>35.208172560241515 139.68811052373817 4.88 35.20812220847697 139.68817205256173 1.38 35.2081726339143 139.68817196281685 1.8 35.208172560241515 139.68811052373817 4.88</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_205">
											<gml:posList>35.208020693436524 139.68761928140904 4.95 35.20802061948359 139.6875578424573 5.33 35.20797019405539 139.6875579325813 4.76 35.208020693436524 139.68761928140904 4.95</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_206">
											<gml:posList>35.208323246033736 139.68761874088804 5.6 35.20832317207998 139.68755730170838 4.64 35.20827274664531 139.68755739183376 5.59 35.208323246033736 139.68761874088804 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_207">
											<gml:posList>35.20822232121921 139.68755748195892 5.59 35.20822239517269 139.6876189210626 5.6 35.20827274664531 139.68755739183376 5.59 35.20822232121921 139.68755748195892 5.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_208">
											<gml:posList>35.208222469095006 139.68768036017752 5.65 35.20827289452137 139.68768027012834 5.65 35.20822239517269 139.6876189210626 5.6 35.208222469095006 139.68768036017752 5.65</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_209">
											<gml:posList>35.20807111887344 139.68761919132277 5.28 35.20812154430093 139.6876191012363 5.35 35.20807104492037 139.68755775233302 5.26 35.20807111887344 139.68761919132277 5.28</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_210">
											<gml:posList>35.20807111887344 139.68761919132277 5.28 35.208020693436524 139.68761928140904 4.95 35.208020767358285 139.68768072037201 2.97 35.20807111887344 139.68761919132277 5.28</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_211">
											<gml:posList>35.208020693436524 139.68761928140904 4.95 35.20807104492037 139.68755775233302 5.26 35.20802061948359 139.6875578424573 5.33 35.208020693436524 139.68761928140904 4.95</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_212">
											<gml:posList>35.20822379436568 139.68878626420693 1.14 35.208274146433226 139.68872473569553 1.26 35.20822372100453 139.688724825099 1.26 35.20822379436568 139.68878626420693 1.14</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_213">
											<gml:posList>35.20797019405539 139.6875579325813 4.76 35.20791976861776 139.68755802270513 2.81 35.20797026800819 139.6876193714951 2.99 35.20797019405539 139.6875579325813 4.76</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_214">
											<gml:posList>35.208020767358285 139.68768072037201 2.97 35.208020693436524 139.68761928140904 4.95 35.20797026800819 139.6876193714951 2.99 35.208020767358285 139.68768072037201 2.97</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_215">
											<gml:posList>35.20817196973702 139.68761901114956 5.48 35.208121618222975 139.6876805402752 5.45 35.208172043659204 139.68768045022648 5.58 35.20817196973702 139.68761901114956 5.48</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_216">
											<gml:posList>35.20822239517269 139.6876189210626 5.6 35.208171895783686 139.68755757208385 5.52 35.20817196973702 139.68761901114956 5.48 35.20822239517269 139.6876189210626 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_217">
											<gml:posList>35.20807104492037 139.68755775233302 5.26 35.20812154430093 139.6876191012363 5.35 35.20812147034773 139.68755766220855 5.36 35.20807104492037 139.68755775233302 5.26</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_218">
											<gml:posList>35.20822232121921 139.68755748195892 5.59 35.208171895783686 139.68755757208385 5.52 35.20822239517269 139.6876189210626 5.6 35.20822232121921 139.68755748195892 5.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_219">
											<gml:posList>35.20812154430093 139.6876191012363 5.35 35.208171895783686 139.68755757208385 5.52 35.20812147034773 139.68755766220855 5.36 35.20812154430093 139.6876191012363 5.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_220">
											<gml:posList>35.2082226168461 139.68780323839698 5.6 35.20822254298614 139.6877417992926 5.64 35.208172117550205 139.6877418893036 5.57 35.2082226168461 139.68780323839698 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_221">
											<gml:posList>35.208171895783686 139.68755757208385 5.52 35.20812154430093 139.6876191012363 5.35 35.20817196973702 139.68761901114956 5.48 35.208171895783686 139.68755757208385 5.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_222">
											<gml:posList>35.208222469095006 139.68768036017752 5.65 35.20822239517269 139.6876189210626 5.6 35.20817196973702 139.68761901114956 5.48 35.208222469095006 139.68768036017752 5.65</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_223">
											<gml:posList>35.208071192795344 139.68768063032374 5 35.20802084124888 139.6877421593352 1.36 35.208071266686076 139.68774206932488 3.66 35.208071192795344 139.68768063032374 5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_224">
											<gml:posList>35.20807104492037 139.68755775233302 5.26 35.208020693436524 139.68761928140904 4.95 35.20807111887344 139.68761919132277 5.28 35.20807104492037 139.68755775233302 5.26</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_225">
											<gml:posList>35.208020693436524 139.68761928140904 4.95 35.20797019405539 139.6875579325813 4.76 35.20797026800819 139.6876193714951 2.99 35.208020693436524 139.68761928140904 4.95</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_226">
											<gml:posList>35.2078693431797 139.68755811282873 0.8 35.20791999038222 139.6877423393551 0.51 35.2079199164919 139.68768090046794 0.66 35.2078693431797 139.68755811282873 0.8</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_227">
											<gml:posList>35.208020767358285 139.68768072037201 2.97 35.20797026800819 139.6876193714951 2.99 35.20797034192981 139.68768081042006 1.26 35.208020767358285 139.68768072037201 2.97</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_228">
											<gml:posList>35.20791976861776 139.68755802270513 2.81 35.2078693431797 139.68755811282873 0.8 35.20791984257041 139.6876194615809 1.52 35.20791976861776 139.68755802270513 2.81</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_229">
											<gml:posList>35.2079199164919 139.68768090046794 0.66 35.20797026800819 139.6876193714951 2.99 35.20791984257041 139.6876194615809 1.52 35.2079199164919 139.68768090046794 0.66</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_230">
											<gml:posList>35.20797026800819 139.6876193714951 2.99 35.20791976861776 139.68755802270513 2.81 35.20791984257041 139.6876194615809 1.52 35.20797026800819 139.6876193714951 2.99</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_231">
											<gml:posList>35.20812154430093 139.6876191012363 5.35 35.20807111887344 139.68761919132277 5.28 35.208121618222975 139.6876805402752 5.45 35.20812154430093 139.6876191012363 5.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_232">
											<gml:posList>35.2079199164919 139.68768090046794 0.66 35.20791999038222 139.6877423393551 0.51 35.20797034192981 139.68768081042006 1.26 35.2079199164919 139.68768090046794 0.66</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_233">
											<gml:posList>35.20797026800819 139.6876193714951 2.99 35.2079199164919 139.68768090046794 0.66 35.20797034192981 139.68768081042006 1.26 35.20797026800819 139.6876193714951 2.99</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_234">
											<gml:posList>35.20807111887344 139.68761919132277 5.28 35.208071192795344 139.68768063032374 5 35.208121618222975 139.6876805402752 5.45 35.20807111887344 139.68761919132277 5.28</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_235">
											<gml:posList>35.20797034192981 139.68768081042006 1.26 35.20791999038222 139.6877423393551 0.51 35.20797041582027 139.68774224934526 0.9 35.20797034192981 139.68768081042006 1.26</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_236">
											<gml:posList>35.208071340545615 139.68780350831528 2.64 35.208020915108285 139.68780359828764 1.17 35.208071414374 139.6878649473169 2.47 35.208071340545615 139.68780350831528 2.64</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_237">
											<gml:posList>35.20797048967953 139.68780368825972 0.79 35.20791999038222 139.6877423393551 0.51 35.20792006424135 139.68780377823157 0.4 35.20797048967953 139.68780368825972 0.79</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_238">
											<gml:posList>35.20792013806932 139.68786521711925 0.1 35.20812294348873 139.6887864429372 0.4 35.208072003878705 139.6883564593049 0.53 35.20792013806932 139.68786521711925 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_239">
											<gml:posList>35.208020767358285 139.68768072037201 2.97 35.20797034192981 139.68768081042006 1.26 35.20797041582027 139.68774224934526 0.9 35.208020767358285 139.68768072037201 2.97</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_240">
											<gml:posList>35.20791999038222 139.6877423393551 0.51 35.20797048967953 139.68780368825972 0.79 35.20797041582027 139.68774224934526 0.9 35.20791999038222 139.6877423393551 0.51</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_241">
											<gml:posList>35.20797041582027 139.68774224934526 0.9 35.20797048967953 139.68780368825972 0.79 35.208020915108285 139.68780359828764 1.17 35.20797041582027 139.68774224934526 0.9</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_242">
											<gml:posList>35.208121765973516 139.68780341834275 5.37 35.208071340545615 139.68780350831528 2.64 35.208071414374 139.6878649473169 2.47 35.208121765973516 139.68780341834275 5.37</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_243">
											<gml:posList>35.208020767358285 139.68768072037201 2.97 35.20797041582027 139.68774224934526 0.9 35.20802084124888 139.6877421593352 1.36 35.208020767358285 139.68768072037201 2.97</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_244">
											<gml:posList>35.20797041582027 139.68774224934526 0.9 35.208020915108285 139.68780359828764 1.17 35.20802084124888 139.6877421593352 1.36 35.20797041582027 139.68774224934526 0.9</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_245">
											<gml:posList>35.208020767358285 139.68768072037201 2.97 35.20802084124888 139.6877421593352 1.36 35.208071192795344 139.68768063032374 5 35.208020767358285 139.68768072037201 2.97</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_246">
											<gml:posList>35.208121765973516 139.68780341834275 5.37 35.208172117550205 139.6877418893036 5.57 35.20812169211384 139.68774197931438 5.43 35.208121765973516 139.68780341834275 5.37</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_247">
											<gml:posList>35.208172043659204 139.68768045022648 5.58 35.208121618222975 139.6876805402752 5.45 35.208172117550205 139.6877418893036 5.57 35.208172043659204 139.68768045022648 5.58</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_248">
											<gml:posList>35.208121618222975 139.6876805402752 5.45 35.20812169211384 139.68774197931438 5.43 35.208172117550205 139.6877418893036 5.57 35.208121618222975 139.6876805402752 5.45</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_249">
											<gml:posList>35.208071340545615 139.68780350831528 2.64 35.20812169211384 139.68774197931438 5.43 35.208071266686076 139.68774206932488 3.66 35.208071340545615 139.68780350831528 2.64</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_250">
											<gml:posList>35.20817196973702 139.68761901114956 5.48 35.20812154430093 139.6876191012363 5.35 35.208121618222975 139.6876805402752 5.45 35.20817196973702 139.68761901114956 5.48</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_251">
											<gml:posList>35.20812169211384 139.68774197931438 5.43 35.208121618222975 139.6876805402752 5.45 35.208071192795344 139.68768063032374 5 35.20812169211384 139.68774197931438 5.43</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_252">
											<gml:posList>35.20807111887344 139.68761919132277 5.28 35.208020767358285 139.68768072037201 2.97 35.208071192795344 139.68768063032374 5 35.20807111887344 139.68761919132277 5.28</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_253">
											<gml:posList>35.20822239517269 139.6876189210626 5.6 35.20827289452137 139.68768027012834 5.65 35.20827282059892 139.68761883097545 5.6 35.20822239517269 139.6876189210626 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_254">
											<gml:posList>35.208172117550205 139.6877418893036 5.57 35.20822254298614 139.6877417992926 5.64 35.208222469095006 139.68768036017752 5.65 35.208172117550205 139.6877418893036 5.57</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_255">
											<gml:posList>35.208172117550205 139.6877418893036 5.57 35.208222469095006 139.68768036017752 5.65 35.208172043659204 139.68768045022648 5.58 35.208172117550205 139.6877418893036 5.57</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_256">
											<gml:posList>35.208222469095006 139.68768036017752 5.65 35.20817196973702 139.68761901114956 5.48 35.208172043659204 139.68768045022648 5.58 35.208222469095006 139.68768036017752 5.65</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_257">
											<gml:posList>35.20802084124888 139.6877421593352 1.36 35.208020915108285 139.68780359828764 1.17 35.208071340545615 139.68780350831528 2.64 35.20802084124888 139.6877421593352 1.36</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_258">
											<gml:posList>35.20817226523868 139.68786476744756 5.42 35.208121765973516 139.68780341834275 5.37 35.20812183980203 139.68786485738235 5.07 35.20817226523868 139.68786476744756 5.42</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_259">
											<gml:posList>35.20812198736554 139.68798773545123 5.44 35.20817233903616 139.6879262065254 5.33 35.208121913599385 139.68792629642218 5.18 35.20812198736554 139.68798773545123 5.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_260">
											<gml:posList>35.208121765973516 139.68780341834275 5.37 35.20812169211384 139.68774197931438 5.43 35.208071340545615 139.68780350831528 2.64 35.208121765973516 139.68780341834275 5.37</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_261">
											<gml:posList>35.20802084124888 139.6877421593352 1.36 35.208071340545615 139.68780350831528 2.64 35.208071266686076 139.68774206932488 3.66 35.20802084124888 139.6877421593352 1.36</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_262">
											<gml:posList>35.20812169211384 139.68774197931438 5.43 35.208071192795344 139.68768063032374 5 35.208071266686076 139.68774206932488 3.66 35.20812169211384 139.68774197931438 5.43</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_263">
											<gml:posList>35.208172117550205 139.6877418893036 5.57 35.208121765973516 139.68780341834275 5.37 35.20817219141002 139.68780332837 5.52 35.208172117550205 139.6877418893036 5.57</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_264">
											<gml:posList>35.2082226168461 139.68780323839698 5.6 35.20817226523868 139.68786476744756 5.42 35.20822269067489 139.68786467751255 5.54 35.2082226168461 139.68780323839698 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_265">
											<gml:posList>35.20822269067489 139.68786467751255 5.54 35.20817233903616 139.6879262065254 5.33 35.20822276447251 139.68792611662835 5.44 35.20822269067489 139.68786467751255 5.54</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_266">
											<gml:posList>35.2082226168461 139.68780323839698 5.6 35.208172117550205 139.6877418893036 5.57 35.20817219141002 139.68780332837 5.52 35.2082226168461 139.68780323839698 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_267">
											<gml:posList>35.208273042272744 139.68780314842377 5.6 35.20832339384774 139.68774161926999 5.5 35.20827296841265 139.68774170928145 5.64 35.208273042272744 139.68780314842377 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_268">
											<gml:posList>35.20822239517269 139.6876189210626 5.6 35.20827282059892 139.68761883097545 5.6 35.20827274664531 139.68755739183376 5.59 35.20822239517269 139.6876189210626 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_269">
											<gml:posList>35.208222469095006 139.68768036017752 5.65 35.20822254298614 139.6877417992926 5.64 35.20827289452137 139.68768027012834 5.65 35.208222469095006 139.68768036017752 5.65</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_270">
											<gml:posList>35.20827289452137 139.68768027012834 5.65 35.208323246033736 139.68761874088804 5.6 35.20827282059892 139.68761883097545 5.6 35.20827289452137 139.68768027012834 5.65</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_271">
											<gml:posList>35.208323246033736 139.68761874088804 5.6 35.20827274664531 139.68755739183376 5.59 35.20827282059892 139.68761883097545 5.6 35.208323246033736 139.68761874088804 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_272">
											<gml:posList>35.208323246033736 139.68761874088804 5.6 35.20827289452137 139.68768027012834 5.65 35.20832331995633 139.6876801800789 5.51 35.208323246033736 139.68761874088804 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_273">
											<gml:posList>35.20827289452137 139.68768027012834 5.65 35.20832339384774 139.68774161926999 5.5 35.20832331995633 139.6876801800789 5.51 35.20827289452137 139.68768027012834 5.65</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_274">
											<gml:posList>35.20822254298614 139.6877417992926 5.64 35.208273042272744 139.68780314842377 5.6 35.20827296841265 139.68774170928145 5.64 35.20822254298614 139.6877417992926 5.64</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_275">
											<gml:posList>35.20822254298614 139.6877417992926 5.64 35.2082226168461 139.68780323839698 5.6 35.208273042272744 139.68780314842377 5.6 35.20822254298614 139.6877417992926 5.64</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_276">
											<gml:posList>35.20832339384774 139.68774161926999 5.5 35.20827289452137 139.68768027012834 5.65 35.20827296841265 139.68774170928145 5.64 35.20832339384774 139.68774161926999 5.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_277">
											<gml:posList>35.20827289452137 139.68768027012834 5.65 35.20822254298614 139.6877417992926 5.64 35.20827296841265 139.68774170928145 5.64 35.20827289452137 139.68768027012834 5.65</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_278">
											<gml:posList>35.20832376283717 139.68804881520683 5.47 35.208273337401394 139.68804890502835 5.34 35.20827341110561 139.68811034417178 5.35 35.20832376283717 139.68804881520683 5.47</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_279">
											<gml:posList>35.20797048967953 139.68780368825972 0.79 35.20792013806932 139.68786521711925 0.1 35.207970563507644 139.68786512718538 0.66 35.20797048967953 139.68780368825972 0.79</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_280">
											<gml:posList>35.208071709375744 139.68811070330364 1.24 35.2080212102342 139.68804935413252 0.72 35.208021283937725 139.68811079308603 0.57 35.208071709375744 139.68811070330364 1.24</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_281">
											<gml:posList>35.20807163567208 139.68804926431213 1.9 35.20812198736554 139.68798773545123 5.44 35.20807156193722 139.68798782530985 2.62 35.20807163567208 139.68804926431213 1.9</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_282">
											<gml:posList>35.20832339384774 139.68774161926999 5.5 35.208273042272744 139.68780314842377 5.6 35.20832346770797 139.68780305845033 5.52 35.20832339384774 139.68774161926999 5.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_283">
											<gml:posList>35.20832361533493 139.68792593683364 5.55 35.20827326366599 139.6879874658741 5.39 35.20832368910163 139.68798737601463 5.53 35.20832361533493 139.68792593683364 5.55</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_284">
											<gml:posList>35.20817219141002 139.68780332837 5.52 35.208121765973516 139.68780341834275 5.37 35.20817226523868 139.68786476744756 5.42 35.20817219141002 139.68780332837 5.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_285">
											<gml:posList>35.2080212102342 139.68804935413252 0.72 35.20802113649948 139.68798791516818 0.92 35.20797063730457 139.68792656611123 0.6 35.2080212102342 139.68804935413252 0.72</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_286">
											<gml:posList>35.208020915108285 139.68780359828764 1.17 35.207970563507644 139.68786512718538 0.66 35.208020988936525 139.68786503725127 1.12 35.208020915108285 139.68780359828764 1.17</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_287">
											<gml:posList>35.207970563507644 139.68786512718538 0.66 35.20802106273359 139.68792647621513 1.07 35.208020988936525 139.68786503725127 1.12 35.207970563507644 139.68786512718538 0.66</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_288">
											<gml:posList>35.20807148817121 139.68792638631876 2.51 35.20812183980203 139.68786485738235 5.07 35.208071414374 139.6878649473169 2.47 35.20807148817121 139.68792638631876 2.51</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_289">
											<gml:posList>35.20797048967953 139.68780368825972 0.79 35.20792006424135 139.68780377823157 0.4 35.20792013806932 139.68786521711925 0.1 35.20797048967953 139.68780368825972 0.79</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_290">
											<gml:posList>35.208072003878705 139.6883564593049 0.53 35.208021283937725 139.68811079308603 0.57 35.20792013806932 139.68786521711925 0.1 35.208072003878705 139.6883564593049 0.53</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_291">
											<gml:posList>35.20802113649948 139.68798791516818 0.92 35.20802106273359 139.68792647621513 1.07 35.20797063730457 139.68792656611123 0.6 35.20802113649948 139.68798791516818 0.92</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_292">
											<gml:posList>35.208020915108285 139.68780359828764 1.17 35.20797048967953 139.68780368825972 0.79 35.207970563507644 139.68786512718538 0.66 35.208020915108285 139.68780359828764 1.17</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_293">
											<gml:posList>35.20802106273359 139.68792647621513 1.07 35.208071414374 139.6878649473169 2.47 35.208020988936525 139.68786503725127 1.12 35.20802106273359 139.68792647621513 1.07</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_294">
											<gml:posList>35.208071414374 139.6878649473169 2.47 35.208020915108285 139.68780359828764 1.17 35.208020988936525 139.68786503725127 1.12 35.208071414374 139.6878649473169 2.47</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_295">
											<gml:posList>35.208273042272744 139.68780314842377 5.6 35.2082226168461 139.68780323839698 5.6 35.20822269067489 139.68786467751255 5.54 35.208273042272744 139.68780314842377 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_296">
											<gml:posList>35.2082226168461 139.68780323839698 5.6 35.20817219141002 139.68780332837 5.52 35.20817226523868 139.68786476744756 5.42 35.2082226168461 139.68780323839698 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_297">
											<gml:posList>35.20817233903616 139.6879262065254 5.33 35.20817226523868 139.68786476744756 5.42 35.20812183980203 139.68786485738235 5.07 35.20817233903616 139.6879262065254 5.33</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_298">
											<gml:posList>35.208121765973516 139.68780341834275 5.37 35.208071414374 139.6878649473169 2.47 35.20812183980203 139.68786485738235 5.07 35.208121765973516 139.68780341834275 5.37</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_299">
											<gml:posList>35.20822276447251 139.68792611662835 5.44 35.20817233903616 139.6879262065254 5.33 35.20817241280245 139.68798764559241 5.31 35.20822276447251 139.68792611662835 5.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_300">
											<gml:posList>35.208071414374 139.6878649473169 2.47 35.20802106273359 139.68792647621513 1.07 35.20807148817121 139.68792638631876 2.51 35.208071414374 139.6878649473169 2.47</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_301">
											<gml:posList>35.20807148817121 139.68792638631876 2.51 35.20802106273359 139.68792647621513 1.07 35.20802113649948 139.68798791516818 0.92 35.20807148817121 139.68792638631876 2.51</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_302">
											<gml:posList>35.207970563507644 139.68786512718538 0.66 35.20797063730457 139.68792656611123 0.6 35.20802106273359 139.68792647621513 1.07 35.207970563507644 139.68786512718538 0.66</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_303">
											<gml:posList>35.20807163567208 139.68804926431213 1.9 35.20802113649948 139.68798791516818 0.92 35.2080212102342 139.68804935413252 0.72 35.20807163567208 139.68804926431213 1.9</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_304">
											<gml:posList>35.207970563507644 139.68786512718538 0.66 35.20792013806932 139.68786521711925 0.1 35.20797063730457 139.68792656611123 0.6 35.207970563507644 139.68786512718538 0.66</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_305">
											<gml:posList>35.20812183980203 139.68786485738235 5.07 35.20807148817121 139.68792638631876 2.51 35.208121913599385 139.68792629642218 5.18 35.20812183980203 139.68786485738235 5.07</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_306">
											<gml:posList>35.208071709375744 139.68811070330364 1.24 35.208122061100525 139.6880491744915 4.52 35.20807163567208 139.68804926431213 1.9 35.208071709375744 139.68811070330364 1.24</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_307">
											<gml:posList>35.20807148817121 139.68792638631876 2.51 35.20812198736554 139.68798773545123 5.44 35.208121913599385 139.68792629642218 5.18 35.20807148817121 139.68792638631876 2.51</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_308">
											<gml:posList>35.20817233903616 139.6879262065254 5.33 35.20812183980203 139.68786485738235 5.07 35.208121913599385 139.68792629642218 5.18 35.20817233903616 139.6879262065254 5.33</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_309">
											<gml:posList>35.20817226523868 139.68786476744756 5.42 35.20817233903616 139.6879262065254 5.33 35.20822269067489 139.68786467751255 5.54 35.20817226523868 139.68786476744756 5.42</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_310">
											<gml:posList>35.208323541537034 139.68786449764187 5.55 35.208273042272744 139.68780314842377 5.6 35.20827311610167 139.6878645875773 5.54 35.208323541537034 139.68786449764187 5.55</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_311">
											<gml:posList>35.20822269067489 139.68786467751255 5.54 35.20827318989943 139.6879260267311 5.44 35.20827311610167 139.6878645875773 5.54 35.20822269067489 139.68786467751255 5.54</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_312">
											<gml:posList>35.208273042272744 139.68780314842377 5.6 35.20822269067489 139.68786467751255 5.54 35.20827311610167 139.6878645875773 5.54 35.208273042272744 139.68780314842377 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_313">
											<gml:posList>35.208273042272744 139.68780314842377 5.6 35.208323541537034 139.68786449764187 5.55 35.20832346770797 139.68780305845033 5.52 35.208273042272744 139.68780314842377 5.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_314">
											<gml:posList>35.208323541537034 139.68786449764187 5.55 35.20827311610167 139.6878645875773 5.54 35.20827318989943 139.6879260267311 5.44 35.208323541537034 139.68786449764187 5.55</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_315">
											<gml:posList>35.20822283823894 139.68798755573337 5.39 35.20827326366599 139.6879874658741 5.39 35.20822276447251 139.68792611662835 5.44 35.20822283823894 139.68798755573337 5.39</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_316">
											<gml:posList>35.20817233903616 139.6879262065254 5.33 35.20812198736554 139.68798773545123 5.44 35.20817241280245 139.68798764559241 5.31 35.20817233903616 139.6879262065254 5.33</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_317">
											<gml:posList>35.20812198736554 139.68798773545123 5.44 35.20817248653758 139.68804908467067 5.36 35.20817241280245 139.68798764559241 5.31 35.20812198736554 139.68798773545123 5.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_318">
											<gml:posList>35.20827326366599 139.6879874658741 5.39 35.20827318989943 139.6879260267311 5.44 35.20822276447251 139.68792611662835 5.44 35.20827326366599 139.6879874658741 5.39</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_319">
											<gml:posList>35.20827318989943 139.6879260267311 5.44 35.20822269067489 139.68786467751255 5.54 35.20822276447251 139.68792611662835 5.44 35.20827318989943 139.6879260267311 5.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_320">
											<gml:posList>35.20827318989943 139.6879260267311 5.44 35.20827326366599 139.6879874658741 5.39 35.20832361533493 139.68792593683364 5.55 35.20827318989943 139.6879260267311 5.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_321">
											<gml:posList>35.208323541537034 139.68786449764187 5.55 35.20827318989943 139.6879260267311 5.44 35.20832361533493 139.68792593683364 5.55 35.208323541537034 139.68786449764187 5.55</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_322">
											<gml:posList>35.20822276447251 139.68792611662835 5.44 35.20817241280245 139.68798764559241 5.31 35.20822283823894 139.68798755573337 5.39 35.20822276447251 139.68792611662835 5.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_323">
											<gml:posList>35.208071709375744 139.68811070330364 1.24 35.20812220847697 139.68817205256173 1.38 35.208122134804334 139.68811061352102 2.64 35.208071709375744 139.68811070330364 1.24</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_324">
											<gml:posList>35.20827326366599 139.6879874658741 5.39 35.20822283823894 139.68798755573337 5.39 35.2082229119742 139.6880489948496 5.34 35.20827326366599 139.6879874658741 5.39</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_325">
											<gml:posList>35.20822283823894 139.68798755573337 5.39 35.20817241280245 139.68798764559241 5.31 35.20817248653758 139.68804908467067 5.36 35.20822283823894 139.68798755573337 5.39</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_326">
											<gml:posList>35.20817248653758 139.68804908467067 5.36 35.20812198736554 139.68798773545123 5.44 35.208122061100525 139.6880491744915 4.52 35.20817248653758 139.68804908467067 5.36</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_327">
											<gml:posList>35.20807148817121 139.68792638631876 2.51 35.20802113649948 139.68798791516818 0.92 35.20807156193722 139.68798782530985 2.62 35.20807148817121 139.68792638631876 2.51</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_328">
											<gml:posList>35.20797063730457 139.68792656611123 0.6 35.208021283937725 139.68811079308603 0.57 35.2080212102342 139.68804935413252 0.72 35.20797063730457 139.68792656611123 0.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_329">
											<gml:posList>35.208071856689585 139.6882335813093 0.71 35.208021283937725 139.68811079308603 0.57 35.208071930299724 139.68829502030152 0.62 35.208071856689585 139.6882335813093 0.71</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_330">
											<gml:posList>35.20802113649948 139.68798791516818 0.92 35.20807163567208 139.68804926431213 1.9 35.20807156193722 139.68798782530985 2.62 35.20802113649948 139.68798791516818 0.92</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_331">
											<gml:posList>35.20812198736554 139.68798773545123 5.44 35.20807148817121 139.68792638631876 2.51 35.20807156193722 139.68798782530985 2.62 35.20812198736554 139.68798773545123 5.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_332">
											<gml:posList>35.208172560241515 139.68811052373817 4.88 35.20817248653758 139.68804908467067 5.36 35.208122061100525 139.6880491744915 4.52 35.208172560241515 139.68811052373817 4.88</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_333">
											<gml:posList>35.20812198736554 139.68798773545123 5.44 35.20807163567208 139.68804926431213 1.9 35.208122061100525 139.6880491744915 4.52 35.20812198736554 139.68798773545123 5.44</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_334">
											<gml:posList>35.20822283823894 139.68798755573337 5.39 35.20817248653758 139.68804908467067 5.36 35.2082229119742 139.6880489948496 5.34 35.20822283823894 139.68798755573337 5.39</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_335">
											<gml:posList>35.20817248653758 139.68804908467067 5.36 35.208172560241515 139.68811052373817 4.88 35.2082229119742 139.6880489948496 5.34 35.20817248653758 139.68804908467067 5.36</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_336">
											<gml:posList>35.20807163567208 139.68804926431213 1.9 35.2080212102342 139.68804935413252 0.72 35.208071709375744 139.68811070330364 1.24 35.20807163567208 139.68804926431213 1.9</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_337">
											<gml:posList>35.20807178304825 139.68817214230637 0.86 35.20812220847697 139.68817205256173 1.38 35.208071709375744 139.68811070330364 1.24 35.20807178304825 139.68817214230637 0.86</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_338">
											<gml:posList>35.208071709375744 139.68811070330364 1.24 35.208021283937725 139.68811079308603 0.57 35.20807178304825 139.68817214230637 0.86 35.208071709375744 139.68811070330364 1.24</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_339">
											<gml:posList>35.20792013806932 139.68786521711925 0.1 35.208021283937725 139.68811079308603 0.57 35.20797063730457 139.68792656611123 0.6 35.20792013806932 139.68786521711925 0.1</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_340">
											<gml:posList>35.20812220847697 139.68817205256173 1.38 35.20807178304825 139.68817214230637 0.86 35.20812228211844 139.68823349160266 1.21 35.20812220847697 139.68817205256173 1.38</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_341">
											<gml:posList>35.208072003878705 139.6883564593049 0.53 35.208071930299724 139.68829502030152 0.62 35.208021283937725 139.68811079308603 0.57 35.208072003878705 139.6883564593049 0.53</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_342">
											<gml:posList>35.20827326366599 139.6879874658741 5.39 35.2082229119742 139.6880489948496 5.34 35.208273337401394 139.68804890502835 5.34 35.20827326366599 139.6879874658741 5.39</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_343">
											<gml:posList>35.208122134804334 139.68811061352102 2.64 35.20812220847697 139.68817205256173 1.38 35.208172560241515 139.68811052373817 4.88 35.208122134804334 139.68811061352102 2.64</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_344">
											<gml:posList>35.208172560241515 139.68811052373817 4.88 35.208122061100525 139.6880491744915 4.52 35.208122134804334 139.68811061352102 2.64 35.208172560241515 139.68811052373817 4.88</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_345">
											<gml:posList>35.208122061100525 139.6880491744915 4.52 35.208071709375744 139.68811070330364 1.24 35.208122134804334 139.68811061352102 2.64 35.208122061100525 139.6880491744915 4.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_346">
											<gml:posList>35.20827326366599 139.6879874658741 5.39 35.208273337401394 139.68804890502835 5.34 35.20832376283717 139.68804881520683 5.47 35.20827326366599 139.6879874658741 5.39</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_347">
											<gml:posList>35.20832368910163 139.68798737601463 5.53 35.20827326366599 139.6879874658741 5.39 35.20832376283717 139.68804881520683 5.47 35.20832368910163 139.68798737601463 5.53</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_348">
											<gml:posList>35.2082229119742 139.6880489948496 5.34 35.20827341110561 139.68811034417178 5.35 35.208273337401394 139.68804890502835 5.34 35.2082229119742 139.6880489948496 5.34</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_349">
											<gml:posList>35.2081726339143 139.68817196281685 1.8 35.20822313299294 139.68823331218866 2.79 35.2082230593512 139.68817187307175 4.5 35.2081726339143 139.68817196281685 1.8</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_350">
											<gml:posList>35.2082229119742 139.6880489948496 5.34 35.208172560241515 139.68811052373817 4.88 35.20822298567828 139.68811043395507 5.35 35.2082229119742 139.6880489948496 5.34</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_351">
											<gml:posList>35.208273484778665 139.68817178332645 4.5 35.20827341110561 139.68811034417178 5.35 35.2082230593512 139.68817187307175 4.5 35.208273484778665 139.68817178332645 4.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_352">
											<gml:posList>35.208323910214716 139.68817169358093 5.36 35.20827341110561 139.68811034417178 5.35 35.208273484778665 139.68817178332645 4.5 35.208323910214716 139.68817169358093 5.36</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_353">
											<gml:posList>35.20827341110561 139.68811034417178 5.35 35.2082229119742 139.6880489948496 5.34 35.20822298567828 139.68811043395507 5.35 35.20827341110561 139.68811034417178 5.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_354">
											<gml:posList>35.20832376283717 139.68804881520683 5.47 35.20827341110561 139.68811034417178 5.35 35.208323836541524 139.68811025438828 5.43 35.20832376283717 139.68804881520683 5.47</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_355">
											<gml:posList>35.20827341110561 139.68811034417178 5.35 35.208323910214716 139.68817169358093 5.36 35.208323836541524 139.68811025438828 5.43 35.20827341110561 139.68811034417178 5.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_356">
											<gml:posList>35.20822320660349 139.68829475129482 1.93 35.20822313299294 139.68823331218866 2.79 35.2081727075559 139.6882334018958 1.6 35.20822320660349 139.68829475129482 1.93</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_357">
											<gml:posList>35.208223280182885 139.68835619041218 1.83 35.20822320660349 139.68829475129482 1.93 35.20817278116632 139.68829484096395 1.57 35.208223280182885 139.68835619041218 1.83</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_358">
											<gml:posList>35.20827355842054 139.68823322248136 2.79 35.20827363203123 139.6882946616255 1.93 35.20832398385673 139.6882331327738 5.32 35.20827355842054 139.68823322248136 2.79</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_359">
											<gml:posList>35.208223280182885 139.68835619041218 1.83 35.20817285474558 139.6883562800433 1.48 35.2082233537311 139.68841762952974 1.66 35.208223280182885 139.68835619041218 1.83</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_360">
											<gml:posList>35.20807178304825 139.68817214230637 0.86 35.208071856689585 139.6882335813093 0.71 35.20812228211844 139.68823349160266 1.21 35.20807178304825 139.68817214230637 0.86</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_361">
											<gml:posList>35.20812235572872 139.68829493063285 1.12 35.2081727075559 139.6882334018958 1.6 35.20812228211844 139.68823349160266 1.21 35.20812235572872 139.68829493063285 1.12</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_362">
											<gml:posList>35.20822298567828 139.68811043395507 5.35 35.208172560241515 139.68811052373817 4.88 35.2081726339143 139.68817196281685 1.8 35.20822298567828 139.68811043395507 5.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_363">
											<gml:posList>35.208071856689585 139.6882335813093 0.71 35.20812235572872 139.68829493063285 1.12 35.20812228211844 139.68823349160266 1.21 35.208071856689585 139.6882335813093 0.71</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_364">
											<gml:posList>35.2081726339143 139.68817196281685 1.8 35.20812220847697 139.68817205256173 1.38 35.20812228211844 139.68823349160266 1.21 35.2081726339143 139.68817196281685 1.8</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_365">
											<gml:posList>35.20817278116632 139.68829484096395 1.57 35.20812235572872 139.68829493063285 1.12 35.208122429307835 139.68835636967424 1.01 35.20817278116632 139.68829484096395 1.57</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_366">
											<gml:posList>35.20812235572872 139.68829493063285 1.12 35.208071856689585 139.6882335813093 0.71 35.208071930299724 139.68829502030152 0.62 35.20812235572872 139.68829493063285 1.12</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_367">
											<gml:posList>35.208072003878705 139.6883564593049 0.53 35.20812264985813 139.68854068678874 0.67 35.20812257637254 139.6884792477467 0.7 35.208072003878705 139.6883564593049 0.53</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_368">
											<gml:posList>35.2082230593512 139.68817187307175 4.5 35.20822313299294 139.68823331218866 2.79 35.20827355842054 139.68823322248136 2.79 35.2082230593512 139.68817187307175 4.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_369">
											<gml:posList>35.2081727075559 139.6882334018958 1.6 35.20817278116632 139.68829484096395 1.57 35.20822320660349 139.68829475129482 1.93 35.2081727075559 139.6882334018958 1.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_370">
											<gml:posList>35.20822313299294 139.68823331218866 2.79 35.2081726339143 139.68817196281685 1.8 35.2081727075559 139.6882334018958 1.6 35.20822313299294 139.68823331218866 2.79</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_371">
											<gml:posList>35.2081726339143 139.68817196281685 1.8 35.20812228211844 139.68823349160266 1.21 35.2081727075559 139.6882334018958 1.6 35.2081726339143 139.68817196281685 1.8</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_372">
											<gml:posList>35.20827363203123 139.6882946616255 1.93 35.20822320660349 139.68829475129482 1.93 35.208223280182885 139.68835619041218 1.83 35.20827363203123 139.6882946616255 1.93</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_373">
											<gml:posList>35.2081727075559 139.6882334018958 1.6 35.20812235572872 139.68829493063285 1.12 35.20817278116632 139.68829484096395 1.57 35.2081727075559 139.6882334018958 1.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_374">
											<gml:posList>35.20812235572872 139.68829493063285 1.12 35.208071930299724 139.68829502030152 0.62 35.208122429307835 139.68835636967424 1.01 35.20812235572872 139.68829493063285 1.12</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_375">
											<gml:posList>35.208122429307835 139.68835636967424 1.01 35.208071930299724 139.68829502030152 0.62 35.208072003878705 139.6883564593049 0.53 35.208122429307835 139.68835636967424 1.01</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_376">
											<gml:posList>35.208072003878705 139.6883564593049 0.53 35.208122723312535 139.68860212582004 0.62 35.20812264985813 139.68854068678874 0.67 35.208072003878705 139.6883564593049 0.53</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_377">
											<gml:posList>35.20817278116632 139.68829484096395 1.57 35.208122429307835 139.68835636967424 1.01 35.20817285474558 139.6883562800433 1.48 35.20817278116632 139.68829484096395 1.57</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_378">
											<gml:posList>35.20822342724813 139.68847906863655 1.59 35.20822350073399 139.68854050775457 1.59 35.20827385267627 139.68847897908117 1.59 35.20822342724813 139.68847906863655 1.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_379">
											<gml:posList>35.20827370561076 139.68835610078082 1.83 35.208223280182885 139.68835619041218 1.83 35.2082233537311 139.68841762952974 1.66 35.20827370561076 139.68835610078082 1.83</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_380">
											<gml:posList>35.208223280182885 139.68835619041218 1.83 35.20817278116632 139.68829484096395 1.57 35.20817285474558 139.6883562800433 1.48 35.208223280182885 139.68835619041218 1.83</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_381">
											<gml:posList>35.20822313299294 139.68823331218866 2.79 35.20822320660349 139.68829475129482 1.93 35.20827363203123 139.6882946616255 1.93 35.20822313299294 139.68823331218866 2.79</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_382">
											<gml:posList>35.20827370561076 139.68835610078082 1.83 35.20832413104722 139.6883560111492 4.17 35.20827363203123 139.6882946616255 1.93 35.20827370561076 139.68835610078082 1.83</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_383">
											<gml:posList>35.20822313299294 139.68823331218866 2.79 35.20827363203123 139.6882946616255 1.93 35.20827355842054 139.68823322248136 2.79 35.20822313299294 139.68823331218866 2.79</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_384">
											<gml:posList>35.20827341110561 139.68811034417178 5.35 35.20822298567828 139.68811043395507 5.35 35.2082230593512 139.68817187307175 4.5 35.20827341110561 139.68811034417178 5.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_385">
											<gml:posList>35.20822298567828 139.68811043395507 5.35 35.2081726339143 139.68817196281685 1.8 35.2082230593512 139.68817187307175 4.5 35.20822298567828 139.68811043395507 5.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_386">
											<gml:posList>35.2082230593512 139.68817187307175 4.5 35.20827355842054 139.68823322248136 2.79 35.208273484778665 139.68817178332645 4.5 35.2082230593512 139.68817187307175 4.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_387">
											<gml:posList>35.20827355842054 139.68823322248136 2.79 35.208323910214716 139.68817169358093 5.36 35.208273484778665 139.68817178332645 4.5 35.20827355842054 139.68823322248136 2.79</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_388">
											<gml:posList>35.208323910214716 139.68817169358093 5.36 35.20827355842054 139.68823322248136 2.79 35.20832398385673 139.6882331327738 5.32 35.208323910214716 139.68817169358093 5.36</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_389">
											<gml:posList>35.20832398385673 139.6882331327738 5.32 35.20827363203123 139.6882946616255 1.93 35.20832405746756 139.6882945719559 5.25 35.20832398385673 139.6882331327738 5.32</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_390">
											<gml:posList>35.20832405746756 139.6882945719559 5.25 35.20827363203123 139.6882946616255 1.93 35.20832413104722 139.6883560111492 4.17 35.20832405746756 139.6882945719559 5.25</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_391">
											<gml:posList>35.20827363203123 139.6882946616255 1.93 35.208223280182885 139.68835619041218 1.83 35.20827370561076 139.68835610078082 1.83 35.20827363203123 139.6882946616255 1.93</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_392">
											<gml:posList>35.20817285474558 139.6883562800433 1.48 35.208172928293656 139.6884177191229 1.34 35.2082233537311 139.68841762952974 1.66 35.20817285474558 139.6883562800433 1.48</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_393">
											<gml:posList>35.20817307529627 139.68854059727178 1.23 35.20822342724813 139.68847906863655 1.59 35.20817300181054 139.68847915819174 1.29 35.20817307529627 139.68854059727178 1.23</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_394">
											<gml:posList>35.208072003878705 139.6883564593049 0.53 35.20812257637254 139.6884792477467 0.7 35.20812250285579 139.68841780871583 0.79 35.208072003878705 139.6883564593049 0.53</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_395">
											<gml:posList>35.20822342724813 139.68847906863655 1.59 35.2082233537311 139.68841762952974 1.66 35.208172928293656 139.6884177191229 1.34 35.20822342724813 139.68847906863655 1.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_396">
											<gml:posList>35.20817285474558 139.6883562800433 1.48 35.208122429307835 139.68835636967424 1.01 35.208172928293656 139.6884177191229 1.34 35.20817285474558 139.6883562800433 1.48</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_397">
											<gml:posList>35.20822342724813 139.68847906863655 1.59 35.20817307529627 139.68854059727178 1.23 35.20822350073399 139.68854050775457 1.59 35.20822342724813 139.68847906863655 1.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_398">
											<gml:posList>35.20812257637254 139.6884792477467 0.7 35.208172928293656 139.6884177191229 1.34 35.20812250285579 139.68841780871583 0.79 35.20812257637254 139.6884792477467 0.7</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_399">
											<gml:posList>35.208172928293656 139.6884177191229 1.34 35.208122429307835 139.68835636967424 1.01 35.20812250285579 139.68841780871583 0.79 35.208172928293656 139.6884177191229 1.34</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_400">
											<gml:posList>35.2082233537311 139.68841762952974 1.66 35.20827385267627 139.68847897908117 1.59 35.208273779159114 139.68841753993638 1.66 35.2082233537311 139.68841762952974 1.66</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_401">
											<gml:posList>35.20812257637254 139.6884792477467 0.7 35.20817307529627 139.68854059727178 1.23 35.20817300181054 139.68847915819174 1.29 35.20812257637254 139.6884792477467 0.7</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_402">
											<gml:posList>35.20822342724813 139.68847906863655 1.59 35.208172928293656 139.6884177191229 1.34 35.20817300181054 139.68847915819174 1.29 35.20822342724813 139.68847906863655 1.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_403">
											<gml:posList>35.208172928293656 139.6884177191229 1.34 35.20812257637254 139.6884792477467 0.7 35.20817300181054 139.68847915819174 1.29 35.208172928293656 139.6884177191229 1.34</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_404">
											<gml:posList>35.20817307529627 139.68854059727178 1.23 35.208122723312535 139.68860212582004 0.62 35.208173148750824 139.68860203634105 1.07 35.20817307529627 139.68854059727178 1.23</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_405">
											<gml:posList>35.20812294348873 139.6887864429372 0.4 35.20817358882345 139.68897067080528 0.3 35.20817351555594 139.6889092317237 0.5 35.20812294348873 139.6887864429372 0.4</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_406">
											<gml:posList>35.20822372100453 139.688724825099 1.26 35.20827407304074 139.68866329653886 1.28 35.20822364761219 139.6886633859803 1.28 35.20822372100453 139.688724825099 1.26</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_407">
											<gml:posList>35.208122723312535 139.68860212582004 0.62 35.20817307529627 139.68854059727178 1.23 35.20812264985813 139.68854068678874 0.67 35.208122723312535 139.68860212582004 0.62</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_408">
											<gml:posList>35.20817307529627 139.68854059727178 1.23 35.20812257637254 139.6884792477467 0.7 35.20812264985813 139.68854068678874 0.67 35.20817307529627 139.68854059727178 1.23</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_409">
											<gml:posList>35.20817307529627 139.68854059727178 1.23 35.208173148750824 139.68860203634105 1.07 35.20822357418867 139.68860194686184 1.52 35.20817307529627 139.68854059727178 1.23</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_410">
											<gml:posList>35.20817307529627 139.68854059727178 1.23 35.20822357418867 139.68860194686184 1.52 35.20822350073399 139.68854050775457 1.59 35.20817307529627 139.68854059727178 1.23</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_411">
											<gml:posList>35.2082233537311 139.68841762952974 1.66 35.20822342724813 139.68847906863655 1.59 35.20827385267627 139.68847897908117 1.59 35.2082233537311 139.68841762952974 1.66</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_412">
											<gml:posList>35.20822350073399 139.68854050775457 1.59 35.20827399961709 139.6886018573824 1.52 35.20827392616228 139.68854041823718 1.59 35.20822350073399 139.68854050775457 1.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_413">
											<gml:posList>35.20832413104722 139.6883560111492 4.17 35.208273779159114 139.68841753993638 1.66 35.20832420459571 139.68841745034277 2.99 35.20832413104722 139.6883560111492 4.17</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_414">
											<gml:posList>35.20827399961709 139.6886018573824 1.52 35.20832435159915 139.68854032871954 2.15 35.20827392616228 139.68854041823718 1.59 35.20827399961709 139.6886018573824 1.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_415">
											<gml:posList>35.20832435159915 139.68854032871954 2.15 35.20832427811301 139.68847888952556 2.64 35.20827385267627 139.68847897908117 1.59 35.20832435159915 139.68854032871954 2.15</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_416">
											<gml:posList>35.20827370561076 139.68835610078082 1.83 35.2082233537311 139.68841762952974 1.66 35.208273779159114 139.68841753993638 1.66 35.20827370561076 139.68835610078082 1.83</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_417">
											<gml:posList>35.20827385267627 139.68847897908117 1.59 35.20832427811301 139.68847888952556 2.64 35.208273779159114 139.68841753993638 1.66 35.20827385267627 139.68847897908117 1.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_418">
											<gml:posList>35.20832413104722 139.6883560111492 4.17 35.20827370561076 139.68835610078082 1.83 35.208273779159114 139.68841753993638 1.66 35.20832413104722 139.6883560111492 4.17</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_419">
											<gml:posList>35.208273779159114 139.68841753993638 1.66 35.20832427811301 139.68847888952556 2.64 35.20832420459571 139.68841745034277 2.99 35.208273779159114 139.68841753993638 1.66</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_420">
											<gml:posList>35.20822350073399 139.68854050775457 1.59 35.20822357418867 139.68860194686184 1.52 35.20827399961709 139.6886018573824 1.52 35.20822350073399 139.68854050775457 1.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_421">
											<gml:posList>35.2083244250541 139.68860176790278 1.84 35.20832435159915 139.68854032871954 2.15 35.20827399961709 139.6886018573824 1.52 35.2083244250541 139.68860176790278 1.84</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_422">
											<gml:posList>35.20832435159915 139.68854032871954 2.15 35.20827385267627 139.68847897908117 1.59 35.20827392616228 139.68854041823718 1.59 35.20832435159915 139.68854032871954 2.15</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_423">
											<gml:posList>35.20827385267627 139.68847897908117 1.59 35.20822350073399 139.68854050775457 1.59 35.20827392616228 139.68854041823718 1.59 35.20827385267627 139.68847897908117 1.59</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_424">
											<gml:posList>35.20832449847789 139.6886632070972 1.9 35.20827399961709 139.6886018573824 1.52 35.20827407304074 139.68866329653886 1.28 35.20832449847789 139.6886632070972 1.9</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_425">
											<gml:posList>35.208224087498586 139.68903202067378 0.5 35.20827443969136 139.68897049230247 0.73 35.20822401426212 139.68897058155397 0.73 35.208224087498586 139.68903202067378 0.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_426">
											<gml:posList>35.20827399961709 139.6886018573824 1.52 35.20832449847789 139.6886632070972 1.9 35.2083244250541 139.68860176790278 1.84 35.20827399961709 139.6886018573824 1.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_427">
											<gml:posList>35.2081732221742 139.68866347542152 0.95 35.20822364761219 139.6886633859803 1.28 35.20822357418867 139.68860194686184 1.52 35.2081732221742 139.68866347542152 0.95</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_428">
											<gml:posList>35.20812287012785 139.68872500390523 0.5 35.20812294348873 139.6887864429372 0.4 35.208173295566404 139.68872491450222 0.88 35.20812287012785 139.68872500390523 0.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_429">
											<gml:posList>35.208072003878705 139.6883564593049 0.53 35.20812294348873 139.6887864429372 0.4 35.20812287012785 139.68872500390523 0.5 35.208072003878705 139.6883564593049 0.53</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_430">
											<gml:posList>35.208173148750824 139.68860203634105 1.07 35.208122723312535 139.68860212582004 0.62 35.2081732221742 139.68866347542152 0.95 35.208173148750824 139.68860203634105 1.07</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_431">
											<gml:posList>35.20812279673578 139.6886635648625 0.7 35.20812287012785 139.68872500390523 0.5 35.2081732221742 139.68866347542152 0.95 35.20812279673578 139.6886635648625 0.7</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_432">
											<gml:posList>35.20822379436568 139.68878626420693 1.14 35.20822372100453 139.688724825099 1.26 35.208173295566404 139.68872491450222 0.88 35.20822379436568 139.68878626420693 1.14</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_433">
											<gml:posList>35.20822357418867 139.68860194686184 1.52 35.208173148750824 139.68860203634105 1.07 35.2081732221742 139.68866347542152 0.95 35.20822357418867 139.68860194686184 1.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_434">
											<gml:posList>35.208072003878705 139.6883564593049 0.53 35.20812287012785 139.68872500390523 0.5 35.20812279673578 139.6886635648625 0.7 35.208072003878705 139.6883564593049 0.53</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_435">
											<gml:posList>35.2081732221742 139.68866347542152 0.95 35.208122723312535 139.68860212582004 0.62 35.20812279673578 139.6886635648625 0.7 35.2081732221742 139.68866347542152 0.95</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_436">
											<gml:posList>35.20827399961709 139.6886018573824 1.52 35.20822357418867 139.68860194686184 1.52 35.20822364761219 139.6886633859803 1.28 35.20827399961709 139.6886018573824 1.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_437">
											<gml:posList>35.2081732221742 139.68866347542152 0.95 35.20822372100453 139.688724825099 1.26 35.20822364761219 139.6886633859803 1.28 35.2081732221742 139.68866347542152 0.95</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_438">
											<gml:posList>35.20827407304074 139.68866329653886 1.28 35.208274146433226 139.68872473569553 1.26 35.208324571870506 139.68872464629186 1.84 35.20827407304074 139.68866329653886 1.28</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_439">
											<gml:posList>35.20827429312464 139.68884761399855 1.01 35.20822386769567 139.68884770332605 1.01 35.20822394099448 139.6889091424344 0.91 35.20827429312464 139.68884761399855 1.01</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_440">
											<gml:posList>35.20827399961709 139.6886018573824 1.52 35.20822364761219 139.6886633859803 1.28 35.20827407304074 139.68866329653886 1.28 35.20827399961709 139.6886018573824 1.52</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_441">
											<gml:posList>35.208324571870506 139.68872464629186 1.84 35.20832449847789 139.6886632070972 1.9 35.20827407304074 139.68866329653886 1.28 35.208324571870506 139.68872464629186 1.84</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_442">
											<gml:posList>35.20827407304074 139.68866329653886 1.28 35.20822372100453 139.688724825099 1.26 35.208274146433226 139.68872473569553 1.26 35.20827407304074 139.68866329653886 1.28</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_443">
											<gml:posList>35.208324571870506 139.68872464629186 1.84 35.208274146433226 139.68872473569553 1.26 35.20832464523193 139.68878608547575 1.78 35.208324571870506 139.68872464629186 1.84</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_444">
											<gml:posList>35.208173295566404 139.68872491450222 0.88 35.20812294348873 139.6887864429372 0.4 35.208173368927426 139.68878635357217 0.68 35.208173295566404 139.68872491450222 0.88</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_445">
											<gml:posList>35.20822372100453 139.688724825099 1.26 35.2081732221742 139.68866347542152 0.95 35.208173295566404 139.68872491450222 0.88 35.20822372100453 139.688724825099 1.26</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_446">
											<gml:posList>35.2081732221742 139.68866347542152 0.95 35.20812287012785 139.68872500390523 0.5 35.208173295566404 139.68872491450222 0.88 35.2081732221742 139.68866347542152 0.95</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_447">
											<gml:posList>35.208274146433226 139.68872473569553 1.26 35.20822379436568 139.68878626420693 1.14 35.20827421979451 139.68878617484145 1.14 35.208274146433226 139.68872473569553 1.26</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_448">
											<gml:posList>35.20832471856219 139.68884752467085 1.58 35.20832464523193 139.68878608547575 1.78 35.20827429312464 139.68884761399855 1.01 35.20832471856219 139.68884752467085 1.58</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_449">
											<gml:posList>35.20832464523193 139.68878608547575 1.78 35.208274146433226 139.68872473569553 1.26 35.20827421979451 139.68878617484145 1.14 35.20832464523193 139.68878608547575 1.78</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_450">
											<gml:posList>35.20812294348873 139.6887864429372 0.4 35.20817351555594 139.6889092317237 0.5 35.20817344225728 139.68884779265332 0.6 35.20812294348873 139.6887864429372 0.4</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_451">
											<gml:posList>35.20822379436568 139.68878626420693 1.14 35.20817344225728 139.68884779265332 0.6 35.20822386769567 139.68884770332605 1.01 35.20822379436568 139.68878626420693 1.14</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_452">
											<gml:posList>35.20832464523193 139.68878608547575 1.78 35.20827421979451 139.68878617484145 1.14 35.20827429312464 139.68884761399855 1.01 35.20832464523193 139.68878608547575 1.78</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_453">
											<gml:posList>35.20827421979451 139.68878617484145 1.14 35.20822379436568 139.68878626420693 1.14 35.20822386769567 139.68884770332605 1.01 35.20827421979451 139.68878617484145 1.14</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_454">
											<gml:posList>35.20817351555594 139.6889092317237 0.5 35.20822386769567 139.68884770332605 1.01 35.20817344225728 139.68884779265332 0.6 35.20817351555594 139.6889092317237 0.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_455">
											<gml:posList>35.208173368927426 139.68878635357217 0.68 35.20812294348873 139.6887864429372 0.4 35.20817344225728 139.68884779265332 0.6 35.208173368927426 139.68878635357217 0.68</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_456">
											<gml:posList>35.20817344225728 139.68884779265332 0.6 35.20822379436568 139.68878626420693 1.14 35.208173368927426 139.68878635357217 0.68 35.20817344225728 139.68884779265332 0.6</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_457">
											<gml:posList>35.20822379436568 139.68878626420693 1.14 35.208173295566404 139.68872491450222 0.88 35.208173368927426 139.68878635357217 0.68 35.20822379436568 139.68878626420693 1.14</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_458">
											<gml:posList>35.20827421979451 139.68878617484145 1.14 35.20822386769567 139.68884770332605 1.01 35.20827429312464 139.68884761399855 1.01 35.20827421979451 139.68878617484145 1.14</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_459">
											<gml:posList>35.208324791861266 139.68890896385517 1.35 35.20827429312464 139.68884761399855 1.01 35.20827436642358 139.6889090531449 0.91 35.208324791861266 139.68890896385517 1.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_460">
											<gml:posList>35.20827429312464 139.68884761399855 1.01 35.208324791861266 139.68890896385517 1.35 35.20832471856219 139.68884752467085 1.58 35.20827429312464 139.68884761399855 1.01</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_461">
											<gml:posList>35.20822386769567 139.68884770332605 1.01 35.20817351555594 139.6889092317237 0.5 35.20822394099448 139.6889091424344 0.91 35.20822386769567 139.68884770332605 1.01</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_462">
											<gml:posList>35.20822401426212 139.68897058155397 0.73 35.20817351555594 139.6889092317237 0.5 35.20817358882345 139.68897067080528 0.3 35.20822401426212 139.68897058155397 0.73</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_463">
											<gml:posList>35.20817351555594 139.6889092317237 0.5 35.20822401426212 139.68897058155397 0.73 35.20822394099448 139.6889091424344 0.91 35.20817351555594 139.6889092317237 0.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_464">
											<gml:posList>35.208324791861266 139.68890896385517 1.35 35.20827436642358 139.6889090531449 0.91 35.20827443969136 139.68897049230247 0.73 35.208324791861266 139.68890896385517 1.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_465">
											<gml:posList>35.20822394099448 139.6889091424344 0.91 35.20822401426212 139.68897058155397 0.73 35.20827443969136 139.68897049230247 0.73 35.20822394099448 139.6889091424344 0.91</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_466">
											<gml:posList>35.20827429312464 139.68884761399855 1.01 35.20822394099448 139.6889091424344 0.91 35.20827436642358 139.6889090531449 0.91 35.20827429312464 139.68884761399855 1.01</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_467">
											<gml:posList>35.20822394099448 139.6889091424344 0.91 35.20827443969136 139.68897049230247 0.73 35.20827436642358 139.6889090531449 0.91 35.20822394099448 139.6889091424344 0.91</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_468">
											<gml:posList>35.208324791861266 139.68890896385517 1.35 35.20827443969136 139.68897049230247 0.73 35.20832486512918 139.68897040305072 1.11 35.208324791861266 139.68890896385517 1.35</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_469">
											<gml:posList>35.20827443969136 139.68897049230247 0.73 35.208224087498586 139.68903202067378 0.5 35.20827451292796 139.68903193146025 0.5 35.20827443969136 139.68897049230247 0.73</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_470">
											<gml:posList>35.208325011571475 139.6890932814315 0.79 35.20832493836593 139.6890318422465 0.96 35.20827451292796 139.68903193146025 0.5 35.208325011571475 139.6890932814315 0.79</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_471">
											<gml:posList>35.20822401426212 139.68897058155397 0.73 35.20817358882345 139.68897067080528 0.3 35.208224087498586 139.68903202067378 0.5 35.20822401426212 139.68897058155397 0.73</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_472">
											<gml:posList>35.208224160703864 139.6890934597828 0.3 35.20827451292796 139.68903193146025 0.5 35.208224087498586 139.68903202067378 0.5 35.208224160703864 139.6890934597828 0.3</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_473">
											<gml:posList>35.20832486512918 139.68897040305072 1.11 35.20827443969136 139.68897049230247 0.73 35.20827451292796 139.68903193146025 0.5 35.20832486512918 139.68897040305072 1.11</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_474">
											<gml:posList>35.20832486512918 139.68897040305072 1.11 35.20827451292796 139.68903193146025 0.5 35.20832493836593 139.6890318422465 0.96 35.20832486512918 139.68897040305072 1.11</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_475">
											<gml:posList>35.20827451292796 139.68903193146025 0.5 35.20827458613337 139.68909337060728 0.3 35.208325011571475 139.6890932814315 0.79 35.20827451292796 139.68903193146025 0.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_476">
											<gml:posList>35.208224087498586 139.68903202067378 0.5 35.20817358882345 139.68897067080528 0.3 35.208224160703864 139.6890934597828 0.3 35.208224087498586 139.68903202067378 0.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_477">
											<gml:posList>35.20827451292796 139.68903193146025 0.5 35.208224160703864 139.6890934597828 0.3 35.20827458613337 139.68909337060728 0.3 35.20827451292796 139.68903193146025 0.5</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_478">
											<gml:posList>35.20827458613337 139.68909337060728 0.3 35.20832515788907 139.6892161598241 0.39 35.20832508474586 139.6891547206277 0.59 35.20827458613337 139.68909337060728 0.3</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_479">
											<gml:posList>35.20827458613337 139.68909337060728 0.3 35.208224160703864 139.6890934597828 0.3 35.20832515788907 139.6892161598241 0.39 35.20827458613337 139.68909337060728 0.3</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
								<gml:Triangle>
									<gml:exterior>
										<gml:LinearRing gml:id="ID_46c756bb-22f2-4f9b-b1d6-0b5e9eb83540_480">
											<gml:posList>35.208325011571475 139.6890932814315 0.79 35.20827458613337 139.68909337060728 0.3 35.20832508474586 139.6891547206277 0.59 35.208325011571475 139.6890932814315 0.79</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Triangle>
							</gml:trianglePatches>
						</gml:TriangulatedSurface>
					</dem:tin>
				</dem:TINRelief>
			</dem:reliefComponent>
		</dem:ReliefFeature>
	</core:cityObjectMember>
</core:CityModel>
