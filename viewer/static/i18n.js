"use strict";
// Every label, legend entry and message of the viewer, in Japanese and English.
const I18N = {
  ja: {
    "app.title": "Port Twin 港湾施設ツイン",
    "login.token": "APIトークン", "login.submit": "ログイン",
    "toolbar.port": "港", "toolbar.search": "検索", "toolbar.search_hint": "台帳番号・名称",
    "toolbar.go": "移動", "toolbar.kind": "種類", "toolbar.grade": "評価",
    "toolbar.overdue": "点検期限超過のみ", "toolbar.basemap": "背景地図",
    "toolbar.list": "一覧", "toolbar.logout": "ログアウト", "toolbar.all": "すべて",
    "toolbar.all_ports": "すべての港",
    "basemap.none": "なし（オフライン）", "basemap.gsi": "地理院タイル（淡色）", "basemap.osm": "OpenStreetMap",
    "map.label": "港湾施設の地図。矢印キーで移動、+/- で拡大縮小",
    "legend.title": "性能評価", "legend.A": "A 性能が著しく低下", "legend.B": "B 性能が低下",
    "legend.C": "C 変状あり（性能低下なし）", "legend.D": "D 健全", "legend.none": "未点検",
    "legend.finding": "点検結果（劣化度 a〜d）",
    "panel.close": "閉じる", "panel.specs": "諸元", "panel.condition": "健全度",
    "panel.derivation": "評価の根拠（点検項目）", "panel.timeline": "点検履歴",
    "panel.next_due": "次回点検期限", "panel.history": "台帳の変更履歴", "panel.downloads": "ダウンロード",
    "panel.components": "部材", "panel.photos": "写真", "panel.no_inspection": "点検記録なし",
    "panel.overdue": "期限超過", "panel.override": "評価変更の理由",
    "panel.forecast": "劣化予測（30年）", "panel.forecast_alt": "性能評価 A〜D の確率の推移（劣化予測）",
    "spec.ledger_no": "台帳番号", "spec.name": "名称", "spec.kind": "種類", "spec.category": "分類",
    "spec.structure_type": "構造形式", "spec.status": "供用状況", "spec.length": "延長",
    "spec.design_depth": "計画水深", "spec.crown_height": "天端高", "spec.construction_year": "建設年",
    "spec.important": "重要施設", "spec.manager": "管理者", "spec.synthetic": "架空の値（デモ）",
    "grade.computed": "算定", "grade.final": "評価",
    "download.geojson": "GeoJSON", "download.report": "点検報告書 (XLSX)",
    "download.ifc": "IFC 4.3", "download.glb": "3Dモデル (GLB)", "panel.bim": "BIM/CIMモデル",
    "bim.elements": "紐付いた要素", "bim.linked": "台帳と紐付け済み", "bim.unlinked": "台帳と未紐付け", "bim.show3d": "3D表示",
    "list.title": "施設一覧",
    "msg.token_invalid": "トークンが無効か期限切れです。正しいトークンを入力してください。",
    "msg.token_required": "APIトークンを入力してください（porttwin user add で発行）。",
    "msg.network": "サーバーに接続できません",
    "msg.no_results": "該当する施設がありません",
    "msg.loading": "読み込み中…",
    "cursor.lonlat": "経度・緯度", "cursor.plane": "平面直角座標", "cursor.projected": "投影座標",
    "type.initial": "初回点検", "type.routine": "日常点検", "type.general_periodic": "一般定期点検",
    "type.detailed_periodic": "詳細定期点検", "type.extraordinary": "臨時点検",
    "status.draft": "下書き", "status.submitted": "提出済", "status.approved": "承認済",
    "status.in_service": "供用中", "status.planned": "計画", "status.under_construction": "工事中",
    "status.restricted": "利用制限中", "status.out_of_service": "供用停止", "status.decommissioned": "廃止",
    "yes": "はい", "no": "いいえ",
  },
  en: {
    "app.title": "Port Twin",
    "login.token": "API token", "login.submit": "Log in",
    "toolbar.port": "Port", "toolbar.search": "Search", "toolbar.search_hint": "ledger no. or name",
    "toolbar.go": "Go", "toolbar.kind": "Kind", "toolbar.grade": "Grade",
    "toolbar.overdue": "Overdue only", "toolbar.basemap": "Basemap",
    "toolbar.list": "List", "toolbar.logout": "Log out", "toolbar.all": "All",
    "toolbar.all_ports": "All ports",
    "basemap.none": "None (offline)", "basemap.gsi": "GSI tiles (pale)", "basemap.osm": "OpenStreetMap",
    "map.label": "Map of port facilities. Arrow keys pan, + and - zoom",
    "legend.title": "Performance grade", "legend.A": "A markedly reduced", "legend.B": "B reduced",
    "legend.C": "C defect, not reduced", "legend.D": "D sound", "legend.none": "Not inspected",
    "legend.finding": "Findings (grade a–d)",
    "panel.close": "Close", "panel.specs": "Specifications", "panel.condition": "Condition",
    "panel.derivation": "How the grade was derived (items)", "panel.timeline": "Inspections",
    "panel.next_due": "Next inspection due", "panel.history": "Registry changes", "panel.downloads": "Downloads",
    "panel.components": "Components", "panel.photos": "Photos", "panel.no_inspection": "No inspection yet",
    "panel.overdue": "overdue", "panel.override": "Override reason",
    "panel.forecast": "Grade forecast (30 years)", "panel.forecast_alt": "Probability of grades A–D over the years (forecast)",
    "spec.ledger_no": "Ledger no.", "spec.name": "Name", "spec.kind": "Kind", "spec.category": "Category",
    "spec.structure_type": "Structure", "spec.status": "Status", "spec.length": "Length",
    "spec.design_depth": "Design depth", "spec.crown_height": "Crown height", "spec.construction_year": "Built",
    "spec.important": "Important", "spec.manager": "Manager", "spec.synthetic": "Invented (demo)",
    "grade.computed": "computed", "grade.final": "final",
    "download.geojson": "GeoJSON", "download.report": "Inspection report (XLSX)",
    "download.ifc": "IFC 4.3", "download.glb": "3D model (GLB)", "panel.bim": "BIM models",
    "bim.elements": "linked elements", "bim.linked": "linked to the registry", "bim.unlinked": "not linked to the registry", "bim.show3d": "Show in 3D",
    "list.title": "Facilities",
    "msg.token_invalid": "The token is not valid or has expired. Enter a valid token.",
    "msg.token_required": "Enter an API token (made by porttwin user add).",
    "msg.network": "Cannot reach the server",
    "msg.no_results": "No facility matches",
    "msg.loading": "Loading…",
    "cursor.lonlat": "lon, lat", "cursor.plane": "plane rectangular", "cursor.projected": "projected",
    "type.initial": "initial", "type.routine": "routine", "type.general_periodic": "general periodic",
    "type.detailed_periodic": "detailed periodic", "type.extraordinary": "extraordinary",
    "status.draft": "draft", "status.submitted": "submitted", "status.approved": "approved",
    "status.in_service": "in service", "status.planned": "planned", "status.under_construction": "under construction",
    "status.restricted": "restricted", "status.out_of_service": "out of service", "status.decommissioned": "decommissioned",
    "yes": "yes", "no": "no",
  },
};

let LANG = localStorage.getItem("porttwin.lang") || "ja";

function t(key) {
  return (I18N[LANG] && I18N[LANG][key]) || I18N.en[key] || key;
}

function applyLanguage() {
  document.documentElement.lang = LANG;
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of document.querySelectorAll("[data-i18n-aria]")) el.setAttribute("aria-label", t(el.dataset.i18nAria));
  document.getElementById("lang").textContent = LANG === "ja" ? "English" : "日本語";
}
