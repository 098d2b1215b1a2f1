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
    database_url: str | None = None  # what the app connects with (rows only, ideally)
    migration_database_url: str | None = None  # the schema owner, for migrations
    read_database_url: str | None = None  # a read replica for GET requests of the read paths
    data_dir: Path = Field(default=Path(".porttwin"))
    max_page_size: int = Field(default=10_000, ge=1)
    default_page_size: int = Field(default=100, ge=1)
    max_upload_mb: int = Field(default=200, ge=1)  # files: imports, surveys, IFC, packages
    max_attachment_mb: int = Field(default=25, ge=1)  # a photo or document
    max_json_mb: int = Field(default=16, ge=1)  # any other request body
    body_idle_timeout_s: float = Field(default=30.0, gt=0)  # a body that stops is cut off
    body_min_rate_kbps: float = Field(default=50.0, gt=0)  # … and one that trickles
    job_threshold_mb: float = Field(default=16.0, ge=0)  # larger uploads become jobs (202)
    job_worker_module: str = "twin.worker"  # run as `python -m MODULE JOB_ID` for each job
    job_time_limit_s: float = Field(default=3600.0, gt=0)  # a job's worker is killed past it
    token_days: int = Field(default=365, ge=0)  # lifetime of new API tokens; 0: no expiry
    photo_max_distance_m: float = Field(default=200.0, gt=0)  # farther: not a defect location
    tile_cache_mb: int = Field(default=256, ge=0)  # vector tiles kept in memory per process
    viewer_vendor_dir: Path | None = None  # node_modules of the viewer (default: beside it)

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
