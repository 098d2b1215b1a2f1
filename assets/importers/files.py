"""One entry point for every import: read a file of a format, then upsert its rows.

Uploaded files arrive here too: :func:`import_upload` unpacks a zip safely, finds the file to
import and imports it in the request; :func:`queue_upload` stores a large upload and queues
the same work as a background job (:func:`import_job`), whose result is the same report.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from assets.importers import ImportReport, Progress, import_facilities
from assets.importers.formats import IMPORT_FORMATS
from assets.importers.registry import IMPORTERS, ImportSource
from assets.ports import resolve_port
from geodata.archive import ArchiveError, safe_extract
from geodata.errors import ReadError
from kernel.auth.service import Principal
from kernel.errors import Invalid
from kernel.files import file_store
from kernel.jobs import Job, JobProgress, create_job, job_handler


def check_format(fmt: str) -> None:
    """Invalid (naming ``fmt``) unless it is a registered import format."""
    if fmt not in IMPORTERS:
        raise Invalid(
            f"unknown import format '{fmt}'; one of {', '.join(IMPORT_FORMATS)}", field="fmt"
        )


def main_file(folder: Path, fmt: str) -> Path:
    """The file to import in an unpacked upload (a shapefile with its sidecars, a CityGML
    file with its code lists …)."""
    found = IMPORTERS[fmt].main_file(folder)
    if found is None:
        raise ReadError(folder.name, f"the upload holds no file to import as {fmt}")
    return found


def import_upload(
    session: Session,
    who: Principal,
    fmt: str,
    saved: Path,
    port: str,
    *,
    name: str,
    unpack_limit: int,
    **options: Any,
) -> ImportReport:
    """Import an uploaded file (``saved``, called ``name`` by the user): a zip is unpacked
    safely beside it first (shapefile sidecars, CityGML code lists)."""
    check_format(fmt)
    root = None
    if Path(name).suffix.lower() == ".zip":
        root = saved.parent / "unpacked"
        try:
            safe_extract(saved, root, max_total_bytes=unpack_limit, name=name)
        except ArchiveError as exc:
            raise Invalid(str(exc), field="file") from None
        try:
            target = main_file(root, fmt)
        except ReadError as exc:
            raise Invalid(f"{name}: {exc.reason}", field="file") from None
        shown = f"{name}/{target.relative_to(root)}"
    else:
        target, shown = saved, name
    return run_import(session, who, fmt, target, port, name=shown, root=root, **options)


def queue_upload(
    session: Session,
    who: Principal,
    fmt: str,
    saved: Path,
    port_ref: str,
    *,
    name: str,
    **options: Any,
) -> Job:
    """Store a large upload and queue its import; the job's result is the import report."""
    check_format(fmt)
    port = resolve_port(session, who, port_ref)
    who.require("registry.write", port.id, "port")
    digest = file_store().put_file(saved)
    params = {"fmt": fmt, "sha256": digest, "name": name, "port": port.code, "options": options}
    return create_job(session, who, f"import.{fmt}", port.id, params)


@job_handler(*(f"import.{fmt}" for fmt in IMPORT_FORMATS))
def import_job(session: Session, who: Principal, job: Job, progress: JobProgress) -> dict[str, Any]:
    """The background part of a queued upload: the same import, with progress."""
    params = job.params
    stored = file_store().existing_path(params["sha256"], what=f"the upload {params['name']}")
    options = dict(params["options"])
    progress.start("reading", None)
    with tempfile.TemporaryDirectory(prefix="porttwin-import-") as tmp:
        saved = Path(tmp) / Path(params["name"]).name
        saved.symlink_to(stored)
        report = import_upload(
            session,
            who,
            params["fmt"],
            saved,
            params["port"],
            name=params["name"],
            unpack_limit=4 * stored.stat().st_size + (64 << 20),
            start_progress=lambda total: _stage(progress, total),
            **options,
        )
    return report.as_dict()


def _stage(progress: JobProgress, total: int) -> Progress:
    progress.start("saving", total)
    return progress.advance


def run_import(
    session: Session,
    who: Principal,
    fmt: str,
    path: Path,
    port: str,
    *,
    name: str | None = None,
    root: Path | None = None,
    source: str | None = None,
    dry_run: bool = False,
    skip_invalid: bool = False,
    start_progress: Callable[[int], Progress] | None = None,
    **options: Any,
) -> ImportReport:
    """Import ``path`` as format ``fmt`` into ``port`` with the format's ``options`` (see its
    :class:`~assets.importers.registry.Option` list); a file that cannot be read raises Invalid
    naming the file (``name``, as the user called it) and the reason. Files the import reads
    beside it (code lists, crest profiles) must lie inside ``root``."""
    check_format(fmt)
    importer = IMPORTERS[fmt]
    values = importer.option_values(options)
    try:
        batch = importer.read(
            ImportSource(
                session=session,
                who=who,
                port=port,
                path=path,
                name=name or path.name,
                root=root,
                options=values,
                dry_run=dry_run,
            )
        )
    except ReadError as exc:
        raise Invalid(str(exc), field="file") from None
    progress = start_progress(len(batch.rows)) if start_progress else None
    report = import_facilities(
        session,
        who,
        port,
        source or batch.source,
        batch.rows,
        file=name or path.name,
        dry_run=dry_run,
        skip_invalid=skip_invalid,
        progress=progress,
    )
    report.notes = batch.notes + report.notes
    return report
