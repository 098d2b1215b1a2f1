"""Small IFC 4.3 models built for tests and the benchmark (all marked SYNTHETIC)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ifcopenshell
import ifcopenshell.api
import numpy as np

run = ifcopenshell.api.run


def new_model(name: str = "SYNTHETIC test model") -> tuple[ifcopenshell.file, Any, Any]:
    """An empty IFC4X3_ADD2 model in metres: (file, body context, site)."""
    model = ifcopenshell.file(schema="IFC4X3_ADD2")
    project = run("root.create_entity", model, ifc_class="IfcProject", name=name)
    metre = run("unit.add_si_unit", model, unit_type="LENGTHUNIT")
    run("unit.assign_unit", model, units=[metre])
    context = run("context.add_context", model, context_type="Model")
    body = run(
        "context.add_context",
        model,
        context_type="Model",
        context_identifier="Body",
        target_view="MODEL_VIEW",
        parent=context,
    )
    site = run("root.create_entity", model, ifc_class="IfcSite", name="Site")
    run("aggregate.assign_object", model, products=[site], relating_object=project)
    return model, body, site


def marine_facility(
    model: ifcopenshell.file, site: Any, name: str, predefined_type: str = "QUAY"
) -> Any:
    facility = run(
        "root.create_entity",
        model,
        ifc_class="IfcMarineFacility",
        name=name,
        predefined_type=predefined_type,
    )
    run("aggregate.assign_object", model, products=[facility], relating_object=site)
    return facility


def block(
    model: ifcopenshell.file,
    body: Any,
    container: Any,
    name: str,
    at: tuple[float, float],
    size: tuple[float, float, float] = (10.0, 5.0, 3.0),
) -> Any:
    """A box-shaped IfcBuiltElement (length × width × height) with its corner at ``at``."""
    element = run("root.create_entity", model, ifc_class="IfcBuiltElement", name=name)
    length, width, height = size
    shape = run(
        "geometry.add_wall_representation",
        model,
        context=body,
        length=length,
        height=height,
        thickness=width,
    )
    run("geometry.assign_representation", model, product=element, representation=shape)
    matrix = np.eye(4)
    matrix[0, 3], matrix[1, 3] = at
    run("geometry.edit_object_placement", model, product=element, matrix=matrix)
    run("spatial.assign_container", model, products=[element], relating_structure=container)
    return element


def pset(model: ifcopenshell.file, product: Any, name: str, values: dict[str, Any]) -> None:
    created = run("pset.add_pset", model, product=product, name=name)
    run("pset.edit_pset", model, pset=created, properties=values)


def blocks_model(count: int, path: Path) -> Path:
    """A quay of ``count`` blocks (10 × 5 × 3 m) in rows of 100: the benchmark's large model."""
    model, body, site = new_model("SYNTHETIC bench")
    quay = marine_facility(model, site, "SYNTHETIC quay")
    for i in range(count):
        element = block(
            model, body, quay, f"SYNTHETIC block {i}", ((i % 100) * 10.0, (i // 100) * 6.0)
        )
        pset(model, element, "Pset_Synthetic", {"Index": i})
    model.write(str(path))
    return path
