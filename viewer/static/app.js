"use strict";
// The Port Twin map viewer: deck.gl over our own vector tiles, a side panel read from the
// REST API on demand. It talks only to the public API (REST, OGC Features, Tiles).

const $ = (id) => document.getElementById(id);
const GRADE_COLORS = { A: [178, 24, 43], B: [239, 138, 98], C: [253, 219, 109], D: [77, 146, 33] };
const NO_GRADE = [130, 130, 130];
const FINDING_COLORS = { a: [178, 24, 43], b: [239, 138, 98], c: [253, 219, 109], d: [77, 146, 33] };
const BASEMAPS = {
  port: { offline: true, attribution: "© OpenStreetMap contributors" },  // our own tiles
  none: null,
  gsi: { url: "https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png", attribution: "地理院タイル" },
  osm: { url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", attribution: "© OpenStreetMap contributors" },
};

// State the tests and the benchmark read (window.__porttwin).
const state = {
  token: sessionStorage.getItem("porttwin.token") || "",
  me: null, ports: [], port: null, deck: null,
  viewState: { longitude: 139.7, latitude: 35.5, zoom: 11, pitch: 0, bearing: 0 },
  filters: { kind: "", grade: "", overdue: false }, overdue: new Set(), kinds: [],
  basemap: localStorage.getItem("porttwin.basemap") || "port",
  tilesLoaded: 0, tileRequests: 0, featuresDrawn: 0, firstDrawAt: null, idleAt: null, started: performance.now(),
  selected: null, selectedGeometry: null, model3d: null, tooltipHidden: false, tooltipAt: null,
  labelsOn: true, basemapFailed: false, labelOwners: new Map(),
  labels: {}, // list → code → {ja, en}: what people read instead of codes
};
window.__porttwin = state;

class ApiError extends Error {
  constructor(status, detail) { super(detail); this.status = status; }
}

async function api(path, options = {}) {
  let res;
  try {
    res = await fetch(path, { ...options, headers: { Authorization: `Bearer ${state.token}`, ...(options.headers || {}) } });
  } catch (err) {
    throw new ApiError(0, t("msg.network"));
  }
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = (await res.json()).detail || detail; } catch (_) { /* not JSON */ }
    throw new ApiError(res.status, detail);
  }
  return res;
}
const apiJson = async (path, options) => (await api(path, options)).json();

function showMessage(text) { $("message").textContent = text || ""; }

// -- session -------------------------------------------------------------------------------
// The token lives in this tab's sessionStorage (it survives a reload, never the browser's
// closing) and is lent to a new tab of the same origin over a BroadcastChannel, so a link
// opened in a new tab does not ask for it again; logging out in one tab logs out every tab.
const session = "BroadcastChannel" in window ? new BroadcastChannel("porttwin-session") : null;
if (session) {
  session.addEventListener("message", (e) => {
    if (e.data === "ask" && state.token) session.postMessage({ token: state.token });
    else if (e.data === "logout" && state.token) forget();
  });
}

function borrowToken() {
  if (!session) return Promise.resolve("");
  return new Promise((resolve) => {
    const done = (token) => { clearTimeout(timer); session.removeEventListener("message", lent); resolve(token); };
    const lent = (e) => { if (e.data && e.data.token) done(e.data.token); };
    const timer = setTimeout(() => done(""), 400);
    session.addEventListener("message", lent);
    session.postMessage("ask");
  });
}

function forget() {
  sessionStorage.removeItem("porttwin.token");
  state.token = "";
  location.reload();
}

// -- links: #port=CODE&facility=ID ------------------------------------------------------------
function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const port = params.get("port") || "";
  return { port: port === "all" ? "" : port, any: !port, facility: params.get("facility") || "",
    at: params.get("at") || "", since: params.get("since") || "" };
}

function writeHash() {
  // replaceState does not fire hashchange: only a link or an edited address does
  const params = new URLSearchParams();
  params.set("port", state.port ? state.port.code : "all");
  if (state.selected) params.set("facility", state.selected);
  if (TIME.at) params.set("at", TIME.at);
  if (TIME.since) params.set("since", TIME.since);
  const hash = params.toString();
  if (hash !== location.hash.slice(1)) history.replaceState(null, "", hash ? `#${hash}` : location.pathname);
}

async function followHash() {
  if (!state.me) return;
  const wanted = readHash();
  if (wanted.at !== TIME.at || wanted.since !== TIME.since) { TIME.at = wanted.at; TIME.since = wanted.since; syncSlider(); }
  if (wanted.port !== (state.port ? state.port.code : "")) await selectPort(wanted.port);
  else loadTime();
  if (wanted.facility && wanted.facility !== state.selected) openPanel(wanted.facility);
  else if (!wanted.facility && state.selected) closePanel();
}

// -- login ---------------------------------------------------------------------------------
async function login() {
  if (!state.token) {
    state.token = await borrowToken();
    if (state.token) sessionStorage.setItem("porttwin.token", state.token);
  }
  if (!state.token) {
    $("login").hidden = false; $("toolbar").hidden = true;
    return;
  }
  try {
    state.me = await apiJson("/api/v1/me");
  } catch (err) {
    sessionStorage.removeItem("porttwin.token");
    state.token = "";
    $("login").hidden = false; $("toolbar").hidden = true;
    showMessage(err.status === 401 ? t("msg.token_invalid") : `${t("msg.network")}: ${err.message}`);
    return;
  }
  showMessage("");
  $("login").hidden = true; $("toolbar").hidden = false;
  state.ports = await apiJson("/api/v1/ports");
  const kinds = await apiJson("/api/v1/codelists/facility_kind");
  state.kinds = kinds.codes;
  await loadLabels();
  fillSelects();
  // a link may name the port and a facility: /#port=JPKWS&facility=…
  const wanted = readHash();
  TIME.at = wanted.at; TIME.since = wanted.at ? wanted.since : "";
  $("at").value = TIME.at; $("since").value = TIME.since;
  syncSlider();
  // no port named: the first; "all": every port (the national overview)
  const first = state.ports.find((p) => p.code === wanted.port) || (wanted.any ? state.ports[0] : null);
  await selectPort(first ? first.code : "");
  if (wanted.facility) openPanel(wanted.facility);
}

async function loadLabels() {
  // Names of the codes the viewer shows: code lists, inspection items, reasons.
  const lists = ["facility_kind", "component_type", "structure_type", "exposure"];
  const [catalogs, reasons, ...codelists] = await Promise.all([
    apiJson("/api/v1/catalogs"),
    apiJson("/api/v1/catalogs/not-inspected-reasons"),
    ...lists.map((name) => apiJson(`/api/v1/codelists/${name}`)),
  ]);
  lists.forEach((name, i) => {
    state.labels[name] = Object.fromEntries(codelists[i].codes.map((c) => [c.code, { ja: c.name_ja, en: c.name_en }]));
  });
  state.labels.item = Object.fromEntries(catalogs.flatMap((c) => c.items.map((i) => [i.code, { ja: i.name_ja, en: i.name_en }])));
  state.labels.reason = Object.fromEntries(reasons.map((r) => [r.code, { ja: r.ja, en: r.en }]));
}

