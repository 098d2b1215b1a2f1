"""The import formats, one registration line each (see :mod:`assets.importers.registry`)."""

from __future__ import annotations

from assets.importers import osm, plateau, vector
from assets.importers.registry import IMPORTERS, register

register(vector.IMPORTER)
register(osm.IMPORTER)
register(plateau.IMPORTER)

IMPORT_FORMATS = tuple(IMPORTERS)
