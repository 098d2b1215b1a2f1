"""Unpacking uploaded zip archives safely.

Refuses members that would land outside the target folder (zip-slip: absolute paths, ``..``,
symlinks), archives with too many members, and zip bombs (too many bytes once unpacked, or a
member compressed more than ``max_ratio`` times). Sizes are checked as bytes are written, not
only from the headers, which a crafted archive can falsify. Encrypted members, compression
methods other than stored and deflate (Deflate64, bzip2, LZMA …) and damaged data (a bad CRC,
a truncated stream) are refused naming the member, and leave nothing unpacked.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import IO

CHUNK = 1 << 16


class ArchiveError(ValueError):
    pass


METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


def safe_extract(
    archive: Path,
    target: Path,
    *,
    max_total_bytes: int = 512 << 20,
    max_members: int = 10_000,
    max_ratio: float = 200.0,
    name: str | None = None,
) -> list[Path]:
    """Extract ``archive`` (called ``name`` by the user) into ``target``; returns the files
    written. On any refusal the files already written are removed."""
    name = name or archive.name
    written: list[Path] = []
    try:
        _extract(archive, target, name, written, max_total_bytes, max_members, max_ratio)
    except (ArchiveError, zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        for path in written:
            path.unlink(missing_ok=True)
        if isinstance(exc, ArchiveError):
            raise
        raise ArchiveError(f"{name}: the archive is damaged ({exc})") from None
    return written


def _extract(
    archive: Path,
    target: Path,
    name: str,
    written: list[Path],
    max_total_bytes: int,
    max_members: int,
    max_ratio: float,
) -> None:
    try:
        zf = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ArchiveError(f"{name}: not a zip archive ({exc})") from None
    total = 0
    root = target.resolve()
    with zf:
        members = zf.infolist()
        if len(members) > max_members:
            raise ArchiveError(f"{name}: {len(members)} members (at most {max_members})")
        for info in members:
            member = PurePosixPath(info.filename)
            if info.is_dir():
                continue
            if info.flag_bits & 0x1:
                raise ArchiveError(f"{name}: member '{info.filename}' is encrypted")
            if info.compress_type not in METHODS:
                raise ArchiveError(
                    f"{name}: member '{info.filename}' uses compression method "
                    f"{info.compress_type}; only stored and deflate are accepted"
                )
            if member.is_absolute() or ".." in member.parts or "\\" in info.filename:
                raise ArchiveError(
                    f"{name}: member '{info.filename}' points outside the archive folder"
                )
            if stat.S_ISLNK(info.external_attr >> 16):
                raise ArchiveError(f"{name}: member '{info.filename}' is a symbolic link")
            dest = (root / member).resolve()
            if root not in dest.parents:
                raise ArchiveError(
                    f"{name}: member '{info.filename}' points outside the archive folder"
                )
            dest.parent.mkdir(parents=True, exist_ok=True)
            size = 0
            try:
                src = zf.open(info)
            except (RuntimeError, NotImplementedError) as exc:  # encryption, unknown method
                raise ArchiveError(
                    f"{name}: member '{info.filename}' cannot be read ({exc})"
                ) from None
            written.append(dest)
            with src, dest.open("wb") as out:
                while chunk := _read(src, name, info.filename):
                    size += len(chunk)
                    total += len(chunk)
                    if total > max_total_bytes:
                        raise ArchiveError(
                            f"{name}: more than {max_total_bytes >> 20} MB once unpacked"
                        )
                    if size > CHUNK and size > max_ratio * max(info.compress_size, 1):
                        raise ArchiveError(
                            f"{name}: member '{info.filename}' expands "
                            f"more than {max_ratio:.0f} times (zip bomb?)"
                        )
                    out.write(chunk)


def _read(src: IO[bytes], name: str, member: str) -> bytes:
    try:
        return src.read(CHUNK)
    except zipfile.BadZipFile as exc:  # bad CRC
        raise ArchiveError(f"{name}: member '{member}' is damaged ({exc})") from None
    except (zlib.error, EOFError) as exc:
        raise ArchiveError(f"{name}: member '{member}' is damaged ({exc})") from None
