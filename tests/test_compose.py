"""docker-compose.yml parses and matches the app's settings (no Docker engine runs here)."""

from __future__ import annotations

from pathlib import Path

import yaml

from kernel.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_compose_runs_the_app_on_a_healthy_postgis():
    text = (ROOT / "docker-compose.yml").read_text()
    compose = yaml.safe_load(text)
    db, app = compose["services"]["db"], compose["services"]["app"]
    assert db["image"].startswith("postgis/postgis:")
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert app["depends_on"]["db"]["condition"] == "service_healthy"
    assert "${POSTGRES_PASSWORD:?" in db["environment"]["POSTGRES_PASSWORD"]
    # the app serves as the rows-only role; the schema's owner migrates
    assert app["environment"]["PORTTWIN_DATABASE_URL"].startswith(
        "postgresql+psycopg://porttwin_app:${PORTTWIN_APP_PASSWORD:?"
    )
    assert "${POSTGRES_PASSWORD:?" in app["environment"]["PORTTWIN_MIGRATION_DATABASE_URL"]
    init = [v.split(":")[0] for v in db["volumes"] if "initdb" in v]
    assert init and (ROOT / init[0]).exists()
    assert (ROOT / app["build"] / "Dockerfile").exists()


def test_compose_sets_only_variables_the_app_reads():
    app = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["app"]
    fields = {f"PORTTWIN_{name.upper()}" for name in Settings.model_fields}
    ours = {k for k in app["environment"] if k.startswith("PORTTWIN_")}
    assert ours <= fields, ours - fields
    assert "PORTTWIN_DATABASE_URL" in ours
    assert app["environment"]["PORTTWIN_ENV"] in ("production", "development", "test")


def test_production_refuses_a_missing_or_placeholder_database_password():
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="required"):
        Settings(env="production", database_url=None)
    with pytest.raises(ValidationError, match="placeholder"):
        Settings(env="production", database_url="postgresql://porttwin:changeme@db/porttwin")
    ok = Settings(env="production", database_url="postgresql://porttwin:Xk3v9qL2@db/porttwin")
    assert ok.env == "production"