function label(list, code) {
  // the name of a code in the viewer's language; the code itself when nothing names it
  const names = (state.labels[list] || {})[code];
  return names ? names[LANG] || names.en : code || "";
}

function option(value, label, selected) {
  const o = new Option(label, value);
  o.selected = selected;
  return o;
}

function fillSelects() {
  const nameOf = (p) => (LANG === "ja" ? p.name_ja || p.name_en : p.name_en || p.name_ja);
  $("port").replaceChildren(
    ...state.ports.map((p) => option(p.code, `${nameOf(p)} (${p.code})`, state.port && p.code === state.port.code)),
    option("", t("toolbar.all_ports"), !state.port));
  $("filter-kind").replaceChildren(option("", t("toolbar.all"), !state.filters.kind),
    ...state.kinds.map((k) => option(k.code, LANG === "ja" ? k.name_ja : k.name_en, k.code === state.filters.kind)));
  $("filter-grade").replaceChildren(option("", t("toolbar.all"), !state.filters.grade),
    ...["A", "B", "C", "D", "none"].map((g) => option(g, t(`legend.${g}`), g === state.filters.grade)));
  $("basemap").replaceChildren(...Object.keys(BASEMAPS).map((b) => option(b, t(`basemap.${b}`), b === state.basemap)));
  renderLegend();
}

function renderLegend() {
  const items = ["A", "B", "C", "D", "none"].map((g) => {
    const li = document.createElement("li");
    const sw = document.createElement("span");
    sw.className = `swatch grade-${g}`;
    sw.textContent = g === "none" ? "–" : g;
    sw.setAttribute("aria-hidden", "true");
    li.append(sw, document.createTextNode(t(`legend.${g}`)));
    return li;
  });
  $("legend-items").replaceChildren(...items);
}

async function selectPort(code) {
  state.port = state.ports.find((p) => p.code === code) || null;
  $("port").value = state.port ? state.port.code : "";
  const empty = !state.ports.length ? t("msg.no_ports") : state.port && !state.port.bbox ? t("msg.no_facilities") : "";
  $("empty").textContent = empty;
  $("empty").hidden = !empty;
  writeHash();
  const boxes = (state.port ? [state.port] : state.ports).map((p) => p.bbox).filter(Boolean);
  if (boxes.length) {
    const box = boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
    fitBounds(box);
  }
  await loadOverdue();
  renderNationalTable();
  if (TIME.at) loadTime(); else render();
}

async function loadOverdue() {
  const query = state.port ? `?port=${encodeURIComponent(state.port.code)}` : "";
  try {
    const rows = await apiJson(`/api/v1/schedules/overdue${query}`);
    state.overdue = new Set(rows.map((r) => r.facility_id));
  } catch (_) { state.overdue = new Set(); }
}

function fitBounds([minX, minY, maxX, maxY]) {
  const el = $("map");
  const viewport = new deck.WebMercatorViewport({ width: el.clientWidth || 800, height: el.clientHeight || 600 });
  const pad = Math.max(Math.abs(maxX - minX), Math.abs(maxY - minY)) < 1e-6 ? 0.002 : 0;
  const fitted = viewport.fitBounds([[minX - pad, minY - pad], [maxX + pad, maxY + pad]], { padding: 40 });
  state.viewState = { ...state.viewState, longitude: fitted.longitude, latitude: fitted.latitude, zoom: Math.min(fitted.zoom, 18) };
  if (state.deck) state.deck.setProps({ initialViewState: { ...state.viewState, transitionDuration: 0 } });
  updateScale();
}

// -- layers --------------------------------------------------------------------------------
function visible(properties) {
  const f = state.filters;
  if (state.port && properties.port_code !== state.port.code) return 0;
  if (f.kind && properties.kind !== f.kind) return 0;
  if (f.grade && (properties.grade || "none") !== f.grade) return 0;
  if (f.overdue && !state.overdue.has(properties.id)) return 0;
  return 1;
}

function gradeColor(properties, alpha) {
  return [...(GRADE_COLORS[properties.grade] || NO_GRADE), alpha];
}

function tileFetch() {
  // the MVT worker is served by the app: by default loaders.gl fetches it from a CDN
  return {
    fetch: { headers: { Authorization: `Bearer ${state.token}` } },
    mvt: { workerUrl: `${location.origin}/vendor/loaders.gl-mvt/mvt-worker.js` },
  };
}

function layers() {
  const out = [];
  const basemap = BASEMAPS[state.basemap];
  $("attribution").textContent = basemap ? basemap.attribution : "";
  if (basemap && basemap.offline) out.push(portBasemap());
  else if (basemap) {
    out.push(new deck.TileLayer({
      id: `basemap-${state.basemap}`, data: basemap.url, minZoom: 0, maxZoom: 18, tileSize: 256,
      onTileError: () => { state.basemapFailed = true; showMessage(t("msg.basemap_offline")); },
      renderSubLayers: (props) => {
        const { west, south, east, north } = props.tile.bbox;
        return new deck.BitmapLayer(props, { data: null, image: props.data, bounds: [west, south, east, north] });
      },
    }));
  }
  out.push(new deck.MVTLayer({
    id: "ports", data: `${location.origin}/ogc/collections/ports/tiles/WebMercatorQuad/{z}/{y}/{x}`,
    loadOptions: tileFetch(), minZoom: 0, maxZoom: 16,
    getFillColor: [40, 90, 140, 18], getLineColor: [40, 90, 140, 200], lineWidthMinPixels: 1.5,
    stroked: true, filled: true, pickable: false,
  }));
  out.push(new deck.MVTLayer({
    // footprints of BIM model elements placed on the map (under the facilities, so grades
    // stay visible): teal when linked to the registry, orange when not
    id: "bim", data: `${location.origin}/ogc/collections/bim-elements/tiles/WebMercatorQuad/{z}/{y}/{x}`,
    loadOptions: tileFetch(), minZoom: 14, maxZoom: 18, binary: false, pickable: true,
    stroked: true, filled: true, lineWidthUnits: "pixels", getLineWidth: 1.5,
    getFillColor: (f) => (f.properties.facility_id ? [0, 128, 128, 40] : [230, 120, 0, 40]),
    getLineColor: (f) => (f.properties.facility_id ? [0, 110, 110, 220] : [200, 100, 0, 220]),
  }));
  if (!state.port && state.viewState.zoom < 11) return [...out, ...nationalLayers()];
  if (TIME.data) return [...out, ...timeLayers(), ...selectionLayers(), ...measureLayers()];
  const filterKey = JSON.stringify([state.filters, state.port && state.port.code, state.overdue.size]);
  out.push(new deck.MVTLayer({
    id: "facilities", data: `${location.origin}/ogc/collections/facilities/tiles/WebMercatorQuad/{z}/{y}/{x}`,
    loadOptions: tileFetch(), minZoom: 0, maxZoom: 18, binary: false, uniqueIdProperty: "id",
    ...facilityLook(filterKey),
    onTileLoad: (tile) => {
      state.tilesLoaded += 1;
      const n = (tile.content || []).length;
      if (n > 0 && state.firstDrawAt === null) {
        state.firstDrawAt = performance.now() - state.started;
      }
      state.featuresDrawn += n;
    },
    onViewportLoad: () => { state.idleAt = performance.now() - state.started; },
    renderSubLayers: (props) => [new deck.GeoJsonLayer(props), facilityLabels(props)],
  }));
  out.push(...modelLayers());
  out.push(new deck.MVTLayer({
    // components (spans, blocks) drawn along their facility where they have geometry, in the
    // worst grade their facility's last grading gave them
    id: "components", data: `${location.origin}/ogc/collections/components/tiles/WebMercatorQuad/{z}/{y}/{x}`,
    loadOptions: tileFetch(), minZoom: 15, maxZoom: 18, binary: false, pickable: true,
    stroked: true, filled: true, lineWidthUnits: "pixels", pointType: "circle",
    getLineWidth: (f) => (f.geometry.type.includes("Polygon") ? 2 : 7), getPointRadius: 5, pointRadiusUnits: "pixels",
    getLineColor: (f) => [...(FINDING_COLORS[f.properties.grade] || NO_GRADE), f.properties.grade ? 255 : 120],
    getFillColor: (f) => [...(FINDING_COLORS[f.properties.grade] || NO_GRADE), f.properties.grade ? 170 : 40],
  }));
  out.push(...selectionLayers());
  out.push(new deck.MVTLayer({
    id: "findings", data: `${location.origin}/ogc/collections/inspection-findings/tiles/WebMercatorQuad/{z}/{y}/{x}`,
    loadOptions: tileFetch(), minZoom: 16, maxZoom: 18, binary: false, pickable: true,
    pointType: "circle", getPointRadius: 4, pointRadiusUnits: "pixels", stroked: true,
    getFillColor: (f) => [...(FINDING_COLORS[f.properties.grade] || NO_GRADE), 230],
    getLineColor: [255, 255, 255, 255], lineWidthMinPixels: 1,
  }));
  return [...out, ...measureLayers()];
}

