"use strict";
// The map at a date: the registry as it was (the API's as_of) coloured by the grades it had
// then (the twin's port state at that time), and what changed since an earlier date —
// facilities added, removed, moved or regraded. Uses the globals of app.js at run time.

const TIME = { at: "", since: "", data: null, loading: false };
const CHANGE_COLORS = { added: [0, 130, 200, 255], moved: [150, 60, 200, 255], regraded: [230, 120, 0, 255], removed: [90, 90, 90, 255] };

function endOfDay(day) {
  // a day (from the date picker) ends at 23:59:59 UTC; a full time (from a link) is kept
  return day.length === 10 ? `${day}T23:59:59Z` : day;
}

async function facilitiesAt(code, day) {
  // the port's facilities at the end of ``day``: geometry as registered then, grade then
  const at = encodeURIComponent(endOfDay(day));
  const port = encodeURIComponent(code);
  const [page, then] = await Promise.all([
    apiJson(`/api/v1/facilities?port=${port}&as_of=${at}&limit=10000`),
    apiJson(`/api/v1/twin/ports/${port}?at=${at}`),
  ]);
  const grades = new Map(then.facilities.map((f) => [f.id, f]));
  return page.items.filter((f) => f.geometry).map((f) => ({
    type: "Feature", geometry: f.geometry,
    properties: {
      id: f.id, ledger_no: f.ledger_no, name_ja: f.name_ja, name_en: f.name_en, kind: f.kind,
      port_code: code, grade: grades.has(f.id) ? grades.get(f.id).grade : null, change: "",
    },
  }));
}

async function loadTime() {
  // (re)draw the map at TIME.at (and the changes since TIME.since), or live when unset
  if (!TIME.at || !state.port) { TIME.data = null; showTimeBanner(); render(); return; }
  TIME.loading = true;
  showTimeBanner();
  try {
    const now = await facilitiesAt(state.port.code, TIME.at);
    let removed = [];
    if (TIME.since) {
      const before = await facilitiesAt(state.port.code, TIME.since);
      const old = new Map(before.map((f) => [f.properties.id, f]));
      for (const f of now) {
        const was = old.get(f.properties.id);
        if (!was) f.properties.change = "added";
        else if (JSON.stringify(was.geometry) !== JSON.stringify(f.geometry)) f.properties.change = "moved";
        else if (was.properties.grade !== f.properties.grade) f.properties.change = "regraded";
        if (was) f.properties.grade_before = was.properties.grade;
      }
      const still = new Set(now.map((f) => f.properties.id));
      removed = before.filter((f) => !still.has(f.properties.id))
        .map((f) => ({ ...f, properties: { ...f.properties, change: "removed" } }));
    }
    TIME.data = { features: now, removed };
  } catch (err) {
    showMessage(err.message);
    TIME.data = null;
  }
  TIME.loading = false;
  showTimeBanner();
  render();
}

function timeLayers() {
  // the facilities at the date (instead of the live tiles), and the changes outlined
  const data = TIME.data;
  const changed = [...data.features.filter((f) => f.properties.change), ...data.removed];
  return [
    new deck.GeoJsonLayer({
      id: "facilities-at", data: data.features, ...facilityLook(JSON.stringify(state.filters)),
    }),
    new deck.GeoJsonLayer({
      id: "changes", data: changed, pickable: false, stroked: true, filled: false,
      pointType: "circle", getPointRadius: 12, pointRadiusUnits: "pixels",
      getLineColor: (f) => CHANGE_COLORS[f.properties.change], getLineWidth: 3, lineWidthUnits: "pixels",
    }),
  ];
}

function showTimeBanner() {
  const banner = $("time-banner");
  if (!TIME.at) { banner.hidden = true; return; }
  banner.hidden = false;
  if (TIME.loading) { banner.textContent = t("msg.loading"); return; }
  const parts = [`${TIME.at} ${t("time.as_of")}`];
  if (TIME.data && !TIME.data.features.length) parts.push(t("time.empty"));
  if (TIME.since && TIME.data) {
    const count = (c) => TIME.data.features.filter((f) => f.properties.change === c).length;
    const counts = { added: count("added"), moved: count("moved"), regraded: count("regraded"), removed: TIME.data.removed.length };
    parts.push(`${TIME.since} → ${TIME.at}: ` + Object.entries(counts).map(([k, n]) => `${t(`time.${k}`)} ${n}`).join(" · "));
  }
  const live = el("button", t("time.live"));
  live.type = "button";
  live.onclick = () => setTime("", "");
  banner.replaceChildren(el("span", parts.join(" ｜ ")), " ", live);
}

function setTime(at, since) {
  TIME.at = at || "";
  TIME.since = at && since ? since : "";
  $("at").value = TIME.at;
  $("since").value = TIME.since;
  syncSlider();
  writeHash();
  loadTime();
}

const SLIDER_YEARS = 30;

function sliderDay(value) {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() - (Number($("at-range").max) - Number(value)));
  return day.toISOString().slice(0, 10);
}

function syncSlider() {
  const range = $("at-range");
  if (!TIME.at) { range.value = range.max; return; }
  const days = Math.round((Date.now() - Date.parse(`${TIME.at.slice(0, 10)}T12:00:00Z`)) / 86400000);
  range.value = String(Math.max(0, Number(range.max) - days));
}

function wireTime() {
  const range = $("at-range");
  range.max = String(SLIDER_YEARS * 366);
  range.value = range.max;
  range.oninput = () => { $("at").value = sliderDay(range.value); };
  range.onchange = () => setTime(range.value === range.max ? "" : sliderDay(range.value), $("since").value);
  $("at").onchange = (e) => setTime(e.target.value, $("since").value);
  $("since").onchange = (e) => setTime($("at").value || new Date().toISOString().slice(0, 10), e.target.value);
}
