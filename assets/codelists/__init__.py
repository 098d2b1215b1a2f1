"""Code lists kept as data files (one YAML file per list) and loaded into reference tables.

Each list ``NAME`` becomes the table ``code_NAME`` (code, name_ja, name_en, sort, extra), and
registry columns that use it carry a foreign key to it. ``porttwin migrate`` upserts every list
after the migrations, so a code added to a YAML file (a new facility kind, say) reaches an
existing database without a migration of its own; a new *list* needs a migration for the
columns that refer to it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Column, Connection, Integer, MetaData, Table, Text, text
from sqlalchemy.dialects.postgresql import JSONB, insert

DIRECTORY = Path(__file__).parent
BASE_KEYS = {"code", "ja", "en"}


@lru_cache
def read_codelists() -> dict[str, dict[str, Any]]:
    """Every list shipped with the app, by name."""
    lists = {}
    for path in sorted(DIRECTORY.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data["list"] != path.stem:
            raise ValueError(f"{path.name}: 'list' is {data['list']!r}, expected {path.stem!r}")
        for entry in data["codes"]:
            if not set(entry) >= BASE_KEYS or any(v is None for v in entry.values()):
                raise ValueError(
                    f"{path.name}: code {entry.get('code')!r} needs code, ja and en, and no "
                    "empty value (quote text holding commas)"
                )
        lists[path.stem] = data
    return lists


def table_name(list_name: str) -> str:
    return f"code_{list_name}"


_metadata = MetaData()


def code_table(list_name: str) -> Table:
    """The reference table of a shipped list (KeyError for an unknown list)."""
    read_codelists()[list_name]
    name = table_name(list_name)
    if name not in _metadata.tables:
        Table(
            name,
            _metadata,
            Column("code", Text, primary_key=True),
            Column("name_ja", Text, nullable=False),
            Column("name_en", Text, nullable=False),
            Column("sort", Integer, nullable=False),
            Column("extra", JSONB, nullable=False, server_default=text("'{}'")),
        )
    return _metadata.tables[name]


def sync_codelists(conn: Connection) -> None:
    """Create the code tables and upsert every shipped code; codes no longer shipped are kept
    (rows may still use them). Idempotent."""
    for name, data in read_codelists().items():
        table = code_table(name)
        table.create(conn, checkfirst=True)
        rows = [
            {
                "code": str(entry["code"]),
                "name_ja": entry["ja"],
                "name_en": entry["en"],
                "sort": sort,
                "extra": {k: v for k, v in entry.items() if k not in BASE_KEYS},
            }
            for sort, entry in enumerate(data["codes"])
        ]
        stmt = insert(table).values(rows)
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["code"],
                set_={c: stmt.excluded[c] for c in ("name_ja", "name_en", "sort", "extra")},
            )
        )


@lru_cache
def _labels(list_name: str) -> dict[str, dict[str, str]]:
    return {
        str(c["code"]): {"ja": str(c["ja"]), "en": str(c["en"])}
        for c in read_codelists()[list_name]["codes"]
    }


def label(list_name: str, code: str | None, lang: str | None = None) -> str:
    """What a person reads for a code: its Japanese or English name (``lang`` ja or en), or
    both as ``ja / en``; the code itself when the list does not know it."""
    if code is None:
        return ""
    names = _labels(list_name).get(code)
    if names is None:
        return code
    if lang in ("ja", "en"):
        return names[lang]
    return names["ja"] if names["ja"] == names["en"] else f"{names['ja']} / {names['en']}"
