"""Unpacking uploaded zip archives safely.

Refuses members that would land outside the target folder (zip-slip: absolute paths, ``..``,
symlinks), archives with too many members, and zip bombs (too many bytes once unpacked, or a
member compressed more than ``max_ratio`` times). Sizes are checked as bytes are written, not
only from the headers, which a crafted archive can falsify.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path, PurePosixPath

CHUNK = 1 << 16


class ArchiveError(ValueError):
    pass


def safe_extract(
    archive: Path,
    target: Path,
    *,
    max_total_bytes: int = 512 << 20,
    max_members: int = 10_000,
    max_ratio: float = 200.0,
) -> list[Path]:
    """Extract ``archive`` into ``target``; returns the files written."""
    try:
        zf = zipfile.ZipFile(archive)
    except zipfile.BadZipFile as exc:
        raise ArchiveError(f"{archive.name}: not a zip archive ({exc})") from exc
    written: list[Path] = []
    total = 0
    root = target.resolve()
    with zf:
        members = zf.infolist()
        if len(members) > max_members:
            raise ArchiveError(f"{archive.name}: {len(members)} members (at most {max_members})")
        for info in members:
            name = PurePosixPath(info.filename)
            if info.is_dir():
                continue
            if name.is_absolute() or ".." in name.parts or "\\" in info.filename:
                raise ArchiveError(
                    f"{archive.name}: member '{info.filename}' points outside the archive folder"
                )
            if stat.S_ISLNK(info.external_attr >> 16):
                raise ArchiveError(f"{archive.name}: member '{info.filename}' is a symbolic link")
            dest = (root / name).resolve()
            if root not in dest.parents:
                raise ArchiveError(
                    f"{archive.name}: member '{info.filename}' points outside the archive folder"
                )
            dest.parent.mkdir(parents=True, exist_ok=True)
            size = 0
            with zf.open(info) as src, dest.open("wb") as out:
                while chunk := src.read(CHUNK):
                    size += len(chunk)
                    total += len(chunk)
                    if total > max_total_bytes:
                        raise ArchiveError(
                            f"{archive.name}: more than {max_total_bytes >> 20} MB once unpacked"
                        )
                    if size > CHUNK and size > max_ratio * max(info.compress_size, 1):
                        raise ArchiveError(
                            f"{archive.name}: member '{info.filename}' expands "
                            f"more than {max_ratio:.0f} times (zip bomb?)"
                        )
                    out.write(chunk)
            written.append(dest)
    return written
