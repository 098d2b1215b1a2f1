"use strict";
// -- a BIM model in 3D, element by element ---------------------------------------------------
// deck's ScenegraphLayer draws the model's GLB whole and picks only the whole model. To pick
// one element, the same GLB (one node per IFC element, named by its GlobalId) is read once with
// loaders.gl into each element's triangles, in the metres east/north/up the layer draws them in.
// A click on the model is unprojected to the 3D point under the cursor (deck's depth picking),
// and the element whose surface lies nearest that point is the one hit: it is drawn over the
// model in the selection colour and the panel shows it with its registry component.

const MODEL3D = { elements: null, modelId: null, picked: null };
const PICK_TOLERANCE_M = 0.5;  // farther than this from every element's surface: nothing hit

function modelAnchor(m) {
  return [...(m.georef.glb_origin_lonlat || m.georef.origin_lonlat), m.georef.height || 0];
}

function modelBearing(m) {
  return m.georef.glb_true_rotation_deg ?? m.georef.true_rotation_deg ?? m.georef.rotation_deg;
}

function modelLayers() {
  // the GLB at its origin, turned to its true bearing; the GLB is y-up (glTF), so a roll of
  // 90° stands it on the map; the picked element over it
  const m = state.model3d;
  if (!m) return [];
  const out = [new deck.ScenegraphLayer({
    id: "bim-3d", data: [m], scenegraph: `${location.origin}${m.glb_url}`,
    loadOptions: { fetch: { headers: { Authorization: `Bearer ${state.token}` } } },
    getPosition: modelAnchor, getOrientation: (d) => [0, modelBearing(d), 90],
    sizeScale: 1, pickable: true, _lighting: "pbr", opacity: 0.75,
  })];
  const e = MODEL3D.modelId === m.id && MODEL3D.picked;
  if (e) {
    out.push(new deck.SimpleMeshLayer({
      id: "bim-3d-picked", data: [m], getPosition: modelAnchor, getOrientation: [0, 0, 0],
      mesh: { attributes: { positions: { value: e.positions, size: 3 } }, indices: { value: e.indices, size: 1 } },
      getColor: [0, 95, 204, 235], pickable: false,
      parameters: { depthTest: false },  // the whole element, also where the model hides it
    }));
  }
  return out;
}

function turnMatrix(pitchDeg, yawDeg, rollDeg) {
  // the rotation deck's mesh layers give an instance (pitch, yaw, roll), column-major 3×3
  const [p, w, r] = [pitchDeg, yawDeg, rollDeg].map((d) => (d * Math.PI) / 180);
  const [sp, cp, sw, cw, sr, cr] = [Math.sin(p), Math.cos(p), Math.sin(w), Math.cos(w), Math.sin(r), Math.cos(r)];
  return [cw * cp, sw * cp, -sp, -sw * cr + cw * sp * sr, cw * cr + sw * sp * sr, cp * sr,
    sw * sr + cw * sp * cr, -cw * sr + sw * sp * cr, cp * cr];
}

function nodeMatrix(node) {
  // a glTF node's local transform, column-major 4×4 (its matrix, or translation/rotation/scale)
  if (node.matrix) return node.matrix;
  const [x, y, z, w] = node.rotation || [0, 0, 0, 1];
  const [sx, sy, sz] = node.scale || [1, 1, 1];
  const [tx, ty, tz] = node.translation || [0, 0, 0];
  return [(1 - 2 * (y * y + z * z)) * sx, 2 * (x * y + z * w) * sx, 2 * (x * z - y * w) * sx, 0,
    2 * (x * y - z * w) * sy, (1 - 2 * (x * x + z * z)) * sy, 2 * (y * z + x * w) * sy, 0,
    2 * (x * z + y * w) * sz, 2 * (y * z - x * w) * sz, (1 - 2 * (x * x + y * y)) * sz, 0, tx, ty, tz, 1];
}

function multiply(a, b) {
  const out = new Array(16).fill(0);
  for (let c = 0; c < 4; c += 1) for (let r = 0; r < 4; r += 1) for (let k = 0; k < 4; k += 1) out[c * 4 + r] += a[k * 4 + r] * b[c * 4 + k];
  return out;
}

