"""Inspections: events, findings per component and item, the grade roll-up, schedules, field
packages, attachments and the tamper-evident record chain."""

# registers the writer of the external inspections facility imports carry (a PLATEAU bridge's
# inspection judgement): the registry hands them over without importing this package
from inspections import external as _external  # noqa: F401
