"""Pure spatial work: CRS and datums, geometry validation, readers and writers.

No web or domain state lives here; errors are plain :class:`GeometryError` values that callers
translate into their own.
"""
