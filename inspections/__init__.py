"""Inspections: events, findings per component and item, the grade roll-up, schedules, field
packages, attachments and the tamper-evident record chain."""