const BASEMAP_FILL = { water: [170, 203, 227, 255], land: [241, 237, 228, 255], building: [214, 208, 200, 255] };
const GREEN = new Set(["park", "garden", "grass", "wood", "scrub", "grassland", "pitch", "playground", "cemetery"]);
const MAJOR_ROADS = new Set(["motorway", "trunk", "primary", "secondary", "tertiary"]);

function portBasemap() {
  // the map around the ports from the app's own tiles (open data cut to each port): quiet
  // colours under the facilities, so it works with no internet connection
  return new deck.MVTLayer({
    id: "basemap-port", data: `${location.origin}/ogc/collections/basemap/tiles/WebMercatorQuad/{z}/{y}/{x}`,
    loadOptions: tileFetch(), minZoom: 10, maxZoom: 16, binary: false, pickable: false,
    stroked: true, filled: true, lineWidthUnits: "pixels",
    getFillColor: (f) => {
      const p = f.properties;
      if (p.layer === "land" && GREEN.has(p.kind)) return [216, 230, 204, 255];
      return BASEMAP_FILL[p.layer] || [0, 0, 0, 0];
    },
    getLineColor: (f) => {
      const p = f.properties;
      if (p.layer === "road") return MAJOR_ROADS.has(p.kind) ? [255, 255, 255, 255] : [250, 250, 248, 255];
      if (p.layer === "coastline") return [90, 135, 180, 255];
      if (p.layer === "building") return [196, 189, 180, 255];
      return [0, 0, 0, 0];
    },
    getLineWidth: (f) => {
      const p = f.properties;
      if (p.layer === "road") return MAJOR_ROADS.has(p.kind) ? 3 : p.kind === "footway" || p.kind === "steps" || p.kind === "path" ? 1 : 2;
      return p.layer === "coastline" ? 1.5 : p.layer === "building" ? 0.5 : 0;
    },
    onTileError: () => showMessage(t("msg.basemap_offline")),
  });
}

function facilityLook(filterKey) {
  // how facilities are drawn, live from the tiles or at a date: grade colours, the map's
  // filters, the pointer's highlight
  return {
    pickable: true, autoHighlight: true, highlightColor: [0, 95, 204, 160],
    stroked: true, filled: true, pointType: "circle",
    getFillColor: (f) => gradeColor(f.properties, f.properties.grade ? 200 : 35),
    getLineColor: (f) => (f.properties.grade || !f.geometry.type.includes("Polygon")
      ? gradeColor(f.properties, 255) : [90, 90, 90, 200]),
    getLineWidth: (f) => (f.geometry.type.includes("Polygon") ? 1 : 4),
    lineWidthUnits: "pixels", getPointRadius: 6, pointRadiusUnits: "pixels",
    extensions: [new deck.DataFilterExtension({ filterSize: 1 })],
    getFilterValue: (f) => visible(f.properties), filterRange: [1, 1],
    updateTriggers: { getFilterValue: filterKey },
  };
}

function selectionLayers() {
  // the selected facility, outlined over everything so its own grade colour stays visible
  if (!state.selectedGeometry) return [];
  return [new deck.GeoJsonLayer({
    id: "selection", data: { type: "Feature", geometry: state.selectedGeometry, properties: {} },
    stroked: true, filled: false, pointType: "circle", getPointRadius: 11, pointRadiusUnits: "pixels",
    getLineColor: [0, 95, 204, 255], getLineWidth: 3, lineWidthUnits: "pixels", pickable: false,
    parameters: { depthTest: false },  // seen through a 3D model standing on it
  })];
}

function halfway(line) {
  // the point half way along a line
  const lengths = line.slice(1).map((p, i) => Math.hypot(p[0] - line[i][0], p[1] - line[i][1]));
  let left = lengths.reduce((a, b) => a + b, 0) / 2;
  for (let i = 0; i < lengths.length; i += 1) {
    if (left <= lengths[i] && lengths[i] > 0) {
      const k = left / lengths[i];
      return [line[i][0] + k * (line[i + 1][0] - line[i][0]), line[i][1] + k * (line[i + 1][1] - line[i][1])];
    }
    left -= lengths[i];
  }
  return line[0];
}

function labelAnchor(geometry) {
  // where a facility's label sits: the point, the middle vertex of a line, the mean of a
  // polygon's outline (in the tile's own coordinates, as the features come)
  const g = geometry;
  const ring = (c) => { const n = c.length; return [c.reduce((a, p) => a + p[0], 0) / n, c.reduce((a, p) => a + p[1], 0) / n]; };
  if (g.type === "Point") return g.coordinates;
  if (g.type === "MultiPoint") return g.coordinates[0];
  if (g.type === "LineString") return halfway(g.coordinates);
  if (g.type === "MultiLineString") return halfway(g.coordinates[0]);
  if (g.type === "Polygon") return ring(g.coordinates[0]);
  if (g.type === "MultiPolygon") return ring(g.coordinates[0][0]);
  return null;
}

