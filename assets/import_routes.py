"""Upload endpoint for imports: the file is streamed to a private temporary folder under a
size limit, unpacked safely when it is a zip (shapefiles with their sidecars, CityGML with
its code lists), then imported like `porttwin import`."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, UploadFile
from fastapi.responses import JSONResponse

from assets.importers.files import IMPORT_FORMATS, main_file, run_import
from assets.importers.vector import Mapping
from geodata.archive import ArchiveError, safe_extract
from kernel.errors import Invalid
from kernel.uploads import save_upload
from kernel.web import CurrentUser, SessionDep

router = APIRouter(prefix="/api/v1", tags=["imports"])


@router.post("/imports/{fmt}", summary="Import facilities from an uploaded file")
async def upload_import(
    fmt: str,
    request: Request,
    who: CurrentUser,
    session: SessionDep,
    file: Annotated[UploadFile, File(description="the file, or a zip with its sidecar files")],
    port: Annotated[str, Query(description="port code or id")],
    dry_run: bool = False,
    skip_invalid: bool = False,
    kind: Annotated[str | None, Query(description="facility kind of every feature")] = None,
    id_field: Annotated[str | None, Query(description="column identifying features")] = None,
    source: Annotated[str | None, Query(description="external id namespace")] = None,
    crs: Annotated[str | None, Query(description="CRS when the file has none")] = None,
) -> JSONResponse:
    """Formats: `vector` (GeoJSON, GeoPackage, FlatGeobuf, CSV, or a zipped shapefile), `osm`
    (.osm.pbf), `plateau` (CityGML, zipped with its codelists folder). The answer is the
    import report; 422 with the report when rows are invalid and nothing was written."""
    if fmt not in IMPORT_FORMATS:
        raise Invalid(
            f"unknown import format '{fmt}'; one of {', '.join(IMPORT_FORMATS)}", field="fmt"
        )
    limit = request.app.state.settings.max_upload_mb
    folder = Path(tempfile.mkdtemp(prefix="porttwin-upload-"))
    try:
        saved = await save_upload(file, folder, limit)
        if saved.suffix.lower() == ".zip":
            unpacked = folder / "unpacked"
            try:
                safe_extract(saved, unpacked, max_total_bytes=4 * (limit << 20))
            except ArchiveError as exc:
                raise Invalid(str(exc), field="file") from exc
            target = main_file(unpacked, fmt)
        else:
            target = saved
        options: dict[str, Any] = {
            "source": source,
            "crs": crs,
            "dry_run": dry_run,
            "skip_invalid": skip_invalid,
        }
        if fmt == "vector":
            options["mapping"] = Mapping(
                id_field=id_field, constants={"kind": kind} if kind else {}
            )
        # invalid rows raise ImportRefused (422 with the report); the request's transaction
        # is then rolled back, so nothing is written
        report = run_import(session, who, fmt, target, port, **options)
        return JSONResponse(report.as_dict())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
