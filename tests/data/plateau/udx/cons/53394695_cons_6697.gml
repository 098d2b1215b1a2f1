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
			<gml:lowerCorner>35.50077702417377 139.80830196623543 -2.200892686843872</gml:lowerCorner>
			<gml:upperCorner>35.749976678078674 139.81948726768073 12.720826387405396</gml:upperCorner>
		</gml:Envelope>
	</gml:boundedBy>
	<core:cityObjectMember>
		<uro:OtherConstruction gml:id="cons_a1ff6622-5622-4269-898e-abf0627c33ee">
			<uro:conditionOfConstruction>functional</uro:conditionOfConstruction>
			<uro:consBaseAttribute>
				<uro:ConstructionBaseAttribute>
					<uro:adminType codeSpace="../../codelists/ConstructionBaseAttribute_adminType.xml">22</uro:adminType>
					<uro:administorator>東京都</uro:administorator>
				</uro:ConstructionBaseAttribute>
			</uro:consBaseAttribute>
			<uro:consDmAttribute>
				<uro:DmGeometricAttribute>
					<uro:dmCode codeSpace="../../codelists/Common_dmCode.xml">5228</uro:dmCode>
				</uro:DmGeometricAttribute>
			</uro:consDmAttribute>
			<uro:consDataQualityAttribute>
				<uro:ConstructionDataQualityAttribute>
					<uro:geometrySrcDesc codeSpace="../../codelists/DataQualityAttribute_geometrySrcDesc.xml">6</uro:geometrySrcDesc>
				</uro:ConstructionDataQualityAttribute>
			</uro:consDataQualityAttribute>		
			<uro:lod0Geometry>
				<gml:MultiCurve>
					<gml:curveMember>
						<gml:LineString>
							<gml:posList>35.749976678078674 139.81933190590073 0 35.74993034996431 139.8193616434647 0 35.74990610164069 139.81930481598064 0 35.74995242718602 139.81927507240312 0 35.749976678078674 139.81933190590073 0</gml:posList>
						</gml:LineString>
					</gml:curveMember>
					<gml:curveMember>
						<gml:LineString>
							<gml:posList>35.74978102977949 139.81945753026238 0 35.74973470163253 139.81948726768073 0 35.74971045336748 139.81943044029762 0 35.74975677894541 139.8194006968657 0 35.74978102977949 139.81945753026238 0</gml:posList>
						</gml:LineString>
					</gml:curveMember>
					<gml:curveMember>
						<gml:LineString>
							<gml:posList>35.74991822580587 139.81933322971835 0 35.74976890436582 139.81942911355972 0</gml:posList>
						</gml:LineString>
					</gml:curveMember>
					<gml:curveMember>
						<gml:LineString>
							<gml:posList>35.749976678078674 139.81933190590073 0 35.74993034996431 139.8193616434647 0 35.74990610164069 139.81930481598064 0 35.74995242718602 139.81927507240312 0 35.749976678078674 139.81933190590073 0</gml:posList>
						</gml:LineString>
					</gml:curveMember>
					<gml:curveMember>
						<gml:LineString>
							<gml:posList>35.74978102977949 139.81945753026238 0 35.74973470163253 139.81948726768073 0 35.74971045336748 139.81943044029762 0 35.74975677894541 139.8194006968657 0 35.74978102977949 139.81945753026238 0</gml:posList>
						</gml:LineString>
					</gml:curveMember>
				</gml:MultiCurve>
			</uro:lod0Geometry>
			<uro:lod1Geometry>
				<gml:Solid>
					<gml:exterior>
						<gml:CompositeSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a4eb2e1f-1df9-40cd-8fab-37bdb0e55af9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74995242975652 139.8192750811276 12.720000267028809 35.749710453367946 139.8194304443469 12.720000267028809 35.749976678078056 139.81933190050168 12.720000267028809 35.74995242975652 139.8192750811276 12.720000267028809</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ac049aea-b423-47b3-9d12-3af0c1d6f89a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749976678078056 139.81933190050168 12.720000267028809 35.749710453367946 139.8194304443469 12.720000267028809 35.74973470161705 139.81948726359613 12.720000267028809 35.749976678078056 139.81933190050168 12.720000267028809</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3581d0c7-837d-46f1-9df6-a7576970771b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74995242975652 139.8192750811276 2.950000047683716 35.74995242975652 139.8192750811276 12.720000267028809 35.749976678078056 139.81933190050168 2.950000047683716 35.74995242975652 139.8192750811276 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f5a8fd23-25be-4e2d-9b35-454773b3d667">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749976678078056 139.81933190050168 2.950000047683716 35.74995242975652 139.8192750811276 12.720000267028809 35.749976678078056 139.81933190050168 12.720000267028809 35.749976678078056 139.81933190050168 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0d6cd8a6-6833-4a89-a4e9-a8eaa85d28e6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749710453367946 139.8194304443469 2.950000047683716 35.749710453367946 139.8194304443469 12.720000267028809 35.74995242975652 139.8192750811276 2.950000047683716 35.749710453367946 139.8194304443469 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-61b51a50-b607-41b4-99bb-1d4043eff44e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74995242975652 139.8192750811276 2.950000047683716 35.749710453367946 139.8194304443469 12.720000267028809 35.74995242975652 139.8192750811276 12.720000267028809 35.74995242975652 139.8192750811276 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-af12ee78-7204-474e-9418-66c7d105057a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74973470161705 139.81948726359613 2.950000047683716 35.74973470161705 139.81948726359613 12.720000267028809 35.749710453367946 139.8194304443469 2.950000047683716 35.74973470161705 139.81948726359613 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3124b934-53d9-42a2-8c4b-6d74bd4c34a7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749710453367946 139.8194304443469 2.950000047683716 35.74973470161705 139.81948726359613 12.720000267028809 35.749710453367946 139.8194304443469 12.720000267028809 35.749710453367946 139.8194304443469 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9dceca2e-a38d-4219-9b84-713c77527bd3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749976678078056 139.81933190050168 2.950000047683716 35.749976678078056 139.81933190050168 12.720000267028809 35.74973470161705 139.81948726359613 2.950000047683716 35.749976678078056 139.81933190050168 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fb510cd6-b83a-4ba7-8d88-9b499961bfff">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74973470161705 139.81948726359613 2.950000047683716 35.749976678078056 139.81933190050168 12.720000267028809 35.74973470161705 139.81948726359613 12.720000267028809 35.74973470161705 139.81948726359613 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0f119991-f79f-415c-a540-51d00d2b6c72">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74973470161705 139.81948726359613 2.950000047683716 35.749710453367946 139.8194304443469 2.950000047683716 35.749976678078056 139.81933190050168 2.950000047683716 35.74973470161705 139.81948726359613 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-51c041c8-7187-4f35-aa3d-b7c0ec97e2a5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749976678078056 139.81933190050168 2.950000047683716 35.749710453367946 139.8194304443469 2.950000047683716 35.74995242975652 139.8192750811276 2.950000047683716 35.749976678078056 139.81933190050168 2.950000047683716</gml:posList>
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
							<gml:surfaceMember xlink:href="#poly-44bbb6c3-5319-4b92-83f6-7dc71d0a3aeb"/>
							<gml:surfaceMember xlink:href="#poly-8d69eb8a-ec88-4602-ae18-c8a0f4985f71"/>
							<gml:surfaceMember xlink:href="#poly-02239019-f1be-4b14-a14f-653e1c900b77"/>
							<gml:surfaceMember xlink:href="#poly-85375880-5e40-42a5-a581-fe3018545eae"/>
							<gml:surfaceMember xlink:href="#poly-e530801c-1360-4209-bded-2f8129f25859"/>
							<gml:surfaceMember xlink:href="#poly-f33ba6b4-962f-410d-93ba-1fd700e48634"/>
							<gml:surfaceMember xlink:href="#poly-280841e5-4421-497b-8164-67a6122c94bf"/>
							<gml:surfaceMember xlink:href="#poly-248e8f37-5c9a-4c7b-a24c-4a59c44a18b7"/>
							<gml:surfaceMember xlink:href="#poly-d8ca2890-b6b5-4f4b-b04a-bdeb38e546d1"/>
							<gml:surfaceMember xlink:href="#poly-bb4045b5-c4c9-4b44-84c2-99ec4c7dbfe7"/>
							<gml:surfaceMember xlink:href="#poly-952d491e-b32f-4978-ae23-8ee4e994ea22"/>
							<gml:surfaceMember xlink:href="#poly-ce768f8e-8550-4bac-8135-ba6ba7d583cc"/>
						</gml:CompositeSurface>
					</gml:exterior>
				</gml:Solid>
			</uro:lod2Geometry>
			<uro:lod3Geometry>
				<gml:Solid>
					<gml:exterior>
						<gml:CompositeSurface>
							<gml:surfaceMember xlink:href="#poly-72d015cf-96c0-4501-aa34-5d59ca9b9800"/>
							<gml:surfaceMember xlink:href="#poly-fcbf465a-8f20-49f7-8d87-ec737a06f943"/>
							<gml:surfaceMember xlink:href="#poly-fc5e2378-c150-44b7-9c26-21d4480d3e34"/>
							<gml:surfaceMember xlink:href="#poly-ed782cc5-b20b-402f-b649-88999ae973a8"/>
							<gml:surfaceMember xlink:href="#poly-463672f0-64db-4cbf-b897-f391997b124b"/>
							<gml:surfaceMember xlink:href="#poly-ca0bca31-7902-4368-b43c-cefd3a17d15a"/>
							<gml:surfaceMember xlink:href="#poly-48199fa4-9dfe-4254-a129-7c7245035977"/>
							<gml:surfaceMember xlink:href="#poly-cb572b1c-3813-4e67-a8f3-2ea4e42e8da1"/>
							<gml:surfaceMember xlink:href="#poly-6ccf2f98-1f6e-463b-8152-146206e0d835"/>
							<gml:surfaceMember xlink:href="#poly-ea52acf4-6030-45c4-856e-b4277362bd0b"/>
							<gml:surfaceMember xlink:href="#poly-df8072ec-36ad-40b5-89a0-c3f9d974be9a"/>
							<gml:surfaceMember xlink:href="#poly-5bc36c6e-b976-4988-baa8-2c238ba41ee0"/>
							<gml:surfaceMember xlink:href="#poly-12b0efd9-93b9-45ad-8785-2ad522ec7e96"/>
							<gml:surfaceMember xlink:href="#poly-4a974c24-7aae-4aed-beca-d979982cfbf7"/>
							<gml:surfaceMember xlink:href="#poly-a86ac9f1-fb20-4577-bd39-76463fa80bd3"/>
							<gml:surfaceMember xlink:href="#poly-3fdb1520-a5ad-442f-bb5f-9f5972879757"/>
							<gml:surfaceMember xlink:href="#poly-b80edcb5-74e2-4445-8a87-eb4520084a70"/>
							<gml:surfaceMember xlink:href="#poly-c6c06756-3da1-42ad-ac12-2468b9260fe3"/>
							<gml:surfaceMember xlink:href="#poly-14edc1e9-55ef-44a3-8dc6-00f456757b9e"/>
							<gml:surfaceMember xlink:href="#poly-7a016fff-6af8-4787-a78b-19039fc458ff"/>
							<gml:surfaceMember xlink:href="#poly-319a81f4-21db-4e4f-9312-af5c9986f951"/>
							<gml:surfaceMember xlink:href="#poly-597c58d4-2f6f-4c08-848d-9a066e012101"/>
							<gml:surfaceMember xlink:href="#poly-6c76255b-11cc-4ef8-bc37-b505fdf2e4b1"/>
							<gml:surfaceMember xlink:href="#poly-97014899-9163-4ff1-9a14-2ce51ad0d865"/>
							<gml:surfaceMember xlink:href="#poly-d13d2260-5cbf-42a4-a7f0-a20ecaf4297d"/>
							<gml:surfaceMember xlink:href="#poly-26980c58-02f1-4e74-a14a-bb1e22bc3d08"/>
							<gml:surfaceMember xlink:href="#poly-07f13ec1-88f9-41b2-937d-1051b9c23d18"/>
							<gml:surfaceMember xlink:href="#poly-3fa5f1bd-32d1-4f47-a192-ec5016d7aae8"/>
							<gml:surfaceMember xlink:href="#poly-312ce065-44ca-49dd-8c68-1fa1e65edee8"/>
							<gml:surfaceMember xlink:href="#poly-a9613a7a-b843-4bcf-ba79-47e1b4dae2dc"/>
							<gml:surfaceMember xlink:href="#poly-a0a52d63-12d1-4cbc-977f-aef8af7943f7"/>
							<gml:surfaceMember xlink:href="#poly-5b196a80-9f8f-4b37-b0f5-5555f5576275"/>
							<gml:surfaceMember xlink:href="#poly-18fc28bc-4801-4ae8-bdef-a46fb661cb75"/>
							<gml:surfaceMember xlink:href="#poly-a5326ee2-a3f2-4099-828e-9df8294d44c0"/>
							<gml:surfaceMember xlink:href="#poly-a4047bde-65ed-4aba-834b-8b2db18c4d98"/>
							<gml:surfaceMember xlink:href="#poly-abe5895a-5377-40b4-addc-3349a090e0ff"/>
							<gml:surfaceMember xlink:href="#poly-f48cd0b7-aa5d-47fb-a659-062884ea1c2e"/>
							<gml:surfaceMember xlink:href="#poly-f89eddac-e045-4a90-937d-b85e8c495c9a"/>
							<gml:surfaceMember xlink:href="#poly-b5fef8fc-4421-4050-92af-3a0517e2257e"/>
							<gml:surfaceMember xlink:href="#poly-cf20211b-df4f-4e1a-abaf-9c7414d08490"/>
							<gml:surfaceMember xlink:href="#poly-1e2cdbb7-be28-4b53-929a-243b21ab2dc1"/>
							<gml:surfaceMember xlink:href="#poly-640795f3-34e5-4a33-9845-aadea22eb15c"/>
							<gml:surfaceMember xlink:href="#poly-57c0fc5b-2a37-422e-861e-1f09f91508a9"/>
							<gml:surfaceMember xlink:href="#poly-ffc44efa-2090-4943-bcfb-3085328c7ab7"/>
							<gml:surfaceMember xlink:href="#poly-aba94c28-bda4-4aaa-9a60-4a4c1256462b"/>
							<gml:surfaceMember xlink:href="#poly-437ae6cb-871e-4928-81ea-3062f415b5d5"/>
							<gml:surfaceMember xlink:href="#poly-17c86d29-1fb7-4c7b-92be-c244bac40d3f"/>
							<gml:surfaceMember xlink:href="#poly-7587042e-b64c-4507-ac49-8e302794ef5b"/>
							<gml:surfaceMember xlink:href="#poly-71592eca-3c8f-4063-8732-4bcf1f06e5aa"/>
							<gml:surfaceMember xlink:href="#poly-14f9fd42-d043-4b8a-8170-37174561cd81"/>
							<gml:surfaceMember xlink:href="#poly-13487dbc-a3e9-4b88-9f8f-1f56d2580b0a"/>
							<gml:surfaceMember xlink:href="#poly-c0b7defe-8d98-48b7-979f-e4304414ddf3"/>
							<gml:surfaceMember xlink:href="#poly-dd6a37d7-d6cc-43ee-9e26-a21811a155e8"/>
							<gml:surfaceMember xlink:href="#poly-745b0c34-16c7-4316-b353-55d5c6c0f43e"/>
							<gml:surfaceMember xlink:href="#poly-029e1991-f9df-4a99-9565-d4f7eff603d9"/>
							<gml:surfaceMember xlink:href="#poly-3088b3c4-39f5-45e5-9d14-c69e5f9de251"/>
							<gml:surfaceMember xlink:href="#poly-d7622ddc-277f-4841-a8ef-f667f5a398a0"/>
							<gml:surfaceMember xlink:href="#poly-77eb5e65-c267-427c-877c-c339524fe744"/>
							<gml:surfaceMember xlink:href="#poly-9a2f4823-bf20-498d-9575-ecaf36b0c943"/>
							<gml:surfaceMember xlink:href="#poly-4420c9a8-e676-4c1d-87c1-0e039d26f18b"/>
							<gml:surfaceMember xlink:href="#poly-a9c5079a-d08e-453e-9d6a-84587e4fbeda"/>
							<gml:surfaceMember xlink:href="#poly-17c36cbe-980e-48c1-bb2c-c62e4459b75a"/>
							<gml:surfaceMember xlink:href="#poly-58e9f9c8-8dac-4291-b3f8-439f87049039"/>
							<gml:surfaceMember xlink:href="#poly-9f13d148-f001-41c2-a18f-2d30632891a8"/>
							<gml:surfaceMember xlink:href="#poly-be61ec60-2458-4047-82fe-27701a77b136"/>
							<gml:surfaceMember xlink:href="#poly-9cf21f1a-8453-4783-b465-a4aa3e5ad71f"/>
							<gml:surfaceMember xlink:href="#poly-2f377368-8183-4b35-8b05-a5de3f8e24b5"/>
							<gml:surfaceMember xlink:href="#poly-8cb44305-276c-47cc-b779-0fee881eebed"/>
							<gml:surfaceMember xlink:href="#poly-22815d58-0463-4104-9757-375b0a244340"/>
							<gml:surfaceMember xlink:href="#poly-d7f3e3cc-eac2-4a17-a04d-2b53a5f08092"/>
							<gml:surfaceMember xlink:href="#poly-aac55084-0c63-4e52-aeba-aa3c1e129601"/>
							<gml:surfaceMember xlink:href="#poly-2166dc23-c369-4350-bde4-e9dd53650ba7"/>
							<gml:surfaceMember xlink:href="#poly-ecb97709-ae64-4540-adc6-81d2f5759766"/>
							<gml:surfaceMember xlink:href="#poly-c288705d-39b5-4dd6-b7af-6caa71ceae59"/>
							<gml:surfaceMember xlink:href="#poly-effa08bb-4821-43fd-9d10-5891421e675a"/>
							<gml:surfaceMember xlink:href="#poly-6d8569d8-f055-4a11-8b14-a9353843c261"/>
							<gml:surfaceMember xlink:href="#poly-3bf04507-a732-4526-b9e3-66410b75e3e9"/>
							<gml:surfaceMember xlink:href="#poly-cdc4c2c1-7141-4223-aac0-dcbc4af5eadf"/>
							<gml:surfaceMember xlink:href="#poly-0d0cae7f-2fee-4b2f-9a76-cc7944e7848c"/>
							<gml:surfaceMember xlink:href="#poly-8f64c210-b111-4461-b305-3e99c27c17a4"/>
							<gml:surfaceMember xlink:href="#poly-537d0ff8-e935-4fa7-9555-89ec15846b02"/>
							<gml:surfaceMember xlink:href="#poly-a1e21add-2968-4214-9f82-0254f557bc18"/>
							<gml:surfaceMember xlink:href="#poly-d55ef42a-ae6b-4ca9-96d2-f275d0e5539e"/>
							<gml:surfaceMember xlink:href="#poly-ab579f34-752b-412e-9267-7aecdbea0fb1"/>
							<gml:surfaceMember xlink:href="#poly-d75dba11-e55d-4a40-b29a-bf3d7725f547"/>
							<gml:surfaceMember xlink:href="#poly-52c89d1b-8250-4ec5-8bbe-d0c8e1d8d8f9"/>
							<gml:surfaceMember xlink:href="#poly-0d7dde1a-840d-46ea-a26e-1974440c1cb1"/>
							<gml:surfaceMember xlink:href="#poly-f948bce9-b71c-495b-ae6b-ec880abe70a4"/>
							<gml:surfaceMember xlink:href="#poly-0b7e930f-f8b6-4dd1-a53c-2ddb9f3926a7"/>
							<gml:surfaceMember xlink:href="#poly-24b05377-83d6-4d45-9324-0e1717cc4caf"/>
							<gml:surfaceMember xlink:href="#poly-a9c750a1-bbef-4a9b-99a9-eedc8d728cc5"/>
							<gml:surfaceMember xlink:href="#poly-59ee27e1-6919-4e54-9883-8f7035414953"/>
							<gml:surfaceMember xlink:href="#poly-0922ecbe-b3a2-45cb-80c0-c63f63605012"/>
							<gml:surfaceMember xlink:href="#poly-44eed127-a529-43ec-ae63-8aab57bf7bf2"/>
							<gml:surfaceMember xlink:href="#poly-feccf083-2cba-45ea-94be-bb0fb970f1d2"/>
							<gml:surfaceMember xlink:href="#poly-c43321c5-ba33-4dee-91f3-08d09d106443"/>
							<gml:surfaceMember xlink:href="#poly-b6a6210d-abab-4250-9154-07ecc5ff55af"/>
							<gml:surfaceMember xlink:href="#poly-cc94ab03-f066-4963-950c-0f8b03fd85ea"/>
							<gml:surfaceMember xlink:href="#poly-9e55f654-2e85-4bbf-80c7-9bad9ee564e2"/>
							<gml:surfaceMember xlink:href="#poly-1fdb1c65-2545-43d3-9790-2792a8dbd221"/>
							<gml:surfaceMember xlink:href="#poly-c546011e-66b3-4fb2-86a6-43a7d4c57221"/>
							<gml:surfaceMember xlink:href="#poly-655557f1-ccdf-4be7-9d4b-6273ff601872"/>
							<gml:surfaceMember xlink:href="#poly-e08ce411-5e3f-4a5b-86aa-543dc40c6e53"/>
							<gml:surfaceMember xlink:href="#poly-ecc8d1b5-252f-4c97-a2e8-25a8fd3a0749"/>
							<gml:surfaceMember xlink:href="#poly-16a3d417-bd37-4de5-9240-4a2ac373a223"/>
							<gml:surfaceMember xlink:href="#poly-531c05e5-e499-44de-8a42-20fdf29f2213"/>
							<gml:surfaceMember xlink:href="#poly-93f955f9-aca3-4025-9513-d8da57a456ec"/>
							<gml:surfaceMember xlink:href="#poly-7527c421-bc4b-42fb-ac09-afdc759aadcf"/>
							<gml:surfaceMember xlink:href="#poly-0870682e-bf7c-47f3-b8d8-1681e2fa18e7"/>
							<gml:surfaceMember xlink:href="#poly-847c2d24-990e-4a36-ad09-7bbce07e6652"/>
							<gml:surfaceMember xlink:href="#poly-2e742f8a-b770-44bc-8fbb-bf539406ea60"/>
							<gml:surfaceMember xlink:href="#poly-0543e7fb-36f1-418b-8e8f-8b9376905568"/>
							<gml:surfaceMember xlink:href="#poly-239c801c-24a6-4aef-834e-98e6d59f487d"/>
							<gml:surfaceMember xlink:href="#poly-c6955593-c670-450c-b8aa-ccaaf2947ae1"/>
							<gml:surfaceMember xlink:href="#poly-4f4d0204-79ab-42f4-b14a-d97e4f83a898"/>
							<gml:surfaceMember xlink:href="#poly-0e9bde41-41cf-488c-9cfc-bc7e3643e09f"/>
							<gml:surfaceMember xlink:href="#poly-c5c6b16e-0c6b-4c0c-acaf-f732d21f5bce"/>
							<gml:surfaceMember xlink:href="#poly-e90e6e4a-aaba-4c6d-b69b-bea4c97b6a59"/>
							<gml:surfaceMember xlink:href="#poly-ce832257-0001-4e00-b0c8-6e87e1173a67"/>
							<gml:surfaceMember xlink:href="#poly-6f76d717-ea61-4149-afbb-8713139fdbfe"/>
							<gml:surfaceMember xlink:href="#poly-addbf268-d6fa-4e2b-be9b-0800b531d7c4"/>
							<gml:surfaceMember xlink:href="#poly-3581327c-41a1-4366-be62-95c99805a5aa"/>
							<gml:surfaceMember xlink:href="#poly-3055695f-9f01-47fe-b994-46d43a2612d9"/>
							<gml:surfaceMember xlink:href="#poly-5866f690-3e2b-45a3-bdf1-41f0364c1adb"/>
							<gml:surfaceMember xlink:href="#poly-c0083324-5daa-4488-ac3e-f510e6412c04"/>
							<gml:surfaceMember xlink:href="#poly-93c1e85e-a18c-4769-a091-00651fd40548"/>
							<gml:surfaceMember xlink:href="#poly-7eabdd35-a3fa-4340-a570-fabd92e1a207"/>
							<gml:surfaceMember xlink:href="#poly-46d5a1fc-5aa3-4224-966c-2b795658ceba"/>
							<gml:surfaceMember xlink:href="#poly-907fefb2-99a5-4ab1-a9c3-4a0727588a7b"/>
							<gml:surfaceMember xlink:href="#poly-2c6988e5-e765-4ebf-ad5a-ed78644894b9"/>
							<gml:surfaceMember xlink:href="#poly-73c7d552-a605-428e-aaeb-ea3a630dcd05"/>
							<gml:surfaceMember xlink:href="#poly-ea3c5a39-06bb-440c-a69d-612d9bf46729"/>
							<gml:surfaceMember xlink:href="#poly-1207ac2f-0452-414f-bd5d-9a0f8ebc27e6"/>
							<gml:surfaceMember xlink:href="#poly-9a36f9aa-3141-413d-8f15-b7cd028f6f3e"/>
							<gml:surfaceMember xlink:href="#poly-4fd2e6c7-4224-4305-8215-54067a04673a"/>
							<gml:surfaceMember xlink:href="#poly-f0a584c0-2f01-4509-8206-d9f611b9f07c"/>
							<gml:surfaceMember xlink:href="#poly-783c20c5-baf8-483a-ab03-6a6d26788d9e"/>
							<gml:surfaceMember xlink:href="#poly-8d9eb08f-dd1a-46ed-bc33-0e8849b415f8"/>
							<gml:surfaceMember xlink:href="#poly-014afc39-ddb9-41e8-98d0-311e58d6884e"/>
							<gml:surfaceMember xlink:href="#poly-0521ba0a-cccc-4593-b08d-f404c9a42910"/>
							<gml:surfaceMember xlink:href="#poly-a8e3fcee-6cd5-4c0a-aff9-1624c0c78de3"/>
							<gml:surfaceMember xlink:href="#poly-5490be21-01ea-45a2-9432-bb8eaf5d97af"/>
							<gml:surfaceMember xlink:href="#poly-17652756-f1e3-4f02-99d5-ce4c283085fe"/>
							<gml:surfaceMember xlink:href="#poly-ba1523b5-5233-4182-9ea1-f42353cb8cc7"/>
							<gml:surfaceMember xlink:href="#poly-23814dfe-5434-4955-813e-44a07e6ae720"/>
							<gml:surfaceMember xlink:href="#poly-ad3fbc5b-4645-4f17-aa8b-03955c0669cc"/>
							<gml:surfaceMember xlink:href="#poly-a95d44e3-812a-4aa6-a2bb-41e33bb0bdbb"/>
							<gml:surfaceMember xlink:href="#poly-31b85007-3c1a-4333-bb01-eb0978448fbf"/>
							<gml:surfaceMember xlink:href="#poly-59ceb526-b450-42de-b7ad-41dbdbbe16f4"/>
							<gml:surfaceMember xlink:href="#poly-b2bae040-7a48-490d-b161-9526b1a69f09"/>
							<gml:surfaceMember xlink:href="#poly-4a31b00d-8a8f-4046-8928-759698ddf698"/>
							<gml:surfaceMember xlink:href="#poly-77798e9c-0476-4528-8edf-788d4a36de81"/>
							<gml:surfaceMember xlink:href="#poly-f5a1e988-4444-488b-860f-24518a89a753"/>
							<gml:surfaceMember xlink:href="#poly-f4d04544-f9c9-4f1a-abbe-eb89c95e9d8d"/>
							<gml:surfaceMember xlink:href="#poly-6d224f8f-67fb-49a5-bcd7-08f10f834407"/>
							<gml:surfaceMember xlink:href="#poly-28a572b2-fd6d-4acf-961e-5e9e21e4b139"/>
							<gml:surfaceMember xlink:href="#poly-147df9b6-88b4-4ae0-8c64-9c5b28483698"/>
							<gml:surfaceMember xlink:href="#poly-5580b7b8-2748-4590-940f-08ccdc2058b2"/>
							<gml:surfaceMember xlink:href="#poly-905352dd-cafb-4c5b-8cf2-c9a314ac3e9b"/>
							<gml:surfaceMember xlink:href="#poly-09d7b0fa-fb97-4f42-8b12-c1684f292720"/>
							<gml:surfaceMember xlink:href="#poly-b8d77d55-9d1c-42e6-8aef-32420e1afe82"/>
							<gml:surfaceMember xlink:href="#poly-2f88f961-7dce-4e09-8e16-344518682fd7"/>
							<gml:surfaceMember xlink:href="#poly-f727094a-336b-486b-8fb4-d40a64bf3c00"/>
							<gml:surfaceMember xlink:href="#poly-8d225273-a761-4ead-b592-3f935299d457"/>
							<gml:surfaceMember xlink:href="#poly-637126c2-5212-43c9-b9a9-082b76312ce1"/>
							<gml:surfaceMember xlink:href="#poly-cd581ee7-249e-465d-b1e7-29a8ea4811d8"/>
							<gml:surfaceMember xlink:href="#poly-41c2f802-9837-4c44-b28e-b29cec879052"/>
							<gml:surfaceMember xlink:href="#poly-73c44d2f-d587-4aa5-8d7b-2a7597e14274"/>
							<gml:surfaceMember xlink:href="#poly-f85d4f7a-d136-49ec-b54b-de0ffabc172f"/>
							<gml:surfaceMember xlink:href="#poly-24a7a6ff-a0e4-418d-acb3-867c2eb2a3bd"/>
							<gml:surfaceMember xlink:href="#poly-faaaed4b-9db9-4d03-9cb0-7e8285a321cc"/>
							<gml:surfaceMember xlink:href="#poly-24234359-bd53-4ede-84e2-18e8afaa76e6"/>
							<gml:surfaceMember xlink:href="#poly-46527fb7-3a00-48bc-994b-c2a88cad87c9"/>
							<gml:surfaceMember xlink:href="#poly-28389093-6a24-48b2-bdf2-e447e6a96fcd"/>
							<gml:surfaceMember xlink:href="#poly-592f3bce-bf77-4bd0-97fe-9164207780dc"/>
							<gml:surfaceMember xlink:href="#poly-a31a781d-f4aa-4570-85e3-9552f2d2e6f7"/>
							<gml:surfaceMember xlink:href="#poly-3fc9f948-d683-42b5-9581-ef411898446c"/>
							<gml:surfaceMember xlink:href="#poly-1f36bfe0-2690-4381-920f-8bb4951dde17"/>
							<gml:surfaceMember xlink:href="#poly-576f20b1-1d41-4d8b-8bb8-626e04f71266"/>
							<gml:surfaceMember xlink:href="#poly-9c608e6d-da81-4932-98da-398953092676"/>
							<gml:surfaceMember xlink:href="#poly-210fda0b-5ac2-4a36-a380-1d83a63024a9"/>
							<gml:surfaceMember xlink:href="#poly-39474a6a-7803-46fc-9613-412cfe0eaaf4"/>
							<gml:surfaceMember xlink:href="#poly-baae4729-f2f8-439c-990a-2d86db8a50e2"/>
							<gml:surfaceMember xlink:href="#poly-e9d9c64a-3024-4fbe-8701-715800173193"/>
							<gml:surfaceMember xlink:href="#poly-972929cf-fa16-445b-bc18-782f07b10d57"/>
							<gml:surfaceMember xlink:href="#poly-8e104f02-2765-4529-a4b9-80d6620a7271"/>
							<gml:surfaceMember xlink:href="#poly-2cab7ff7-0474-42ef-a710-8c31a72b8373"/>
							<gml:surfaceMember xlink:href="#poly-7d831669-44c2-43f7-b3ed-0be14304529f"/>
							<gml:surfaceMember xlink:href="#poly-e0ccde28-99c5-4d9e-9cbf-9e3c26128da9"/>
							<gml:surfaceMember xlink:href="#poly-8312702e-0abe-4ff0-ada6-23003bc0adf1"/>
							<gml:surfaceMember xlink:href="#poly-a3aa9747-c1a5-4226-9b33-5c4d2150c0bc"/>
							<gml:surfaceMember xlink:href="#poly-28556896-3e81-4336-980c-b54cdd00b05d"/>
							<gml:surfaceMember xlink:href="#poly-957a2649-3234-4077-bc96-76c81fc4f939"/>
							<gml:surfaceMember xlink:href="#poly-098affdf-98fc-41d0-9a53-5f894667d2d9"/>
							<gml:surfaceMember xlink:href="#poly-3df99b5f-b562-492f-91ee-24b8cc7b11df"/>
							<gml:surfaceMember xlink:href="#poly-9be3be2a-76d2-40b5-a47d-4fdf520a48b3"/>
							<gml:surfaceMember xlink:href="#poly-d115208d-ee43-4b22-a2ed-d7d086e1ea34"/>
							<gml:surfaceMember xlink:href="#poly-2894a352-7866-432e-b885-a5033b9298e4"/>
							<gml:surfaceMember xlink:href="#poly-58d066ae-b581-40b0-8d75-220f4fb8f2b4"/>
							<gml:surfaceMember xlink:href="#poly-f74d7683-fa75-4272-8988-e94070d7ce4a"/>
							<gml:surfaceMember xlink:href="#poly-d621f68e-f2c3-4e41-b9ca-7aef493d376b"/>
							<gml:surfaceMember xlink:href="#poly-73e17b5d-a2ae-4895-9143-3beee3c45cd0"/>
							<gml:surfaceMember xlink:href="#poly-6fb05ce5-043f-4021-985b-13cfeb112983"/>
							<gml:surfaceMember xlink:href="#poly-12212745-d0da-4d64-9882-ffcfdb43b539"/>
							<gml:surfaceMember xlink:href="#poly-a3339119-cedb-4f24-831c-86e8cefd9187"/>
							<gml:surfaceMember xlink:href="#poly-67b9bef3-4ca5-4d02-94b1-b31b5e368b01"/>
							<gml:surfaceMember xlink:href="#poly-f21adf60-10e6-444d-9327-ed3b28beab52"/>
							<gml:surfaceMember xlink:href="#poly-586add59-063c-4f4f-a3a3-57cd500a7817"/>
							<gml:surfaceMember xlink:href="#poly-67379984-7c75-4988-86b6-b3a7fd1ebeb9"/>
							<gml:surfaceMember xlink:href="#poly-e752a000-e895-4351-bc8b-2172eeff8fba"/>
							<gml:surfaceMember xlink:href="#poly-623d49df-068a-4771-a0d9-1152885065b2"/>
							<gml:surfaceMember xlink:href="#poly-e89ed38c-72f0-4207-a056-18172e181e1a"/>
							<gml:surfaceMember xlink:href="#poly-77b5b9fe-dd59-456f-9b1a-87206d406347"/>
							<gml:surfaceMember xlink:href="#poly-0e1cfee5-f0f4-4cf1-927f-05084d8b8530"/>
							<gml:surfaceMember xlink:href="#poly-3a499e78-23d7-43b2-bf47-aa18e876db66"/>
							<gml:surfaceMember xlink:href="#poly-11205fc6-b39b-4d74-bde2-5b01e131662c"/>
							<gml:surfaceMember xlink:href="#poly-505822cf-a7df-438e-b4be-419a42da9fc3"/>
							<gml:surfaceMember xlink:href="#poly-0176b290-8615-40d6-a199-56982a7de44f"/>
							<gml:surfaceMember xlink:href="#poly-11be3462-5380-4d8c-8c9b-cb76f301a081"/>
							<gml:surfaceMember xlink:href="#poly-27d59247-9941-4e69-bdf5-fbb7060b7134"/>
							<gml:surfaceMember xlink:href="#poly-e296053a-b360-484b-a866-2920a19c564b"/>
							<gml:surfaceMember xlink:href="#poly-3ee5bd9d-24eb-487f-b766-4b39dc9e08d4"/>
							<gml:surfaceMember xlink:href="#poly-c05a2c49-1202-4e98-a79c-cb986e42d035"/>
							<gml:surfaceMember xlink:href="#poly-be29eade-aff3-4516-aeb0-ebe6710ccbd2"/>
							<gml:surfaceMember xlink:href="#poly-23926440-b375-47ee-b542-6ffd483dc8f9"/>
							<gml:surfaceMember xlink:href="#poly-4b743a1b-46ff-48f1-8e52-6ecf1e089ecc"/>
							<gml:surfaceMember xlink:href="#poly-05864726-91af-4323-9999-4dc89f962a5d"/>
							<gml:surfaceMember xlink:href="#poly-cdadeb0b-0318-4593-8a5a-2c185b32892a"/>
							<gml:surfaceMember xlink:href="#poly-2ccb3b7d-ef64-421b-a012-488a4b64a417"/>
							<gml:surfaceMember xlink:href="#poly-0e6a84bc-a128-4e0b-80fb-5fda9c199151"/>
							<gml:surfaceMember xlink:href="#poly-e32e0f3a-ca56-46d8-959f-fadd8a106cce"/>
							<gml:surfaceMember xlink:href="#poly-96ce68a9-470c-4ba6-bf02-c6a0f8149fbd"/>
							<gml:surfaceMember xlink:href="#poly-68c1b726-fc23-4b5e-ba2a-d3fc1c20a4da"/>
							<gml:surfaceMember xlink:href="#poly-a3b5d513-a53d-4150-b3b4-977b23e6d431"/>
							<gml:surfaceMember xlink:href="#poly-59dda692-c14b-4673-8236-32d818ad162c"/>
							<gml:surfaceMember xlink:href="#poly-98b2217d-334e-4799-9255-9eb3828b16dd"/>
							<gml:surfaceMember xlink:href="#poly-271d8e83-60a4-484b-9cfa-ed183ae8f621"/>
							<gml:surfaceMember xlink:href="#poly-ebd05913-41e2-4fdc-b2a4-597b63307435"/>
							<gml:surfaceMember xlink:href="#poly-94febc5a-2fb0-44fc-9853-0dd41a090961"/>
							<gml:surfaceMember xlink:href="#poly-6992bc9c-1d83-4e6b-8a48-50c0762e818e"/>
							<gml:surfaceMember xlink:href="#poly-557992e3-6928-441c-8995-045927d73806"/>
							<gml:surfaceMember xlink:href="#poly-0294f43d-be4f-4e12-93d2-1d28cbe95909"/>
							<gml:surfaceMember xlink:href="#poly-744c57f0-8b57-4998-a373-540759f3e726"/>
							<gml:surfaceMember xlink:href="#poly-aa66dc8d-496a-4294-a106-71ab9ec96c89"/>
							<gml:surfaceMember xlink:href="#poly-748ef319-48e5-455c-a09b-cc957f8d6cb2"/>
							<gml:surfaceMember xlink:href="#poly-8d69054b-111e-47c7-b5f1-3d1044bc3162"/>
							<gml:surfaceMember xlink:href="#poly-6186b907-3419-43f0-b874-21498fb63008"/>
							<gml:surfaceMember xlink:href="#poly-b1a5878e-28d9-4780-9b41-8885146e295d"/>
							<gml:surfaceMember xlink:href="#poly-3f133e95-8f3a-4715-ad94-97b5d97384fb"/>
							<gml:surfaceMember xlink:href="#poly-31d3f26c-278c-46a8-9369-9dc8b2e6f9ef"/>
							<gml:surfaceMember xlink:href="#poly-fde744ba-bad0-4fb7-8853-7b3a61d6cb7a"/>
							<gml:surfaceMember xlink:href="#poly-dcaeb42e-9ea1-462e-85f6-a29289585abd"/>
							<gml:surfaceMember xlink:href="#poly-47adb7ed-79c2-4c18-8acb-c04bfd5f2be3"/>
							<gml:surfaceMember xlink:href="#poly-fb1fb445-d005-4f6b-a79a-9a882b484bb5"/>
							<gml:surfaceMember xlink:href="#poly-b7a11cfb-86e8-4da9-95cf-420b84a847ea"/>
							<gml:surfaceMember xlink:href="#poly-442a6aa8-7f20-445b-a9a5-d860a11a1ef2"/>
							<gml:surfaceMember xlink:href="#poly-a02ba846-9239-419d-8a02-8e0acce3ddb7"/>
							<gml:surfaceMember xlink:href="#poly-b0dedcf8-db16-4b4b-bdbd-5a0f2209073a"/>
							<gml:surfaceMember xlink:href="#poly-be6c1537-c019-4852-b075-a8a44ee0546d"/>
							<gml:surfaceMember xlink:href="#poly-ba901450-fd31-4219-b52b-b471748d73ee"/>
							<gml:surfaceMember xlink:href="#poly-99bfed63-7c3d-446b-aac2-b2eaba0b9931"/>
							<gml:surfaceMember xlink:href="#poly-1bf1e0ea-9b6a-4724-a3e7-78c81f576ce8"/>
							<gml:surfaceMember xlink:href="#poly-c7b44c16-b70e-40a1-92e6-ad89ed516b08"/>
							<gml:surfaceMember xlink:href="#poly-07b1d10a-23fa-4451-9680-942508fccb17"/>
							<gml:surfaceMember xlink:href="#poly-49d6d60a-e982-498a-830c-6727b26469c0"/>
							<gml:surfaceMember xlink:href="#poly-1b84bcc8-04f1-487f-8b4a-913f5838d15e"/>
							<gml:surfaceMember xlink:href="#poly-bb9624c6-780a-434b-b32d-4711a5576810"/>
							<gml:surfaceMember xlink:href="#poly-30c0e536-7019-4113-a1a1-c352fec1fdaa"/>
							<gml:surfaceMember xlink:href="#poly-a042a4ec-c455-4b2d-a64b-c653ac0ebfe4"/>
							<gml:surfaceMember xlink:href="#poly-ee53ef57-8f91-467e-a0c9-8e9de87bdb79"/>
							<gml:surfaceMember xlink:href="#poly-4622bd26-3640-4776-86e7-9c0412a84e42"/>
							<gml:surfaceMember xlink:href="#poly-075cafbe-c845-4566-ba87-290111cfad93"/>
							<gml:surfaceMember xlink:href="#poly-7f877f34-2221-472e-8b06-5b686f78b7d5"/>
							<gml:surfaceMember xlink:href="#poly-2bfee036-629b-4e77-ba28-41bb1727e5c9"/>
							<gml:surfaceMember xlink:href="#poly-ad8130c4-8dc8-4b8c-ab8c-ebdaca16f985"/>
							<gml:surfaceMember xlink:href="#poly-858563e3-5d9d-493b-a720-8ed29686b7c1"/>
							<gml:surfaceMember xlink:href="#poly-0b069e50-e702-478e-9305-cbcf0a864952"/>
							<gml:surfaceMember xlink:href="#poly-13624d95-51e8-4189-9969-a18d46b19124"/>
							<gml:surfaceMember xlink:href="#poly-2afe23a9-e998-4c98-86dd-44f64d54b844"/>
							<gml:surfaceMember xlink:href="#poly-20d9af2a-20a3-4315-bf62-44991603ab58"/>
							<gml:surfaceMember xlink:href="#poly-401f74c6-d94a-4865-9227-c05e268faef6"/>
							<gml:surfaceMember xlink:href="#poly-cf0a3615-6f4a-4921-a695-e68ccbae2a3d"/>
							<gml:surfaceMember xlink:href="#poly-86843048-5237-46b3-9fdc-bd3ba37fa2e8"/>
							<gml:surfaceMember xlink:href="#poly-96b712ce-a2de-455d-aece-b9823dfbcea8"/>
							<gml:surfaceMember xlink:href="#poly-8d029122-737a-4729-81af-6f5bb3664b8e"/>
							<gml:surfaceMember xlink:href="#poly-4e6864ec-7ac9-4c65-ba7f-c6f8cdce2ee0"/>
							<gml:surfaceMember xlink:href="#poly-7f03f178-8079-4304-9e26-f92e29c3668b"/>
							<gml:surfaceMember xlink:href="#poly-24097d2d-cf46-48a6-9e27-6680a1157cc0"/>
							<gml:surfaceMember xlink:href="#poly-bb2cde75-a702-427d-b652-051cf9074efd"/>
							<gml:surfaceMember xlink:href="#poly-c2f5fc83-7e7c-4f18-9978-8bf387c25104"/>
							<gml:surfaceMember xlink:href="#poly-738e312e-0af6-4442-8680-767be343d997"/>
							<gml:surfaceMember xlink:href="#poly-7f9aa31d-6538-4c64-99ec-4aefcfcba18e"/>
							<gml:surfaceMember xlink:href="#poly-ad5a5baa-e905-4f7d-bd48-18fa939c529d"/>
							<gml:surfaceMember xlink:href="#poly-c1dc7bf9-ea16-48fb-977b-650bb3315994"/>
							<gml:surfaceMember xlink:href="#poly-540855c7-6cec-4705-8748-4f2ff7b02aa2"/>
							<gml:surfaceMember xlink:href="#poly-cc740af6-2ca2-4076-aae8-576237cdac8b"/>
							<gml:surfaceMember xlink:href="#poly-6104a5c9-54c8-456c-9c2e-ee5d47069c7b"/>
							<gml:surfaceMember xlink:href="#poly-61b05a81-4709-4afa-894f-74c835209991"/>
							<gml:surfaceMember xlink:href="#poly-9b170ba5-b201-4ab2-961d-8eadb24b2740"/>
							<gml:surfaceMember xlink:href="#poly-0d09bf01-75f6-4545-9f3b-47f4a5b1a826"/>
							<gml:surfaceMember xlink:href="#poly-c5db4039-3f84-453c-8604-9ac8f14c2aa6"/>
							<gml:surfaceMember xlink:href="#poly-12606d0a-9c67-40ef-aa82-2933768c8abb"/>
							<gml:surfaceMember xlink:href="#poly-ae7a4ff7-d865-4842-abc3-c61f41b1dff4"/>
							<gml:surfaceMember xlink:href="#poly-e4197d74-3bfd-4b66-9a06-707bf2b70b6b"/>
							<gml:surfaceMember xlink:href="#poly-fe70bbfb-ca66-4aa3-b52e-1577b745c482"/>
							<gml:surfaceMember xlink:href="#poly-0d0a0ffa-8c34-4d96-b50a-f3cd4b8d4168"/>
							<gml:surfaceMember xlink:href="#poly-ba78474f-6252-404a-904b-113c65320166"/>
							<gml:surfaceMember xlink:href="#poly-c690a143-62c6-4ddc-a495-cbe9b819db40"/>
							<gml:surfaceMember xlink:href="#poly-a82ee328-23bb-4216-a709-454677426583"/>
							<gml:surfaceMember xlink:href="#poly-ff1254ab-e526-411a-abe8-df904fe72aa9"/>
							<gml:surfaceMember xlink:href="#poly-739a26bc-2ee9-4a8b-97e7-0e9abf968d5d"/>
							<gml:surfaceMember xlink:href="#poly-f32decd3-425b-48c1-80ab-e7bcaf505e3f"/>
							<gml:surfaceMember xlink:href="#poly-b3b35355-2341-463b-b2f5-f51dfb445c87"/>
							<gml:surfaceMember xlink:href="#poly-fdc9d6d4-449f-4064-8c3d-f743ec20e828"/>
							<gml:surfaceMember xlink:href="#poly-9b697255-b554-4db2-880d-5159184e7e8f"/>
							<gml:surfaceMember xlink:href="#poly-263d62e2-83b5-47eb-89d3-35f026084685"/>
							<gml:surfaceMember xlink:href="#poly-167b6c20-cb29-4ede-9d1c-7b641684eb93"/>
							<gml:surfaceMember xlink:href="#poly-c440eb2c-3fdf-4b54-8e47-d05830d426a4"/>
							<gml:surfaceMember xlink:href="#poly-833c2abe-49b7-46c6-94d8-6cc2d7368c9d"/>
							<gml:surfaceMember xlink:href="#poly-0bd7c896-d4ac-4758-9dc9-bc033d72368c"/>
							<gml:surfaceMember xlink:href="#poly-b605f39d-0b93-4117-904a-b5e239f10d43"/>
							<gml:surfaceMember xlink:href="#poly-b7a67fcc-5b8c-48cb-8723-fe69aceba912"/>
							<gml:surfaceMember xlink:href="#poly-ba762e9e-01d8-4a5a-abe2-a968c9f1ce51"/>
							<gml:surfaceMember xlink:href="#poly-96c6eeff-0e24-40a4-a586-ce2a164362a6"/>
							<gml:surfaceMember xlink:href="#poly-2dc1c467-6936-40c5-8cad-e756b75e0898"/>
							<gml:surfaceMember xlink:href="#poly-69cbecb5-918b-45c3-b913-6a136f0f145f"/>
							<gml:surfaceMember xlink:href="#poly-af1cfbf8-cdc9-47b2-ba28-8e18c8afb64d"/>
							<gml:surfaceMember xlink:href="#poly-025c947f-0a61-4782-923b-1c34e7c48f19"/>
							<gml:surfaceMember xlink:href="#poly-c76334bf-8b0c-450b-a00b-e18e3522aa0f"/>
							<gml:surfaceMember xlink:href="#poly-cc3d9c61-eaa6-4817-9193-555e88408a3c"/>
							<gml:surfaceMember xlink:href="#poly-528318ed-ffb6-43bd-9601-7cd3436f862c"/>
							<gml:surfaceMember xlink:href="#poly-929fc3c7-820c-4997-bf1f-96687fdf1b59"/>
							<gml:surfaceMember xlink:href="#poly-d079c2b3-5c5f-4252-b1e5-93d5e8f6b1c6"/>
							<gml:surfaceMember xlink:href="#poly-af8c8191-d4ab-49a3-a6e1-328593f0f2f8"/>
							<gml:surfaceMember xlink:href="#poly-709afdf5-35d5-4541-aabc-d3a88537c2e4"/>
							<gml:surfaceMember xlink:href="#poly-66d53e7f-33b3-471d-8136-94befc820061"/>
							<gml:surfaceMember xlink:href="#poly-719d16eb-a078-4b57-95e2-58909ead3622"/>
							<gml:surfaceMember xlink:href="#poly-2c17a819-e1be-48be-abc3-c17b253cc830"/>
							<gml:surfaceMember xlink:href="#poly-e36102c0-c09a-4eda-8acb-77c1ca3999cc"/>
							<gml:surfaceMember xlink:href="#poly-c166a861-e109-4433-b69a-39b4488ab9be"/>
							<gml:surfaceMember xlink:href="#poly-502c1b83-71f2-490c-ae27-db96f351d9cd"/>
							<gml:surfaceMember xlink:href="#poly-0248d624-e258-480c-9c30-5fde6d308913"/>
							<gml:surfaceMember xlink:href="#poly-01f7e7c0-3051-46b1-b6b2-6a2511616d22"/>
							<gml:surfaceMember xlink:href="#poly-d9af5642-d824-4827-9b6e-cdccdb456384"/>
							<gml:surfaceMember xlink:href="#poly-19f5e404-9c10-4869-82e9-a28890d9d24e"/>
							<gml:surfaceMember xlink:href="#poly-f0da6852-9132-4306-aa86-4431c0cabbac"/>
							<gml:surfaceMember xlink:href="#poly-530f5cb3-d13a-4401-a4b3-004d77b01352"/>
							<gml:surfaceMember xlink:href="#poly-7308a5f7-2019-4271-80a4-c27fa9865ac1"/>
							<gml:surfaceMember xlink:href="#poly-92d12e39-3a81-4b24-94bf-0c24de919960"/>
							<gml:surfaceMember xlink:href="#poly-7177eec1-2738-4fad-86a5-c5089d9680c7"/>
							<gml:surfaceMember xlink:href="#poly-39733350-6755-4c4c-8a1e-677c6c6108e5"/>
							<gml:surfaceMember xlink:href="#poly-a5343f79-cfb0-46b7-83dd-f891890d588b"/>
							<gml:surfaceMember xlink:href="#poly-cc5ddf92-a6b5-498c-bbbc-2b7a32a0c890"/>
							<gml:surfaceMember xlink:href="#poly-9db0103c-9273-41cf-aabb-a13e39c9f348"/>
							<gml:surfaceMember xlink:href="#poly-436e46e1-7796-4a57-95ec-1006e0a1be13"/>
							<gml:surfaceMember xlink:href="#poly-ff68eeda-9138-48bb-b9c8-887934c37b0e"/>
							<gml:surfaceMember xlink:href="#poly-8379266f-7eee-4191-8241-f817c1833f4f"/>
							<gml:surfaceMember xlink:href="#poly-01ffb06a-60af-4992-8ebb-ff18d9615441"/>
							<gml:surfaceMember xlink:href="#poly-159c1c2a-f892-4dd0-9638-07b6556dbf33"/>
							<gml:surfaceMember xlink:href="#poly-d9b37617-74f6-4ea0-ba8e-247f68d27c7d"/>
							<gml:surfaceMember xlink:href="#poly-0ddcc1e4-3719-4a10-8eb1-f7b5c6e7e9cb"/>
							<gml:surfaceMember xlink:href="#poly-0581c920-df12-4277-9991-e0e4fefae31e"/>
							<gml:surfaceMember xlink:href="#poly-ed785e8f-69d7-4668-aec2-c0f4430211b1"/>
							<gml:surfaceMember xlink:href="#poly-c1bf7245-9fd9-4abf-9db9-2fea047be2cf"/>
							<gml:surfaceMember xlink:href="#poly-8ae21b07-67fa-47d5-aa78-24f5a07a62ad"/>
							<gml:surfaceMember xlink:href="#poly-f98503dd-f0cc-4c30-a51f-9892c35c131b"/>
							<gml:surfaceMember xlink:href="#poly-f1a4d1e0-bb4d-4f98-baef-25a69909f541"/>
							<gml:surfaceMember xlink:href="#poly-63de78cc-549b-4096-b92f-29b336c7cc0c"/>
							<gml:surfaceMember xlink:href="#poly-af89426b-3984-4a2e-8450-1e957e21bb86"/>
							<gml:surfaceMember xlink:href="#poly-dd7c1ce6-a45c-4f7b-b160-2b42666763fc"/>
							<gml:surfaceMember xlink:href="#poly-bcd11128-eecd-491d-9068-18a6ba6c245e"/>
							<gml:surfaceMember xlink:href="#poly-f5a75039-1e0a-475c-b2d4-b9ae75a79d59"/>
							<gml:surfaceMember xlink:href="#poly-1d313cf7-d282-4a7a-9a06-2aa0e92edb07"/>
							<gml:surfaceMember xlink:href="#poly-336210a0-5038-490a-b654-6b76271583bd"/>
							<gml:surfaceMember xlink:href="#poly-2275bced-87be-4ace-ab89-69fe2918d3a3"/>
							<gml:surfaceMember xlink:href="#poly-85cb216b-8bcc-491b-b735-64e8701e1152"/>
							<gml:surfaceMember xlink:href="#poly-e1aa01a5-4559-482f-b214-7ef10c3dcb86"/>
							<gml:surfaceMember xlink:href="#poly-3c207bf8-59cb-4197-96ea-cbaaa04ccd8c"/>
							<gml:surfaceMember xlink:href="#poly-22b356f5-da5e-48a0-942d-f828c76919f4"/>
							<gml:surfaceMember xlink:href="#poly-e7dd5976-9717-4ccd-8d1e-3a1e71609982"/>
							<gml:surfaceMember xlink:href="#poly-ca98fbe8-c05f-40ab-af8f-d8678dea9422"/>
							<gml:surfaceMember xlink:href="#poly-d8d7da70-2066-45b9-b174-a1386140b937"/>
							<gml:surfaceMember xlink:href="#poly-c087ce57-d64b-4100-94a7-fa3dacc249f2"/>
							<gml:surfaceMember xlink:href="#poly-9eaf79a2-58ca-417b-946e-b132fddccf5b"/>
							<gml:surfaceMember xlink:href="#poly-b506541d-8564-4b59-b997-94f321f97f3c"/>
							<gml:surfaceMember xlink:href="#poly-ebc57b20-27cf-4cd6-99b7-7c3baf5efad5"/>
							<gml:surfaceMember xlink:href="#poly-1b7ad5e3-085a-4817-9d21-429604d0caf4"/>
							<gml:surfaceMember xlink:href="#poly-cc58ecfe-40bb-4ed7-aefb-ea6f27392ad4"/>
							<gml:surfaceMember xlink:href="#poly-af415c99-6500-472a-84b3-8c3eb1e38621"/>
							<gml:surfaceMember xlink:href="#poly-04d333fe-c43f-4509-bcf8-29b18732e3d0"/>
							<gml:surfaceMember xlink:href="#poly-c2ac716d-c81c-4751-8e9a-98b32763a632"/>
							<gml:surfaceMember xlink:href="#poly-463c48bc-54fe-4fa6-9d59-eeea5b1a780a"/>
							<gml:surfaceMember xlink:href="#poly-443e1e33-3984-4713-b60c-1216775080a9"/>
							<gml:surfaceMember xlink:href="#poly-0a8f699f-d629-44e9-9eb1-4bdc4035e5f7"/>
							<gml:surfaceMember xlink:href="#poly-eb321e40-4ee5-4d9d-b84f-fb03ec233799"/>
							<gml:surfaceMember xlink:href="#poly-7a844e08-bd16-4f16-8fdf-7a8a642f48a1"/>
							<gml:surfaceMember xlink:href="#poly-83a816b7-b987-4070-bdc2-6926aa9ee47a"/>
							<gml:surfaceMember xlink:href="#poly-ab2ec033-5d55-432e-8ee5-0bf518efd553"/>
							<gml:surfaceMember xlink:href="#poly-46a765a0-fb62-44aa-ad32-63c2a72003cb"/>
							<gml:surfaceMember xlink:href="#poly-200e3b75-df8a-4ebd-bd68-3ec91b782898"/>
							<gml:surfaceMember xlink:href="#poly-1aa7cb9e-e630-48d4-ab65-251d432ce8f1"/>
							<gml:surfaceMember xlink:href="#poly-848cc40f-0f69-4bb0-b2d0-4846af8cacfc"/>
							<gml:surfaceMember xlink:href="#poly-66dab411-522a-4d97-982d-f732c56c11a4"/>
							<gml:surfaceMember xlink:href="#poly-e9b91b9f-2934-40ee-ba4b-a5904d1bca83"/>
							<gml:surfaceMember xlink:href="#poly-7e07faef-556d-4095-90c0-7515f21087b2"/>
							<gml:surfaceMember xlink:href="#poly-04ba97d6-bbcc-4fdb-9c17-32a50cfcc246"/>
							<gml:surfaceMember xlink:href="#poly-995f1e56-5d8c-4d99-8ccc-715e221980ab"/>
							<gml:surfaceMember xlink:href="#poly-6d8318ac-77bc-4a3d-8e6d-487e4d09cc71"/>
							<gml:surfaceMember xlink:href="#poly-c1e96fcd-2bdf-45d2-bb44-6bbbe7f8bf00"/>
							<gml:surfaceMember xlink:href="#poly-aa8c470b-a129-4258-a98c-3f52076b1fdf"/>
							<gml:surfaceMember xlink:href="#poly-4494b778-e3b6-48fc-aa8d-39cc764245e4"/>
							<gml:surfaceMember xlink:href="#poly-c7933935-44e7-4e15-8b24-47d18a228a45"/>
							<gml:surfaceMember xlink:href="#poly-37d16fc2-dc8e-415d-8871-7782e4d87797"/>
							<gml:surfaceMember xlink:href="#poly-ed6c58b7-9b7c-480f-ade6-01a9430d7ade"/>
							<gml:surfaceMember xlink:href="#poly-32d81cb4-db7b-44da-b182-e173e27f0223"/>
							<gml:surfaceMember xlink:href="#poly-24160d24-86eb-4b32-a3cc-14100599685f"/>
							<gml:surfaceMember xlink:href="#poly-00f5cfd7-b39d-4433-8c7e-ad42d89a1436"/>
							<gml:surfaceMember xlink:href="#poly-08676370-634e-4dfd-83d9-36c8b6e078be"/>
							<gml:surfaceMember xlink:href="#poly-1433e982-daea-461f-af85-b28863f3042e"/>
							<gml:surfaceMember xlink:href="#poly-a37892b8-40e9-4b24-b105-4f0febdf25fe"/>
							<gml:surfaceMember xlink:href="#poly-b1e4b757-d384-46cd-a6fc-4c65ca300598"/>
							<gml:surfaceMember xlink:href="#poly-af3e9d44-5e06-432f-9245-269e20301b0e"/>
							<gml:surfaceMember xlink:href="#poly-af3370ae-8b60-4892-8691-abb58dbb696c"/>
							<gml:surfaceMember xlink:href="#poly-aebb6723-548c-4b4e-8a24-4b19ea542848"/>
							<gml:surfaceMember xlink:href="#poly-9a7e8818-9fe7-46ea-9e74-f6f92640c154"/>
							<gml:surfaceMember xlink:href="#poly-63148657-0948-4041-84cc-5e67954915f4"/>
							<gml:surfaceMember xlink:href="#poly-4894d8f6-eb11-42a0-ae61-a849fc7b496e"/>
							<gml:surfaceMember xlink:href="#poly-919c6375-c141-41e3-b8f9-62f10786d407"/>
							<gml:surfaceMember xlink:href="#poly-8b62c224-e3c8-43d3-811a-5c1b3060f7cd"/>
							<gml:surfaceMember xlink:href="#poly-42de6f26-0018-4f35-8395-7e20119a6af8"/>
							<gml:surfaceMember xlink:href="#poly-5acd8d8e-37f9-43b9-ad71-ead739f6f7a3"/>
							<gml:surfaceMember xlink:href="#poly-9ebfdb58-bc90-4e06-8093-2b55bf6ff501"/>
							<gml:surfaceMember xlink:href="#poly-0ec66b98-c110-430c-9e13-0b0bcf114743"/>
							<gml:surfaceMember xlink:href="#poly-73d44455-64b8-46da-9990-265b040b3576"/>
							<gml:surfaceMember xlink:href="#poly-2e5d1da1-2157-4524-90f1-590202f4106f"/>
							<gml:surfaceMember xlink:href="#poly-a7b69d67-3ec7-45d9-86be-18a14bf75492"/>
							<gml:surfaceMember xlink:href="#poly-439f1800-1b40-44f7-a57c-7898f21dffae"/>
							<gml:surfaceMember xlink:href="#poly-225f88af-a49a-46c6-a590-e8123c396fbb"/>
							<gml:surfaceMember xlink:href="#poly-66eb6b7e-d363-4bd0-87fc-5e99c194bc26"/>
							<gml:surfaceMember xlink:href="#poly-1933b6a1-90ad-48e1-9b6d-1848085a3006"/>
							<gml:surfaceMember xlink:href="#poly-ff202e18-0ff9-4767-b9c9-a6e465b14ac8"/>
							<gml:surfaceMember xlink:href="#poly-3d6f9e85-d31f-45aa-a7cd-c905a1c09985"/>
							<gml:surfaceMember xlink:href="#poly-2b3108be-a537-454c-b07d-55ae119bdb7d"/>
							<gml:surfaceMember xlink:href="#poly-48030f91-4cb0-496b-9432-e9a7d87dd92e"/>
							<gml:surfaceMember xlink:href="#poly-da2ab35b-5a2b-41c9-8e33-9c08c774ac0b"/>
							<gml:surfaceMember xlink:href="#poly-942f1b71-5107-4908-8dfd-4835156fdb8f"/>
							<gml:surfaceMember xlink:href="#poly-1a93468c-5346-49e5-ae48-a8ada75ee60f"/>
							<gml:surfaceMember xlink:href="#poly-d30f6ae4-9967-42a6-93d2-0d3d3c760278"/>
							<gml:surfaceMember xlink:href="#poly-8339ca1f-ae6f-47b0-bf93-82c3e85abdf3"/>
							<gml:surfaceMember xlink:href="#poly-c681937a-06ca-4b3b-a9a1-eb8f06eaee93"/>
							<gml:surfaceMember xlink:href="#poly-39d7d399-1beb-4834-b0bd-61dba562491e"/>
							<gml:surfaceMember xlink:href="#poly-92f4bba7-1e99-4ec2-b1bb-f4d365569cd6"/>
							<gml:surfaceMember xlink:href="#poly-b171f499-2d42-4f44-9fee-643c0ab3ba3b"/>
							<gml:surfaceMember xlink:href="#poly-f5c5422b-f126-4b17-b36a-78c19d3ecdf8"/>
							<gml:surfaceMember xlink:href="#poly-19b890fa-3e59-4c59-bd55-7d33441065c9"/>
							<gml:surfaceMember xlink:href="#poly-f64b6fc1-709f-45ec-a270-3b5d86e185c5"/>
							<gml:surfaceMember xlink:href="#poly-22332353-1257-46f7-9b39-386051b2e4f9"/>
							<gml:surfaceMember xlink:href="#poly-3cac4c7f-da9c-4cbe-99d7-d681c5be78ba"/>
							<gml:surfaceMember xlink:href="#poly-b72083f6-982d-4e95-bb0d-93f5c341bc21"/>
							<gml:surfaceMember xlink:href="#poly-61174c72-9838-4724-aaae-6e89561151b4"/>
							<gml:surfaceMember xlink:href="#poly-c7682002-fe25-430d-b914-4307a91961fd"/>
							<gml:surfaceMember xlink:href="#poly-24c3cb45-ec55-4860-90b3-90dc2358c97b"/>
							<gml:surfaceMember xlink:href="#poly-ab9cc74d-7b21-4c92-a556-88f9efa790db"/>
							<gml:surfaceMember xlink:href="#poly-f8576232-0155-451e-971d-fde530cdb47b"/>
							<gml:surfaceMember xlink:href="#poly-069f1872-f83f-4f45-9404-03c64377a3e2"/>
							<gml:surfaceMember xlink:href="#poly-859e832e-beb6-4c5d-a7d3-6d4a33ad9d07"/>
							<gml:surfaceMember xlink:href="#poly-7ff55fdc-d657-496f-8a9e-2700a76d9f9f"/>
							<gml:surfaceMember xlink:href="#poly-04a4a5ca-abcc-4612-b7a0-68805e6c2e13"/>
							<gml:surfaceMember xlink:href="#poly-99ecfcd6-008c-4e70-b835-76aeee77a7d4"/>
							<gml:surfaceMember xlink:href="#poly-a09e415d-e956-4ed0-8d2d-c584b6f24584"/>
							<gml:surfaceMember xlink:href="#poly-5ffa1b08-102c-4a43-bdb0-e461ede12feb"/>
							<gml:surfaceMember xlink:href="#poly-12a173c8-448d-4c8d-88e2-49fa5ad6861c"/>
							<gml:surfaceMember xlink:href="#poly-64c28788-adf4-43f2-bdd1-d7737e0d4111"/>
							<gml:surfaceMember xlink:href="#poly-153b2ec4-3f5f-4a74-876a-6851fbb05bbc"/>
							<gml:surfaceMember xlink:href="#poly-364862a6-493f-4c39-ad26-b76b3a485b38"/>
							<gml:surfaceMember xlink:href="#poly-2fc1685b-a8af-47e3-b71a-4b6c2e5fe76f"/>
							<gml:surfaceMember xlink:href="#poly-9477de99-c7e5-47c0-aa43-7aba9d0f9257"/>
							<gml:surfaceMember xlink:href="#poly-7ef3a8a0-0fb1-483e-8368-9b31d49b3663"/>
							<gml:surfaceMember xlink:href="#poly-e880dce8-c385-4a41-81ff-3b54be32f70e"/>
							<gml:surfaceMember xlink:href="#poly-e70ec92e-2457-4a4b-b66e-fa29e1dc6d1d"/>
							<gml:surfaceMember xlink:href="#poly-19f3aafb-01c1-41bc-8aff-36fb0bad6ced"/>
							<gml:surfaceMember xlink:href="#poly-7a451350-c70d-4191-a446-47eddb355cd2"/>
							<gml:surfaceMember xlink:href="#poly-d68affee-7c7c-4f48-9d4a-c74aa3d6ef1e"/>
							<gml:surfaceMember xlink:href="#poly-0bdc3176-8de8-4cdb-8deb-98c3d86c3ba5"/>
							<gml:surfaceMember xlink:href="#poly-f3405e57-c2ad-47d4-a129-e57e1c8e0df8"/>
							<gml:surfaceMember xlink:href="#poly-09c0ca32-4386-4974-8953-4b489177be9c"/>
							<gml:surfaceMember xlink:href="#poly-095e23f1-97fc-45bf-939c-a099d3790558"/>
							<gml:surfaceMember xlink:href="#poly-d2522c4c-cc9b-4d5d-b716-6faa52c341fd"/>
							<gml:surfaceMember xlink:href="#poly-33924228-0bd0-4741-bacb-b3ace354c3e5"/>
							<gml:surfaceMember xlink:href="#poly-27f5d01b-09ca-4ac1-bb43-c7a88f3ea955"/>
							<gml:surfaceMember xlink:href="#poly-7766d68c-cfb7-417f-a91b-d6cf0872b797"/>
							<gml:surfaceMember xlink:href="#poly-480d8d1a-f900-4982-873a-7837b2ecd3ea"/>
							<gml:surfaceMember xlink:href="#poly-1f184e14-5dae-4269-b88d-5b258b89a213"/>
							<gml:surfaceMember xlink:href="#poly-cc608ab1-d634-4158-9a17-0681295976d3"/>
							<gml:surfaceMember xlink:href="#poly-89ff5dc6-eecd-46bc-ba0d-62fc509a2dbb"/>
							<gml:surfaceMember xlink:href="#poly-44977c76-c894-4f8d-97f1-5ff8f30c4e4b"/>
							<gml:surfaceMember xlink:href="#poly-121fe868-ae67-45bf-98ed-fb05de81ca84"/>
							<gml:surfaceMember xlink:href="#poly-ff5312c5-c6fc-4a9b-8774-77a247801c28"/>
							<gml:surfaceMember xlink:href="#poly-78cf3cd3-6a7c-49b3-bb2e-19e303b8ef4c"/>
							<gml:surfaceMember xlink:href="#poly-ccdb47a2-1a7c-484e-84cd-00de7c6baf4e"/>
							<gml:surfaceMember xlink:href="#poly-5eb975d2-c5ae-4573-aa4d-6b509de2f979"/>
							<gml:surfaceMember xlink:href="#poly-e87ebd44-4491-4591-bf49-0eb652a5d789"/>
							<gml:surfaceMember xlink:href="#poly-95343d22-a7aa-4b7b-8b80-0d4a5988a9a3"/>
							<gml:surfaceMember xlink:href="#poly-b52da074-b272-4aec-93f1-5e9367e7efb6"/>
							<gml:surfaceMember xlink:href="#poly-0bb42008-2b34-4ee9-914d-41409650312e"/>
							<gml:surfaceMember xlink:href="#poly-54537d4e-29df-40c5-af1e-1b5fda438078"/>
							<gml:surfaceMember xlink:href="#poly-924311b5-8e7b-45c9-aaa5-c772e7598c22"/>
							<gml:surfaceMember xlink:href="#poly-b6cb08ff-8268-40ed-aca5-81746d05ea9a"/>
							<gml:surfaceMember xlink:href="#poly-8dc54fad-c20d-4f67-975f-0855f4faeee4"/>
							<gml:surfaceMember xlink:href="#poly-a4f1bbab-4db7-4255-a287-25830dbcd470"/>
							<gml:surfaceMember xlink:href="#poly-aaf2c17c-42f5-4f3d-93e0-59ef3df52df1"/>
							<gml:surfaceMember xlink:href="#poly-1f0b46e7-a965-4a16-9ca0-ccbed632cd85"/>
							<gml:surfaceMember xlink:href="#poly-bba6e13a-e921-45f8-8604-f74d60db9eec"/>
							<gml:surfaceMember xlink:href="#poly-89036c47-fa9a-4b9a-bcdc-43c707f93d2a"/>
							<gml:surfaceMember xlink:href="#poly-81367889-2d0c-48b8-b1b1-e73b36b6e37b"/>
							<gml:surfaceMember xlink:href="#poly-8c541fe7-13f4-459b-965b-9bbe2fda80c0"/>
							<gml:surfaceMember xlink:href="#poly-3bbd9c9c-d9fa-44f1-a087-a752fd7a0741"/>
							<gml:surfaceMember xlink:href="#poly-990b599d-51e8-497f-857f-d8012c1df405"/>
							<gml:surfaceMember xlink:href="#poly-85203a30-8c7d-4a0a-8bc2-eca852ec098c"/>
							<gml:surfaceMember xlink:href="#poly-cd93a9b3-3847-4b57-9e67-9743588a1ca5"/>
							<gml:surfaceMember xlink:href="#poly-67104c33-1d27-4af5-a3bd-827d908446d8"/>
							<gml:surfaceMember xlink:href="#poly-8b915bb6-6b71-4c8c-83de-f3cd6252a2f9"/>
							<gml:surfaceMember xlink:href="#poly-f78d1653-c111-46cd-8f08-ac966d8677aa"/>
							<gml:surfaceMember xlink:href="#poly-043a2cc5-45d6-4ec4-9bf6-0537955e450a"/>
							<gml:surfaceMember xlink:href="#poly-c307cece-1459-4398-b43c-c9ddc1c7445f"/>
							<gml:surfaceMember xlink:href="#poly-d13af1f8-c586-4709-a12d-477d76fac174"/>
							<gml:surfaceMember xlink:href="#poly-92a7394d-2157-40fb-b720-0da7352fd5c9"/>
							<gml:surfaceMember xlink:href="#poly-949fa7ff-3753-4fed-a66a-d68ab7c25b4c"/>
							<gml:surfaceMember xlink:href="#poly-09f6e545-cab9-4826-b30e-fe52327a5c56"/>
							<gml:surfaceMember xlink:href="#poly-f979419d-c796-4ec0-bc53-a519ddcffc94"/>
							<gml:surfaceMember xlink:href="#poly-9659f917-4932-4ae5-b91b-236f6cbdc48a"/>
							<gml:surfaceMember xlink:href="#poly-2cfea9f4-7f54-4252-8d1c-f603242046d1"/>
							<gml:surfaceMember xlink:href="#poly-376bfec5-2acc-4502-8d8b-2889640079a3"/>
							<gml:surfaceMember xlink:href="#poly-256b4731-53fd-4241-a041-d45800473ca4"/>
							<gml:surfaceMember xlink:href="#poly-0074db7f-50e0-4c1c-960f-10ec356d1060"/>
							<gml:surfaceMember xlink:href="#poly-33d26f48-4c8f-44bb-979d-6a370c82d287"/>
							<gml:surfaceMember xlink:href="#poly-b9767b29-8399-4a5e-9427-e295aff38e13"/>
							<gml:surfaceMember xlink:href="#poly-8684b4ff-acb9-4feb-9657-adf7a0dcd3aa"/>
							<gml:surfaceMember xlink:href="#poly-9b554d7a-8e9d-483b-a3b8-e04e1d54e92f"/>
							<gml:surfaceMember xlink:href="#poly-db811664-6b8f-43cb-ba62-b0894becc9e6"/>
							<gml:surfaceMember xlink:href="#poly-56c78b43-360c-4a68-a7f5-dbc242299f39"/>
							<gml:surfaceMember xlink:href="#poly-58312244-c982-4041-88d3-d835c29dfcaa"/>
							<gml:surfaceMember xlink:href="#poly-d0091ad9-6225-4d90-abfa-6bae7ca08472"/>
							<gml:surfaceMember xlink:href="#poly-984c80bd-6042-4459-aed5-e0df0ba36415"/>
							<gml:surfaceMember xlink:href="#poly-bf92b22b-f0e7-482b-901c-458d1516a2fc"/>
							<gml:surfaceMember xlink:href="#poly-7a94de74-ff38-4a59-a76d-0c7df9bfe65c"/>
							<gml:surfaceMember xlink:href="#poly-25cfb4d6-6d50-4db9-8fb8-2d4cc69fdfb7"/>
							<gml:surfaceMember xlink:href="#poly-c68e7283-8e64-4469-8a00-b27b5baff2b2"/>
							<gml:surfaceMember xlink:href="#poly-05595714-7356-45d6-a1e5-36e8fddf4f5f"/>
							<gml:surfaceMember xlink:href="#poly-ee14ca19-aa8d-47fb-a9e9-6d77c83ec622"/>
							<gml:surfaceMember xlink:href="#poly-f6b61765-0a4a-4c39-8a53-f69b9f52b842"/>
							<gml:surfaceMember xlink:href="#poly-b2e3e424-78a1-43da-9319-6505f00e60aa"/>
							<gml:surfaceMember xlink:href="#poly-6d021483-5292-4176-8335-3453c1111f7f"/>
							<gml:surfaceMember xlink:href="#poly-a0499f2a-b74c-4204-955f-44d0fa667df7"/>
							<gml:surfaceMember xlink:href="#poly-4aaf0d2f-516e-4446-b588-557d8e599805"/>
							<gml:surfaceMember xlink:href="#poly-db1ef24f-5ac7-466a-a7c5-d71245cf9a28"/>
							<gml:surfaceMember xlink:href="#poly-e32b8f8a-3672-41e3-83a9-cb9239a26237"/>
							<gml:surfaceMember xlink:href="#poly-f3e52480-e60d-45ae-a839-f80f866415cd"/>
							<gml:surfaceMember xlink:href="#poly-d35f09f7-b7cd-4171-afb2-6d48eb563bc7"/>
							<gml:surfaceMember xlink:href="#poly-72ba4351-4218-4b0c-ae6b-83b9b4a1e138"/>
							<gml:surfaceMember xlink:href="#poly-1fcc25ee-ee99-490f-92ac-c87d286d65e3"/>
							<gml:surfaceMember xlink:href="#poly-0993491d-a64c-46f8-8c74-dc4ae81b584f"/>
							<gml:surfaceMember xlink:href="#poly-a0766354-b665-436e-b4eb-d82993162da9"/>
							<gml:surfaceMember xlink:href="#poly-8fdd91cb-9fda-464e-83bd-ac76b2245795"/>
							<gml:surfaceMember xlink:href="#poly-40ba0451-af04-4a23-87dc-6d3a01dc45f5"/>
							<gml:surfaceMember xlink:href="#poly-9ea60266-3a20-4574-b30f-a9f91214dc27"/>
							<gml:surfaceMember xlink:href="#poly-25763c46-52e9-410f-9489-f47a5ef977a0"/>
							<gml:surfaceMember xlink:href="#poly-99698485-2550-4ae0-9bc3-6fc8a9d48135"/>
							<gml:surfaceMember xlink:href="#poly-b8ba9248-e8af-46e3-8d54-65eb97279f96"/>
							<gml:surfaceMember xlink:href="#poly-bc74d6f3-f337-4cb4-8a2c-e8b10648d1f4"/>
							<gml:surfaceMember xlink:href="#poly-21edc4f7-f7af-4b7c-abca-5229061af585"/>
							<gml:surfaceMember xlink:href="#poly-4dca1dc0-9ee6-4d47-883d-2f88a181386a"/>
							<gml:surfaceMember xlink:href="#poly-a8f3d679-2251-4767-93b0-428e662eeaa8"/>
							<gml:surfaceMember xlink:href="#poly-dc2c1dd4-1da9-4621-8dad-76887b4d6fe6"/>
							<gml:surfaceMember xlink:href="#poly-044ad305-1f5b-4f8b-9469-7a10757bb410"/>
							<gml:surfaceMember xlink:href="#poly-3074927d-8211-40d7-8bf0-b784fc8bb202"/>
							<gml:surfaceMember xlink:href="#poly-f0fcf014-b472-440f-af3e-19eefc1a2b5a"/>
							<gml:surfaceMember xlink:href="#poly-c7b98345-c0b4-49fa-bb84-513b2a335074"/>
							<gml:surfaceMember xlink:href="#poly-1f94188b-ad14-42de-a49d-5c31a62cff90"/>
							<gml:surfaceMember xlink:href="#poly-5b7a9d5c-7cdb-4937-8330-a3e04522d68b"/>
							<gml:surfaceMember xlink:href="#poly-1afb7d56-4a7c-4142-825e-79c4a950c2ed"/>
							<gml:surfaceMember xlink:href="#poly-d20e0ca4-18c0-49ed-8381-af0bc685f05a"/>
						</gml:CompositeSurface>
					</gml:exterior>
				</gml:Solid>
			</uro:lod3Geometry>
			<uro:boundedBy>
				<uro:GroundSurface gml:id="surface-44bbb6c3-5319-4b92-83f6-7dc71d0a3aeb">
					<uro:lod2MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-44bbb6c3-5319-4b92-83f6-7dc71d0a3aeb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74973470161705 139.81948726359613 2.950000047683716 35.749710453367946 139.8194304443469 2.950000047683716 35.749976678078056 139.81933190050168 2.950000047683716 35.74973470161705 139.81948726359613 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8d69eb8a-ec88-4602-ae18-c8a0f4985f71">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749976678078056 139.81933190050168 2.950000047683716 35.749710453367946 139.8194304443469 2.950000047683716 35.74995242975652 139.8192750811276 2.950000047683716 35.749976678078056 139.81933190050168 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod2MultiSurface>
				</uro:GroundSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:WallSurface gml:id="surface-e530801c-1360-4209-bded-2f8129f25859">
					<uro:lod2MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e530801c-1360-4209-bded-2f8129f25859">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74995242975652 139.8192750811276 2.950000047683716 35.74995242975652 139.8192750811276 12.720000267028809 35.749976678078056 139.81933190050168 2.950000047683716 35.74995242975652 139.8192750811276 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f33ba6b4-962f-410d-93ba-1fd700e48634">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749976678078056 139.81933190050168 2.950000047683716 35.74995242975652 139.8192750811276 12.720000267028809 35.749976678078056 139.81933190050168 12.720000267028809 35.749976678078056 139.81933190050168 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-280841e5-4421-497b-8164-67a6122c94bf">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749710453367946 139.8194304443469 2.950000047683716 35.749710453367946 139.8194304443469 12.720000267028809 35.74995242975652 139.8192750811276 2.950000047683716 35.749710453367946 139.8194304443469 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-248e8f37-5c9a-4c7b-a24c-4a59c44a18b7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74995242975652 139.8192750811276 2.950000047683716 35.749710453367946 139.8194304443469 12.720000267028809 35.74995242975652 139.8192750811276 12.720000267028809 35.74995242975652 139.8192750811276 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d8ca2890-b6b5-4f4b-b04a-bdeb38e546d1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74973470161705 139.81948726359613 2.950000047683716 35.74973470161705 139.81948726359613 12.720000267028809 35.749710453367946 139.8194304443469 2.950000047683716 35.74973470161705 139.81948726359613 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bb4045b5-c4c9-4b44-84c2-99ec4c7dbfe7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749710453367946 139.8194304443469 2.950000047683716 35.74973470161705 139.81948726359613 12.720000267028809 35.749710453367946 139.8194304443469 12.720000267028809 35.749710453367946 139.8194304443469 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-952d491e-b32f-4978-ae23-8ee4e994ea22">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749976678078056 139.81933190050168 2.950000047683716 35.749976678078056 139.81933190050168 12.720000267028809 35.74973470161705 139.81948726359613 2.950000047683716 35.749976678078056 139.81933190050168 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ce768f8e-8550-4bac-8135-ba6ba7d583cc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74973470161705 139.81948726359613 2.950000047683716 35.749976678078056 139.81933190050168 12.720000267028809 35.74973470161705 139.81948726359613 12.720000267028809 35.74973470161705 139.81948726359613 2.950000047683716</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod2MultiSurface>
				</uro:WallSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:GroundSurface gml:id="surface-8fdd91cb-9fda-464e-83bd-ac76b2245795">
					<uro:lod3MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8fdd91cb-9fda-464e-83bd-ac76b2245795">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079363586154 139.808473244846 -2.199979543685913 35.500789635551556 139.8084757841667 -2.199979543685913 35.500789790114375 139.80847614828429 -2.199979543685913 35.50079146017624 139.80848006156285 -2.1999800205230713 35.50079477322052 139.80848788639074 -2.1999800205230713 35.50079643448913 139.80849180104275 -2.199979543685913 35.500796589051916 139.80849216516046 -2.199979066848755 35.50080058935185 139.80848962581584 -2.199979066848755 35.5008029265428 139.80849513175104 -2.199979543685913 35.500795318933065 139.80849996069873 -2.199979543685913 35.50077710851527 139.80845703927562 -2.1999800205230713 35.50077908948453 139.80845578203142 -2.1999800205230713 35.500781728071345 139.80845536104843 -2.1999800205230713 35.50078432528444 139.80845606902346 -2.1999800205230713 35.50078656787328 139.808457820577 -2.1999800205230713 35.50078818448284 139.8084604025428 -2.1999800205230713 35.50078922290621 139.80846284889537 -2.199979543685913 35.50078682330964 139.80846437210568 -2.1999800205230713 35.50078806456644 139.8084672962458 -2.199979543685913 35.50079046418176 139.80846577303402 -2.199979543685913 35.50079363586154 139.808473244846 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-40ba0451-af04-4a23-87dc-6d3a01dc45f5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079146017624 139.80848006156285 -2.1999800205230713 35.500789790114375 139.80847614828429 -2.199979543685913 35.50079298874034 139.80847411334432 -2.199971914291382 35.50079465880231 139.8084780266231 -2.19997239112854 35.50079146017624 139.80848006156285 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9ea60266-3a20-4574-b30f-a9f91214dc27">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079643448913 139.80849180104275 -2.199979543685913 35.50079477322052 139.80848788639074 -2.1999800205230713 35.50079797481664 139.80848585844768 -2.200005292892456 35.500799634630724 139.8084897696274 -2.200004816055298 35.50079643448913 139.80849180104275 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-25763c46-52e9-410f-9489-f47a5ef977a0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5008746786811 139.8084213484384 -2.199979543685913 35.500870678413676 139.8084238877705 -2.1999800205230713 35.50087083297667 139.80842425188843 -2.1999800205230713 35.50087249074297 139.80842816269097 -2.1999800205230713 35.50087580757186 139.8084359875794 -2.199979543685913 35.5008774773366 139.80843990465334 -2.199979543685913 35.500877631886766 139.80844026878682 -2.199979543685913 35.50088163217177 139.80843772945033 -2.199979543685913 35.500883969378336 139.80844323537517 -2.199979543685913 35.500870368820316 139.80845186886438 -2.199979543685913 35.50086803162842 139.80844636292818 -2.1999800205230713 35.50087203190811 139.80844382357944 -2.1999800205230713 35.50087187734518 139.80844345946147 -2.199979543685913 35.50087020930873 139.80843955079422 -2.1999800205230713 35.50086690393046 139.80843172490697 -2.1999800205230713 35.500865232969446 139.80842780670466 -2.1999800205230713 35.50086507840647 139.80842744258678 -2.1999800205230713 35.500861078125375 139.80842998193205 -2.1999800205230713 35.50085790644495 139.80842251012018 -2.1999800205230713 35.50086030603352 139.80842098688981 -2.1999800205230713 35.50085906477412 139.80841806274427 -2.1999800205230713 35.5008566651836 139.80841958597006 -2.1999800205230713 35.5008556267461 139.80841713963036 -2.1999800205230713 35.50085483034103 139.80841403699662 -2.1999800205230713 35.50085494950364 139.80841078625113 -2.1999800205230713 35.500855970646505 139.80840778138224 -2.1999800205230713 35.50085777060915 139.80840538482232 -2.1999800205230713 35.500860132322686 139.80840388563104 -2.1999800205230713 35.50086277092453 139.80840346463626 -2.1999800205230713 35.50086536812264 139.80840417262002 -2.1999800205230713 35.50086761067276 139.8084059241722 -2.1999800205230713 35.50086922730315 139.80840850614038 -2.1999800205230713 35.50087026574032 139.80841095247922 -2.1999800205230713 35.500867866169614 139.80841247570623 -2.1999800205230713 35.50086910742914 139.808415399852 -2.1999800205230713 35.50087150699791 139.80841387662036 -2.1999800205230713 35.5008746786811 139.8084213484384 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-99698485-2550-4ae0-9bc3-6fc8a9d48135">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087020930873 139.80843955079422 -2.1999800205230713 35.50087187734518 139.80844345946147 -2.199979543685913 35.50086867798406 139.80844549267144 -2.199963331222534 35.500867009947676 139.80844158400433 -2.1999638080596924 35.50087020930873 139.80843955079422 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b8ba9248-e8af-46e3-8d54-65eb97279f96">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087249074297 139.80842816269097 -2.1999800205230713 35.50087083297667 139.80842425188843 -2.1999800205230713 35.50087403296797 139.8084222201629 -2.199993848800659 35.50087569073426 139.80842613096544 -2.199993848800659 35.50087249074297 139.80842816269097 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bc74d6f3-f337-4cb4-8a2c-e8b10648d1f4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5008774773366 139.80843990465334 -2.199979543685913 35.50087580757186 139.8084359875794 -2.199979543685913 35.50087900640359 139.8084339531221 -2.1999828815460205 35.50088067616841 139.80843787019614 -2.1999828815460205 35.5008774773366 139.80843990465334 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-21edc4f7-f7af-4b7c-abca-5229061af585">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865232969446 139.80842780670466 -2.1999800205230713 35.50086690393046 139.80843172490697 -2.1999800205230713 35.50086370430715 139.8084337574992 -2.200000524520874 35.50086203334626 139.80842983929713 -2.200000524520874 35.500865232969446 139.80842780670466 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4dca1dc0-9ee6-4d47-883d-2f88a181386a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500952926456605 139.80837124089277 -2.1999800205230713 35.50094892617594 139.80837378023523 -2.1999804973602295 35.50094908073872 139.80837414435402 -2.1999804973602295 35.50095074195704 139.8083780603636 -2.1999800205230713 35.50095406942499 139.80838588667118 -2.1999800205230713 35.50095572512638 139.80838979712314 -2.1999800205230713 35.50095587968947 139.80839016124136 -2.1999800205230713 35.50095987996266 139.80838762190817 -2.1999800205230713 35.50096221715622 139.8083931278466 -2.1999800205230713 35.50094861660861 139.80840176134544 -2.1999800205230713 35.50094627936773 139.8083962554365 -2.199979543685913 35.50095027964438 139.8083937161003 -2.199979543685913 35.50095012512704 139.8083933519501 -2.1999800205230713 35.50094846278943 139.8083894368204 -2.1999800205230713 35.50094514220242 139.80838161172036 -2.1999800205230713 35.5009434807434 139.80837769917878 -2.1999804973602295 35.50094332617967 139.8083773350606 -2.1999804973602295 35.50093932590317 139.80837987439975 -2.1999804973602295 35.500936154220206 139.80837240257821 -2.1999804973602295 35.50093855379949 139.80837087934736 -2.1999804973602295 35.50093731254088 139.80836795520446 -2.1999804973602295 35.50093491296162 139.80836947843534 -2.1999804973602295 35.50093387452114 139.80836703208925 -2.1999804973602295 35.50093307811294 139.80836392946009 -2.1999804973602295 35.50093319726261 139.8083606787069 -2.1999804973602295 35.50093421840498 139.80835767383695 -2.1999804973602295 35.50093601838594 139.80835527727314 -2.1999804973602295 35.500938380098816 139.80835377807892 -2.1999804973602295 35.50094101868111 139.8083533570825 -2.1999804973602295 35.50094361588255 139.80835406506046 -2.1999804973602295 35.50094585844596 139.80835581661978 -2.1999804973602295 35.5009474750711 139.80835839858605 -2.1999804973602295 35.50094851350977 139.80836084492776 -2.1999804973602295 35.50094611392778 139.80836236816384 -2.1999804973602295 35.50094735519035 139.8083652923046 -2.1999804973602295 35.50094975476905 139.80836376907217 -2.1999804973602295 35.500952926456605 139.80837124089277 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a8f3d679-2251-4767-93b0-428e662eeaa8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009434807434 139.80837769917878 -2.1999804973602295 35.50094514220242 139.80838161172036 -2.1999800205230713 35.50094194190878 139.80838364274317 -2.1999852657318115 35.5009402804498 139.80837973020158 -2.1999857425689697 35.5009434807434 139.80837769917878 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-dc2c1dd4-1da9-4621-8dad-76887b4d6fe6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094846278943 139.8083894368204 -2.1999800205230713 35.50095012512704 139.8083933519501 -2.1999800205230713 35.50094692611319 139.8083953859865 -2.1999924182891846 35.50094526377588 139.80839147085672 -2.1999924182891846 35.50094846278943 139.8083894368204 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-044ad305-1f5b-4f8b-9469-7a10757bb410">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102455656872 139.80832579962143 -2.199979543685913 35.50102440202057 139.80832543549303 -2.199979066848755 35.50102040173828 139.80832797484018 -2.1999800205230713 35.501017230031515 139.80832050301592 -2.199979066848755 35.50101962961973 139.80831897978183 -2.199979066848755 35.50101838834065 139.80831605563714 -2.199979066848755 35.501015988770696 139.80831757886858 -2.199979066848755 35.501014950330664 139.8083151325242 -2.1999800205230713 35.50101415392199 139.808312029883 -2.1999800205230713 35.50101427306956 139.80830877914767 -2.1999800205230713 35.50101529420095 139.80830577425053 -2.1999800205230713 35.50101709418569 139.80830337769493 -2.199979066848755 35.5010190751616 139.8083021204172 -2.199979543685913 35.50103728564271 139.808345041955 -2.199979066848755 35.50102969243585 139.80834986181281 -2.1999800205230713 35.501027355260554 139.808344355873 -2.1999800205230713 35.50103135552471 139.80834181652853 -2.1999800205230713 35.50103120096148 139.80834145241002 -2.1999800205230713 35.50102954463646 139.8083375381811 -2.1999800205230713 35.501026223275346 139.80832971268205 -2.1999800205230713 35.50102455656872 139.80832579962143 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3074927d-8211-40d7-8bf0-b784fc8bb202">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095074195704 139.8083780603636 -2.1999800205230713 35.50094908073872 139.80837414435402 -2.1999804973602295 35.5009522801676 139.80837211129244 -2.199991464614868 35.50095394138569 139.80837602730216 -2.19999098777771 35.50095074195704 139.8083780603636 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f0fcf014-b472-440f-af3e-19eefc1a2b5a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095572512638 139.80838979712314 -2.1999800205230713 35.50095406942499 139.80838588667118 -2.1999800205230713 35.50095727008227 139.80838385650335 -2.199974775314331 35.50095892578372 139.8083877669554 -2.199974775314331 35.50095572512638 139.80838979712314 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c7b98345-c0b4-49fa-bb84-513b2a335074">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102455656872 139.80832579962143 -2.199979543685913 35.501026223275346 139.80832971268205 -2.1999800205230713 35.50102302497071 139.80833174838463 -2.1999714374542236 35.501021358264154 139.8083278353241 -2.1999709606170654 35.50102455656872 139.80832579962143 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1f94188b-ad14-42de-a49d-5c31a62cff90">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102954463646 139.8083375381811 -2.1999800205230713 35.50103120096148 139.80834145241002 -2.1999800205230713 35.501028000600144 139.80834348326755 -2.1999948024749756 35.50102634427519 139.80833956903874 -2.1999948024749756 35.50102954463646 139.8083375381811 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5b7a9d5c-7cdb-4937-8330-a3e04522d68b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079270480311 139.80848019154982 -2.199110746383667 35.50086624863593 139.80843305625643 -2.200892686843872 35.50086894802366 139.8084394294808 -2.2008745670318604 35.50079540418063 139.80848656477454 -2.1990931034088135 35.50079270480311 139.80848019154982 -2.199110746383667</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1afb7d56-4a7c-4142-825e-79c4a950c2ed">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094720217827 139.80838931365702 -2.2000176906585693 35.50087645396731 139.80843466159646 -2.199983835220337 35.5008737546336 139.80842828833977 -2.1999671459198 35.500944502832844 139.80838294039705 -2.2000010013580322 35.50094720217827 139.80838931365702 -2.2000176906585693</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d20e0ca4-18c0-49ed-8381-af0bc685f05a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102828629813 139.80833741153543 -2.1991875171661377 35.50095471018709 139.80838455178568 -2.2007830142974854 35.500952010644404 139.80837817865438 -2.2007973194122314 35.50102558674424 139.80833103840214 -2.199201822280884 35.50102828629813 139.80833741153543 -2.1991875171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod3MultiSurface>
				</uro:GroundSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:RoofSurface gml:id="surface-02239019-f1be-4b14-a14f-653e1c900b77">
					<uro:lod2MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-02239019-f1be-4b14-a14f-653e1c900b77">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.74995242975652 139.8192750811276 12.720000267028809 35.749710453367946 139.8194304443469 12.720000267028809 35.749976678078056 139.81933190050168 12.720000267028809 35.74995242975652 139.8192750811276 12.720000267028809</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-85375880-5e40-42a5-a581-fe3018545eae">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.749976678078056 139.81933190050168 12.720000267028809 35.749710453367946 139.8194304443469 12.720000267028809 35.74973470161705 139.81948726359613 12.720000267028809 35.749976678078056 139.81933190050168 12.720000267028809</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod2MultiSurface>
				</uro:RoofSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:WallSurface gml:id="surface-72d015cf-96c0-4501-aa34-5d59ca9b9800">
					<uro:lod3MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-72d015cf-96c0-4501-aa34-5d59ca9b9800">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078818446065 139.80846040253616 2.950851877219975 35.50078656783434 139.80845782057654 2.950851877219975 35.50078656783434 139.80845782057654 3.8008519411087036 35.50078818446065 139.80846040253616 3.8008519411087036 35.50078818446065 139.80846040253616 2.950851877219975</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fcbf465a-8f20-49f7-8d87-ec737a06f943">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500789222897794 139.80846284887554 2.9508519070222974 35.50078818446065 139.80846040253616 2.950851877219975 35.50078818446065 139.80846040253616 3.8008519411087036 35.50078922289729 139.80846284887437 3.8008519411087036 35.500789222897794 139.80846284887554 2.9508519070222974</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fc5e2378-c150-44b7-9c26-21d4480d3e34">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078818448284 139.8084604025428 -2.1999800205230713 35.50078656787328 139.808457820577 -2.1999800205230713 35.50078656783434 139.80845782057654 2.950851877219975 35.50078818446065 139.80846040253616 2.950851877219975 35.50078818448284 139.8084604025428 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ed782cc5-b20b-402f-b649-88999ae973a8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078656783434 139.80845782057654 2.950851877219975 35.50078432527949 139.8084560690118 2.9508519368246198 35.50078432527899 139.80845606901065 3.8008520007133484 35.50078656783434 139.80845782057654 3.8008519411087036 35.50078656783434 139.80845782057654 2.950851877219975</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-463672f0-64db-4cbf-b897-f391997b124b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078979011091 139.80847614827616 3.8008519411087036 35.500789635548095 139.8084757841585 3.8008519411087036 35.500786354887914 139.8084683955426 3.8008519411087036 35.50078635488841 139.80846839554377 9.490852117538452 35.50078979011134 139.80847614827715 9.490852117538452 35.50078979012865 139.8084761482723 7.904022455215454 35.50078979011091 139.80847614827616 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ca0bca31-7902-4368-b43c-cefd3a17d15a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078682330914 139.8084643721045 3.8008519411087036 35.50078682330964 139.80846437210568 2.9508519070222974 35.500789222897794 139.80846284887554 2.9508519070222974 35.50078922289729 139.80846284887437 3.8008519411087036 35.50078682330914 139.8084643721045 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-48199fa4-9dfe-4254-a129-7c7245035977">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500789222897794 139.80846284887554 2.9508519070222974 35.50078922290621 139.80846284889537 -2.199979543685913 35.50078818448284 139.8084604025428 -2.1999800205230713 35.50078818446065 139.80846040253616 2.950851877219975 35.500789222897794 139.80846284887554 2.9508519070222974</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cb572b1c-3813-4e67-a8f3-2ea4e42e8da1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078656787328 139.808457820577 -2.1999800205230713 35.50078432528444 139.80845606902346 -2.1999800205230713 35.50078432527949 139.8084560690118 2.9508519368246198 35.50078656783434 139.80845782057654 2.950851877219975 35.50078656787328 139.808457820577 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6ccf2f98-1f6e-463b-8152-146206e0d835">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078432527949 139.8084560690118 2.9508519368246198 35.50078172806738 139.80845536103908 2.950851877219975 35.50078172806738 139.80845536103908 3.8008519411087036 35.50078432527899 139.80845606901065 3.8008520007133484 35.50078432527949 139.8084560690118 2.9508519368246198</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ea52acf4-6030-45c4-856e-b4277362bd0b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078979011091 139.80847614827616 3.8008519411087036 35.500789790111654 139.8084761482779 2.9508519368246198 35.50078963554884 139.80847578416027 2.9508519368246198 35.500789635548095 139.8084757841585 3.8008519411087036 35.50078979011091 139.80847614827616 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-df8072ec-36ad-40b5-89a0-c3f9d974be9a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078963554884 139.80847578416027 2.9508519368246198 35.50079363583416 139.80847324482713 2.9508519368246198 35.50079363583291 139.8084732448242 3.800851821899414 35.500789635548095 139.8084757841585 3.8008519411087036 35.50078963554884 139.80847578416027 2.9508519368246198</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5bc36c6e-b976-4988-baa8-2c238ba41ee0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079363583291 139.8084732448242 3.800851821899414 35.50079363583416 139.80847324482713 2.9508519368246198 35.50079046415413 139.80846577301455 2.9508519070222974 35.50079046415265 139.80846577301105 3.8008520007133484 35.50079363583291 139.8084732448242 3.800851821899414</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-12b0efd9-93b9-45ad-8785-2ad522ec7e96">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078806456496 139.80846729624227 3.8008519411087036 35.50079046415265 139.80846577301105 3.8008520007133484 35.50079046415413 139.80846577301455 2.9508519070222974 35.5007880645662 139.8084672962452 2.9508519070222974 35.50078806456496 139.80846729624227 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4a974c24-7aae-4aed-beca-d979982cfbf7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078682330914 139.8084643721045 3.8008519411087036 35.50078806456496 139.80846729624227 3.8008519411087036 35.5007880645662 139.8084672962452 2.9508519070222974 35.50078682330964 139.80846437210568 2.9508519070222974 35.50078682330914 139.8084643721045 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a86ac9f1-fb20-4577-bd39-76463fa80bd3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078172806738 139.80845536103908 2.950851877219975 35.50077908948453 139.80845578203142 2.950851877219975 35.50077908948453 139.80845578203142 3.8008519411087036 35.50078172806738 139.80845536103908 3.8008519411087036 35.50078172806738 139.80845536103908 2.950851877219975</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3fdb1520-a5ad-442f-bb5f-9f5972879757">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50077908948453 139.80845578203142 2.950851877219975 35.5007771085133 139.80845703927096 2.9508519070222974 35.5007771085133 139.80845703927096 3.8008519411087036 35.50077908948453 139.80845578203142 3.8008519411087036 35.50077908948453 139.80845578203142 2.950851877219975</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b80edcb5-74e2-4445-8a87-eb4520084a70">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078288046173 139.808470629556 3.8008519411087036 35.5007771085133 139.80845703927096 3.8008519411087036 35.5007771085133 139.80845703927096 2.9508519070222974 35.50079531893208 139.8084999606964 2.9508519368246198 35.50079531893109 139.80849996069406 3.8008519411087036 35.50078288046173 139.808470629556 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c6c06756-3da1-42ad-ac12-2468b9260fe3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500786354887914 139.8084683955426 3.8008519411087036 35.50078288046173 139.808470629556 3.8008519411087036 35.50078288046222 139.80847062955718 9.490852117538452 35.50078635488841 139.80846839554377 9.490852117538452 35.500786354887914 139.8084683955426 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-14edc1e9-55ef-44a3-8dc6-00f456757b9e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500789222897794 139.80846284887554 2.9508519070222974 35.50078682330964 139.80846437210568 2.9508519070222974 35.50078682330964 139.80846437210568 -2.1999800205230713 35.50078922290621 139.80846284889537 -2.199979543685913 35.500789222897794 139.80846284887554 2.9508519070222974</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7a016fff-6af8-4787-a78b-19039fc458ff">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079363583416 139.80847324482713 2.9508519368246198 35.50079363586154 139.808473244846 -2.199979543685913 35.50079046418176 139.80846577303402 -2.199979543685913 35.50079046415413 139.80846577301455 2.9508519070222974 35.50079363583416 139.80847324482713 2.9508519368246198</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-319a81f4-21db-4e4f-9312-af5c9986f951">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079363583416 139.80847324482713 2.9508519368246198 35.50078963554884 139.80847578416027 2.9508519368246198 35.500789635551556 139.8084757841667 -2.199979543685913 35.50079363586154 139.808473244846 -2.199979543685913 35.50079363583416 139.80847324482713 2.9508519368246198</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-597c58d4-2f6f-4c08-848d-9a066e012101">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500789790111654 139.8084761482779 2.9508519368246198 35.500789790114375 139.80847614828429 -2.199979543685913 35.500789635551556 139.8084757841667 -2.199979543685913 35.50078963554884 139.80847578416027 2.9508519368246198 35.500789790111654 139.8084761482779 2.9508519368246198</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6c76255b-11cc-4ef8-bc37-b505fdf2e4b1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079146017624 139.80848006156285 -2.1999800205230713 35.50079145120445 139.8084800614647 2.9508519219234586 35.50079477338986 139.8084878878393 2.950851892121136 35.50079477322052 139.80848788639074 -2.1999800205230713 35.50079146017624 139.80848006156285 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-97014899-9163-4ff1-9a14-2ce51ad0d865">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079643448913 139.80849180104275 -2.199979543685913 35.50079643448221 139.8084918010264 2.950851877219975 35.50079658904499 139.80849216514412 2.950851877219975 35.500796589051916 139.80849216516046 -2.199979066848755 35.50079643448913 139.80849180104275 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d13d2260-5cbf-42a4-a7f0-a20ecaf4297d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080058935185 139.80848962581584 -2.199979066848755 35.500796589051916 139.80849216516046 -2.199979066848755 35.50079658904499 139.80849216514412 2.950851877219975 35.50080058933163 139.80848962581388 2.950851877219975 35.50080058935185 139.80848962581584 -2.199979066848755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-26980c58-02f1-4e74-a14a-bb1e22bc3d08">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080058935185 139.80848962581584 -2.199979066848755 35.50080058933163 139.80848962581388 2.950851877219975 35.500802926520606 139.80849513174442 2.950851877219975 35.5008029265428 139.80849513175104 -2.199979543685913 35.50080058935185 139.80848962581584 -2.199979066848755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-07f13ec1-88f9-41b2-937d-1051b9c23d18">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500802926520606 139.80849513174442 2.950851877219975 35.50079531893208 139.8084999606964 2.9508519368246198 35.500795318933065 139.80849996069873 -2.199979543685913 35.5008029265428 139.80849513175104 -2.199979543685913 35.500802926520606 139.80849513174442 2.950851877219975</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3fa5f1bd-32d1-4f47-a192-ec5016d7aae8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50077710851527 139.80845703927562 -2.1999800205230713 35.500795318933065 139.80849996069873 -2.199979543685913 35.50079531893208 139.8084999606964 2.9508519368246198 35.5007771085133 139.80845703927096 2.9508519070222974 35.50077710851527 139.80845703927562 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-312ce065-44ca-49dd-8c68-1fa1e65edee8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50077908948453 139.80845578203142 -2.1999800205230713 35.50077710851527 139.80845703927562 -2.1999800205230713 35.5007771085133 139.80845703927096 2.9508519070222974 35.50077908948453 139.80845578203142 2.950851877219975 35.50077908948453 139.80845578203142 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a9613a7a-b843-4bcf-ba79-47e1b4dae2dc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500781728071345 139.80845536104843 -2.1999800205230713 35.50077908948453 139.80845578203142 -2.1999800205230713 35.50077908948453 139.80845578203142 2.950851877219975 35.50078172806738 139.80845536103908 2.950851877219975 35.500781728071345 139.80845536104843 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a0a52d63-12d1-4cbc-977f-aef8af7943f7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078432528444 139.80845606902346 -2.1999800205230713 35.500781728071345 139.80845536104843 -2.1999800205230713 35.50078172806738 139.80845536103908 2.950851877219975 35.50078432527949 139.8084560690118 2.9508519368246198 35.50078432528444 139.80845606902346 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5b196a80-9f8f-4b37-b0f5-5555f5576275">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078682330964 139.80846437210568 2.9508519070222974 35.5007880645662 139.8084672962452 2.9508519070222974 35.50078806456644 139.8084672962458 -2.199979543685913 35.50078682330964 139.80846437210568 -2.1999800205230713 35.50078682330964 139.80846437210568 2.9508519070222974</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-18fc28bc-4801-4ae8-bdef-a46fb661cb75">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5007880645662 139.8084672962452 2.9508519070222974 35.50079046415413 139.80846577301455 2.9508519070222974 35.50079046418176 139.80846577303402 -2.199979543685913 35.50078806456644 139.8084672962458 -2.199979543685913 35.5007880645662 139.8084672962452 2.9508519070222974</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a5326ee2-a3f2-4099-828e-9df8294d44c0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078979011091 139.80847614827616 3.8008519411087036 35.50078979012865 139.8084761482723 7.904022455215454 35.50079298875461 139.8084741133323 7.904030084609985 35.500792990238075 139.80847411687267 3.800859808921814 35.50078979011091 139.80847614827616 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a4047bde-65ed-4aba-834b-8b2db18c4d98">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078979012865 139.8084761482723 7.904022455215454 35.50078979011134 139.80847614827715 9.490852117538452 35.500791456216454 139.8084800622284 9.481703519821167 35.50079145641624 139.80848006219708 7.904022455215454 35.50078979012865 139.8084761482723 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-abe5895a-5377-40b4-addc-3349a090e0ff">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078979011091 139.80847614827616 3.8008519411087036 35.500792990238075 139.80847411687267 3.800859808921814 35.50079299022398 139.8084741168851 2.950859747827053 35.50079298874034 139.80847411334432 -2.199971914291382 35.500789790114375 139.80847614828429 -2.199979543685913 35.500789790111654 139.8084761482779 2.9508519368246198 35.50078979011091 139.80847614827616 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f48cd0b7-aa5d-47fb-a659-062884ea1c2e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078288046173 139.808470629556 3.8008519411087036 35.50079531893109 139.80849996069406 3.8008519411087036 35.50079531893109 139.80849996069406 9.490852117538452 35.50078288046222 139.80847062955718 9.490852117538452 35.50078288046173 139.808470629556 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f89eddac-e045-4a90-937d-b85e8c495c9a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079531893208 139.8084999606964 2.9508519368246198 35.500802926520606 139.80849513174442 2.950851877219975 35.50080292652159 139.80849513174672 3.8008519411087036 35.50079531893109 139.80849996069406 3.8008519411087036 35.50079531893208 139.8084999606964 2.9508519368246198</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b5fef8fc-4421-4050-92af-3a0517e2257e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50077702417377 139.80845695969072 9.890852212905884 35.50078049859995 139.8084547256775 9.890852212905884 35.50078635488841 139.80846839554377 9.490852117538452 35.50078288046222 139.80847062955718 9.490852117538452 35.50077702417377 139.80845695969072 9.890852212905884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cf20211b-df4f-4e1a-abaf-9c7414d08490">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079145120445 139.8084800614647 2.9508519219234586 35.50079146017624 139.80848006156285 -2.1999800205230713 35.50079465880231 139.8084780266231 -2.19997239112854 35.50079464983053 139.80847802652494 2.950859732925892 35.50079145120445 139.8084800614647 2.9508519219234586</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1e2cdbb7-be28-4b53-929a-243b21ab2dc1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079298874034 139.80847411334432 -2.199971914291382 35.50079299022398 139.8084741168851 2.950859747827053 35.50079464983053 139.80847802652494 2.950859732925892 35.50079465880231 139.8084780266231 -2.19997239112854 35.50079298874034 139.80847411334432 -2.199971914291382</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-640795f3-34e5-4a33-9845-aadea22eb15c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079145120445 139.8084800614647 2.9508519219234586 35.50079145120407 139.80848006146383 3.8008519411087036 35.50079145652463 139.8084800621786 6.3249335289001465 35.50079478459715 139.80848788613048 6.3249335289001465 35.50079477339036 139.80848788784047 3.8008519411087036 35.50079477338986 139.8084878878393 2.950851892121136 35.50079145120445 139.8084800614647 2.9508519219234586</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-57c0fc5b-2a37-422e-861e-1f09f91508a9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079477322052 139.80848788639074 -2.1999800205230713 35.50079477338986 139.8084878878393 2.950851892121136 35.50079797498598 139.80848585989622 2.9508264739997685 35.50079797481664 139.80848585844768 -2.200005292892456 35.50079477322052 139.80848788639074 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ffc44efa-2090-4943-bcfb-3085328c7ab7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079643448221 139.8084918010264 2.950851877219975 35.50079643448913 139.80849180104275 -2.199979543685913 35.500799634630724 139.8084897696274 -2.200004816055298 35.500799634611006 139.80848976962662 2.9508264590986073 35.500799634611006 139.80848976962662 3.800826609134674 35.500799634627256 139.80848976961926 7.903997182846069 35.50079643448368 139.8084918010299 7.904022455215454 35.50079643448319 139.80849180102874 3.8008520007133484 35.50079643448221 139.8084918010264 2.950851877219975</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-aba94c28-bda4-4aaa-9a60-4a4c1256462b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500799634611006 139.80848976962662 2.9508264590986073 35.500799634630724 139.8084897696274 -2.200004816055298 35.50079797481664 139.80848585844768 -2.200005292892456 35.50079797498598 139.80848585989622 2.9508264739997685 35.500799634611006 139.80848976962662 2.9508264590986073</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-437ae6cb-871e-4928-81ea-3062f415b5d5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079643448221 139.8084918010264 2.950851877219975 35.50079643448319 139.80849180102874 3.8008520007133484 35.50079658904598 139.80849216514645 3.8008520007133484 35.50079658904499 139.80849216514412 2.950851877219975 35.50079643448221 139.8084918010264 2.950851877219975</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-17c86d29-1fb7-4c7b-92be-c244bac40d3f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080058933163 139.80848962581388 3.8008520007133484 35.50080058933163 139.80848962581388 2.950851877219975 35.50079658904499 139.80849216514412 2.950851877219975 35.50079658904598 139.80849216514645 3.8008520007133484 35.50080058933163 139.80848962581388 3.8008520007133484</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7587042e-b64c-4507-ac49-8e302794ef5b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080058933163 139.80848962581388 2.950851877219975 35.50080058933163 139.80848962581388 3.8008520007133484 35.50080292652159 139.80849513174672 3.8008519411087036 35.500802926520606 139.80849513174442 2.950851877219975 35.50080058933163 139.80848962581388 2.950851877219975</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-71592eca-3c8f-4063-8732-4bcf1f06e5aa">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078979012865 139.8084761482723 7.904022455215454 35.50079145641624 139.80848006219708 7.904022455215454 35.50079465504233 139.8084780272573 7.904030084609985 35.50079298875461 139.8084741133323 7.904030084609985 35.50078979012865 139.8084761482723 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-14f9fd42-d043-4b8a-8170-37174561cd81">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079464983016 139.80847802652406 3.800859749317169 35.500792990238075 139.80847411687267 3.800859808921814 35.50079298875461 139.8084741133323 7.904030084609985 35.50079465504233 139.8084780272573 7.904030084609985 35.50079465515071 139.80847802723883 6.324941396713257 35.50079464983016 139.80847802652406 3.800859749317169</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-13487dbc-a3e9-4b88-9f8f-1f56d2580b0a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078635488841 139.80846839554377 9.490852117538452 35.50078049859995 139.8084547256775 9.890852212905884 35.50085604941086 139.80840630155097 9.889042139053345 35.50086190569711 139.80841997143142 9.489042043685913 35.50078635488841 139.80846839554377 9.490852117538452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c0b7defe-8d98-48b7-979f-e4304414ddf3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086787705073 139.80844599882107 9.489042043685913 35.50087187732773 139.8084434594888 9.489042043685913 35.50087203189068 139.80844382360678 9.489042043685913 35.500868031613656 139.808446362939 9.489042043685913 35.50086787705073 139.80844599882107 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-dd6a37d7-d6cc-43ee-9e26-a21811a155e8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500868031613656 139.808446362939 9.489042043685913 35.500868031613656 139.808446362939 6.644042015075684 35.5008703688117 139.80845186886688 6.6440417766571045 35.50087036880506 139.80845186887407 9.489042043685913 35.500868031613656 139.808446362939 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-745b0c34-16c7-4316-b353-55d5c6c0f43e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087036880506 139.80845186887407 9.489042043685913 35.500876222169154 139.80846554062742 9.889042139053345 35.50080877988182 139.80850880349416 9.890852212905884 35.50080292652159 139.80849513174672 9.490852117538452 35.50087036880506 139.80845186887407 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-029e1991-f9df-4a99-9565-d4f7eff603d9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079643448368 139.8084918010299 9.490852117538452 35.500800434769346 139.80848926169733 9.490852117538452 35.50080058933213 139.80848962581504 9.490852117538452 35.50079658904647 139.8084921651476 9.490852117538452 35.50079643448368 139.8084918010299 9.490852117538452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3088b3c4-39f5-45e5-9d14-c69e5f9de251">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079478459715 139.80848788613048 6.3249335289001465 35.50079145652463 139.8084800621786 6.3249335289001465 35.50079145641624 139.80848006219708 7.904022455215454 35.500791456216454 139.8084800622284 9.481703519821167 35.50079478908895 139.80848788694644 9.490852117538452 35.50079478627832 139.80848788644022 7.904022455215454 35.50079478459715 139.80848788613048 6.3249335289001465</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d7622ddc-277f-4841-a8ef-f667f5a398a0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079299022398 139.8084741168851 2.950859747827053 35.500792990238075 139.80847411687267 3.800859808921814 35.50079464983016 139.80847802652406 3.800859749317169 35.50079464983053 139.80847802652494 2.950859732925892 35.50079299022398 139.8084741168851 2.950859747827053</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-77eb5e65-c267-427c-877c-c339524fe744">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079531893109 139.80849996069406 3.8008519411087036 35.50080292652159 139.80849513174672 3.8008519411087036 35.50080292652159 139.80849513174672 6.645852088928223 35.50080292652159 139.80849513174672 9.490852117538452 35.50079531893109 139.80849996069406 9.490852117538452 35.50079531893109 139.80849996069406 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9a2f4823-bf20-498d-9575-ecaf36b0c943">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078288046222 139.80847062955718 9.490852117538452 35.50079531893109 139.80849996069406 9.490852117538452 35.50079531893109 139.80849996069406 9.890852212905884 35.50078288046222 139.80847062955718 9.890852212905884 35.50078288046222 139.80847062955718 9.490852117538452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4420c9a8-e676-4c1d-87c1-0e039d26f18b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078288046222 139.80847062955718 9.890852212905884 35.50077702417377 139.80845695969072 9.890852212905884 35.50078288046222 139.80847062955718 9.490852117538452 35.50078288046222 139.80847062955718 9.890852212905884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a9c5079a-d08e-453e-9d6a-84587e4fbeda">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078049859995 139.8084547256775 9.890852212905884 35.50077702417377 139.80845695969072 9.890852212905884 35.50077702433964 139.80845695957947 12.720825433731079 35.50078049878108 139.80845472555657 12.720825433731079 35.50078049859995 139.8084547256775 9.890852212905884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-17c36cbe-980e-48c1-bb2c-c62e4459b75a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079145120407 139.80848006146383 3.8008519411087036 35.50079145120445 139.8084800614647 2.9508519219234586 35.50079464983053 139.80847802652494 2.950859732925892 35.50079464983016 139.80847802652406 3.800859749317169 35.50079145120407 139.80848006146383 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-58e9f9c8-8dac-4291-b3f8-439f87049039">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079477339036 139.80848788784047 3.8008519411087036 35.50079478459715 139.80848788613048 6.3249335289001465 35.50079798619327 139.80848585818742 6.324908018112183 35.50079797498647 139.80848585989742 3.8008265495300293 35.50079477339036 139.80848788784047 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9f13d148-f001-41c2-a18f-2d30632891a8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079477338986 139.8084878878393 2.950851892121136 35.50079477339036 139.80848788784047 3.8008519411087036 35.50079797498647 139.80848585989742 3.8008265495300293 35.50079797498598 139.80848585989622 2.9508264739997685 35.50079477338986 139.8084878878393 2.950851892121136</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-be61ec60-2458-4047-82fe-27701a77b136">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500799634611006 139.80848976962662 3.800826609134674 35.500799634611006 139.80848976962662 2.9508264590986073 35.50079797498598 139.80848585989622 2.9508264739997685 35.50079797498647 139.80848585989742 3.8008265495300293 35.500799634611006 139.80848976962662 3.800826609134674</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9cf21f1a-8453-4783-b465-a4aa3e5ad71f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500799634611006 139.80848976962662 3.800826609134674 35.50079797498647 139.80848585989742 3.8008265495300293 35.50079798619327 139.80848585818742 6.324908018112183 35.500797987874435 139.80848585849714 7.903997182846069 35.500799634627256 139.80848976961926 7.903997182846069 35.500799634611006 139.80848976962662 3.800826609134674</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2f377368-8183-4b35-8b05-a5de3f8e24b5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079643448368 139.8084918010299 7.904022455215454 35.500799634627256 139.80848976961926 7.903997182846069 35.500797987874435 139.80848585849714 7.903997182846069 35.50079478627832 139.80848788644022 7.904022455215454 35.50079643448368 139.8084918010299 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8cb44305-276c-47cc-b779-0fee881eebed">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079643448319 139.80849180102874 3.8008520007133484 35.50079643448368 139.8084918010299 7.904022455215454 35.50079658904598 139.80849216514645 7.904022932052612 35.50079658904598 139.80849216514645 3.8008520007133484 35.50079643448319 139.80849180102874 3.8008520007133484</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-22815d58-0463-4104-9757-375b0a244340">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080058933163 139.80848962581388 3.8008520007133484 35.50079658904598 139.80849216514645 3.8008520007133484 35.50079658904598 139.80849216514645 7.904022932052612 35.50079658904647 139.8084921651476 9.490852117538452 35.50080058933213 139.80848962581504 9.490852117538452 35.50080058933163 139.80848962581388 6.645852088928223 35.50080058933163 139.80848962581388 3.8008520007133484</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d7f3e3cc-eac2-4a17-a04d-2b53a5f08092">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079145641624 139.80848006219708 7.904022455215454 35.50079145652463 139.8084800621786 6.3249335289001465 35.50079465515071 139.80847802723883 6.324941396713257 35.50079465504233 139.8084780272573 7.904030084609985 35.50079145641624 139.80848006219708 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-aac55084-0c63-4e52-aeba-aa3c1e129601">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500851259162296 139.80840937185192 10.48915696144104 35.50078528893267 139.8084516553263 10.490737199783325 35.5007852890385 139.80845165525616 12.120710611343384 35.50085125926812 139.8084093717818 12.119131326675415 35.500851259162296 139.80840937185192 10.48915696144104</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2166dc23-c369-4350-bde4-e9dd53650ba7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50085604941086 139.80840630155097 9.889042139053345 35.50086164743076 139.8084027479859 9.889042139053345 35.500867503716904 139.80841641786583 9.489042043685913 35.50086190569711 139.80841997143142 9.489042043685913 35.50085604941086 139.80840630155097 9.889042139053345</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ecb97709-ae64-4540-adc6-81d2f5759766">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087187732773 139.8084434594888 9.489042043685913 35.500870211997956 139.80843955069503 9.489042043685913 35.500870217361054 139.80843955007253 7.904022455215454 35.50087187732626 139.80844345948532 7.904022455215454 35.50087187732773 139.8084434594888 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c288705d-39b5-4dd6-b7af-6caa71ceae59">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087187732773 139.8084434594888 9.489042043685913 35.50087187732626 139.80844345948532 7.904022455215454 35.50087203188918 139.80844382360326 7.904021978378296 35.50087203189068 139.80844382360678 9.489042043685913 35.50087187732773 139.8084434594888 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-effa08bb-4821-43fd-9d10-5891421e675a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087203189117 139.80844382360794 3.799041986465454 35.500868031613656 139.808446362939 3.799041986465454 35.500868031613656 139.808446362939 6.644042015075684 35.500868031613656 139.808446362939 9.489042043685913 35.50087203189068 139.80844382360678 9.489042043685913 35.50087203188918 139.80844382360326 7.904021978378296 35.50087203189117 139.80844382360794 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6d8569d8-f055-4a11-8b14-a9353843c261">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500868031613656 139.808446362939 3.799041986465454 35.50086803161316 139.80844636293787 2.9490419821813703 35.50087036880506 139.80845186887407 2.9490419821813703 35.50087036880506 139.80845186887407 3.799041986465454 35.500868031613656 139.808446362939 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3bf04507-a732-4526-b9e3-66410b75e3e9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087036880506 139.80845186887407 3.799041986465454 35.50088396936406 139.80844323538722 3.799041986465454 35.50088396936406 139.80844323538722 6.644041538238525 35.5008703688117 139.80845186886688 6.6440417766571045 35.50087036880506 139.80845186887407 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cdc4c2c1-7141-4223-aac0-dcbc4af5eadf">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50088982272912 139.80845690714224 9.889042139053345 35.500876222169154 139.80846554062742 9.889042139053345 35.50087036880506 139.80845186887407 9.489042043685913 35.50088396936406 139.80844323538722 9.489042043685913 35.50088982272912 139.80845690714224 9.889042139053345</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0d0cae7f-2fee-4b2f-9a76-cc7944e7848c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080877988182 139.80850880349416 9.890852212905884 35.500876222169154 139.80846554062742 9.889042139053345 35.50087622235792 139.8084655405017 12.719016313552856 35.500808780047706 139.80850880338292 12.720825433731079 35.50080877988182 139.80850880349416 9.890852212905884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8f64c210-b111-4461-b305-3e99c27c17a4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080877988182 139.80850880349416 9.890852212905884 35.50080117228979 139.8085136324382 9.890852212905884 35.50079531893109 139.80849996069406 9.490852117538452 35.50080292652159 139.80849513174672 9.490852117538452 35.50080877988182 139.80850880349416 9.890852212905884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-537d0ff8-e935-4fa7-9555-89ec15846b02">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079643448368 139.8084918010299 7.904022455215454 35.50079643448368 139.8084918010299 9.490852117538452 35.50079658904647 139.8084921651476 9.490852117538452 35.50079658904598 139.80849216514645 7.904022932052612 35.50079643448368 139.8084918010299 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a1e21add-2968-4214-9f82-0254f557bc18">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500800434769346 139.80848926169733 9.490852117538452 35.50079643448368 139.8084918010299 9.490852117538452 35.50079638171271 139.80848282544835 9.490770101547241 35.50079878493148 139.80848130926512 9.490713357925415 35.50086352546196 139.80843977501928 9.489180326461792 35.50086592938048 139.8084382605061 9.489123582839966 35.50087187732773 139.8084434594888 9.489042043685913 35.50086787705073 139.80844599882107 9.489042043685913 35.500868031613656 139.808446362939 9.489042043685913 35.50087036880506 139.80845186887407 9.489042043685913 35.50080292652159 139.80849513174672 9.490852117538452 35.50080058933213 139.80848962581504 9.490852117538452 35.500800434769346 139.80848926169733 9.490852117538452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d55ef42a-ae6b-4ca9-96d2-f275d0e5539e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079478459715 139.80848788613048 6.3249335289001465 35.50079478627832 139.80848788644022 7.904022455215454 35.500797987874435 139.80848585849714 7.903997182846069 35.50079798619327 139.80848585818742 6.324908018112183 35.50079478459715 139.80848788613048 6.3249335289001465</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ab579f34-752b-412e-9267-7aecdbea0fb1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079478908895 139.80848788694644 9.490852117538452 35.50079643448368 139.8084918010299 9.490852117538452 35.50079643448368 139.8084918010299 7.904022455215454 35.50079478627832 139.80848788644022 7.904022455215454 35.50079478908895 139.80848788694644 9.490852117538452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d75dba11-e55d-4a40-b29a-bf3d7725f547">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079531893109 139.80849996069406 9.490852117538452 35.50080117228979 139.8085136324382 9.890852212905884 35.50079531893109 139.80849996069406 9.890852212905884 35.50079531893109 139.80849996069406 9.490852117538452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-52c89d1b-8250-4ec5-8bbe-d0c8e1d8d8f9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078288046222 139.80847062955718 9.890852212905884 35.50079531893109 139.80849996069406 9.890852212905884 35.500795319113216 139.8084999605755 12.720826387405396 35.50078288062884 139.8084706294477 12.720825433731079 35.50078288046222 139.80847062955718 9.890852212905884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0d7dde1a-840d-46ea-a26e-1974440c1cb1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50077702417377 139.80845695969072 9.890852212905884 35.50078288046222 139.80847062955718 9.890852212905884 35.50078288062884 139.8084706294477 12.720825433731079 35.50077702433964 139.80845695957947 12.720825433731079 35.50077702417377 139.80845695969072 9.890852212905884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f948bce9-b71c-495b-ae6b-ec880abe70a4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079145652463 139.8084800621786 6.3249335289001465 35.50079145120407 139.80848006146383 3.8008519411087036 35.50079464983016 139.80847802652406 3.800859749317169 35.50079465515071 139.80847802723883 6.324941396713257 35.50079145652463 139.8084800621786 6.3249335289001465</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0b7e930f-f8b6-4dd1-a53c-2ddb9f3926a7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086164743076 139.8084027479859 9.889042139053345 35.50085604941086 139.80840630155097 9.889042139053345 35.50085604959962 139.80840630142524 12.719016313552856 35.50086164761952 139.80840274786016 12.71901535987854 35.50086164743076 139.8084027479859 9.889042139053345</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-24b05377-83d6-4d45-9324-0e1717cc4caf">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500867503716904 139.80841641786583 9.489042043685913 35.50086164743076 139.8084027479859 9.889042139053345 35.50093429658742 139.80835619437318 9.88903260231018 35.50094015288214 139.8083698642614 9.489032506942749 35.500867503716904 139.80841641786583 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a9c750a1-bbef-4a9b-99a9-eedc8d728cc5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500867503716904 139.80841641786583 3.799041986465454 35.50086190569711 139.80841997143142 3.799041986465454 35.50086190569711 139.80841997143142 9.489042043685913 35.500867503716904 139.80841641786583 9.489042043685913 35.500867503716904 139.80841641786583 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-59ee27e1-6919-4e54-9883-8f7035414953">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086190569711 139.80841997143142 3.799041986465454 35.500865078394675 139.8084274426046 3.799041986465454 35.500865232957715 139.80842780672265 3.799041986465454 35.500865232956414 139.8084278067196 7.904022455215454 35.500865232957715 139.80842780672265 9.489042043685913 35.50086190569711 139.80841997143142 9.489042043685913 35.50086190569711 139.80841997143142 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0922ecbe-b3a2-45cb-80c0-c63f63605012">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500866893441234 139.80843172545525 9.489042043685913 35.500865232957715 139.80842780672265 9.489042043685913 35.500865232956414 139.8084278067196 7.904022455215454 35.50086689355099 139.80843172512056 7.904022455215454 35.500866893441234 139.80843172545525 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-44eed127-a529-43ec-ae63-8aab57bf7bf2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500866893441234 139.80843172545525 9.489042043685913 35.50086689355099 139.80843172512056 7.904022455215454 35.50086689359948 139.80843172496097 6.323123455047607 35.50087021979045 139.80843954979474 6.323123455047607 35.500870217361054 139.80843955007253 7.904022455215454 35.500870211997956 139.80843955069503 9.489042043685913 35.500866893441234 139.80843172545525 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-feccf083-2cba-45ea-94be-bb0fb970f1d2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087187732626 139.80844345948532 7.904022455215454 35.500870217361054 139.80843955007253 7.904022455215454 35.500867017999994 139.80844158328264 7.904038667678833 35.50086867796514 139.8084454926953 7.904038667678833 35.50087187732626 139.80844345948532 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c43321c5-ba33-4dee-91f3-08d09d106443">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087187732626 139.80844345948532 7.904022455215454 35.50087187732773 139.8084434594888 3.799041986465454 35.50087203189117 139.80844382360794 3.799041986465454 35.50087203188918 139.80844382360326 7.904021978378296 35.50087187732626 139.80844345948532 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b6a6210d-abab-4250-9154-07ecc5ff55af">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086803161316 139.80844636293787 2.9490419821813703 35.500868031613656 139.808446362939 3.799041986465454 35.50087203189117 139.80844382360794 3.799041986465454 35.5008720318978 139.80844382360078 2.9490419821813703 35.50086803161316 139.80844636293787 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cc94ab03-f066-4963-950c-0f8b03fd85ea">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086803161316 139.80844636293787 2.9490419821813703 35.50086803162842 139.80844636292818 -2.1999800205230713 35.500870368820316 139.80845186886438 -2.199979543685913 35.50087036880506 139.80845186887407 2.9490419821813703 35.50086803161316 139.80844636293787 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9e55f654-2e85-4bbf-80c7-9bad9ee564e2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087036880506 139.80845186887407 2.9490419821813703 35.50088396936406 139.80844323538722 2.9490419821813703 35.50088396936406 139.80844323538722 3.799041986465454 35.50087036880506 139.80845186887407 3.799041986465454 35.50087036880506 139.80845186887407 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1fdb1c65-2545-43d3-9790-2792a8dbd221">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094861660766 139.80840176134606 9.489032506942749 35.50095446997879 139.80841543310814 9.88903260231018 35.50088982272912 139.80845690714224 9.889042139053345 35.50088396936406 139.80844323538722 9.489042043685913 35.50094861660766 139.80840176134606 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c546011e-66b3-4fb2-86a6-43a7d4c57221">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500876222169154 139.80846554062742 9.889042139053345 35.50088982272912 139.80845690714224 9.889042139053345 35.50088982291788 139.8084569070165 12.71901535987854 35.50087622235792 139.8084655405017 12.719016313552856 35.500876222169154 139.80846554062742 9.889042139053345</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-655557f1-ccdf-4be7-9d4b-6273ff601872">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080117228979 139.8085136324382 9.890852212905884 35.50080877988182 139.80850880349416 9.890852212905884 35.500808780047706 139.80850880338292 12.720825433731079 35.50080117247093 139.8085136323173 12.720826387405396 35.50080117228979 139.8085136324382 9.890852212905884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e08ce411-5e3f-4a5b-86aa-543dc40c6e53">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079531893109 139.80849996069406 9.890852212905884 35.50080117228979 139.8085136324382 9.890852212905884 35.50080117247093 139.8085136323173 12.720826387405396 35.500795319113216 139.8084999605755 12.720826387405396 35.50079531893109 139.80849996069406 9.890852212905884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ecc8d1b5-252f-4c97-a2e8-25a8fd3a0749">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50088982272912 139.80845690714224 9.889042139053345 35.50095446997879 139.80841543310814 9.88903260231018 35.50095447016326 139.80841543298513 12.719005823135376 35.50088982291788 139.8084569070165 12.71901535987854 35.50088982272912 139.80845690714224 9.889042139053345</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-16a3d417-bd37-4de5-9240-4a2ac373a223">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095446997879 139.80841543310814 9.88903260231018 35.50096807052926 139.80840679960974 9.88903260231018 35.50096807071182 139.80840679948795 12.719005823135376 35.50095447016326 139.80841543298513 12.719005823135376 35.50095446997879 139.80841543310814 9.88903260231018</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-531c05e5-e499-44de-8a42-20fdf29f2213">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50096807052926 139.80840679960974 9.88903260231018 35.5010355457739 139.8083635335888 9.890599489212036 35.501035545962665 139.80836353346302 12.720572710037231 35.50096807071182 139.80840679948795 12.719005823135376 35.50096807052926 139.80840679960974 9.88903260231018</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-93f955f9-aca3-4025-9513-d8da57a456ec">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5010355457739 139.8083635335888 9.890599489212036 35.50104313897961 139.80835871375078 9.890599489212036 35.501043139168374 139.808358713625 12.720572710037231 35.501035545962665 139.80836353346302 12.720572710037231 35.5010355457739 139.8083635335888 9.890599489212036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7527c421-bc4b-42fb-ac09-afdc759aadcf">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50104313897961 139.80835871375078 9.890599489212036 35.50103728560357 139.80834504197688 9.890599489212036 35.50103728579332 139.80834504185347 12.720572710037231 35.501043139168374 139.808358713625 12.720572710037231 35.50104313897961 139.80835871375078 9.890599489212036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0870682e-bf7c-47f3-b8d8-1681e2fa18e7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50103728560357 139.80834504197688 9.890599489212036 35.50102480978175 139.8083156362616 9.890599489212036 35.501024809971 139.80831563613702 12.720572710037231 35.50103728579332 139.80834504185347 12.720572710037231 35.50103728560357 139.80834504197688 9.890599489212036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-847c2d24-990e-4a36-ad09-7bbce07e6652">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102480978175 139.8083156362616 9.890599489212036 35.501018953483836 139.8083019663612 9.890599489212036 35.5010189536726 139.80830196623543 12.720572710037231 35.501024809971 139.80831563613702 12.720572710037231 35.50102480978175 139.8083156362616 9.890599489212036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2e742f8a-b770-44bc-8fbb-bf539406ea60">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501018953483836 139.8083019663612 9.890599489212036 35.50101542158582 139.80830424599822 9.890599489212036 35.50101542177458 139.80830424587248 12.720572710037231 35.5010189536726 139.80830196623543 12.720572710037231 35.501018953483836 139.8083019663612 9.890599489212036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0543e7fb-36f1-418b-8e8f-8b9376905568">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101063103037 139.8083073156047 10.490500211715698 35.50094468533285 139.80834957108596 10.489132165908813 35.500944685438675 139.80834957101584 12.119105577468872 35.50101063114382 139.80830731552976 12.120473146438599 35.50101063103037 139.8083073156047 10.490500211715698</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-239c801c-24a6-4aef-834e-98e6d59f487d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093989470015 139.80835264073832 9.88903260231018 35.50093429658742 139.80835619437318 9.88903260231018 35.50093429676999 139.8083561942514 12.719005823135376 35.50093989488272 139.80835264061648 12.719005823135376 35.50093989470015 139.80835264073832 9.88903260231018</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c6955593-c670-450c-b8aa-ccaaf2947ae1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009295060966 139.80835926412408 10.489032983779907 35.50086643799972 139.80839967818835 10.489041566848755 35.50086643811318 139.80839967811337 12.119014978408813 35.50092950620148 139.80835926405453 12.119006395339966 35.5009295060966 139.80835926412408 10.489032983779907</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4f4d0204-79ab-42f4-b14a-d97e4f83a898">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093429658742 139.80835619437318 9.88903260231018 35.50093989470015 139.80835264073832 9.88903260231018 35.50094575099551 139.80836631062778 9.489032506942749 35.50094015288214 139.8083698642614 9.489032506942749 35.50093429658742 139.80835619437318 9.88903260231018</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0e9bde41-41cf-488c-9cfc-bc7e3643e09f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870832953716 139.80842425190278 3.799041986465454 35.500870678390726 139.80842388778487 3.799041986465454 35.500867503716904 139.80841641786583 3.799041986465454 35.500867503716904 139.80841641786583 9.489042043685913 35.500870832953716 139.80842425190278 9.489042043685913 35.50087083296216 139.80842425189985 7.904022455215454 35.500870832953716 139.80842425190278 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c5c6b16e-0c6b-4c0c-acaf-f732d21f5bce">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086786614672 139.80841247572076 3.799041986465454 35.500859064750244 139.8084180627565 3.799041986465454 35.50086030601554 139.80842098689305 3.799041986465454 35.50086190569711 139.80841997143142 3.799041986465454 35.500867503716904 139.80841641786583 3.799041986465454 35.50086910740402 139.80841539986127 3.799041986465454 35.50086786614672 139.80841247572076 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e90e6e4a-aaba-4c6d-b69b-bea4c97b6a59">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086107811086 139.80842998194348 3.799041986465454 35.500865078394675 139.8084274426046 3.799041986465454 35.50086190569711 139.80841997143142 3.799041986465454 35.50086030601554 139.80842098689305 3.799041986465454 35.5008579064282 139.80842251012638 3.799041986465454 35.50086107811086 139.80842998194348 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ce832257-0001-4e00-b0c8-6e87e1173a67">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865232958155 139.80842780672367 2.9490419821813703 35.500865232957715 139.80842780672265 3.799041986465454 35.500865078394675 139.8084274426046 3.799041986465454 35.500865078395165 139.8084274426058 2.9490419821813703 35.500865232958155 139.80842780672367 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6f76d717-ea61-4149-afbb-8713139fdbfe">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865232956414 139.8084278067196 7.904022455215454 35.500865232957715 139.80842780672265 3.799041986465454 35.50086203333453 139.80842983931512 3.799021542072296 35.50086203333323 139.80842983931208 7.904001951217651 35.500865232956414 139.8084278067196 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-addbf268-d6fa-4e2b-be9b-0800b531d7c4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086689355099 139.80843172512056 7.904022455215454 35.500865232956414 139.8084278067196 7.904022455215454 35.50086203333323 139.80842983931208 7.904001951217651 35.50086369392767 139.80843375771278 7.904001951217651 35.50086689355099 139.80843172512056 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3581327c-41a1-4366-be62-95c99805a5aa">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086689359948 139.80843172496097 6.323123455047607 35.50086689355099 139.80843172512056 7.904022455215454 35.50086369392767 139.80843375771278 7.904001951217651 35.500863693976164 139.8084337575532 6.323102951049805 35.50086689359948 139.80843172496097 6.323123455047607</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3055695f-9f01-47fe-b994-46d43a2612d9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087021979045 139.80843954979474 6.323123455047607 35.50086689359948 139.80843172496097 6.323123455047607 35.50086689405222 139.80843171991253 3.799041986465454 35.50086689405247 139.80843171991313 2.9490419821813703 35.50087021624099 139.80843954629302 2.9490419821813703 35.50087021624099 139.80843954629302 3.799041986465454 35.50087021979045 139.80843954979474 6.323123455047607</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5866f690-3e2b-45a3-bdf1-41f0364c1adb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870217361054 139.80843955007253 7.904022455215454 35.50087021979045 139.80843954979474 6.323123455047607 35.50086702042939 139.80844158300485 6.323139667510986 35.500867017999994 139.80844158328264 7.904038667678833 35.500870217361054 139.80843955007253 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c0083324-5daa-4488-ac3e-f510e6412c04">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086867796662 139.80844549269884 3.799058258533478 35.50086867796514 139.8084454926953 7.904038667678833 35.500867017999994 139.80844158328264 7.904038667678833 35.50086702042939 139.80844158300485 6.323139667510986 35.50086701687994 139.80844157950315 3.799058258533478 35.50086867796662 139.80844549269884 3.799058258533478</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-93c1e85e-a18c-4769-a091-00651fd40548">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087187732773 139.8084434594888 3.799041986465454 35.50087187733488 139.80844345948282 2.9490419821813703 35.5008720318978 139.80844382360078 2.9490419821813703 35.50087203189117 139.80844382360794 3.799041986465454 35.50087187732773 139.8084434594888 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7eabdd35-a3fa-4340-a570-fabd92e1a207">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5008720318978 139.80844382360078 2.9490419821813703 35.50087203190811 139.80844382357944 -2.1999800205230713 35.50086803162842 139.80844636292818 -2.1999800205230713 35.50086803161316 139.80844636293787 2.9490419821813703 35.5008720318978 139.80844382360078 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-46d5a1fc-5aa3-4224-966c-2b795658ceba">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870368820316 139.80845186886438 -2.199979543685913 35.500883969378336 139.80844323537517 -2.199979543685913 35.50088396936406 139.80844323538722 2.9490419821813703 35.50087036880506 139.80845186887407 2.9490419821813703 35.500870368820316 139.80845186886438 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-907fefb2-99a5-4ab1-a9c3-4a0727588a7b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500881632158986 139.80843772946585 2.9490419821813703 35.500881632158986 139.80843772946585 3.799041986465454 35.50088396936406 139.80844323538722 3.799041986465454 35.50088396936406 139.80844323538722 2.9490419821813703 35.500881632158986 139.80843772946585 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2c6988e5-e765-4ebf-ad5a-ed78644894b9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500881632158986 139.80843772946585 3.799041986465454 35.50087763187497 139.8084402688047 3.799041986465454 35.500877631874474 139.80844026880354 7.904022455215454 35.50087763187497 139.8084402688047 9.489042043685913 35.500881632158986 139.80843772946585 9.489042043685913 35.500881632158986 139.80843772946585 6.644041538238525 35.500881632158986 139.80843772946585 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-73c7d552-a605-428e-aaeb-ea3a630dcd05">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50096807052926 139.80840679960974 9.88903260231018 35.50095446997879 139.80841543310814 9.88903260231018 35.50094861660766 139.80840176134606 9.489032506942749 35.500962217157166 139.808393127846 9.489032506942749 35.50096807052926 139.80840679960974 9.88903260231018</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ea3c5a39-06bb-440c-a69d-612d9bf46729">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5010296923984 139.80834986181583 9.490599393844604 35.5010355457739 139.8083635335888 9.890599489212036 35.50096807052926 139.80840679960974 9.88903260231018 35.500962217157166 139.808393127846 9.489032506942749 35.5010296923984 139.80834986181583 9.490599393844604</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1207ac2f-0452-414f-bd5d-9a0f8ebc27e6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50104313897961 139.80835871375078 9.890599489212036 35.5010355457739 139.8083635335888 9.890599489212036 35.5010296923984 139.80834986181583 9.490599393844604 35.50103728560357 139.80834504197688 9.490599393844604 35.50104313897961 139.80835871375078 9.890599489212036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9a36f9aa-3141-413d-8f15-b7cd028f6f3e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50103728560357 139.80834504197688 9.890599489212036 35.50104313897961 139.80835871375078 9.890599489212036 35.50103728560357 139.80834504197688 9.490599393844604 35.50103728560357 139.80834504197688 9.890599489212036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4fd2e6c7-4224-4305-8215-54067a04673a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50103728560357 139.80834504197688 9.490599393844604 35.50102480978175 139.8083156362616 9.490599393844604 35.50102480978175 139.8083156362616 9.890599489212036 35.50103728560357 139.80834504197688 9.890599489212036 35.50103728560357 139.80834504197688 9.490599393844604</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f0a584c0-2f01-4509-8206-d9f611b9f07c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102480978175 139.8083156362616 9.490599393844604 35.501018953483836 139.8083019663612 9.890599489212036 35.50102480978175 139.8083156362616 9.890599489212036 35.50102480978175 139.8083156362616 9.490599393844604</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-783c20c5-baf8-483a-ab03-6a6d26788d9e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101542158582 139.80830424599822 9.890599489212036 35.501018953483836 139.8083019663612 9.890599489212036 35.50102480978175 139.8083156362616 9.490599393844604 35.50102127788374 139.8083179158988 9.490599393844604 35.50101542158582 139.80830424599822 9.890599489212036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8d9eb08f-dd1a-46ed-bc33-0e8849b415f8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094575099551 139.80836631062778 9.489032506942749 35.50093989470015 139.80835264073832 9.88903260231018 35.50101542158582 139.80830424599822 9.890599489212036 35.50102127788374 139.8083179158988 9.490599393844604 35.50094575099551 139.80836631062778 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-014afc39-ddb9-41e8-98d0-311e58d6884e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094015288214 139.8083698642614 3.799032688140869 35.50094332617967 139.8083773350606 3.799032688140869 35.500943480743466 139.8083776991789 3.799032688140869 35.50094348074217 139.80837769917585 7.904022455215454 35.500943480743466 139.8083776991789 9.489032506942749 35.50094015288214 139.8083698642614 9.489032506942749 35.50094015288214 139.8083698642614 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0521ba0a-cccc-4593-b08d-f404c9a42910">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094513875189 139.80838161131388 9.489032506942749 35.500943480743466 139.8083776991789 9.489032506942749 35.50094348074217 139.80837769917585 7.904022455215454 35.500945139491684 139.8083816119058 7.904022455215454 35.50094513875189 139.80838161131388 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a8e3fcee-6cd5-4c0a-aff9-1624c0c78de3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094513875189 139.80838161131388 9.489032506942749 35.500945139491684 139.8083816119058 7.904022455215454 35.50094513977908 139.8083816121379 6.323113918304443 35.500948452862175 139.80838943658551 6.323113918304443 35.500948456183195 139.8083894364687 7.904022455215454 35.500948464790056 139.8083894361678 9.489032506942749 35.50094513875189 139.80838161131388 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5490be21-01ea-45a2-9432-bb8eaf5d97af">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009501251273 139.80839335195142 9.489032506942749 35.500948464790056 139.8083894361678 9.489032506942749 35.500948456183195 139.8083894364687 7.904022455215454 35.50095012512754 139.80839335195125 7.904022455215454 35.5009501251273 139.80839335195142 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-17652756-f1e3-4f02-99d5-ce4c283085fe">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094612484941 139.80839588725243 9.489032506942749 35.5009501251273 139.80839335195142 9.489032506942749 35.5009502796439 139.80839371610062 9.489032983779907 35.50094627936576 139.80839625140032 9.489032983779907 35.50094612484941 139.80839588725243 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ba1523b5-5233-4182-9ea1-f42353cb8cc7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094627936576 139.80839625140032 9.489032983779907 35.50094627936676 139.80839625341915 6.644027948379517 35.50094861660667 139.80840176134373 6.64403223991394 35.50094861660766 139.80840176134606 9.489032506942749 35.50094627936576 139.80839625140032 9.489032983779907</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-23814dfe-5434-4955-813e-44a07e6ae720">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500877477324806 139.80843990467122 9.489042043685913 35.50088147760931 139.8084373653335 9.489042043685913 35.500881632158986 139.80843772946585 9.489042043685913 35.50087763187497 139.8084402688047 9.489042043685913 35.500877477324806 139.80843990467122 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ad3fbc5b-4645-4f17-aa8b-03955c0669cc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087580931703 139.80843598785737 7.904022455215454 35.50087580828218 139.80843598804347 9.489042043685913 35.500877477324806 139.80843990467122 9.489042043685913 35.500877477324806 139.80843990467122 7.904022455215454 35.50087580931703 139.80843598785737 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a95d44e3-812a-4aa6-a2bb-41e33bb0bdbb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087250123476 139.8084281629017 9.489042043685913 35.50087580828218 139.80843598804347 9.489042043685913 35.50087580931703 139.80843598785737 7.904022455215454 35.5008758099203 139.8084359877498 6.323123455047607 35.50087249602976 139.80842816353157 6.323123455047607 35.50087249822189 139.80842816326526 7.904022455215454 35.50087250123476 139.8084281629017 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-31b85007-3c1a-4333-bb01-eb0978448fbf">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870832953716 139.80842425190278 9.489042043685913 35.50087250123476 139.8084281629017 9.489042043685913 35.50087249822189 139.80842816326526 7.904022455215454 35.50087083296216 139.80842425189985 7.904022455215454 35.500870832953716 139.80842425190278 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-59ceb526-b450-42de-b7ad-41dbdbbe16f4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094575099551 139.80836631062778 3.799032688140869 35.50094015288214 139.8083698642614 3.799032688140869 35.50094015288214 139.8083698642614 9.489032506942749 35.50094575099551 139.80836631062778 9.489032506942749 35.50094575099551 139.80836631062778 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b2bae040-7a48-490d-b161-9526b1a69f09">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870832953716 139.80842425190278 3.799041986465454 35.50087083296216 139.80842425189985 7.904022455215454 35.50087403295345 139.80842222017435 7.904008626937866 35.50087403294501 139.8084222201773 3.799027919769287 35.500870832953716 139.80842425190278 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4a31b00d-8a8f-4046-8928-759698ddf698">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870832953716 139.80842425190278 3.799041986465454 35.50087083295477 139.80842425190528 2.9490419821813703 35.50087067839178 139.80842388778737 2.9490419821813703 35.500870678390726 139.80842388778487 3.799041986465454 35.500870832953716 139.80842425190278 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-77798e9c-0476-4528-8edf-788d4a36de81">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870678390726 139.80842388778487 3.799041986465454 35.50087467866683 139.80842134845042 3.799041986465454 35.50087150698364 139.8084138766324 3.799041986465454 35.50086910740402 139.80841539986127 3.799041986465454 35.500867503716904 139.80841641786583 3.799041986465454 35.500870678390726 139.80842388778487 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f5a1e988-4444-488b-860f-24518a89a753">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086786614672 139.80841247572076 3.799041986465454 35.50086910740402 139.80841539986127 3.799041986465454 35.50086910740551 139.80841539986477 2.9490419821813703 35.500867866147715 139.80841247572312 2.9490419821813703 35.50086786614672 139.80841247572076 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f4d04544-f9c9-4f1a-abbe-eb89c95e9d8d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087026572655 139.8084109524924 3.799041986465454 35.50086922728937 139.80840850615357 3.799041986465454 35.500855626732324 139.80841713964355 3.799041986465454 35.500856665170325 139.8084195859844 3.799041986465454 35.500859064750244 139.8084180627565 3.799041986465454 35.50086786614672 139.80841247572076 3.799041986465454 35.50087026572655 139.8084109524924 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6d224f8f-67fb-49a5-bcd7-08f10f834407">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50085906475123 139.8084180627588 2.9490419821813703 35.500860306008654 139.80842098689965 2.9490419821813703 35.50086030601554 139.80842098689305 3.799041986465454 35.500859064750244 139.8084180627565 3.799041986465454 35.50085906475123 139.8084180627588 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-28a572b2-fd6d-4acf-961e-5e9e21e4b139">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086107811086 139.80842998194348 2.9490419821813703 35.50086107811086 139.80842998194348 3.799041986465454 35.5008579064282 139.80842251012638 3.799041986465454 35.50085790642869 139.80842251012754 2.9490419821813703 35.50086107811086 139.80842998194348 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-147df9b6-88b4-4ae0-8c64-9c5b28483698">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865078394675 139.8084274426046 3.799041986465454 35.50086107811086 139.80842998194348 3.799041986465454 35.50086107811086 139.80842998194348 2.9490419821813703 35.500865078395165 139.8084274426058 2.9490419821813703 35.500865078394675 139.8084274426046 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5580b7b8-2748-4590-940f-08ccdc2058b2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500860306008654 139.80842098689965 2.9490419821813703 35.50085790642869 139.80842251012754 2.9490419821813703 35.5008579064282 139.80842251012638 3.799041986465454 35.50086030601554 139.80842098689305 3.799041986465454 35.500860306008654 139.80842098689965 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-905352dd-cafb-4c5b-8cf2-c9a314ac3e9b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865232969446 139.80842780670466 -2.1999800205230713 35.500865232958155 139.80842780672367 2.9490419821813703 35.500865078395165 139.8084274426058 2.9490419821813703 35.50086507840647 139.80842744258678 -2.1999800205230713 35.500865232969446 139.80842780670466 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-09d7b0fa-fb97-4f42-8b12-c1684f292720">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865232958155 139.80842780672367 2.9490419821813703 35.500865232969446 139.80842780670466 -2.1999800205230713 35.50086203334626 139.80842983929713 -2.200000524520874 35.50086203333496 139.80842983931615 2.949021555376021 35.50086203333453 139.80842983931512 3.799021542072296 35.500865232957715 139.80842780672265 3.799041986465454 35.500865232958155 139.80842780672367 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b8d77d55-9d1c-42e6-8aef-32420e1afe82">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086203333453 139.80842983931512 3.799021542072296 35.50086369442891 139.80843375250475 3.799021542072296 35.500863693976164 139.8084337575532 6.323102951049805 35.50086369392767 139.80843375771278 7.904001951217651 35.50086203333323 139.80842983931208 7.904001951217651 35.50086203333453 139.80842983931512 3.799021542072296</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2f88f961-7dce-4e09-8e16-344518682fd7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086689405222 139.80843171991253 3.799041986465454 35.50086689359948 139.80843172496097 6.323123455047607 35.500863693976164 139.8084337575532 6.323102951049805 35.50086369442891 139.80843375250475 3.799021542072296 35.50086689405222 139.80843171991253 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f727094a-336b-486b-8fb4-d40a64bf3c00">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087021979045 139.80843954979474 6.323123455047607 35.50087021624099 139.80843954629302 3.799041986465454 35.50086701687994 139.80844157950315 3.799058258533478 35.50086702042939 139.80844158300485 6.323139667510986 35.50087021979045 139.80843954979474 6.323123455047607</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8d225273-a761-4ead-b592-3f935299d457">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086689405247 139.80843171991313 2.9490419821813703 35.50086689405222 139.80843171991253 3.799041986465454 35.50086369442891 139.80843375250475 3.799021542072296 35.50086369442916 139.80843375250532 2.949021555376021 35.50086689405247 139.80843171991313 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-637126c2-5212-43c9-b9a9-082b76312ce1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087020930873 139.80843955079422 -2.1999800205230713 35.50087021624099 139.80843954629302 2.9490419821813703 35.50086689405247 139.80843171991313 2.9490419821813703 35.50086690393046 139.80843172490697 -2.1999800205230713 35.50087020930873 139.80843955079422 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cd581ee7-249e-465d-b1e7-29a8ea4811d8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087021624099 139.80843954629302 3.799041986465454 35.50087021624099 139.80843954629302 2.9490419821813703 35.50086701687994 139.80844157950315 2.9490582262988028 35.50086701687994 139.80844157950315 3.799058258533478 35.50087021624099 139.80843954629302 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-41c2f802-9837-4c44-b28e-b29cec879052">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087187733488 139.80844345948282 2.9490419821813703 35.50087187734518 139.80844345946147 -2.199979543685913 35.50087203190811 139.80844382357944 -2.1999800205230713 35.5008720318978 139.80844382360078 2.9490419821813703 35.50087187733488 139.80844345948282 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-73c44d2f-d587-4aa5-8d7b-2a7597e14274">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087467866832 139.80842134845392 2.9490419821813703 35.5008746786811 139.8084213484384 -2.199979543685913 35.50087150699791 139.80841387662036 -2.1999800205230713 35.50087150698513 139.80841387663588 2.9490419821813703 35.50087467866832 139.80842134845392 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f85d4f7a-d136-49ec-b54b-de0ffabc172f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087467866832 139.80842134845392 2.9490419821813703 35.50087067839178 139.80842388778737 2.9490419821813703 35.500870678413676 139.8084238877705 -2.1999800205230713 35.5008746786811 139.8084213484384 -2.199979543685913 35.50087467866832 139.80842134845392 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-24a7a6ff-a0e4-418d-acb3-867c2eb2a3bd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087083295477 139.80842425190528 2.9490419821813703 35.50087083297667 139.80842425188843 -2.1999800205230713 35.500870678413676 139.8084238877705 -2.1999800205230713 35.50087067839178 139.80842388778737 2.9490419821813703 35.50087083295477 139.80842425190528 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-faaaed4b-9db9-4d03-9cb0-7e8285a321cc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087249074297 139.80842816269097 -2.1999800205230713 35.50087249404921 139.8084281650949 2.9490419821813703 35.50087581623795 139.80843599147522 2.9490419821813703 35.50087580757186 139.8084359875794 -2.199979543685913 35.50087249074297 139.80842816269097 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-24234359-bd53-4ede-84e2-18e8afaa76e6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5008774773366 139.80843990465334 -2.199979543685913 35.50087747733195 139.8084399046652 2.9490419821813703 35.50087763188161 139.80844026879754 2.9490419821813703 35.500877631886766 139.80844026878682 -2.199979543685913 35.5008774773366 139.80843990465334 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-46527fb7-3a00-48bc-994b-c2a88cad87c9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50088163217177 139.80843772945033 -2.199979543685913 35.500877631886766 139.80844026878682 -2.199979543685913 35.50087763188161 139.80844026879754 2.9490419821813703 35.500881632158986 139.80843772946585 2.9490419821813703 35.50088163217177 139.80843772945033 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-28389093-6a24-48b2-bdf2-e447e6a96fcd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50088163217177 139.80843772945033 -2.199979543685913 35.500881632158986 139.80843772946585 2.9490419821813703 35.50088396936406 139.80844323538722 2.9490419821813703 35.500883969378336 139.80844323537517 -2.199979543685913 35.50088163217177 139.80843772945033 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-592f3bce-bf77-4bd0-97fe-9164207780dc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500861078125375 139.80842998193205 -2.1999800205230713 35.50086507840647 139.80842744258678 -2.1999800205230713 35.500865078395165 139.8084274426058 2.9490419821813703 35.50086107811086 139.80842998194348 2.9490419821813703 35.500861078125375 139.80842998193205 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a31a781d-f4aa-4570-85e3-9552f2d2e6f7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500861078125375 139.80842998193205 -2.1999800205230713 35.50086107811086 139.80842998194348 2.9490419821813703 35.50085790642869 139.80842251012754 2.9490419821813703 35.50085790644495 139.80842251012018 -2.1999800205230713 35.500861078125375 139.80842998193205 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3fc9f948-d683-42b5-9581-ef411898446c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086030603352 139.80842098688981 -2.1999800205230713 35.50085790644495 139.80842251012018 -2.1999800205230713 35.50085790642869 139.80842251012754 2.9490419821813703 35.500860306008654 139.80842098689965 2.9490419821813703 35.50086030603352 139.80842098688981 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1f36bfe0-2690-4381-920f-8bb4951dde17">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50085906477412 139.80841806274427 -2.1999800205230713 35.50086030603352 139.80842098688981 -2.1999800205230713 35.500860306008654 139.80842098689965 2.9490419821813703 35.50085906475123 139.8084180627588 2.9490419821813703 35.50085906477412 139.80841806274427 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-576f20b1-1d41-4d8b-8bb8-626e04f71266">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5008566651836 139.80841958597006 -2.1999800205230713 35.50085906477412 139.80841806274427 -2.1999800205230713 35.50085906475123 139.8084180627588 2.9490419821813703 35.500856665171305 139.80841958598674 2.9490419821813703 35.5008566651836 139.80841958597006 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9c608e6d-da81-4932-98da-398953092676">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5008556267461 139.80841713963036 -2.1999800205230713 35.5008566651836 139.80841958597006 -2.1999800205230713 35.500856665171305 139.80841958598674 2.9490419821813703 35.500855626732324 139.80841713964355 2.9490419821813703 35.5008556267461 139.80841713963036 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-210fda0b-5ac2-4a36-a380-1d83a63024a9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50085483034103 139.80841403699662 -2.1999800205230713 35.5008556267461 139.80841713963036 -2.1999800205230713 35.500855626732324 139.80841713964355 2.9490419821813703 35.500854830328734 139.8084140370133 2.9490419821813703 35.50085483034103 139.80841403699662 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-39474a6a-7803-46fc-9613-412cfe0eaaf4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50085494950364 139.80841078625113 -2.1999800205230713 35.50085483034103 139.80841403699662 -2.1999800205230713 35.500854830328734 139.8084140370133 2.9490419821813703 35.50085494947975 139.80841078626332 2.9490419821813703 35.50085494950364 139.80841078625113 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-baae4729-f2f8-439c-990a-2d86db8a50e2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500855970646505 139.80840778138224 -2.1999800205230713 35.50085494950364 139.80841078625113 -2.1999800205230713 35.50085494947975 139.80841078626332 2.9490419821813703 35.500855970623626 139.8084077813968 2.9490419821813703 35.500855970646505 139.80840778138224 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e9d9c64a-3024-4fbe-8701-715800173193">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50085777060915 139.80840538482232 -2.1999800205230713 35.500855970646505 139.80840778138224 -2.1999800205230713 35.500855970623626 139.8084077813968 2.9490419821813703 35.500857770605485 139.80840538483648 2.9490419821813703 35.50085777060915 139.80840538482232 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-972929cf-fa16-445b-bc18-782f07b10d57">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500860132322686 139.80840388563104 -2.1999800205230713 35.50085777060915 139.80840538482232 -2.1999800205230713 35.500857770605485 139.80840538483648 2.9490419821813703 35.50086013231901 139.8084038856452 2.9490419821813703 35.500860132322686 139.80840388563104 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8e104f02-2765-4529-a4b9-80d6620a7271">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086277092453 139.80840346463626 -2.1999800205230713 35.500860132322686 139.80840388563104 -2.1999800205230713 35.50086013231901 139.8084038856452 2.9490419821813703 35.50086277090164 139.80840346465078 2.9490419821813703 35.50086277092453 139.80840346463626 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2cab7ff7-0474-42ef-a710-8c31a72b8373">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086536812264 139.80840417262002 -2.1999800205230713 35.50086277092453 139.80840346463626 -2.1999800205230713 35.50086277090164 139.80840346465078 2.9490419821813703 35.50086536809876 139.80840417263218 2.9490419821813703 35.50086536812264 139.80840417262002 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7d831669-44c2-43f7-b3ed-0be14304529f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086761067276 139.8084059241722 -2.1999800205230713 35.50086536812264 139.80840417262002 -2.1999800205230713 35.50086536809876 139.80840417263218 2.9490419821813703 35.50086761066147 139.80840592419122 2.9490419821813703 35.50086761067276 139.8084059241722 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e0ccde28-99c5-4d9e-9cbf-9e3c26128da9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086922730315 139.80840850614038 -2.1999800205230713 35.50086761067276 139.8084059241722 -2.1999800205230713 35.50086761066147 139.80840592419122 2.9490419821813703 35.50086922728937 139.80840850615357 2.9490419821813703 35.50086922730315 139.80840850614038 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8312702e-0abe-4ff0-ada6-23003bc0adf1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870265727535 139.80841095249474 2.9490419821813703 35.50087026574032 139.80841095247922 -2.1999800205230713 35.50086922730315 139.80840850614038 -2.1999800205230713 35.50086922728937 139.80840850615357 2.9490419821813703 35.500870265727535 139.80841095249474 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a3aa9747-c1a5-4226-9b33-5c4d2150c0bc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870265727535 139.80841095249474 2.9490419821813703 35.500867866147715 139.80841247572312 2.9490419821813703 35.500867866169614 139.80841247570623 -2.1999800205230713 35.50087026574032 139.80841095247922 -2.1999800205230713 35.500870265727535 139.80841095249474 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-28556896-3e81-4336-980c-b54cdd00b05d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500867866147715 139.80841247572312 2.9490419821813703 35.50086910740551 139.80841539986477 2.9490419821813703 35.50086910742914 139.808415399852 -2.1999800205230713 35.500867866169614 139.80841247570623 -2.1999800205230713 35.500867866147715 139.80841247572312 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-957a2649-3234-4077-bc96-76c81fc4f939">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086910740551 139.80841539986477 2.9490419821813703 35.50087150698513 139.80841387663588 2.9490419821813703 35.50087150699791 139.80841387662036 -2.1999800205230713 35.50086910742914 139.808415399852 -2.1999800205230713 35.50086910740551 139.80841539986477 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-098affdf-98fc-41d0-9a53-5f894667d2d9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500881632158986 139.80843772946585 3.799041986465454 35.500881632158986 139.80843772946585 2.9490419821813703 35.50087763188161 139.80844026879754 2.9490419821813703 35.50087763187497 139.8084402688047 3.799041986465454 35.500881632158986 139.80843772946585 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3df99b5f-b562-492f-91ee-24b8cc7b11df">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500877477324806 139.80843990467122 3.799041986465454 35.500877477324806 139.80843990467122 7.904022455215454 35.500877631874474 139.80844026880354 7.904022455215454 35.50087763187497 139.8084402688047 3.799041986465454 35.500877477324806 139.80843990467122 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9be3be2a-76d2-40b5-a47d-4fdf520a48b3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500877477324806 139.80843990467122 7.904022455215454 35.500877477324806 139.80843990467122 9.489042043685913 35.50087763187497 139.8084402688047 9.489042043685913 35.500877631874474 139.80844026880354 7.904022455215454 35.500877477324806 139.80843990467122 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d115208d-ee43-4b22-a2ed-d7d086e1ea34">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094861660766 139.80840176134606 3.799032688140869 35.500962217157166 139.808393127846 3.799032688140869 35.500962217157166 139.808393127846 6.64403223991394 35.50094861660667 139.80840176134373 6.64403223991394 35.50094861660766 139.80840176134606 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2894a352-7866-432e-b885-a5033b9298e4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102969243189 139.80834986180346 3.800599694252014 35.50103728563707 139.80834504196451 3.800599694252014 35.50103728560357 139.80834504197688 9.490599393844604 35.5010296923984 139.80834986181583 9.490599393844604 35.501029692414654 139.8083498618085 6.645599126815796 35.50102969243189 139.80834986180346 3.800599694252014</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-58d066ae-b581-40b0-8d75-220f4fb8f2b4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50103728563707 139.80834504196451 3.800599694252014 35.50102480981548 139.80831563624983 3.800599694252014 35.50102480978175 139.8083156362616 9.490599393844604 35.50103728560357 139.80834504197688 9.490599393844604 35.50103728563707 139.80834504196451 3.800599694252014</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f74d7683-fa75-4272-8988-e94070d7ce4a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102480981548 139.80831563624983 3.800599694252014 35.50102127791746 139.80831791588702 3.80059951543808 35.50102127788374 139.8083179158988 9.490599393844604 35.50102480978175 139.8083156362616 9.490599393844604 35.50102480981548 139.80831563624983 3.800599694252014</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d621f68e-f2c3-4e41-b9ca-7aef493d376b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093932590246 139.8083798744009 3.799032688140869 35.50094332617967 139.8083773350606 3.799032688140869 35.50094015288214 139.8083698642614 3.799032688140869 35.50093855379875 139.8083708793456 3.799032688140869 35.500936154218756 139.80837240257765 3.799032688140869 35.50093932590246 139.8083798744009 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-73e17b5d-a2ae-4895-9143-3beee3c45cd0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094348074389 139.80837769917994 2.9490326838567853 35.500943480743466 139.8083776991789 3.799032688140869 35.50094332617967 139.8083773350606 3.799032688140869 35.50094332618017 139.8083773350618 2.9490326838567853 35.50094348074389 139.80837769917994 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6fb05ce5-043f-4021-985b-13cfeb112983">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094348074217 139.80837769917585 7.904022455215454 35.500943480743466 139.8083776991789 3.799032688140869 35.50094028053262 139.8083797303967 3.7990299463272095 35.50094028044857 139.80837973019868 7.904017210006714 35.50094348074217 139.80837769917585 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-12212745-d0da-4d64-9882-ffcfdb43b539">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500945139491684 139.8083816119058 7.904022455215454 35.50094348074217 139.80837769917585 7.904022455215454 35.50094028044857 139.80837973019868 7.904017210006714 35.500941939198036 139.8083836429286 7.904017210006714 35.500945139491684 139.8083816119058 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a3339119-cedb-4f24-831c-86e8cefd9187">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094513977908 139.8083816121379 6.323113918304443 35.500945139491684 139.8083816119058 7.904022455215454 35.500941939198036 139.8083836429286 7.904017210006714 35.500941939485436 139.8083836431607 6.323108434677124 35.50094513977908 139.8083816121379 6.323113918304443</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-67b9bef3-4ca5-4d02-94b1-b31b5e368b01">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094846403155 139.80838943875756 2.9490326838567853 35.50094846403155 139.80838943875756 3.799032688140869 35.500948452862175 139.80838943658551 6.323113918304443 35.50094513977908 139.8083816121379 6.323113918304443 35.50094514183958 139.80838161237153 3.799032688140869 35.50094514183982 139.8083816123721 2.9490326838567853 35.50094846403155 139.80838943875756 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f21adf60-10e6-444d-9327-ed3b28beab52">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500948456183195 139.8083894364687 7.904022455215454 35.500948452862175 139.80838943658551 6.323113918304443 35.50094525384839 139.808391470622 6.323101282119751 35.50094525716939 139.8083914705052 7.904010057449341 35.500948456183195 139.8083894364687 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-586add59-063c-4f4f-a3a3-57cd500a7817">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009501251273 139.80839335195142 9.489032506942749 35.50095012512754 139.80839335195125 7.904022455215454 35.50095027964439 139.80839371610176 7.904022932052612 35.5009502796439 139.80839371610062 9.489032983779907 35.5009501251273 139.80839335195142 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-67379984-7c75-4988-86b6-b3a7fd1ebeb9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095012512754 139.80839335195125 7.904022455215454 35.500948456183195 139.8083894364687 7.904022455215454 35.50094692401548 139.8083953810761 7.902026891708374 35.50095012512754 139.80839335195125 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e752a000-e895-4351-bc8b-2172eeff8fba">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009502796439 139.80839371610062 3.799033224582672 35.50094627936728 139.80839625543825 3.799033224582672 35.50094627936676 139.80839625341915 6.644027948379517 35.50094627936576 139.80839625140032 9.489032983779907 35.5009502796439 139.80839371610062 9.489032983779907 35.50095027964439 139.80839371610176 7.904022932052612 35.5009502796439 139.80839371610062 3.799033224582672</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-623d49df-068a-4771-a0d9-1152885065b2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094627936728 139.80839625543825 3.799033224582672 35.50094627936728 139.80839625543825 2.9490331606939435 35.50094861660766 139.80840176134606 2.9490326838567853 35.50094861660766 139.80840176134606 3.799032688140869 35.50094627936728 139.80839625543825 3.799033224582672</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e89ed38c-72f0-4207-a056-18172e181e1a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087580931703 139.80843598785737 7.904022455215454 35.500877477324806 139.80843990467122 7.904022455215454 35.50088067615661 139.80843787021402 7.904019117355347 35.500879008148765 139.80843395340005 7.904019117355347 35.50087580931703 139.80843598785737 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-77b5b9fe-dd59-456f-9b1a-87206d406347">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5008758099203 139.8084359877498 6.323123455047607 35.50087580931703 139.80843598785737 7.904022455215454 35.500879008148765 139.80843395340005 7.904019117355347 35.500879008752044 139.80843395329248 6.323120355606079 35.5008758099203 139.8084359877498 6.323123455047607</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0e1cfee5-f0f4-4cf1-927f-05084d8b8530">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087249602976 139.80842816353157 6.323123455047607 35.5008758099203 139.8084359877498 6.323123455047607 35.50087581623033 139.80843599148005 3.799041986465454 35.50087581623795 139.80843599147522 2.9490419821813703 35.50087249404921 139.8084281650949 2.9490419821813703 35.500872494040834 139.80842816509798 3.799041986465454 35.50087249602976 139.80842816353157 6.323123455047607</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3a499e78-23d7-43b2-bf47-aa18e876db66">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087249822189 139.80842816326526 7.904022455215454 35.50087249602976 139.80842816353157 6.323123455047607 35.50087569602106 139.80842613180604 6.32310938835144 35.50087569821318 139.8084261315397 7.904008626937866 35.50087249822189 139.80842816326526 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-11205fc6-b39b-4d74-bde2-5b01e131662c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087083296216 139.80842425189985 7.904022455215454 35.50087249822189 139.80842816326526 7.904022455215454 35.50087569821318 139.8084261315397 7.904008626937866 35.50087403295345 139.80842222017435 7.904008626937866 35.50087083296216 139.80842425189985 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-505822cf-a7df-438e-b4be-419a42da9fc3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094908073815 139.80837414435194 3.799032688140869 35.5009489261753 139.80837378023304 3.799032688140869 35.50094575099551 139.80836631062778 3.799032688140869 35.50094575099551 139.80836631062778 9.489032506942749 35.50094908073815 139.80837414435194 9.489032506942749 35.500949080741535 139.80837414434927 7.904022455215454 35.50094908073815 139.80837414435194 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0176b290-8615-40d6-a199-56982a7de44f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094611392677 139.80836236816006 3.799032688140869 35.500937312537985 139.80836795520332 3.799032688140869 35.50093855379875 139.8083708793456 3.799032688140869 35.50094015288214 139.8083698642614 3.799032688140869 35.50094575099551 139.80836631062778 3.799032688140869 35.50094735518576 139.8083652923023 3.799032688140869 35.50094611392677 139.80836236816006 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-11be3462-5380-4d8c-8c9b-cb76f301a081">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870832953716 139.80842425190278 3.799041986465454 35.50087403294501 139.8084222201773 3.799027919769287 35.50087403301373 139.8084222203392 2.949034949513589 35.50087403296797 139.8084222201629 -2.199993848800659 35.50087083297667 139.80842425188843 -2.1999800205230713 35.50087083295477 139.80842425190528 2.9490419821813703 35.500870832953716 139.80842425190278 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-27d59247-9941-4e69-bdf5-fbb7060b7134">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087569602106 139.80842613180604 6.32310938835144 35.500875694032146 139.80842613337245 3.799027919769287 35.50087403294501 139.8084222201773 3.799027919769287 35.50087403295345 139.80842222017435 7.904008626937866 35.50087569821318 139.8084261315397 7.904008626937866 35.50087569602106 139.80842613180604 6.32310938835144</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e296053a-b360-484b-a866-2920a19c564b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087067839178 139.80842388778737 2.9490419821813703 35.50087467866832 139.80842134845392 2.9490419821813703 35.50087467866683 139.80842134845042 3.799041986465454 35.500870678390726 139.80842388778487 3.799041986465454 35.50087067839178 139.80842388778737 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3ee5bd9d-24eb-487f-b766-4b39dc9e08d4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087467866683 139.80842134845042 3.799041986465454 35.50087467866832 139.80842134845392 2.9490419821813703 35.50087150698513 139.80841387663588 2.9490419821813703 35.50087150698364 139.8084138766324 3.799041986465454 35.50087467866683 139.80842134845042 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c05a2c49-1202-4e98-a79c-cb986e42d035">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086910740402 139.80841539986127 3.799041986465454 35.50087150698364 139.8084138766324 3.799041986465454 35.50087150698513 139.80841387663588 2.9490419821813703 35.50086910740551 139.80841539986477 2.9490419821813703 35.50086910740402 139.80841539986127 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-be29eade-aff3-4516-aeb0-ebe6710ccbd2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086786614672 139.80841247572076 3.799041986465454 35.500867866147715 139.80841247572312 2.9490419821813703 35.500870265727535 139.80841095249474 2.9490419821813703 35.50087026572655 139.8084109524924 3.799041986465454 35.50086786614672 139.80841247572076 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-23926440-b375-47ee-b542-6ffd483dc8f9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870265727535 139.80841095249474 2.9490419821813703 35.50086922728937 139.80840850615357 2.9490419821813703 35.50086922728937 139.80840850615357 3.799041986465454 35.50087026572655 139.8084109524924 3.799041986465454 35.500870265727535 139.80841095249474 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4b743a1b-46ff-48f1-8e52-6ecf1e089ecc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086922728937 139.80840850615357 3.799041986465454 35.50086761066147 139.80840592419122 3.799041986465454 35.50086536809876 139.80840417263218 3.799041986465454 35.50086277090164 139.80840346465078 3.799041986465454 35.50086013231901 139.8084038856452 3.799041986465454 35.500857770605485 139.80840538483648 3.799041986465454 35.500855970623626 139.8084077813968 3.799041986465454 35.50085494947975 139.80841078626332 3.799041986465454 35.500854830328734 139.8084140370133 3.799041986465454 35.500855626732324 139.80841713964355 3.799041986465454 35.50086922728937 139.80840850615357 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-05864726-91af-4323-9999-4dc89f962a5d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500855626732324 139.80841713964355 2.9490419821813703 35.500856665171305 139.80841958598674 2.9490419821813703 35.500856665170325 139.8084195859844 3.799041986465454 35.500855626732324 139.80841713964355 3.799041986465454 35.500855626732324 139.80841713964355 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cdadeb0b-0318-4593-8a5a-2c185b32892a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50085906475123 139.8084180627588 2.9490419821813703 35.500859064750244 139.8084180627565 3.799041986465454 35.500856665170325 139.8084195859844 3.799041986465454 35.500856665171305 139.80841958598674 2.9490419821813703 35.50085906475123 139.8084180627588 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2ccb3b7d-ef64-421b-a012-488a4b64a417">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086370430715 139.8084337574992 -2.200000524520874 35.50086369442916 139.80843375250532 2.949021555376021 35.50086203333496 139.80842983931615 2.949021555376021 35.50086203334626 139.80842983929713 -2.200000524520874 35.50086370430715 139.8084337574992 -2.200000524520874</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0e6a84bc-a128-4e0b-80fb-5fda9c199151">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086203333496 139.80842983931615 2.949021555376021 35.50086369442916 139.80843375250532 2.949021555376021 35.50086369442891 139.80843375250475 3.799021542072296 35.50086203333453 139.80842983931512 3.799021542072296 35.50086203333496 139.80842983931615 2.949021555376021</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e32e0f3a-ca56-46d8-959f-fadd8a106cce">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086690393046 139.80843172490697 -2.1999800205230713 35.50086689405247 139.80843171991313 2.9490419821813703 35.50086369442916 139.80843375250532 2.949021555376021 35.50086370430715 139.8084337574992 -2.200000524520874 35.50086690393046 139.80843172490697 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-96ce68a9-470c-4ba6-bf02-c6a0f8149fbd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087021624099 139.80843954629302 2.9490419821813703 35.50087020930873 139.80843955079422 -2.1999800205230713 35.500867009947676 139.80844158400433 -2.1999638080596924 35.50086701687994 139.80844157950315 2.9490582262988028 35.50087021624099 139.80843954629302 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-68c1b726-fc23-4b5e-ba2a-d3fc1c20a4da">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087249404921 139.8084281650949 2.9490419821813703 35.50087249074297 139.80842816269097 -2.1999800205230713 35.50087569073426 139.80842613096544 -2.199993848800659 35.50087569404051 139.80842613336938 2.9490279168458073 35.50087249404921 139.8084281650949 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a3b5d513-a53d-4150-b3b4-977b23e6d431">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087403296797 139.8084222201629 -2.199993848800659 35.50087403301373 139.8084222203392 2.949034949513589 35.50087569404051 139.80842613336938 2.9490279168458073 35.50087569073426 139.80842613096544 -2.199993848800659 35.50087403296797 139.8084222201629 -2.199993848800659</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-59dda692-c14b-4673-8236-32d818ad162c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087580757186 139.8084359875794 -2.199979543685913 35.50087581623795 139.80843599147522 2.9490419821813703 35.500879015069685 139.80843395701794 2.9490388529866323 35.50087900640359 139.8084339531221 -2.1999828815460205 35.50087580757186 139.8084359875794 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-98b2217d-334e-4799-9255-9eb3828b16dd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087747733195 139.8084399046652 2.9490419821813703 35.5008774773366 139.80843990465334 -2.199979543685913 35.50088067616841 139.80843787019614 -2.1999828815460205 35.50088067616375 139.80843787020802 2.9490388529866323 35.50088067615661 139.80843787021402 3.799038887023926 35.50088067615661 139.80843787021402 7.904019117355347 35.500877477324806 139.80843990467122 7.904022455215454 35.500877477324806 139.80843990467122 3.799041986465454 35.50087747733195 139.8084399046652 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-271d8e83-60a4-484b-9cfa-ed183ae8f621">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087900640359 139.8084339531221 -2.1999828815460205 35.500879015069685 139.80843395701794 2.9490388529866323 35.50088067616375 139.80843787020802 2.9490388529866323 35.50088067616841 139.80843787019614 -2.1999828815460205 35.50087900640359 139.8084339531221 -2.1999828815460205</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ebd05913-41e2-4fdc-b2a4-597b63307435">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087747733195 139.8084399046652 2.9490419821813703 35.500877477324806 139.80843990467122 3.799041986465454 35.50087763187497 139.8084402688047 3.799041986465454 35.50087763188161 139.80844026879754 2.9490419821813703 35.50087747733195 139.8084399046652 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-94febc5a-2fb0-44fc-9853-0dd41a090961">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500854830328734 139.8084140370133 2.9490419821813703 35.500855626732324 139.80841713964355 2.9490419821813703 35.500855626732324 139.80841713964355 3.799041986465454 35.500854830328734 139.8084140370133 3.799041986465454 35.500854830328734 139.8084140370133 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6992bc9c-1d83-4e6b-8a48-50c0762e818e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50085494947975 139.80841078626332 2.9490419821813703 35.500854830328734 139.8084140370133 2.9490419821813703 35.500854830328734 139.8084140370133 3.799041986465454 35.50085494947975 139.80841078626332 3.799041986465454 35.50085494947975 139.80841078626332 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-557992e3-6928-441c-8995-045927d73806">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500855970623626 139.8084077813968 2.9490419821813703 35.50085494947975 139.80841078626332 2.9490419821813703 35.50085494947975 139.80841078626332 3.799041986465454 35.500855970623626 139.8084077813968 3.799041986465454 35.500855970623626 139.8084077813968 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0294f43d-be4f-4e12-93d2-1d28cbe95909">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500857770605485 139.80840538483648 2.9490419821813703 35.500855970623626 139.8084077813968 2.9490419821813703 35.500855970623626 139.8084077813968 3.799041986465454 35.500857770605485 139.80840538483648 3.799041986465454 35.500857770605485 139.80840538483648 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-744c57f0-8b57-4998-a373-540759f3e726">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086013231901 139.8084038856452 2.9490419821813703 35.500857770605485 139.80840538483648 2.9490419821813703 35.500857770605485 139.80840538483648 3.799041986465454 35.50086013231901 139.8084038856452 3.799041986465454 35.50086013231901 139.8084038856452 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-aa66dc8d-496a-4294-a106-71ab9ec96c89">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086277090164 139.80840346465078 2.9490419821813703 35.50086013231901 139.8084038856452 2.9490419821813703 35.50086013231901 139.8084038856452 3.799041986465454 35.50086277090164 139.80840346465078 3.799041986465454 35.50086277090164 139.80840346465078 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-748ef319-48e5-455c-a09b-cc957f8d6cb2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086536809876 139.80840417263218 2.9490419821813703 35.50086277090164 139.80840346465078 2.9490419821813703 35.50086277090164 139.80840346465078 3.799041986465454 35.50086536809876 139.80840417263218 3.799041986465454 35.50086536809876 139.80840417263218 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8d69054b-111e-47c7-b5f1-3d1044bc3162">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086761066147 139.80840592419122 2.9490419821813703 35.50086536809876 139.80840417263218 2.9490419821813703 35.50086536809876 139.80840417263218 3.799041986465454 35.50086761066147 139.80840592419122 3.799041986465454 35.50086761066147 139.80840592419122 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6186b907-3419-43f0-b874-21498fb63008">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086922728937 139.80840850615357 2.9490419821813703 35.50086761066147 139.80840592419122 2.9490419821813703 35.50086761066147 139.80840592419122 3.799041986465454 35.50086922728937 139.80840850615357 3.799041986465454 35.50086922728937 139.80840850615357 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b1a5878e-28d9-4780-9b41-8885146e295d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094861660766 139.80840176134606 2.9490326838567853 35.500962217157166 139.808393127846 2.9490326838567853 35.500962217157166 139.808393127846 3.799032688140869 35.50094861660766 139.80840176134606 3.799032688140869 35.50094861660766 139.80840176134606 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3f133e95-8f3a-4715-ad94-97b5d97384fb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5010273552029 139.80834435587406 9.490599393844604 35.50102735521965 139.8083443558679 6.645599365234375 35.501029692414654 139.8083498618085 6.645599126815796 35.5010296923984 139.80834986181583 9.490599393844604 35.5010273552029 139.80834435587406 9.490599393844604</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-31d3f26c-278c-46a8-9369-9dc8b2e6f9ef">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095572512306 139.80838979712672 9.489032506942749 35.500959725400016 139.80838725778816 9.489032506942749 35.50095987996312 139.80838762190638 9.489032506942749 35.50095587968615 139.80839016124497 9.489032506942749 35.50095572512306 139.80838979712672 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fde744ba-bad0-4fb7-8853-7b3a61d6cb7a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009540709315 139.80838588717765 9.489032506942749 35.50095572512306 139.80838979712672 9.489032506942749 35.500955725122566 139.80838979712556 7.904022455215454 35.50095406680272 139.80838588662724 7.904022455215454 35.5009540709315 139.80838588717765 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-dcaeb42e-9ea1-462e-85f6-a29289585abd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095075110573 139.8083780604257 6.323112964630127 35.50095074752708 139.80837806034629 7.904022455215454 35.50095073540491 139.8083780600838 9.489032506942749 35.5009540709315 139.80838588717765 9.489032506942749 35.50095406680272 139.80838588662724 7.904022455215454 35.50095406552028 139.80838588645824 6.323112964630127 35.50095075110573 139.8083780604257 6.323112964630127</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-47adb7ed-79c2-4c18-8acb-c04bfd5f2be3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094908073815 139.80837414435194 9.489032506942749 35.50095073540491 139.8083780600838 9.489032506942749 35.50095074752708 139.80837806034629 7.904022455215454 35.500949080741535 139.80837414434927 7.904022455215454 35.50094908073815 139.80837414435194 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fb1fb445-d005-4f6b-a79a-9a882b484bb5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102127791746 139.80831791588702 3.80059951543808 35.50102440200824 139.80832543548678 3.800599217414856 35.501024556556395 139.80832579961518 3.800599217414856 35.50102455654063 139.8083257996237 7.904022455215454 35.50102455652271 139.8083257996271 9.490599393844604 35.50102127788374 139.8083179158988 9.490599393844604 35.50102127791746 139.80831791588702 3.80059951543808</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b7a11cfb-86e8-4da9-95cf-420b84a847ea">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102455652271 139.8083257996271 9.490599393844604 35.50102455654063 139.8083257996237 7.904022455215454 35.5010262279682 139.80832971342406 7.904022455215454 35.50102622487996 139.8083297131081 9.490599393844604 35.50102455652271 139.8083257996271 9.490599393844604</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-442a6aa8-7f20-445b-a9a5-d860a11a1ef2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102622487996 139.8083297131081 9.490599393844604 35.5010262279682 139.80832971342406 7.904022455215454 35.5010262288917 139.80832971352328 6.324679851531982 35.501029536362886 139.8083375374917 6.324679851531982 35.50102953678228 139.80833753774957 7.904022455215454 35.50102953798552 139.80833753850774 9.490599393844604 35.50102622487996 139.8083297131081 9.490599393844604</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a02ba846-9239-419d-8a02-8e0acce3ddb7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501031200932154 139.80834145240942 7.904022455215454 35.50103120091442 139.80834145241326 9.490599393844604 35.50102953798552 139.80833753850774 9.490599393844604 35.50102953678228 139.80833753774957 7.904022455215454 35.501031200932154 139.80834145240942 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b0dedcf8-db16-4b4b-bdbd-5a0f2209073a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102720063967 139.80834399175558 9.490599393844604 35.50103120091442 139.80834145241326 9.490599393844604 35.50103135547766 139.80834181653174 9.490599393844604 35.5010273552029 139.80834435587406 9.490599393844604 35.50102720063967 139.80834399175558 9.490599393844604</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-be6c1537-c019-4852-b075-a8a44ee0546d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102969243189 139.80834986180346 2.9505990939214826 35.501037285640734 139.80834504195036 2.950600047595799 35.50103728563707 139.80834504196451 3.800599694252014 35.50102969243189 139.80834986180346 3.800599694252014 35.50102969243189 139.80834986180346 2.9505990939214826</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ba901450-fd31-4219-b52b-b471748d73ee">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501037285640734 139.80834504195036 2.950600047595799 35.5010190751616 139.8083021204172 2.9505995707586408 35.5010190751599 139.80830212043603 3.800599694252014 35.50102480981548 139.80831563624983 3.800599694252014 35.50103728563707 139.80834504196451 3.800599694252014 35.501037285640734 139.80834504195036 2.950600047595799</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-99bfed63-7c3d-446b-aac2-b2eaba0b9931">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102040173382 139.8083279748297 3.800599455833435 35.50102440200824 139.80832543548678 3.800599217414856 35.50102127791746 139.80831791588702 3.80059951543808 35.50102480981548 139.80831563624983 3.800599694252014 35.5010190751599 139.80830212043603 3.800599694252014 35.50101709417876 139.80830337767858 3.800599455833435 35.501015294204905 139.80830577425988 3.800598978996277 35.50101427305768 139.80830877911967 3.800599217414856 35.50101415391902 139.80831202987602 3.8006001710891724 35.50101495032868 139.80831513251954 3.800599455833435 35.50101598876822 139.80831757886276 3.8005999326705933 35.50101838834679 139.80831605562878 3.800599455833435 35.50101962960765 139.80831897977617 3.800599455833435 35.501017230029035 139.8083205030101 3.800599694252014 35.50102040173382 139.8083279748297 3.800599455833435</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1bf1e0ea-9b6a-4724-a3e7-78c81f576ce8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093932590246 139.8083798744009 2.9490326838567853 35.50093932590246 139.8083798744009 3.799032688140869 35.500936154218756 139.80837240257765 3.799032688140869 35.50093615421925 139.8083724025788 2.9490326838567853 35.50093932590246 139.8083798744009 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c7b44c16-b70e-40a1-92e6-ad89ed516b08">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094332617967 139.8083773350606 3.799032688140869 35.50093932590246 139.8083798744009 3.799032688140869 35.50093932590246 139.8083798744009 2.9490326838567853 35.50094332618017 139.8083773350618 2.9490326838567853 35.50094332617967 139.8083773350606 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-07b1d10a-23fa-4451-9680-942508fccb17">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093855379854 139.80837087934796 2.9490326838567853 35.50093615421925 139.8083724025788 2.9490326838567853 35.500936154218756 139.80837240257765 3.799032688140869 35.50093855379875 139.8083708793456 3.799032688140869 35.50093855379854 139.80837087934796 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-49d6d60a-e982-498a-830c-6727b26469c0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009434807434 139.80837769917878 -2.1999804973602295 35.50094348074389 139.80837769917994 2.9490326838567853 35.50094332618017 139.8083773350618 2.9490326838567853 35.50094332617967 139.8083773350606 -2.1999804973602295 35.5009434807434 139.80837769917878 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1b84bcc8-04f1-487f-8b4a-913f5838d15e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094348074389 139.80837769917994 2.9490326838567853 35.5009434807434 139.80837769917878 -2.1999804973602295 35.5009402804498 139.80837973020158 -2.1999857425689697 35.50094028045029 139.80837973020274 2.949027246399055 35.50094028053262 139.8083797303967 3.7990299463272095 35.500943480743466 139.8083776991789 3.799032688140869 35.50094348074389 139.80837769917994 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bb9624c6-780a-434b-b32d-4711a5576810">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094028044857 139.80837973019868 7.904017210006714 35.50094028053262 139.8083797303967 3.7990299463272095 35.500941941545946 139.80838364339434 3.7990272641181946 35.500941939485436 139.8083836431607 6.323108434677124 35.500941939198036 139.8083836429286 7.904017210006714 35.50094028044857 139.80837973019868 7.904017210006714</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-30c0e536-7019-4113-a1a1-c352fec1fdaa">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094514183958 139.80838161237153 3.799032688140869 35.50094513977908 139.8083816121379 6.323113918304443 35.500941939485436 139.8083836431607 6.323108434677124 35.500941941545946 139.80838364339434 3.7990272641181946 35.50094514183958 139.80838161237153 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a042a4ec-c455-4b2d-a64b-c653ac0ebfe4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094514220242 139.80838161172036 -2.1999800205230713 35.50094846278943 139.8083894368204 -2.1999800205230713 35.50094846403155 139.80838943875756 2.9490326838567853 35.50094514183982 139.8083816123721 2.9490326838567853 35.50094514220242 139.80838161172036 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ee53ef57-8f91-467e-a0c9-8e9de87bdb79">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094514183982 139.8083816123721 2.9490326838567853 35.50094514183958 139.80838161237153 3.799032688140869 35.500941941545946 139.80838364339434 3.7990272641181946 35.50094194154619 139.8083836433949 2.949027246399055 35.50094514183982 139.8083816123721 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4622bd26-3640-4776-86e7-9c0412a84e42">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500948456183195 139.8083894364687 7.904022455215454 35.50094525716939 139.8083914705052 7.904010057449341 35.50094692401548 139.8083953810761 7.902026891708374 35.500948456183195 139.8083894364687 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-075cafbe-c845-4566-ba87-290111cfad93">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500948452862175 139.80838943658551 6.323113918304443 35.50094846403155 139.80838943875756 3.799032688140869 35.50094526501776 139.80839147279406 3.7990201115608215 35.50094525384839 139.808391470622 6.323101282119751 35.500948452862175 139.80838943658551 6.323113918304443</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7f877f34-2221-472e-8b06-5b686f78b7d5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094525384839 139.808391470622 6.323101282119751 35.50094526501776 139.80839147279406 3.7990201115608215 35.500946924998786 139.8083953833612 3.7990201115608215 35.50094692401548 139.8083953810761 7.902026891708374 35.50094525716939 139.8083914705052 7.904010057449341 35.50094525384839 139.808391470622 6.323101282119751</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2bfee036-629b-4e77-ba28-41bb1727e5c9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095012512754 139.80839335195125 7.904022455215454 35.5009501251273 139.80839335195142 3.799032688140869 35.5009502796439 139.80839371610062 3.799033224582672 35.50095027964439 139.80839371610176 7.904022932052612 35.50095012512754 139.80839335195125 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ad8130c4-8dc8-4b8c-ab8c-ebdaca16f985">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009501251273 139.80839335195142 3.799032688140869 35.500946924998786 139.8083953833612 3.7990201115608215 35.500946924999276 139.80839538336235 2.949020111482241 35.50095012512704 139.8083933519501 2.9490326838567853 35.5009501251273 139.80839335195142 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-858563e3-5d9d-493b-a720-8ed29686b7c1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094627936728 139.80839625543825 2.9490331606939435 35.50094627936728 139.80839625543825 3.799033224582672 35.5009502796439 139.80839371610062 3.799033224582672 35.50095027964365 139.80839371609932 2.9490331606939435 35.50094627936728 139.80839625543825 2.9490331606939435</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0b069e50-e702-478e-9305-cbcf0a864952">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094627936728 139.80839625543825 2.9490331606939435 35.50094627936773 139.8083962554365 -2.199979543685913 35.50094861660861 139.80840176134544 -2.1999800205230713 35.50094861660766 139.80840176134606 2.9490326838567853 35.50094627936728 139.80839625543825 2.9490331606939435</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-13624d95-51e8-4189-9969-a18d46b19124">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087901506207 139.80843395702277 3.799038887023926 35.500879008752044 139.80843395329248 6.323120355606079 35.500879008148765 139.80843395340005 7.904019117355347 35.50088067615661 139.80843787021402 7.904019117355347 35.50088067615661 139.80843787021402 3.799038887023926 35.50087901506207 139.80843395702277 3.799038887023926</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2afe23a9-e998-4c98-86dd-44f64d54b844">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087581623033 139.80843599148005 3.799041986465454 35.5008758099203 139.8084359877498 6.323123455047607 35.500879008752044 139.80843395329248 6.323120355606079 35.50087901506207 139.80843395702277 3.799038887023926 35.50087581623033 139.80843599148005 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-20d9af2a-20a3-4315-bf62-44991603ab58">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087249602976 139.80842816353157 6.323123455047607 35.500872494040834 139.80842816509798 3.799041986465454 35.500875694032146 139.80842613337245 3.799027919769287 35.50087569602106 139.80842613180604 6.32310938835144 35.50087249602976 139.80842816353157 6.323123455047607</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-401f74c6-d94a-4865-9227-c05e268faef6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087581623795 139.80843599147522 2.9490419821813703 35.50087581623033 139.80843599148005 3.799041986465454 35.50087901506207 139.80843395702277 3.799038887023926 35.500879015069685 139.80843395701794 2.9490388529866323 35.50087581623795 139.80843599147522 2.9490419821813703</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cf0a3615-6f4a-4921-a695-e68ccbae2a3d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500872494040834 139.80842816509798 3.799041986465454 35.50087249404921 139.8084281650949 2.9490419821813703 35.50087569404051 139.80842613336938 2.9490279168458073 35.500875694032146 139.80842613337245 3.799027919769287 35.500872494040834 139.80842816509798 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-86843048-5237-46b3-9fdc-bd3ba37fa2e8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094908073815 139.80837414435194 3.799032688140869 35.500949080741535 139.80837414434927 7.904022455215454 35.500952280170424 139.8083721112877 7.904011487960815 35.5009522801668 139.80837211129054 3.79902184009552 35.50094908073815 139.80837414435194 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-96b712ce-a2de-455d-aece-b9823dfbcea8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094908073815 139.80837414435194 3.799032688140869 35.500949080739204 139.80837414435445 2.9490326838567853 35.50094892617642 139.80837378023568 2.9490326838567853 35.5009489261753 139.80837378023304 3.799032688140869 35.50094908073815 139.80837414435194 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8d029122-737a-4729-81af-6f5bb3664b8e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009489261753 139.80837378023304 3.799032688140869 35.500952926452754 139.80837124089226 3.799032688140869 35.500949754764704 139.8083637690705 3.799032688140869 35.50094735518576 139.8083652923023 3.799032688140869 35.50094575099551 139.80836631062778 3.799032688140869 35.5009489261753 139.80837378023304 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4e6864ec-7ac9-4c65-ba7f-c6f8cdce2ee0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094611392677 139.80836236816006 3.799032688140869 35.50094735518576 139.8083652923023 3.799032688140869 35.50094735518772 139.80836529230552 2.9490326838567853 35.50094611392777 139.8083623681624 2.9490326838567853 35.50094611392677 139.80836236816006 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7f03f178-8079-4304-9e26-f92e29c3668b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500948513506415 139.80836084492844 3.799032688140869 35.50094747506824 139.80835839858787 3.799032688140869 35.50093387452068 139.808367032091 3.799032688140869 35.50093491295968 139.8083694784336 3.799032688140869 35.500937312537985 139.80836795520332 3.799032688140869 35.50094611392677 139.80836236816006 3.799032688140869 35.500948513506415 139.80836084492844 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-24097d2d-cf46-48a6-9e27-6680a1157cc0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093731253993 139.80836795520506 2.9490326838567853 35.50093855379854 139.80837087934796 2.9490326838567853 35.50093855379875 139.8083708793456 3.799032688140869 35.500937312537985 139.80836795520332 3.799032688140869 35.50093731253993 139.80836795520506 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bb2cde75-a702-427d-b652-051cf9074efd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087403301373 139.8084222203392 2.949034949513589 35.50087403294501 139.8084222201773 3.799027919769287 35.500875694032146 139.80842613337245 3.799027919769287 35.50087569404051 139.80842613336938 2.9490279168458073 35.50087403301373 139.8084222203392 2.949034949513589</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c2f5fc83-7e7c-4f18-9978-8bf387c25104">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50088067616375 139.80843787020802 2.9490388529866323 35.500879015069685 139.80843395701794 2.9490388529866323 35.50087901506207 139.80843395702277 3.799038887023926 35.50088067615661 139.80843787021402 3.799038887023926 35.50088067616375 139.80843787020802 2.9490388529866323</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-738e312e-0af6-4442-8680-767be343d997">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094861660861 139.80840176134544 -2.1999800205230713 35.50096221715622 139.8083931278466 -2.1999800205230713 35.500962217157166 139.808393127846 2.9490326838567853 35.50094861660766 139.80840176134606 2.9490326838567853 35.50094861660861 139.80840176134544 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7f9aa31d-6538-4c64-99ec-4aefcfcba18e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095987996312 139.80838762190638 2.9490326838567853 35.50095987996312 139.80838762190638 3.799032688140869 35.500962217157166 139.808393127846 3.799032688140869 35.500962217157166 139.808393127846 2.9490326838567853 35.50095987996312 139.80838762190638 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ad5a5baa-e905-4f7d-bd48-18fa939c529d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095987996312 139.80838762190638 3.799032688140869 35.50095587968615 139.80839016124497 3.799032688140869 35.500955879685655 139.80839016124378 7.904021978378296 35.50095587968615 139.80839016124497 9.489032506942749 35.50095987996312 139.80838762190638 9.489032506942749 35.50095987996262 139.80838762190524 6.64403223991394 35.50095987996312 139.80838762190638 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c1dc7bf9-ea16-48fb-977b-650bb3315994">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501031355511145 139.80834181651937 3.800599217414856 35.50102735523638 139.80834435586166 3.800599455833435 35.50102735521965 139.8083443558679 6.645599365234375 35.5010273552029 139.80834435587406 9.490599393844604 35.50103135547766 139.80834181653174 9.490599393844604 35.50103135549489 139.8083418165267 7.904022455215454 35.501031355511145 139.80834181651937 3.800599217414856</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-540855c7-6cec-4705-8748-4f2ff7b02aa2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102735523638 139.80834435586166 3.800599455833435 35.50102735524233 139.80834435587568 2.9505990939214826 35.50102969243189 139.80834986180346 2.9505990939214826 35.50102969243189 139.80834986180346 3.800599694252014 35.50102735523638 139.80834435586166 3.800599455833435</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cc740af6-2ca2-4076-aae8-576237cdac8b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500955725122566 139.80838979712556 7.904022455215454 35.50095572512306 139.80838979712672 9.489032506942749 35.50095587968615 139.80839016124497 9.489032506942749 35.500955879685655 139.80839016124378 7.904021978378296 35.500955725122566 139.80838979712556 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6104a5c9-54c8-456c-9c2e-ee5d47069c7b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095406680272 139.80838588662724 7.904022455215454 35.500955725122566 139.80838979712556 7.904022455215454 35.500958925779905 139.80838776695782 7.904027700424194 35.50095726746 139.8083838564594 7.904027700424194 35.50095406680272 139.80838588662724 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-61b05a81-4709-4afa-894f-74c835209991">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095074183426 139.8083780575452 3.799032688140869 35.50095075110573 139.8083780604257 6.323112964630127 35.50095406552028 139.80838588645824 6.323112964630127 35.50095406402696 139.80838588393283 3.799032688140869 35.50095406402744 139.80838588393254 2.9490326838567853 35.50095074183549 139.80837805754666 2.9490326838567853 35.50095074183426 139.8083780575452 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9b170ba5-b201-4ab2-961d-8eadb24b2740">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095074752708 139.80837806034629 7.904022455215454 35.50095075110573 139.8083780604257 6.323112964630127 35.500953950534615 139.80837602736412 6.323101997375488 35.50095394695597 139.8083760272847 7.904011487960815 35.50095074752708 139.80837806034629 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0d09bf01-75f6-4545-9f3b-47f4a5b1a826">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095406552028 139.80838588645824 6.323112964630127 35.50095406680272 139.80838588662724 7.904022455215454 35.50095726746 139.8083838564594 7.904027700424194 35.500957266177565 139.8083838562904 6.323117971420288 35.50095406552028 139.80838588645824 6.323112964630127</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c5db4039-3f84-453c-8604-9ac8f14c2aa6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500949080741535 139.80837414434927 7.904022455215454 35.50095074752708 139.80837806034629 7.904022455215454 35.50095394695597 139.8083760272847 7.904011487960815 35.500952280170424 139.8083721112877 7.904011487960815 35.500949080741535 139.80837414434927 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-12606d0a-9c67-40ef-aa82-2933768c8abb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102455654063 139.8083257996237 7.904022455215454 35.501024556556395 139.80832579961518 3.800599217414856 35.501021358251826 139.80832783531787 3.800607681274414 35.501021358236066 139.8083278353264 7.904031038284302 35.50102455654063 139.8083257996237 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ae7a4ff7-d865-4842-abc3-c61f41b1dff4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5010262279682 139.80832971342406 7.904022455215454 35.50102455654063 139.8083257996237 7.904022455215454 35.501021358236066 139.8083278353264 7.904031038284302 35.50102302966356 139.80833174912664 7.904031038284302 35.5010262279682 139.80832971342406 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e4197d74-3bfd-4b66-9a06-707bf2b70b6b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5010262288917 139.80832971352328 6.324679851531982 35.5010262279682 139.80832971342406 7.904022455215454 35.50102302966356 139.80833174912664 7.904031038284302 35.501023030587085 139.80833174922586 6.32468843460083 35.5010262288917 139.80832971352328 6.324679851531982</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fe70bbfb-ca66-4aa3-b52e-1577b745c482">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501026217648764 139.80832971282075 2.950599451549351 35.50102953984462 139.80833753921382 2.950599213130772 35.501029539850265 139.8083375392043 3.800599217414856 35.501029536362886 139.8083375374917 6.324679851531982 35.5010262288917 139.80832971352328 6.324679851531982 35.50102621765441 139.80832971281126 3.800599217414856 35.501026217648764 139.80832971282075 2.950599451549351</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0d0a0ffa-8c34-4d96-b50a-f3cd4b8d4168">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102953678228 139.80833753774957 7.904022455215454 35.501029536362886 139.8083375374917 6.324679851531982 35.501026336001615 139.8083395683493 6.324664831161499 35.50102633642101 139.8083395686072 7.90400767326355 35.50102953678228 139.80833753774957 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ba78474f-6252-404a-904b-113c65320166">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501031200932154 139.80834145240942 7.904022455215454 35.50102953678228 139.80833753774957 7.904022455215454 35.50102633642101 139.8083395686072 7.90400767326355 35.50102800057082 139.8083434832669 7.90400767326355 35.501031200932154 139.80834145240942 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c690a143-62c6-4ddc-a495-cbe9b819db40">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50103120091442 139.80834145241326 9.490599393844604 35.501031200932154 139.80834145240942 7.904022455215454 35.50103135549489 139.8083418165267 7.904022455215454 35.50103135547766 139.80834181653174 9.490599393844604 35.50103120091442 139.80834145241326 9.490599393844604</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a82ee328-23bb-4216-a709-454677426583">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102969243585 139.80834986181281 -2.1999800205230713 35.50103728564271 139.808345041955 -2.199979066848755 35.501037285640734 139.80834504195036 2.950600047595799 35.50102969243189 139.80834986180346 2.9505990939214826 35.50102969243585 139.80834986181281 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ff1254ab-e526-411a-abe8-df904fe72aa9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50103728564271 139.808345041955 -2.199979066848755 35.5010190751616 139.8083021204172 -2.199979543685913 35.5010190751616 139.8083021204172 2.9505995707586408 35.501037285640734 139.80834504195036 2.950600047595799 35.50103728564271 139.808345041955 -2.199979066848755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-739a26bc-2ee9-4a8b-97e7-0e9abf968d5d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5010190751616 139.8083021204172 2.9505995707586408 35.50101709418273 139.80830337768793 2.950600047595799 35.50101709417876 139.80830337767858 3.800599455833435 35.5010190751599 139.80830212043603 3.800599694252014 35.5010190751616 139.8083021204172 2.9505995707586408</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f32decd3-425b-48c1-80ab-e7bcaf505e3f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5010204017358 139.80832797483436 2.9505986170843244 35.50102040173382 139.8083279748297 3.800599455833435 35.501017230029035 139.8083205030101 3.800599694252014 35.501017230023386 139.8083205030196 2.950600047595799 35.5010204017358 139.80832797483436 2.9505986170843244</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b3b35355-2341-463b-b2f5-f51dfb445c87">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102440200824 139.80832543548678 3.800599217414856 35.50102040173382 139.8083279748297 3.800599455833435 35.5010204017358 139.80832797483436 2.9505986170843244 35.501024402002585 139.80832543549627 2.9505995707586408 35.50102440200824 139.80832543548678 3.800599217414856</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-fdc9d6d4-449f-4064-8c3d-f743ec20e828">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102455655074 139.80832579962467 2.9505995707586408 35.501024556556395 139.80832579961518 3.800599217414856 35.50102440200824 139.80832543548678 3.800599217414856 35.501024402002585 139.80832543549627 2.9505995707586408 35.50102455655074 139.80832579962467 2.9505995707586408</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9b697255-b554-4db2-880d-5159184e7e8f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101709418273 139.80830337768793 2.950600047595799 35.50101529420095 139.80830577425053 2.9505990939214826 35.501015294204905 139.80830577425988 3.800598978996277 35.50101709417876 139.80830337767858 3.800599455833435 35.50101709418273 139.80830337768793 2.950600047595799</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-263d62e2-83b5-47eb-89d3-35f026084685">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101529420095 139.80830577425053 2.9505990939214826 35.5010142730656 139.80830877913832 2.9505990939214826 35.50101427305768 139.80830877911967 3.800599217414856 35.501015294204905 139.80830577425988 3.800598978996277 35.50101529420095 139.80830577425053 2.9505990939214826</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-167b6c20-cb29-4ede-9d1c-7b641684eb93">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5010142730656 139.80830877913832 2.9505990939214826 35.501014153921 139.8083120298807 2.9505990939214826 35.50101415391902 139.80831202987602 3.8006001710891724 35.50101427305768 139.80830877911967 3.800599217414856 35.5010142730656 139.80830877913832 2.9505990939214826</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c440eb2c-3fdf-4b54-8e47-d05830d426a4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501014153921 139.8083120298807 2.9505990939214826 35.501014950330664 139.8083151325242 2.9505990939214826 35.50101495032868 139.80831513251954 3.800599455833435 35.50101415391902 139.80831202987602 3.8006001710891724 35.501014153921 139.8083120298807 2.9505990939214826</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-833c2abe-49b7-46c6-94d8-6cc2d7368c9d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501014950330664 139.8083151325242 2.9505990939214826 35.50101598876822 139.80831757886276 2.950600047595799 35.50101598876822 139.80831757886276 3.8005999326705933 35.50101495032868 139.80831513251954 3.800599455833435 35.501014950330664 139.8083151325242 2.9505990939214826</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0bd7c896-d4ac-4758-9dc9-bc033d72368c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501018388341144 139.8083160556383 2.950600047595799 35.50101838834679 139.80831605562878 3.800599455833435 35.50101598876822 139.80831757886276 3.8005999326705933 35.50101598876822 139.80831757886276 2.950600047595799 35.501018388341144 139.8083160556383 2.950600047595799</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b605f39d-0b93-4117-904a-b5e239f10d43">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501018388341144 139.8083160556383 2.950600047595799 35.50101962960199 139.80831897978567 2.950600047595799 35.50101962960765 139.80831897977617 3.800599455833435 35.50101838834679 139.80831605562878 3.800599455833435 35.501018388341144 139.8083160556383 2.950600047595799</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b7a67fcc-5b8c-48cb-8723-fe69aceba912">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101962960199 139.80831897978567 2.950600047595799 35.501017230023386 139.8083205030196 2.950600047595799 35.501017230029035 139.8083205030101 3.800599694252014 35.50101962960765 139.80831897977617 3.800599455833435 35.50101962960199 139.80831897978567 2.950600047595799</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ba762e9e-01d8-4a5a-abe2-a968c9f1ce51">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093932590317 139.80837987439975 -2.1999804973602295 35.50093932590246 139.8083798744009 2.9490326838567853 35.50093615421925 139.8083724025788 2.9490326838567853 35.500936154220206 139.80837240257821 -2.1999804973602295 35.50093932590317 139.80837987439975 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-96c6eeff-0e24-40a4-a586-ce2a164362a6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093932590317 139.80837987439975 -2.1999804973602295 35.50094332617967 139.8083773350606 -2.1999804973602295 35.50094332618017 139.8083773350618 2.9490326838567853 35.50093932590246 139.8083798744009 2.9490326838567853 35.50093932590317 139.80837987439975 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2dc1c467-6936-40c5-8cad-e756b75e0898">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093855379949 139.80837087934736 -2.1999804973602295 35.500936154220206 139.80837240257821 -2.1999804973602295 35.50093615421925 139.8083724025788 2.9490326838567853 35.50093855379854 139.80837087934796 2.9490326838567853 35.50093855379949 139.80837087934736 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-69cbecb5-918b-45c3-b913-6a136f0f145f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009402804498 139.80837973020158 -2.1999857425689697 35.50094194190878 139.80838364274317 -2.1999852657318115 35.50094194154619 139.8083836433949 2.949027246399055 35.50094028045029 139.80837973020274 2.949027246399055 35.5009402804498 139.80837973020158 -2.1999857425689697</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-af1cfbf8-cdc9-47b2-ba28-8e18c8afb64d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094514220242 139.80838161172036 -2.1999800205230713 35.50094514183982 139.8083816123721 2.9490326838567853 35.50094194154619 139.8083836433949 2.949027246399055 35.50094194190878 139.80838364274317 -2.1999852657318115 35.50094514220242 139.80838161172036 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-025c947f-0a61-4782-923b-1c34e7c48f19">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094846403155 139.80838943875756 2.9490326838567853 35.50094846278943 139.8083894368204 -2.1999800205230713 35.50094526377588 139.80839147085672 -2.1999924182891846 35.50094526501776 139.80839147279406 2.949020111482241 35.50094846403155 139.80838943875756 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c76334bf-8b0c-450b-a00b-e18e3522aa0f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094846403155 139.80838943875756 3.799032688140869 35.50094846403155 139.80838943875756 2.9490326838567853 35.50094526501776 139.80839147279406 2.949020111482241 35.50094526501776 139.80839147279406 3.7990201115608215 35.50094846403155 139.80838943875756 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cc3d9c61-eaa6-4817-9193-555e88408a3c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094028053262 139.8083797303967 3.7990299463272095 35.50094028045029 139.80837973020274 2.949027246399055 35.50094194154619 139.8083836433949 2.949027246399055 35.500941941545946 139.80838364339434 3.7990272641181946 35.50094028053262 139.8083797303967 3.7990299463272095</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-528318ed-ffb6-43bd-9601-7cd3436f862c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500946924999276 139.80839538336235 2.949020111482241 35.500946924998786 139.8083953833612 3.7990201115608215 35.50094526501776 139.80839147279406 3.7990201115608215 35.50094526501776 139.80839147279406 2.949020111482241 35.500946924999276 139.80839538336235 2.949020111482241</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-929fc3c7-820c-4997-bf1f-96687fdf1b59">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009501251273 139.80839335195142 3.799032688140869 35.50095012512704 139.8083933519501 2.9490326838567853 35.50095027964365 139.80839371609932 2.9490331606939435 35.5009502796439 139.80839371610062 3.799033224582672 35.5009501251273 139.80839335195142 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d079c2b3-5c5f-4252-b1e5-93d5e8f6b1c6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094692611319 139.8083953859865 -2.1999924182891846 35.500946924999276 139.80839538336235 2.949020111482241 35.50094526501776 139.80839147279406 2.949020111482241 35.50094526377588 139.80839147085672 -2.1999924182891846 35.50094692611319 139.8083953859865 -2.1999924182891846</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-af8c8191-d4ab-49a3-a6e1-328593f0f2f8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095012512704 139.8083933519501 2.9490326838567853 35.50095012512704 139.8083933519501 -2.1999800205230713 35.50095027964438 139.8083937161003 -2.199979543685913 35.50095027964365 139.80839371609932 2.9490331606939435 35.50095012512704 139.8083933519501 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-709afdf5-35d5-4541-aabc-d3a88537c2e4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095027964365 139.80839371609932 2.9490331606939435 35.50095027964438 139.8083937161003 -2.199979543685913 35.50094627936773 139.8083962554365 -2.199979543685913 35.50094627936728 139.80839625543825 2.9490331606939435 35.50095027964365 139.80839371609932 2.9490331606939435</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-66d53e7f-33b3-471d-8136-94befc820061">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009522801676 139.80837211129244 -2.199991464614868 35.50094908073872 139.80837414435402 -2.1999804973602295 35.500949080739204 139.80837414435445 2.9490326838567853 35.50095228086829 139.80837211294167 2.9490326838567853 35.5009522801676 139.80837211129244 -2.199991464614868</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-719d16eb-a078-4b57-95e2-58909ead3622">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095394126314 139.80837602448364 3.79902184009552 35.5009522801668 139.80837211129054 3.79902184009552 35.500952280170424 139.8083721112877 7.904011487960815 35.50095394695597 139.8083760272847 7.904011487960815 35.500953950534615 139.80837602736412 6.323101997375488 35.50095394126314 139.80837602448364 3.79902184009552</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2c17a819-e1be-48be-abc3-c17b253cc830">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500949080739204 139.80837414435445 2.9490326838567853 35.50094908073872 139.80837414435402 -2.1999804973602295 35.50094892617594 139.80837378023523 -2.1999804973602295 35.50094892617642 139.80837378023568 2.9490326838567853 35.500949080739204 139.80837414435445 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e36102c0-c09a-4eda-8acb-77c1ca3999cc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094892617642 139.80837378023568 2.9490326838567853 35.50095292645423 139.80837124089578 2.9490326838567853 35.500952926452754 139.80837124089226 3.799032688140869 35.5009489261753 139.80837378023304 3.799032688140869 35.50094892617642 139.80837378023568 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c166a861-e109-4433-b69a-39b4488ab9be">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500952926452754 139.80837124089226 3.799032688140869 35.50095292645423 139.80837124089578 2.9490326838567853 35.50094975476619 139.80836376907396 2.9490326838567853 35.500949754764704 139.8083637690705 3.799032688140869 35.500952926452754 139.80837124089226 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-502c1b83-71f2-490c-ae27-db96f351d9cd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094735518576 139.8083652923023 3.799032688140869 35.500949754764704 139.8083637690705 3.799032688140869 35.50094975476619 139.80836376907396 2.9490326838567853 35.50094735518772 139.80836529230552 2.9490326838567853 35.50094735518576 139.8083652923023 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0248d624-e258-480c-9c30-5fde6d308913">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094611392677 139.80836236816006 3.799032688140869 35.50094611392777 139.8083623681624 2.9490326838567853 35.5009485135074 139.80836084493075 2.9490326838567853 35.500948513506415 139.80836084492844 3.799032688140869 35.50094611392677 139.80836236816006 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-01f7e7c0-3051-46b1-b6b2-6a2511616d22">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094611392777 139.8083623681624 2.9490326838567853 35.50094735518772 139.80836529230552 2.9490326838567853 35.50094735519035 139.8083652923046 -2.1999804973602295 35.50094611392778 139.80836236816384 -2.1999804973602295 35.50094611392777 139.8083623681624 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d9af5642-d824-4827-9b6e-cdccdb456384">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009485135074 139.80836084493075 2.9490326838567853 35.50094747506824 139.80835839858787 2.9490326838567853 35.50094747506824 139.80835839858787 3.799032688140869 35.500948513506415 139.80836084492844 3.799032688140869 35.5009485135074 139.80836084493075 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-19f5e404-9c10-4869-82e9-a28890d9d24e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094747506824 139.80835839858787 3.799032688140869 35.50094585844405 139.808355816621 3.799032688140869 35.50094361588207 139.80835406506074 3.799032688140869 35.50094101867944 139.80835335708358 3.799032688140869 35.500938380096905 139.80835377808015 3.799032688140869 35.50093601838654 139.80835527727277 3.799032688140869 35.50093421840593 139.80835767383633 3.799032688140869 35.50093319725927 139.808360678709 3.799032688140869 35.500933078111046 139.8083639294613 3.799032688140869 35.50093387452068 139.808367032091 3.799032688140869 35.50094747506824 139.80835839858787 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f0da6852-9132-4306-aa86-4431c0cabbac">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093387452068 139.808367032091 2.9490326838567853 35.50093491296067 139.80836947843596 2.9490326838567853 35.50093491295968 139.8083694784336 3.799032688140869 35.50093387452068 139.808367032091 3.799032688140869 35.50093387452068 139.808367032091 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-530f5cb3-d13a-4401-a4b3-004d77b01352">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093731253993 139.80836795520506 2.9490326838567853 35.500937312537985 139.80836795520332 3.799032688140869 35.50093491295968 139.8083694784336 3.799032688140869 35.50093491296067 139.80836947843596 2.9490326838567853 35.50093731253993 139.80836795520506 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7308a5f7-2019-4271-80a4-c27fa9865ac1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093731254088 139.80836795520446 -2.1999804973602295 35.50093855379949 139.80837087934736 -2.1999804973602295 35.50093855379854 139.80837087934796 2.9490326838567853 35.50093731253993 139.80836795520506 2.9490326838567853 35.50093731254088 139.80836795520446 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-92d12e39-3a81-4b24-94bf-0c24de919960">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095987996266 139.80838762190817 -2.1999800205230713 35.50095987996312 139.80838762190638 2.9490326838567853 35.500962217157166 139.808393127846 2.9490326838567853 35.50096221715622 139.8083931278466 -2.1999800205230713 35.50095987996266 139.80838762190817 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7177eec1-2738-4fad-86a5-c5089d9680c7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095587968615 139.80839016124497 3.799032688140869 35.50095987996312 139.80838762190638 3.799032688140869 35.50095987996312 139.80838762190638 2.9490326838567853 35.50095587968613 139.8083901612435 2.9490326838567853 35.50095587968615 139.80839016124497 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-39733350-6755-4c4c-8a1e-677c6c6108e5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095572512306 139.80838979712672 3.799032688140869 35.500955725122566 139.80838979712556 7.904022455215454 35.500955879685655 139.80839016124378 7.904021978378296 35.50095587968615 139.80839016124497 3.799032688140869 35.50095572512306 139.80838979712672 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a5343f79-cfb0-46b7-83dd-f891890d588b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501031200932154 139.80834145240942 7.904022455215454 35.501031200947914 139.8083414524009 3.800599217414856 35.501031355511145 139.80834181651937 3.800599217414856 35.50103135549489 139.8083418165267 7.904022455215454 35.501031200932154 139.80834145240942 7.904022455215454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cc5ddf92-a6b5-498c-bbbc-2b7a32a0c890">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501031355511145 139.80834181651937 3.800599217414856 35.50103135551263 139.80834181652287 2.9505990939214826 35.50102735524233 139.80834435587568 2.9505990939214826 35.50102735523638 139.80834435586166 3.800599455833435 35.501031355511145 139.80834181651937 3.800599217414856</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9db0103c-9273-41cf-aabb-a13e39c9f348">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102735524233 139.80834435587568 2.9505990939214826 35.501027355260554 139.808344355873 -2.1999800205230713 35.50102969243585 139.80834986181281 -2.1999800205230713 35.50102969243189 139.80834986180346 2.9505990939214826 35.50102735524233 139.80834435587568 2.9505990939214826</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-436e46e1-7796-4a57-95ec-1006e0a1be13">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095572512306 139.80838979712672 3.799032688140869 35.50095572512304 139.80838979712527 2.9490326838567853 35.50095572512638 139.80838979712314 -2.1999800205230713 35.50095892578372 139.8083877669554 -2.199974775314331 35.50095892578039 139.8083877669575 2.9490377718775562 35.50095892551603 139.8083877663362 3.7990351915359497 35.500958925779905 139.80838776695782 7.904027700424194 35.500955725122566 139.80838979712556 7.904022455215454 35.50095572512306 139.80838979712672 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ff68eeda-9138-48bb-b9c8-887934c37b0e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500957266177565 139.8083838562904 6.323117971420288 35.50095726746 139.8083838564594 7.904027700424194 35.500958925779905 139.80838776695782 7.904027700424194 35.50095892551603 139.8083877663362 3.7990351915359497 35.50095726468424 139.80838385376498 3.799037754535675 35.500957266177565 139.8083838562904 6.323117971420288</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8379266f-7eee-4191-8241-f817c1833f4f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095074183426 139.8083780575452 3.799032688140869 35.50095074183549 139.80837805754666 2.9490326838567853 35.50095394126437 139.80837602448509 2.949021815485139 35.50095394126314 139.80837602448364 3.79902184009552 35.50095074183426 139.8083780575452 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-01ffb06a-60af-4992-8ebb-ff18d9615441">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095075110573 139.8083780604257 6.323112964630127 35.50095074183426 139.8083780575452 3.799032688140869 35.50095394126314 139.80837602448364 3.79902184009552 35.500953950534615 139.80837602736412 6.323101997375488 35.50095075110573 139.8083780604257 6.323112964630127</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-159c1c2a-f892-4dd0-9638-07b6556dbf33">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095406402696 139.80838588393283 3.799032688140869 35.50095406552028 139.80838588645824 6.323112964630127 35.500957266177565 139.8083838562904 6.323117971420288 35.50095726468424 139.80838385376498 3.799037754535675 35.50095406402696 139.80838588393283 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d9b37617-74f6-4ea0-ba8e-247f68d27c7d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095406402744 139.80838588393254 2.9490326838567853 35.50095406402696 139.80838588393283 3.799032688140869 35.50095726468424 139.80838385376498 3.799037754535675 35.500957264684715 139.8083838537647 2.9490377718775562 35.50095406402744 139.80838588393254 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0ddcc1e4-3719-4a10-8eb1-f7b5c6e7e9cb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095074195704 139.8083780603636 -2.1999800205230713 35.50095074183549 139.80837805754666 2.9490326838567853 35.50095406402744 139.80838588393254 2.9490326838567853 35.50095406942499 139.80838588667118 -2.1999800205230713 35.50095074195704 139.8083780603636 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0581c920-df12-4277-9991-e0e4fefae31e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102455655074 139.80832579962467 2.9505995707586408 35.50102455656872 139.80832579962143 -2.199979543685913 35.501021358264154 139.8083278353241 -2.1999709606170654 35.50102135824618 139.8083278353274 2.950608041603118 35.501021358251826 139.80832783531787 3.800607681274414 35.501024556556395 139.80832579961518 3.800599217414856 35.50102455655074 139.80832579962467 2.9505995707586408</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ed785e8f-69d7-4668-aec2-c0f4430211b1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501021358251826 139.80832783531787 3.800607681274414 35.50102301934978 139.8083317485138 3.800607681274414 35.501023030587085 139.80833174922586 6.32468843460083 35.50102302966356 139.80833174912664 7.904031038284302 35.501021358236066 139.8083278353264 7.904031038284302 35.501021358251826 139.80832783531787 3.800607681274414</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c1bf7245-9fd9-4abf-9db9-2fea047be2cf">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102621765441 139.80832971281126 3.800599217414856 35.5010262288917 139.80832971352328 6.324679851531982 35.501023030587085 139.80833174922586 6.32468843460083 35.50102301934978 139.8083317485138 3.800607681274414 35.50102621765441 139.80832971281126 3.800599217414856</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8ae21b07-67fa-47d5-aa78-24f5a07a62ad">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501026223275346 139.80832971268205 -2.1999800205230713 35.50102954463646 139.8083375381811 -2.1999800205230713 35.50102953984462 139.80833753921382 2.950599213130772 35.501026217648764 139.80832971282075 2.950599451549351 35.501026223275346 139.80832971268205 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f98503dd-f0cc-4c30-a51f-9892c35c131b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501029539850265 139.8083375392043 3.800599217414856 35.50102953984462 139.80833753921382 2.950599213130772 35.501026339483346 139.80833957007147 2.950584207312204 35.501026339488995 139.80833957006197 3.8005841970443726 35.501029539850265 139.8083375392043 3.800599217414856</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f1a4d1e0-bb4d-4f98-baef-25a69909f541">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501029536362886 139.8083375374917 6.324679851531982 35.501029539850265 139.8083375392043 3.800599217414856 35.501026339488995 139.80833957006197 3.8005841970443726 35.501026336001615 139.8083395683493 6.324664831161499 35.501029536362886 139.8083375374917 6.324679851531982</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-63de78cc-549b-4096-b92f-29b336c7cc0c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102800058658 139.8083434832584 3.8005841970443726 35.50102800057082 139.8083434832669 7.90400767326355 35.50102633642101 139.8083395686072 7.90400767326355 35.501026336001615 139.8083395683493 6.324664831161499 35.501026339488995 139.80833957006197 3.8005841970443726 35.50102800058658 139.8083434832584 3.8005841970443726</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-af89426b-3984-4a2e-8450-1e957e21bb86">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501031200947914 139.8083414524009 3.800599217414856 35.501031200932154 139.80834145240942 7.904022455215454 35.50102800057082 139.8083434832669 7.90400767326355 35.50102800058658 139.8083434832584 3.8005841970443726 35.50102800058856 139.80834348326306 2.9505840881029144 35.501028000600144 139.80834348326755 -2.1999948024749756 35.50103120096148 139.80834145241002 -2.1999800205230713 35.50103120094989 139.80834145240556 2.9505990939214826 35.501031200947914 139.8083414524009 3.800599217414856</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-dd7c1ce6-a45c-4f7b-b160-2b42666763fc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101709418273 139.80830337768793 2.950600047595799 35.5010190751616 139.8083021204172 2.9505995707586408 35.5010190751616 139.8083021204172 -2.199979543685913 35.50101709418569 139.80830337769493 -2.199979066848755 35.50101709418273 139.80830337768793 2.950600047595799</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bcd11128-eecd-491d-9068-18a6ba6c245e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102040173828 139.80832797484018 -2.1999800205230713 35.5010204017358 139.80832797483436 2.9505986170843244 35.501017230023386 139.8083205030196 2.950600047595799 35.501017230031515 139.80832050301592 -2.199979066848755 35.50102040173828 139.80832797484018 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f5a75039-1e0a-475c-b2d4-b9ae75a79d59">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102040173828 139.80832797484018 -2.1999800205230713 35.50102440202057 139.80832543549303 -2.199979066848755 35.501024402002585 139.80832543549627 2.9505995707586408 35.5010204017358 139.80832797483436 2.9505986170843244 35.50102040173828 139.80832797484018 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1d313cf7-d282-4a7a-9a06-2aa0e92edb07">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102455656872 139.80832579962143 -2.199979543685913 35.50102455655074 139.80832579962467 2.9505995707586408 35.501024402002585 139.80832543549627 2.9505995707586408 35.50102440202057 139.80832543549303 -2.199979066848755 35.50102455656872 139.80832579962143 -2.199979543685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-336210a0-5038-490a-b654-6b76271583bd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101709418273 139.80830337768793 2.950600047595799 35.50101709418569 139.80830337769493 -2.199979066848755 35.50101529420095 139.80830577425053 -2.1999800205230713 35.50101529420095 139.80830577425053 2.9505990939214826 35.50101709418273 139.80830337768793 2.950600047595799</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2275bced-87be-4ace-ab89-69fe2918d3a3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101529420095 139.80830577425053 -2.1999800205230713 35.50101427306956 139.80830877914767 -2.1999800205230713 35.5010142730656 139.80830877913832 2.9505990939214826 35.50101529420095 139.80830577425053 2.9505990939214826 35.50101529420095 139.80830577425053 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-85cb216b-8bcc-491b-b735-64e8701e1152">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101427306956 139.80830877914767 -2.1999800205230713 35.50101415392199 139.808312029883 -2.1999800205230713 35.501014153921 139.8083120298807 2.9505990939214826 35.5010142730656 139.80830877913832 2.9505990939214826 35.50101427306956 139.80830877914767 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e1aa01a5-4559-482f-b214-7ef10c3dcb86">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101415392199 139.808312029883 -2.1999800205230713 35.501014950330664 139.8083151325242 -2.1999800205230713 35.501014950330664 139.8083151325242 2.9505990939214826 35.501014153921 139.8083120298807 2.9505990939214826 35.50101415392199 139.808312029883 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3c207bf8-59cb-4197-96ea-cbaaa04ccd8c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501014950330664 139.8083151325242 -2.1999800205230713 35.501015988770696 139.80831757886858 -2.199979066848755 35.50101598876822 139.80831757886276 2.950600047595799 35.501014950330664 139.8083151325242 2.9505990939214826 35.501014950330664 139.8083151325242 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-22b356f5-da5e-48a0-942d-f828c76919f4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501015988770696 139.80831757886858 -2.199979066848755 35.50101838834065 139.80831605563714 -2.199979066848755 35.501018388341144 139.8083160556383 2.950600047595799 35.50101598876822 139.80831757886276 2.950600047595799 35.501015988770696 139.80831757886858 -2.199979066848755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e7dd5976-9717-4ccd-8d1e-3a1e71609982">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101838834065 139.80831605563714 -2.199979066848755 35.50101962961973 139.80831897978183 -2.199979066848755 35.50101962960199 139.80831897978567 2.950600047595799 35.501018388341144 139.8083160556383 2.950600047595799 35.50101838834065 139.80831605563714 -2.199979066848755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ca98fbe8-c05f-40ab-af8f-d8678dea9422">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101962961973 139.80831897978183 -2.199979066848755 35.501017230031515 139.80832050301592 -2.199979066848755 35.501017230023386 139.8083205030196 2.950600047595799 35.50101962960199 139.80831897978567 2.950600047595799 35.50101962961973 139.80831897978183 -2.199979066848755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d8d7da70-2066-45b9-b174-a1386140b937">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095292645423 139.80837124089578 2.9490326838567853 35.500952926456605 139.80837124089277 -2.1999800205230713 35.50094975476905 139.80836376907217 -2.1999804973602295 35.50094975476619 139.80836376907396 2.9490326838567853 35.50095292645423 139.80837124089578 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c087ce57-d64b-4100-94a7-fa3dacc249f2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095572512638 139.80838979712314 -2.1999800205230713 35.50095572512304 139.80838979712527 2.9490326838567853 35.50095587968613 139.8083901612435 2.9490326838567853 35.50095587968947 139.80839016124136 -2.1999800205230713 35.50095572512638 139.80838979712314 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9eaf79a2-58ca-417b-946e-b132fddccf5b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095987996266 139.80838762190817 -2.1999800205230713 35.50095587968947 139.80839016124136 -2.1999800205230713 35.50095587968613 139.8083901612435 2.9490326838567853 35.50095987996312 139.80838762190638 2.9490326838567853 35.50095987996266 139.80838762190817 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b506541d-8564-4b59-b997-94f321f97f3c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093491296162 139.80836947843534 -2.1999804973602295 35.50093731254088 139.80836795520446 -2.1999804973602295 35.50093731253993 139.80836795520506 2.9490326838567853 35.50093491296067 139.80836947843596 2.9490326838567853 35.50093491296162 139.80836947843534 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ebc57b20-27cf-4cd6-99b7-7c3baf5efad5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093387452114 139.80836703208925 -2.1999804973602295 35.50093491296162 139.80836947843534 -2.1999804973602295 35.50093491296067 139.80836947843596 2.9490326838567853 35.50093387452068 139.808367032091 2.9490326838567853 35.50093387452114 139.80836703208925 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1b7ad5e3-085a-4817-9d21-429604d0caf4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093307811294 139.80836392946009 -2.1999804973602295 35.50093387452114 139.80836703208925 -2.1999804973602295 35.50093387452068 139.808367032091 2.9490326838567853 35.500933078111046 139.8083639294613 2.9490326838567853 35.50093307811294 139.80836392946009 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cc58ecfe-40bb-4ed7-aefb-ea6f27392ad4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093319726261 139.8083606787069 -2.1999804973602295 35.50093307811294 139.80836392946009 -2.1999804973602295 35.500933078111046 139.8083639294613 2.9490326838567853 35.50093319725927 139.808360678709 2.9490326838567853 35.50093319726261 139.8083606787069 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-af415c99-6500-472a-84b3-8c3eb1e38621">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093421840498 139.80835767383695 -2.1999804973602295 35.50093319726261 139.8083606787069 -2.1999804973602295 35.50093319725927 139.808360678709 2.9490326838567853 35.50093421840593 139.80835767383633 2.9490326838567853 35.50093421840498 139.80835767383695 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-04d333fe-c43f-4509-bcf8-29b18732e3d0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093601838594 139.80835527727314 -2.1999804973602295 35.50093421840498 139.80835767383695 -2.1999804973602295 35.50093421840593 139.80835767383633 2.9490326838567853 35.50093601838654 139.80835527727277 2.9490326838567853 35.50093601838594 139.80835527727314 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c2ac716d-c81c-4751-8e9a-98b32763a632">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500938380098816 139.80835377807892 -2.1999804973602295 35.50093601838594 139.80835527727314 -2.1999804973602295 35.50093601838654 139.80835527727277 2.9490326838567853 35.500938380096905 139.80835377808015 2.9490326838567853 35.500938380098816 139.80835377807892 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-463c48bc-54fe-4fa6-9d59-eeea5b1a780a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094101868111 139.8083533570825 -2.1999804973602295 35.500938380098816 139.80835377807892 -2.1999804973602295 35.500938380096905 139.80835377808015 2.9490326838567853 35.50094101867944 139.80835335708358 2.9490326838567853 35.50094101868111 139.8083533570825 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-443e1e33-3984-4713-b60c-1216775080a9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094361588255 139.80835406506046 -2.1999804973602295 35.50094101868111 139.8083533570825 -2.1999804973602295 35.50094101867944 139.80835335708358 2.9490326838567853 35.50094361588207 139.80835406506074 2.9490326838567853 35.50094361588255 139.80835406506046 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0a8f699f-d629-44e9-9eb1-4bdc4035e5f7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094585844596 139.80835581661978 -2.1999804973602295 35.50094361588255 139.80835406506046 -2.1999804973602295 35.50094361588207 139.80835406506074 2.9490326838567853 35.50094585844405 139.808355816621 2.9490326838567853 35.50094585844596 139.80835581661978 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-eb321e40-4ee5-4d9d-b84f-fb03ec233799">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009474750711 139.80835839858605 -2.1999804973602295 35.50094585844596 139.80835581661978 -2.1999804973602295 35.50094585844405 139.808355816621 2.9490326838567853 35.50094747506824 139.80835839858787 2.9490326838567853 35.5009474750711 139.80835839858605 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7a844e08-bd16-4f16-8fdf-7a8a642f48a1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009485135074 139.80836084493075 2.9490326838567853 35.50094851350977 139.80836084492776 -2.1999804973602295 35.5009474750711 139.80835839858605 -2.1999804973602295 35.50094747506824 139.80835839858787 2.9490326838567853 35.5009485135074 139.80836084493075 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-83a816b7-b987-4070-bdc2-6926aa9ee47a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009485135074 139.80836084493075 2.9490326838567853 35.50094611392777 139.8083623681624 2.9490326838567853 35.50094611392778 139.80836236816384 -2.1999804973602295 35.50094851350977 139.80836084492776 -2.1999804973602295 35.5009485135074 139.80836084493075 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ab2ec033-5d55-432e-8ee5-0bf518efd553">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094735518772 139.80836529230552 2.9490326838567853 35.50094975476619 139.80836376907396 2.9490326838567853 35.50094975476905 139.80836376907217 -2.1999804973602295 35.50094735519035 139.8083652923046 -2.1999804973602295 35.50094735518772 139.80836529230552 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-46a765a0-fb62-44aa-ad32-63c2a72003cb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095228086829 139.80837211294167 2.9490326838567853 35.50095394126437 139.80837602448509 2.949021815485139 35.50095394138569 139.80837602730216 -2.19999098777771 35.5009522801676 139.80837211129244 -2.199991464614868 35.50095228086829 139.80837211294167 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-200e3b75-df8a-4ebd-bd68-3ec91b782898">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095228086829 139.80837211294167 2.9490326838567853 35.5009522801668 139.80837211129054 3.79902184009552 35.50095394126314 139.80837602448364 3.79902184009552 35.50095394126437 139.80837602448509 2.949021815485139 35.50095228086829 139.80837211294167 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1aa7cb9e-e630-48d4-ab65-251d432ce8f1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094747506824 139.80835839858787 2.9490326838567853 35.50094585844405 139.808355816621 2.9490326838567853 35.50094585844405 139.808355816621 3.799032688140869 35.50094747506824 139.80835839858787 3.799032688140869 35.50094747506824 139.80835839858787 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-848cc40f-0f69-4bb0-b2d0-4846af8cacfc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094585844405 139.808355816621 2.9490326838567853 35.50094361588207 139.80835406506074 2.9490326838567853 35.50094361588207 139.80835406506074 3.799032688140869 35.50094585844405 139.808355816621 3.799032688140869 35.50094585844405 139.808355816621 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-66dab411-522a-4d97-982d-f732c56c11a4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094361588207 139.80835406506074 2.9490326838567853 35.50094101867944 139.80835335708358 2.9490326838567853 35.50094101867944 139.80835335708358 3.799032688140869 35.50094361588207 139.80835406506074 3.799032688140869 35.50094361588207 139.80835406506074 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e9b91b9f-2934-40ee-ba4b-a5904d1bca83">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094101867944 139.80835335708358 2.9490326838567853 35.500938380096905 139.80835377808015 2.9490326838567853 35.500938380096905 139.80835377808015 3.799032688140869 35.50094101867944 139.80835335708358 3.799032688140869 35.50094101867944 139.80835335708358 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7e07faef-556d-4095-90c0-7515f21087b2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500938380096905 139.80835377808015 2.9490326838567853 35.50093601838654 139.80835527727277 2.9490326838567853 35.50093601838654 139.80835527727277 3.799032688140869 35.500938380096905 139.80835377808015 3.799032688140869 35.500938380096905 139.80835377808015 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-04ba97d6-bbcc-4fdb-9c17-32a50cfcc246">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093601838654 139.80835527727277 2.9490326838567853 35.50093421840593 139.80835767383633 2.9490326838567853 35.50093421840593 139.80835767383633 3.799032688140869 35.50093601838654 139.80835527727277 3.799032688140869 35.50093601838654 139.80835527727277 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-995f1e56-5d8c-4d99-8ccc-715e221980ab">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093421840593 139.80835767383633 2.9490326838567853 35.50093319725927 139.808360678709 2.9490326838567853 35.50093319725927 139.808360678709 3.799032688140869 35.50093421840593 139.80835767383633 3.799032688140869 35.50093421840593 139.80835767383633 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6d8318ac-77bc-4a3d-8e6d-487e4d09cc71">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093319725927 139.808360678709 2.9490326838567853 35.500933078111046 139.8083639294613 2.9490326838567853 35.500933078111046 139.8083639294613 3.799032688140869 35.50093319725927 139.808360678709 3.799032688140869 35.50093319725927 139.808360678709 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c1e96fcd-2bdf-45d2-bb44-6bbbe7f8bf00">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500933078111046 139.8083639294613 2.9490326838567853 35.50093387452068 139.808367032091 2.9490326838567853 35.50093387452068 139.808367032091 3.799032688140869 35.500933078111046 139.8083639294613 3.799032688140869 35.500933078111046 139.8083639294613 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-aa8c470b-a129-4258-a98c-3f52076b1fdf">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095572512304 139.80838979712527 2.9490326838567853 35.50095572512306 139.80838979712672 3.799032688140869 35.50095587968615 139.80839016124497 3.799032688140869 35.50095587968613 139.8083901612435 2.9490326838567853 35.50095572512304 139.80838979712527 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4494b778-e3b6-48fc-aa8d-39cc764245e4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501031200947914 139.8083414524009 3.800599217414856 35.50103120094989 139.80834145240556 2.9505990939214826 35.50103135551263 139.80834181652287 2.9505990939214826 35.501031355511145 139.80834181651937 3.800599217414856 35.501031200947914 139.8083414524009 3.800599217414856</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c7933935-44e7-4e15-8b24-47d18a228a45">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50103135551263 139.80834181652287 2.9505990939214826 35.50103135552471 139.80834181652853 -2.1999800205230713 35.501027355260554 139.808344355873 -2.1999800205230713 35.50102735524233 139.80834435587568 2.9505990939214826 35.50103135551263 139.80834181652287 2.9505990939214826</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-37d16fc2-dc8e-415d-8871-7782e4d87797">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095727008227 139.80838385650335 -2.199974775314331 35.500957264684715 139.8083838537647 2.9490377718775562 35.50095892578039 139.8083877669575 2.9490377718775562 35.50095892578372 139.8083877669554 -2.199974775314331 35.50095727008227 139.80838385650335 -2.199974775314331</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ed6c58b7-9b7c-480f-ade6-01a9430d7ade">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095892551603 139.8083877663362 3.7990351915359497 35.50095892578039 139.8083877669575 2.9490377718775562 35.500957264684715 139.8083838537647 2.9490377718775562 35.50095726468424 139.80838385376498 3.799037754535675 35.50095892551603 139.8083877663362 3.7990351915359497</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-32d81cb4-db7b-44da-b182-e173e27f0223">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095074183549 139.80837805754666 2.9490326838567853 35.50095074195704 139.8083780603636 -2.1999800205230713 35.50095394138569 139.80837602730216 -2.19999098777771 35.50095394126437 139.80837602448509 2.949021815485139 35.50095074183549 139.80837805754666 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-24160d24-86eb-4b32-a3cc-14100599685f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095406942499 139.80838588667118 -2.1999800205230713 35.50095406402744 139.80838588393254 2.9490326838567853 35.500957264684715 139.8083838537647 2.9490377718775562 35.50095727008227 139.80838385650335 -2.199974775314331 35.50095406942499 139.80838588667118 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-00f5cfd7-b39d-4433-8c7e-ad42d89a1436">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102302497071 139.80833174838463 -2.1999714374542236 35.50102301934414 139.80833174852333 2.9506079223938286 35.50102135824618 139.8083278353274 2.950608041603118 35.501021358264154 139.8083278353241 -2.1999709606170654 35.50102302497071 139.80833174838463 -2.1999714374542236</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-08676370-634e-4dfd-83d9-36c8b6e078be">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102301934978 139.8083317485138 3.800607681274414 35.501021358251826 139.80832783531787 3.800607681274414 35.50102135824618 139.8083278353274 2.950608041603118 35.50102301934414 139.80833174852333 2.9506079223938286 35.50102301934978 139.8083317485138 3.800607681274414</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1433e982-daea-461f-af85-b28863f3042e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501026217648764 139.80832971282075 2.950599451549351 35.50102621765441 139.80832971281126 3.800599217414856 35.50102301934978 139.8083317485138 3.800607681274414 35.50102301934414 139.80833174852333 2.9506079223938286 35.501026217648764 139.80832971282075 2.950599451549351</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a37892b8-40e9-4b24-b105-4f0febdf25fe">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501026223275346 139.80832971268205 -2.1999800205230713 35.501026217648764 139.80832971282075 2.950599451549351 35.50102301934414 139.80833174852333 2.9506079223938286 35.50102302497071 139.80833174838463 -2.1999714374542236 35.501026223275346 139.80832971268205 -2.1999800205230713</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b1e4b757-d384-46cd-a6fc-4c65ca300598">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102953984462 139.80833753921382 2.950599213130772 35.50102954463646 139.8083375381811 -2.1999800205230713 35.50102634427519 139.80833956903874 -2.1999948024749756 35.501026339483346 139.80833957007147 2.950584207312204 35.50102953984462 139.80833753921382 2.950599213130772</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-af3e9d44-5e06-432f-9245-269e20301b0e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102800058658 139.8083434832584 3.8005841970443726 35.501026339488995 139.80833957006197 3.8005841970443726 35.501026339483346 139.80833957007147 2.950584207312204 35.50102800058856 139.80834348326306 2.9505840881029144 35.50102800058658 139.8083434832584 3.8005841970443726</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-af3370ae-8b60-4892-8691-abb58dbb696c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501028000600144 139.80834348326755 -2.1999948024749756 35.50102800058856 139.80834348326306 2.9505840881029144 35.501026339483346 139.80833957007147 2.950584207312204 35.50102634427519 139.80833956903874 -2.1999948024749756 35.501028000600144 139.80834348326755 -2.1999948024749756</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-aebb6723-548c-4b4e-8a24-4b19ea542848">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50103120094989 139.80834145240556 2.9505990939214826 35.50103120096148 139.80834145241002 -2.1999800205230713 35.50103135552471 139.80834181652853 -2.1999800205230713 35.50103135551263 139.80834181652287 2.9505990939214826 35.50103120094989 139.80834145240556 2.9505990939214826</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9a7e8818-9fe7-46ea-9e74-f6f92640c154">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086894802366 139.8084394294808 -2.2008745670318604 35.500868955403696 139.80843942306828 3.7990347743034363 35.50079541158355 139.80848655834745 3.8008164763450623 35.50079540418063 139.80848656477454 -2.1990931034088135 35.50086894802366 139.8084394294808 -2.2008745670318604</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-63148657-0948-4041-84cc-5e67954915f4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086624863593 139.80843305625643 -2.200892686843872 35.50086625602324 139.80843304983816 3.799017012119293 35.500868955403696 139.80843942306828 3.7990347743034363 35.50086894802366 139.8084394294808 -2.2008745670318604 35.50086624863593 139.80843305625643 -2.200892686843872</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4894d8f6-eb11-42a0-ae61-a849fc7b496e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500868955403696 139.80843942306828 3.7990347743034363 35.50086895584728 139.80843942926995 4.151361465454102 35.50079541966208 139.80848655935316 4.153143405914307 35.50079541158355 139.80848655834745 3.8008164763450623 35.500868955403696 139.80843942306828 3.7990347743034363</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-919c6375-c141-41e3-b8f9-62f10786d407">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079540418063 139.80848656477454 -2.1990931034088135 35.50079541158355 139.80848655834745 3.8008164763450623 35.50079271217454 139.80848018513979 3.800798714160919 35.50079270480311 139.80848019154982 -2.199110746383667 35.50079540418063 139.80848656477454 -2.1990931034088135</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8b62c224-e3c8-43d3-811a-5c1b3060f7cd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086625602324 139.80843304983816 3.799017012119293 35.50086624863593 139.80843305625643 -2.200892686843872 35.50079270480311 139.80848019154982 -2.199110746383667 35.50079271217454 139.80848018513979 3.800798714160919 35.50086625602324 139.80843304983816 3.799017012119293</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-42de6f26-0018-4f35-8395-7e20119a6af8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086625602324 139.80843304983816 3.799017012119293 35.50086625244247 139.80843305760285 4.151343822479248 35.50086895584728 139.80843942926995 4.151361465454102 35.500868955403696 139.80843942306828 3.7990347743034363 35.50086625602324 139.80843304983816 3.799017012119293</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5acd8d8e-37f9-43b9-ad71-ead739f6f7a3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086895584728 139.80843942926995 4.151361465454102 35.5008659217358 139.80843826718512 4.151403903961182 35.50086351782491 139.80843978169344 4.151461839675903 35.50079877730356 139.80848131593794 4.153030872344971 35.50079637408477 139.80848283212114 4.153088808059692 35.50079541966208 139.80848655935316 4.153143405914307 35.50086895584728 139.80843942926995 4.151361465454102</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9ebfdb58-bc90-4e06-8093-2b55bf6ff501">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079541158355 139.80848655834745 3.8008164763450623 35.50079541966208 139.80848655935316 4.153143405914307 35.50079271438283 139.80848018856233 4.153125762939453 35.50079271217454 139.80848018513979 3.800798714160919 35.50079541158355 139.80848655834745 3.8008164763450623</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0ec66b98-c110-430c-9e13-0b0bcf114743">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086625244247 139.80843305760285 4.151343822479248 35.50086625602324 139.80843304983816 3.799017012119293 35.50079271217454 139.80848018513979 3.800798714160919 35.50079271438283 139.80848018856233 4.153125762939453 35.50086625244247 139.80843305760285 4.151343822479248</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-73d44455-64b8-46da-9990-265b040b3576">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865297517855 139.8084367855236 4.151399612426758 35.5008659217358 139.80843826718512 4.151403903961182 35.50086895584728 139.80843942926995 4.151361465454102 35.50086625244247 139.80843305760285 4.151343822479248 35.500865297517855 139.8084367855236 4.151399612426758</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2e5d1da1-2157-4524-90f1-590202f4106f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086352546196 139.80843977501928 9.489180326461792 35.50086351782491 139.80843978169344 4.151461839675903 35.5008659217358 139.80843826718512 4.151403903961182 35.50086592938048 139.8084382605061 9.489123582839966 35.50086352546196 139.80843977501928 9.489180326461792</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a7b69d67-3ec7-45d9-86be-18a14bf75492">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086289360697 139.80843830003195 4.1514575481414795 35.50079815229523 139.8084798344677 4.153026580810547 35.50079877730356 139.80848131593794 4.153030872344971 35.50086351782491 139.80843978169344 4.151461839675903 35.50086289360697 139.80843830003195 4.1514575481414795</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-439f1800-1b40-44f7-a57c-7898f21dffae">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079638171271 139.80848282544835 9.490770101547241 35.50079637408477 139.80848283212114 4.153088808059692 35.50079877730356 139.80848131593794 4.153030872344971 35.50079878493148 139.80848130926512 9.490713357925415 35.50079638171271 139.80848282544835 9.490770101547241</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-225f88af-a49a-46c6-a590-e8123c396fbb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079637408477 139.80848283212114 4.153088808059692 35.50079574907672 139.80848135065156 4.1530845165252686 35.50079271438283 139.80848018856233 4.153125762939453 35.50079541966208 139.80848655935316 4.153143405914307 35.50079637408477 139.80848283212114 4.153088808059692</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-66eb6b7e-d363-4bd0-87fc-5e99c194bc26">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079271438283 139.80848018856233 4.153125762939453 35.50079574907672 139.80848135065156 4.1530845165252686 35.50079815229523 139.8084798344677 4.153026580810547 35.50086289360697 139.80843830003195 4.1514575481414795 35.500865297517855 139.8084367855236 4.151399612426758 35.50086625244247 139.80843305760285 4.151343822479248 35.50079271438283 139.80848018856233 4.153125762939453</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1933b6a1-90ad-48e1-9b6d-1848085a3006">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086592938048 139.8084382605061 9.489123582839966 35.5008659217358 139.80843826718512 4.151403903961182 35.500865297517855 139.8084367855236 4.151399612426758 35.50086530516253 139.80843677884462 9.489123582839966 35.50086592938048 139.8084382605061 9.489123582839966</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ff202e18-0ff9-4767-b9c9-a6e465b14ac8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086290124402 139.80843829335782 9.489180326461792 35.50086289360697 139.80843830003195 4.1514575481414795 35.50086351782491 139.80843978169344 4.151461839675903 35.50086352546196 139.80843977501928 9.489180326461792 35.50086290124402 139.80843829335782 9.489180326461792</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3d6f9e85-d31f-45aa-a7cd-c905a1c09985">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079878493148 139.80848130926512 9.490713357925415 35.50079877730356 139.80848131593794 4.153030872344971 35.50079815229523 139.8084798344677 4.153026580810547 35.50079815992317 139.80847982779488 9.490713357925415 35.50079878493148 139.80848130926512 9.490713357925415</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2b3108be-a537-454c-b07d-55ae119bdb7d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500795756704406 139.80848134397817 9.490770101547241 35.50079574907672 139.80848135065156 4.1530845165252686 35.50079637408477 139.80848283212114 4.153088808059692 35.50079638171271 139.80848282544835 9.490770101547241 35.500795756704406 139.80848134397817 9.490770101547241</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-48030f91-4cb0-496b-9432-e9a7d87dd92e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079815992317 139.80847982779488 9.490713357925415 35.50079815229523 139.8084798344677 4.153026580810547 35.50079574907672 139.80848135065156 4.1530845165252686 35.500795756704406 139.80848134397817 9.490770101547241 35.50079815992317 139.80847982779488 9.490713357925415</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-da2ab35b-5a2b-41c9-8e33-9c08c774ac0b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086530516253 139.80843677884462 9.489123582839966 35.500865297517855 139.8084367855236 4.151399612426758 35.50086289360697 139.80843830003195 4.1514575481414795 35.50086290124402 139.80843829335782 9.489180326461792 35.50086530516253 139.80843677884462 9.489123582839966</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-942f1b71-5107-4908-8dfd-4835156fdb8f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500876448048935 139.80843465856066 4.1513402462005615 35.50087645466992 139.80843466279532 3.7990142703056335 35.50094720289183 139.80838931484746 3.798980176448822 35.50094719141937 139.80838931216675 4.151306390762329 35.500876448048935 139.80843465856066 4.1513402462005615</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1a93468c-5346-49e5-ae48-a8ada75ee60f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094719141937 139.80838931216675 4.151306390762329 35.500944161236625 139.80838815009804 4.1513142585754395 35.50094175308747 139.80838965453344 4.151315450668335 35.50087981290498 139.80842942184887 4.1513447761535645 35.500877405013725 139.8084309269121 4.15134596824646 35.500876448048935 139.80843465856066 4.1513402462005615 35.50094719141937 139.80838931216675 4.151306390762329</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d30f6ae4-9967-42a6-93d2-0d3d3c760278">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087645466992 139.80843466279532 3.7990142703056335 35.500876448048935 139.80843465856066 4.1513402462005615 35.50087375703621 139.80842828745125 4.151357173919678 35.50087375535099 139.80842828952777 3.79903107881546 35.50087645466992 139.80843466279532 3.7990142703056335</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8339ca1f-ae6f-47b0-bf93-82c3e85abdf3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087645466992 139.80843466279532 3.7990142703056335 35.50087645396731 139.80843466159646 -2.199983835220337 35.50094720217827 139.80838931365702 -2.2000176906585693 35.50094720289183 139.80838931484746 3.798980176448822 35.50087645466992 139.80843466279532 3.7990142703056335</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c681937a-06ca-4b3b-a9a1-eb8f06eaee93">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500944503546776 139.80838294158835 3.7989969849586487 35.50094450117888 139.80838294084734 4.151323318481445 35.50094719141937 139.80838931216675 4.151306390762329 35.50094720289183 139.80838931484746 3.798980176448822 35.500944503546776 139.80838294158835 3.7989969849586487</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-39d7d399-1beb-4834-b0bd-61dba562491e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009435440535 139.80838667272238 4.151318073272705 35.500944161236625 139.80838815009804 4.1513142585754395 35.50094719141937 139.80838931216675 4.151306390762329 35.50094450117888 139.80838294084734 4.151323318481445 35.5009435440535 139.80838667272238 4.151318073272705</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-92f4bba7-1e99-4ec2-b1bb-f4d365569cd6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094175381935 139.808389655767 9.489033460617065 35.50094175308747 139.80838965453344 4.151315450668335 35.500944161236625 139.80838815009804 4.1513142585754395 35.500944161968505 139.8083881513316 9.489032983779907 35.50094175381935 139.808389655767 9.489033460617065</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b171f499-2d42-4f44-9fee-643c0ab3ba3b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500941135904355 139.80838817715784 4.151319265365601 35.500879195374914 139.80842794442 4.15134859085083 35.50087981290498 139.80842942184887 4.1513447761535645 35.50094175308747 139.80838965453344 4.151315450668335 35.500941135904355 139.80838817715784 4.151319265365601</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f5c5422b-f126-4b17-b36a-78c19d3ecdf8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087740574917 139.80843092814268 9.489042043685913 35.500877405013725 139.8084309269121 4.15134596824646 35.50087981290498 139.80842942184887 4.1513447761535645 35.50087981364042 139.80842942307945 9.489041566848755 35.50087740574917 139.80843092814268 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-19b890fa-3e59-4c59-bd55-7d33441065c9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500877405013725 139.8084309269121 4.15134596824646 35.50087678748369 139.80842944948327 4.151349782943726 35.50087375703621 139.80842828745125 4.151357173919678 35.500876448048935 139.80843465856066 4.1513402462005615 35.500877405013725 139.8084309269121 4.15134596824646</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f64b6fc1-709f-45ec-a270-3b5d86e185c5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087645396731 139.80843466159646 -2.199983835220337 35.50087645466992 139.80843466279532 3.7990142703056335 35.50087375535099 139.80842828952777 3.79903107881546 35.5008737546336 139.80842828833977 -2.1999671459198 35.50087645396731 139.80843466159646 -2.199983835220337</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-22332353-1257-46f7-9b39-386051b2e4f9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087375535099 139.80842828952777 3.79903107881546 35.50087375703621 139.80842828745125 4.151357173919678 35.50094450117888 139.80838294084734 4.151323318481445 35.500944503546776 139.80838294158835 3.7989969849586487 35.50087375535099 139.80842828952777 3.79903107881546</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3cac4c7f-da9c-4cbe-99d7-d681c5be78ba">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500944502832844 139.80838294039705 -2.2000010013580322 35.500944503546776 139.80838294158835 3.7989969849586487 35.50094720289183 139.80838931484746 3.798980176448822 35.50094720217827 139.80838931365702 -2.2000176906585693 35.500944502832844 139.80838294039705 -2.2000010013580322</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b72083f6-982d-4e95-bb0d-93f5c341bc21">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087375703621 139.80842828745125 4.151357173919678 35.50087678748369 139.80842944948327 4.151349782943726 35.500879195374914 139.80842794442 4.15134859085083 35.500941135904355 139.80838817715784 4.151319265365601 35.5009435440535 139.80838667272238 4.151318073272705 35.50094450117888 139.80838294084734 4.151323318481445 35.50087375703621 139.80842828745125 4.151357173919678</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-61174c72-9838-4724-aaae-6e89561151b4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500944161968505 139.8083881513316 9.489032983779907 35.500944161236625 139.80838815009804 4.1513142585754395 35.5009435440535 139.80838667272238 4.151318073272705 35.50094354478537 139.80838667395597 9.489032983779907 35.500944161968505 139.8083881513316 9.489032983779907</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c7682002-fe25-430d-b914-4307a91961fd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094113663624 139.8083881783914 9.489033460617065 35.500941135904355 139.80838817715784 4.151319265365601 35.50094175308747 139.80838965453344 4.151315450668335 35.50094175381935 139.808389655767 9.489033460617065 35.50094113663624 139.8083881783914 9.489033460617065</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-24c3cb45-ec55-4860-90b3-90dc2358c97b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087981364042 139.80842942307945 9.489041566848755 35.50087981290498 139.80842942184887 4.1513447761535645 35.500879195374914 139.80842794442 4.15134859085083 35.50087919611037 139.80842794565058 9.489041566848755 35.50087981364042 139.80842942307945 9.489041566848755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ab9cc74d-7b21-4c92-a556-88f9efa790db">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087678821914 139.80842945071385 9.489042043685913 35.50087678748369 139.80842944948327 4.151349782943726 35.500877405013725 139.8084309269121 4.15134596824646 35.50087740574917 139.80843092814268 9.489042043685913 35.50087678821914 139.80842945071385 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f8576232-0155-451e-971d-fde530cdb47b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5008737546336 139.80842828833977 -2.1999671459198 35.50087375535099 139.80842828952777 3.79903107881546 35.500944503546776 139.80838294158835 3.7989969849586487 35.500944502832844 139.80838294039705 -2.2000010013580322 35.5008737546336 139.80842828833977 -2.1999671459198</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-069f1872-f83f-4f45-9404-03c64377a3e2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087919611037 139.80842794565058 9.489041566848755 35.500879195374914 139.80842794442 4.15134859085083 35.50087678748369 139.80842944948327 4.151349782943726 35.50087678821914 139.80842945071385 9.489042043685913 35.50087919611037 139.80842794565058 9.489041566848755</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-859e832e-beb6-4c5d-a7d3-6d4a33ad9d07">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094354478537 139.80838667395597 9.489032983779907 35.5009435440535 139.80838667272238 4.151318073272705 35.500941135904355 139.80838817715784 4.151319265365601 35.50094113663624 139.8083881783914 9.489033460617065 35.50094354478537 139.80838667395597 9.489032983779907</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7ff55fdc-d657-496f-8a9e-2700a76d9f9f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102828629813 139.80833741153543 -2.1991875171661377 35.50102827869474 139.80833741493475 3.8005968928337097 35.500954702574724 139.80838455519807 3.7990015149116516 35.50095471018709 139.80838455178568 -2.2007830142974854 35.50102828629813 139.80833741153543 -2.1991875171661377</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-04a4a5ca-abcc-4612-b7a0-68805e6c2e13">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102558674424 139.80833103840214 -2.199201822280884 35.501025579133234 139.8083310418063 3.800582528114319 35.50102827869474 139.80833741493475 3.8005968928337097 35.50102828629813 139.80833741153543 -2.1991875171661377 35.50102558674424 139.80833103840214 -2.199201822280884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-99ecfcd6-008c-4e70-b835-76aeee77a7d4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095470728243 139.8083845562945 4.151326894760132 35.500954702574724 139.80838455519807 3.7990015149116516 35.50102827869474 139.80833741493475 3.8005968928337097 35.5010282784253 139.80833741179012 4.152922868728638 35.50095470728243 139.8083845562945 4.151326894760132</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a09e415d-e956-4ed0-8d2d-c584b6f24584">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095471018709 139.80838455178568 -2.2007830142974854 35.500954702574724 139.80838455519807 3.7990015149116516 35.50095200302712 139.8083781820666 3.798987030982971 35.500952010644404 139.80837817865438 -2.2007973194122314 35.50095471018709 139.80838455178568 -2.2007830142974854</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5ffa1b08-102c-4a43-bdb0-e461ede12feb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501025579133234 139.8083310418063 3.800582528114319 35.50102558674424 139.80833103840214 -2.199201822280884 35.500952010644404 139.80837817865438 -2.2007973194122314 35.50095200302712 139.8083781820666 3.798987030982971 35.501025579133234 139.8083310418063 3.800582528114319</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-12a173c8-448d-4c8d-88e2-49fa5ad6861c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501025579133234 139.8083310418063 3.800582528114319 35.5010282784253 139.80833741179012 4.152922868728638 35.50102827869474 139.80833741493475 3.8005968928337097 35.501025579133234 139.8083310418063 3.800582528114319</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-64c28788-adf4-43f2-bdd1-d7737e0d4111">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5010282784253 139.80833741179012 4.152922868728638 35.501025249658575 139.8083362491117 4.152873992919922 35.501022840024945 139.80833774995878 4.152821779251099 35.50095807221357 139.80837931966784 4.151417016983032 35.500955664477175 139.80838082509587 4.151365280151367 35.50095470728243 139.8083845562945 4.151326894760132 35.5010282784253 139.80833741179012 4.152922868728638</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-153b2ec4-3f5f-4a74-876a-6851fbb05bbc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500954702574724 139.80838455519807 3.7990015149116516 35.50095470728243 139.8083845562945 4.151326894760132 35.50095201551271 139.8083781835175 4.151312351226807 35.50095200302712 139.8083781820666 3.798987030982971 35.500954702574724 139.80838455519807 3.7990015149116516</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-364862a6-493f-4c39-ad26-b76b3a485b38">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095200302712 139.8083781820666 3.798987030982971 35.50095201551271 139.8083781835175 4.151312351226807 35.50102559358097 139.80833104109146 4.1529083251953125 35.501025579133234 139.8083310418063 3.800582528114319 35.50095200302712 139.8083781820666 3.798987030982971</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2fc1685b-a8af-47e3-b71a-4b6c2e5fe76f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501025579133234 139.8083310418063 3.800582528114319 35.50102559358097 139.80833104109146 4.1529083251953125 35.5010282784253 139.80833741179012 4.152922868728638 35.501025579133234 139.8083310418063 3.800582528114319</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9477de99-c7e5-47c0-aa43-7aba9d0f9257">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501024635232824 139.80833477390837 4.1528706550598145 35.501025249658575 139.8083362491117 4.152873992919922 35.5010282784253 139.80833741179012 4.152922868728638 35.50102559358097 139.80833104109146 4.1529083251953125 35.501024635232824 139.80833477390837 4.1528706550598145</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7ef3a8a0-0fb1-483e-8368-9b31d49b3663">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102283209351 139.80833775345235 9.490508794784546 35.501022840024945 139.80833774995878 4.152821779251099 35.501025249658575 139.8083362491117 4.152873992919922 35.50102524173477 139.80833625260044 9.490559816360474 35.50102283209351 139.80833775345235 9.490508794784546</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e880dce8-c385-4a41-81ff-3b54be32f70e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501022225599215 139.80833627475548 4.152818441390991 35.50095745386797 139.8083778407402 4.151414155960083 35.50095807221357 139.80837931966784 4.151417016983032 35.501022840024945 139.80833774995878 4.152821779251099 35.501022225599215 139.80833627475548 4.152818441390991</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e70ec92e-2457-4a4b-b66e-fa29e1dc6d1d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500955656616036 139.80838082869656 9.489071607589722 35.500955664477175 139.80838082509587 4.151365280151367 35.50095807221357 139.80837931966784 4.151417016983032 35.500958064351956 139.80837932326884 9.489123106002808 35.500955656616036 139.80838082869656 9.489071607589722</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-19f3aafb-01c1-41bc-8aff-36fb0bad6ced">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500955664477175 139.80838082509587 4.151365280151367 35.50095504613159 139.80837934616827 4.151362180709839 35.50095201551271 139.8083781835175 4.151312351226807 35.50095470728243 139.8083845562945 4.151326894760132 35.500955664477175 139.80838082509587 4.151365280151367</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7a451350-c70d-4191-a446-47eddb355cd2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095201551271 139.8083781835175 4.151312351226807 35.50095504613159 139.80837934616827 4.151362180709839 35.50095745386797 139.8083778407402 4.151414155960083 35.501022225599215 139.80833627475548 4.152818441390991 35.501024635232824 139.80833477390837 4.1528706550598145 35.50102559358097 139.80833104109146 4.1529083251953125 35.50095201551271 139.8083781835175 4.151312351226807</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d68affee-7c7c-4f48-9d4a-c74aa3d6ef1e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102524173477 139.80833625260044 9.490559816360474 35.501025249658575 139.8083362491117 4.152873992919922 35.501024635232824 139.80833477390837 4.1528706550598145 35.501024627309015 139.8083347773971 9.490560293197632 35.50102524173477 139.80833625260044 9.490559816360474</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0bdc3176-8de8-4cdb-8deb-98c3d86c3ba5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102221766778 139.80833627824907 9.490508794784546 35.501022225599215 139.80833627475548 4.152818441390991 35.501022840024945 139.80833774995878 4.152821779251099 35.50102283209351 139.80833775345235 9.490508794784546 35.50102221766778 139.80833627824907 9.490508794784546</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f3405e57-c2ad-47d4-a129-e57e1c8e0df8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500958064351956 139.80837932326884 9.489123106002808 35.50095807221357 139.80837931966784 4.151417016983032 35.50095745386797 139.8083778407402 4.151414155960083 35.500957446007305 139.8083778443406 9.489123106002808 35.500958064351956 139.80837932326884 9.489123106002808</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-09c0ca32-4386-4974-8953-4b489177be9c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095503827093 139.80837934976867 9.48907208442688 35.50095504613159 139.80837934616827 4.151362180709839 35.500955664477175 139.80838082509587 4.151365280151367 35.500955656616036 139.80838082869656 9.489071607589722 35.50095503827093 139.80837934976867 9.48907208442688</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-095e23f1-97fc-45bf-939c-a099d3790558">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500957446007305 139.8083778443406 9.489123106002808 35.50095745386797 139.8083778407402 4.151414155960083 35.50095504613159 139.80837934616827 4.151362180709839 35.50095503827093 139.80837934976867 9.48907208442688 35.500957446007305 139.8083778443406 9.489123106002808</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d2522c4c-cc9b-4d5d-b716-6faa52c341fd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501024627309015 139.8083347773971 9.490560293197632 35.501024635232824 139.80833477390837 4.1528706550598145 35.501022225599215 139.80833627475548 4.152818441390991 35.50102221766778 139.80833627824907 9.490508794784546 35.501024627309015 139.8083347773971 9.490560293197632</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-33924228-0bd0-4741-bacb-b3ace354c3e5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080058933163 139.80848962581388 6.645852088928223 35.50080058933213 139.80848962581504 9.490852117538452 35.50080292652159 139.80849513174672 9.490852117538452 35.50080292652159 139.80849513174672 6.645852088928223 35.50080058933163 139.80848962581388 6.645852088928223</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-27f5d01b-09ca-4ac1-bb43-c7a88f3ea955">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50088396936406 139.80844323538722 6.644041538238525 35.50088396936406 139.80844323538722 9.489042043685913 35.50087036880506 139.80845186887407 9.489042043685913 35.5008703688117 139.80845186886688 6.6440417766571045 35.50088396936406 139.80844323538722 6.644041538238525</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7766d68c-cfb7-417f-a91b-d6cf0872b797">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500881632158986 139.80843772946585 6.644041538238525 35.500881632158986 139.80843772946585 9.489042043685913 35.50088396936406 139.80844323538722 9.489042043685913 35.50088396936406 139.80844323538722 6.644041538238525 35.500881632158986 139.80843772946585 6.644041538238525</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-480d8d1a-f900-4982-873a-7837b2ecd3ea">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500962217157166 139.808393127846 6.64403223991394 35.500962217157166 139.808393127846 9.489032506942749 35.50094861660766 139.80840176134606 9.489032506942749 35.50094861660667 139.80840176134373 6.64403223991394 35.500962217157166 139.808393127846 6.64403223991394</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1f184e14-5dae-4269-b88d-5b258b89a213">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095987996262 139.80838762190524 6.64403223991394 35.50095987996312 139.80838762190638 9.489032506942749 35.500962217157166 139.808393127846 9.489032506942749 35.500962217157166 139.808393127846 6.64403223991394 35.50095987996262 139.80838762190524 6.64403223991394</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cc608ab1-d634-4158-9a17-0681295976d3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080292652159 139.80849513174672 6.645852088928223 35.50080292652159 139.80849513174672 3.8008519411087036 35.50087036880506 139.80845186887407 3.799041986465454 35.5008703688117 139.80845186886688 6.6440417766571045 35.50080292652159 139.80849513174672 6.645852088928223</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-89ff5dc6-eecd-46bc-ba0d-62fc509a2dbb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500868031613656 139.808446362939 6.644042015075684 35.500868031613656 139.808446362939 3.799041986465454 35.50080058933163 139.80848962581388 3.8008520007133484 35.50080058933163 139.80848962581388 6.645852088928223 35.500868031613656 139.808446362939 6.644042015075684</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-44977c76-c894-4f8d-97f1-5ff8f30c4e4b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094861660766 139.80840176134606 3.799032688140869 35.50094861660667 139.80840176134373 6.64403223991394 35.50088396936406 139.80844323538722 6.644041538238525 35.50088396936406 139.80844323538722 3.799041986465454 35.50094861660766 139.80840176134606 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-121fe868-ae67-45bf-98ed-fb05de81ca84">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094627936676 139.80839625341915 6.644027948379517 35.50094627936728 139.80839625543825 3.799033224582672 35.500881632158986 139.80843772946585 3.799041986465454 35.500881632158986 139.80843772946585 6.644041538238525 35.50094627936676 139.80839625341915 6.644027948379517</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ff5312c5-c6fc-4a9b-8774-77a247801c28">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102969243189 139.80834986180346 3.800599694252014 35.501029692414654 139.8083498618085 6.645599126815796 35.500962217157166 139.808393127846 6.64403223991394 35.500962217157166 139.808393127846 3.799032688140869 35.50102969243189 139.80834986180346 3.800599694252014</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-78cf3cd3-6a7c-49b3-bb2e-19e303b8ef4c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102735521965 139.8083443558679 6.645599365234375 35.50102735523638 139.80834435586166 3.800599455833435 35.50095987996312 139.80838762190638 3.799032688140869 35.50095987996262 139.80838762190524 6.64403223991394 35.50102735521965 139.8083443558679 6.645599365234375</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ccdb47a2-1a7c-484e-84cd-00de7c6baf4e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50080058933163 139.80848962581388 3.8008520007133484 35.500868031613656 139.808446362939 3.799041986465454 35.50087036880506 139.80845186887407 3.799041986465454 35.50080292652159 139.80849513174672 3.8008519411087036 35.50080058933163 139.80848962581388 3.8008520007133484</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5eb975d2-c5ae-4573-aa4d-6b509de2f979">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500881632158986 139.80843772946585 3.799041986465454 35.50094627936728 139.80839625543825 3.799033224582672 35.50094861660766 139.80840176134606 3.799032688140869 35.50088396936406 139.80844323538722 3.799041986465454 35.500881632158986 139.80843772946585 3.799041986465454</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e87ebd44-4491-4591-bf49-0eb652a5d789">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095987996312 139.80838762190638 3.799032688140869 35.50102735523638 139.80834435586166 3.800599455833435 35.50102969243189 139.80834986180346 3.800599694252014 35.500962217157166 139.808393127846 3.799032688140869 35.50095987996312 139.80838762190638 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-95343d22-a7aa-4b7b-8b80-0d4a5988a9a3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500868031613656 139.808446362939 6.644042015075684 35.50080058933163 139.80848962581388 6.645852088928223 35.50080292652159 139.80849513174672 6.645852088928223 35.5008703688117 139.80845186886688 6.6440417766571045 35.500868031613656 139.808446362939 6.644042015075684</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b52da074-b272-4aec-93f1-5e9367e7efb6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50088396936406 139.80844323538722 6.644041538238525 35.50094861660667 139.80840176134373 6.64403223991394 35.50094627936676 139.80839625341915 6.644027948379517 35.500881632158986 139.80843772946585 6.644041538238525 35.50088396936406 139.80844323538722 6.644041538238525</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0bb42008-2b34-4ee9-914d-41409650312e">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500962217157166 139.808393127846 6.64403223991394 35.501029692414654 139.8083498618085 6.645599126815796 35.50102735521965 139.8083443558679 6.645599365234375 35.50095987996262 139.80838762190524 6.64403223991394 35.500962217157166 139.808393127846 6.64403223991394</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-54537d4e-29df-40c5-af1e-1b5fda438078">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50085604941086 139.80840630155097 9.889042139053345 35.50078049859995 139.8084547256775 9.890852212905884 35.50078528893267 139.8084516553263 10.490737199783325 35.500851259162296 139.80840937185192 10.48915696144104 35.50085604941086 139.80840630155097 9.889042139053345</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-924311b5-8e7b-45c9-aaa5-c772e7598c22">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078049859995 139.8084547256775 9.890852212905884 35.50078049878108 139.80845472555657 12.720825433731079 35.5007852890385 139.80845165525616 12.120710611343384 35.50078528893267 139.8084516553263 10.490737199783325 35.50078049859995 139.8084547256775 9.890852212905884</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b6cb08ff-8268-40ed-aca5-81746d05ea9a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078049878108 139.80845472555657 12.720825433731079 35.50085604959962 139.80840630142524 12.719016313552856 35.50085125926812 139.8084093717818 12.119131326675415 35.5007852890385 139.80845165525616 12.120710611343384 35.50078049878108 139.80845472555657 12.720825433731079</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8dc54fad-c20d-4f67-975f-0855f4faeee4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50085604959962 139.80840630142524 12.719016313552856 35.50085604941086 139.80840630155097 9.889042139053345 35.500851259162296 139.80840937185192 10.48915696144104 35.50085125926812 139.8084093717818 12.119131326675415 35.50085604959962 139.80840630142524 12.719016313552856</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a4f1bbab-4db7-4255-a287-25830dbcd470">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093989488272 139.80835264061648 12.719005823135376 35.50101542177458 139.80830424587248 12.720572710037231 35.50101063114382 139.80830731552976 12.120473146438599 35.500944685438675 139.80834957101584 12.119105577468872 35.50093989488272 139.80835264061648 12.719005823135376</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-aaf2c17c-42f5-4f3d-93e0-59ef3df52df1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101542177458 139.80830424587248 12.720572710037231 35.50101542158582 139.80830424599822 9.890599489212036 35.50101063103037 139.8083073156047 10.490500211715698 35.50101063114382 139.80830731552976 12.120473146438599 35.50101542177458 139.80830424587248 12.720572710037231</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1f0b46e7-a965-4a16-9ca0-ccbed632cd85">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50101542158582 139.80830424599822 9.890599489212036 35.50093989470015 139.80835264073832 9.88903260231018 35.50094468533285 139.80834957108596 10.489132165908813 35.50101063103037 139.8083073156047 10.490500211715698 35.50101542158582 139.80830424599822 9.890599489212036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bba6e13a-e921-45f8-8604-f74d60db9eec">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093989470015 139.80835264073832 9.88903260231018 35.50093989488272 139.80835264061648 12.719005823135376 35.500944685438675 139.80834957101584 12.119105577468872 35.50094468533285 139.80834957108596 10.489132165908813 35.50093989470015 139.80835264073832 9.88903260231018</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-89036c47-fa9a-4b9a-bcdc-43c707f93d2a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086164761952 139.80840274786016 12.71901535987854 35.50093429676999 139.8083561942514 12.719005823135376 35.50092950620148 139.80835926405453 12.119006395339966 35.50086643811318 139.80839967811337 12.119014978408813 35.50086164761952 139.80840274786016 12.71901535987854</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-81367889-2d0c-48b8-b1b1-e73b36b6e37b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093429676999 139.8083561942514 12.719005823135376 35.50093429658742 139.80835619437318 9.88903260231018 35.5009295060966 139.80835926412408 10.489032983779907 35.50092950620148 139.80835926405453 12.119006395339966 35.50093429676999 139.8083561942514 12.719005823135376</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8c541fe7-13f4-459b-965b-9bbe2fda80c0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50093429658742 139.80835619437318 9.88903260231018 35.50086164743076 139.8084027479859 9.889042139053345 35.50086643799972 139.80839967818835 10.489041566848755 35.5009295060966 139.80835926412408 10.489032983779907 35.50093429658742 139.80835619437318 9.88903260231018</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3bbd9c9c-d9fa-44f1-a087-a752fd7a0741">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086164743076 139.8084027479859 9.889042139053345 35.50086164761952 139.80840274786016 12.71901535987854 35.50086643811318 139.80839967811337 12.119014978408813 35.50086643799972 139.80839967818835 10.489041566848755 35.50086164743076 139.8084027479859 9.889042139053345</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-990b599d-51e8-497f-857f-d8012c1df405">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086867796514 139.8084454926953 7.904038667678833 35.50086867796662 139.80844549269884 3.799058258533478 35.50087187732773 139.8084434594888 3.799041986465454 35.50087187732626 139.80844345948532 7.904022455215454 35.50086867796514 139.8084454926953 7.904038667678833</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-85203a30-8c7d-4a0a-8bc2-eca852ec098c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086867796662 139.80844549269884 3.799058258533478 35.50086701687994 139.80844157950315 3.799058258533478 35.50086701687994 139.80844157950315 2.9490582262988028 35.500867009947676 139.80844158400433 -2.1999638080596924 35.50086867798406 139.80844549267144 -2.199963331222534 35.50086867796662 139.80844549269884 3.799058258533478</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cd93a9b3-3847-4b57-9e67-9743588a1ca5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086867796662 139.80844549269884 3.799058258533478 35.50086867798406 139.80844549267144 -2.199963331222534 35.50087187734518 139.80844345946147 -2.199979543685913 35.50087187733488 139.80844345948282 2.9490419821813703 35.50087187732773 139.8084434594888 3.799041986465454 35.50086867796662 139.80844549269884 3.799058258533478</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-67104c33-1d27-4af5-a3bd-827d908446d8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500789635548095 139.8084757841585 3.8008519411087036 35.50079363583291 139.8084732448242 3.800851821899414 35.50079046415265 139.80846577301105 3.8008520007133484 35.50078806456496 139.80846729624227 3.8008519411087036 35.50078682330914 139.8084643721045 3.8008519411087036 35.50078922289729 139.80846284887437 3.8008519411087036 35.50078818446065 139.80846040253616 3.8008519411087036 35.50078656783434 139.80845782057654 3.8008519411087036 35.50078432527899 139.80845606901065 3.8008520007133484 35.50078172806738 139.80845536103908 3.8008519411087036 35.50077908948453 139.80845578203142 3.8008519411087036 35.5007771085133 139.80845703927096 3.8008519411087036 35.50078288046173 139.808470629556 3.8008519411087036 35.500786354887914 139.8084683955426 3.8008519411087036 35.500789635548095 139.8084757841585 3.8008519411087036</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8b915bb6-6b71-4c8c-83de-f3cd6252a2f9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009501251273 139.80839335195142 3.799032688140869 35.50095012512754 139.80839335195125 7.904022455215454 35.50094692401548 139.8083953810761 7.902026891708374 35.500946924998786 139.8083953833612 3.7990201115608215 35.5009501251273 139.80839335195142 3.799032688140869</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f78d1653-c111-46cd-8f08-ac966d8677aa">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500946924999276 139.80839538336235 2.949020111482241 35.50094692611319 139.8083953859865 -2.1999924182891846 35.50095012512704 139.8083933519501 -2.1999800205230713 35.50095012512704 139.8083933519501 2.9490326838567853 35.500946924999276 139.80839538336235 2.949020111482241</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-043a2cc5-45d6-4ec4-9bf6-0537955e450a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500949080739204 139.80837414435445 2.9490326838567853 35.50094908073815 139.80837414435194 3.799032688140869 35.5009522801668 139.80837211129054 3.79902184009552 35.50095228086829 139.80837211294167 2.9490326838567853 35.500949080739204 139.80837414435445 2.9490326838567853</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c307cece-1459-4398-b43c-c9ddc1c7445f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094892617594 139.80837378023523 -2.1999804973602295 35.500952926456605 139.80837124089277 -2.1999800205230713 35.50095292645423 139.80837124089578 2.9490326838567853 35.50094892617642 139.80837378023568 2.9490326838567853 35.50094892617594 139.80837378023523 -2.1999804973602295</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d13af1f8-c586-4709-a12d-477d76fac174">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870211997956 139.80843955069503 9.489042043685913 35.50087187732773 139.8084434594888 9.489042043685913 35.50086592938048 139.8084382605061 9.489123582839966 35.500870211997956 139.80843955069503 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-92a7394d-2157-40fb-b720-0da7352fd5c9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500866893441234 139.80843172545525 9.489042043685913 35.500870211997956 139.80843955069503 9.489042043685913 35.50086592938048 139.8084382605061 9.489123582839966 35.500866893441234 139.80843172545525 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-949fa7ff-3753-4fed-a66a-d68ab7c25b4c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500866893441234 139.80843172545525 9.489042043685913 35.50086592938048 139.8084382605061 9.489123582839966 35.50086530516253 139.80843677884462 9.489123582839966 35.500866893441234 139.80843172545525 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-09f6e545-cab9-4826-b30e-fe52327a5c56">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865232957715 139.80842780672265 9.489042043685913 35.500866893441234 139.80843172545525 9.489042043685913 35.50086530516253 139.80843677884462 9.489123582839966 35.500865232957715 139.80842780672265 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f979419d-c796-4ec0-bc53-a519ddcffc94">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086190569711 139.80841997143142 9.489042043685913 35.500865232957715 139.80842780672265 9.489042043685913 35.50086530516253 139.80843677884462 9.489123582839966 35.50086190569711 139.80841997143142 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9659f917-4932-4ae5-b91b-236f6cbdc48a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086290124402 139.80843829335782 9.489180326461792 35.50086352546196 139.80843977501928 9.489180326461792 35.50079878493148 139.80848130926512 9.490713357925415 35.50079815992317 139.80847982779488 9.490713357925415 35.50086290124402 139.80843829335782 9.489180326461792</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2cfea9f4-7f54-4252-8d1c-f603242046d1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079478908895 139.80848788694644 9.490852117538452 35.500791456216454 139.8084800622284 9.481703519821167 35.50079638171271 139.80848282544835 9.490770101547241 35.50079478908895 139.80848788694644 9.490852117538452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-376bfec5-2acc-4502-8d8b-2889640079a3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50079638171271 139.80848282544835 9.490770101547241 35.50079643448368 139.8084918010299 9.490852117538452 35.50079478908895 139.80848788694644 9.490852117538452 35.50079638171271 139.80848282544835 9.490770101547241</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-256b4731-53fd-4241-a041-d45800473ca4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500791456216454 139.8084800622284 9.481703519821167 35.500795756704406 139.80848134397817 9.490770101547241 35.50079638171271 139.80848282544835 9.490770101547241 35.500791456216454 139.8084800622284 9.481703519821167</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0074db7f-50e0-4c1c-960f-10ec356d1060">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500791456216454 139.8084800622284 9.481703519821167 35.50078979011134 139.80847614827715 9.490852117538452 35.500795756704406 139.80848134397817 9.490770101547241 35.500791456216454 139.8084800622284 9.481703519821167</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-33d26f48-4c8f-44bb-979d-6a370c82d287">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078979011134 139.80847614827715 9.490852117538452 35.50078635488841 139.80846839554377 9.490852117538452 35.500795756704406 139.80848134397817 9.490770101547241 35.50078979011134 139.80847614827715 9.490852117538452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b9767b29-8399-4a5e-9427-e295aff38e13">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078635488841 139.80846839554377 9.490852117538452 35.50086190569711 139.80841997143142 9.489042043685913 35.50086530516253 139.80843677884462 9.489123582839966 35.50086290124402 139.80843829335782 9.489180326461792 35.50079815992317 139.80847982779488 9.490713357925415 35.500795756704406 139.80848134397817 9.490770101547241 35.50078635488841 139.80846839554377 9.490852117538452</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8684b4ff-acb9-4feb-9657-adf7a0dcd3aa">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087678821914 139.80842945071385 9.489042043685913 35.50087250123476 139.8084281629017 9.489042043685913 35.500870832953716 139.80842425190278 9.489042043685913 35.50087678821914 139.80842945071385 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-9b554d7a-8e9d-483b-a3b8-e04e1d54e92f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500870832953716 139.80842425190278 9.489042043685913 35.500867503716904 139.80841641786583 9.489042043685913 35.50087678821914 139.80842945071385 9.489042043685913 35.500870832953716 139.80842425190278 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-db811664-6b8f-43cb-ba62-b0894becc9e6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087678821914 139.80842945071385 9.489042043685913 35.50087580828218 139.80843598804347 9.489042043685913 35.50087250123476 139.8084281629017 9.489042043685913 35.50087678821914 139.80842945071385 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-56c78b43-360c-4a68-a7f5-dbc242299f39">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50087678821914 139.80842945071385 9.489042043685913 35.50087740574917 139.80843092814268 9.489042043685913 35.50087580828218 139.80843598804347 9.489042043685913 35.50087678821914 139.80842945071385 9.489042043685913</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-58312244-c982-4041-88d3-d835c29dfcaa">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094113663624 139.8083881783914 9.489033460617065 35.50094175381935 139.808389655767 9.489033460617065 35.50087981364042 139.80842942307945 9.489041566848755 35.50087919611037 139.80842794565058 9.489041566848755 35.50094113663624 139.8083881783914 9.489033460617065</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d0091ad9-6225-4d90-abfa-6bae7ca08472">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094015288214 139.8083698642614 9.489032506942749 35.50094354478537 139.80838667395597 9.489032983779907 35.50094113663624 139.8083881783914 9.489033460617065 35.50087919611037 139.80842794565058 9.489041566848755 35.50087678821914 139.80842945071385 9.489042043685913 35.500867503716904 139.80841641786583 9.489042043685913 35.50094015288214 139.8083698642614 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-984c80bd-6042-4459-aed5-e0df0ba36415">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094015288214 139.8083698642614 9.489032506942749 35.500943480743466 139.8083776991789 9.489032506942749 35.50094354478537 139.80838667395597 9.489032983779907 35.50094015288214 139.8083698642614 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bf92b22b-f0e7-482b-901c-458d1516a2fc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500943480743466 139.8083776991789 9.489032506942749 35.50094513875189 139.80838161131388 9.489032506942749 35.50094354478537 139.80838667395597 9.489032983779907 35.500943480743466 139.8083776991789 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7a94de74-ff38-4a59-a76d-0c7df9bfe65c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094513875189 139.80838161131388 9.489032506942749 35.500944161968505 139.8083881513316 9.489032983779907 35.50094354478537 139.80838667395597 9.489032983779907 35.50094513875189 139.80838161131388 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-25cfb4d6-6d50-4db9-8fb8-2d4cc69fdfb7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094513875189 139.80838161131388 9.489032506942749 35.500948464790056 139.8083894361678 9.489032506942749 35.500944161968505 139.8083881513316 9.489032983779907 35.50094513875189 139.80838161131388 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c68e7283-8e64-4469-8a00-b27b5baff2b2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500948464790056 139.8083894361678 9.489032506942749 35.5009501251273 139.80839335195142 9.489032506942749 35.500944161968505 139.8083881513316 9.489032983779907 35.500948464790056 139.8083894361678 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-05595714-7356-45d6-a1e5-36e8fddf4f5f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009501251273 139.80839335195142 9.489032506942749 35.50094612484941 139.80839588725243 9.489032506942749 35.50094627936576 139.80839625140032 9.489032983779907 35.50094861660766 139.80840176134606 9.489032506942749 35.50088396936406 139.80844323538722 9.489042043685913 35.500881632158986 139.80843772946585 9.489042043685913 35.50088147760931 139.8084373653335 9.489042043685913 35.500877477324806 139.80843990467122 9.489042043685913 35.50087580828218 139.80843598804347 9.489042043685913 35.50087740574917 139.80843092814268 9.489042043685913 35.50087981364042 139.80842942307945 9.489041566848755 35.50094175381935 139.808389655767 9.489033460617065 35.500944161968505 139.8083881513316 9.489032983779907 35.5009501251273 139.80839335195142 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ee14ca19-aa8d-47fb-a9e9-6d77c83ec622">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102221766778 139.80833627824907 9.490508794784546 35.50102283209351 139.80833775345235 9.490508794784546 35.500958064351956 139.80837932326884 9.489123106002808 35.500957446007305 139.8083778443406 9.489123106002808 35.50102221766778 139.80833627824907 9.490508794784546</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f6b61765-0a4a-4c39-8a53-f69b9f52b842">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009540709315 139.80838588717765 9.489032506942749 35.50095503827093 139.80837934976867 9.48907208442688 35.500955656616036 139.80838082869656 9.489071607589722 35.5009540709315 139.80838588717765 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b2e3e424-78a1-43da-9319-6505f00e60aa">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009540709315 139.80838588717765 9.489032506942749 35.50095073540491 139.8083780600838 9.489032506942749 35.50095503827093 139.80837934976867 9.48907208442688 35.5009540709315 139.80838588717765 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6d021483-5292-4176-8335-3453c1111f7f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095503827093 139.80837934976867 9.48907208442688 35.50095073540491 139.8083780600838 9.489032506942749 35.50094908073815 139.80837414435194 9.489032506942749 35.50095503827093 139.80837934976867 9.48907208442688</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a0499f2a-b74c-4204-955f-44d0fa667df7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095503827093 139.80837934976867 9.48907208442688 35.50094908073815 139.80837414435194 9.489032506942749 35.50094575099551 139.80836631062778 9.489032506942749 35.50095503827093 139.80837934976867 9.48907208442688</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4aaf0d2f-516e-4446-b588-557d8e599805">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500962217157166 139.808393127846 9.489032506942749 35.50095987996312 139.80838762190638 9.489032506942749 35.500959725400016 139.80838725778816 9.489032506942749 35.50095572512306 139.80838979712672 9.489032506942749 35.500955656616036 139.80838082869656 9.489071607589722 35.500958064351956 139.80837932326884 9.489123106002808 35.50102283209351 139.80833775345235 9.490508794784546 35.50102524173477 139.80833625260044 9.490559816360474 35.50103120091442 139.80834145241326 9.490599393844604 35.50102720063967 139.80834399175558 9.490599393844604 35.5010273552029 139.80834435587406 9.490599393844604 35.5010296923984 139.80834986181583 9.490599393844604 35.500962217157166 139.808393127846 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-db1ef24f-5ac7-466a-a7c5-d71245cf9a28">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50095572512306 139.80838979712672 9.489032506942749 35.5009540709315 139.80838588717765 9.489032506942749 35.500955656616036 139.80838082869656 9.489071607589722 35.50095572512306 139.80838979712672 9.489032506942749</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e32b8f8a-3672-41e3-83a9-cb9239a26237">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501024627309015 139.8083347773971 9.490560293197632 35.50102221766778 139.80833627824907 9.490508794784546 35.500957446007305 139.8083778443406 9.489123106002808 35.50095503827093 139.80837934976867 9.48907208442688 35.50094575099551 139.80836631062778 9.489032506942749 35.50102127788374 139.8083179158988 9.490599393844604 35.501024627309015 139.8083347773971 9.490560293197632</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f3e52480-e60d-45ae-a839-f80f866415cd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501024627309015 139.8083347773971 9.490560293197632 35.50102127788374 139.8083179158988 9.490599393844604 35.50102455652271 139.8083257996271 9.490599393844604 35.501024627309015 139.8083347773971 9.490560293197632</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d35f09f7-b7cd-4171-afb2-6d48eb563bc7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501024627309015 139.8083347773971 9.490560293197632 35.50102455652271 139.8083257996271 9.490599393844604 35.50102622487996 139.8083297131081 9.490599393844604 35.501024627309015 139.8083347773971 9.490560293197632</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-72ba4351-4218-4b0c-ae6b-83b9b4a1e138">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501024627309015 139.8083347773971 9.490560293197632 35.50102622487996 139.8083297131081 9.490599393844604 35.50102953798552 139.80833753850774 9.490599393844604 35.501024627309015 139.8083347773971 9.490560293197632</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1fcc25ee-ee99-490f-92ac-c87d286d65e3">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102524173477 139.80833625260044 9.490559816360474 35.501024627309015 139.8083347773971 9.490560293197632 35.50102953798552 139.80833753850774 9.490599393844604 35.50102524173477 139.80833625260044 9.490559816360474</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0993491d-a64c-46f8-8c74-dc4ae81b584f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102524173477 139.80833625260044 9.490559816360474 35.50102953798552 139.80833753850774 9.490599393844604 35.50103120091442 139.80834145241326 9.490599393844604 35.50102524173477 139.80833625260044 9.490559816360474</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod3MultiSurface>
				</uro:WallSurface>
			</uro:boundedBy>
			<uro:boundedBy>
				<uro:RoofSurface gml:id="surface-a0766354-b665-436e-b4eb-d82993162da9">
					<uro:lod3MultiSurface>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a0766354-b665-436e-b4eb-d82993162da9">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50088982291788 139.8084569070165 12.71901535987854 35.50095447016326 139.80841543298513 12.719005823135376 35.50096807071182 139.80840679948795 12.719005823135376 35.501035545962665 139.80836353346302 12.720572710037231 35.501043139168374 139.808358713625 12.720572710037231 35.50103728579332 139.80834504185347 12.720572710037231 35.501024809971 139.80831563613702 12.720572710037231 35.5010189536726 139.80830196623543 12.720572710037231 35.50101542177458 139.80830424587248 12.720572710037231 35.50093989488272 139.80835264061648 12.719005823135376 35.50093429676999 139.8083561942514 12.719005823135376 35.50086164761952 139.80840274786016 12.71901535987854 35.50085604959962 139.80840630142524 12.719016313552856 35.50078049878108 139.80845472555657 12.720825433731079 35.50077702433964 139.80845695957947 12.720825433731079 35.50078288062884 139.8084706294477 12.720825433731079 35.500795319113216 139.8084999605755 12.720826387405396 35.50080117247093 139.8085136323173 12.720826387405396 35.500808780047706 139.80850880338292 12.720825433731079 35.50087622235792 139.8084655405017 12.719016313552856 35.50088982291788 139.8084569070165 12.71901535987854</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod3MultiSurface>
				</uro:RoofSurface>
			</uro:boundedBy>
			<uro:constructionInstallation>
				<uro:ConstructionInstallation gml:id="inst_a1ff6622-5622-4269-898e-abf0627c33ee">
					<uro:lod3Geometry>
						<gml:MultiSurface>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a8d4c193-3f5e-4881-9697-dbacc802bc12">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078466153572 139.80846862629323 4.116480350494385 35.50078452596084 139.80846853062798 4.116479873657227 35.50078442531744 139.80846838402883 4.116479873657227 35.5007843717453 139.80846820417776 4.116479873657227 35.500784371705855 139.80846801276368 4.116479873657227 35.50078442520386 139.8084678328796 4.116480350494385 35.50078452578708 139.80846768621842 4.116480350494385 35.500784661322655 139.8084675904709 4.116480350494385 35.50078481546371 139.80846755718468 4.116480350494385 35.50078496961902 139.8084675903759 4.116480350494385 35.50078510519497 139.8084676860385 4.116480350494385 35.50078520583756 139.80846783263902 4.116480350494385 35.50078525941031 139.8084680124901 4.116480350494385 35.5007852594501 139.80846820390417 4.116479873657227 35.500785205951416 139.80846838378955 4.116479873657227 35.50078510536873 139.80846853045074 4.116480350494385 35.50078496983255 139.80846862619822 4.116480350494385 35.500784815691354 139.80846865948317 4.116480350494385 35.50078466153572 139.80846862629323 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-68f2ce56-dfbe-47c5-8cdc-5a7b7b635ae1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500784815691354 139.80846865948317 4.116480350494385 35.50078496983255 139.80846862619822 4.116480350494385 35.50078496984327 139.80846862616932 9.897520542144775 35.50078481570222 139.80846865945554 9.897521018981934 35.500784815691354 139.80846865948317 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-91fc9989-6413-4c4e-b3d6-68d33ad0beec">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078496983255 139.80846862619822 4.116480350494385 35.50078510536873 139.80846853045074 4.116480350494385 35.5007851053795 139.80846853042183 9.897520542144775 35.50078496984327 139.80846862616932 9.897520542144775 35.50078496983255 139.80846862619822 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f120bba0-b44b-4a23-8156-01bb8626019b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078510536873 139.80846853045074 4.116480350494385 35.500785205951416 139.80846838378955 4.116479873657227 35.50078520596235 139.80846838376064 9.897520065307617 35.5007851053795 139.80846853042183 9.897520542144775 35.50078510536873 139.80846853045074 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-1f73283f-8c1b-464c-b7ec-9f04209fe27f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500785205951416 139.80846838378955 4.116479873657227 35.5007852594501 139.80846820390417 4.116479873657227 35.50078525946097 139.80846820387524 9.897521018981934 35.50078520596235 139.80846838376064 9.897520065307617 35.500785205951416 139.80846838378955 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-59de708a-f125-4149-8c5c-4369f660b4c0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5007852594501 139.80846820390417 4.116479873657227 35.50078525941031 139.8084680124901 4.116480350494385 35.50078525942133 139.8084680124625 9.897520065307617 35.50078525946097 139.80846820387524 9.897521018981934 35.5007852594501 139.80846820390417 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-60b1462f-1449-455b-8922-5bfa5ea4a55a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078525941031 139.8084680124901 4.116480350494385 35.50078520583756 139.80846783263902 4.116480350494385 35.500785205848835 139.8084678326101 9.897521018981934 35.50078525942133 139.8084680124625 9.897520065307617 35.50078525941031 139.8084680124901 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b918e55e-de1e-461d-9a03-e3d8c2786a76">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078520583756 139.80846783263902 4.116480350494385 35.50078510519497 139.8084676860385 4.116480350494385 35.50078510520602 139.80846768601094 9.897520065307617 35.500785205848835 139.8084678326101 9.897521018981934 35.50078520583756 139.80846783263902 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-dd17bfd1-0dfc-4f91-be72-53cdc3f2ae55">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078510519497 139.8084676860385 4.116480350494385 35.50078496961902 139.8084675903759 4.116480350494385 35.50078496962979 139.80846759034696 9.897520542144775 35.50078510520602 139.80846768601094 9.897520065307617 35.50078510519497 139.8084676860385 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f894fc69-0a9b-432a-942b-dc50725d2841">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078496961902 139.8084675903759 4.116480350494385 35.50078481546371 139.80846755718468 4.116480350494385 35.50078481547458 139.8084675571571 9.897520542144775 35.50078496962979 139.80846759034696 9.897520542144775 35.50078496961902 139.8084675903759 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-78b7a95c-358c-42b4-9541-1c5913de3a01">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078481546371 139.80846755718468 4.116480350494385 35.500784661322655 139.8084675904709 4.116480350494385 35.50078466133318 139.808467590442 9.897520065307617 35.50078481547458 139.8084675571571 9.897520542144775 35.50078481546371 139.80846755718468 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a36208be-c58f-4a06-92f8-b034a0ef11bd">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500784661322655 139.8084675904709 4.116480350494385 35.50078452578708 139.80846768621842 4.116480350494385 35.500784525797755 139.80846768618952 9.897520542144775 35.50078466133318 139.808467590442 9.897520065307617 35.500784661322655 139.8084675904709 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f6076433-3f16-4f1f-897c-9c48e23395bb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078452578708 139.80846768621842 4.116480350494385 35.50078442520386 139.8084678328796 4.116480350494385 35.50078442521467 139.80846783285068 9.897520542144775 35.500784525797755 139.80846768618952 9.897520542144775 35.50078452578708 139.80846768621842 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8cdb89f8-ef5a-4fde-bf30-3293fe12ea56">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078442520386 139.8084678328796 4.116480350494385 35.500784371705855 139.80846801276368 4.116479873657227 35.5007843717168 139.80846801273606 9.897520542144775 35.50078442521467 139.80846783285068 9.897520542144775 35.50078442520386 139.8084678328796 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-93d062a3-4252-4550-846f-9e6487714c75">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500784371705855 139.80846801276368 4.116479873657227 35.5007843717453 139.80846820417776 4.116479873657227 35.50078437175543 139.80846820415013 9.897520542144775 35.5007843717168 139.80846801273606 9.897520542144775 35.500784371705855 139.80846801276368 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-caf4b9ed-0984-459d-8baa-68225712e304">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5007843717453 139.80846820417776 4.116479873657227 35.50078442531744 139.80846838402883 4.116479873657227 35.50078442532745 139.80846838400123 9.897521018981934 35.50078437175543 139.80846820415013 9.897520542144775 35.5007843717453 139.80846820417776 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3da51215-05e0-436d-8c1b-405f486a7019">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078442531744 139.80846838402883 4.116479873657227 35.50078452596084 139.80846853062798 4.116479873657227 35.50078452597151 139.80846853059907 9.897520542144775 35.50078442532745 139.80846838400123 9.897521018981934 35.50078442531744 139.80846838402883 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ce000e8c-04e4-46a1-ad2f-34e2bd1541fc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078452596084 139.80846853062798 4.116479873657227 35.50078466153572 139.80846862629323 4.116480350494385 35.500784661547314 139.80846862626433 9.897520542144775 35.50078452597151 139.80846853059907 9.897520542144775 35.50078452596084 139.80846853062798 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-13b8c8aa-f113-4552-92b2-afdb208bcad2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50078466153572 139.80846862629323 4.116480350494385 35.500784815691354 139.80846865948317 4.116480350494385 35.50078481570222 139.80846865945554 9.897521018981934 35.500784661547314 139.80846862626433 9.897520542144775 35.50078466153572 139.80846862629323 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7e9bd9aa-e9e1-43f5-959b-befce264929b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500784661547314 139.80846862626433 9.897520542144775 35.50078481570222 139.80846865945554 9.897521018981934 35.50078496984327 139.80846862616932 9.897520542144775 35.5007851053795 139.80846853042183 9.897520542144775 35.50078520596235 139.80846838376064 9.897520065307617 35.50078525946097 139.80846820387524 9.897521018981934 35.50078525942133 139.8084680124625 9.897520065307617 35.500785205848835 139.8084678326101 9.897521018981934 35.50078510520602 139.80846768601094 9.897520065307617 35.50078496962979 139.80846759034696 9.897520542144775 35.50078481547458 139.8084675571571 9.897520542144775 35.50078466133318 139.808467590442 9.897520065307617 35.500784525797755 139.80846768618952 9.897520542144775 35.50078442521467 139.80846783285068 9.897520542144775 35.5007843717168 139.80846801273606 9.897520542144775 35.50078437175543 139.80846820415013 9.897520542144775 35.50078442532745 139.80846838400123 9.897521018981934 35.50078452597151 139.80846853059907 9.897520542144775 35.500784661547314 139.80846862626433 9.897520542144775</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-483b89d6-e2b8-4800-90d3-28de3b4965ca">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086556549965 139.80841692294175 4.116480350494385 35.50086542992474 139.8084168272765 4.116479873657227 35.50086532928129 139.80841668067725 4.116479873657227 35.50086527570907 139.80841650082604 4.116479873657227 35.50086527566953 139.80841630941177 4.116479873657227 35.50086532916747 139.80841612952747 4.116480350494385 35.50086542975062 139.8084159828661 4.116480350494385 35.50086556528615 139.8084158871184 4.116480350494385 35.50086571942719 139.80841585383203 4.116480350494385 35.500865873582505 139.8084158870232 4.116480350494385 35.50086600915851 139.80841598268583 4.116480350494385 35.50086610980115 139.8084161292864 4.116480350494385 35.50086616337397 139.8084163091376 4.116480350494385 35.50086616341384 139.80841650055189 4.116479873657227 35.500866109915236 139.8084166804375 4.116479873657227 35.50086600933262 139.80841682709888 4.116480350494385 35.500865873796485 139.80841692284656 4.116480350494385 35.5008657196553 139.8084169561316 4.116480350494385 35.50086556549965 139.80841692294175 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2256a281-cd2c-4a38-a54d-21c256de9d0b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5008657196553 139.8084169561316 4.116480350494385 35.500865873796485 139.80841692284656 4.116480350494385 35.50086587380719 139.80841692281763 9.897520542144775 35.50086571966616 139.808416956104 9.897521018981934 35.5008657196553 139.8084169561316 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f788b65c-c537-4927-987a-6a660695f2d7">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865873796485 139.80841692284656 4.116480350494385 35.50086600933262 139.80841682709888 4.116480350494385 35.50086600934339 139.80841682706998 9.897520542144775 35.50086587380719 139.80841692281763 9.897520542144775 35.500865873796485 139.80841692284656 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f3735ddc-5e9b-4e64-bca3-ef75549eee3b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086600933262 139.80841682709888 4.116480350494385 35.500866109915236 139.8084166804375 4.116479873657227 35.50086610992618 139.80841668040858 9.897520065307617 35.50086600934339 139.80841682706998 9.897520542144775 35.50086600933262 139.80841682709888 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bb7342c5-c6c8-4c7d-a7d7-8b8f6d4fb24b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500866109915236 139.8084166804375 4.116479873657227 35.50086616341384 139.80841650055189 4.116479873657227 35.50086616342471 139.80841650052298 9.897521018981934 35.50086610992618 139.80841668040858 9.897520065307617 35.500866109915236 139.8084166804375 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-b4c92101-8997-4478-b184-da26a4e5346d">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086616341384 139.80841650055189 4.116479873657227 35.50086616337397 139.8084163091376 4.116480350494385 35.500866163384984 139.80841630911002 9.897520065307617 35.50086616342471 139.80841650052298 9.897521018981934 35.50086616341384 139.80841650055189 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2a02f090-ed8a-4b70-9fc7-2aed56ed7ddb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086616337397 139.8084163091376 4.116480350494385 35.50086610980115 139.8084161292864 4.116480350494385 35.50086610981242 139.80841612925747 9.897521018981934 35.500866163384984 139.80841630911002 9.897520065307617 35.50086616337397 139.8084163091376 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-450fa60b-ad6b-4c0c-9fa3-4545afab4739">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086610980115 139.8084161292864 4.116480350494385 35.50086600915851 139.80841598268583 4.116480350494385 35.50086600916955 139.80841598265823 9.897520065307617 35.50086610981242 139.80841612925747 9.897521018981934 35.50086610980115 139.8084161292864 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7089f14a-cd2b-40a3-be33-a0bbc4e96548">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086600915851 139.80841598268583 4.116480350494385 35.500865873582505 139.8084158870232 4.116480350494385 35.500865873593284 139.80841588699428 9.897520542144775 35.50086600916955 139.80841598265823 9.897520065307617 35.50086600915851 139.80841598268583 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-bdbf9afc-a8fe-4d3e-919b-c80113af7ad4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865873582505 139.8084158870232 4.116480350494385 35.50086571942719 139.80841585383203 4.116480350494385 35.50086571943805 139.80841585380443 9.897520542144775 35.500865873593284 139.80841588699428 9.897520542144775 35.500865873582505 139.8084158870232 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ae46f8e1-335a-4f30-9655-134f8d764b4a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086571942719 139.80841585383203 4.116480350494385 35.50086556528615 139.8084158871184 4.116480350494385 35.500865565296664 139.8084158870895 9.897520065307617 35.50086571943805 139.80841585380443 9.897520542144775 35.50086571942719 139.80841585383203 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-25f03b01-3bfc-449f-8b55-4480b8192eb6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086556528615 139.8084158871184 4.116480350494385 35.50086542975062 139.8084159828661 4.116480350494385 35.50086542976129 139.80841598283718 9.897520542144775 35.500865565296664 139.8084158870895 9.897520065307617 35.50086556528615 139.8084158871184 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-97a49891-968e-4dbe-a81f-89305b2879ac">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086542975062 139.8084159828661 4.116480350494385 35.50086532916747 139.80841612952747 4.116480350494385 35.500865329178275 139.80841612949854 9.897520542144775 35.50086542976129 139.80841598283718 9.897520542144775 35.50086542975062 139.8084159828661 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-82a68486-37d3-4e05-a791-5e5470f0e205">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086532916747 139.80841612952747 4.116480350494385 35.50086527566953 139.80841630941177 4.116479873657227 35.500865275680475 139.80841630938417 9.897520542144775 35.500865329178275 139.80841612949854 9.897520542144775 35.50086532916747 139.80841612952747 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-19483142-768b-4d59-b2b1-38d39c9d3e07">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086527566953 139.80841630941177 4.116479873657227 35.50086527570907 139.80841650082604 4.116479873657227 35.5008652757192 139.80841650079844 9.897520542144775 35.500865275680475 139.80841630938417 9.897520542144775 35.50086527566953 139.80841630941177 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-98452808-f37c-4845-b34d-94524fe72608">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086527570907 139.80841650082604 4.116479873657227 35.50086532928129 139.80841668067725 4.116479873657227 35.50086532929129 139.80841668064966 9.897521018981934 35.5008652757192 139.80841650079844 9.897520542144775 35.50086527570907 139.80841650082604 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-87641e39-fc5f-42d7-a10c-c7063a3418a5">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086532928129 139.80841668067725 4.116479873657227 35.50086542992474 139.8084168272765 4.116479873657227 35.50086542993541 139.80841682724758 9.897520542144775 35.50086532929129 139.80841668064966 9.897521018981934 35.50086532928129 139.80841668067725 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a9ff1d12-e383-4c77-bf6d-d25a98f88567">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086542992474 139.8084168272765 4.116479873657227 35.50086556549965 139.80841692294175 4.116480350494385 35.500865565511255 139.80841692291284 9.897520542144775 35.50086542993541 139.80841682724758 9.897520542144775 35.50086542992474 139.8084168272765 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-88ed7e9b-0163-424e-9b32-94e8f8546269">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50086556549965 139.80841692294175 4.116480350494385 35.5008657196553 139.8084169561316 4.116480350494385 35.50086571966616 139.808416956104 9.897521018981934 35.500865565511255 139.80841692291284 9.897520542144775 35.50086556549965 139.80841692294175 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-24c8be42-ec57-4091-8cbf-b12df732689a">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500865565511255 139.80841692291284 9.897520542144775 35.50086571966616 139.808416956104 9.897521018981934 35.50086587380719 139.80841692281763 9.897520542144775 35.50086600934339 139.80841682706998 9.897520542144775 35.50086610992618 139.80841668040858 9.897520065307617 35.50086616342471 139.80841650052298 9.897521018981934 35.500866163384984 139.80841630911002 9.897520065307617 35.50086610981242 139.80841612925747 9.897521018981934 35.50086600916955 139.80841598265823 9.897520065307617 35.500865873593284 139.80841588699428 9.897520542144775 35.50086571943805 139.80841585380443 9.897520542144775 35.500865565296664 139.8084158870895 9.897520065307617 35.50086542976129 139.80841598283718 9.897520542144775 35.500865329178275 139.80841612949854 9.897520542144775 35.500865275680475 139.80841630938417 9.897520542144775 35.5008652757192 139.80841650079844 9.897520542144775 35.50086532929129 139.80841668064966 9.897521018981934 35.50086542993541 139.80841682724758 9.897520542144775 35.500865565511255 139.80841692291284 9.897520542144775</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-01de0d77-3225-4a21-afc7-293e783a9ae2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094108285643 139.80836851783226 4.116480350494385 35.50094094728147 139.80836842216698 4.116479873657227 35.50094084663797 139.8083682755677 4.116479873657227 35.500940793065666 139.8083680957163 4.116479873657227 35.50094079302606 139.80836790430186 4.116479873657227 35.500940846523925 139.80836772441737 4.116480350494385 35.50094094710702 139.80836757775577 4.116480350494385 35.5009410826425 139.80836748200792 4.116480350494385 35.50094123678354 139.80836744872144 4.116480350494385 35.50094139093886 139.80836748191254 4.116480350494385 35.500941526514886 139.80836757757518 4.116480350494385 35.500941627157594 139.8083677241758 4.116480350494385 35.50094168073049 139.8083679040272 4.116480350494385 35.50094168077044 139.8083680954416 4.116479873657227 35.500941627271914 139.80836827532744 4.116479873657227 35.50094152668934 139.808368421989 4.116480350494385 35.500941391153255 139.80836851773685 4.116480350494385 35.50094123701209 139.80836855102203 4.116480350494385 35.50094108285643 139.80836851783226 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-2f7bc45e-a156-413d-a02f-2f5be5185e46">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094123701209 139.80836855102203 4.116480350494385 35.500941391153255 139.80836851773685 4.116480350494385 35.50094139116397 139.80836851770795 9.897520542144775 35.50094123702295 139.80836855099446 9.897521018981934 35.50094123701209 139.80836855102203 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-5e19e4fc-0e74-4162-8b7e-99cb27070a4b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500941391153255 139.80836851773685 4.116480350494385 35.50094152668934 139.808368421989 4.116480350494385 35.50094152670012 139.8083684219601 9.897520542144775 35.50094139116397 139.80836851770795 9.897520542144775 35.500941391153255 139.80836851773685 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-8b7aa9c2-f462-43f2-b873-b94c378c6ac8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094152668934 139.808368421989 4.116480350494385 35.500941627271914 139.80836827532744 4.116479873657227 35.50094162728285 139.80836827529853 9.897520065307617 35.50094152670012 139.8083684219601 9.897520542144775 35.50094152668934 139.808368421989 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-86f5227d-0990-4821-ae83-281bfff1bdd6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500941627271914 139.80836827532744 4.116479873657227 35.50094168077044 139.8083680954416 4.116479873657227 35.50094168078131 139.8083680954127 9.897521018981934 35.50094162728285 139.80836827529853 9.897520065307617 35.500941627271914 139.80836827532744 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0bfbb186-4dce-4168-b15d-ad4daaad9d77">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094168077044 139.8083680954416 4.116479873657227 35.50094168073049 139.8083679040272 4.116480350494385 35.5009416807415 139.80836790399957 9.897520065307617 35.50094168078131 139.8083680954127 9.897521018981934 35.50094168077044 139.8083680954416 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c10d6308-7197-4e98-b069-d33977216c78">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094168073049 139.8083679040272 4.116480350494385 35.500941627157594 139.8083677241758 4.116480350494385 35.50094162716888 139.8083677241469 9.897521018981934 35.5009416807415 139.80836790399957 9.897520065307617 35.50094168073049 139.8083679040272 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c983a85b-b640-47ac-88b0-bb6ad1efb7bc">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500941627157594 139.8083677241758 4.116480350494385 35.500941526514886 139.80836757757518 4.116480350494385 35.500941526525935 139.80836757754759 9.897520065307617 35.50094162716888 139.8083677241469 9.897521018981934 35.500941627157594 139.8083677241758 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-d2f21d31-9157-46f0-929c-601562e39dec">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500941526514886 139.80836757757518 4.116480350494385 35.50094139093886 139.80836748191254 4.116480350494385 35.50094139094964 139.8083674818836 9.897520542144775 35.500941526525935 139.80836757754759 9.897520065307617 35.500941526514886 139.80836757757518 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a26a2579-b595-4381-bf0b-15ac3459e0df">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094139093886 139.80836748191254 4.116480350494385 35.50094123678354 139.80836744872144 4.116480350494385 35.50094123679439 139.80836744869384 9.897520542144775 35.50094139094964 139.8083674818836 9.897520542144775 35.50094139093886 139.80836748191254 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-05d4a545-161e-4693-ac08-a15c0d8f7f09">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094123678354 139.80836744872144 4.116480350494385 35.5009410826425 139.80836748200792 4.116480350494385 35.500941082653014 139.80836748197902 9.897520065307617 35.50094123679439 139.80836744869384 9.897520542144775 35.50094123678354 139.80836744872144 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7afa8820-8d2a-4ee9-bbb1-62136f2f1834">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5009410826425 139.80836748200792 4.116480350494385 35.50094094710702 139.80836757775577 4.116480350494385 35.50094094711769 139.80836757772687 9.897520542144775 35.500941082653014 139.80836748197902 9.897520065307617 35.5009410826425 139.80836748200792 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-f1f520be-371d-4565-908a-e004f8e29816">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094094710702 139.80836757775577 4.116480350494385 35.500940846523925 139.80836772441737 4.116480350494385 35.50094084653473 139.80836772438846 9.897520542144775 35.50094094711769 139.80836757772687 9.897520542144775 35.50094094710702 139.80836757775577 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4b1bee5e-8b62-42fb-b5e6-4a88a79933d4">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500940846523925 139.80836772441737 4.116480350494385 35.50094079302606 139.80836790430186 4.116479873657227 35.50094079303701 139.80836790427426 9.897520542144775 35.50094084653473 139.80836772438846 9.897520542144775 35.500940846523925 139.80836772441737 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3812c672-da62-423d-a476-747c66383779">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094079302606 139.80836790430186 4.116479873657227 35.500940793065666 139.8083680957163 4.116479873657227 35.500940793075806 139.8083680956887 9.897520542144775 35.50094079303701 139.80836790427426 9.897520542144775 35.50094079302606 139.80836790430186 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3f35a730-ed63-46e2-a003-e3ee39095c38">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500940793065666 139.8083680957163 4.116479873657227 35.50094084663797 139.8083682755677 4.116479873657227 35.50094084664796 139.80836827554006 9.897521018981934 35.500940793075806 139.8083680956887 9.897520542144775 35.500940793065666 139.8083680957163 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c196c20f-15a3-486a-8fab-0eefe427324f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094084663797 139.8083682755677 4.116479873657227 35.50094094728147 139.80836842216698 4.116479873657227 35.50094094729214 139.80836842213807 9.897520542144775 35.50094084664796 139.80836827554006 9.897521018981934 35.50094084663797 139.8083682755677 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e4d07baa-0fd6-4832-b635-1c6894821bfa">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094094728147 139.80836842216698 4.116479873657227 35.50094108285643 139.80836851783226 4.116480350494385 35.500941082868025 139.80836851780336 9.897520542144775 35.50094094729214 139.80836842213807 9.897520542144775 35.50094094728147 139.80836842216698 4.116479873657227</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-cd582745-6b0f-4cc0-9d6b-2908a67508e8">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50094108285643 139.80836851783226 4.116480350494385 35.50094123701209 139.80836855102203 4.116480350494385 35.50094123702295 139.80836855099446 9.897521018981934 35.500941082868025 139.80836851780336 9.897520542144775 35.50094108285643 139.80836851783226 4.116480350494385</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6b94c110-599e-4b93-aad6-11113f63bc2c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.500941082868025 139.80836851780336 9.897520542144775 35.50094123702295 139.80836855099446 9.897521018981934 35.50094139116397 139.80836851770795 9.897520542144775 35.50094152670012 139.8083684219601 9.897520542144775 35.50094162728285 139.80836827529853 9.897520065307617 35.50094168078131 139.8083680954127 9.897521018981934 35.5009416807415 139.80836790399957 9.897520065307617 35.50094162716888 139.8083677241469 9.897521018981934 35.500941526525935 139.80836757754759 9.897520065307617 35.50094139094964 139.8083674818836 9.897520542144775 35.50094123679439 139.80836744869384 9.897520542144775 35.500941082653014 139.80836748197902 9.897520065307617 35.50094094711769 139.80836757772687 9.897520542144775 35.50094084653473 139.80836772438846 9.897520542144775 35.50094079303701 139.80836790427426 9.897520542144775 35.500940793075806 139.8083680956887 9.897520542144775 35.50094084664796 139.80836827554006 9.897521018981934 35.50094094729214 139.80836842213807 9.897520542144775 35.500941082868025 139.80836851780336 9.897520542144775</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-685bd89f-1176-49b6-8cad-a90d4abdc3e6">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102124735164 139.8083168387299 4.116404056549072 35.501021111776645 139.8083167430646 4.116403579711914 35.501021011133076 139.8083165964652 4.116403579711914 35.501020957560705 139.8083164166137 4.116403579711914 35.501020957521014 139.80831622519906 4.116403579711914 35.5010210110188 139.80831604531437 4.116404056549072 35.50102111160182 139.80831589865255 4.116404056549072 35.50102124713727 139.80831580290453 4.116404056549072 35.50102140127829 139.8083157696179 4.116404056549072 35.501021555433624 139.80831580280892 4.116404056549072 35.50102169100969 139.8083158984716 4.116404056549072 35.50102179165246 139.8083160450723 4.116404056549072 35.50102184522543 139.8083162249238 4.116404056549072 35.501021845265456 139.80831641633844 4.116403579711914 35.50102179176701 139.80831659622447 4.116403579711914 35.501021691184505 139.80831674288626 4.116404056549072 35.50102155564847 139.80831683863428 4.116404056549072 35.50102140150731 139.8083168719196 4.116404056549072 35.50102124735164 139.8083168387299 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-111dba0c-9e2c-4ea8-b8a4-fe8a85705ea0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102140150731 139.8083168719196 4.116404056549072 35.50102155564847 139.80831683863428 4.116404056549072 35.50102155565918 139.80831683860538 9.897444248199463 35.501021401518166 139.808316871892 9.897444725036621 35.50102140150731 139.8083168719196 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0b2bcb15-8cd7-4427-adb5-2ca4a3c1af96">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102155564847 139.80831683863428 4.116404056549072 35.501021691184505 139.80831674288626 4.116404056549072 35.501021691195284 139.80831674285733 9.897444248199463 35.50102155565918 139.80831683860538 9.897444248199463 35.50102155564847 139.80831683863428 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a41a2d8a-fa2e-44c0-861c-8e967479cf25">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501021691184505 139.80831674288626 4.116404056549072 35.50102179176701 139.80831659622447 4.116403579711914 35.501021791777944 139.80831659619554 9.897443771362305 35.501021691195284 139.80831674285733 9.897444248199463 35.501021691184505 139.80831674288626 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-c1522f00-ca1e-440a-939e-879a9f52b987">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102179176701 139.80831659622447 4.116403579711914 35.501021845265456 139.80831641633844 4.116403579711914 35.50102184527633 139.80831641630954 9.897444725036621 35.501021791777944 139.80831659619554 9.897443771362305 35.50102179176701 139.80831659622447 4.116403579711914</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-85813f0e-e654-4c1c-9281-3285da6559fe">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501021845265456 139.80831641633844 4.116403579711914 35.50102184522543 139.8083162249238 4.116404056549072 35.501021845236444 139.80831622489623 9.897443771362305 35.50102184527633 139.80831641630954 9.897444725036621 35.501021845265456 139.80831641633844 4.116403579711914</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-78b93de7-8f4e-4c1f-bd56-e80e312d309f">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102184522543 139.8083162249238 4.116404056549072 35.50102179165246 139.8083160450723 4.116404056549072 35.50102179166374 139.8083160450434 9.897444725036621 35.501021845236444 139.80831622489623 9.897443771362305 35.50102184522543 139.8083162249238 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-0fe64946-9c41-4758-bf69-d1acca7bd36c">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102179165246 139.8083160450723 4.116404056549072 35.50102169100969 139.8083158984716 4.116404056549072 35.50102169102073 139.808315898444 9.897443771362305 35.50102179166374 139.8083160450434 9.897444725036621 35.50102179165246 139.8083160450723 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-e06daadf-635e-4484-b148-4a5dcece0ef1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102169100969 139.8083158984716 4.116404056549072 35.501021555433624 139.80831580280892 4.116404056549072 35.5010215554444 139.80831580278002 9.897444248199463 35.50102169102073 139.808315898444 9.897443771362305 35.50102169100969 139.8083158984716 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ced62941-ae5e-44b5-a180-0bca6b367fa1">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501021555433624 139.80831580280892 4.116404056549072 35.50102140127829 139.8083157696179 4.116404056549072 35.501021401289144 139.8083157695903 9.897444248199463 35.5010215554444 139.80831580278002 9.897444248199463 35.501021555433624 139.80831580280892 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-7f4216ca-196b-4873-905e-c404dce800d0">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102140127829 139.8083157696179 4.116404056549072 35.50102124713727 139.80831580290453 4.116404056549072 35.50102124714779 139.80831580287563 9.897443771362305 35.501021401289144 139.8083157695903 9.897444248199463 35.50102140127829 139.8083157696179 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ae76b320-8bce-4166-911d-1f057e52bbbb">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102124713727 139.80831580290453 4.116404056549072 35.50102111160182 139.80831589865255 4.116404056549072 35.5010211116125 139.80831589862365 9.897444248199463 35.50102124714779 139.80831580287563 9.897443771362305 35.50102124713727 139.80831580290453 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-65ba335d-d7ce-429a-9ada-472d1f73f3ce">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102111160182 139.80831589865255 4.116404056549072 35.5010210110188 139.80831604531437 4.116404056549072 35.50102101102961 139.80831604528544 9.897444248199463 35.5010211116125 139.80831589862365 9.897444248199463 35.50102111160182 139.80831589865255 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-337892d5-dd96-40b7-97b5-220e5b221514">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.5010210110188 139.80831604531437 4.116404056549072 35.501020957521014 139.80831622519906 4.116403579711914 35.501020957531956 139.80831622517147 9.897444248199463 35.50102101102961 139.80831604528544 9.897444248199463 35.5010210110188 139.80831604531437 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-ef1a6eeb-c79d-40e9-ba21-c7c8a38c3328">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501020957521014 139.80831622519906 4.116403579711914 35.501020957560705 139.8083164166137 4.116403579711914 35.501020957570844 139.80831641658608 9.897444248199463 35.501020957531956 139.80831622517147 9.897444248199463 35.501020957521014 139.80831622519906 4.116403579711914</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-4b300316-a3b6-4593-8074-911424f330c2">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501020957560705 139.8083164166137 4.116403579711914 35.501021011133076 139.8083165964652 4.116403579711914 35.501021011143074 139.8083165964376 9.897444725036621 35.501020957570844 139.80831641658608 9.897444248199463 35.501020957560705 139.8083164166137 4.116403579711914</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-820cfaaa-78a7-4583-9192-ebfee44c3849">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501021011133076 139.8083165964652 4.116403579711914 35.501021111776645 139.8083167430646 4.116403579711914 35.501021111787324 139.80831674303568 9.897444248199463 35.501021011143074 139.8083165964376 9.897444725036621 35.501021011133076 139.8083165964652 4.116403579711914</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-6965529a-0c16-4718-9de2-5be5c7c3e1ec">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501021111776645 139.8083167430646 4.116403579711914 35.50102124735164 139.8083168387299 4.116404056549072 35.501021247363234 139.808316838701 9.897444248199463 35.501021111787324 139.80831674303568 9.897444248199463 35.501021111776645 139.8083167430646 4.116403579711914</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-a7128482-c54b-4913-9c29-e0eeea1e8f01">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.50102124735164 139.8083168387299 4.116404056549072 35.50102140150731 139.8083168719196 4.116404056549072 35.501021401518166 139.808316871892 9.897444725036621 35.501021247363234 139.808316838701 9.897444248199463 35.50102124735164 139.8083168387299 4.116404056549072</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
							<gml:surfaceMember>
								<gml:Polygon gml:id="poly-3fc9f238-6c01-408f-ab94-2d3cf960630b">
									<gml:exterior>
										<gml:LinearRing>
											<gml:posList>35.501021247363234 139.808316838701 9.897444248199463 35.501021401518166 139.808316871892 9.897444725036621 35.50102155565918 139.80831683860538 9.897444248199463 35.501021691195284 139.80831674285733 9.897444248199463 35.501021791777944 139.80831659619554 9.897443771362305 35.50102184527633 139.80831641630954 9.897444725036621 35.501021845236444 139.80831622489623 9.897443771362305 35.50102179166374 139.8083160450434 9.897444725036621 35.50102169102073 139.808315898444 9.897443771362305 35.5010215554444 139.80831580278002 9.897444248199463 35.501021401289144 139.8083157695903 9.897444248199463 35.50102124714779 139.80831580287563 9.897443771362305 35.5010211116125 139.80831589862365 9.897444248199463 35.50102101102961 139.80831604528544 9.897444248199463 35.501020957531956 139.80831622517147 9.897444248199463 35.501020957570844 139.80831641658608 9.897444248199463 35.501021011143074 139.8083165964376 9.897444725036621 35.501021111787324 139.80831674303568 9.897444248199463 35.501021247363234 139.808316838701 9.897444248199463</gml:posList>
										</gml:LinearRing>
									</gml:exterior>
								</gml:Polygon>
							</gml:surfaceMember>
						</gml:MultiSurface>
					</uro:lod3Geometry>
				</uro:ConstructionInstallation>
			</uro:constructionInstallation>
			<uro:class codeSpace="../../codelists/OtherConstruction_class.xml">06</uro:class>
			<uro:function codeSpace="../../codelists/OtherConstruction_function.xml">99</uro:function>
		</uro:OtherConstruction>
	</core:cityObjectMember>
</core:CityModel>