"""Photos and documents of an inspection, stored by content (SHA-256) in the file store.

JPEG photos give their EXIF time and GPS position. A camera writes ``DateTimeOriginal`` in
its own local time: the offset comes from ``OffsetTimeOriginal`` when the camera wrote it,
else from the GPS time stamp (UTC), else the port's time zone is assumed; the attachment
records which (``taken_at_source``). A photo's position becomes its finding's defect location
only when it lies within ``PORTTWIN_PHOTO_MAX_DISTANCE_M`` (200 m) of the facility; a farther
one is kept on the photo and flagged to the inspector.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from geoalchemy2 import Geography
from geoalchemy2.shape import from_shape
from PIL import Image, UnidentifiedImageError
from PIL.ExifTags import GPS, IFD, Base
from shapely.geometry import Point
from sqlalchemy import cast, func, select
from sqlalchemy.orm import Session

from assets.models import Facility, Port
from geodata.errors import ReadError
from geodata.sniff import require_format
from geodata.timezones import aware
from inspections.models import Attachment, Finding
from inspections.records import draft_record
from kernel.auth.service import Principal
from kernel.errors import Invalid, NotFound
from kernel.files import FileStore
from kernel.ids import new_id
from kernel.lookup import readable
from kernel.settings import get_settings

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


@dataclass(frozen=True)
class Exif:
    taken: datetime | None  # with its offset when the photo says it, else naive local time
    source: str | None  # exif_offset, gps, or None (naive: the port's zone will be assumed)
    position: tuple[float, float] | None  # (lon, lat)


def _exif_time(text: Any) -> datetime | None:
    try:
        return datetime.strptime(str(text).strip("\x00 "), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _gps_time(gps: Any) -> datetime | None:
    """The GPS fix time (UTC) from GPSDateStamp and GPSTimeStamp."""
    stamp, clock = gps.get(GPS.GPSDateStamp), gps.get(GPS.GPSTimeStamp)
    if not stamp or not clock:
        return None
    try:
        day = datetime.strptime(str(stamp).strip("\x00 "), "%Y:%m:%d")
        h, m, s = (_ratio(v) for v in clock)
        return day.replace(tzinfo=UTC) + timedelta(hours=h, minutes=m, seconds=s)
    except (ValueError, TypeError, ZeroDivisionError):
        return None


def read_exif(image: Image.Image) -> Exif:
    """The photo's time (see the module docstring) and GPS position, where present."""
    exif = image.getexif()
    inner = exif.get_ifd(IFD.Exif)
    taken = _exif_time(inner.get(Base.DateTimeOriginal) or exif.get(Base.DateTime) or "")
    gps = exif.get_ifd(IFD.GPSInfo)
    source = None
    offset = str(inner.get(Base.OffsetTimeOriginal) or inner.get(Base.OffsetTime) or "")
    offset = offset.strip("\x00 ")
    if taken is not None and offset:
        try:
            taken = datetime.fromisoformat(taken.isoformat() + offset)
            source = "exif_offset"
        except ValueError:
            pass
    fix = _gps_time(gps)
    if source is None and fix is not None:
        if taken is None:
            taken, source = fix, "gps"
        else:
            # the camera's clock against GPS time: its zone, to the quarter hour
            quarters = round((taken.replace(tzinfo=UTC) - fix).total_seconds() / 900)
            if abs(quarters) <= 14 * 4:
                taken = taken.replace(tzinfo=timezone(timedelta(minutes=15 * quarters)))
                source = "gps"
    position = None
    if GPS.GPSLatitude in gps and GPS.GPSLongitude in gps:
        try:
            lat = _degrees(gps[GPS.GPSLatitude], str(gps.get(GPS.GPSLatitudeRef, "N")))
            lon = _degrees(gps[GPS.GPSLongitude], str(gps.get(GPS.GPSLongitudeRef, "E")))
        except (ValueError, TypeError, ZeroDivisionError):
            lat = lon = math.nan
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            position = (lon, lat)
    return Exif(taken, source, position)


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
            "exif": Exif(None, None, None),
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
            return {
                "media_type": f"image/{fmt.lower()}",
                "width": image.width,
                "height": image.height,
                "exif": read_exif(image) if fmt == "JPEG" else Exif(None, None, None),
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
    exif: Exif = info["exif"]
    port = session.get(Port, record.port_id)
    assert port is not None
    taken, source = exif.taken, exif.source
    if taken is not None and taken.tzinfo is None:
        taken, source = aware(taken, port.time_zone), "port_zone"
    location = from_shape(Point(*exif.position), srid=4326) if exif.position else None
    distance = _distance_m(session, record, location) if location is not None else None
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
        taken_at=taken,
        taken_at_source=source,
        location=location,
        distance_m=distance,
    )
    session.add(attachment)
    near = distance is not None and distance <= get_settings().photo_max_distance_m
    if finding is not None and finding.location is None and location is not None and near:
        finding.location = location  # the photo's GPS is offered as the defect location
    session.flush()
    return attachment


def _distance_m(session: Session, record: Any, location: Any) -> float:
    """Metres from a point to the record's facility (on the ellipsoid)."""
    geom = select(Facility.geom).where(
        Facility.port_id == record.port_id, Facility.id == record.facility_id
    )
    return float(
        session.scalar(  # type: ignore[arg-type]
            select(
                func.ST_Distance(cast(location, Geography), cast(geom.scalar_subquery(), Geography))
            )
        )
    )


def attachment_warnings(attachment: Attachment) -> list[str]:
    """What the inspector should know of a stored photo: a position too far away to use."""
    limit = get_settings().photo_max_distance_m
    if attachment.distance_m is not None and attachment.distance_m > limit:
        return [
            f"{attachment.filename}: 写真の位置が施設から {attachment.distance_m:,.0f} m 離れて"
            f"います。欠陥位置には使いません / the photo was taken {attachment.distance_m:,.0f} m "
            f"from the facility (more than {limit:,.0f} m): its position is kept on the photo "
            "but not used as the defect location"
        ]
    return []
