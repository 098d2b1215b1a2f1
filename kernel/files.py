"""Content-addressed file store: files are kept under their SHA-256, so a stored file is
found by its hash and any change to its bytes is detectable.

The local backend keeps them under ``<data dir>/files/ab/cdef…``; an S3-compatible backend
would implement the same three methods.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from kernel.errors import Gone
from kernel.settings import Settings, get_settings

CHUNK = 1 << 20


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:]

    def put(self, data: bytes) -> str:
        """Store ``data`` (once) and return its SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp:
                tmp.write(data)
            os.replace(tmp.name, target)
        return digest

    def put_file(self, source: Path) -> str:
        """Store the file at ``source`` (once, streamed) and return its SHA-256."""
        digest = hashlib.sha256()
        with source.open("rb") as fh:
            for chunk in iter(lambda: fh.read(CHUNK), b""):
                digest.update(chunk)
        name = digest.hexdigest()
        target = self.path(name)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            with (
                tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as tmp,
                source.open("rb") as fh,
            ):
                shutil.copyfileobj(fh, tmp, CHUNK)
            os.replace(tmp.name, target)
        return name

    def existing_path(self, sha256: str, *, what: str = "the stored file") -> Path:
        """Where the file is; :class:`Gone` (410) when it is missing from the store."""
        target = self.path(sha256)
        if not target.is_file():
            raise Gone(
                f"{what} is missing from the file store; an administrator should run "
                "`porttwin verify` and restore it from a backup"
            )
        return target

    def read(self, sha256: str, *, what: str = "the stored file") -> bytes:
        return self.existing_path(sha256, what=what).read_bytes()

    def matches(self, sha256: str) -> bool:
        """Whether the stored bytes still hash to their name."""
        target = self.path(sha256)
        if not target.exists():
            return False
        digest = hashlib.sha256()
        with target.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest() == sha256


def file_store(settings: Settings | None = None) -> FileStore:
    settings = settings or get_settings()
    return FileStore(settings.resolved_data_dir / "files")
