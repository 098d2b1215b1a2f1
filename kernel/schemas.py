"""The base of every request body: what any input must be before a service sees it.

Every ``…Create``/``…Update``/``…In`` schema derives from :class:`Input`, which refuses, naming
the field: keys the schema does not know; control characters in any text (NUL, which
PostgreSQL cannot store, and the others, which no name or note holds and XLSX cannot
carry); NaN and ±Infinity anywhere (Python's JSON parser accepts them); text longer than
:data:`TEXT_MAX` unless a field says otherwise; free-form JSON (attributes) nested deeper than
:data:`MAX_DEPTH` or larger than :data:`MAX_JSON_FIELD` bytes; and an explicit ``null`` for
the fields listed in ``not_null`` (an update may leave them out, never empty them); and for
true/false fields anything but true or false (pydantic alone would take 0, 1 or "yes").
"""

from __future__ import annotations

import json
import math
import re
from types import UnionType
from typing import Annotated, Any, ClassVar, Union, get_args, get_origin

from pydantic import AfterValidator, BaseModel, ConfigDict, model_validator

from kernel.errors import Invalid

TEXT_MAX = 4000
# C0 controls but tab, line feed and carriage return: no text a person writes holds them, and
# PostgreSQL cannot store NUL nor XLSX any of them
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_DEPTH = 16
MAX_JSON_FIELD = 256 * 1024


def _where(path: list[str]) -> str:
    return ".".join(path) or "body"


def check_value(value: Any, path: list[str], depth: int = 0) -> None:
    """Refuse NUL characters, non-finite numbers and runaway nesting in any JSON value."""
    if depth > MAX_DEPTH:
        raise Invalid(f"{_where(path)}: nested more than {MAX_DEPTH} levels", field=_where(path))
    if isinstance(value, str):
        bad = CONTROL.search(value)
        if bad:
            raise Invalid(
                f"{_where(path)}: text may not contain the control character "
                f"U+{ord(bad.group()):04X}",
                field=_where(path),
            )
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise Invalid(f"{_where(path)}: {value} is not a finite number", field=_where(path))
    elif isinstance(value, dict):
        for key, item in value.items():
            check_value(key, path, depth + 1)
            check_value(item, [*path, str(key)], depth + 1)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            check_value(item, [*path, str(i)], depth + 1)


def plain_text(value: str) -> str:
    """Text without control characters (for form fields and other plain parameters)."""
    bad = CONTROL.search(value)
    if bad:
        raise ValueError(f"text may not contain the control character U+{ord(bad.group()):04X}")
    return value


Text = Annotated[str, AfterValidator(plain_text)]
"""A text parameter (form field) refused when it holds control characters."""


def _scalar_kinds(annotation: Any) -> set[type]:
    """{bool}, {int}, {float}, {int, float} … for a field holding true/false or numbers
    (optionally None); empty for any other field. Pydantic alone would take 0 or "yes" for
    true/false and false for 0."""
    args = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)
    kinds = {a for a in args if a is not type(None)}
    return kinds if kinds and kinds <= {bool, int, float} else set()


class Input(BaseModel):
    """Base of request bodies; see the module docstring."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, str_max_length=TEXT_MAX)
    not_null: ClassVar[frozenset[str]] = frozenset()

    @model_validator(mode="before")
    @classmethod
    def _plain_input(cls, data: Any) -> Any:
        check_value(data, [])
        if isinstance(data, dict):
            for name, info in cls.model_fields.items():
                value = data.get(name)
                if value is None:
                    continue
                kinds = _scalar_kinds(info.annotation)
                if kinds == {bool} and not isinstance(value, bool):
                    raise Invalid(f"{name} is true or false, not {value!r}", field=name)
                if kinds and bool not in kinds and isinstance(value, bool):
                    raise Invalid(f"{name} is a number, not {value!r}", field=name)
            for name in cls.not_null:
                if name in data and data[name] is None:
                    raise Invalid(f"{name} cannot be null; leave it out to keep it", field=name)
            for name, value in data.items():
                if isinstance(value, dict | list) and name not in ("geometry", "boundary", "area"):
                    size = len(json.dumps(value, ensure_ascii=False, default=str))
                    if size > MAX_JSON_FIELD:
                        raise Invalid(
                            f"{name}: {size:,} bytes of JSON; at most {MAX_JSON_FIELD:,}",
                            field=name,
                        )
        return data