function facilityLabels(props) {
  // ledger numbers from zoom 15, names from zoom 17, with the facilities' own filter
  const z = props.tile.index.z;
  if (!state.labelsOn || z < 15 || !props.data || !props.data.length) return null;
  const text = (f) => {
    const p = f.properties;
    const name = LANG === "ja" ? p.name_ja || p.name_en : p.name_en || p.name_ja;
    return (z >= 17 ? name || p.ledger_no : p.ledger_no || name) || "";
  };
  // a feature crossing tiles comes in each of them: the first tile showing it at this zoom
  // labels it, the others do not
  const here = `${props.tile.index.x}/${props.tile.index.y}`;
  if (state.labelOwners.size > 50000) state.labelOwners.clear();
  const data = props.data.filter((f) => {
    if (!text(f) || !labelAnchor(f.geometry)) return false;
    const key = `${z}:${f.properties.id}`;
    const owner = state.labelOwners.get(key);
    if (owner === undefined) state.labelOwners.set(key, here);
    return owner === undefined || owner === here;
  });
  return new deck.TextLayer({
    id: `${props.id}-labels`, data,
    modelMatrix: props.modelMatrix, coordinateOrigin: props.coordinateOrigin, coordinateSystem: props.coordinateSystem,
    getPosition: (f) => labelAnchor(f.geometry), getText: text, characterSet: "auto",
    fontFamily: '"IPAGothic", "Noto Sans CJK JP", "Hiragino Sans", sans-serif', getSize: 12,
    getColor: [20, 20, 20, 255], outlineWidth: 4, outlineColor: [255, 255, 255, 230],
    fontSettings: { sdf: true }, getPixelOffset: [0, -10], billboard: true, pickable: false,
    extensions: props.extensions, getFilterValue: props.getFilterValue, filterRange: props.filterRange,
    updateTriggers: { getText: [LANG, z], getFilterValue: props.updateTriggers && props.updateTriggers.getFilterValue },
  });
}

function render() {
  if (!state.deck) return;
  state.deck.setProps({ layers: layers() });
}

function tooltip({ object, layer }) {
  // hidden from a click until the pointer moves to another feature: the panel says the rest
  if (layer && layer.id === "national-ports" && object) {
    const g = object.grades;
    return { text: `${object.name}\n${t("national.facilities")} ${object.total} · A ${g.A} B ${g.B} C ${g.C} D ${g.D} · ${t("legend.none")} ${g.none}\n${t("panel.overdue")} ${object.overdue}` };
  }
  if (object && layer && layer.id === "bim-3d" && !state.tooltipHidden) return { text: `${object.file_name}\n${t("element.hint")}` };
  if (!object || !object.properties || state.tooltipHidden) return null;
  const p = object.properties;
  if (layer && layer.id.startsWith("bim")) {
    const link = p.facility_id ? `${t("bim.linked")} (${p.link_method} ${p.link_confidence})` : t("bim.unlinked");
    return { text: `IFC ${p.ifc_class} ${p.name || ""}\n${p.global_id}\n${link}` };
  }
  if (layer && layer.id.startsWith("components")) {
    return { text: `${label("component_type", p.component_type)} ${p.span || ""}: ${p.grade || t("panel.not_inspected")}` };
  }
  if (layer && layer.id.startsWith("findings")) {
    const seen = p.grade || `${t("panel.not_inspected")} (${label("reason", p.not_inspected)})`;
    return { text: `${label("item", p.item_code)}\n${label("component_type", p.component_type)} ${p.span}: ${seen} (${p.inspected_on})` };
  }
  const name = LANG === "ja" ? p.name_ja || p.name_en : p.name_en || p.name_ja;
  return { text: `${p.ledger_no || ""} ${name || ""}\n${t("legend.title")}: ${p.grade || t("legend.none")}` };
}

function startMap() {
  state.deck = new deck.Deck({
    parent: $("map"), initialViewState: state.viewState, controller: { keyboard: true, doubleClickZoom: true },
    layers: [], getTooltip: tooltip, useDevicePixels: 1,
    // a press counts as a click for up to 600 ms (deck's 250 ms loses clicks while a busy
    // browser is still picking what lies under the pointer; a drag is a pan either way)
    eventRecognizerOptions: { click: { time: 600 } },
    onViewStateChange: ({ viewState }) => {
      const bucket = (z) => (state.port ? 0 : Math.round(z * 2));
      const regroup = bucket(viewState.zoom) !== bucket(state.viewState.zoom);
      state.viewState = viewState;
      updateScale();
      if (regroup) render();
    },
    onHover: (info) => {
      updateCursor(info.coordinate);
      const over = info.object && info.object.properties ? info.object.properties.id : null;
      if (state.tooltipHidden && over !== state.tooltipAt) state.tooltipHidden = false;
    },
    onClick: (info) => {
      if (MEASURE.mode) { if (info.coordinate) measurePoint(info.coordinate); return; }
      if (info.layer && info.layer.id === "national-ports" && info.object) { openNational(info.object); return; }
      if (!info.object || !info.layer) return;
      if (info.layer.id === "bim-3d") { pickModelElement(info.x, info.y); return; }
      state.tooltipHidden = true;
      state.tooltipAt = info.object.properties ? info.object.properties.id : null;
      // a finding opens the panel of its facility
      const p = info.object.properties;
      if (info.layer.id.startsWith("facilities")) openPanel(p.id);
      else if ((info.layer.id.startsWith("findings") || info.layer.id.startsWith("components")) && p.facility_id) openPanel(p.facility_id);
      else if (info.layer.id.startsWith("bim") && p.facility_id) openPanel(p.facility_id);
    },
  });
  window.__porttwinDeck = state.deck;
  updateScale();
}

// -- readouts ------------------------------------------------------------------------------
const projectors = new Map();

function portAt(lon, lat) {
  // the port under the cursor (the smallest extent containing it), else the selected one
  const area = (b) => (b[2] - b[0]) * (b[3] - b[1]);
  const inside = state.ports.filter((p) => p.bbox
    && lon >= p.bbox[0] && lon <= p.bbox[2] && lat >= p.bbox[1] && lat <= p.bbox[3]);
  inside.sort((a, b) => area(a.bbox) - area(b.bbox));
  return inside[0] || state.port;
}

function updateCursor(coordinate) {
  if (!coordinate) return;
  const [lon, lat] = coordinate;
  let text = `${t("cursor.lonlat")} ${lon.toFixed(6)}, ${lat.toFixed(6)}`;
  const port = portAt(lon, lat);
  if (port) {
    if (!projectors.has(port.code)) projectors.set(port.code, makeProjector(port.metric_crs_proj4));
    const p = projectors.get(port.code)(lon, lat);
    const label = port.metric_north_first ? `X ${p.northing.toFixed(2)} m, Y ${p.easting.toFixed(2)} m`
      : `E ${p.easting.toFixed(2)} m, N ${p.northing.toFixed(2)} m`;
    const kind = port.metric_north_first ? t("cursor.plane") : t("cursor.projected");
    text += ` ｜ ${kind} EPSG:${port.metric_epsg} ${label}`;
  }
  $("cursor").textContent = text;
}

function updateScale() {
  const { latitude, zoom } = state.viewState;
  const metresPerPixel = (40075016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom);
  const target = metresPerPixel * 100;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const nice = [1, 2, 5, 10].map((m) => m * magnitude).filter((v) => v <= target).pop() || magnitude;
  $("scale-bar").style.width = `${Math.round(nice / metresPerPixel)}px`;
  $("scale-label").textContent = nice >= 1000 ? `${nice / 1000} km` : `${nice} m`;
}

