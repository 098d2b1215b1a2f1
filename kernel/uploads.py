"""Uploaded files: copied into a private folder of the data directory under a size limit.

The request guard (:mod:`kernel.guard`) has already refused bodies over the route's limit
while they streamed in; here the file the multipart parser spooled is copied, under a
sanitised name, into ``<data dir>/tmp/upload-<pid>-…``. Those folders are removed when the
request ends; :func:`clean_stale_uploads` removes the ones a killed server left behind.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fastapi import UploadFile

from kernel.errors import Invalid, PortTwinError
from kernel.settings import Settings

CHUNK = 1 << 20
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")
PREFIX = "upload-"
STALE_AFTER_S = 24 * 3600


class TooLarge(PortTwinError):
    status_code = 413


def uploads_root(settings: Settings) -> Path:
    return settings.resolved_data_dir / "tmp"


@contextmanager
def upload_folder(settings: Settings) -> Iterator[Path]:
    """A private folder for one request's files, removed when the block ends."""
    root = uploads_root(settings)
    root.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=root))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def safe_name(filename: str | None, default: str = "upload") -> str:
    """A file name that cannot leave its folder or hide: no path, no leading dot."""
    name = SAFE_NAME.sub("_", Path(filename or default).name).lstrip(".")
    return name[:200] or default


def save_upload(upload: UploadFile, folder: Path, limit_mb: int) -> Path:
    """Copy the upload into ``folder`` under a sanitised name; 413 past ``limit_mb``, 422 when
    empty. Blocking: call it from a plain ``def`` route (run in the thread pool)."""
    path = folder / safe_name(upload.filename)
    size = 0
    upload.file.seek(0)
    with path.open("wb") as out:
        while chunk := upload.file.read(CHUNK):
            size += len(chunk)
            if size > limit_mb << 20:
                raise TooLarge(f"{upload.filename}: larger than the {limit_mb} MB upload limit")
            out.write(chunk)
    if size == 0:
        raise Invalid(f"{upload.filename}: the file is empty", field="file")
    return path


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale_uploads(settings: Settings, *, now: float | None = None) -> int:
    """Remove upload folders whose server process is gone, or older than a day; returns how
    many were removed."""
    root = uploads_root(settings)
    if not root.is_dir():
        return 0
    now = time.time() if now is None else now
    removed = 0
    for folder in root.glob(f"{PREFIX}*"):
        pid_text = folder.name[len(PREFIX) :].split("-", 1)[0]
        dead = not pid_text.isdigit() or not _alive(int(pid_text))
        try:
            old = now - folder.stat().st_mtime > STALE_AFTER_S
        except FileNotFoundError:
            continue
        if dead or old:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed
