"""Imports point one way: viewer → twin → inspections → assets → geodata, all on the kernel."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["viewer", "twin", "inspections", "assets", "geodata"]
KERNEL = "kernel"


def imported_names(folder: Path) -> set[str]:
    """The dotted names every module under ``folder`` imports (absolute imports)."""
    found = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
    return found


def imported_modules(package: str) -> set[str]:
    """The top-level names every module of ``package`` imports."""
    return {name.split(".")[0] for name in imported_names(ROOT / package)}


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


def test_the_kernel_imports_no_module_by_name():
    """Job handlers register themselves (kernel.jobs.job_handler); nothing in the kernel
    reaches a domain through a dotted string the arrows above cannot see."""
    for path in (ROOT / KERNEL).rglob("*.py"):
        assert "import_module" not in path.read_text(encoding="utf-8"), path


ROOMS = ("planning", "ogc", "sensors", "surveys")


@pytest.mark.parametrize("room", ROOMS)
def test_each_of_twins_rooms_stands_on_its_own(room):
    """Planning, the OGC APIs, sensors (with SensorThings) and surveys import none of each
    other: each user's capability is a room of its own; twin.state and twin.app compose."""
    rooms = {n.split(".")[1] for n in imported_names(ROOT / "twin" / room) if n.startswith("twin.")}
    assert rooms <= {room}
