"use strict";
// "All ports": each port as a pie of its facilities' grades with its overdue count,
// clustered when ports crowd at the zoom shown, and a summary by port authority. A click on
// a port opens it; on a cluster, zooms in. Uses the globals of app.js at run time.

const NATIONAL = { rows: null, authorities: {}, loading: false };
const PIE_ORDER = ["A", "B", "C", "D", "none"];
const PIE_COLORS = { A: "#b2182b", B: "#ef8a62", C: "#fddb6d", D: "#4d9221", none: "#9e9e9e" };

async function loadNational() {
  if (NATIONAL.rows || NATIONAL.loading) return;
  NATIONAL.loading = true;
  const [authorities, states] = await Promise.all([
    apiJson("/api/v1/authorities").catch(() => []),
    Promise.all(state.ports.filter((p) => p.bbox).map((p) =>
      apiJson(`/api/v1/twin/ports/${encodeURIComponent(p.code)}`).then((s) => [p, s]).catch(() => null))),
  ]);
  NATIONAL.authorities = Object.fromEntries((authorities.items || authorities).map((a) => [a.id, a]));
  NATIONAL.rows = states.filter(Boolean).map(([p, s]) => ({
    code: p.code, name: LANG === "ja" ? p.name_ja || p.name_en : p.name_en || p.name_ja,
    authority: p.authority_id, bbox: p.bbox,
    position: [(p.bbox[0] + p.bbox[2]) / 2, (p.bbox[1] + p.bbox[3]) / 2],
    grades: { ...s.grades, none: s.not_inspected }, total: s.facilities.length,
    overdue: s.facilities.filter((f) => f.overdue.length).length,
  }));
  NATIONAL.loading = false;
  render();
  renderNationalTable();
}

function pieIcon(grades, total) {
  // an SVG pie of the grades (a data URL: the page's policy allows data: images)
  let angle = -Math.PI / 2;
  const parts = [];
  for (const g of PIE_ORDER) {
    const n = grades[g] || 0;
    if (!n) continue;
    const share = n / total;
    if (share >= 0.999) { parts.push(`<circle cx="32" cy="32" r="28" fill="${PIE_COLORS[g]}"/>`); break; }
    const next = angle + share * 2 * Math.PI;
    const [x1, y1, x2, y2] = [32 + 28 * Math.cos(angle), 32 + 28 * Math.sin(angle), 32 + 28 * Math.cos(next), 32 + 28 * Math.sin(next)];
    parts.push(`<path d="M32,32 L${x1.toFixed(2)},${y1.toFixed(2)} A28,28 0 ${share > 0.5 ? 1 : 0} 1 ${x2.toFixed(2)},${y2.toFixed(2)} Z" fill="${PIE_COLORS[g]}"/>`);
    angle = next;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">${parts.join("")}<circle cx="32" cy="32" r="28" fill="none" stroke="#222" stroke-width="2"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function clusters(rows) {
  // ports closer than 70 px at the current zoom are one symbol (greedy, in Web Mercator pixels)
  const scale = 512 * 2 ** state.viewState.zoom;
  const pixel = ([lon, lat]) => [(lon + 180) / 360 * scale,
    (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2 * scale];
  const out = [];
  for (const row of rows) {
    const [x, y] = pixel(row.position);
    const near = out.find((c) => Math.hypot(c.x - x, c.y - y) < 70);
    if (near) near.members.push(row);
    else out.push({ x, y, members: [row] });
  }
  return out.map((c) => {
    const grades = Object.fromEntries(PIE_ORDER.map((g) => [g, c.members.reduce((a, m) => a + (m.grades[g] || 0), 0)]));
    const total = c.members.reduce((a, m) => a + m.total, 0);
    const overdue = c.members.reduce((a, m) => a + m.overdue, 0);
    const box = c.members.map((m) => m.bbox).reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
    const position = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
    const name = c.members.length === 1 ? c.members[0].name : `${c.members.length} ${t("national.ports")}`;
    return { members: c.members, grades, total, overdue, box, position, name, icon: pieIcon(grades, Math.max(total, 1)) };
  });
}

function nationalLayers() {
  if (!NATIONAL.rows) { loadNational(); return []; }
  const data = clusters(NATIONAL.rows);
  const size = (d) => 28 + Math.min(28, Math.sqrt(d.total) * 3);
  return [
    new deck.IconLayer({
      id: "national-ports", data, pickable: true, sizeUnits: "pixels", getSize: size,
      getPosition: (d) => d.position,
      getIcon: (d) => ({ url: d.icon, id: d.icon, width: 64, height: 64 }),
      updateTriggers: { getIcon: state.viewState.zoom.toFixed(1) },
    }),
    new deck.TextLayer({
      id: "national-labels", data, getPosition: (d) => d.position, characterSet: "auto",
      getText: (d) => `${d.name}${d.overdue ? ` ⚠${d.overdue}` : ""}`,
      fontFamily: '"IPAGothic", "Noto Sans CJK JP", sans-serif', getSize: 13, getColor: [20, 20, 20, 255],
      outlineWidth: 4, outlineColor: [255, 255, 255, 230], fontSettings: { sdf: true },
      getPixelOffset: (d) => [0, size(d) / 2 + 10], pickable: false,
    }),
  ];
}

function openNational(cluster) {
  if (cluster.members.length === 1) selectPort(cluster.members[0].code);
  else fitBounds(cluster.box);
}

function renderNationalTable() {
  // one row per port authority: ports, facilities, grades, not inspected, overdue
  const box = $("national");
  if (state.port || !NATIONAL.rows) { box.hidden = true; return; }
  const byAuthority = new Map();
  for (const r of NATIONAL.rows) {
    const a = byAuthority.get(r.authority) || { ports: 0, total: 0, overdue: 0, grades: { A: 0, B: 0, C: 0, D: 0, none: 0 } };
    a.ports += 1; a.total += r.total; a.overdue += r.overdue;
    for (const g of PIE_ORDER) a.grades[g] += r.grades[g] || 0;
    byAuthority.set(r.authority, a);
  }
  const tbl = el("table");
  const head = el("tr");
  for (const h of ["national.authority", "national.ports", "national.facilities", "A", "B", "C", "D", "legend.none", "panel.overdue"]) {
    head.append(el("th", h.length === 1 ? h : t(h)));
  }
  tbl.append(head);
  for (const [id, a] of byAuthority) {
    const authority = NATIONAL.authorities[id];
    const name = authority ? (LANG === "ja" ? authority.name_ja || authority.name_en : authority.name_en || authority.name_ja) : id;
    const tr = el("tr");
    tr.append(el("td", name), el("td", a.ports), el("td", a.total),
      ...PIE_ORDER.map((g) => el("td", a.grades[g])), el("td", a.overdue));
    tbl.append(tr);
  }
  box.replaceChildren(el("h2", t("national.title")), tbl);
  box.hidden = false;
}
