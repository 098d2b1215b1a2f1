"""Pure geometry checks: validation reasons, CRS transforms, axis order, measures."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString

from geodata.crs import is_metric, utm_epsg_for
from geodata.geometry import GeometryError, geometry_from_geojson
from geodata.measure import measure


def test_valid_line_in_storage_crs_passes_unchanged():
    geom = geometry_from_geojson(
        {"type": "LineString", "coordinates": [[7.42, 43.73], [7.43, 43.74]]}
    )
    assert list(geom.coords) == [(7.42, 43.73), (7.43, 43.74)]


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        (
            {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]},
            "Self-intersection",
        ),
        ({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1]]]}, "malformed"),
        ({"type": "LineString", "coordinates": []}, "empty"),
        ({"coordinates": [1, 2]}, "not a GeoJSON geometry"),
        ({"type": "Point", "coordinates": [200, 10]}, "outside the valid"),
    ],
)
def test_bad_geometry_is_refused_with_a_reason(obj, message):
    with pytest.raises(GeometryError, match=message):
        geometry_from_geojson(obj)


def test_unknown_epsg_is_refused():
    with pytest.raises(GeometryError, match="EPSG:12345678"):
        geometry_from_geojson({"type": "Point", "coordinates": [0, 0]}, crs=12345678)


def test_metric_crs_and_utm_zone():
    assert is_metric(6677) and is_metric(32632) and not is_metric(4326)
    assert utm_epsg_for(7.42, 43.73) == 32632
    assert utm_epsg_for(114.6, -28.77) == 32750


def test_measure_reports_length_for_lines_and_area_for_polygons():
    length, area = measure(LineString([(139.74, 35.49), (139.7422, 35.49)]), 6677)
    assert area is None and length == pytest.approx(199.4, abs=0.5)
    square = geometry_from_geojson(
        {"type": "Polygon", "coordinates": [[[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]]},
        crs=6677,
    )
    assert measure(square, 6677) == (None, pytest.approx(10_000, rel=1e-6))
