"""The import formats: each is one module defining an :class:`Importer`, registered by one line
in :mod:`assets.importers.formats`. The upload route, the CLI and the job all go through this
table, so adding a format touches nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from assets.importers import ImportRow
from kernel.auth.service import Principal


@dataclass(frozen=True)
class ImportSource:
    """What a format's reader is given: the file (as stored and as the user named it), the
    folder its sidecars may be read from, and the user's options."""

    session: Session
    who: Principal
    port: str
    path: Path
    name: str
    root: Path | None = None  # files read beside it must lie inside (an unpacked upload)
    options: dict[str, Any] = field(default_factory=dict)  # the format's own (mapping, crs …)
    dry_run: bool = False


@dataclass
class Batch:
    """What a reader found: the rows, notes for the report, and the external-id namespace
    the rows are matched in (unless the user gave one)."""

    rows: list[ImportRow]
    notes: list[str]
    source: str


@dataclass(frozen=True)
class Importer:
    name: str  # the format's name in `porttwin import NAME` and /api/v1/imports/NAME
    summary: str
    suffixes: tuple[str, ...]  # the files it reads, most wanted first (in an unpacked zip)
    read: Callable[[ImportSource], Batch]
    skip_parts: tuple[str, ...] = ()  # folders of an upload that hold no file to import

    def main_file(self, folder: Path) -> Path | None:
        """The file to import among an upload's unpacked files."""
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        for suffix in self.suffixes:
            for path in files:
                if path.name.lower().endswith(suffix) and not set(self.skip_parts) & set(
                    path.parts
                ):
                    return path
        return None


IMPORTERS: dict[str, Importer] = {}


def register(importer: Importer) -> Importer:
    if importer.name in IMPORTERS and IMPORTERS[importer.name] is not importer:
        raise ValueError(f"two importers named {importer.name!r}")
    IMPORTERS[importer.name] = importer
    return importer
