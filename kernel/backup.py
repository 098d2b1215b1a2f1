"""Backups: the database and the file store in one tar file, with checksums, and its restore
into an empty data directory.

What a backup holds (members in this order):

- ``MANIFEST.json``: the format, when and from which schema revision, the database dump's
  SHA-256 and size, and every stored file with its size (a stored file's name is its SHA-256);
- ``database.dump``: ``pg_dump --format=custom`` of the whole database (schema, rows, the
  immutability triggers, grants to the app's role);
- ``files/ab/cdef…``: the file store (photos, IFC and GLB files, survey rasters, reports).

Consistency: pg_dump reads one snapshot. The file store is append-only and content-addressed
(a file is stored before the row naming it commits, and never changed or removed), so copying
the store after the dump has started holds every file the snapshot names; files stored later
come along unreferenced and harmless. Every file is hashed while it is copied: a store whose
bytes no longer match their name stops the backup, naming the file.

A restore checks the manifest, the dump's hash and every file's hash against the manifest
before it writes anything into the database, and refuses a database that holds data already.
Member names are never used as paths: a file goes where its verified hash says.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from kernel.errors import Invalid, PortTwinError
from kernel.files import CHUNK, FileStore

FORMAT = "porttwin-backup"
VERSION = 1
MANIFEST = "MANIFEST.json"
DUMP = "database.dump"
HEX64 = re.compile(r"[0-9a-f]{64}")

Progress = Callable[[str, int, int], None]  # stage, done, total (bytes)


class BackupError(PortTwinError):
    status_code = 500


@dataclass
class Summary:
    files: int
    file_bytes: int
    dump_bytes: int
    revision: str | None
    created_at: str


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def stored_files(store: FileStore) -> Iterator[tuple[str, Path]]:
    """Every file in the store as (sha256, path), in name order; stray files (a temporary
    file left by a crash) are skipped."""
    if not store.root.is_dir():
        return
    for folder in sorted(p for p in store.root.iterdir() if p.is_dir()):
        for path in sorted(folder.iterdir()):
            name = folder.name + path.name
            if path.is_file() and HEX64.fullmatch(name):
                yield name, path


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _pg_tool(bindir: Path, name: str) -> str:
    tool = bindir / name
    if not tool.exists():
        raise BackupError(f"{name} was not found in {bindir}: install PostgreSQL's client tools")
    return str(tool)


def _dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


class _Hashing:
    """A reader that hashes what passes through it (a file copied into the tar)."""

    def __init__(self, fh: IO[bytes], on_read: Callable[[int], None]) -> None:
        self.fh, self.digest, self.on_read = fh, hashlib.sha256(), on_read

    def read(self, size: int = -1) -> bytes:
        data = self.fh.read(size)
        self.digest.update(data)
        self.on_read(len(data))
        return data


def backup(
    target: Path,
    database_url: str,
    store: FileStore,
    bindir: Path,
    progress: Progress = _quiet,
) -> Summary:
    """Write the backup of the database at ``database_url`` and of ``store`` to ``target``
    (written beside it first, moved into place when whole)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="porttwin-backup-", dir=target.parent) as tmp:
        dump = Path(tmp) / DUMP
        progress("database", 0, 1)
        result = subprocess.run(
            [_pg_tool(bindir, "pg_dump"), "--format=custom", f"--file={dump}", _dsn(database_url)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
        progress("database", dump.stat().st_size, dump.stat().st_size)
        files = [(name, path, path.stat().st_size) for name, path in stored_files(store)]
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "revision": _revision(database_url),
            "database": {"file": DUMP, "sha256": _sha256_of(dump), "size": dump.stat().st_size},
            "files": [{"sha256": name, "size": size} for name, _, size in files],
        }
        total = sum(size for _, _, size in files)
        partial = Path(tmp) / "backup.tar"
        with tarfile.open(partial, "w") as tar:
            _add_bytes(tar, MANIFEST, json.dumps(manifest, indent=1).encode())
            tar.add(dump, arcname=DUMP)
            done = 0

            def advance(n: int) -> None:
                nonlocal done
                done += n
                progress("files", done, total)

            for name, path, size in files:
                info = tarfile.TarInfo(f"files/{name[:2]}/{name[2:]}")
                info.size, info.mode = size, 0o600
                with path.open("rb") as fh:
                    reader = _Hashing(fh, advance)
                    tar.addfile(info, reader)
                if reader.digest.hexdigest() != name:
                    raise BackupError(
                        f"the stored file {name} no longer matches its hash: the file store "
                        "is damaged; run `porttwin verify` to see which records it belongs to"
                    )
        partial.chmod(0o600)  # it holds every record and the token hashes
        shutil.move(partial, target)
    return Summary(
        len(files),
        total,
        manifest["database"]["size"],
        manifest["revision"],
        manifest["created_at"],
    )


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), 0o600
    tar.addfile(info, io.BytesIO(data))


def _revision(database_url: str) -> str | None:
    import psycopg

    with psycopg.connect(_dsn(database_url)) as conn:
        exists = conn.execute("SELECT to_regclass('public.alembic_version')").fetchone()
        if not exists or exists[0] is None:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None


