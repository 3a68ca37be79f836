"""Hostile inputs for the XSS tests, written by us. Every payload sets ``window.__xss`` if it runs."""

from __future__ import annotations

from rasid.model import Document

HOSTILE_HTML = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Niamey <img src=x onerror="window.__xss='title';alert('title')"> bulletin</title>
<script>window.__xss = 'head-script'; alert('head');</script>
</head><body>
<article>
<h1>Niamey <img src=x onerror="window.__xss='h1'"> bulletin</h1>
<p>Le conseil de sécurité de Niamey s'est réuni lundi pour examiner la situation à la frontière.
<script>window.__xss = 'body-script'; alert('body');</script>
Les autorités ont annoncé un couvre-feu <img src="x" onerror="window.__xss='img';alert('img')"> dans trois districts.</p>
<p>Selon un communiqué, <a href="javascript:window.__xss='link';alert('link')">le texte complet</a> sera publié
plus tard. <svg onload="window.__xss='svg'"><circle r="5"/></svg> Les patrouilles conjointes continuent.</p>
<p>Un responsable a déclaré que la situation était « sous contrôle » malgré les incidents de la semaine.</p>
</article></body></html>
"""

SCRIPT_TEXT = "<script>window.__xss='text-script';alert('text')</script>"
IMG_TEXT = "<img src=x onerror=\"window.__xss='text-img';alert(1)\">"


def hostile_document() -> Document:
    """A stored document whose text, title, outlet, URL and annotation attributes are all payloads."""
    text = (
        f"تقرير زرقاء اليمامة {SCRIPT_TEXT} عن دورية في منطقة تيلابيري.\n"
        f"Un second paragraphe {IMG_TEXT} avec un lien javascript:alert(1) et la fin."
    )
    doc = Document(
        text=text,
        title="<img src=x onerror=\"window.__xss='doc-title';alert('t')\"> زرقاء اليمامة",
        outlet="<b onmouseover=\"window.__xss='outlet'\">Evil Outlet</b>",
        url="javascript:window.__xss='url';alert('url')",
        language="ar",
        published="2024-05-02",
    )
    script_start = text.index(SCRIPT_TEXT)
    img_start = text.index(IMG_TEXT)
    place = text.index("تيلابيري")
    entities = [
        doc.annotation(
            "entities",
            script_start,
            script_start + len(SCRIPT_TEXT),
            "ORG",
            attrs={
                "canonical": "<svg onload=\"window.__xss='canonical'\">",
                "kb_id": 'x"><script>alert(1)</script>',
            },
        ),
        doc.annotation("entities", place, place + len("تيلابيري"), "GPE", attrs={"canonical": "Tillabéri"}),
    ]
    sources = [
        doc.annotation(
            "sources",
            img_start,
            img_start + len(IMG_TEXT),
            "original_url",
            attrs={"url": "javascript:window.__xss='source-url'", "outlet": "<i>x</i>"},
        )
    ]
    return doc.with_layer("entities", entities).with_layer("sources", sources)
