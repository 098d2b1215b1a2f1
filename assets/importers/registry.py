"""The import formats: each is one module defining an :class:`Importer`, registered by one line
in :mod:`assets.importers.formats`. The upload route, the CLI and the job all go through this
table, so adding a format touches nothing else: a format's :class:`Option` list becomes its
``porttwin import NAME --option`` flags and its ``POST /api/v1/imports/NAME?option=`` parameters
(a file option is a part of the multipart upload), the same on both.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

from sqlalchemy.orm import Session

from assets.importers import ImportRow
from kernel.auth.service import Principal
from kernel.errors import Invalid

OptionKind = Literal["text", "flag", "list", "file"]
MAX_OPTION_FILE_BYTES = 1 << 20  # a mapping table, not data


@dataclass(frozen=True)
class Option:
    """One of a format's options. Its value reaches the reader as given: text (or None), a
    flag (bool), a list of texts (a repeatable option), or a file's text (a mapping table,
    at most 1 MiB of UTF-8; None when not given)."""

    name: str  # python name: --name-with-dashes on the CLI, ?name= (or a file part) on the API
    help: str
    kind: OptionKind = "text"
    max_length: int = 200  # of a text value

    @property
    def default(self) -> Any:
        return {"flag": False, "list": []}.get(self.kind)

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")

    def text_of(self, stream: BinaryIO) -> str:
        """A file option's value: the stream's text (an upload's part, or the file the CLI
        was given), refused naming the option when it is too large or not UTF-8."""
        data = stream.read(MAX_OPTION_FILE_BYTES + 1)
        if len(data) > MAX_OPTION_FILE_BYTES:
            raise Invalid(
                f"{self.name}: larger than {MAX_OPTION_FILE_BYTES >> 10} KiB", field=self.name
            )
        try:
            return str(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise Invalid(f"{self.name}: not UTF-8 text", field=self.name) from None


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
    options: dict[str, Any] = field(default_factory=dict)  # the format's own, every one named
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
    options: tuple[Option, ...] = ()
    help: str = ""  # more than the summary: what the report says, how options combine

    def option_values(self, given: dict[str, Any]) -> dict[str, Any]:
        """Every option of the format with its value (the default where not given or None); a
        name the format does not have is refused, naming the options it has."""
        known = {o.name: o for o in self.options}
        unknown = set(given) - set(known)
        if unknown:
            raise Invalid(
                f"{self.name} has no option {', '.join(sorted(unknown))}; "
                f"its options: {', '.join(known) or 'none'}",
                field=sorted(unknown)[0],
            )
        return {
            name: o.default if given.get(name) is None else given[name] for name, o in known.items()
        }

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
