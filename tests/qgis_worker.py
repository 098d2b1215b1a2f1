"""Headless QGIS doing what a port engineer does in it, run by Debian's Python 3 with
``python3-qgis`` (not the project's virtualenv): ``python3 qgis_worker.py TASK.json OUT.json``.

Each task logs in with a Basic authentication configuration (the API token as the
password), as a QGIS user would set one up, in a QGIS profile of its own. Tasks:

- ``collections``: load OGC API Features collections as layers, count their features;
- ``tiles``: load the vector tiles with the published MapLibre style, render a port to PNG;
- ``styled``: load a collection with its published QML (or SLD), render it to PNG;
- ``project``: open a project (a field package's, or one reading the OGC API), describe
  its layers, forms and relations, render it to PNG;
- ``edit``: as an inspector in QField would, fill in findings and the inspection record in
  the field package's GeoPackage through its project, and move a finding's point.

The answer is JSON: what QGIS saw, so the test can compare it with the database.
"""

# ruff: noqa: S310

import json
import os
import sys
import tempfile
import urllib.request

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PROFILE = tempfile.mkdtemp(prefix="qgis-profile-")
os.environ["QGIS_AUTH_DB_DIR_PATH"] = PROFILE

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsAuthMethodConfig,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsGeometry,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorTileLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

MERCATOR = QgsCoordinateReferenceSystem("EPSG:3857")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def start():
    app = QgsApplication([], False, PROFILE)
    app.setPrefixPath("/usr", True)
    app.initQgis()
    return app


