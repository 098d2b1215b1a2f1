"""Photos and documents of an inspection, stored by content (SHA-256) in the file store.

JPEG photos give their EXIF time and GPS position; when the finding they belong to has no
defect location yet, the photo's position becomes it.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any

from geoalchemy2.shape import from_shape
from PIL import Image, UnidentifiedImageError
from PIL.ExifTags import GPS, IFD, Base
from shapely.geometry import Point
from sqlalchemy import select
from sqlalchemy.orm import Session

from geodata.errors import ReadError
from geodata.sniff import require_format
from inspections.models import Attachment, Finding
from inspections.records import draft_record
from kernel.auth.service import Principal
from kernel.errors import Invalid, NotFound
from kernel.files import FileStore
from kernel.ids import new_id
from kernel.lookup import readable

MAX_BYTES = 25 << 20
MAX_PIXELS = 60_000_000  # e.g. 9000 × 6700, beyond any field camera
ACCEPTED = ("JPEG", "PNG", "PDF")
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


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


def describe(filename: str, path: Path) -> dict[str, Any]:
    """Media type (from the content, which must agree with the name), size and, for images,
    dimensions, time and position; Invalid naming the file otherwise."""
    if path.stat().st_size > MAX_BYTES:
        raise Invalid(f"{filename}: larger than {MAX_BYTES >> 20} MB", field="file")
    try:
        fmt = require_format(path, ACCEPTED, name=filename)
    except ReadError as exc:
        raise Invalid(str(exc), field="file") from None
    if fmt == "PDF":
        return {
            "media_type": "application/pdf",
            "width": None,
            "height": None,
            "taken_at": None,
            "position": None,
        }
    try:
        with Image.open(path, formats=[fmt]) as image:
            if image.width * image.height > MAX_PIXELS:
                raise Invalid(
                    f"{filename}: {image.width}×{image.height} pixels is more than "
                    f"{MAX_PIXELS:,} pixels",
                    field="file",
                )
            image.verify()
        with Image.open(path, formats=[fmt]) as image:
            taken, position = read_exif(image) if fmt == "JPEG" else (None, None)
            return {
                "media_type": f"image/{fmt.lower()}",
                "width": image.width,
                "height": image.height,
                "taken_at": taken,
                "position": position,
            }
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as exc:
        raise Invalid(f"{filename}: not a readable {fmt} image ({exc})", field="file") from None


def attachment_file(
    session: Session, who: Principal, store: FileStore, attachment_id: uuid.UUID
) -> tuple[Attachment, bytes]:
    """An attachment the caller may read, with its bytes (Gone when the file is missing)."""
    attachment = readable(session, who, Attachment, attachment_id, what="attachment")
    data = store.read(attachment.sha256, what=f"the file of attachment {attachment.id}")
    return attachment, data


def add_attachment(
    session: Session,
    who: Principal,
    store: FileStore,
    inspection_id: uuid.UUID,
    filename: str,
    path: Path,
    finding_id: uuid.UUID | None = None,
) -> Attachment:
    """Attach the file at ``path`` (called ``filename`` by the user) to a draft inspection
    (or one of its findings); the same bytes twice give the same attachment."""
    record = draft_record(session, who, inspection_id)
    info = describe(filename, path)
    finding = None
    if finding_id is not None:
        finding = session.get(Finding, {"port_id": record.port_id, "id": finding_id})
        if finding is None or finding.inspection_id != record.id:
            raise NotFound("finding not found")
    digest = store.put_file(path)
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
        size_bytes=path.stat().st_size,
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
