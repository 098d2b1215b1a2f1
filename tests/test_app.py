"""Health, OpenAPI and the viewer page."""

from __future__ import annotations


def test_healthz_reports_database_and_postgis_versions(client):
    resp = client.get("/healthz")
    assert resp.status_code == 200
    body = resp.json()
    assert body["status"] == "ok"
    assert body["database"].startswith("PostgreSQL ")
    assert body["postgis"].startswith("PostGIS 3")


def test_openapi_documents_the_registry_with_examples(client):
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/v1/facilities",
        "/api/v1/facilities/{facility_id}",
        "/api/v1/facilities/{facility_id}/history",
        "/api/v1/ports",
        "/api/v1/components",
        "/healthz",
    ):
        assert path in spec["paths"], path
    create = spec["components"]["schemas"]["FacilityCreate"]["properties"]
    assert create["kind"]["examples"] == ["quay"]
    assert "bearer" in str(spec["components"]["securitySchemes"]).lower()


def test_viewer_page_is_served_at_root(client):
    resp = client.get("/")
    assert resp.status_code == 200
    assert "Port Twin" in resp.text
