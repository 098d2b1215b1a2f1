"""Photos and documents of an inspection, stored by content (SHA-256) in the file store.

JPEG photos give their EXIF time and GPS position; when the finding they belong to has no
defect location yet, the photo's position becomes it.
"""

from __future__ import annotations

import io
import uuid
from datetime import datetime
from typing import Any

from geoalchemy2.shape import from_shape
from PIL import Image, UnidentifiedImageError
from PIL.ExifTags import GPS, IFD, Base
from shapely.geometry import Point
from sqlalchemy import select
from sqlalchemy.orm import Session

from inspections.models import Attachment, Finding
from inspections.records import draft_record
from kernel.auth.service import Principal
from kernel.errors import Invalid, NotFound
from kernel.files import FileStore
from kernel.ids import new_id

MAX_BYTES = 25 << 20
MAX_PIXELS = 60_000_000  # e.g. 9000 × 6700, beyond any field camera


def _ratio(value: Any) -> float:
    return (
        float(value.numerator) / float(value.denominator)
        if hasattr(value, "denominator")
        else float(value)
    )


def _degrees(dms: Any, ref: str) -> float:
    d, m, s = (_ratio(v) for v in dms)
    value = d + m / 60 + s / 3600
    return -value if ref in ("S", "W") else value


def read_exif(image: Image.Image) -> tuple[datetime | None, tuple[float, float] | None]:
    """(time taken, (lon, lat)) from a photo's EXIF, where present."""
    exif = image.getexif()
    taken = None
    text = exif.get_ifd(IFD.Exif).get(Base.DateTimeOriginal) or exif.get(Base.DateTime)
    if text:
        try:
            taken = datetime.strptime(str(text).strip("\x00"), "%Y:%m:%d %H:%M:%S")
        except ValueError:
            taken = None
    gps = exif.get_ifd(IFD.GPSInfo)
    position = None
    if GPS.GPSLatitude in gps and GPS.GPSLongitude in gps:
        lat = _degrees(gps[GPS.GPSLatitude], str(gps.get(GPS.GPSLatitudeRef, "N")))
        lon = _degrees(gps[GPS.GPSLongitude], str(gps.get(GPS.GPSLongitudeRef, "E")))
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            position = (lon, lat)
    return taken, position


def describe(filename: str, data: bytes) -> dict[str, Any]:
    """Media type, size and (for images) dimensions, time and position; Invalid otherwise."""
    if len(data) > MAX_BYTES:
        raise Invalid(f"{filename}: larger than {MAX_BYTES >> 20} MB", field="file")
    if data.startswith(b"%PDF-"):
        return {
            "media_type": "application/pdf",
            "width": None,
            "height": None,
            "taken_at": None,
            "position": None,
        }
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise Invalid(
                    f"{filename}: {image.width}×{image.height} pixels is more than "
                    f"{MAX_PIXELS:,} pixels",
                    field="file",
                )
            kind = (image.format or "").lower()
            if kind not in ("jpeg", "png"):
                raise Invalid(
                    f"{filename}: {kind or 'unknown'} images are not accepted (JPEG, PNG or PDF)",
                    field="file",
                )
            taken, position = read_exif(image) if kind == "jpeg" else (None, None)
            return {
                "media_type": f"image/{kind}",
                "width": image.width,
                "height": image.height,
                "taken_at": taken,
                "position": position,
            }
    except (UnidentifiedImageError, Image.DecompressionBombError) as exc:
        raise Invalid(f"{filename}: not a JPEG, PNG or PDF file ({exc})", field="file") from exc


def add_attachment(
    session: Session,
    who: Principal,
    store: FileStore,
    inspection_id: uuid.UUID,
    filename: str,
    data: bytes,
    finding_id: uuid.UUID | None = None,
) -> Attachment:
    """Attach a file to a draft inspection (or one of its findings); the same bytes twice
    give the same attachment."""
    record = draft_record(session, who, inspection_id)
    info = describe(filename, data)
    finding = None
    if finding_id is not None:
        finding = session.get(Finding, {"port_id": record.port_id, "id": finding_id})
        if finding is None or finding.inspection_id != record.id:
            raise NotFound("finding not found")
    digest = store.put(data)
    existing = session.scalar(
        select(Attachment).where(
            Attachment.port_id == record.port_id,
            Attachment.inspection_id == record.id,
            Attachment.sha256 == digest,
        )
    )
    if existing is not None:
        return existing
    position = info["position"]
    location = from_shape(Point(*position), srid=4326) if position else None
    attachment = Attachment(
        port_id=record.port_id,
        id=new_id(),
        inspection_id=record.id,
        finding_id=finding_id,
        sha256=digest,
        filename=filename,
        media_type=info["media_type"],
        size_bytes=len(data),
        width=info["width"],
        height=info["height"],
        taken_at=info["taken_at"],
        location=location,
    )
    session.add(attachment)
    if finding is not None and finding.location is None and location is not None:
        finding.location = location  # the photo's GPS is offered as the defect location
    session.flush()
    return attachment
