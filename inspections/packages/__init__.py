"""Offline field packages: what an inspector takes to the quay and brings back.

Export (:mod:`.export`): one zip with ``package.json`` (the package id, its facilities and
the port's time zone), ``form.xlsx`` (:mod:`.form`: one row per item × span the catalogue
requires, with the previous grade, drop-downs and checks on every input column, and a sheet
for who inspected, when, and the day's conditions), ``facilities.gpkg`` and ``project.qgz``
(:mod:`.qfield`: the same rows as GeoPackage layers in a QGIS project that QField opens,
styled by grade, with forms and the facility → component → finding relations) and a README
in Japanese and English.

Intake (:mod:`.intake`): the filled zip — the form, or the GeoPackage as edited in QField —
checked row by row, written only when every row holds (or as the inspector asked), never
twice.
"""

from inspections.packages.export import export_package, select_facilities
from inspections.packages.intake import (
    PackageRefused,
    PackageReport,
    Problem,
    import_package,
    queue_package,
)

__all__ = [
    "PackageRefused",
    "PackageReport",
    "Problem",
    "export_package",
    "import_package",
    "queue_package",
    "select_facilities",
]