// -- side panel ----------------------------------------------------------------------------
function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function gradeBadge(grade) {
  const b = el("span", grade || "–", `grade grade-${grade || "none"}`);
  b.setAttribute("aria-label", `${t("legend.title")} ${grade ? t(`legend.${grade}`) : t("legend.none")}`);
  return b;
}

function table(rows) {
  const tbl = el("table");
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === "") continue;
    const tr = el("tr");
    tr.append(el("th", label));
    const td = el("td");
    if (value instanceof Node) td.append(value); else td.textContent = value;
    tr.append(td);
    tbl.append(tr);
  }
  return tbl;
}

const height = (h) => (h ? `${h.value} m (${h.datum})` : null);

async function openPanel(facilityId) {
  const panel = $("panel");
  state.selected = facilityId;
  writeHash();
  panel.hidden = false;
  $("panel-title").textContent = t("msg.loading");
  $("panel-body").replaceChildren();
  let facility, condition, inspections, history, external;
  try {
    [facility, condition, inspections, history, external] = await Promise.all([
      apiJson(`/api/v1/facilities/${facilityId}`),
      apiJson(`/api/v1/facilities/${facilityId}/condition`),
      apiJson(`/api/v1/inspections?facility_id=${facilityId}&limit=50`),
      apiJson(`/api/v1/facilities/${facilityId}/history`),
      apiJson(`/api/v1/facilities/${facilityId}/external-inspections`),
    ]);
  } catch (err) {
    $("panel-title").textContent = err.message;
    return;
  }
  if (state.selected !== facilityId) return;
  state.selectedGeometry = facility.geometry;
  render();
  const name = LANG === "ja" ? facility.name_ja || facility.name_en : facility.name_en || facility.name_ja;
  $("panel-title").textContent = `${facility.ledger_no || ""} ${name || ""}`.trim();
  const body = [];
  const kind = state.kinds.find((k) => k.code === facility.kind);
  body.push(el("h3", t("panel.condition")));
  const gradeLine = el("p");
  gradeLine.append(gradeBadge(condition.final_grade), " ",
    condition.final_grade ? t(`legend.${condition.final_grade}`) : t("panel.no_inspection"));
  if (condition.computed_grade && condition.computed_grade !== condition.final_grade) {
    gradeLine.append(` (${t("grade.computed")} ${condition.computed_grade})`);
  }
  body.push(gradeLine);
  const cover = condition.coverage;
  if (cover) {
    const seen = `${cover.graded + cover.not_inspected} / ${cover.required}`;
    const detail = `${t("coverage.graded")} ${cover.graded}, ${t("coverage.not_inspected")} ${cover.not_inspected}`;
    body.push(table([[t("coverage.title"), `${seen} (${detail})`]]));
  }
  if (condition.worsened_by) body.push(el("p", t("coverage.worsened"), "warning"));
  if (condition.override_reason) body.push(table([[t("panel.override"), condition.override_reason]]));
  const due = Object.entries(condition.next_due).map(([k, v]) => {
    const late = condition.overdue.includes(k);
    // no date: never inspected, so the first inspection is due now (not "overdue" a date)
    if (!v) return [t(`type.${k}`), `${t("panel.never_inspected")}${late ? ` ⚠ ${t("panel.due_now")}` : ""}`];
    return [t(`type.${k}`), `${v}${late ? ` ⚠ ${t("panel.overdue")}` : ""}`];
  });
  body.push(el("h3", t("panel.next_due")), table(due));

  body.push(el("h3", t("panel.specs")), table([
    [t("spec.ledger_no"), facility.ledger_no], [t("spec.name"), name],
    [t("spec.kind"), kind ? (LANG === "ja" ? kind.name_ja : kind.name_en) : facility.kind],
    [t("spec.structure_type"), facility.structure_type ? label("structure_type", facility.structure_type) : null],
    [t("spec.status"), t(`status.${facility.status}`)],
    [t("spec.length"), facility.length_m ? `${facility.length_m} m` : facility.measured.length_m ? `${facility.measured.length_m.toFixed(1)} m` : null],
    [t("spec.design_depth"), height(facility.design_depth)], [t("spec.crown_height"), height(facility.crown_height)],
    [t("spec.construction_year"), facility.construction_year], [t("spec.manager"), facility.manager],
    [t("spec.important"), facility.important ? t("yes") : t("no")],
    [t("spec.synthetic"), facility.synthetic.join(", ")],
  ]));

  const latest = inspections.items.find((i) => i.id === condition.last_inspection_id);
  if (latest && latest.rollup) {
    body.push(el("h3", t("panel.derivation")));
    const rows = latest.rollup.items.map((i) => {
      const counts = `a${i.counts.a} b${i.counts.b} c${i.counts.c} d${i.counts.d}`;
      const cell = el("span");
      const spans = i.spans ? ` / ${i.spans}` : "";
      cell.append(gradeBadge(i.grade), ` ${label("component_type", i.component_type)} · ${i.item_class} · ${counts}${spans}`);
      return [label("item", i.item), cell];
    });
    body.push(table(rows));
  }
  body.push(el("h3", t("panel.timeline")));
  const list = el("ul", null, "timeline");
  const chosen = new Set();
  const compare = el("button", t("inspection.compare"));
  compare.type = "button";
  compare.className = "compare";
  compare.disabled = true;
  compare.onclick = () => {
    const [a, b] = inspections.items.filter((i) => chosen.has(i.id)).sort((x, y) => x.started_on.localeCompare(y.started_on));
    showComparison(facility, a, b);
  };
  for (const i of inspections.items) {
    const li = el("li");
    const partial = i.complete === false ? ` · ${t("coverage.partial")}` : "";
    const open = el("button", `${i.started_on} ${t(`type.${i.inspection_type}`)}`, "link");
    open.type = "button";
    open.dataset.inspection = i.id;
    open.onclick = () => showInspection(facility, i);
    const pick = el("input");
    pick.type = "checkbox";
    pick.setAttribute("aria-label", `${t("inspection.pick")} ${i.started_on}`);
    pick.onchange = () => {
      if (pick.checked) chosen.add(i.id); else chosen.delete(i.id);
      compare.disabled = chosen.size !== 2;
    };
    li.append(pick, " ", open, " ", gradeBadge(i.final_grade), ` ${t(`status.${i.status}`)}${partial}`);
    list.append(li);
  }
  // inspections other systems recorded (PLATEAU …): in their own scale, marked, never graded
  for (const x of external) {
    const li = el("li", null, "external");
    const when = x.surveyed_on || (x.survey_year ? `${x.survey_year}` : "");
    li.append(`${when} ${t("timeline.external")} (${x.source}) · ${x.judgement_label || x.judgement || "—"}`);
    li.title = `${t("timeline.external_note")} ${x.imported_from}`;
    list.append(li);
  }
  body.push(list.children.length ? list : el("p", t("panel.no_inspection"), "muted"));
  if (inspections.items.length > 1) body.push(compare);
  const photos = el("div", null, "photos");
  body.push(photos);
  const forecast = el("div", null, "forecast");
  body.push(forecast);
  const bim = el("div", null, "bim");
  body.push(bim);
  body.push(el("h3", t("panel.history")));
  const changes = el("ul");
  for (const h of history.slice(-10).reverse()) changes.append(el("li", `v${h.version} ${h.op} ${h.valid_from.slice(0, 19)} ${h.actor}`));
  body.push(changes);
  body.push(el("h3", t("panel.downloads")));
  const downloads = el("p");
  downloads.append(downloadButton(t("download.geojson"), `/ogc/collections/facilities/items/${facilityId}`, `${facility.ledger_no || facilityId}.geojson`), " ",
    downloadButton(t("download.report"), `/api/v1/facilities/${facilityId}/inspection-report`, `${facility.ledger_no || facilityId}-report.xlsx`), " ",
    downloadButton(t("download.ifc"), `/api/v1/facilities/${facilityId}/ifc`, `${facility.ledger_no || facilityId}.ifc`));
  body.push(downloads);
  body.push(el("h3", t("package.title")), packageTools([facilityId]));
  $("panel-body").replaceChildren(...body);
  panel.focus();
  if (latest) {
    loadPhotos(latest, photos);
    if (condition.final_grade === "A") forecast.replaceChildren(el("h3", t("panel.forecast")), el("p", t("forecast.grade_a"), "notice"));
    else loadForecast(facilityId, forecast);
  }
  loadBim(facilityId, bim);
}

