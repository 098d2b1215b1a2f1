"use strict";
const $ = (id) => document.getElementById(id);

async function api(path) {
  const res = await fetch(path, { headers: { Authorization: "Bearer " + sessionStorage.token } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.detail || res.statusText);
  return body;
}

function cell(text) {
  const td = document.createElement("td");
  td.textContent = text ?? "";
  return td;
}

async function showPort(code) {
  const page = await api("/api/v1/facilities?limit=1000&port=" + encodeURIComponent(code));
  const rows = $("rows");
  rows.replaceChildren();
  for (const f of page.items) {
    const tr = document.createElement("tr");
    const length = f.length_m ?? f.measured.length_m;
    tr.append(cell(f.ledger_no), cell(f.name_ja || f.name_en), cell(f.kind),
              cell(length == null ? "" : length.toFixed(1)));
    rows.append(tr);
  }
}

async function start() {
  try {
    const me = await api("/api/v1/me");
    const ports = await api("/api/v1/ports");
    $("who").textContent = `${me.name} (${me.role})`;
    const select = $("port");
    select.replaceChildren(...ports.map((p) => new Option(`${p.name_ja || p.name_en} (${p.code})`, p.code)));
    select.onchange = () => showPort(select.value);
    $("main").hidden = false;
    $("error").textContent = "";
    if (ports.length) await showPort(ports[0].code);
  } catch (err) {
    $("error").textContent = "Could not log in / ログインできません: " + err.message;
  }
}

$("login").onsubmit = (event) => {
  event.preventDefault();
  sessionStorage.token = $("token").value.trim();
  start();
};
if (sessionStorage.token) start();