function elementOf(globalId, mesh, matrix, turn) {
  // the node's triangles in metres east/north/up of the model's anchor, with their box
  const points = [], indices = [];
  for (const prim of mesh.primitives) {
    if (prim.mode !== undefined && prim.mode !== 4) continue;  // triangles only
    const pos = prim.attributes.POSITION.value;
    const first = points.length / 3;
    for (let i = 0; i < pos.length; i += 3) {
      const v = [0, 1, 2].map((r) => matrix[r] * pos[i] + matrix[4 + r] * pos[i + 1] + matrix[8 + r] * pos[i + 2] + matrix[12 + r]);
      points.push(...[0, 1, 2].map((r) => turn[r] * v[0] + turn[3 + r] * v[1] + turn[6 + r] * v[2]));
    }
    const idx = prim.indices ? prim.indices.value : Array.from({ length: pos.length / 3 }, (_, i) => i);
    for (const i of idx) indices.push(first + i);
  }
  const positions = Float32Array.from(points);
  const min = [Infinity, Infinity, Infinity], max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    for (let k = 0; k < 3; k += 1) { min[k] = Math.min(min[k], positions[i + k]); max[k] = Math.max(max[k], positions[i + k]); }
  }
  return { globalId, positions, indices: Uint32Array.from(indices), min, max };
}

async function modelElements(m) {
  // the model's elements, read from its GLB once per model shown
  if (MODEL3D.modelId === m.id && MODEL3D.elements) return MODEL3D.elements;
  if (!window.loaders || !window.loaders.GLTFLoader) {
    if (!window.loaders || !window.loaders.parse) await loadScript("/vendor/loaders.gl-core/dist.min.js");
    await loadScript("/vendor/loaders.gl-gltf/dist.min.js");
  }
  const buffer = await (await api(m.glb_url)).arrayBuffer();
  const gltf = window.loaders.postProcessGLTF(
    await window.loaders.parse(buffer, window.loaders.GLTFLoader, { gltf: { postProcess: false } }));
  const turn = turnMatrix(0, modelBearing(m), 90);
  const elements = [];
  const identity = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
  const visit = (node, parent) => {
    const matrix = multiply(parent, nodeMatrix(node));
    if (node.mesh && node.name) elements.push(elementOf(node.name, node.mesh, matrix, turn));
    for (const child of node.children || []) visit(child, matrix);
  };
  const scene = (gltf.scenes || [])[0];
  for (const node of (scene ? scene.nodes : gltf.nodes) || []) visit(node, identity);
  MODEL3D.modelId = m.id;
  MODEL3D.elements = elements;
  MODEL3D.picked = null;
  return elements;
}

function toModelMetres(m, coordinate) {
  // a picked [lon, lat, z] as metres east/north/up of the model's anchor
  const viewport = state.deck.getViewports()[0];
  const anchor = modelAnchor(m);
  const a = viewport.projectFlat(anchor.slice(0, 2));
  const p = viewport.projectFlat(coordinate.slice(0, 2));
  const { unitsPerMeter } = viewport.getDistanceScales(anchor.slice(0, 2));
  return [(p[0] - a[0]) / unitsPerMeter[0], (p[1] - a[1]) / unitsPerMeter[1], (coordinate[2] || 0) - anchor[2]];
}

function distanceToTriangle(p, a, b, c) {
  // the distance from p to the triangle abc (the nearest of its plane, edges or corners)
  const sub = (u, v) => [u[0] - v[0], u[1] - v[1], u[2] - v[2]];
  const dot = (u, v) => u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
  const at = (o, u, s, v, t) => [o[0] + s * u[0] + t * v[0], o[1] + s * u[1] + t * v[1], o[2] + s * u[2] + t * v[2]];
  const ab = sub(b, a), ac = sub(c, a), ap = sub(p, a);
  const d1 = dot(ab, ap), d2 = dot(ac, ap);
  let q;
  if (d1 <= 0 && d2 <= 0) q = a;
  else {
    const bp = sub(p, b), d3 = dot(ab, bp), d4 = dot(ac, bp);
    const cp = sub(p, c), d5 = dot(ab, cp), d6 = dot(ac, cp);
    const vc = d1 * d4 - d3 * d2, vb = d5 * d2 - d1 * d6, va = d3 * d6 - d5 * d4;
    if (d3 >= 0 && d4 <= d3) q = b;
    else if (d6 >= 0 && d5 <= d6) q = c;
    else if (vc <= 0 && d1 >= 0 && d3 <= 0) q = at(a, ab, d1 / (d1 - d3), ac, 0);
    else if (vb <= 0 && d2 >= 0 && d6 <= 0) q = at(a, ab, 0, ac, d2 / (d2 - d6));
    else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const s = (d4 - d3) / (d4 - d3 + (d5 - d6));
      q = [b[0] + s * (c[0] - b[0]), b[1] + s * (c[1] - b[1]), b[2] + s * (c[2] - b[2])];
    } else {
      const denom = 1 / (va + vb + vc);
      q = at(a, ab, vb * denom, ac, vc * denom);
    }
  }
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

