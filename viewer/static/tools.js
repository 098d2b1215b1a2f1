"use strict";
// Map tools: measure a distance or an area in the port's metric CRS, and print the map to
// PNG or PDF with its legend, scale bar, north arrow, date and attribution. Uses the globals
// of app.js at run time.

const MEASURE = { mode: null, points: [] };

function startMeasure(mode) {
  MEASURE.mode = mode;
  MEASURE.points = [];
  $("measure-box").hidden = false;
  showMeasure();
  render();
}

function stopMeasure() {
  MEASURE.mode = null;
  MEASURE.points = [];
  $("measure-box").hidden = true;
  render();
}

function measurePoint(coordinate) {
  MEASURE.points.push(coordinate);
  showMeasure();
  render();
}

function measured() {
  // length (and area, perimeter) of the clicked points in the metric CRS of the port they lie
  // in: plane rectangular or UTM coordinates, as the port's drawings are measured
  const pts = MEASURE.points;
  if (!pts.length) return null;
  const port = portAt(pts[0][0], pts[0][1]);
  const project = port && makeProjector(port.metric_crs_proj4);
  if (!project) return null;
  const xy = pts.map(([lon, lat]) => { const p = project(lon, lat); return [p.easting, p.northing]; });
  let length = 0;
  for (let i = 1; i < xy.length; i += 1) length += Math.hypot(xy[i][0] - xy[i - 1][0], xy[i][1] - xy[i - 1][1]);
  let area = 0;
  for (let i = 0; i < xy.length; i += 1) {
    const [x1, y1] = xy[i]; const [x2, y2] = xy[(i + 1) % xy.length];
    area += x1 * y2 - x2 * y1;
  }
  const closing = xy.length > 2 ? Math.hypot(xy[0][0] - xy[xy.length - 1][0], xy[0][1] - xy[xy.length - 1][1]) : 0;
  return { length, area: Math.abs(area) / 2, perimeter: length + closing, epsg: port.metric_epsg };
}

const metres = (v) => `${v.toLocaleString(LANG === "ja" ? "ja-JP" : "en-GB", { maximumFractionDigits: 2 })}`;

function showMeasure() {
  const m = measured();
  let text = t(MEASURE.mode === "area" ? "measure.area_hint" : "measure.distance_hint");
  if (m && MEASURE.mode === "distance" && MEASURE.points.length > 1) {
    text = `${t("measure.distance")} ${metres(m.length)} m (EPSG:${m.epsg})`;
  } else if (m && MEASURE.mode === "area" && MEASURE.points.length > 2) {
    text = `${t("measure.area")} ${metres(m.area)} m² · ${t("measure.perimeter")} ${metres(m.perimeter)} m (EPSG:${m.epsg})`;
  }
  const done = el("button", t("measure.done"));
  done.type = "button";
  done.onclick = stopMeasure;
  const result = el("span", text);
  result.id = "measure-result";
  $("measure-box").replaceChildren(result, " ", done);
}

function measureLayers() {
  if (!MEASURE.mode || !MEASURE.points.length) return [];
  const pts = MEASURE.points;
  const out = [new deck.ScatterplotLayer({
    id: "measure-points", data: pts, getPosition: (p) => p, getRadius: 4, radiusUnits: "pixels",
    getFillColor: [255, 255, 255, 255], getLineColor: [200, 0, 90, 255], stroked: true, lineWidthMinPixels: 2,
  })];
  if (MEASURE.mode === "area" && pts.length > 2) {
    out.unshift(new deck.PolygonLayer({
      id: "measure-area", data: [pts], getPolygon: (p) => p, filled: true, stroked: true,
      getFillColor: [200, 0, 90, 50], getLineColor: [200, 0, 90, 255], lineWidthMinPixels: 2,
    }));
  } else if (pts.length > 1) {
    out.unshift(new deck.PathLayer({
      id: "measure-line", data: [pts], getPath: (p) => p, getColor: [200, 0, 90, 255], widthMinPixels: 2,
    }));
  }
  return out;
}

// -- print ---------------------------------------------------------------------------------
function mapImage() {
  // the map's pixels: drawn now and read before the browser clears the buffer
  state.deck.redraw("print");
  return state.deck.getCanvas ? state.deck.getCanvas() : state.deck.canvas;
}