async function loadBim(facilityId, container) {
  // BIM models with elements linked to this facility (from the twin state), with their GLB.
  let models;
  try {
    ({ bim_models: models } = await apiJson(`/api/v1/twin/facilities/${facilityId}`));
  } catch (_) { return; }
  if (!models.length || state.selected !== facilityId) return;
  const list = el("ul");
  for (const m of models) {
    const li = el("li", `${m.file_name} (${m.schema}) · ${t("bim.elements")} ${m.linked_global_ids.length} `);
    if (m.glb_url) li.append(downloadButton(t("download.glb"), m.glb_url, `${m.file_name.replace(/\.ifc$/i, "")}.glb`));
    if (m.glb_url && m.georef) {
      const show = el("button", t("bim.show3d"));
      show.type = "button";
      show.className = "show-3d";
      show.onclick = () => {
        // fly to the model, tilted, and draw it see-through over the facility's grade colour
        state.model3d = m;
        const [longitude, latitude] = modelAnchor(m);
        state.viewState = { ...state.viewState, longitude, latitude, zoom: Math.max(state.viewState.zoom, 18), pitch: 55 };
        state.deck.setProps({ initialViewState: { ...state.viewState, transitionDuration: 600 } });
        render();
      };
      li.append(" ", show);
    }
    list.append(li);
  }
  container.replaceChildren(el("h3", t("panel.bim")), list);
}

async function photoUrl(attachment) {
  // a photo fetched with the token (an <img src> cannot send it), kept for the session
  state.photoUrls = state.photoUrls || new Map();
  if (!state.photoUrls.has(attachment.id)) {
    const blob = await (await api(`/api/v1/attachments/${attachment.id}`)).blob();
    state.photoUrls.set(attachment.id, URL.createObjectURL(blob));
  }
  return state.photoUrls.get(attachment.id);
}

function photoCaption(attachment, inspection) {
  // what the photo shows: the finding it belongs to (item, component, span, grade), when
  const f = (inspection.findings || []).find((x) => x.id === attachment.finding_id);
  const what = f ? `${label("item", f.item_code)} · ${label("component_type", f.component_type)} ${f.span} · ${f.grade || t("panel.not_inspected")}` : "";
  const when = attachment.taken_at ? attachment.taken_at.slice(0, 16).replace("T", " ") : "";
  return [what, when, attachment.filename].filter(Boolean).join(" — ");
}

async function loadPhotos(inspection, container) {
  // Thumbnails of the inspection's photos; a click opens the photo large with its caption.
  const images = inspection.attachments.filter((a) => a.media_type.startsWith("image/")).slice(0, 24);
  if (!images.length) return;
  container.before(el("h3", t("panel.photos")));
  for (const a of images) {
    const button = el("button", null, "thumb");
    button.type = "button";
    const img = el("img");
    img.src = await photoUrl(a);
    img.alt = photoCaption(a, inspection);
    button.append(img);
    button.onclick = () => showPhoto(images, images.indexOf(a), inspection);
    container.append(button);
  }
}

async function showPhoto(images, index, inspection) {
  const dialog = $("photo-dialog");
  const a = images[index];
  const img = el("img");
  img.src = await photoUrl(a);
  img.alt = photoCaption(a, inspection);
  const caption = el("figcaption", `${index + 1} / ${images.length}: ${photoCaption(a, inspection)}`);
  const figure = el("figure");
  figure.append(img, caption);
  const nav = el("p", null, "dialog-nav");
  for (const [key, step] of [["photo.previous", -1], ["photo.next", 1]]) {
    const b = el("button", t(key));
    b.type = "button";
    b.disabled = index + step < 0 || index + step >= images.length;
    b.onclick = () => showPhoto(images, index + step, inspection);
    nav.append(b, " ");
  }
  $("photo-body").replaceChildren(figure, nav);
  if (!dialog.open) dialog.showModal();
}

function findingRows(findings) {
  // findings by item, then component and span, as people read an inspection
  return [...findings].sort((x, y) => (x.item_code + x.component_type).localeCompare(y.item_code + y.component_type)
    || String(x.span).localeCompare(String(y.span), undefined, { numeric: true }));
}

function showInspection(facility, inspection) {
  const dialog = $("inspection-dialog");
  $("inspection-title").textContent = `${facility.ledger_no || ""} ${inspection.started_on} ${t(`type.${inspection.inspection_type}`)}`;
  const head = table([
    [t("inspection.status"), t(`status.${inspection.status}`)],
    [t("legend.title"), gradeBadge(inspection.final_grade)],
    [t("inspection.inspectors"), (inspection.inspectors || []).join(", ")],
    [t("inspection.organisation"), inspection.organisation],
    [t("inspection.conditions"), Object.entries(inspection.conditions || {}).map(([k, v]) => `${k}: ${v}`).join(", ")],
    [t("inspection.remarks"), inspection.remarks],
  ]);
  const tbl = el("table", null, "findings");
  const hr = el("tr");
  for (const h of ["inspection.item", "inspection.component", "inspection.span", "inspection.grade", "inspection.remarks", "panel.photos"]) hr.append(el("th", t(h)));
  tbl.append(hr);
  const photos = (inspection.attachments || []).filter((a) => a.media_type.startsWith("image/"));
  for (const f of findingRows(inspection.findings || [])) {
    const tr = el("tr");
    const grade = el("td");
    if (f.grade) grade.append(gradeBadge(f.grade)); else grade.append(`${t("panel.not_inspected")} (${label("reason", f.not_inspected)})`);
    const mine = photos.filter((a) => a.finding_id === f.id);
    const pics = el("td");
    for (const a of mine) {
      const b = el("button", t("panel.photos"), "link");
      b.type = "button";
      b.setAttribute("aria-label", `${t("panel.photos")}: ${a.filename}`);
      b.onclick = () => showPhoto(photos, photos.indexOf(a), inspection);
      pics.append(b);
    }
    tr.append(el("td", label("item", f.item_code)), el("td", label("component_type", f.component_type)), el("td", f.span), grade, el("td", f.remarks || ""), pics);
    tbl.append(tr);
  }
  $("inspection-body").replaceChildren(head, el("h3", t("inspection.findings")), tbl);
  if (!dialog.open) dialog.showModal();
}