function nearestElement(elements, point) {
  let best = null, bestDistance = PICK_TOLERANCE_M;
  for (const e of elements) {
    const outside = [0, 1, 2].map((k) => Math.max(e.min[k] - point[k], 0, point[k] - e.max[k]));
    if (Math.hypot(...outside) > bestDistance) continue;
    const v = (i) => [e.positions[3 * i], e.positions[3 * i + 1], e.positions[3 * i + 2]];
    for (let i = 0; i < e.indices.length; i += 3) {
      const d = distanceToTriangle(point, v(e.indices[i]), v(e.indices[i + 1]), v(e.indices[i + 2]));
      if (d < bestDistance) { best = e; bestDistance = d; }
    }
  }
  return best;
}

async function pickModelElement(x, y) {
  // the element of the shown model under the screen point, highlighted and opened
  const m = state.model3d;
  if (!m) return;
  const info = state.deck.pickObject({ x, y, radius: 2, layerIds: ["bim-3d"], unproject3D: true });
  if (!info || !info.coordinate) return;
  const elements = await modelElements(m);
  const hit = nearestElement(elements, toModelMetres(m, info.coordinate));
  MODEL3D.picked = hit;
  state.tooltipHidden = true;
  render();
  if (hit) await showElement(m, hit.globalId);
}

async function showElement(m, globalId) {
  // the element's record and its place in the registry, at the top of its facility's panel
  const page = await apiJson(`/api/v1/bim/models/${m.id}/elements?global_id=${encodeURIComponent(globalId)}`);
  const e = page.items[0];
  if (!e) return;
  if (e.facility_id && state.selected !== e.facility_id) await openPanel(e.facility_id);
  const box = el("section", null, "bim-element");
  box.setAttribute("aria-label", t("element.title"));
  const cls = e.predefined_type && e.predefined_type !== "NOTDEFINED" ? `${e.ifc_class} (${e.predefined_type})` : e.ifc_class;
  const rows = [[t("spec.name"), e.name || "—"], [t("element.class"), cls], ["GlobalId", e.global_id]];
  box.append(el("h3", t("element.title")), table(rows));
  const link = el("p", null, "element-link");
  box.append(link);
  if (e.component_id) {
    const c = await apiJson(`/ogc/collections/components/items/${e.component_id}`);
    const p = c.properties;
    link.append(`${t("element.component")}: ${label("component_type", p.component_type)} ${p.span ? `${t("element.span")} ${p.span}` : ""} · `,
      gradeBadge(p.grade), ` ${p.grade ? p.grade : t("panel.not_inspected")} (${e.link_method})`);
  } else {
    link.textContent = e.facility_id ? t("element.facility_only") : t("bim.unlinked");
  }
  if (e.facility_id && ["admin", "engineer"].includes(state.me && state.me.role)) box.append(await linkEditor(m, e));
  const old = $("panel-body").querySelector(".bim-element");
  if (old) old.remove();
  $("panel-body").prepend(box);
  box.scrollIntoView({ block: "nearest" });
}

async function linkEditor(m, e) {
  // an engineer ties the element to one of its facility's components (or corrects the link)
  const components = await apiJson(`/api/v1/components?facility_id=${e.facility_id}&limit=500`);
  const form = el("form", null, "element-relink");
  const choice = el("select");
  choice.id = "element-component";
  const caption = el("label", t("element.link_to"));
  caption.htmlFor = choice.id;
  for (const c of components.items) {
    const o = el("option", `${label("component_type", c.component_type)} ${c.span || ""} ${c.name || ""}`.trim());
    o.value = c.id;
    o.selected = c.id === e.component_id;
    choice.append(o);
  }
  const save = el("button", t("element.link"));
  save.type = "submit";
  form.append(caption, " ", choice, " ", save);
  form.onsubmit = async (ev) => {
    ev.preventDefault();
    try {
      await api(`/api/v1/bim/models/${m.id}/elements/${encodeURIComponent(e.global_id)}/link`, {
        method: "PUT", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ component_id: choice.value }),
      });
      await showElement(m, e.global_id);
    } catch (err) { showMessage(err.message); }
  };
  return form;
}