function composeMap() {
  // the map with a title, legend, scale bar, north arrow, date and attribution, on a canvas
  const map = mapImage();
  const pad = 16;
  const canvas = document.createElement("canvas");
  canvas.width = map.width + 2 * pad;
  canvas.height = map.height + 2 * pad + 40;
  const g = canvas.getContext("2d");
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(map, pad, pad + 40);
  g.fillStyle = "#111";
  g.font = "bold 18px IPAGothic, sans-serif";
  const name = state.port ? `${LANG === "ja" ? state.port.name_ja || state.port.name_en : state.port.name_en} (${state.port.code})` : t("toolbar.all_ports");
  g.fillText(`Port Twin — ${name}`, pad, pad + 22);
  g.font = "13px IPAGothic, sans-serif";
  const when = TIME.at ? `${TIME.at} ${t("time.as_of")}` : new Date().toISOString().slice(0, 16).replace("T", " ");
  g.textAlign = "right";
  g.fillText(when, canvas.width - pad, pad + 22);
  g.textAlign = "left";
  // legend
  const top = pad + 52;
  g.fillStyle = "rgba(255,255,255,0.92)";
  g.fillRect(pad + 8, top, 200, 128);
  g.font = "bold 13px IPAGothic, sans-serif";
  g.fillStyle = "#111";
  g.fillText(t("legend.title"), pad + 16, top + 18);
  g.font = "12px IPAGothic, sans-serif";
  ["A", "B", "C", "D", "none"].forEach((grade, i) => {
    g.fillStyle = grade === "none" ? "#9e9e9e" : PIE_COLORS[grade];
    g.fillRect(pad + 16, top + 28 + i * 19, 18, 12);
    g.fillStyle = "#111";
    g.fillText(t(`legend.${grade}`), pad + 40, top + 38 + i * 19);
  });
  // scale bar, as on screen
  const { latitude, zoom } = state.viewState;
  const perPixel = (40075016.686 * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** zoom) / (map.width / state.deck.width || 1);
  const target = perPixel * 150;
  const magnitude = 10 ** Math.floor(Math.log10(target));
  const nice = [1, 2, 5, 10].map((k) => k * magnitude).filter((v) => v <= target).pop() || magnitude;
  const bar = nice / perPixel;
  const y = canvas.height - pad - 14;
  g.fillStyle = "rgba(255,255,255,0.92)";
  g.fillRect(pad + 8, y - 22, bar + 80, 32);
  g.strokeStyle = "#111";
  g.lineWidth = 3;
  g.beginPath(); g.moveTo(pad + 16, y - 6); g.lineTo(pad + 16, y); g.lineTo(pad + 16 + bar, y); g.lineTo(pad + 16 + bar, y - 6); g.stroke();
  g.fillStyle = "#111";
  g.fillText(nice >= 1000 ? `${nice / 1000} km` : `${nice} m`, pad + 24 + bar, y);
  // north arrow, turned with the map
  const cx = canvas.width - pad - 34; const cy = pad + 86;
  g.save();
  g.translate(cx, cy);
  g.rotate((-(state.viewState.bearing || 0) * Math.PI) / 180);
  g.fillStyle = "#111";
  g.beginPath(); g.moveTo(0, -22); g.lineTo(10, 14); g.lineTo(0, 6); g.lineTo(-10, 14); g.closePath(); g.fill();
  g.font = "bold 14px sans-serif"; g.textAlign = "center";
  g.fillText("N", 0, -28);
  g.restore();
  // attribution
  g.font = "11px IPAGothic, sans-serif";
  g.textAlign = "right";
  g.fillStyle = "#333";
  const basemap = BASEMAPS[state.basemap];
  g.fillText(`Port Twin${basemap && basemap.attribution ? ` · ${basemap.attribution}` : ""}`, canvas.width - pad - 4, canvas.height - pad + 4);
  return canvas;
}

function download(blob, name) {
  // a file the viewer made or fetched with the token, saved by the browser
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 2000);
}

function printName(ext) {
  const day = TIME.at || new Date().toISOString().slice(0, 10);
  return `porttwin-${state.port ? state.port.code : "all"}-${day}.${ext}`;
}

function exportPng() {
  composeMap().toBlob((blob) => download(blob, printName("png")), "image/png");
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = src; s.onload = resolve; s.onerror = () => reject(new Error(src));
    document.head.append(s);
  });
}

async function exportPdf() {
  // jsPDF from the app's own npm packages, loaded when first asked for
  if (!window.jspdf) await loadScript("/vendor/jspdf/jspdf.umd.min.js");
  const canvas = composeMap();
  const pdf = new window.jspdf.jsPDF({ orientation: canvas.width > canvas.height ? "landscape" : "portrait", unit: "px", format: [canvas.width, canvas.height] });
  pdf.addImage(canvas.toDataURL("image/png"), "PNG", 0, 0, canvas.width, canvas.height);
  download(pdf.output("blob"), printName("pdf"));
}