function showComparison(facility, older, newer) {
  // two inspections side by side, item × component × span: what got worse, better, or was new
  const dialog = $("inspection-dialog");
  $("inspection-title").textContent = `${facility.ledger_no || ""} ${t("inspection.compare")}: ${older.started_on} → ${newer.started_on}`;
  const key = (f) => `${f.item_code}|${f.component_type}|${f.span}`;
  const before = new Map((older.findings || []).map((f) => [key(f), f]));
  const after = new Map((newer.findings || []).map((f) => [key(f), f]));
  const rank = { a: 0, b: 1, c: 2, d: 3 };
  const tbl = el("table", null, "findings");
  const hr = el("tr");
  for (const h of ["inspection.item", "inspection.component", "inspection.span"]) hr.append(el("th", t(h)));
  hr.append(el("th", older.started_on), el("th", newer.started_on), el("th", t("inspection.change")));
  tbl.append(hr);
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const rows = findingRows(keys.map((k) => after.get(k) || before.get(k)));
  let worse = 0;
  for (const f of rows) {
    const a = before.get(key(f)); const b = after.get(key(f));
    const cell = (x) => { const td = el("td"); if (x && x.grade) td.append(gradeBadge(x.grade)); else td.append(x ? t("panel.not_inspected") : "—"); return td; };
    let change = "";
    if (a && b && a.grade && b.grade) {
      if (rank[b.grade] < rank[a.grade]) { change = t("inspection.worse"); worse += 1; }
      else if (rank[b.grade] > rank[a.grade]) change = t("inspection.better");
    } else if (!a) change = t("inspection.new");
    const tr = el("tr", null, change === t("inspection.worse") ? "worse" : "");
    tr.append(el("td", label("item", f.item_code)), el("td", label("component_type", f.component_type)), el("td", f.span), cell(a), cell(b), el("td", change));
    tbl.append(tr);
  }
  const summary = el("p", `${t("inspection.worse_count")}: ${worse}`, worse ? "warning" : "muted");
  $("inspection-body").replaceChildren(summary, tbl);
  if (!dialog.open) dialog.showModal();
}

async function loadForecast(facilityId, container) {
  // The planning API's grade forecast plot for this facility (fetched with the token).
  try {
    const blob = await (await api(`/api/v1/planning/forecast/${facilityId}?format=png&years=30&lang=${LANG}`)).blob();
    const img = el("img");
    img.src = URL.createObjectURL(blob);
    img.alt = t("panel.forecast_alt");
    img.style.width = "100%";
    container.replaceChildren(el("h3", t("panel.forecast")), img);
  } catch (_) { /* no forecast for this facility */ }
}

function downloadButton(label, path, filename) {
  const b = el("button", label);
  b.type = "button";
  b.onclick = async () => download(await (await api(path)).blob(), filename);
  return b;
}

function closePanel() {
  $("panel").hidden = true;
  state.selected = null;
  state.selectedGeometry = null;
  writeHash();
  render();
  if (state.model3d) { state.model3d = null; render(); }
  $("map").focus();
}

// -- field packages ------------------------------------------------------------------------
function packageTools(facilityIds, describe) {
  // Download an offline field package for the facilities; take a filled one back in and
  // show every problem by sheet, row and column.
  const box = el("div", null, "package");
  const get = el("button", describe || t("package.download"));
  get.type = "button";
  get.className = "package-download";
  get.disabled = !facilityIds.length;
  get.onclick = async () => {
    try {
      const res = await api("/api/v1/field-packages", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ facility_ids: facilityIds }),
      });
      download(await res.blob(), `field-package-${res.headers.get("x-package-id")}.zip`);
    } catch (err) { showMessage(err.message); }
  };
  const form = el("form", null, "package-upload");
  const file = el("input");
  file.type = "file"; file.accept = ".zip,application/zip"; file.required = true;
  const fileLabel = el("label", `${t("package.upload")} `);
  fileLabel.append(file);
  const submit = el("input"); submit.type = "checkbox";
  const submitLabel = el("label"); submitLabel.append(submit, ` ${t("package.submit")}`);
  const partial = el("input"); partial.type = "checkbox";
  const partialLabel = el("label"); partialLabel.append(partial, ` ${t("package.partial")}`);
  const send = el("button", t("package.send"));
  const result = el("div", null, "package-result");
  result.setAttribute("aria-live", "polite");
  form.append(fileLabel, submitLabel, partialLabel, send, result);
  form.onsubmit = async (e) => {
    e.preventDefault();
    if (!file.files.length) return;
    const body = new FormData();
    body.append("file", file.files[0]);
    const params = new URLSearchParams({ submit: submit.checked, partial: partial.checked });
    result.replaceChildren(el("p", t("msg.loading")));
    const res = await fetch(`/api/v1/field-packages/upload?${params}`, {
      method: "POST", body, headers: { Authorization: `Bearer ${state.token}` },
    });
    const answer = await res.json().catch(() => ({}));
    result.replaceChildren(...packageReport(res.status, answer));
    if (res.ok && state.selected) loadOverdue().then(render);
  };
  box.append(get, form);
  return box;
}

function packageReport(status, answer) {
  const report = answer.report || answer;
  const out = [];
  if (status === 202) { out.push(el("p", t("package.queued"))); return out; }
  if (report.problems && report.problems.length) {
    out.push(el("p", `${t("package.refused")} (${report.problems.length})`, "warning"));
    const tbl = el("table", null, "problems");
    const head = el("tr");
    for (const h of ["package.sheet", "package.row", "package.column", "package.reason"]) head.append(el("th", t(h)));
    tbl.append(head);
    for (const p of report.problems) {
      const tr = el("tr");
      tr.append(el("td", p.sheet), el("td", p.row), el("td", p.column), el("td", p.reason));
      tbl.append(tr);
    }
    out.push(tbl);
  } else if (!status || status >= 400) {
    out.push(el("p", answer.detail || String(status), "warning"));
  }
  for (const entry of report.inspections || []) {
    const c = entry.coverage;
    const seen = c ? ` (${c.graded + c.not_inspected}/${c.required})` : "";
    out.push(el("p", `${entry.action}${seen}`));
  }
  for (const w of report.warnings || []) out.push(el("p", w, "warning"));
  return out;
}

// -- search and list -----------------------------------------------------------------------
async function search(text) {
  const params = new URLSearchParams({ q: text, limit: "10" });
  params.set("port", state.port ? state.port.code : "all");
  const page = await apiJson(`/api/v1/facilities?${params}`);
  $("search-results").replaceChildren(...page.items.map((f) => new Option(`${f.ledger_no || ""} ${f.name_ja || f.name_en || ""}`.trim(), f.ledger_no || f.name_en || "")));
  return page.items;
}

