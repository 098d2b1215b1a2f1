"""Health, OpenAPI and the viewer page."""

from __future__ import annotations


def test_healthz_says_the_database_is_up_without_naming_versions(client):
    resp = client.get("/healthz")
    assert resp.status_code == 200
    assert resp.json() == {"status": "ok", "database": "up"}
    assert "PostgreSQL" not in resp.text and "PostGIS" not in resp.text


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
