"""Uploaded files, streamed to a private folder under a size limit."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import UploadFile

from kernel.errors import Invalid, PortTwinError

CHUNK = 1 << 20
SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class TooLarge(PortTwinError):
    status_code = 413


async def save_upload(upload: UploadFile, folder: Path, limit_mb: int) -> Path:
    """Write the upload into ``folder`` under a sanitised name; 413 past ``limit_mb``."""
    name = SAFE_NAME.sub("_", Path(upload.filename or "upload").name).lstrip(".") or "upload"
    path = folder / name
    size = 0
    with path.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            size += len(chunk)
            if size > limit_mb << 20:
                raise TooLarge(f"{upload.filename}: larger than the {limit_mb} MB upload limit")
            out.write(chunk)
    if size == 0:
        raise Invalid(f"{upload.filename}: the file is empty", field="file")
    return path