# -- restore --------------------------------------------------------------------------------
def read_manifest(tar: tarfile.TarFile, source: Path) -> dict[str, Any]:
    first = tar.next()
    if first is None or first.name != MANIFEST or not first.isfile():
        raise Invalid(f"{source.name}: not a Port Twin backup (it does not begin with {MANIFEST})")
    fh = tar.extractfile(first)
    assert fh is not None
    try:
        manifest = json.loads(fh.read(1 << 24))
    except ValueError as exc:
        raise Invalid(f"{source.name}: {MANIFEST} is not JSON ({exc})") from exc
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise Invalid(
            f"{source.name}: {MANIFEST} says format {manifest.get('format')!r} version "
            f"{manifest.get('version')!r}; this Port Twin reads {FORMAT} version {VERSION}"
        )
    try:
        names = [manifest["database"]["sha256"], *(f["sha256"] for f in manifest["files"])]
        sizes = [int(f["size"]) for f in manifest["files"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise Invalid(f"{source.name}: {MANIFEST} lacks {exc}") from exc
    bad = next((n for n in names if not isinstance(n, str) or not HEX64.fullmatch(n)), None)
    if bad is not None or any(size < 0 for size in sizes):
        raise Invalid(f"{source.name}: {MANIFEST} names a file {bad!r} that is no SHA-256")
    return manifest


def table_count(admin_url: str) -> int:
    """How many tables the database's public schema holds besides PostGIS's own."""
    import psycopg

    with psycopg.connect(_dsn(admin_url)) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'spatial_ref_sys'"
        ).fetchone()
    return int(row[0]) if row else 0


def restore(
    source: Path,
    admin_url: str,
    recreate: Callable[[], None],
    store: FileStore,
    bindir: Path,
    progress: Progress = _quiet,
) -> Summary:
    """Restore the backup at ``source``: every member checked against the manifest, the
    files put into ``store``, then the database: ``recreate`` gives an empty database and
    pg_restore (as ``admin_url``, a superuser) fills it in one transaction."""
    tables = table_count(admin_url)
    if tables:
        raise Invalid(
            f"the database already holds {tables} tables: a backup is restored into an empty "
            "data directory (set PORTTWIN_DATA_DIR to a new folder, `porttwin db start`, then "
            "restore)"
        )
    if not tarfile.is_tarfile(source):
        raise Invalid(f"{source.name}: not a Port Twin backup (not a tar file)")
    with tempfile.TemporaryDirectory(prefix="porttwin-restore-") as tmp:
        dump = Path(tmp) / DUMP
        with tarfile.open(source, "r:") as tar:
            manifest = read_manifest(tar, source)
            expected = {f["sha256"]: int(f["size"]) for f in manifest["files"]}
            total = sum(expected.values())
            staged = Path(tmp) / "files"
            done, seen = 0, set()
            for member in tar:
                if member.name == MANIFEST and member.offset == 0:
                    continue  # read above
                if not member.isfile():
                    raise Invalid(f"{source.name}: {member.name} is not a regular file")
                fh = tar.extractfile(member)
                assert fh is not None
                if member.name == DUMP:
                    _copy_checked(fh, dump, manifest["database"]["sha256"], source, DUMP)
                    continue
                name = member.name.removeprefix("files/").replace("/", "", 1)
                if not member.name.startswith("files/") or name not in expected:
                    raise Invalid(f"{source.name}: {member.name} is not in its manifest")
                if member.size != expected[name]:
                    raise Invalid(
                        f"{source.name}: {member.name} has {member.size} bytes, "
                        f"the manifest says {expected[name]}"
                    )
                _copy_checked(fh, staged / name, name, source, member.name)
                seen.add(name)
                done += member.size
                progress("files", done, total)
        missing = sorted(set(expected) - seen)
        if missing:
            raise Invalid(
                f"{source.name}: {len(missing)} files of the manifest are missing "
                f"(first: {missing[0]})"
            )
        if not dump.exists():
            raise Invalid(f"{source.name}: {DUMP} is missing")
        for name in sorted(seen):
            target = store.path(name)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(staged / name, target)
        progress("database", 0, dump.stat().st_size)
        recreate()
        result = subprocess.run(
            [
                _pg_tool(bindir, "pg_restore"),
                "--exit-on-error",
                "--single-transaction",
                f"--dbname={_dsn(admin_url)}",
                str(dump),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            recreate()  # nothing half-restored stays behind
            raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
        progress("database", dump.stat().st_size, dump.stat().st_size)
    return Summary(
        len(seen),
        total,
        manifest["database"]["size"],
        manifest.get("revision"),
        manifest["created_at"],
    )


def _copy_checked(fh: IO[bytes], target: Path, sha256: str, source: Path, member: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with target.open("wb") as out:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != sha256:
        raise Invalid(
            f"{source.name}: {member} does not match its checksum: the backup is "
            "damaged; nothing was restored"
        )
