"""Settings, read from ``PORTTWIN_*`` environment variables."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url

PLACEHOLDER_PASSWORDS = {"changeme", "change-me", "password", "postgres", "porttwin", "secret"}


class Settings(BaseSettings):
    """Runtime settings of the app and CLI.

    ``database_url`` points at an external PostGIS; when unset, the project runs its own
    cluster under ``data_dir`` (see :mod:`kernel.pgcluster`).
    """

    model_config = SettingsConfigDict(env_prefix="PORTTWIN_", extra="ignore")

    env: Literal["development", "test", "production"] = "development"
    database_url: str | None = None
    data_dir: Path = Field(default=Path(".porttwin"))
    max_page_size: int = 10_000
    max_upload_mb: int = 200
    viewer_vendor_dir: Path | None = None  # node_modules of the viewer (default: beside it)
    default_page_size: int = 100

    @model_validator(mode="after")
    def _production_needs_a_real_database(self) -> Settings:
        if self.env != "production":
            return self
        if not self.database_url:
            raise ValueError("PORTTWIN_DATABASE_URL is required when PORTTWIN_ENV=production")
        password = make_url(self.database_url).password
        if not password or password.lower() in PLACEHOLDER_PASSWORDS:
            raise ValueError("PORTTWIN_DATABASE_URL has no password or a placeholder one")
        return self

    @property
    def resolved_data_dir(self) -> Path:
        return self.data_dir.expanduser().resolve()


@lru_cache
def get_settings() -> Settings:
    return Settings()
