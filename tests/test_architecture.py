"""Imports point one way: viewer → twin → inspections → assets → geodata, all on the kernel."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["viewer", "twin", "inspections", "assets", "geodata"]
KERNEL = "kernel"


def imported_modules(package: str) -> set[str]:
    """The top-level names every module of ``package`` imports."""
    found = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return found


def imported_packages(package: str) -> set[str]:
    return imported_modules(package) & {*ORDER, KERNEL}


@pytest.mark.parametrize("package", ORDER)
def test_domain_packages_import_only_downwards(package):
    allowed = {package, KERNEL, *ORDER[ORDER.index(package) + 1 :]}
    assert imported_packages(package) <= allowed


def test_geodata_is_pure_and_the_kernel_imports_no_domain():
    assert imported_packages("geodata") <= {"geodata"}
    assert imported_packages(KERNEL) <= {KERNEL}


GDAL_BINDINGS = {"rasterio", "pyogrio", "fiona", "osgeo"}


def test_only_geodata_binds_gdal():
    """GDAL reads whatever a file's content names; the walls against that (no VRT, no network)
    are set in geodata/__init__.py before GDAL registers its drivers, so nothing else may
    import a binding of its own."""
    for package in (KERNEL, *ORDER):
        if package != "geodata":
            assert not imported_modules(package) & GDAL_BINDINGS, package
