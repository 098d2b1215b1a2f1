<?xml version="1.0" encoding="UTF-8"?>
<core:CityModel xmlns:brid="http://www.opengis.net/citygml/bridge/2.0" xmlns:tran="http://www.opengis.net/citygml/transportation/2.0" xmlns:frn="http://www.opengis.net/citygml/cityfurniture/2.0" xmlns:wtr="http://www.opengis.net/citygml/waterbody/2.0" xmlns:sch="http://www.ascc.net/xml/schematron" xmlns:veg="http://www.opengis.net/citygml/vegetation/2.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:tun="http://www.opengis.net/citygml/tunnel/2.0" xmlns:tex="http://www.opengis.net/citygml/texturedsurface/2.0" xmlns:gml="http://www.opengis.net/gml" xmlns:app="http://www.opengis.net/citygml/appearance/2.0" xmlns:gen="http://www.opengis.net/citygml/generics/2.0" xmlns:dem="http://www.opengis.net/citygml/relief/2.0" xmlns:luse="http://www.opengis.net/citygml/landuse/2.0" xmlns:uro="https://www.geospatial.jp/iur/uro/3.0" xmlns:xAL="urn:oasis:names:tc:ciq:xsdschema:xAL:2.0" xmlns:bldg="http://www.opengis.net/citygml/building/2.0" xmlns:smil20="http://www.w3.org/2001/SMIL20/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:smil20lang="http://www.w3.org/2001/SMIL20/Language" xmlns:pbase="http://www.opengis.net/citygml/profiles/base/2.0" xmlns:core="http://www.opengis.net/citygml/2.0" xmlns:grp="http://www.opengis.net/citygml/cityobjectgroup/2.0" xsi:schemaLocation="https://www.geospatial.jp/iur/uro/3.0 ../../schemas/iur/uro/3.0/urbanObject.xsd 
http://www.opengis.net/citygml/2.0 http://schemas.opengis.net/citygml/2.0/cityGMLBase.xsd
http://www.opengis.net/citygml/landuse/2.0 http://schemas.opengis.net/citygml/landuse/2.0/landUse.xsd 
http://www.opengis.net/citygml/building/2.0 http://schemas.opengis.net/citygml/building/2.0/building.xsd 
http://www.opengis.net/citygml/transportation/2.0 http://schemas.opengis.net/citygml/transportation/2.0/transportation.xsd 
http://www.opengis.net/citygml/generics/2.0 http://schemas.opengis.net/citygml/generics/2.0/generics.xsd 
http://www.opengis.net/citygml/relief/2.0 http://schemas.opengis.net/citygml/relief/2.0/relief.xsd 
http://www.opengis.net/citygml/cityobjectgroup/2.0 http://schemas.opengis.net/citygml/cityobjectgroup/2.0/cityObjectGroup.xsd 
http://www.opengis.net/gml http://schemas.opengis.net/gml/3.1.1/base/gml.xsd
http://www.opengis.net/citygml/appearance/2.0 http://schemas.opengis.net/citygml/appearance/2.0/appearance.xsd ">
	<gml:boundedBy>
		<gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/6697" srsDimension="3">
			<gml:lowerCorner>35.07773524621479 138.8571695895157 6.820000171661377</gml:lowerCorner>
			<gml:upperCorner>35.0778418096471 138.85728603641235 7.940000057220459</gml:upperCorner>
		</gml:Envelope>
	</gml:boundedBy>
	<core:cityObjectMember>
		<uro:OtherConstruction gml:id="cons_ccd5fba3-34b5-41d6-8635-b0f512d6e42e">
		    <uro:conditionOfConstruction>functional</uro:conditionOfConstruction>
			<uro:consBaseAttribute>
				<uro:ConstructionBaseAttribute>
					<uro:adminType codeSpace="../../codelists/ConstructionBaseAttribute_adminType.xml">2</uro:adminType>
					<uro:administorator>静岡県</uro:administorator>
				</uro:ConstructionBaseAttribute>
			</uro:consBaseAttribute>
			<uro:consDmAttribute>
				<uro:DmGeometricAttribute>
					<uro:dmCode codeSpace="../../codelists/Common_dmCode.xml">3401</uro:dmCode>
				</uro:DmGeometricAttribute>
			</uro:consDmAttribute>
			<uro:consDataQualityAttribute>
				<uro:ConstructionDataQualityAttribute>
					<uro:geometrySrcDesc codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">6</uro:geometrySrcDesc>
				</uro:ConstructionDataQualityAttribute>
			</uro:consDataQualityAttribute>
			<uro:lod0Geometry>
				<gml:MultiSurface>
					<gml:surfaceMember>
						<gml:Polygon gml:id="poly-693bbb85-ccff-43b8-bbc7-8eea382f9c13">
							<gml:exterior>
								<gml:LinearRing>
									<gml:posList>35.07778643291837 138.85723371523434 6.820000171661377 35.077839915101116 138.85717616404412 6.820000171661377 35.07783514547864 138.8571695895157 6.820000171661377 35.07778088603363 138.85722801543432 6.820000171661377 35.07778565571608 138.85723456854456 6.820000171661377 35.07774545580827 138.85727780646343 6.820000171661377 35.077740686191206 138.8572712319368 6.820000171661377 35.07773524621479 138.85727705518184 6.820000171661377 35.07774008631999 138.85728360859827 6.820000171661377 35.07774467854256 138.85727868118994 6.820000171661377 35.0777464319204 138.85728115183844 6.820000171661377 35.07778825678555 138.85723616477293 6.820000171661377 35.07778643291837 138.85723371523434 6.820000171661377</gml:posList>
								</gml:LinearRing>
							</gml:exterior>
						</gml:Polygon>
					</gml:surfaceMember>
				</gml:MultiSurface>
			</uro:lod0Geometry>
			<uro:lod1Geometry>
				<gml:Solid>
					<gml:exterior>
						<gml:CompositeSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2a653c1a-1013-460d-87db-628dd6543b3c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774183982391 138.85728603641235 7.820000171661377 35.0778418096471 138.8571785282212 7.820000171661377 35.07783514547864 138.8571695895157 7.820000171661377 35.07773524621479 138.85727705518184 7.820000171661377 35.07774183982391 138.85728603641235 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-37bce5fe-a729-4102-b168-b4a550b5a399">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783514547864 138.8571695895157 6.820000171661377 35.07783514547864 138.8571695895157 7.820000171661377 35.0778418096471 138.8571785282212 7.820000171661377 35.0778418096471 138.8571785282212 6.820000171661377 35.07783514547864 138.8571695895157 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-69ee2d37-f8bb-4b62-9022-434f0e18fe98">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0778418096471 138.8571785282212 6.820000171661377 35.0778418096471 138.8571785282212 7.820000171661377 35.07774183982391 138.85728603641235 7.820000171661377 35.07774183982391 138.85728603641235 6.820000171661377 35.0778418096471 138.8571785282212 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f1519452-630a-4202-8cf9-dc1d05f960ad">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774183982391 138.85728603641235 6.820000171661377 35.07774183982391 138.85728603641235 7.820000171661377 35.07773524621479 138.85727705518184 7.820000171661377 35.07773524621479 138.85727705518184 6.820000171661377 35.07774183982391 138.85728603641235 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-dca21b47-4719-4c5a-b0ac-231c13f0536f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773524621479 138.85727705518184 6.820000171661377 35.07773524621479 138.85727705518184 7.820000171661377 35.07783514547864 138.8571695895157 7.820000171661377 35.07783514547864 138.8571695895157 6.820000171661377 35.07773524621479 138.85727705518184 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0728f16e-5f5f-40b2-b122-4e5e4307987e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773524621479 138.85727705518184 6.820000171661377 35.07783514547864 138.8571695895157 6.820000171661377 35.0778418096471 138.8571785282212 6.820000171661377 35.07774183982391 138.85728603641235 6.820000171661377 35.07773524621479 138.85727705518184 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:CompositeSurface>
					</gml:exterior>
				</gml:Solid>
			</uro:lod1Geometry>
			<uro:lod2Geometry>
				<gml:Solid>
					<gml:exterior>
						<gml:CompositeSurface>
							<gml:surfaceMember xlink:href="#poly-0e0e83a6-d7b8-4457-a4d2-9c27afb7eb16"/>
							<gml:surfaceMember xlink:href="#poly-396e66c4-bedf-4c3b-a1c5-75944eed3135"/>
							<gml:surfaceMember xlink:href="#poly-ff466faf-173c-4478-8920-dca60a7e300d"/>
							<gml:surfaceMember xlink:href="#poly-e4b42739-80c3-4266-9e10-a55cba8c9470"/>
							<gml:surfaceMember xlink:href="#poly-631a7aa0-691c-46c2-af46-8548dda844f8"/>
							<gml:surfaceMember xlink:href="#poly-7091a982-584a-4881-ac4f-076d0929498f"/>
							<gml:surfaceMember xlink:href="#poly-e3490737-89ea-4674-8404-623d75e61adb"/>
							<gml:surfaceMember xlink:href="#poly-5c5eed8e-3a73-4d7d-b28c-d29bbca2e9c8"/>
							<gml:surfaceMember xlink:href="#poly-4f3381eb-7a12-48e4-a171-761903514c30"/>
							<gml:surfaceMember xlink:href="#poly-c41fc84f-5f59-4d17-9b57-9ca357282f2b"/>
							<gml:surfaceMember xlink:href="#poly-e7667a05-4b8d-4cc0-8212-ee6d5032f74c"/>
							<gml:surfaceMember xlink:href="#poly-c7e4c377-e61f-4328-8673-bd9389941014"/>
							<gml:surfaceMember xlink:href="#poly-8496f18b-4e0e-46ff-be77-1ed85a20c14b"/>
							<gml:surfaceMember xlink:href="#poly-36ea3f10-f426-4b4f-9d18-059a980ecb2f"/>
							<gml:surfaceMember xlink:href="#poly-d34326bb-a172-475e-8849-627acb0e2d52"/>
							<gml:surfaceMember xlink:href="#poly-6ee4c51c-68c6-4b0c-ba5f-334b4230ff10"/>
							<gml:surfaceMember xlink:href="#poly-4714e24c-1569-459b-83b3-407c66c2b17f"/>
							<gml:surfaceMember xlink:href="#poly-ace4ce10-d9b7-4393-94c3-b84cf97e4eef"/>
						</gml:CompositeSurface>
					</gml:exterior>
				</gml:Solid>
			</uro:lod2Geometry>
			<uro:lod3Geometry>
				<gml:Solid>
					<gml:exterior>
						<gml:CompositeSurface>
							<gml:surfaceMember xlink:href="#poly-87bec5fd-6e2c-4a60-b28c-058ee828561f"/>
							<gml:surfaceMember xlink:href="#poly-b98cd2e9-38fb-4c09-b218-3c05c1b054b0"/>
							<gml:surfaceMember xlink:href="#poly-3c194879-0e79-4f0c-a3a5-3b1d43c7a933"/>
							<gml:surfaceMember xlink:href="#poly-deb6b0e7-308f-44bc-af52-28e10ecb8f47"/>
							<gml:surfaceMember xlink:href="#poly-02baf834-cbeb-4ab2-95f3-fe5de59386aa"/>
							<gml:surfaceMember xlink:href="#poly-1ce22367-fbaa-478e-b168-2cfe95c90b42"/>
							<gml:surfaceMember xlink:href="#poly-762033d9-97b5-4c2d-b99f-92432bb93a1c"/>
							<gml:surfaceMember xlink:href="#poly-d692c0d3-a94b-473c-8217-ecf814f2b13a"/>
							<gml:surfaceMember xlink:href="#poly-9ccd6072-96c3-4c43-8a58-88453869d79a"/>
							<gml:surfaceMember xlink:href="#poly-c238bde3-2b8c-4c1c-af7e-989e3641890f"/>
							<gml:surfaceMember xlink:href="#poly-a5e9e07a-8259-419d-ac21-018279c848b5"/>
							<gml:surfaceMember xlink:href="#poly-2a6a5f26-3052-4807-a1f4-5d991df578d2"/>
							<gml:surfaceMember xlink:href="#poly-f4418dc4-13b2-4a2d-a9a0-2a8f565b86d8"/>
							<gml:surfaceMember xlink:href="#poly-af9dd6d0-2084-427c-a73c-ba58ffd11abe"/>
							<gml:surfaceMember xlink:href="#poly-465eb95f-66cd-474f-aa5f-ed383e66a950"/>
							<gml:surfaceMember xlink:href="#poly-15b4ff03-8ac2-4bbe-916b-4bcb06473578"/>
							<gml:surfaceMember xlink:href="#poly-d6ed5fed-a85b-4e95-8140-434f51acdd37"/>
							<gml:surfaceMember xlink:href="#poly-907157c7-17d6-4cee-984e-0e7866501829"/>
							<gml:surfaceMember xlink:href="#poly-0549a35b-671b-49a9-a74e-4ec67ed683b9"/>
							<gml:surfaceMember xlink:href="#poly-2a1310d3-5b9c-409a-bcb4-cf3fe816f9dd"/>
							<gml:surfaceMember xlink:href="#poly-b0fd8ac9-b934-45c8-8924-5eebd643a037"/>
							<gml:surfaceMember xlink:href="#poly-9a5d05a4-2c1a-4955-8318-4b356a056147"/>
							<gml:surfaceMember xlink:href="#poly-d16cbf28-c0f7-4e74-9001-b1588e70e56c"/>
							<gml:surfaceMember xlink:href="#poly-99013107-a4e1-4982-879b-b66e00477849"/>
							<gml:surfaceMember xlink:href="#poly-77c795ab-f15d-44b8-9e91-5dc9335d59c8"/>
							<gml:surfaceMember xlink:href="#poly-1363ff59-f927-437e-971f-bc7d68b63d52"/>
							<gml:surfaceMember xlink:href="#poly-f896ebd6-d332-43e6-aa86-669bf2a65ecb"/>
							<gml:surfaceMember xlink:href="#poly-1dab3e25-caec-41ab-8f93-6a825a15c2a6"/>
							<gml:surfaceMember xlink:href="#poly-a8e27a88-0748-407b-9624-9b2dcc94e915"/>
							<gml:surfaceMember xlink:href="#poly-42f8b398-8a9a-42ed-85ca-8e5a6abbbf37"/>
							<gml:surfaceMember xlink:href="#poly-e92bc36d-d374-431e-b533-ab5785b298e4"/>
							<gml:surfaceMember xlink:href="#poly-f2c35f4c-f172-4f08-9e96-f852f2a37204"/>
							<gml:surfaceMember xlink:href="#poly-ca38c227-8473-45dd-bdcd-434da5b83db8"/>
							<gml:surfaceMember xlink:href="#poly-a238dd38-517a-4b51-a7b7-1a402402f78b"/>
							<gml:surfaceMember xlink:href="#poly-f5aef9de-7c84-4696-a614-cd614b16c2f2"/>
							<gml:surfaceMember xlink:href="#poly-7a3ff660-2c84-4fe3-a14c-6d743b03fb52"/>
							<gml:surfaceMember xlink:href="#poly-794f6e8f-d2e9-49c0-a4c2-08b1037d3f7e"/>
							<gml:surfaceMember xlink:href="#poly-7630de6b-9d68-496a-8f41-ad4bbc15eb11"/>
							<gml:surfaceMember xlink:href="#poly-e5aed8d1-0753-404a-919d-278b58defcbd"/>
							<gml:surfaceMember xlink:href="#poly-da795cdc-1d7a-4f7d-9f6c-cd826f7ef5d1"/>
							<gml:surfaceMember xlink:href="#poly-561de876-e9b0-43dd-b1dc-427c66a7a1d2"/>
							<gml:surfaceMember xlink:href="#poly-38a5d3ee-f3c5-4199-b621-ddf2da06a7b4"/>
							<gml:surfaceMember xlink:href="#poly-e25920ed-5fea-40a5-a119-0c9a54956c27"/>
							<gml:surfaceMember xlink:href="#poly-bb85fefc-517a-46ab-9aee-8031c1ef5203"/>
							<gml:surfaceMember xlink:href="#poly-7b366c41-7840-4fcd-afee-e04d703a463b"/>
							<gml:surfaceMember xlink:href="#poly-9308ba0c-b90b-47de-b696-a09f1aa96840"/>
							<gml:surfaceMember xlink:href="#poly-f713dd09-abab-4f12-a2a3-9fc6a20536a4"/>
							<gml:surfaceMember xlink:href="#poly-19a2e823-d3bb-4c50-8d7b-610301244c56"/>
							<gml:surfaceMember xlink:href="#poly-305eefa3-f70e-4f2f-b09a-188beaf00d81"/>
							<gml:surfaceMember xlink:href="#poly-84a24946-44c8-4fbf-977f-4701476b45ee"/>
							<gml:surfaceMember xlink:href="#poly-5214c09c-60ed-4274-87dd-528f933ac5cb"/>
							<gml:surfaceMember xlink:href="#poly-5095174b-1d76-4eac-a5d1-813d7096541e"/>
							<gml:surfaceMember xlink:href="#poly-7edd822d-f136-4fec-9907-5ee0b1fe2400"/>
							<gml:surfaceMember xlink:href="#poly-d6873ce2-b0e5-4d6c-9f5a-62f21a4d230c"/>
							<gml:surfaceMember xlink:href="#poly-95fac8ef-7afe-4ff2-a3ac-c843e6bba474"/>
							<gml:surfaceMember xlink:href="#poly-e8f0bc71-1709-4b45-a4ae-c2186a106112"/>
							<gml:surfaceMember xlink:href="#poly-de9fc365-4b7e-4709-8259-d3227aa32adb"/>
							<gml:surfaceMember xlink:href="#poly-343a9018-aa39-4c94-b113-835d25455ae0"/>
							<gml:surfaceMember xlink:href="#poly-7a511dfd-13cc-4d20-9fb3-ec2befc50d73"/>
							<gml:surfaceMember xlink:href="#poly-08b7e8ff-0da7-4108-8a79-c332f8be88c9"/>
							<gml:surfaceMember xlink:href="#poly-affbb045-9d3e-49db-9ca8-1ccd7528a04f"/>
							<gml:surfaceMember xlink:href="#poly-24600ad4-d59a-41f8-b65e-40627f2baa04"/>
							<gml:surfaceMember xlink:href="#poly-da112d04-4c49-431e-9538-ae291914a1da"/>
							<gml:surfaceMember xlink:href="#poly-01dda05a-3b78-4a40-aa8e-ed3baf45a480"/>
							<gml:surfaceMember xlink:href="#poly-d0318fe0-f609-46d9-a5ed-e95bf2d15938"/>
							<gml:surfaceMember xlink:href="#poly-6715ef31-582c-47d5-8d54-0791f1641237"/>
							<gml:surfaceMember xlink:href="#poly-405f6cc1-bb1b-45cb-b480-d1d7804ccee8"/>
							<gml:surfaceMember xlink:href="#poly-7aa5164c-a9a3-4e0e-8be9-193565518a1e"/>
							<gml:surfaceMember xlink:href="#poly-27707872-84d2-4591-b4a2-9ac135ca7a2e"/>
							<gml:surfaceMember xlink:href="#poly-e2fa9b4e-e338-4208-8b1f-54b79f81f695"/>
							<gml:surfaceMember xlink:href="#poly-f974a7b0-7fc2-472d-a902-c28f967374e6"/>
							<gml:surfaceMember xlink:href="#poly-24c09b13-f5ef-48dc-8620-508f89fd64aa"/>
							<gml:surfaceMember xlink:href="#poly-eef466a9-cf4e-40cf-8098-4e50dd9b5fa6"/>
							<gml:surfaceMember xlink:href="#poly-d7d3d2dc-e10f-43ec-a2d3-d0ced4e88bde"/>
							<gml:surfaceMember xlink:href="#poly-a22d6fd1-af80-450a-95d1-c0ea15e1707e"/>
							<gml:surfaceMember xlink:href="#poly-38f40388-5077-4905-850d-7fe6a0aba654"/>
							<gml:surfaceMember xlink:href="#poly-026d1436-8e15-4b6b-928d-d97d0ba65242"/>
							<gml:surfaceMember xlink:href="#poly-b7c3d7bf-183d-45ca-a7bf-e297296c1d36"/>
							<gml:surfaceMember xlink:href="#poly-68c37be0-0a2e-4e80-a5b4-af3fd3988e43"/>
							<gml:surfaceMember xlink:href="#poly-8295e970-bf02-4c74-96c7-e75453cefe21"/>
							<gml:surfaceMember xlink:href="#poly-bcecd6d0-17cd-48a1-9ad2-83c2cd40dd48"/>
							<gml:surfaceMember xlink:href="#poly-240153f0-80b1-43f3-affb-b5b5e75675c4"/>
							<gml:surfaceMember xlink:href="#poly-16d268ef-aa48-4daf-b15b-6458d2961eb1"/>
							<gml:surfaceMember xlink:href="#poly-b496b469-6f2d-4ec2-9a6c-73d7291b5323"/>
							<gml:surfaceMember xlink:href="#poly-398c2fd0-ad5e-4a75-af94-75511e8aa109"/>
							<gml:surfaceMember xlink:href="#poly-fdcb6c22-93b2-48b4-b7a1-38c4c13ac478"/>
							<gml:surfaceMember xlink:href="#poly-3441a380-fec6-4c22-a2c9-4d03a88becad"/>
							<gml:surfaceMember xlink:href="#poly-bc191f7c-6c4f-42ba-b1b4-36c09cf3fc3e"/>
							<gml:surfaceMember xlink:href="#poly-3be33788-4573-4d86-b0a9-391d37281e07"/>
							<gml:surfaceMember xlink:href="#poly-afe451c7-6c57-404f-9ba4-3dd6cce43e1d"/>
							<gml:surfaceMember xlink:href="#poly-3d6f7a40-b808-4426-931a-513267b27506"/>
							<gml:surfaceMember xlink:href="#poly-12e1ca71-0f76-4582-926d-27c4812273d4"/>
							<gml:surfaceMember xlink:href="#poly-e2808794-baf3-4eb5-b67e-317ddb17f4ea"/>
							<gml:surfaceMember xlink:href="#poly-a0833d61-aefa-45aa-a8be-f073a34345af"/>
							<gml:surfaceMember xlink:href="#poly-d13a0532-2270-417b-8129-ae059708ef51"/>
							<gml:surfaceMember xlink:href="#poly-a72b67c6-8ed4-486a-95c1-f64e4cb65514"/>
							<gml:surfaceMember xlink:href="#poly-ace7e24e-1734-401f-b668-8aa76d9712c5"/>
							<gml:surfaceMember xlink:href="#poly-9beb76f1-d4a3-4854-b99e-d0a684c8ea19"/>
							<gml:surfaceMember xlink:href="#poly-1eed5c9b-cfe4-4cea-af9c-1741028f3709"/>
							<gml:surfaceMember xlink:href="#poly-45fdbcb9-9c8b-4f7b-a4c8-314ea97aa1b0"/>
							<gml:surfaceMember xlink:href="#poly-8e4eeeba-36cd-499b-b650-96cb4d05e77d"/>
							<gml:surfaceMember xlink:href="#poly-d4c96a35-f434-4591-b347-366a65fb4ca3"/>
							<gml:surfaceMember xlink:href="#poly-9462e599-75fd-491a-b006-cc7f6b6ddc8a"/>
							<gml:surfaceMember xlink:href="#poly-40ff506f-b623-4829-8579-2e50b50aac18"/>
							<gml:surfaceMember xlink:href="#poly-1cbac6fb-ac45-4a04-9f33-c167fa0c1e06"/>
							<gml:surfaceMember xlink:href="#poly-be1ffc1a-67a2-457b-8b51-07ab599b6f6a"/>
							<gml:surfaceMember xlink:href="#poly-02998e0a-cd1c-4a5d-b5c0-c030012b0d39"/>
							<gml:surfaceMember xlink:href="#poly-bbc39844-1c28-4e75-afcd-09fe4d089f43"/>
							<gml:surfaceMember xlink:href="#poly-5a287131-2653-403b-8937-3e891804d8cd"/>
							<gml:surfaceMember xlink:href="#poly-6fe883e7-c96f-4576-9f0a-baaf11a3b833"/>
							<gml:surfaceMember xlink:href="#poly-22cd677d-2d48-4055-a0d7-a6b13e75dde7"/>
							<gml:surfaceMember xlink:href="#poly-b90b037d-6cf4-416d-ae2d-7ee7eb7afd76"/>
							<gml:surfaceMember xlink:href="#poly-1ed61ba5-b45f-4956-8758-e04ccc607e07"/>
							<gml:surfaceMember xlink:href="#poly-36fd140d-d3cd-4a5b-acd2-be13ed434097"/>
						</gml:CompositeSurface>
					</gml:exterior>
				</gml:Solid>
			</uro:lod3Geometry>
			<uro:boundedBy>
				<uro:RoofSurface gml:id="surface-87bec5fd-6e2c-4a60-b28c-058ee828561f">
					<uro:lod3MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-87bec5fd-6e2c-4a60-b28c-058ee828561f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777464319204 138.85728115183844 7.820000171661377 35.07777207802668 138.85725352805096 7.820000171661377 35.07777088559058 138.85725189512763 7.820000171661377 35.0777703245852 138.85725107881947 7.820000171661377 35.07774545580827 138.85727780646343 7.820000171661377 35.07774467854256 138.85727868118994 7.820000171661377 35.0777464319204 138.85728115183844 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b98cd2e9-38fb-4c09-b218-3c05c1b054b0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774008631999 138.85728360859827 7.820000171661377 35.07774467854256 138.85727868118994 7.820000171661377 35.07774545580827 138.85727780646343 7.820000171661377 35.077740686191206 138.8572712319368 7.820000171661377 35.07773524621479 138.85727705518184 7.820000171661377 35.07774008631999 138.85728360859827 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3c194879-0e79-4f0c-a3a5-3b1d43c7a933">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778825678555 138.85723616477293 7.820000171661377 35.07778643291837 138.85723371523434 7.820000171661377 35.077786291689165 138.85723384312342 7.820000171661377 35.07778565571608 138.85723456854456 7.820000171661377 35.07777922656907 138.85724147977322 7.820000171661377 35.07777978757452 138.85724229608138 7.820000171661377 35.07778097994765 138.85724395042192 7.820000171661377 35.07778825678555 138.85723616477293 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-deb6b0e7-308f-44bc-af52-28e10ecb8f47">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777971500417 138.85724302395815 7.820000171661377 35.077780485393 138.85724448370232 7.820000171661377 35.07778097994765 138.85724395042192 7.820000171661377 35.07777971500417 138.85724302395815 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-02baf834-cbeb-4ab2-95f3-fe5de59386aa">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777999077526 138.8572450383999 7.820000171661377 35.077780485393 138.85724448370232 7.820000171661377 35.07777936180493 138.85724338651514 7.820000171661377 35.07777999077526 138.8572450383999 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1ce22367-fbaa-478e-b168-2cfe95c90b42">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077773420398415 138.85725207751628 7.820000171661377 35.07777999077526 138.8572450383999 7.820000171661377 35.07777879840214 138.85724338405936 7.820000171661377 35.0777782373967 138.85724256775117 7.820000171661377 35.07777166702 138.8572496068676 7.820000171661377 35.0777722279623 138.85725044459295 7.820000171661377 35.077773420398415 138.85725207751628 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-762033d9-97b5-4c2d-b99f-92432bb93a1c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777788709094 138.85724267759977 7.820000171661377 35.07777873195134 138.85724203447077 7.820000171661377 35.0777782373967 138.85724256775117 7.820000171661377 35.0777788709094 138.85724267759977 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d692c0d3-a94b-473c-8217-ecf814f2b13a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077786291689165 138.85723384312342 7.820000171661377 35.07778643291837 138.85723371523434 7.820000171661377 35.07779830210203 138.85722095933485 7.820000171661377 35.077795285861065 138.8572168554558 7.820000171661377 35.07778334587398 138.8572297395515 7.820000171661377 35.077786291689165 138.85723384312342 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9ccd6072-96c3-4c43-8a58-88453869d79a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777922656907 138.85724147977322 7.820000171661377 35.0777794353216 138.85724233738085 7.820000171661377 35.07777978757452 138.85724229608138 7.820000171661377 35.07777922656907 138.85724147977322 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c238bde3-2b8c-4c1c-af7e-989e3641890f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777971582431 138.85724274553493 7.820000171661377 35.07777978757452 138.85724229608138 7.820000171661377 35.07777964615603 138.85724248822197 7.820000171661377 35.07777971582431 138.85724274553493 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a5e9e07a-8259-419d-ac21-018279c848b5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777971500417 138.85724302395815 7.820000171661377 35.07778097994765 138.85724395042192 7.820000171661377 35.07777971582431 138.85724274553493 7.820000171661377 35.07777971500417 138.85724302395815 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2a6a5f26-3052-4807-a1f4-5d991df578d2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777795734595 138.85724325893307 7.820000171661377 35.077780485393 138.85724448370232 7.820000171661377 35.07777971500417 138.85724302395815 7.820000171661377 35.0777795734595 138.85724325893307 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f4418dc4-13b2-4a2d-a9a0-2a8f565b86d8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777999077526 138.8572450383999 7.820000171661377 35.07777936180493 138.85724338651514 7.820000171661377 35.077779150591965 138.85724336417704 7.820000171661377 35.07777999077526 138.8572450383999 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-af9dd6d0-2084-427c-a73c-ba58ffd11abe">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077780485393 138.85724448370232 7.820000171661377 35.0777795734595 138.85724325893307 7.820000171661377 35.07777936180493 138.85724338651514 7.820000171661377 35.077780485393 138.85724448370232 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-465eb95f-66cd-474f-aa5f-ed383e66a950">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777999077526 138.8572450383999 7.820000171661377 35.077779150591965 138.85724336417704 7.820000171661377 35.07777879840214 138.85724338405936 7.820000171661377 35.07777999077526 138.8572450383999 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-15b4ff03-8ac2-4bbe-916b-4bcb06473578">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077778870089254 138.85724295602296 7.820000171661377 35.07777879840214 138.85724338405936 7.820000171661377 35.07777893975754 138.85724321333595 7.820000171661377 35.077778870089254 138.85724295602296 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d6ed5fed-a85b-4e95-8140-434f51acdd37">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777788709094 138.85724267759977 7.820000171661377 35.0777782373967 138.85724256775117 7.820000171661377 35.077778870089254 138.85724295602296 7.820000171661377 35.0777788709094 138.85724267759977 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-907157c7-17d6-4cee-984e-0e7866501829">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777922656907 138.85724147977322 7.820000171661377 35.07777922410863 138.85724231504278 7.820000171661377 35.0777794353216 138.85724233738085 7.820000171661377 35.07777922656907 138.85724147977322 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0549a35b-671b-49a9-a74e-4ec67ed683b9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777893975754 138.85724321333595 7.820000171661377 35.07777879840214 138.85724338405936 7.820000171661377 35.077779150591965 138.85724336417704 7.820000171661377 35.07777893975754 138.85724321333595 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2a1310d3-5b9c-409a-bcb4-cf3fe816f9dd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777873195134 138.85724203447077 7.820000171661377 35.07777922410863 138.85724231504278 7.820000171661377 35.07777922656907 138.85724147977322 7.820000171661377 35.07777873195134 138.85724203447077 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b0fd8ac9-b934-45c8-8924-5eebd643a037">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077821285151806 138.85718886907435 7.820000171661377 35.077824301330615 138.85719299437085 7.820000171661377 35.077836241376865 138.8571800888462 7.820000171661377 35.07783329555989 138.85717598527367 7.820000171661377 35.077821285151806 138.85718886907435 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9a5d05a4-2c1a-4955-8318-4b356a056147">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07780863870636 138.85720249970998 7.820000171661377 35.07781165494781 138.8572066035892 7.820000171661377 35.077823594932426 138.85719371948568 7.820000171661377 35.07782064917898 138.8571895944961 7.820000171661377 35.07780863870636 138.85720249970998 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d16cbf28-c0f7-4e74-9001-b1588e70e56c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777959922594 138.85721613034144 7.820000171661377 35.077798938075034 138.85722023391352 7.820000171661377 35.07781094854953 138.85720732870377 7.820000171661377 35.07780793230812 138.8572032248246 7.820000171661377 35.0777959922594 138.85721613034144 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-99013107-a4e1-4982-879b-b66e00477849">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783689885866 138.8571720601646 7.820000171661377 35.07783514547864 138.8571695895157 7.820000171661377 35.07778088603363 138.85722801543432 7.820000171661377 35.07778263947558 138.85723046466563 7.820000171661377 35.07778334587398 138.8572297395515 7.820000171661377 35.077795285861065 138.8572168554558 7.820000171661377 35.0777959922594 138.85721613034144 7.820000171661377 35.07780793230812 138.8572032248246 7.820000171661377 35.07780863870636 138.85720249970998 7.820000171661377 35.07782064917898 138.8571895944961 7.820000171661377 35.077821285151806 138.85718886907435 7.820000171661377 35.07783329555989 138.85717598527367 7.820000171661377 35.07783393153262 138.8571752598517 7.820000171661377 35.07783689885866 138.8571720601646 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-77c795ab-f15d-44b8-9e91-5dc9335d59c8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777207802668 138.85725352805096 7.820000171661377 35.077771449624265 138.85725168341182 7.820000171661377 35.07777088559058 138.85725189512763 7.820000171661377 35.07777207802668 138.85725352805096 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1363ff59-f927-437e-971f-bc7d68b63d52">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777096055838 138.85725035339863 7.820000171661377 35.07777131148643 138.8572507618597 7.820000171661377 35.07777145271566 138.85725063397066 7.820000171661377 35.07777096055838 138.85725035339863 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f896ebd6-d332-43e6-aa86-669bf2a65ecb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777131148643 138.8572507618597 7.820000171661377 35.07777096055838 138.85725035339863 7.820000171661377 35.07777116994174 138.85725099683458 7.820000171661377 35.07777131148643 138.8572507618597 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1dab3e25-caec-41ab-8f93-6a825a15c2a6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777116994174 138.85725099683458 7.820000171661377 35.07777096055838 138.85725035339863 7.820000171661377 35.0777703245852 138.85725107881947 7.820000171661377 35.07777116994174 138.85725099683458 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a8e27a88-0748-407b-9624-9b2dcc94e915">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777116994174 138.85725099683458 7.820000171661377 35.0777703245852 138.85725107881947 7.820000171661377 35.077771169121576 138.85725127525774 7.820000171661377 35.07777116994174 138.85725099683458 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-42f8b398-8a9a-42ed-85ca-8e5a6abbbf37">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777187249181 138.85725157816788 7.820000171661377 35.07777278442522 138.85725280293713 7.820000171661377 35.0777720140365 138.857251343193 7.820000171661377 35.07777187249181 138.85725157816788 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e92bc36d-d374-431e-b533-ab5785b298e4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777278442522 138.85725280293713 7.820000171661377 35.07777187249181 138.85725157816788 7.820000171661377 35.07777166083723 138.85725170574992 7.820000171661377 35.07777278442522 138.85725280293713 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f2c35f4c-f172-4f08-9e96-f852f2a37204">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777207802668 138.85725352805096 7.820000171661377 35.07777278442522 138.85725280293713 7.820000171661377 35.07777166083723 138.85725170574992 7.820000171661377 35.07777207802668 138.85725352805096 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ca38c227-8473-45dd-bdcd-434da5b83db8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777207802668 138.85725352805096 7.820000171661377 35.07777166083723 138.85725170574992 7.820000171661377 35.077771449624265 138.85725168341182 7.820000171661377 35.07777207802668 138.85725352805096 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a238dd38-517a-4b51-a7b7-1a402402f78b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777720140365 138.857251343193 7.820000171661377 35.07777278442522 138.85725280293713 7.820000171661377 35.077773420398415 138.85725207751628 7.820000171661377 35.0777720140365 138.857251343193 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f5aef9de-7c84-4696-a614-cd614b16c2f2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777720140365 138.857251343193 7.820000171661377 35.077773420398415 138.85725207751628 7.820000171661377 35.07777201485666 138.85725106476986 7.820000171661377 35.0777720140365 138.857251343193 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7a3ff660-2c84-4fe3-a14c-6d743b03fb52">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771169121576 138.85725127525774 7.820000171661377 35.07777088559058 138.85725189512763 7.820000171661377 35.07777123878985 138.8572515325707 7.820000171661377 35.077771169121576 138.85725127525774 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-794f6e8f-d2e9-49c0-a4c2-08b1037d3f7e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777123878985 138.8572515325707 7.820000171661377 35.07777088559058 138.85725189512763 7.820000171661377 35.077771449624265 138.85725168341182 7.820000171661377 35.07777123878985 138.8572515325707 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7630de6b-9d68-496a-8f41-ad4bbc15eb11">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771945188395 138.85725080745686 7.820000171661377 35.0777722279623 138.85725044459295 7.820000171661377 35.077771734353966 138.85725065661575 7.820000171661377 35.077771945188395 138.85725080745686 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e5aed8d1-0753-404a-919d-278b58defcbd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771945188395 138.85725080745686 7.820000171661377 35.07777201485666 138.85725106476986 7.820000171661377 35.0777722279623 138.85725044459295 7.820000171661377 35.077771945188395 138.85725080745686 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-da795cdc-1d7a-4f7d-9f6c-cd826f7ef5d1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777096055838 138.85725035339863 7.820000171661377 35.07777145271566 138.85725063397066 7.820000171661377 35.07777166702 138.8572496068676 7.820000171661377 35.07777096055838 138.85725035339863 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-561de876-e9b0-43dd-b1dc-427c66a7a1d2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771734353966 138.85725065661575 7.820000171661377 35.07777166702 138.8572496068676 7.820000171661377 35.07777145271566 138.85725063397066 7.820000171661377 35.077771734353966 138.85725065661575 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-38a5d3ee-f3c5-4199-b621-ddf2da06a7b4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077778870089254 138.85724295602296 7.820000171661377 35.0777782373967 138.85724256775117 7.820000171661377 35.07777879840214 138.85724338405936 7.820000171661377 35.077778870089254 138.85724295602296 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e25920ed-5fea-40a5-a119-0c9a54956c27">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777971582431 138.85724274553493 7.820000171661377 35.07778097994765 138.85724395042192 7.820000171661377 35.07777978757452 138.85724229608138 7.820000171661377 35.07777971582431 138.85724274553493 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bb85fefc-517a-46ab-9aee-8031c1ef5203">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771169121576 138.85725127525774 7.820000171661377 35.0777703245852 138.85725107881947 7.820000171661377 35.07777088559058 138.85725189512763 7.820000171661377 35.077771169121576 138.85725127525774 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7b366c41-7840-4fcd-afee-e04d703a463b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777201485666 138.85725106476986 7.820000171661377 35.077773420398415 138.85725207751628 7.820000171661377 35.0777722279623 138.85725044459295 7.820000171661377 35.07777201485666 138.85725106476986 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9308ba0c-b90b-47de-b696-a09f1aa96840">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783689885866 138.8571720601646 7.820000171661377 35.07783393153262 138.8571752598517 7.820000171661377 35.077836947774976 138.85717936373118 7.820000171661377 35.077839915101116 138.85717616404412 7.820000171661377 35.07783689885866 138.8571720601646 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f713dd09-abab-4f12-a2a3-9fc6a20536a4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777873195134 138.85724203447077 7.820000171661377 35.077779012454066 138.85724244262488 7.820000171661377 35.07777922410863 138.85724231504278 7.820000171661377 35.07777873195134 138.85724203447077 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-19a2e823-d3bb-4c50-8d7b-610301244c56">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777788709094 138.85724267759977 7.820000171661377 35.077779012454066 138.85724244262488 7.820000171661377 35.07777873195134 138.85724203447077 7.820000171661377 35.0777788709094 138.85724267759977 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-305eefa3-f70e-4f2f-b09a-188beaf00d81">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777794353216 138.85724233738085 7.820000171661377 35.07777964615603 138.85724248822197 7.820000171661377 35.07777978757452 138.85724229608138 7.820000171661377 35.0777794353216 138.85724233738085 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-84a24946-44c8-4fbf-977f-4701476b45ee">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777722279623 138.85725044459295 7.820000171661377 35.07777166702 138.8572496068676 7.820000171661377 35.077771734353966 138.85725065661575 7.820000171661377 35.0777722279623 138.85725044459295 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5214c09c-60ed-4274-87dd-528f933ac5cb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777964615603 138.85724248822197 7.820000171661377 35.0777794353216 138.85724233738085 7.820000171661377 35.07777922410863 138.85724231504278 7.820000171661377 35.077779012454066 138.85724244262488 7.820000171661377 35.0777788709094 138.85724267759977 7.820000171661377 35.077778870089254 138.85724295602296 7.820000171661377 35.07777893975754 138.85724321333595 7.820000171661377 35.077779150591965 138.85724336417704 7.820000171661377 35.07777936180493 138.85724338651514 7.820000171661377 35.0777795734595 138.85724325893307 7.820000171661377 35.07777971500417 138.85724302395815 7.820000171661377 35.07777971582431 138.85724274553493 7.820000171661377 35.07777964615603 138.85724248822197 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5095174b-1d76-4eac-a5d1-813d7096541e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771734353966 138.85725065661575 7.820000171661377 35.07777145271566 138.85725063397066 7.820000171661377 35.07777131148643 138.8572507618597 7.820000171661377 35.07777116994174 138.85725099683458 7.820000171661377 35.077771169121576 138.85725127525774 7.820000171661377 35.07777123878985 138.8572515325707 7.820000171661377 35.077771449624265 138.85725168341182 7.820000171661377 35.07777166083723 138.85725170574992 7.820000171661377 35.07777187249181 138.85725157816788 7.820000171661377 35.0777720140365 138.857251343193 7.820000171661377 35.07777201485666 138.85725106476986 7.820000171661377 35.077771945188395 138.85725080745686 7.820000171661377 35.077771734353966 138.85725065661575 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7edd822d-f136-4fec-9907-5ee0b1fe2400">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077786291689165 138.85723384312342 7.820000171661377 35.07778334587398 138.8572297395515 7.820000171661377 35.07778263947558 138.85723046466563 7.820000171661377 35.07778565571608 138.85723456854456 7.820000171661377 35.077786291689165 138.85723384312342 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d6873ce2-b0e5-4d6c-9f5a-62f21a4d230c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077798938075034 138.85722023391352 7.820000171661377 35.0777959922594 138.85721613034144 7.820000171661377 35.077795285861065 138.8572168554558 7.820000171661377 35.07779830210203 138.85722095933485 7.820000171661377 35.077798938075034 138.85722023391352 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-95fac8ef-7afe-4ff2-a3ac-c843e6bba474">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781165494781 138.8572066035892 7.820000171661377 35.07780863870636 138.85720249970998 7.820000171661377 35.07780793230812 138.8572032248246 7.820000171661377 35.07781094854953 138.85720732870377 7.820000171661377 35.07781165494781 138.8572066035892 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e8f0bc71-1709-4b45-a4ae-c2186a106112">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077824301330615 138.85719299437085 7.820000171661377 35.077821285151806 138.85718886907435 7.820000171661377 35.07782064917898 138.8571895944961 7.820000171661377 35.077823594932426 138.85719371948568 7.820000171661377 35.077824301330615 138.85719299437085 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-de9fc365-4b7e-4709-8259-d3227aa32adb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836947774976 138.85717936373118 7.820000171661377 35.07783393153262 138.8571752598517 7.820000171661377 35.07783329555989 138.85717598527367 7.820000171661377 35.077836241376865 138.8571800888462 7.820000171661377 35.077836947774976 138.85717936373118 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod3MultiSurface>
				</uro:RoofSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:ClosureSurface gml:id="surface-4714e24c-1569-459b-83b3-407c66c2b17f">
					<uro:lod2MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4714e24c-1569-459b-83b3-407c66c2b17f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774008631999 138.85728360859827 6.820000171661377 35.07774008631999 138.85728360859827 7.820000171661377 35.07773524621479 138.85727705518184 7.820000171661377 35.07773524621479 138.85727705518184 6.820000171661377 35.07774008631999 138.85728360859827 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ace4ce10-d9b7-4393-94c3-b84cf97e4eef">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783514547864 138.8571695895157 6.820000171661377 35.07783514547864 138.8571695895157 7.820000171661377 35.077839915101116 138.85717616404412 7.820000171661377 35.077839915101116 138.85717616404412 6.820000171661377 35.07783514547864 138.8571695895157 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod2MultiSurface>
				</uro:ClosureSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:ClosureSurface gml:id="surface-9beb76f1-d4a3-4854-b99e-d0a684c8ea19">
					<uro:lod3MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9beb76f1-d4a3-4854-b99e-d0a684c8ea19">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774008631999 138.85728360859827 7.820000171661377 35.07773615814796 138.85727827995083 7.21999979019165 35.07774008631999 138.85728360859827 6.820000171661377 35.07774008631999 138.85728360859827 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1eed5c9b-cfe4-4cea-af9c-1741028f3709">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077839915101116 138.85717616404412 6.820000171661377 35.07783605734979 138.8571708357022 7.21999979019165 35.077839915101116 138.85717616404412 7.820000171661377 35.077839915101116 138.85717616404412 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-45fdbcb9-9c8b-4f7b-a4c8-314ea97aa1b0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077839915101116 138.85717616404412 6.820000171661377 35.07783514547864 138.8571695895157 6.820000171661377 35.07783556632769 138.8571701696211 6.920000076293945 35.077839915101116 138.85717616404412 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8e4eeeba-36cd-499b-b650-96cb4d05e77d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077839915101116 138.85717616404412 6.820000171661377 35.07783556632769 138.8571701696211 6.920000076293945 35.0778359170037 138.85717066375088 7.065000057220459 35.077839915101116 138.85717616404412 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d4c96a35-f434-4591-b347-366a65fb4ca3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077839915101116 138.85717616404412 6.820000171661377 35.0778359170037 138.85717066375088 7.065000057220459 35.07783605734979 138.8571708357022 7.21999979019165 35.077839915101116 138.85717616404412 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9462e599-75fd-491a-b006-cc7f6b6ddc8a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0778359170037 138.85717066375088 7.375 35.07783556632769 138.8571701696211 7.519999980926514 35.077839915101116 138.85717616404412 7.820000171661377 35.0778359170037 138.85717066375088 7.375</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-40ff506f-b623-4829-8579-2e50b50aac18">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783556632769 138.8571701696211 7.519999980926514 35.07783514547864 138.8571695895157 7.611000061035156 35.077839915101116 138.85717616404412 7.820000171661377 35.07783556632769 138.8571701696211 7.519999980926514</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1cbac6fb-ac45-4a04-9f33-c167fa0c1e06">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783514547864 138.8571695895157 7.611000061035156 35.07783689885866 138.8571720601646 7.820000171661377 35.077839915101116 138.85717616404412 7.820000171661377 35.07783514547864 138.8571695895157 7.611000061035156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-be1ffc1a-67a2-457b-8b51-07ab599b6f6a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783514547864 138.8571695895157 7.611000061035156 35.07783514547864 138.8571695895157 7.820000171661377 35.07783689885866 138.8571720601646 7.820000171661377 35.07783514547864 138.8571695895157 7.611000061035156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-02998e0a-cd1c-4a5d-b5c0-c030012b0d39">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783605734979 138.8571708357022 7.21999979019165 35.0778359170037 138.85717066375088 7.375 35.077839915101116 138.85717616404412 7.820000171661377 35.07783605734979 138.8571708357022 7.21999979019165</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bbc39844-1c28-4e75-afcd-09fe4d089f43">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773566712643 138.85727761386994 6.920000076293945 35.07773524621479 138.85727705518184 6.820000171661377 35.07774008631999 138.85728360859827 6.820000171661377 35.07773566712643 138.85727761386994 6.920000076293945</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5a287131-2653-403b-8937-3e891804d8cd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773601780202 138.85727810799958 7.065000057220459 35.07773566712643 138.85727761386994 6.920000076293945 35.07774008631999 138.85728360859827 6.820000171661377 35.07773601780202 138.85727810799958 7.065000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6fe883e7-c96f-4576-9f0a-baaf11a3b833">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773615814796 138.85727827995083 7.21999979019165 35.07773601780202 138.85727810799958 7.065000057220459 35.07774008631999 138.85728360859827 6.820000171661377 35.07773615814796 138.85727827995083 7.21999979019165</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-22cd677d-2d48-4055-a0d7-a6b13e75dde7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774008631999 138.85728360859827 7.820000171661377 35.07773524621479 138.85727705518184 7.820000171661377 35.07773524621479 138.85727705518184 7.611000061035156 35.07774008631999 138.85728360859827 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b90b037d-6cf4-416d-ae2d-7ee7eb7afd76">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774008631999 138.85728360859827 7.820000171661377 35.07773524621479 138.85727705518184 7.611000061035156 35.07773566712643 138.85727761386994 7.519999980926514 35.07774008631999 138.85728360859827 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1ed61ba5-b45f-4956-8758-e04ccc607e07">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774008631999 138.85728360859827 7.820000171661377 35.07773566712643 138.85727761386994 7.519999980926514 35.07773601780202 138.85727810799958 7.375 35.07774008631999 138.85728360859827 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-36fd140d-d3cd-4a5b-acd2-be13ed434097">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774008631999 138.85728360859827 7.820000171661377 35.07773601780202 138.85727810799958 7.375 35.07773615814796 138.85727827995083 7.21999979019165 35.07774008631999 138.85728360859827 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod3MultiSurface>
				</uro:ClosureSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:GroundSurface gml:id="surface-d13a0532-2270-417b-8129-ae059708ef51">
					<uro:lod3MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d13a0532-2270-417b-8129-ae059708ef51">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778565571608 138.85723456854456 6.820000171661377 35.07778088603363 138.85722801543432 6.820000171661377 35.07783514547864 138.8571695895157 6.820000171661377 35.077839915101116 138.85717616404412 6.820000171661377 35.07778643298146 138.8572336938172 6.820000171661377 35.07778565571608 138.85723456854456 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a72b67c6-8ed4-486a-95c1-f64e4cb65514">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774467854256 138.85727868118994 6.820000171661377 35.07774545580827 138.85727780646343 6.820000171661377 35.07778565571608 138.85723456854456 6.820000171661377 35.07778643298146 138.8572336938172 6.820000171661377 35.07778825678555 138.85723616477293 6.820000171661377 35.0777464319835 138.85728113042126 6.820000171661377 35.07774467854256 138.85727868118994 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ace7e24e-1734-401f-b668-8aa76d9712c5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774008631999 138.85728360859827 6.820000171661377 35.07773524621479 138.85727705518184 6.820000171661377 35.077740686191206 138.8572712319368 6.820000171661377 35.07774545580827 138.85727780646343 6.820000171661377 35.07774467854256 138.85727868118994 6.820000171661377 35.07774008631999 138.85728360859827 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod3MultiSurface>
				</uro:GroundSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:WallSurface gml:id="surface-e3490737-89ea-4674-8404-623d75e61adb">
					<uro:lod2MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e3490737-89ea-4674-8404-623d75e61adb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777464319204 138.85728115183844 6.820000171661377 35.07778825678555 138.85723616477293 6.820000171661377 35.07778825678555 138.85723616477293 7.820000171661377 35.0777464319204 138.85728115183844 7.820000171661377 35.0777464319204 138.85728115183844 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5c5eed8e-3a73-4d7d-b28c-d29bbca2e9c8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774467854256 138.85727868118994 7.820000171661377 35.07774467854256 138.85727868118994 6.820000171661377 35.0777464319204 138.85728115183844 6.820000171661377 35.0777464319204 138.85728115183844 7.820000171661377 35.07774467854256 138.85727868118994 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4f3381eb-7a12-48e4-a171-761903514c30">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778825678555 138.85723616477293 7.820000171661377 35.07778825678555 138.85723616477293 6.820000171661377 35.07778643291837 138.85723371523434 6.820000171661377 35.07778643291837 138.85723371523434 7.820000171661377 35.07778825678555 138.85723616477293 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c41fc84f-5f59-4d17-9b57-9ca357282f2b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774467854256 138.85727868118994 7.820000171661377 35.07774008631999 138.85728360859827 7.820000171661377 35.07774008631999 138.85728360859827 6.820000171661377 35.07774467854256 138.85727868118994 6.820000171661377 35.07774467854256 138.85727868118994 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e7667a05-4b8d-4cc0-8212-ee6d5032f74c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778643291837 138.85723371523434 6.820000171661377 35.077839915101116 138.85717616404412 6.820000171661377 35.077839915101116 138.85717616404412 7.820000171661377 35.07778643291837 138.85723371523434 7.820000171661377 35.07778643291837 138.85723371523434 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c7e4c377-e61f-4328-8673-bd9389941014">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774545580827 138.85727780646343 7.820000171661377 35.07778565571608 138.85723456854456 7.820000171661377 35.07778565571608 138.85723456854456 6.820000171661377 35.07774545580827 138.85727780646343 6.820000171661377 35.07774545580827 138.85727780646343 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8496f18b-4e0e-46ff-be77-1ed85a20c14b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778088603363 138.85722801543432 7.820000171661377 35.07783514547864 138.8571695895157 7.820000171661377 35.07783514547864 138.8571695895157 6.820000171661377 35.07778088603363 138.85722801543432 6.820000171661377 35.07778088603363 138.85722801543432 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-36ea3f10-f426-4b4f-9d18-059a980ecb2f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773524621479 138.85727705518184 7.820000171661377 35.077740686191206 138.8572712319368 7.820000171661377 35.077740686191206 138.8572712319368 6.820000171661377 35.07773524621479 138.85727705518184 6.820000171661377 35.07773524621479 138.85727705518184 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d34326bb-a172-475e-8849-627acb0e2d52">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778565571608 138.85723456854456 6.820000171661377 35.07778565571608 138.85723456854456 7.820000171661377 35.07778088603363 138.85722801543432 7.820000171661377 35.07778088603363 138.85722801543432 6.820000171661377 35.07778565571608 138.85723456854456 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6ee4c51c-68c6-4b0c-ba5f-334b4230ff10">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077740686191206 138.8572712319368 6.820000171661377 35.077740686191206 138.8572712319368 7.820000171661377 35.07774545580827 138.85727780646343 7.820000171661377 35.07774545580827 138.85727780646343 6.820000171661377 35.077740686191206 138.8572712319368 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod2MultiSurface>
				</uro:WallSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:WallSurface gml:id="surface-343a9018-aa39-4c94-b113-835d25455ae0">
					<uro:lod3MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-343a9018-aa39-4c94-b113-835d25455ae0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774467854256 138.85727868118994 7.820000171661377 35.07774467854256 138.85727868118994 6.820000171661377 35.0777464319835 138.85728113042126 6.820000171661377 35.0777464319204 138.85728115183844 7.820000171661377 35.07774467854256 138.85727868118994 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7a511dfd-13cc-4d20-9fb3-ec2befc50d73">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774467854256 138.85727868118994 7.820000171661377 35.07774008631999 138.85728360859827 7.820000171661377 35.07774008631999 138.85728360859827 6.820000171661377 35.07774467854256 138.85727868118994 6.820000171661377 35.07774467854256 138.85727868118994 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-08b7e8ff-0da7-4108-8a79-c332f8be88c9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778825678555 138.85723616477293 6.820000171661377 35.07778825678555 138.85723616477293 7.820000171661377 35.07778097994765 138.85724395042192 7.820000171661377 35.077780485393 138.85724448370232 7.820000171661377 35.07777999077526 138.8572450383999 7.820000171661377 35.077773420398415 138.85725207751628 7.820000171661377 35.07777278442522 138.85725280293713 7.820000171661377 35.07777207802668 138.85725352805096 7.820000171661377 35.0777464319204 138.85728115183844 7.820000171661377 35.0777464319835 138.85728113042126 6.820000171661377 35.07778825678555 138.85723616477293 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-affbb045-9d3e-49db-9ca8-1ccd7528a04f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778825678555 138.85723616477293 7.820000171661377 35.07778825678555 138.85723616477293 6.820000171661377 35.07778643298146 138.8572336938172 6.820000171661377 35.07778643291837 138.85723371523434 7.820000171661377 35.07778825678555 138.85723616477293 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-24600ad4-d59a-41f8-b65e-40627f2baa04">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773524621479 138.85727705518184 7.611000061035156 35.07773524621479 138.85727705518184 7.820000171661377 35.077740686191206 138.8572712319368 7.820000171661377 35.077740686191206 138.8572712319368 7.611000061035156 35.07773524621479 138.85727705518184 7.611000061035156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-da112d04-4c49-431e-9538-ae291914a1da">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774545580827 138.85727780646343 6.820000171661377 35.07774159806134 138.85727247812295 7.21999979019165 35.07774545580827 138.85727780646343 7.820000171661377 35.07774545580827 138.85727780646343 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-01dda05a-3b78-4a40-aa8e-ed3baf45a480">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778643291837 138.85723371523434 7.820000171661377 35.07778643298146 138.8572336938172 6.820000171661377 35.077839915101116 138.85717616404412 6.820000171661377 35.077839915101116 138.85717616404412 7.820000171661377 35.077836947774976 138.85717936373118 7.820000171661377 35.077836241376865 138.8571800888462 7.820000171661377 35.077824301330615 138.85719299437085 7.820000171661377 35.077823594932426 138.85719371948568 7.820000171661377 35.07781165494781 138.8572066035892 7.820000171661377 35.07781094854953 138.85720732870377 7.820000171661377 35.077798938075034 138.85722023391352 7.820000171661377 35.07779830210203 138.85722095933485 7.820000171661377 35.07778643291837 138.85723371523434 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d0318fe0-f609-46d9-a5ed-e95bf2d15938">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778088603363 138.85722801543432 7.611000061035156 35.07778263947558 138.85723046466563 7.820000171661377 35.07778088603363 138.85722801543432 7.820000171661377 35.07778088603363 138.85722801543432 7.611000061035156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6715ef31-582c-47d5-8d54-0791f1641237">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778088603363 138.85722801543432 7.611000061035156 35.07778088603363 138.85722801543432 7.820000171661377 35.07783514547864 138.8571695895157 7.820000171661377 35.07783514547864 138.8571695895157 7.611000061035156 35.07778088603363 138.85722801543432 7.611000061035156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-405f6cc1-bb1b-45cb-b480-d1d7804ccee8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777703245852 138.85725107881947 7.820000171661377 35.07777096055838 138.85725035339863 7.820000171661377 35.07777166702 138.8572496068676 7.820000171661377 35.0777782373967 138.85724256775117 7.820000171661377 35.07777873195134 138.85724203447077 7.820000171661377 35.07777922656907 138.85724147977322 7.820000171661377 35.07778565571608 138.85723456854456 7.820000171661377 35.07778565571608 138.85723456854456 6.820000171661377 35.07774545580827 138.85727780646343 6.820000171661377 35.07774545580827 138.85727780646343 7.820000171661377 35.0777703245852 138.85725107881947 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7aa5164c-a9a3-4e0e-8be9-193565518a1e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778088603363 138.85722801543432 7.611000061035156 35.07783514547864 138.8571695895157 7.611000061035156 35.07783556632769 138.8571701696211 7.519999980926514 35.077781236520146 138.85722857381552 7.519999980926514 35.07778088603363 138.85722801543432 7.611000061035156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-27707872-84d2-4591-b4a2-9ac135ca7a2e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077781236520146 138.85722857381552 7.519999980926514 35.07783556632769 138.8571701696211 7.519999980926514 35.0778359170037 138.85717066375088 7.375 35.077781657621266 138.85722906825217 7.375 35.077781236520146 138.85722857381552 7.519999980926514</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e2fa9b4e-e338-4208-8b1f-54b79f81f695">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778172754193 138.8572292398965 7.21999979019165 35.07783605734979 138.8571708357022 7.21999979019165 35.0778359170037 138.85717066375088 7.065000057220459 35.077781657621266 138.85722906825217 7.065000057220459 35.07778172754193 138.8572292398965 7.21999979019165</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f974a7b0-7fc2-472d-a902-c28f967374e6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077781236520146 138.85722857381552 6.920000076293945 35.07783556632769 138.8571701696211 6.920000076293945 35.07783514547864 138.8571695895157 6.820000171661377 35.07778088603363 138.85722801543432 6.820000171661377 35.077781236520146 138.85722857381552 6.920000076293945</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-24c09b13-f5ef-48dc-8620-508f89fd64aa">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077781657621266 138.85722906825217 7.375 35.0778359170037 138.85717066375088 7.375 35.07783605734979 138.8571708357022 7.21999979019165 35.07778172754193 138.8572292398965 7.21999979019165 35.077781657621266 138.85722906825217 7.375</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-eef466a9-cf4e-40cf-8098-4e50dd9b5fa6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077781657621266 138.85722906825217 7.065000057220459 35.0778359170037 138.85717066375088 7.065000057220459 35.07783556632769 138.8571701696211 6.920000076293945 35.077781236520146 138.85722857381552 6.920000076293945 35.077781657621266 138.85722906825217 7.065000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d7d3d2dc-e10f-43ec-a2d3-d0ced4e88bde">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773524621479 138.85727705518184 7.611000061035156 35.077740686191206 138.8572712319368 7.611000061035156 35.077741107039785 138.85727181204206 7.519999980926514 35.07773566712643 138.85727761386994 7.519999980926514 35.07773524621479 138.85727705518184 7.611000061035156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a22d6fd1-af80-450a-95d1-c0ea15e1707e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773601780202 138.85727810799958 7.375 35.07774145771538 138.85727230617172 7.375 35.07774159806134 138.85727247812295 7.21999979019165 35.07773615814796 138.85727827995083 7.21999979019165 35.07773601780202 138.85727810799958 7.375</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-38f40388-5077-4905-850d-7fe6a0aba654">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773601780202 138.85727810799958 7.065000057220459 35.07774145771538 138.85727230617172 7.065000057220459 35.077741107039785 138.85727181204206 6.920000076293945 35.07773566712643 138.85727761386994 6.920000076293945 35.07773601780202 138.85727810799958 7.065000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-026d1436-8e15-4b6b-928d-d97d0ba65242">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773524621479 138.85727705518184 6.820000171661377 35.07773566712643 138.85727761386994 6.920000076293945 35.077741107039785 138.85727181204206 6.920000076293945 35.077740686191206 138.8572712319368 6.820000171661377 35.07773524621479 138.85727705518184 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b7c3d7bf-183d-45ca-a7bf-e297296c1d36">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077741107039785 138.85727181204206 7.519999980926514 35.07774145771538 138.85727230617172 7.375 35.07773601780202 138.85727810799958 7.375 35.07773566712643 138.85727761386994 7.519999980926514 35.077741107039785 138.85727181204206 7.519999980926514</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-68c37be0-0a2e-4e80-a5b4-af3fd3988e43">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07773615814796 138.85727827995083 7.21999979019165 35.07774159806134 138.85727247812295 7.21999979019165 35.07774145771538 138.85727230617172 7.065000057220459 35.07773601780202 138.85727810799958 7.065000057220459 35.07773615814796 138.85727827995083 7.21999979019165</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8295e970-bf02-4c74-96c7-e75453cefe21">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077781236520146 138.85722857381552 6.920000076293945 35.07778088603363 138.85722801543432 6.820000171661377 35.07778565571608 138.85723456854456 6.820000171661377 35.077781236520146 138.85722857381552 6.920000076293945</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bcecd6d0-17cd-48a1-9ad2-83c2cd40dd48">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077781657621266 138.85722906825217 7.065000057220459 35.077781236520146 138.85722857381552 6.920000076293945 35.07778565571608 138.85723456854456 6.820000171661377 35.077781657621266 138.85722906825217 7.065000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-240153f0-80b1-43f3-affb-b5b5e75675c4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778172754193 138.8572292398965 7.21999979019165 35.077781657621266 138.85722906825217 7.065000057220459 35.07778565571608 138.85723456854456 6.820000171661377 35.07778172754193 138.8572292398965 7.21999979019165</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-16d268ef-aa48-4daf-b15b-6458d2961eb1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077781657621266 138.85722906825217 7.375 35.07778565571608 138.85723456854456 6.820000171661377 35.07778565571608 138.85723456854456 7.820000171661377 35.077781657621266 138.85722906825217 7.375</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b496b469-6f2d-4ec2-9a6c-73d7291b5323">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077781236520146 138.85722857381552 7.519999980926514 35.077781657621266 138.85722906825217 7.375 35.07778565571608 138.85723456854456 7.820000171661377 35.077781236520146 138.85722857381552 7.519999980926514</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-398c2fd0-ad5e-4a75-af94-75511e8aa109">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778088603363 138.85722801543432 7.611000061035156 35.077781236520146 138.85722857381552 7.519999980926514 35.07778565571608 138.85723456854456 7.820000171661377 35.07778088603363 138.85722801543432 7.611000061035156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fdcb6c22-93b2-48b4-b7a1-38c4c13ac478">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778088603363 138.85722801543432 7.611000061035156 35.07778565571608 138.85723456854456 7.820000171661377 35.07778263947558 138.85723046466563 7.820000171661377 35.07778088603363 138.85722801543432 7.611000061035156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3441a380-fec6-4c22-a2c9-4d03a88becad">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077781657621266 138.85722906825217 7.375 35.07778172754193 138.8572292398965 7.21999979019165 35.07778565571608 138.85723456854456 6.820000171661377 35.077781657621266 138.85722906825217 7.375</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bc191f7c-6c4f-42ba-b1b4-36c09cf3fc3e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077740686191206 138.8572712319368 7.611000061035156 35.077740686191206 138.8572712319368 7.820000171661377 35.07774545580827 138.85727780646343 7.820000171661377 35.077740686191206 138.8572712319368 7.611000061035156</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3be33788-4573-4d86-b0a9-391d37281e07">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077741107039785 138.85727181204206 7.519999980926514 35.077740686191206 138.8572712319368 7.611000061035156 35.07774545580827 138.85727780646343 7.820000171661377 35.077741107039785 138.85727181204206 7.519999980926514</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-afe451c7-6c57-404f-9ba4-3dd6cce43e1d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774145771538 138.85727230617172 7.375 35.077741107039785 138.85727181204206 7.519999980926514 35.07774545580827 138.85727780646343 7.820000171661377 35.07774145771538 138.85727230617172 7.375</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3d6f7a40-b808-4426-931a-513267b27506">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774159806134 138.85727247812295 7.21999979019165 35.07774145771538 138.85727230617172 7.375 35.07774545580827 138.85727780646343 7.820000171661377 35.07774159806134 138.85727247812295 7.21999979019165</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-12e1ca71-0f76-4582-926d-27c4812273d4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774545580827 138.85727780646343 6.820000171661377 35.07774145771538 138.85727230617172 7.065000057220459 35.07774159806134 138.85727247812295 7.21999979019165 35.07774545580827 138.85727780646343 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e2808794-baf3-4eb5-b67e-317ddb17f4ea">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774545580827 138.85727780646343 6.820000171661377 35.077741107039785 138.85727181204206 6.920000076293945 35.07774145771538 138.85727230617172 7.065000057220459 35.07774545580827 138.85727780646343 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a0833d61-aefa-45aa-a8be-f073a34345af">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774545580827 138.85727780646343 6.820000171661377 35.077740686191206 138.8572712319368 6.820000171661377 35.077741107039785 138.85727181204206 6.920000076293945 35.07774545580827 138.85727780646343 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod3MultiSurface>
				</uro:WallSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:RoofSurface gml:id="surface-e4b42739-80c3-4266-9e10-a55cba8c9470">
					<uro:lod2MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e4b42739-80c3-4266-9e10-a55cba8c9470">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774467854256 138.85727868118994 7.820000171661377 35.0777464319204 138.85728115183844 7.820000171661377 35.07778825678555 138.85723616477293 7.820000171661377 35.07778643291837 138.85723371523434 7.820000171661377 35.07778565571608 138.85723456854456 7.820000171661377 35.07774545580827 138.85727780646343 7.820000171661377 35.07774467854256 138.85727868118994 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-631a7aa0-691c-46c2-af46-8548dda844f8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774467854256 138.85727868118994 7.820000171661377 35.07774545580827 138.85727780646343 7.820000171661377 35.077740686191206 138.8572712319368 7.820000171661377 35.07773524621479 138.85727705518184 7.820000171661377 35.07774008631999 138.85728360859827 7.820000171661377 35.07774467854256 138.85727868118994 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7091a982-584a-4881-ac4f-076d0929498f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077839915101116 138.85717616404412 7.820000171661377 35.07783514547864 138.8571695895157 7.820000171661377 35.07778088603363 138.85722801543432 7.820000171661377 35.07778565571608 138.85723456854456 7.820000171661377 35.07778643291837 138.85723371523434 7.820000171661377 35.077839915101116 138.85717616404412 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod2MultiSurface>
				</uro:RoofSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:GroundSurface gml:id="surface-0e0e83a6-d7b8-4457-a4d2-9c27afb7eb16">
					<uro:lod2MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0e0e83a6-d7b8-4457-a4d2-9c27afb7eb16">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778643291837 138.85723371523434 6.820000171661377 35.07778565571608 138.85723456854456 6.820000171661377 35.07778088603363 138.85722801543432 6.820000171661377 35.07783514547864 138.8571695895157 6.820000171661377 35.077839915101116 138.85717616404412 6.820000171661377 35.07778643291837 138.85723371523434 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-396e66c4-bedf-4c3b-a1c5-75944eed3135">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778643291837 138.85723371523434 6.820000171661377 35.07778825678555 138.85723616477293 6.820000171661377 35.0777464319204 138.85728115183844 6.820000171661377 35.07774467854256 138.85727868118994 6.820000171661377 35.07774545580827 138.85727780646343 6.820000171661377 35.07778565571608 138.85723456854456 6.820000171661377 35.07778643291837 138.85723371523434 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ff466faf-173c-4478-8920-dca60a7e300d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07774467854256 138.85727868118994 6.820000171661377 35.07774008631999 138.85728360859827 6.820000171661377 35.07773524621479 138.85727705518184 6.820000171661377 35.077740686191206 138.8572712319368 6.820000171661377 35.07774545580827 138.85727780646343 6.820000171661377 35.07774467854256 138.85727868118994 6.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod2MultiSurface>
				</uro:GroundSurface>
			</uro:boundedBy>
			<uro:constructionInstallation>
				<uro:ConstructionInstallation gml:id="inst_ccd5fba3-34b5-41d6-8635-b0f512d6e42e">
					<uro:lod3Geometry>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a72a316d-5ef6-44bd-a4a3-ff302dae6232">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077786291689165 138.85723384312342 7.820000171661377 35.077786291689165 138.85723384312342 7.855000019073486 35.07778565571608 138.85723456854456 7.855000019073486 35.07778565571608 138.85723456854456 7.820000171661377 35.077786291689165 138.85723384312342 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ceeb8315-19a5-414d-a519-2d02ef605efb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777971500417 138.85724302395815 7.820000171661377 35.07777971500417 138.85724302395815 7.920000076293945 35.0777795734595 138.85724325893307 7.920000076293945 35.0777795734595 138.85724325893307 7.820000171661377 35.07777971500417 138.85724302395815 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c894c985-8ac2-414f-a976-80b82dcdae27">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777795734595 138.85724325893307 7.820000171661377 35.0777795734595 138.85724325893307 7.920000076293945 35.07777936180493 138.85724338651514 7.920000076293945 35.07777936180493 138.85724338651514 7.820000171661377 35.0777795734595 138.85724325893307 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-855c26fa-b987-4ae5-9b4b-cab83fd98048">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777788709094 138.85724267759977 7.820000171661377 35.0777788709094 138.85724267759977 7.920000076293945 35.077779012454066 138.85724244262488 7.920000076293945 35.077779012454066 138.85724244262488 7.820000171661377 35.0777788709094 138.85724267759977 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-207cba9d-45ce-4e51-b566-0cf13e0f3d3f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778608123324 138.85723356377935 7.855000019073486 35.077786291689165 138.85723384312342 7.855000019073486 35.077786291689165 138.85723384312342 7.820000171661377 35.07778334587398 138.8572297395515 7.820000171661377 35.07778334587398 138.8572297395515 7.855000019073486 35.07778608123324 138.85723356377935 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-638697a3-582c-4610-bd18-4b98baf4be4e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077786291689165 138.85723384312342 7.855000019073486 35.077786291689165 138.85723384312342 7.90500020980835 35.07778565571608 138.85723456854456 7.90500020980835 35.07778565571608 138.85723456854456 7.855000019073486 35.077786291689165 138.85723384312342 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-52321396-ef32-4d02-b9c8-6ad699428183">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778565571608 138.85723456854456 7.820000171661377 35.07778565571608 138.85723456854456 7.855000019073486 35.07778544526016 138.85723428920042 7.855000019073486 35.07778263947558 138.85723046466563 7.855000019073486 35.07778263947558 138.85723046466563 7.820000171661377 35.07778565571608 138.85723456854456 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4f961c55-8d2a-4f7e-aaba-3257b604eeac">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777794353216 138.85724233738085 7.820000171661377 35.0777794353216 138.85724233738085 7.920000076293945 35.07777964615603 138.85724248822197 7.920000076293945 35.07777964615603 138.85724248822197 7.820000171661377 35.0777794353216 138.85724233738085 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bb4443b1-cdec-4bb7-8162-a9e07cc15d38">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777964615603 138.85724248822197 7.820000171661377 35.07777964615603 138.85724248822197 7.920000076293945 35.07777971582431 138.85724274553493 7.920000076293945 35.07777971582431 138.85724274553493 7.820000171661377 35.07777964615603 138.85724248822197 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-adee948e-394b-483e-9902-2ff39c260999">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777971582431 138.85724274553493 7.820000171661377 35.07777971582431 138.85724274553493 7.920000076293945 35.07777971500417 138.85724302395815 7.920000076293945 35.07777971500417 138.85724302395815 7.820000171661377 35.07777971582431 138.85724274553493 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c1232ac7-4023-4be4-8784-d02f6354f9e2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777794353216 138.85724233738085 7.920000076293945 35.07777922410863 138.85724231504278 7.920000076293945 35.077779012454066 138.85724244262488 7.920000076293945 35.0777788709094 138.85724267759977 7.920000076293945 35.077778870089254 138.85724295602296 7.920000076293945 35.07777893975754 138.85724321333595 7.920000076293945 35.077779150591965 138.85724336417704 7.920000076293945 35.07777936180493 138.85724338651514 7.920000076293945 35.0777795734595 138.85724325893307 7.920000076293945 35.07777971500417 138.85724302395815 7.920000076293945 35.07777971582431 138.85724274553493 7.920000076293945 35.07777964615603 138.85724248822197 7.920000076293945 35.0777794353216 138.85724233738085 7.920000076293945</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ee9a6ca7-5f6b-41e8-a935-5ff5505aa37e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777936180493 138.85724338651514 7.820000171661377 35.07777936180493 138.85724338651514 7.920000076293945 35.077779150591965 138.85724336417704 7.920000076293945 35.077779150591965 138.85724336417704 7.820000171661377 35.07777936180493 138.85724338651514 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-96fe2dd7-b08a-491f-8daa-fdf1bc7edac7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077779150591965 138.85724336417704 7.820000171661377 35.077779150591965 138.85724336417704 7.920000076293945 35.07777893975754 138.85724321333595 7.920000076293945 35.07777893975754 138.85724321333595 7.820000171661377 35.077779150591965 138.85724336417704 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-970d5ab4-e4a6-49c1-a5fe-ab73e19b5417">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777893975754 138.85724321333595 7.820000171661377 35.07777893975754 138.85724321333595 7.920000076293945 35.077778870089254 138.85724295602296 7.920000076293945 35.077778870089254 138.85724295602296 7.820000171661377 35.07777893975754 138.85724321333595 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b58f1db4-75aa-4aba-a710-7f1591b82c75">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077778870089254 138.85724295602296 7.820000171661377 35.077778870089254 138.85724295602296 7.920000076293945 35.0777788709094 138.85724267759977 7.920000076293945 35.0777788709094 138.85724267759977 7.820000171661377 35.077778870089254 138.85724295602296 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-afffee5e-ad6e-4f67-bf9f-cb0a97dfc3f7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836947774976 138.85717936373118 7.820000171661377 35.077836947774976 138.85717936373118 7.855000019073486 35.077836241376865 138.8571800888462 7.855000019073486 35.077836241376865 138.8571800888462 7.820000171661377 35.077836947774976 138.85717936373118 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-391ae976-7ef9-47fa-a528-90ff84903720">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077824301330615 138.85719299437085 7.820000171661377 35.077824301330615 138.85719299437085 7.855000019073486 35.077823594932426 138.85719371948568 7.855000019073486 35.077823594932426 138.85719371948568 7.820000171661377 35.077824301330615 138.85719299437085 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-195b05c0-9ffb-4363-b653-1de4c0cc8a7b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781165494781 138.8572066035892 7.820000171661377 35.07781165494781 138.8572066035892 7.855000019073486 35.07781094854953 138.85720732870377 7.855000019073486 35.07781094854953 138.85720732870377 7.820000171661377 35.07781165494781 138.8572066035892 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-57a77731-3c79-414d-8323-c8ca93cc8632">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077798938075034 138.85722023391352 7.820000171661377 35.077798938075034 138.85722023391352 7.855000019073486 35.07779830210203 138.85722095933485 7.855000019073486 35.07779830210203 138.85722095933485 7.820000171661377 35.077798938075034 138.85722023391352 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5bd7d790-10f5-4c0f-9c26-8a76917abed4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779809170916 138.85722065857357 7.855000019073486 35.077795285861065 138.8572168554558 7.855000019073486 35.077795285861065 138.8572168554558 7.820000171661377 35.07779830210203 138.85722095933485 7.820000171661377 35.07779830210203 138.85722095933485 7.855000019073486 35.07779809170916 138.85722065857357 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5d15b033-eb92-4daf-8d20-cbf401684e89">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778608123324 138.85723356377935 7.855000019073486 35.07778334587398 138.8572297395515 7.855000019073486 35.07778263947558 138.85723046466563 7.855000019073486 35.07778544526016 138.85723428920042 7.855000019073486 35.07778608123324 138.85723356377935 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7b03b34f-8e90-42d6-9775-a54d8d344c6b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778608123324 138.85723356377935 7.855000019073486 35.07778608123324 138.85723356377935 7.90500020980835 35.077786291689165 138.85723384312342 7.90500020980835 35.077786291689165 138.85723384312342 7.855000019073486 35.07778608123324 138.85723356377935 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cb22e251-092b-4796-9453-01baadc0dfd3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778334587398 138.8572297395515 7.820000171661377 35.07778263947558 138.85723046466563 7.820000171661377 35.07778263947558 138.85723046466563 7.855000019073486 35.07778334587398 138.8572297395515 7.855000019073486 35.07778334587398 138.8572297395515 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a69f39ca-2707-4320-80d9-05729854da05">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077786291689165 138.85723384312342 7.90500020980835 35.07778657219191 138.85723425127756 7.90500020980835 35.07778593615574 138.8572349981158 7.90500020980835 35.07778565571608 138.85723456854456 7.90500020980835 35.077786291689165 138.85723384312342 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5546262a-f95f-43d6-87c3-b11efb28c952">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778565571608 138.85723456854456 7.855000019073486 35.07778565571608 138.85723456854456 7.90500020980835 35.07778544526016 138.85723428920042 7.90500020980835 35.07778544526016 138.85723428920042 7.855000019073486 35.07778565571608 138.85723456854456 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0d4ff70a-00b9-4109-9c4e-d1f3c59c03bc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077779012454066 138.85724244262488 7.820000171661377 35.077779012454066 138.85724244262488 7.920000076293945 35.07777922410863 138.85724231504278 7.920000076293945 35.07777922410863 138.85724231504278 7.820000171661377 35.077779012454066 138.85724244262488 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1f381e85-80e4-4104-b444-60ad77464a83">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777922410863 138.85724231504278 7.820000171661377 35.07777922410863 138.85724231504278 7.920000076293945 35.0777794353216 138.85724233738085 7.920000076293945 35.0777794353216 138.85724233738085 7.820000171661377 35.07777922410863 138.85724231504278 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f7440bab-350b-42df-9773-e5f51fcb2d4b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836947774976 138.85717936373118 7.855000019073486 35.077836947774976 138.85717936373118 7.90500020980835 35.077836241376865 138.8571800888462 7.90500020980835 35.077836241376865 138.8571800888462 7.855000019073486 35.077836947774976 138.85717936373118 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6fe1ae7c-024b-48e3-9a17-e9f3bce97cb5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836030920814 138.85717980950207 7.855000019073486 35.07783329555989 138.85717598527367 7.855000019073486 35.07783329555989 138.85717598527367 7.820000171661377 35.077836241376865 138.8571800888462 7.820000171661377 35.077836241376865 138.8571800888462 7.855000019073486 35.077836030920814 138.85717980950207 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9d971e61-6838-49b7-ab3d-3d674dde7349">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077821285151806 138.85718886907435 7.820000171661377 35.077821285151806 138.85718886907435 7.855000019073486 35.07782409093768 138.85719269360953 7.855000019073486 35.077824301330615 138.85719299437085 7.855000019073486 35.077824301330615 138.85719299437085 7.820000171661377 35.077821285151806 138.85718886907435 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8d9e1521-3feb-4236-b5fc-2ff55b083fef">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077824301330615 138.85719299437085 7.855000019073486 35.077824301330615 138.85719299437085 7.90500020980835 35.077823594932426 138.85719371948568 7.90500020980835 35.077823594932426 138.85719371948568 7.855000019073486 35.077824301330615 138.85719299437085 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-17e456eb-d5cd-4fc3-82a4-bd754baa651f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0778233845395 138.85719341872436 7.855000019073486 35.07782064917898 138.8571895944961 7.855000019073486 35.07782064917898 138.8571895944961 7.820000171661377 35.077823594932426 138.85719371948568 7.820000171661377 35.077823594932426 138.85719371948568 7.855000019073486 35.0778233845395 138.85719341872436 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-79e6a18f-189f-45a6-ab00-d8a83501df70">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781165494781 138.8572066035892 7.855000019073486 35.07781165494781 138.8572066035892 7.820000171661377 35.07780863870636 138.85720249970998 7.820000171661377 35.07780863870636 138.85720249970998 7.855000019073486 35.07781144449182 138.85720632424506 7.855000019073486 35.07781165494781 138.8572066035892 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ce505426-57d2-4fe7-9ede-ed72472b22c6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781165494781 138.8572066035892 7.855000019073486 35.07781165494781 138.8572066035892 7.90500020980835 35.07781094854953 138.85720732870377 7.90500020980835 35.07781094854953 138.85720732870377 7.855000019073486 35.07781165494781 138.8572066035892 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f4d11881-530e-48ea-a89d-77661bbea24e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077810738093554 138.85720704935966 7.855000019073486 35.07780793230812 138.8572032248246 7.855000019073486 35.07780793230812 138.8572032248246 7.820000171661377 35.07781094854953 138.85720732870377 7.820000171661377 35.07781094854953 138.85720732870377 7.855000019073486 35.077810738093554 138.85720704935966 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f25055ce-ae3e-4230-af91-59599a0517e0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077798938075034 138.85722023391352 7.855000019073486 35.077798938075034 138.85722023391352 7.820000171661377 35.0777959922594 138.85721613034144 7.820000171661377 35.0777959922594 138.85721613034144 7.855000019073486 35.07779872768216 138.85721993315224 7.855000019073486 35.077798938075034 138.85722023391352 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b04e2ba3-cd36-4142-8634-0eca28021f5d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077798938075034 138.85722023391352 7.855000019073486 35.077798938075034 138.85722023391352 7.90500020980835 35.07779830210203 138.85722095933485 7.90500020980835 35.07779830210203 138.85722095933485 7.855000019073486 35.077798938075034 138.85722023391352 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ac8483b7-cd2b-47f5-9730-287d3bae4d10">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077795285861065 138.8572168554558 7.820000171661377 35.077795285861065 138.8572168554558 7.855000019073486 35.0777959922594 138.85721613034144 7.855000019073486 35.0777959922594 138.85721613034144 7.820000171661377 35.077795285861065 138.8572168554558 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fec94d6b-f43c-4bbf-861c-0de4aabdfd7c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07780793230812 138.8572032248246 7.820000171661377 35.07780793230812 138.8572032248246 7.855000019073486 35.07780863870636 138.85720249970998 7.855000019073486 35.07780863870636 138.85720249970998 7.820000171661377 35.07780793230812 138.8572032248246 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d0faa7ad-5261-427e-a457-e0212f28a6e0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782064917898 138.8571895944961 7.820000171661377 35.07782064917898 138.8571895944961 7.855000019073486 35.077821285151806 138.85718886907435 7.855000019073486 35.077821285151806 138.85718886907435 7.820000171661377 35.07782064917898 138.8571895944961 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-46ed412e-2ac2-4d59-aab8-d8cbaff2b904">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783329555989 138.85717598527367 7.820000171661377 35.07783329555989 138.85717598527367 7.855000019073486 35.07783393153262 138.8571752598517 7.855000019073486 35.07783393153262 138.8571752598517 7.820000171661377 35.07783329555989 138.85717598527367 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0af278ee-026b-49b8-a1f4-2de4f4477479">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836947774976 138.85717936373118 7.90500020980835 35.077836947774976 138.85717936373118 7.855000019073486 35.077836737318925 138.857179084387 7.855000019073486 35.077836737318925 138.857179084387 7.90500020980835 35.077836947774976 138.85717936373118 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-24f6307c-db32-440d-a6d3-e824bfe2cfd9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779830210203 138.85722095933485 7.90500020980835 35.07779809170916 138.85722065857357 7.90500020980835 35.07779809170916 138.85722065857357 7.855000019073486 35.07779830210203 138.85722095933485 7.855000019073486 35.07779830210203 138.85722095933485 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e0bf365a-e349-4146-8ea7-5634288acbb2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779809170916 138.85722065857357 7.855000019073486 35.07779872768216 138.85721993315224 7.855000019073486 35.0777959922594 138.85721613034144 7.855000019073486 35.077795285861065 138.8572168554558 7.855000019073486 35.07779809170916 138.85722065857357 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1221a7e3-45b0-4ecf-a04f-6a4d8bf7565a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778608123324 138.85723356377935 7.90500020980835 35.07778608123324 138.85723356377935 7.855000019073486 35.07778544526016 138.85723428920042 7.855000019073486 35.07778544526016 138.85723428920042 7.90500020980835 35.07778608123324 138.85723356377935 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-97acedbb-2343-4bf7-8f42-264875b13d5f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778608123324 138.85723356377935 7.90500020980835 35.07778608123324 138.85723356377935 7.940000057220459 35.077786291689165 138.85723384312342 7.90500020980835 35.07778608123324 138.85723356377935 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b1a680d7-1f60-44e4-8fe7-bd77567d9c21">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778565571608 138.85723456854456 7.90500020980835 35.07778593615574 138.8572349981158 7.90500020980835 35.077786497161235 138.85723581442403 7.90500020980835 35.077786497161235 138.85723581442403 7.940000057220459 35.07778544526016 138.85723428920042 7.940000057220459 35.07778544526016 138.85723428920042 7.90500020980835 35.07778565571608 138.85723456854456 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2a602f17-50aa-4d12-9da2-2cc5aa79bacb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783659230514 138.8571804973073 7.90500020980835 35.077836241376865 138.8571800888462 7.90500020980835 35.077836947774976 138.85717936373118 7.90500020980835 35.0778372282779 138.85717977188534 7.90500020980835 35.07783659230514 138.8571804973073 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b0e21ec8-ce7a-45cc-b228-00f86dad732c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836241376865 138.8571800888462 7.90500020980835 35.077836030920814 138.85717980950207 7.90500020980835 35.077836030920814 138.85717980950207 7.855000019073486 35.077836241376865 138.8571800888462 7.855000019073486 35.077836241376865 138.8571800888462 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0a28fe3a-ec2f-4e21-bb23-62d6f5f14c09">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0778233845395 138.85719341872436 7.855000019073486 35.07782409093768 138.85719269360953 7.855000019073486 35.077821285151806 138.85718886907435 7.855000019073486 35.07782064917898 138.8571895944961 7.855000019073486 35.0778233845395 138.85719341872436 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a73a8500-a772-4474-978d-d4587f774927">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782409093768 138.85719269360953 7.855000019073486 35.07782409093768 138.85719269360953 7.90500020980835 35.077824301330615 138.85719299437085 7.90500020980835 35.077824301330615 138.85719299437085 7.855000019073486 35.07782409093768 138.85719269360953 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fc1807d5-2d51-44ee-88e1-0119f58b3eb6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077824301330615 138.85719299437085 7.90500020980835 35.0778245818335 138.85719340252504 7.90500020980835 35.07782387543531 138.85719412763984 7.90500020980835 35.077823594932426 138.85719371948568 7.90500020980835 35.077824301330615 138.85719299437085 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5e959a52-74ea-4954-91c9-083a53285c41">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077823594932426 138.85719371948568 7.90500020980835 35.0778233845395 138.85719341872436 7.90500020980835 35.0778233845395 138.85719341872436 7.855000019073486 35.077823594932426 138.85719371948568 7.855000019073486 35.077823594932426 138.85719371948568 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-55a6940e-5d42-4d9b-8ad0-cc302e95ad29">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781165494781 138.8572066035892 7.90500020980835 35.07781165494781 138.8572066035892 7.855000019073486 35.07781144449182 138.85720632424506 7.855000019073486 35.07781144449182 138.85720632424506 7.90500020980835 35.07781165494781 138.8572066035892 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-eb7762db-f08b-4ccf-af7e-bf6a61f86943">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077810738093554 138.85720704935966 7.855000019073486 35.07781144449182 138.85720632424506 7.855000019073486 35.07780863870636 138.85720249970998 7.855000019073486 35.07780793230812 138.8572032248246 7.855000019073486 35.077810738093554 138.85720704935966 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-87e0675e-0aa8-4e15-8f51-d39cf89f4f70">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781165494781 138.8572066035892 7.90500020980835 35.07781193545065 138.85720701174333 7.90500020980835 35.07781122905237 138.85720773685793 7.90500020980835 35.07781094854953 138.85720732870377 7.90500020980835 35.07781165494781 138.8572066035892 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-826bc7e5-c31a-442d-849f-70260ee6e0d9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781094854953 138.85720732870377 7.90500020980835 35.077810738093554 138.85720704935966 7.90500020980835 35.077810738093554 138.85720704935966 7.855000019073486 35.07781094854953 138.85720732870377 7.855000019073486 35.07781094854953 138.85720732870377 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-76d36ba2-6c6e-4fde-9f90-0033c7899989">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077798938075034 138.85722023391352 7.90500020980835 35.077798938075034 138.85722023391352 7.855000019073486 35.07779872768216 138.85721993315224 7.855000019073486 35.07779872768216 138.85721993315224 7.90500020980835 35.077798938075034 138.85722023391352 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-458ecb13-6c51-47bf-8884-96701d2acc8f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077798938075034 138.85722023391352 7.90500020980835 35.077799289003174 138.8572206423746 7.90500020980835 35.07779858260482 138.85722136748896 7.90500020980835 35.07779830210203 138.85722095933485 7.90500020980835 35.077798938075034 138.85722023391352 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5b20cfe4-261b-44eb-99ef-7aea198c1a67">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0778372282779 138.85717977188534 7.90500020980835 35.07783785970912 138.8571805885006 7.940000057220459 35.07783785970912 138.8571805885006 7.90500020980835 35.0778372282779 138.85717977188534 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c1edbdac-7b2a-471e-91c2-d0f9d164d1d2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836737318925 138.857179084387 7.90500020980835 35.077836737318925 138.857179084387 7.855000019073486 35.077836030920814 138.85717980950207 7.855000019073486 35.077836030920814 138.85717980950207 7.90500020980835 35.077836737318925 138.857179084387 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a145f4d9-7d91-4e1e-991d-a000376a2f91">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779921403576 138.85722218410416 7.90500020980835 35.07779921403576 138.85722218410416 7.940000057220459 35.07779858260482 138.85722136748896 7.90500020980835 35.07779921403576 138.85722218410416 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d42c89ee-f87b-45c4-b8d1-2ce4c00a7e9c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779872768216 138.85721993315224 7.90500020980835 35.07779872768216 138.85721993315224 7.855000019073486 35.07779809170916 138.85722065857357 7.855000019073486 35.07779809170916 138.85722065857357 7.90500020980835 35.07779872768216 138.85721993315224 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-30e9c669-75e1-41a9-bf20-9e3957faae66">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778608123324 138.85723356377935 7.940000057220459 35.07778608123324 138.85723356377935 7.90500020980835 35.07778544526016 138.85723428920042 7.90500020980835 35.07778544526016 138.85723428920042 7.940000057220459 35.07778608123324 138.85723356377935 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0f35e7dc-6876-45c4-ab04-303149501d0a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077786497161235 138.85723581442403 7.940000057220459 35.077787203559666 138.8572350893099 7.940000057220459 35.07778608123324 138.85723356377935 7.940000057220459 35.07778544526016 138.85723428920042 7.940000057220459 35.077786497161235 138.85723581442403 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-12a97fbf-bb6f-4c02-858a-ea924a0a83c9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077787203559666 138.8572350893099 7.90500020980835 35.077787203559666 138.8572350893099 7.940000057220459 35.077786497161235 138.85723581442403 7.940000057220459 35.077786497161235 138.85723581442403 7.90500020980835 35.077787203559666 138.8572350893099 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ba5f19d4-ab22-4d37-98f5-0c34607a44b5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077787203559666 138.8572350893099 7.90500020980835 35.07779921403576 138.85722218410416 7.90500020980835 35.07779858260482 138.85722136748896 7.90500020980835 35.07778657219191 138.85723425127756 7.90500020980835 35.077787203559666 138.8572350893099 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-65dd9d09-45af-4186-998e-7fb1875556e8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077837581476956 138.8571794093278 7.855000019073486 35.077837581476956 138.8571794093278 7.90500020980835 35.07783821290816 138.85718022594307 7.90500020980835 35.07783821290816 138.85718022594307 7.855000019073486 35.077837581476956 138.8571794093278 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fe39860f-0256-4b99-b4d0-24a0e3641713">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778593615574 138.8572349981158 7.855000019073486 35.077799289003174 138.8572206423746 7.855000019073486 35.07781193545065 138.85720701174333 7.855000019073486 35.0778245818335 138.85719340252504 7.855000019073486 35.077837581476956 138.8571794093278 7.855000019073486 35.07783821290816 138.85718022594307 7.855000019073486 35.07782521326461 138.85719421914027 7.855000019073486 35.07781249645632 138.8572078280516 7.855000019073486 35.077799850008766 138.85722145868286 7.855000019073486 35.077786497161235 138.85723581442403 7.855000019073486 35.07778593615574 138.8572349981158 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-44cc7726-b019-47df-a215-3d304e653449">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778593615574 138.8572349981158 7.90500020980835 35.07778593615574 138.8572349981158 7.855000019073486 35.077786497161235 138.85723581442403 7.855000019073486 35.077786497161235 138.85723581442403 7.90500020980835 35.07778593615574 138.8572349981158 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-84a7ca68-97cb-4d3c-8215-12c314d6b139">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836241376865 138.8571800888462 7.90500020980835 35.077836030920814 138.85717980950207 7.940000057220459 35.077836030920814 138.85717980950207 7.90500020980835 35.077836241376865 138.8571800888462 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-68e72ab6-0a03-48e7-956c-5179135ad6a4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782409093768 138.85719269360953 7.90500020980835 35.07782409093768 138.85719269360953 7.855000019073486 35.0778233845395 138.85719341872436 7.855000019073486 35.0778233845395 138.85719341872436 7.90500020980835 35.07782409093768 138.85719269360953 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5bcbf2f6-e976-4704-bfb9-b2c391068267">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782409093768 138.85719269360953 7.90500020980835 35.07782409093768 138.85719269360953 7.940000057220459 35.077824301330615 138.85719299437085 7.90500020980835 35.07782409093768 138.85719269360953 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-086010d7-0c92-4892-bf43-c2f3f3540f6b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077823594932426 138.85719371948568 7.90500020980835 35.0778233845395 138.85719341872436 7.940000057220459 35.0778233845395 138.85719341872436 7.90500020980835 35.077823594932426 138.85719371948568 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-09a62a84-1ac4-4563-8eec-672af851a711">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781193545065 138.85720701174333 7.90500020980835 35.07781249645632 138.8572078280516 7.940000057220459 35.07781249645632 138.8572078280516 7.90500020980835 35.07781193545065 138.85720701174333 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4fec1100-749b-4c79-b43f-9524c2ca18f0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781144449182 138.85720632424506 7.90500020980835 35.07781144449182 138.85720632424506 7.855000019073486 35.077810738093554 138.85720704935966 7.855000019073486 35.077810738093554 138.85720704935966 7.90500020980835 35.07781144449182 138.85720632424506 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cac1ae1f-7ec1-46a9-8b9a-9e06a868d899">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781094854953 138.85720732870377 7.90500020980835 35.077810738093554 138.85720704935966 7.940000057220459 35.077810738093554 138.85720704935966 7.90500020980835 35.07781094854953 138.85720732870377 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-27f4a9b1-27f8-4ef2-a3ab-68b100a02fd8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077799850008766 138.85722145868286 7.90500020980835 35.077799289003174 138.8572206423746 7.90500020980835 35.077799850008766 138.85722145868286 7.940000057220459 35.077799850008766 138.85722145868286 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ffbb24b5-7b88-462a-a25b-b43168b3eeaf">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779858260482 138.85722136748896 7.90500020980835 35.07778593615574 138.8572349981158 7.855000019073486 35.07778593615574 138.8572349981158 7.90500020980835 35.07778657219191 138.85723425127756 7.90500020980835 35.07779858260482 138.85722136748896 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b9bf2251-d067-46bc-8c9d-45b58aa37bc1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783785970912 138.8571805885006 7.90500020980835 35.07783821290816 138.85718022594307 7.90500020980835 35.077837581476956 138.8571794093278 7.90500020980835 35.0778372282779 138.85717977188534 7.90500020980835 35.07783785970912 138.8571805885006 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6670b326-cbe0-4f7b-b991-14dc9e8623af">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836737318925 138.857179084387 7.940000057220459 35.077836737318925 138.857179084387 7.90500020980835 35.077836030920814 138.85717980950207 7.90500020980835 35.077836030920814 138.85717980950207 7.940000057220459 35.077836737318925 138.857179084387 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-820ede01-10f9-4b75-9eea-dc486c852163">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077837153310995 138.85718131361565 7.940000057220459 35.07783785970912 138.8571805885006 7.940000057220459 35.077836737318925 138.857179084387 7.940000057220459 35.077836030920814 138.85717980950207 7.940000057220459 35.077837153310995 138.85718131361565 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-80b33c46-6ad6-4797-ae43-a49fa7d75620">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783785970912 138.8571805885006 7.90500020980835 35.07783785970912 138.8571805885006 7.940000057220459 35.077837153310995 138.85718131361565 7.940000057220459 35.077837153310995 138.85718131361565 7.90500020980835 35.07783785970912 138.8571805885006 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f5338061-5c22-454a-9697-14d97386ad69">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077799850008766 138.85722145868286 7.90500020980835 35.077799850008766 138.85722145868286 7.940000057220459 35.07779921403576 138.85722218410416 7.940000057220459 35.07779921403576 138.85722218410416 7.90500020980835 35.077799850008766 138.85722145868286 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-12645e1d-f822-489e-a7e5-f732125873e9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779921403576 138.85722218410416 7.940000057220459 35.077799850008766 138.85722145868286 7.940000057220459 35.07779872768216 138.85721993315224 7.940000057220459 35.07779809170916 138.85722065857357 7.940000057220459 35.07779921403576 138.85722218410416 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7a4eb958-0194-4562-bfde-4cbd70119706">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779872768216 138.85721993315224 7.940000057220459 35.07779872768216 138.85721993315224 7.90500020980835 35.07779809170916 138.85722065857357 7.90500020980835 35.07779809170916 138.85722065857357 7.940000057220459 35.07779872768216 138.85721993315224 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5efd0c83-40ab-43a8-b2c8-2f46fa1d2497">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077786497161235 138.85723581442403 7.855000019073486 35.077787203559666 138.8572350893099 7.90500020980835 35.077786497161235 138.85723581442403 7.90500020980835 35.077786497161235 138.85723581442403 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6b7df71b-1647-484e-9d14-001550ab0fd0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0778245818335 138.85719340252504 7.90500020980835 35.07782521326461 138.85719421914027 7.90500020980835 35.077837153310995 138.85718131361565 7.90500020980835 35.07783659230514 138.8571804973073 7.90500020980835 35.0778245818335 138.85719340252504 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-83dfa301-5d7e-49de-9b7e-c0000ad21b5a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782409093768 138.85719269360953 7.940000057220459 35.07782409093768 138.85719269360953 7.90500020980835 35.0778233845395 138.85719341872436 7.90500020980835 35.0778233845395 138.85719341872436 7.940000057220459 35.07782409093768 138.85719269360953 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e8468503-34d4-469f-9572-421b6efe600c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782450686642 138.85719494425507 7.940000057220459 35.07782521326461 138.85719421914027 7.940000057220459 35.07782409093768 138.85719269360953 7.940000057220459 35.0778233845395 138.85719341872436 7.940000057220459 35.07782450686642 138.85719494425507 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f26fd59f-5ff5-4dc4-b9b9-4022851f86ca">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782521326461 138.85719421914027 7.90500020980835 35.07782521326461 138.85719421914027 7.940000057220459 35.07782450686642 138.85719494425507 7.940000057220459 35.07782450686642 138.85719494425507 7.90500020980835 35.07782521326461 138.85719421914027 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e31aeb05-a2d0-4308-818d-11e818465480">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781193545065 138.85720701174333 7.90500020980835 35.07781249645632 138.8572078280516 7.90500020980835 35.07782450686642 138.85719494425507 7.90500020980835 35.07782387543531 138.85719412763984 7.90500020980835 35.07781193545065 138.85720701174333 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a58bb51a-e8e7-49e9-9646-52bda5144e35">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781144449182 138.85720632424506 7.940000057220459 35.07781144449182 138.85720632424506 7.90500020980835 35.077810738093554 138.85720704935966 7.90500020980835 35.077810738093554 138.85720704935966 7.940000057220459 35.07781144449182 138.85720632424506 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-116e4a10-2fb0-4a90-9cee-3f5826b78592">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077811860420304 138.8572085748903 7.940000057220459 35.07781249645632 138.8572078280516 7.940000057220459 35.07781144449182 138.85720632424506 7.940000057220459 35.077810738093554 138.85720704935966 7.940000057220459 35.077811860420304 138.8572085748903 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-76c2c498-5a43-46a0-a224-9727e106336e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781249645632 138.8572078280516 7.90500020980835 35.07781249645632 138.8572078280516 7.940000057220459 35.077811860420304 138.8572085748903 7.940000057220459 35.077811860420304 138.8572085748903 7.90500020980835 35.07781249645632 138.8572078280516 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3f7ae822-e051-44a1-8e2e-2f003678b392">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077799850008766 138.85722145868286 7.90500020980835 35.077811860420304 138.8572085748903 7.90500020980835 35.07781122905237 138.85720773685793 7.90500020980835 35.077799289003174 138.8572206423746 7.90500020980835 35.077799850008766 138.85722145868286 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b5f452d7-4787-485f-930c-6083b496463a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771734353966 138.85725065661575 7.820000171661377 35.077771734353966 138.85725065661575 7.920000076293945 35.077771945188395 138.85725080745686 7.920000076293945 35.077771945188395 138.85725080745686 7.820000171661377 35.077771734353966 138.85725065661575 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-99fbdf4c-494d-4892-bc5a-16ae195c7a7e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771945188395 138.85725080745686 7.820000171661377 35.077771945188395 138.85725080745686 7.920000076293945 35.07777201485666 138.85725106476986 7.920000076293945 35.07777201485666 138.85725106476986 7.820000171661377 35.077771945188395 138.85725080745686 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e9ab0bd9-e33a-41e3-b145-dab639b92b6c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777145271566 138.85725063397066 7.820000171661377 35.07777145271566 138.85725063397066 7.920000076293945 35.077771734353966 138.85725065661575 7.920000076293945 35.077771734353966 138.85725065661575 7.820000171661377 35.07777145271566 138.85725063397066 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2b7599b1-d8b4-482c-983d-8341237b2b38">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777131148643 138.8572507618597 7.820000171661377 35.07777131148643 138.8572507618597 7.920000076293945 35.07777145271566 138.85725063397066 7.920000076293945 35.07777145271566 138.85725063397066 7.820000171661377 35.07777131148643 138.8572507618597 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9f697874-ecd0-49f1-897c-182dcc9eac95">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777116994174 138.85725099683458 7.820000171661377 35.07777116994174 138.85725099683458 7.920000076293945 35.07777131148643 138.8572507618597 7.920000076293945 35.07777131148643 138.8572507618597 7.820000171661377 35.07777116994174 138.85725099683458 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-78f16efc-483f-4e08-a760-e7ab87770b61">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771169121576 138.85725127525774 7.820000171661377 35.077771169121576 138.85725127525774 7.920000076293945 35.07777116994174 138.85725099683458 7.920000076293945 35.07777116994174 138.85725099683458 7.820000171661377 35.077771169121576 138.85725127525774 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e7c2d4d0-1795-4866-acd4-fe7e99698ed6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777123878985 138.8572515325707 7.820000171661377 35.07777123878985 138.8572515325707 7.920000076293945 35.077771169121576 138.85725127525774 7.920000076293945 35.077771169121576 138.85725127525774 7.820000171661377 35.07777123878985 138.8572515325707 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-216b1a75-05e3-402a-b6c0-64714229d4a4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771449624265 138.85725168341182 7.820000171661377 35.077771449624265 138.85725168341182 7.920000076293945 35.07777123878985 138.8572515325707 7.920000076293945 35.07777123878985 138.8572515325707 7.820000171661377 35.077771449624265 138.85725168341182 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a781a065-27a8-442e-ad77-1717eec05734">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777166083723 138.85725170574992 7.820000171661377 35.07777166083723 138.85725170574992 7.920000076293945 35.077771449624265 138.85725168341182 7.920000076293945 35.077771449624265 138.85725168341182 7.820000171661377 35.07777166083723 138.85725170574992 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a2719cbf-e410-44b5-88a7-92aa3715b07f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777187249181 138.85725157816788 7.820000171661377 35.07777187249181 138.85725157816788 7.920000076293945 35.07777166083723 138.85725170574992 7.920000076293945 35.07777166083723 138.85725170574992 7.820000171661377 35.07777187249181 138.85725157816788 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6468be88-57cc-449a-aa79-c31a0436da18">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0777720140365 138.857251343193 7.820000171661377 35.0777720140365 138.857251343193 7.920000076293945 35.07777187249181 138.85725157816788 7.920000076293945 35.07777187249181 138.85725157816788 7.820000171661377 35.0777720140365 138.857251343193 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2d492bf0-fc52-4f6e-ad90-b16bfe958c6c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777201485666 138.85725106476986 7.820000171661377 35.07777201485666 138.85725106476986 7.920000076293945 35.0777720140365 138.857251343193 7.920000076293945 35.0777720140365 138.857251343193 7.820000171661377 35.07777201485666 138.85725106476986 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e67913ac-6de7-4e97-a6b4-9097f6b62e3f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771734353966 138.85725065661575 7.920000076293945 35.07777145271566 138.85725063397066 7.920000076293945 35.07777131148643 138.8572507618597 7.920000076293945 35.07777116994174 138.85725099683458 7.920000076293945 35.077771169121576 138.85725127525774 7.920000076293945 35.07777123878985 138.8572515325707 7.920000076293945 35.077771449624265 138.85725168341182 7.920000076293945 35.07777166083723 138.85725170574992 7.920000076293945 35.07777187249181 138.85725157816788 7.920000076293945 35.0777720140365 138.857251343193 7.920000076293945 35.07777201485666 138.85725106476986 7.920000076293945 35.077771945188395 138.85725080745686 7.920000076293945 35.077771734353966 138.85725065661575 7.920000076293945</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-77ad2a90-6143-4105-ad1d-5ab4908fa150">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783393153262 138.8571752598517 7.820000171661377 35.07783393153262 138.8571752598517 7.855000019073486 35.077836737318925 138.857179084387 7.855000019073486 35.077836947774976 138.85717936373118 7.855000019073486 35.077836947774976 138.85717936373118 7.820000171661377 35.07783393153262 138.8571752598517 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9cbbfa91-f148-4f8c-8a48-4d2f36581f43">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783393153262 138.8571752598517 7.855000019073486 35.07783329555989 138.85717598527367 7.855000019073486 35.077836030920814 138.85717980950207 7.855000019073486 35.077836737318925 138.857179084387 7.855000019073486 35.07783393153262 138.8571752598517 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-77c49153-0ac0-412d-80f4-b1c71b375f6f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779809170916 138.85722065857357 7.940000057220459 35.07779830210203 138.85722095933485 7.90500020980835 35.07779858260482 138.85722136748896 7.90500020980835 35.07779809170916 138.85722065857357 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b2994640-ade3-42ad-961b-873dee747cfd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779921403576 138.85722218410416 7.940000057220459 35.07779809170916 138.85722065857357 7.940000057220459 35.07779858260482 138.85722136748896 7.90500020980835 35.07779921403576 138.85722218410416 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e695c936-e205-40ee-992f-cc142031ae37">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779809170916 138.85722065857357 7.940000057220459 35.07779809170916 138.85722065857357 7.90500020980835 35.07779830210203 138.85722095933485 7.90500020980835 35.07779809170916 138.85722065857357 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-367b73d0-c5c4-4f21-b690-d7c08f81a367">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077786497161235 138.85723581442403 7.855000019073486 35.077799850008766 138.85722145868286 7.855000019073486 35.077787203559666 138.8572350893099 7.90500020980835 35.077786497161235 138.85723581442403 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9d98c63a-c5fa-491f-b23a-a6a143e74c63">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077798938075034 138.85722023391352 7.90500020980835 35.07779872768216 138.85721993315224 7.90500020980835 35.07779872768216 138.85721993315224 7.940000057220459 35.077798938075034 138.85722023391352 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-750de622-596d-4b92-add6-bdd1ed3515e3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077799289003174 138.8572206423746 7.90500020980835 35.077798938075034 138.85722023391352 7.90500020980835 35.07779872768216 138.85721993315224 7.940000057220459 35.077799289003174 138.8572206423746 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bc45b626-8de3-4408-80ba-b4af2158c763">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077799289003174 138.8572206423746 7.90500020980835 35.07779872768216 138.85721993315224 7.940000057220459 35.077799850008766 138.85722145868286 7.940000057220459 35.077799289003174 138.8572206423746 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-37d93215-4977-4003-b3dc-cfa0ed021cdc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778608123324 138.85723356377935 7.940000057220459 35.07778657219191 138.85723425127756 7.90500020980835 35.077786291689165 138.85723384312342 7.90500020980835 35.07778608123324 138.85723356377935 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a21b9b5a-537b-443b-85e4-7d8831bdd8d1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778608123324 138.85723356377935 7.940000057220459 35.077787203559666 138.8572350893099 7.940000057220459 35.07778657219191 138.85723425127756 7.90500020980835 35.07778608123324 138.85723356377935 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-13eb9efc-84c5-4034-9faa-01428190ee62">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077787203559666 138.8572350893099 7.940000057220459 35.077787203559666 138.8572350893099 7.90500020980835 35.07778657219191 138.85723425127756 7.90500020980835 35.077787203559666 138.8572350893099 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fb0259ee-240d-4ba5-a5da-0820d32c59b9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781193545065 138.85720701174333 7.90500020980835 35.07781144449182 138.85720632424506 7.940000057220459 35.07781249645632 138.8572078280516 7.940000057220459 35.07781193545065 138.85720701174333 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-552c204c-f15c-4a02-aee2-9be6647dbbc9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781193545065 138.85720701174333 7.90500020980835 35.07781165494781 138.8572066035892 7.90500020980835 35.07781144449182 138.85720632424506 7.940000057220459 35.07781193545065 138.85720701174333 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-efdcf279-10f9-49b2-954a-67f6d09b881c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781165494781 138.8572066035892 7.90500020980835 35.07781144449182 138.85720632424506 7.90500020980835 35.07781144449182 138.85720632424506 7.940000057220459 35.07781165494781 138.8572066035892 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1692817d-8427-4967-985b-20862e7ecca9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781094854953 138.85720732870377 7.90500020980835 35.07781122905237 138.85720773685793 7.90500020980835 35.077810738093554 138.85720704935966 7.940000057220459 35.07781094854953 138.85720732870377 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fedeab61-29f5-471f-9cb1-412a0c5a7f4f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781122905237 138.85720773685793 7.90500020980835 35.077811860420304 138.8572085748903 7.940000057220459 35.077810738093554 138.85720704935966 7.940000057220459 35.07781122905237 138.85720773685793 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2155d4e9-6801-4631-b7e4-1dc0129c2ea5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781122905237 138.85720773685793 7.90500020980835 35.077811860420304 138.8572085748903 7.90500020980835 35.077811860420304 138.8572085748903 7.940000057220459 35.07781122905237 138.85720773685793 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ce056ad3-ef60-46fe-81bf-3a093cdd1549">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782409093768 138.85719269360953 7.940000057220459 35.0778245818335 138.85719340252504 7.90500020980835 35.077824301330615 138.85719299437085 7.90500020980835 35.07782409093768 138.85719269360953 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-aa12084c-a8b1-4eec-b402-4c8bda237cf3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782409093768 138.85719269360953 7.940000057220459 35.07782521326461 138.85719421914027 7.940000057220459 35.0778245818335 138.85719340252504 7.90500020980835 35.07782409093768 138.85719269360953 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0ba3d43e-c2c7-4a9c-aade-f83caf987c94">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782521326461 138.85719421914027 7.940000057220459 35.07782521326461 138.85719421914027 7.90500020980835 35.0778245818335 138.85719340252504 7.90500020980835 35.07782521326461 138.85719421914027 7.940000057220459</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b05319cc-d099-44b5-b63e-2222484b65c0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077823594932426 138.85719371948568 7.90500020980835 35.07782387543531 138.85719412763984 7.90500020980835 35.0778233845395 138.85719341872436 7.940000057220459 35.077823594932426 138.85719371948568 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0bbdce38-9d7d-4dea-971a-60efcd0ef469">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782387543531 138.85719412763984 7.90500020980835 35.07782450686642 138.85719494425507 7.940000057220459 35.0778233845395 138.85719341872436 7.940000057220459 35.07782387543531 138.85719412763984 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-87abec75-a2dd-4fd3-8913-ea64bc32241d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782387543531 138.85719412763984 7.90500020980835 35.07782450686642 138.85719494425507 7.90500020980835 35.07782450686642 138.85719494425507 7.940000057220459 35.07782387543531 138.85719412763984 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9178d2a0-a040-4ba8-ad1b-b5989970407d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836947774976 138.85717936373118 7.90500020980835 35.077836737318925 138.857179084387 7.90500020980835 35.077836737318925 138.857179084387 7.940000057220459 35.077836947774976 138.85717936373118 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5ef51880-b880-4b77-9804-5e5ae34a18e4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0778372282779 138.85717977188534 7.90500020980835 35.077836947774976 138.85717936373118 7.90500020980835 35.077836737318925 138.857179084387 7.940000057220459 35.0778372282779 138.85717977188534 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-09bea245-c0bb-4016-81b0-0987e8c2bcf8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0778372282779 138.85717977188534 7.90500020980835 35.077836737318925 138.857179084387 7.940000057220459 35.07783785970912 138.8571805885006 7.940000057220459 35.0778372282779 138.85717977188534 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-77818c0c-adc5-449a-838e-b98ba2978d1c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836241376865 138.8571800888462 7.90500020980835 35.07783659230514 138.8571804973073 7.90500020980835 35.077836030920814 138.85717980950207 7.940000057220459 35.077836241376865 138.8571800888462 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d1af095a-8e19-46fa-abf1-f55c47b74801">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783659230514 138.8571804973073 7.90500020980835 35.077837153310995 138.85718131361565 7.940000057220459 35.077836030920814 138.85717980950207 7.940000057220459 35.07783659230514 138.8571804973073 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fee73eab-2e86-45cc-970d-e93f1bfcb7f5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783659230514 138.8571804973073 7.90500020980835 35.077837153310995 138.85718131361565 7.90500020980835 35.077837153310995 138.85718131361565 7.940000057220459 35.07783659230514 138.8571804973073 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e474eb42-b8f8-4df2-831b-c7bc3e4d74d8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783821290816 138.85718022594307 7.855000019073486 35.07783821290816 138.85718022594307 7.90500020980835 35.07783785970912 138.8571805885006 7.90500020980835 35.07783821290816 138.85718022594307 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a996e4b0-2bfe-463e-9b86-bdad48aa051f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783821290816 138.85718022594307 7.855000019073486 35.07783785970912 138.8571805885006 7.90500020980835 35.077837153310995 138.85718131361565 7.90500020980835 35.07783821290816 138.85718022594307 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a3c3df67-c71b-4bf1-80ca-8c869c80460e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0778372282779 138.85717977188534 7.90500020980835 35.077837581476956 138.8571794093278 7.90500020980835 35.077837581476956 138.8571794093278 7.855000019073486 35.0778372282779 138.85717977188534 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-463a6f01-25eb-4155-a459-246222f90585">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783659230514 138.8571804973073 7.90500020980835 35.0778372282779 138.85717977188534 7.90500020980835 35.077837581476956 138.8571794093278 7.855000019073486 35.07783659230514 138.8571804973073 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-dcda3bbf-a915-4e0d-98fa-96609c2c0b62">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077799850008766 138.85722145868286 7.855000019073486 35.077811860420304 138.8572085748903 7.90500020980835 35.077799850008766 138.85722145868286 7.90500020980835 35.077799850008766 138.85722145868286 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-04d5f87e-c2a9-48f1-bc9a-bc8bd0a79265">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077799850008766 138.85722145868286 7.855000019073486 35.077799850008766 138.85722145868286 7.90500020980835 35.07779921403576 138.85722218410416 7.90500020980835 35.077799850008766 138.85722145868286 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-91d64ad1-5486-46fe-a82b-8c590855035b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077799850008766 138.85722145868286 7.855000019073486 35.07779921403576 138.85722218410416 7.90500020980835 35.077787203559666 138.8572350893099 7.90500020980835 35.077799850008766 138.85722145868286 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-55e1bf68-997f-4ea9-922c-3f7efc0de8ca">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077799289003174 138.8572206423746 7.90500020980835 35.07781122905237 138.85720773685793 7.90500020980835 35.077799289003174 138.8572206423746 7.855000019073486 35.077799289003174 138.8572206423746 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c4e7a409-3bb2-4b00-861d-d8f03cbac7f9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779858260482 138.85722136748896 7.90500020980835 35.077799289003174 138.8572206423746 7.90500020980835 35.077799289003174 138.8572206423746 7.855000019073486 35.07779858260482 138.85722136748896 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-41ff7f57-caf7-456b-9bbc-2e616c11951b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779858260482 138.85722136748896 7.90500020980835 35.077799289003174 138.8572206423746 7.855000019073486 35.07778593615574 138.8572349981158 7.855000019073486 35.07779858260482 138.85722136748896 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-27c1ab92-9ff1-4df8-97b7-6cf98197dcf0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781249645632 138.8572078280516 7.855000019073486 35.07782450686642 138.85719494425507 7.90500020980835 35.07781249645632 138.8572078280516 7.90500020980835 35.07781249645632 138.8572078280516 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a7ece849-ee68-4a6b-a2dd-5d7de36f7580">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781249645632 138.8572078280516 7.855000019073486 35.07781249645632 138.8572078280516 7.90500020980835 35.077811860420304 138.8572085748903 7.90500020980835 35.07781249645632 138.8572078280516 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8bbc763c-2b4d-47ba-b4b4-e4a0df74383a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077799850008766 138.85722145868286 7.855000019073486 35.07781249645632 138.8572078280516 7.855000019073486 35.077811860420304 138.8572085748903 7.90500020980835 35.077799850008766 138.85722145868286 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-298458ce-7805-48f7-b103-56a2786afe6b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782521326461 138.85719421914027 7.855000019073486 35.077837153310995 138.85718131361565 7.90500020980835 35.07782521326461 138.85719421914027 7.90500020980835 35.07782521326461 138.85719421914027 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f202cf48-6ffc-49ba-b1fa-ceccb0b9087d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782521326461 138.85719421914027 7.855000019073486 35.07782521326461 138.85719421914027 7.90500020980835 35.07782450686642 138.85719494425507 7.90500020980835 35.07782521326461 138.85719421914027 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4c4fed65-2074-4aa6-99a0-b621001a41e4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781249645632 138.8572078280516 7.855000019073486 35.07782521326461 138.85719421914027 7.855000019073486 35.07782450686642 138.85719494425507 7.90500020980835 35.07781249645632 138.8572078280516 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1290bb0f-ff73-40be-be5f-2be72aa91abb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782521326461 138.85719421914027 7.855000019073486 35.07783821290816 138.85718022594307 7.855000019073486 35.077837153310995 138.85718131361565 7.90500020980835 35.07782521326461 138.85719421914027 7.855000019073486</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-42450578-ed07-4925-b46e-f846c5a2ac7d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781193545065 138.85720701174333 7.90500020980835 35.07782387543531 138.85719412763984 7.90500020980835 35.07781193545065 138.85720701174333 7.855000019073486 35.07781193545065 138.85720701174333 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e1575ad6-7772-44e4-86f5-553e0b19ac5f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781122905237 138.85720773685793 7.90500020980835 35.07781193545065 138.85720701174333 7.90500020980835 35.07781193545065 138.85720701174333 7.855000019073486 35.07781122905237 138.85720773685793 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7410101c-0711-48c6-8880-ae0f04ab7416">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781122905237 138.85720773685793 7.90500020980835 35.07781193545065 138.85720701174333 7.855000019073486 35.077799289003174 138.8572206423746 7.855000019073486 35.07781122905237 138.85720773685793 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3d2c24ca-1952-42e9-997a-726318b002a4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.0778245818335 138.85719340252504 7.90500020980835 35.07783659230514 138.8571804973073 7.90500020980835 35.0778245818335 138.85719340252504 7.855000019073486 35.0778245818335 138.85719340252504 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9519204e-587f-41e8-a6e9-b5e87f8c5736">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782387543531 138.85719412763984 7.90500020980835 35.0778245818335 138.85719340252504 7.90500020980835 35.0778245818335 138.85719340252504 7.855000019073486 35.07782387543531 138.85719412763984 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d4e8d0c2-8744-41f6-ae33-bfb977b6b477">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07782387543531 138.85719412763984 7.90500020980835 35.0778245818335 138.85719340252504 7.855000019073486 35.07781193545065 138.85720701174333 7.855000019073486 35.07782387543531 138.85719412763984 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-435c8ab4-918e-4481-a8a1-1240e7506309">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07783659230514 138.8571804973073 7.90500020980835 35.077837581476956 138.8571794093278 7.855000019073486 35.0778245818335 138.85719340252504 7.855000019073486 35.07783659230514 138.8571804973073 7.90500020980835</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-98744d70-866b-440c-ae03-8974af871fa9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077771945188395 138.85725080745686 7.820000171661377 35.07777201485666 138.85725106476986 7.820000171661377 35.0777720140365 138.857251343193 7.820000171661377 35.07777187249181 138.85725157816788 7.820000171661377 35.07777166083723 138.85725170574992 7.820000171661377 35.077771449624265 138.85725168341182 7.820000171661377 35.07777123878985 138.8572515325707 7.820000171661377 35.077771169121576 138.85725127525774 7.820000171661377 35.07777116994174 138.85725099683458 7.820000171661377 35.07777131148643 138.8572507618597 7.820000171661377 35.07777145271566 138.85725063397066 7.820000171661377 35.077771734353966 138.85725065661575 7.820000171661377 35.077771945188395 138.85725080745686 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1be202ea-7cbf-45cc-81c5-705b5aa03ebb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07777971582431 138.85724274553493 7.820000171661377 35.07777971500417 138.85724302395815 7.820000171661377 35.0777795734595 138.85724325893307 7.820000171661377 35.07777936180493 138.85724338651514 7.820000171661377 35.077779150591965 138.85724336417704 7.820000171661377 35.07777893975754 138.85724321333595 7.820000171661377 35.077778870089254 138.85724295602296 7.820000171661377 35.0777788709094 138.85724267759977 7.820000171661377 35.077779012454066 138.85724244262488 7.820000171661377 35.07777922410863 138.85724231504278 7.820000171661377 35.0777794353216 138.85724233738085 7.820000171661377 35.07777964615603 138.85724248822197 7.820000171661377 35.07777971582431 138.85724274553493 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c3f0c0da-f982-4216-afe5-9f4b17cc4dd6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07778565571608 138.85723456854456 7.820000171661377 35.07778263947558 138.85723046466563 7.820000171661377 35.07778334587398 138.8572297395515 7.820000171661377 35.077786291689165 138.85723384312342 7.820000171661377 35.07778565571608 138.85723456854456 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-228a42e4-c03c-464a-8967-3763ca63f56c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07779830210203 138.85722095933485 7.820000171661377 35.077795285861065 138.8572168554558 7.820000171661377 35.0777959922594 138.85721613034144 7.820000171661377 35.077798938075034 138.85722023391352 7.820000171661377 35.07779830210203 138.85722095933485 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e1980dbd-9fcf-498d-99c2-3ef37cf5b87f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.07781094854953 138.85720732870377 7.820000171661377 35.07780793230812 138.8572032248246 7.820000171661377 35.07780863870636 138.85720249970998 7.820000171661377 35.07781165494781 138.8572066035892 7.820000171661377 35.07781094854953 138.85720732870377 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ed705354-8d67-4ce3-a646-d38f6a291989">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077823594932426 138.85719371948568 7.820000171661377 35.07782064917898 138.8571895944961 7.820000171661377 35.077821285151806 138.85718886907435 7.820000171661377 35.077824301330615 138.85719299437085 7.820000171661377 35.077823594932426 138.85719371948568 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-dde1c55f-cf9e-41ba-b16c-1bb1ef65c62d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.077836241376865 138.8571800888462 7.820000171661377 35.07783329555989 138.85717598527367 7.820000171661377 35.07783393153262 138.8571752598517 7.820000171661377 35.077836947774976 138.85717936373118 7.820000171661377 35.077836241376865 138.8571800888462 7.820000171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod3Geometry>
				</uro:ConstructionInstallation>
			</uro:constructionInstallation>
			<uro:class codeSpace="../../codelists/OtherConstruction_class.xml">05</uro:class>
			<uro:function codeSpace="../../codelists/OtherConstruction_function.xml">99</uro:function>
		</uro:OtherConstruction>
	</core:cityObjectMember>
</core:CityModel>