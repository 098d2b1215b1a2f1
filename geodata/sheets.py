"""Spreadsheets users send back (the field package's XLSX form), read safely.

An XLSX file is a zip of XML parts: it is identified by content first (:mod:`geodata.sniff`),
its members are checked like any upload archive (sizes, ratio), and openpyxl reads it in a
child process with time and memory limits, without keeping external links. openpyxl parses
its XML through defusedxml when it is installed (it is a dependency of this project).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from geodata.errors import ReadError
from geodata.isolation import isolated
from geodata.sniff import require_format

MAX_UNPACKED = 256 << 20
MAX_RATIO = 200


def read_xlsx_rows(path: Path, sheet: str, *, name: str | None = None) -> list[tuple[Any, ...]]:
    """Every row of ``sheet`` as a tuple of cell values; ReadError naming ``name`` when the
    file is not a readable workbook or has no such sheet."""
    return read_xlsx_sheets(path, (sheet,), name=name)[sheet]


def read_xlsx_sheets(
    path: Path, sheets: tuple[str, ...], *, optional: tuple[str, ...] = (), name: str | None = None
) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of each of ``sheets`` (and of those of ``optional`` the workbook has), read
    in one pass; ReadError naming ``name`` when the file is not a readable workbook or lacks
    one of ``sheets``."""
    name = name or path.name
    require_format(path, ("XLSX",), name=name)
    _check_members(path, name)
    return dict(isolated(_read, path, sheets, optional, name, name=name))


def _check_members(path: Path, name: str) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            total = 0
            for info in zf.infolist():
                if info.flag_bits & 0x1:
                    raise ReadError(name, f"the workbook part '{info.filename}' is encrypted")
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise ReadError(
                        name, f"the workbook part '{info.filename}' uses an unsupported compression"
                    )
                total += info.file_size
                if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(
                    info.compress_size, 1
                ):
                    raise ReadError(name, f"the workbook part '{info.filename}' expands too much")
            if total > MAX_UNPACKED:
                raise ReadError(name, f"the workbook unpacks to more than {MAX_UNPACKED >> 20} MB")
    except zipfile.BadZipFile as exc:
        raise ReadError(name, f"not a readable workbook ({exc})") from None


def _read(
    path: Path, sheets: tuple[str, ...], optional: tuple[str, ...], name: str
) -> dict[str, list[tuple[Any, ...]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds on damaged workbooks
        raise ReadError(name, f"not a readable workbook ({type(exc).__name__}: {exc})") from None
    try:
        out = {}
        for sheet in (*sheets, *optional):
            if sheet not in book.sheetnames:
                if sheet in optional:
                    continue
                raise ReadError(name, f"the workbook has no sheet '{sheet}'")
            out[sheet] = [tuple(row) for row in book[sheet].iter_rows(values_only=True)]
        return out
    finally:
        book.close()