function bboxOf(geometry) {
  const coords = [];
  (function walk(c) { if (typeof c[0] === "number") coords.push(c); else c.forEach(walk); })(geometry.coordinates);
  const xs = coords.map((c) => c[0]); const ys = coords.map((c) => c[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

async function jumpTo(text) {
  const items = await search(text);
  if (!items.length) { showMessage(t("msg.no_results")); return; }
  showMessage("");
  const f = items[0];
  fitBounds(bboxOf(f.geometry));
  openPanel(f.id);
}

const LIST = { features: [], sort: "ledger_no", descending: false, text: "" };
const LIST_COLUMNS = [
  ["ledger_no", "spec.ledger_no"], ["name", "spec.name"], ["kind", "spec.kind"],
  ["grade", "legend.title"], ["last_inspected_on", "list.last_inspected"], ["overdue", "panel.overdue"],
];

function listValue(f, key) {
  const p = f.properties;
  if (key === "name") return (LANG === "ja" ? p.name_ja || p.name_en : p.name_en || p.name_ja) || "";
  if (key === "kind") return label("facility_kind", p.kind);
  if (key === "overdue") return state.overdue.has(f.id) ? t("panel.overdue") : "";
  return p[key] == null ? "" : String(p[key]);
}

function listRows() {
  // the facilities the map's filters show, narrowed by the table's text, in the chosen order
  const words = LIST.text.toLowerCase();
  const rows = LIST.features.filter((f) => visible({ ...f.properties, id: f.id })
    && (!words || LIST_COLUMNS.some(([k]) => listValue(f, k).toLowerCase().includes(words))));
  const order = LIST.descending ? -1 : 1;
  rows.sort((a, b) => order * listValue(a, LIST.sort).localeCompare(listValue(b, LIST.sort), undefined, { numeric: true }));
  return rows;
}

function renderList() {
  const rows = listRows();
  const head = el("tr");
  for (const [key, name] of LIST_COLUMNS) {
    const th = el("th");
    th.setAttribute("aria-sort", LIST.sort === key ? (LIST.descending ? "descending" : "ascending") : "none");
    const b = el("button", `${t(name)}${LIST.sort === key ? (LIST.descending ? " ▼" : " ▲") : ""}`);
    b.type = "button";
    b.onclick = () => { LIST.descending = LIST.sort === key ? !LIST.descending : false; LIST.sort = key; renderList(); };
    th.append(b);
    head.append(th);
  }
  $("list-head").replaceChildren(head);
  $("list-body").replaceChildren(...rows.map((f) => {
    const tr = el("tr");
    tr.tabIndex = 0;
    for (const [key] of LIST_COLUMNS) {
      const td = el("td");
      if (key === "grade") td.append(gradeBadge(f.properties.grade)); else td.textContent = listValue(f, key);
      tr.append(td);
    }
    const open = () => { fitBounds(bboxOf(f.geometry)); openPanel(f.id); };
    tr.onclick = open;
    tr.onkeydown = (e) => { if (e.key === "Enter") open(); };
    return tr;
  }));
  $("list-count").textContent = `${rows.length} ${t("list.count")}`;
  const late = rows.filter((f) => state.overdue.has(f.id)).map((f) => f.id);
  $("list-package").replaceChildren(packageTools(late, `${t("package.overdue_in_view")} (${late.length})`));
}

function csvOf(rows) {
  const quote = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [LIST_COLUMNS.map(([, name]) => quote(t(name))).join(",")];
  for (const f of rows) lines.push(LIST_COLUMNS.map(([k]) => quote(listValue(f, k))).join(","));
  return `\ufeff${lines.join("\r\n")}\r\n`;  // with a BOM, so Excel reads the Japanese
}

async function exportList(format) {
  const rows = listRows();
  const day = new Date().toISOString().slice(0, 10);
  const name = `facilities-${state.port ? state.port.code : "all"}-${day}`;
  if (format === "csv") { download(new Blob([csvOf(rows)], { type: "text/csv" }), `${name}.csv`); return; }
  try {
    const res = await api("/api/v1/exports/facilities", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ids: rows.map((f) => f.id), format: "xlsx", port: state.port ? state.port.code : null }),
    });
    download(await res.blob(), `${name}.xlsx`);
  } catch (err) { showMessage(err.message); }
}

async function showList() {
  const params = new URLSearchParams({ limit: "10000" });
  if (state.port) params.set("port_code", state.port.code);
  LIST.features = TIME.data ? TIME.data.features.map((f) => ({ ...f, id: f.properties.id }))
    : (await apiJson(`/ogc/collections/facilities/items?${params}`)).features;
  renderList();
  $("list").hidden = false;
  $("list").focus();
}

// -- wiring --------------------------------------------------------------------------------
function wire() {
  $("login").onsubmit = (e) => {
    e.preventDefault();
    state.token = $("token").value.trim();
    if (!state.token) { showMessage(t("msg.token_required")); return; }
    sessionStorage.setItem("porttwin.token", state.token);
    login();
  };
  $("logout").onclick = () => { if (session) session.postMessage("logout"); forget(); };
  $("port").onchange = (e) => { if (state.selected) closePanel(); selectPort(e.target.value); };
  window.addEventListener("hashchange", followHash);
  $("filter-kind").onchange = (e) => { state.filters.kind = e.target.value; render(); };
  $("filter-grade").onchange = (e) => { state.filters.grade = e.target.value; render(); };
  $("filter-overdue").onchange = (e) => { state.filters.overdue = e.target.checked; render(); };
  $("show-labels").onchange = (e) => { state.labelsOn = e.target.checked; render(); };
  wireTime();
  $("measure-distance").onclick = () => { $("tools-menu").open = false; startMeasure("distance"); };
  $("measure-area").onclick = () => { $("tools-menu").open = false; startMeasure("area"); };
  $("print-png").onclick = () => { $("tools-menu").open = false; exportPng(); };
  $("print-pdf").onclick = () => { $("tools-menu").open = false; exportPdf().catch((err) => showMessage(err.message)); };
  $("basemap").onchange = (e) => { state.basemap = e.target.value; localStorage.setItem("porttwin.basemap", state.basemap); showMessage(""); render(); };
  $("search").onsubmit = (e) => { e.preventDefault(); jumpTo($("search-text").value.trim()); };
  let pending;
  $("search-text").oninput = (e) => { clearTimeout(pending); const v = e.target.value.trim(); if (v.length > 1) pending = setTimeout(() => search(v), 250); };
  $("panel-close").onclick = closePanel;
  $("list-close").onclick = () => { $("list").hidden = true; };
  $("show-list").onclick = showList;
  $("list-filter").oninput = (e) => { LIST.text = e.target.value.trim(); renderList(); };
  $("list-csv").onclick = () => exportList("csv");
  $("list-xlsx").onclick = () => exportList("xlsx");
  $("lang").onclick = () => {
    LANG = LANG === "ja" ? "en" : "ja";
    localStorage.setItem("porttwin.lang", LANG);
    applyLanguage();
    if (state.me) fillSelects();
    if (state.selected) openPanel(state.selected);
  };
  for (const b of document.querySelectorAll("dialog [data-close]")) b.onclick = () => b.closest("dialog").close();
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || document.querySelector("dialog[open]")) return;  // a dialog closes itself
    if (MEASURE.mode) { stopMeasure(); return; }
    if (!$("panel").hidden) closePanel(); else if (!$("list").hidden) $("list").hidden = true;
  });
}

applyLanguage();
wire();
startMap();
login();
