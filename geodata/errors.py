"""The one error a reader of user files raises: it names the file (as the user named it, never
a server path) and the reason."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

# an absolute file path inside a message (a library's error names the temporary file it read)
_ABSOLUTE_PATH = re.compile(r"(?<![\w:/.])/(?:[^\s'\"/:]+/)+([^\s'\"/:]*)")


def without_paths(text: str) -> str:
    """``text`` with every absolute path replaced by its last part: errors shown to users
    never reveal where the server keeps files."""
    return _ABSOLUTE_PATH.sub(lambda m: m.group(1) or "(folder)", text)


class ReadError(ValueError):
    def __init__(self, path: Path | str, message: str) -> None:
        # a Path is a file on this machine: only its name is shown; a string is the name the
        # user knows (it may be "upload.zip/data/quays.shp")
        text = str(path)
        self.name = Path(text).name if isinstance(path, Path) or text.startswith("/") else text
        self.reason = without_paths(message)
        self.path = self.name
        super().__init__(f"{self.name}: {self.reason}")

    def __reduce__(self) -> tuple[Any, ...]:  # crosses the process boundary of a reader
        return (type(self), (self.name, self.reason))
