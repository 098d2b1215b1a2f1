"""Plain HTML views of the OGC API documents (the HTML conformance class).

Every value is escaped; the pages need no script and no remote resource.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from fastapi.responses import HTMLResponse

STYLE = """body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#1b1b1b}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc;padding:.2rem .6rem;
text-align:left;vertical-align:top}a:focus-visible{outline:3px solid #005fcc}"""


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{STYLE}</style></head><body><h1>{escape(title)}</h1>{body}"
        "</body></html>"
    )


def _links(links: list[dict[str, Any]]) -> str:
    items = "".join(
        f'<li><a href="{escape(link["href"])}">{escape(link.get("title") or link["rel"])}</a>'
        f" <small>({escape(link['rel'])}, {escape(link.get('type', ''))})</small></li>"
        for link in links
    )
    return f"<ul>{items}</ul>"


def document(title: str, doc: dict[str, Any]) -> HTMLResponse:
    """Landing page, conformance, a collection: its text fields and links."""
    parts = []
    if doc.get("description"):
        parts.append(f"<p>{escape(doc['description'])}</p>")
    if "conformsTo" in doc:
        parts.append("<ul>" + "".join(f"<li>{escape(c)}</li>" for c in doc["conformsTo"]) + "</ul>")
    for coll in doc.get("collections", []):
        items = next((lk for lk in coll["links"] if lk["rel"] == "items"), None)
        href = escape(items["href"]) if items else "#"
        parts.append(
            f'<h2><a href="{href}">{escape(coll["title"])}</a></h2>'
            f"<p>{escape(coll.get('description', ''))}</p>"
        )
    parts.append(_links(doc.get("links", [])))
    return _page(title, "".join(parts))


def features(title: str, collection: dict[str, Any]) -> HTMLResponse:
    """A page of features as a table (geometry shown as its type)."""
    feats = collection.get("features", [collection] if collection.get("type") == "Feature" else [])
    keys: list[str] = []
    for feat in feats:
        keys += [k for k in feat["properties"] if k not in keys]
    head = "".join(f"<th>{escape(k)}</th>" for k in ["id", "geometry", *keys])
    rows = []
    for feat in feats:
        geom = feat.get("geometry") or {}
        cells = [escape(str(feat["id"])), escape(geom.get("type", "—"))]
        cells += [
            escape(
                ""
                if feat["properties"].get(k) is None
                else json.dumps(feat["properties"][k], ensure_ascii=False).strip('"')
            )
            for k in keys
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    counts = ""
    if "numberMatched" in collection:
        counts = f"<p>{collection['numberReturned']} of {collection['numberMatched']} features</p>"
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    return _page(title, counts + table + _links(collection.get("links", [])))