def basic_auth(user, token, config_id=None):
    """A QGIS authentication configuration: method Basic, the token as the password (with
    the id a downloaded project names, when given)."""
    manager = QgsApplication.authManager()
    manager.setMasterPassword("porttwin-test", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("Port Twin")
    if config_id:
        config.setId(config_id)
    config.setConfig("username", user)
    config.setConfig("password", token)
    ok, stored = manager.storeAuthenticationConfig(config)
    if not ok:
        raise RuntimeError("QGIS did not store the authentication configuration")
    return stored.id()


def oapif(base, collection, authcfg):
    uri = f"url='{base}/ogc' typename='{collection}' authcfg={authcfg}"
    return QgsVectorLayer(uri, collection, "OAPIF")


def describe(layer):
    features = list(layer.getFeatures())
    drawn = sum(1 for f in features if f.hasGeometry() and not f.geometry().isEmpty())
    kinds = sorted({f.geometry().wkbType() for f in features if f.hasGeometry()})
    return {
        "valid": layer.isValid(),
        "wkb_type": QgsWkbTypes.displayString(layer.wkbType()),
        "features": len(features),
        "drawn": drawn,
        "feature_wkb_types": [QgsWkbTypes.displayString(k) for k in kinds],
        # QGIS 3.22 crashes when asked the error of an invalid OAPIF layer (or its provider's)
        "error": "" if layer.isValid() else "not valid",
    }


def render(layers, extent_lonlat, png, size=(900, 650)):
    """Render ``layers`` over the lon/lat extent in Web Mercator; count the pixels of each
    colour asked for (RGB, within a tolerance) so the test can see what was drawn."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(MERCATOR)
    west, south, east, north = extent_lonlat
    to_mercator = QgsCoordinateTransform(WGS84, MERCATOR, QgsProject.instance())
    extent = to_mercator.transformBoundingBox(QgsRectangle(west, south, east, north))
    extent.scale(1.1)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(png)
    return image, [e.message for e in job.errors()], settings.scale()


def count_colours(image, colours, tolerance=12):
    counts = {name: 0 for name in colours}
    targets = {name: tuple(int(h[i : i + 2], 16) for i in (1, 3, 5)) for name, h in colours.items()}
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            rgb = (c.red(), c.green(), c.blue())
            for name, target in targets.items():
                if all(abs(a - b) <= tolerance for a, b in zip(rgb, target, strict=True)):
                    counts[name] += 1
    return counts


def task_collections(task):
    authcfg = basic_auth(task["user"], task["token"])
    return {c: describe(oapif(task["base"], c, authcfg)) for c in task["collections"]}


def task_tiles(task):
    authcfg = basic_auth(task["user"], task["token"])
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("url", task["tiles"])
    uri.setParam("zmin", "0")
    uri.setParam("zmax", "22")
    uri.setParam("styleUrl", task["style"])
    uri.setAuthConfigId(authcfg)
    layer = QgsVectorTileLayer(bytes(uri.encodedUri()).decode(), "Port Twin")
    message, loaded = layer.loadDefaultStyle()
    styles = layer.renderer().styles() if layer.renderer() else []
    image, errors, scale = render([layer], task["extent"], task["png"])
    return {
        "valid": layer.isValid(),
        "style_loaded": loaded,
        "style_message": message,
        "styles": len(styles),
        "errors": errors,
        "scale": scale,
        "colours": count_colours(image, task["colours"]),
    }


def task_styled(task):
    authcfg = basic_auth(task["user"], task["token"])
    layer = oapif(task["base"], task["collection"], authcfg)
    path = os.path.join(PROFILE, "style." + task["format"])
    with urllib.request.urlopen(task["style"], timeout=30) as answer, open(path, "wb") as out:
        out.write(answer.read())
    if task["format"] == "qml":
        message, ok = layer.loadNamedStyle(path)
    else:
        message, ok = layer.loadSldStyle(path)
    renderer = layer.renderer()
    categories = (
        [(str(c.value()), c.label()) for c in renderer.categories()]
        if hasattr(renderer, "categories")
        else []
    )
    rules = (
        [(r.label(), r.filterExpression()) for r in renderer.rootRule().children()]
        if hasattr(renderer, "rootRule")
        else []
    )
    extent = layer.extent()
    image, errors, _ = render(
        [layer],
        [extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
        task["png"],
    )
    return {
        "valid": layer.isValid(),
        "loaded": ok,
        "message": message,
        "renderer": type(renderer).__name__,
        "attribute": renderer.classAttribute() if hasattr(renderer, "classAttribute") else "",
        "categories": categories,
        "rules": rules,
        "labels": layer.labelsEnabled(),
        "errors": errors,
        "colours": count_colours(image, task["colours"]),
    }


def _widgets(layer):
    out = {}
    form = layer.editFormConfig()
    for i, f in enumerate(layer.fields()):
        setup = layer.editorWidgetSetup(i)
        out[f.name()] = {
            "widget": setup.type(),
            "config": json.loads(json.dumps(setup.config(), default=str)),
            "editable": not form.readOnly(i),
            "alias": layer.attributeAlias(i),
        }
    return out


def task_project(task):
    if task.get("token"):  # a project reading the OGC API: the user's configuration first
        basic_auth(task["user"], task["token"], task.get("authcfg"))
    project = QgsProject.instance()
    if not project.read(task["path"]):
        return {"read": False, "error": project.error()}
    layers = {}
    for layer in project.mapLayers().values():
        info = {
            "name": layer.name(),
            "valid": layer.isValid(),
            "features": layer.featureCount(),
            "geometry": layer.geometryType() if layer.isSpatial() else None,
            "renderer": type(layer.renderer()).__name__ if layer.renderer() else None,
            "labels": layer.labelsEnabled(),
            "crs": layer.crs().authid() if layer.isSpatial() else None,
            "display": layer.displayExpression(),
            "tabs": [t.name() for t in layer.editFormConfig().tabs()],
            "widgets": _widgets(layer),
        }
        if layer.renderer() is not None and hasattr(layer.renderer(), "categories"):
            info["categories"] = [str(c.value()) for c in layer.renderer().categories()]
        layers[layer.id()] = info
    relations = {
        r.id(): {
            "valid": r.isValid(),
            "child": r.referencingLayerId(),
            "parent": r.referencedLayerId(),
            "fields": [list(pair) for pair in r.fieldPairs().items()],
            # the children of the first parent feature, as a relation editor lists them
            "first_children": _first_children(r),
        }
        for r in project.relationManager().relations().values()
    }
    view = project.viewSettings().defaultViewExtent()
    shown = [layer for layer in project.layerTreeRoot().checkedLayers() if layer.isSpatial()]
    to_wgs84 = QgsCoordinateTransform(view.crs(), WGS84, project)
    box = to_wgs84.transformBoundingBox(QgsRectangle(view))
    image, errors, scale = render(
        shown, [box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()], task["png"]
    )
    return {
        "read": True,
        "crs": project.crs().authid(),
        "layers": layers,
        "relations": relations,
        "errors": errors,
        "scale": scale,
        "colours": count_colours(image, task.get("colours", {})),
    }


def _first_children(relation):
    parent = next(relation.referencedLayer().getFeatures(), None)
    if parent is None:
        return 0
    return sum(1 for _ in relation.getRelatedFeatures(parent))


def task_edit(task):
    """Edit through the project's layers and their forms' fields, commit, as QField does."""
    project = QgsProject.instance()
    if not project.read(task["path"]):
        return {"read": False}
    findings = project.mapLayer(task["findings_layer"])
    heads = project.mapLayer(task["inspections_layer"])
    done = {"findings": 0, "heads": 0, "moved": 0}
    findings.startEditing()
    by_key = {f["row_key"]: f for f in findings.getFeatures()}
    for key, values in task["findings"].items():
        feature = by_key[key]
        for name, value in values.items():
            if name == "_move_to":
                point = QgsGeometry.fromPointXY(QgsPointXY(*value))
                findings.changeGeometry(feature.id(), point)
                done["moved"] += 1
                continue
            findings.changeAttributeValue(feature.id(), findings.fields().indexOf(name), value)
        done["findings"] += 1
    if not findings.commitChanges():
        return {"read": True, "committed": False, "errors": findings.commitErrors()}
    heads.startEditing()
    by_facility = {f["facility_id"]: f for f in heads.getFeatures()}
    for facility_id, values in task["heads"].items():
        feature = by_facility[facility_id]
        for name, value in values.items():
            heads.changeAttributeValue(feature.id(), heads.fields().indexOf(name), value)
        done["heads"] += 1
    if not heads.commitChanges():
        return {"read": True, "committed": False, "errors": heads.commitErrors()}
    return {"read": True, "committed": True, **done}


TASKS = {
    "collections": task_collections,
    "tiles": task_tiles,
    "styled": task_styled,
    "project": task_project,
    "edit": task_edit,
}

if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        given = json.load(fh)
    app = start()
    answer = {"qgis": Qgis.QGIS_VERSION, **TASKS[given["task"]](given)}
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        json.dump(answer, fh, default=str)
    QgsProject.instance().clear()
    app.exitQgis()
