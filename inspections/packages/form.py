"""The field form (``form.xlsx``): what the inspector fills in on site, and reading it back.

Sheet ``findings``: one row per item × span the catalogue requires (row 1 the column keys,
row 2 their Japanese/English labels, rows from 3 the spans). The identifying columns are
hidden and every column but the inspector's is locked (the sheet is protected without a
password: against slips, not people; the upload checks everything anyway). Each input column
has a drop-down or a data validation with its message in Japanese and English.

Sheet ``inspection``: one row per facility for who inspected, when, and the day's conditions
the catalogue asks for. Sheet ``lists`` (hidden) holds the drop-down choices; ``items`` what
each grade means per item; ``README`` how to fill it in.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from assets.codelists import label, read_codelists
from inspections.catalog import GRADES, Catalog, measurement_types, not_inspected_reasons

FORMAT_VERSION = 2
SHEET, INSPECTION_SHEET, LISTS_SHEET = "findings", "inspection", "lists"
FIRST_ROW = 3  # rows 1 and 2: keys and labels


@dataclass(frozen=True)
class Column:
    key: str
    ja: str
    en: str
    role: str = "shown"  # hidden (identifies the row), shown (locked), input
    width: int = 14


FINDING_COLUMNS = (
    Column("row_key", "行キー", "row key", "hidden"),
    Column("facility_id", "施設ID", "facility id", "hidden"),
    Column("component_id", "部材ID", "component id", "hidden"),
    Column("component_type", "部材コード", "component code", "hidden"),
    Column("item_code", "点検項目コード", "item code", "hidden"),
    Column("ledger_no", "台帳番号", "ledger no.", width=12),
    Column("facility_name", "施設名", "facility", width=22),
    Column("component", "部材", "component", width=18),
    Column("span", "スパン", "span", width=8),
    Column("item_name", "点検項目", "inspection item", width=36),
    Column("item_class", "分類", "class", width=6),
    Column("previous_grade", "前回判定", "previous grade", width=9),
    Column("previous_date", "前回点検日", "previous date", width=12),
    Column("grade", "判定 a-d", "grade a-d", "input", 9),
    Column("not_inspected", "未点検の理由", "not inspected: why", "input", 26),
)
FINDING_TRAILING = (
    Column("chainage_m", "位置(m)", "chainage (m)", "input", 10),
    Column("observed_at", "点検日時(現地時刻)", "seen at (local time)", "input", 18),
    Column("remarks", "所見", "remarks", "input", 30),
    Column(
        "photos",
        "写真ファイル名(カンマ区切り)",
        "photos (file names, comma-separated)",
        "input",
        24,
    ),
)
INSPECTION_COLUMNS = (
    Column("facility_id", "施設ID", "facility id", "hidden"),
    Column("ledger_no", "台帳番号", "ledger no.", width=12),
    Column("facility_name", "施設名", "facility", width=22),
    Column("inspection_type", "点検種別", "inspection type", width=22),
    Column("started_on", "点検開始日", "started on", "input", 12),
    Column("ended_on", "点検終了日", "ended on", "input", 12),
    Column("inspectors", "点検者(、区切り)", "inspectors (comma-separated)", "input", 24),
    Column("organisation", "所属", "organisation", "input", 22),
    Column("weather", "天候", "weather", "input", 14),
    Column("sea_state", "海象", "sea state", "input", 14),
    Column("tide_level_m", "潮位(m)", "tide level (m)", "input", 10),
    Column("tide_datum", "潮位の基準面", "tide datum", "input", 14),
    Column("remarks", "備考", "remarks", "input", 30),
)
INPUT_FILL = PatternFill("solid", fgColor="FFF6D5")
README = """フィールドパッケージ / Field package {package_id}
点検種別 / inspection: {inspection}
施設 / facilities: {facilities}
作成 / made: {created} ({zone})

1. 「inspection」シートに点検者・所属・点検日・天候・海象・潮位を入力します。
   Fill in the "inspection" sheet: inspectors, organisation, dates, weather, sea state, tide.
2. 「findings」シートで、部材・点検項目・スパンごとに劣化度 a〜d を選びます。点検できなかった行は
   判定を空欄にし、「未点検の理由」を選びます。判定も理由もない行は未入力として扱われます。
   On the "findings" sheet choose the grade a–d of each component, item and span. For a span you
   could not inspect, leave the grade empty and choose why in "not inspected". A row with neither
   counts as not filled in.
3. 一般・詳細定期点検診断と初回点検は、全行に判定か未点検の理由が必要です（不足のまま提出すると
   「部分点検」となり、施設の評価を良くせず、次回点検日も進めません）。
   General and detailed periodic and initial inspections need a grade or a reason on every row;
   submitted with rows missing, the inspection is partial: it never improves the facility's
   grade and never moves its next inspection date.
4. 日時は現地時刻 ({zone}) で入力します。写真は photos/ フォルダに入れ、
   写真列にファイル名を書きます。
   Times are local ({zone}). Put photos in the photos/ folder and write their names in the
   photos column.
5. 灰色の列は変更できません。このフォルダ全体を zip にしてアップロードします。
   Grey columns cannot be changed. Zip the whole folder and upload it.
6. タブレットでは QField (または QGIS) で project.qgz を開き、「点検結果の入力」レイヤに
   同じ項目を入力できます（判定・理由は選択式、写真はカメラで撮影、変状位置は点を移動）。
   施設をタップすると点検結果・点検の記録・部材の一覧が開きます。入力は form.xlsx か
   GeoPackage のどちらか一方にしてください。フォルダ全体 (DCIM/ の写真を含む) を zip にして
   アップロードします。
   On a tablet, open project.qgz in QField (or QGIS) and fill in the layer "findings to
   fill in" instead: grades and reasons are drop-downs, photos come from the camera, and a
   finding's point moved on the map becomes where the defect was seen. Tap a facility to list
   its findings, inspection record and components. Fill in either form.xlsx or the
   GeoPackage, not both; zip the whole folder (with the photos in DCIM/) and upload it.

a: 性能が著しく低下 / performance markedly reduced     b: 性能が低下 / reduced
c: 変状はあるが性能低下なし / defect, no reduction yet     d: 変状なし / sound
"""


def finding_columns(measurements: list[str]) -> tuple[Column, ...]:
    """The columns of a finding row, with one per measurement the package asks for."""
    types = measurement_types()
    measured = tuple(
        Column(m, types[m]["ja"], f"{types[m]['en']} ({types[m]['unit']})", "input", 12)
        for m in measurements
    )
    return FINDING_COLUMNS + measured + FINDING_TRAILING


def reason_choices() -> list[str]:
    """The drop-down entries of "not inspected": each reason as ``ja / en``."""
    return [f"{r['ja']} / {r['en']}" for r in not_inspected_reasons().values()]


def reason_code(text: str) -> str | None:
    """The reason a cell names (its code, Japanese, English or drop-down text)."""
    wanted = text.strip().casefold()
    for code, names in not_inspected_reasons().items():
        spelled = (code, names["ja"], names["en"], f"{names['ja']} / {names['en']}")
        if wanted in (s.casefold() for s in spelled):
            return code
    return None


def write_form(
    rows: list[dict[str, Any]],
    inspections: list[dict[str, Any]],
    measurements: list[str],
    catalogs: list[Catalog],
    readme: str,
) -> bytes:
    """The workbook: ``rows`` and ``inspections`` are dicts keyed by the column keys."""
    types = measurement_types()
    book = Workbook()
    lists = book.active
    assert lists is not None
    lists.title = LISTS_SHEET
    choices = _lists(lists)
    findings = book.create_sheet(SHEET, 0)
    columns = finding_columns(measurements)
    _table(findings, columns, rows)
    n = len(rows)
    _validate(findings, columns, "grade", n, _choice(choices["grade"], "判定", "grade"))
    _validate(
        findings, columns, "not_inspected", n, _choice(choices["reason"], "未点検の理由", "why")
    )
    for m in measurements:
        spec = types[m]
        _validate(findings, columns, m, n, _decimal(spec["min"], spec["max"], spec["unit"]))
    _validate(findings, columns, "chainage_m", n, _decimal(0, 1_000_000, "m"))
    _validate(findings, columns, "observed_at", n, _moment())
    _validate(findings, columns, "remarks", n, _text_length(2000))
    for r in range(FIRST_ROW, FIRST_ROW + n):
        findings.cell(r, _index(columns, "observed_at")).number_format = "yyyy-mm-dd hh:mm"
    sheet = book.create_sheet(INSPECTION_SHEET, 1)
    _table(sheet, INSPECTION_COLUMNS, inspections)
    heads = len(inspections)
    for key in ("started_on", "ended_on"):
        _validate(sheet, INSPECTION_COLUMNS, key, heads, _day())
        for r in range(FIRST_ROW, FIRST_ROW + heads):
            sheet.cell(r, _index(INSPECTION_COLUMNS, key)).number_format = "yyyy-mm-dd"
    _validate(sheet, INSPECTION_COLUMNS, "tide_level_m", heads, _decimal(-20, 20, "m"))
    _validate(
        sheet, INSPECTION_COLUMNS, "tide_datum", heads, _choice(choices["datum"], "基準面", "datum")
    )
    for key in ("weather", "sea_state", "organisation", "inspectors", "remarks"):
        _validate(sheet, INSPECTION_COLUMNS, key, heads, _text_length(500))
    _items_sheet(book, catalogs)
    _readme_sheet(book, readme)
    lists.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _lists(sheet: Worksheet) -> dict[str, str]:
    """Fill the hidden list sheet; the range formula of each list, by name."""
    columns = {
        "grade": list(GRADES),
        "reason": reason_choices(),
        "datum": [str(c["code"]) for c in read_codelists()["vertical_datum"]["codes"]],
    }
    out = {}
    for i, (name, values) in enumerate(columns.items(), start=1):
        letter = get_column_letter(i)
        sheet.cell(1, i, name)
        for r, value in enumerate(values, start=2):
            sheet.cell(r, i, value)
        out[name] = f"{LISTS_SHEET}!${letter}$2:${letter}${len(values) + 1}"
    return out


def _table(sheet: Worksheet, columns: tuple[Column, ...], rows: list[dict[str, Any]]) -> None:
    sheet.append([c.key for c in columns])
    sheet.append([f"{c.ja} / {c.en}" for c in columns])
    for c in sheet[1]:
        c.font = Font(bold=True)
    for c in sheet[2]:
        c.font = Font(italic=True, color="555555")
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append([row.get(c.key) for c in columns])
    grey = PatternFill("solid", fgColor="EEEEEE")
    for i, column in enumerate(columns, start=1):
        letter = get_column_letter(i)
        sheet.column_dimensions[letter].width = column.width
        sheet.column_dimensions[letter].hidden = column.role == "hidden"
        for r in range(FIRST_ROW, FIRST_ROW + len(rows)):
            cell = sheet.cell(r, i)
            if column.role == "input":
                cell.protection = Protection(locked=False)
                cell.fill = INPUT_FILL
            else:
                cell.fill = grey
    sheet.row_dimensions[2].height = 30
    sheet.freeze_panes = sheet.cell(FIRST_ROW, _index(columns, "ledger_no"))
    # protected against slips (no password): locked cells cannot be typed over
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.autoFilter = False
    sheet.protection.sort = False


def _index(columns: tuple[Column, ...], key: str) -> int:
    return next(i for i, c in enumerate(columns, start=1) if c.key == key)


def _validate(
    sheet: Worksheet, columns: tuple[Column, ...], key: str, rows: int, check: DataValidation
) -> None:
    if rows == 0:
        return
    letter = get_column_letter(_index(columns, key))
    check.add(f"{letter}{FIRST_ROW}:{letter}{FIRST_ROW + rows - 1}")
    sheet.add_data_validation(check)


def _choice(formula: str, ja: str, en: str) -> DataValidation:
    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=f"{ja} / {en}",
        error=f"一覧から選んでください / choose from the list ({en})",
    )


def _decimal(low: float, high: float, unit: str) -> DataValidation:
    return DataValidation(
        type="decimal",
        operator="between",
        formula1=str(low),
        formula2=str(high),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="数値 / number",
        error=f"{low}〜{high} {unit} の数値 / a number from {low} to {high} {unit}",
    )


def _excel_day(day: date) -> str:
    return str((day - date(1899, 12, 30)).days)


def _day() -> DataValidation:
    return DataValidation(
        type="date",
        operator="between",
        formula1=_excel_day(date(1950, 1, 1)),
        formula2=_excel_day(date(2100, 12, 31)),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="日付 / date",
        error="日付 (例 2026-05-12) / a date (e.g. 2026-05-12)",
    )


def _moment() -> DataValidation:
    return DataValidation(
        type="decimal",
        operator="between",
        formula1=_excel_day(date(1950, 1, 1)),
        formula2=_excel_day(date(2101, 1, 1)),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="日時 / date and time",
        error="日時 (例 2026-05-12 10:15) / a date and time (e.g. 2026-05-12 10:15)",
    )


def _text_length(limit: int) -> DataValidation:
    return DataValidation(
        type="textLength",
        operator="lessThanOrEqual",
        formula1=str(limit),
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="文字数 / length",
        error=f"{limit} 文字まで / at most {limit} characters",
    )


def _items_sheet(book: Workbook, catalogs: list[Catalog]) -> None:
    items = book.create_sheet("items")
    items.append(["catalog", "item_code", "class", "component", "name_ja", "name_en", *GRADES])
    seen = set()
    for catalog in catalogs:
        if catalog.id in seen:
            continue
        seen.add(catalog.id)
        for item in catalog.items:
            items.append(
                [
                    catalog.id,
                    item.code,
                    item.item_class,
                    label("component_type", item.component_type),
                    item.name_ja,
                    item.name_en,
                    *(f"{item.grades[g]['ja']} / {item.grades[g]['en']}" for g in GRADES),
                ]
            )
    for letter, width in zip("ABCDEFGHIJ", (16, 28, 6, 20, 30, 36, 40, 40, 40, 40), strict=True):
        items.column_dimensions[letter].width = width
    for row in items.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _readme_sheet(book: Workbook, text: str) -> None:
    sheet = book.create_sheet("README")
    sheet.column_dimensions["A"].width = 110
    for line in text.splitlines():
        sheet.append([line])
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def cell_moment(value: Any) -> datetime | None:
    """A date-time cell (or text ``YYYY-MM-DD[ HH:MM]``) as a naive local time; ValueError
    when it is neither."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = str(value).strip().replace("/", "-")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{value}' is not a date and time (YYYY-MM-DD HH:MM)") from None


def cell_day(value: Any) -> date | None:
    moment = cell_moment(value)
    return moment.date() if moment else None
