"""Wire and agency credits: datelines ("BAMAKO (AFP) -", "(Reuters) -"), credit lines and web addresses."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping
from typing import Any

from rasid.extract.sources.cues import LEAD_CREDIT_CHARS, SIGNATURE_LINES, SourceCues
from rasid.extract.sources.found import Found, domain_outlet, finditer_windows, outlet_attrs
from rasid.extract.sources.publisher import domain_of


def strip_end(folded: str, end: int) -> int:
    while end > 0 and folded[end - 1] in " \n":
        end -= 1
    return end


def orig_found(norm: Any, start: int, end: int, kind: str, attrs: dict[str, Any]) -> Found:
    """A candidate found on the original text, stored with folded offsets like the rest."""
    fs = bisect.bisect_left(norm.starts, start)
    fe = bisect.bisect_left(norm.starts, end)
    attrs = dict(attrs)
    attrs["_orig"] = (start, end)
    return Found(fs, fe, kind, attrs)


def credit_end(text: str, end: int) -> int:
    """A credit broken across a line ("…Creative Com\\nmons 4.0") continues on the next line."""
    nl = end
    if nl < len(text) and text[nl] == "\n":
        nxt_end = text.find("\n", nl + 1)
        nxt_end = len(text) if nxt_end == -1 else nxt_end
        nxt = text[nl + 1 : nxt_end]
        continues = nxt and len(nxt) <= 30 and ":" not in nxt and (nxt[0].islower() or nxt[0].isdigit())
        if continues and nxt[0].isascii() and text[end - 1 : end].isalnum():
            return nxt_end - (len(nxt) - len(nxt.rstrip()))
    return end - (len(text[:end]) - len(text[:end].rstrip()))


def credits(sc: SourceCues, folded: str, pats: Mapping[str, re.Pattern[str]]) -> list[Found]:
    """Credits that are not datelines in the usual place: glued to a sentence by an aggregator, the text's
    last word, a headline led by its source, an agency before the dateline's dash, "(BSS/AFP)"."""
    out: list[Found] = []
    line_ends = [m.start() for m in re.finditer(r"\n", folded)] + [len(folded)]
    tails = [(max(0, end - 40), end) for end in line_ends]
    for key, kind, windows in (
        ("glued_credit", "agency", tails),
        ("end_credit", "agency", tails[-1:]),
        ("headline_credit", "cited_outlet", [(0, len(folded))]),
        ("paren_agency_pair", "agency", [(0, len(folded))]),
    ):
        for m in finditer_windows(pats[key], folded, windows):
            start = m.start("known") if key != "paren_agency_pair" else m.start()
            out.append(Found(start, strip_end(folded, m.end()), kind, outlet_attrs(sc, m)))
    lead = min(len(folded), LEAD_CREDIT_CHARS)
    for m in pats["lead_outlet_dash"].finditer(folded, 0, lead):
        out.append(Found(m.start("known"), m.end("known"), "agency", outlet_attrs(sc, m)))
    # an agency opening the lead's first sentence, or alone on a line of the lead or among the last lines (a byline
    # under the headline, a closing credit); not a form that is also an everyday word ("MAP" over a map)
    lines = [m for m in re.finditer(r"[^\n]+", folded) if m.group().strip()]
    edges = [line.span() for line in lines if line.start() < lead] + [
        line.span() for line in lines[-SIGNATURE_LINES:]
    ]
    for key, windows in (("lead_dot_agency", [(0, lead)]), ("line_agency", sorted(set(edges)))):
        for m in finditer_windows(pats[key], folded, windows):
            if re.sub(r"\s+", " ", m.group("known")) not in sc.not_alone:
                out.append(Found(m.start("known"), m.end("known"), "agency", outlet_attrs(sc, m)))
    # (marked as a parenthesis: an acronym after the outlet's name spelled out is no credit, see the stage)
    for m in finditer_windows(pats["closing_paren_outlet"], folded, tails):
        out.append(Found(*m.span("paren"), "agency", {**outlet_attrs(sc, m), "_paren": True}))
    for key in (
        "with_credit",
        "publisher_with_credit",
        "inline_source_label",
        "byline_agency",
        "agencies_credit",
    ):
        for m in finditer_windows(pats[key], folded, [(0, len(folded))] if key == "byline_agency" else tails):
            if "outlet" in m.re.groupindex and m.group("outlet"):  # a byline naming a KB outlet
                outlet = sc.outlets[re.sub(r"\s+", " ", m.group("outlet"))]
                attrs = {"outlet": outlet.name, "kb_id": outlet.kb_id}
                out.append(Found(m.start("outlet"), m.end("outlet"), "agency", attrs))
                continue
            out.append(
                Found(m.start("known"), strip_end(folded, m.end("known")), "agency", outlet_attrs(sc, m))
            )
    for m in finditer_windows(pats["paren_domain"], folded, tails):
        attrs = domain_outlet(sc, "https://" + m.group("domain"))
        out.append(Found(m.start("domain"), m.end("domain"), "agency", attrs))
    for m in pats["slash_nisba"].finditer(folded):
        out.append(
            Found(m.start("name"), m.end("name"), "agency", {"outlet": None, "outlet_text": m.group("name")})
        )
    return out


#: A line that is only a site's domain: "korrespondent.net" closing an aggregated story, also after a dash or
#: with a full stop ("— lenta.ru", "haqqin.az.").
_DOMAIN_LINE = re.compile(
    r"^[ \t]*(?:-[ \t]*)?(?P<domain>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?!(?:jpe?g|png|gif|pdf|html?|php)\.?$)[a-z]{2,6})[ \t]*\.?[ \t]*$"
)


#: A line opened by a site's domain and when it published: "leparisien.fr, publié le dimanche 27 mai".
_DOMAIN_PUBLISHED_LINE = re.compile(
    r"^[ \t]*(?P<domain>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6})[ \t]*[,|–—-][ \t]*"
    r"(?:publie|mis a jour|modifie|published|updated|опубликовано|обновлено)(?![^\W_])"
)


def domain_lines(sc: SourceCues, folded: str, url: str | None) -> list[Found]:
    """Among the last lines, a line that is only another site's domain credits that site (an aggregator's
    copy); anywhere, so does a domain with its publication time ("leparisien.fr, publié le …"); the page's
    own domain is its signature, and a photo bank's credits a picture."""
    own = domain_of(url) if url else ""
    out: list[Found] = []
    all_lines = [m for m in re.finditer(r"[^\n]+", folded) if m.group().strip()]
    last = all_lines[-SIGNATURE_LINES:]
    for line in all_lines:
        m = _DOMAIN_LINE.match(line.group()) if line in last else None
        m = m or _DOMAIN_PUBLISHED_LINE.match(line.group())
        domain = m.group("domain").removeprefix("www.") if m else ""
        if m is None or domain == own or domain.split(".")[0] in sc.photo_banks:
            continue  # no credit; the page's own signature; a picture's credit
        attrs = domain_outlet(sc, "https://" + m.group("domain"))
        out.append(Found(line.start() + m.start("domain"), line.start() + m.end("domain"), "agency", attrs))
    return out


#: A name glued to the end of a sentence and closing its line, as aggregators credit each sentence ("… под
#: открытым небом.Smotrim.ru"): one to three capitalised words or a site's name, on the written text.
_GLUED_NAME = re.compile(
    r"(?m)(?:(?<=[^\W\d_][.!?])|(?<=[»”\")][.!?]))(?P<name>[A-ZА-ЯЁ][\w-]*(?:\.[a-zа-я]{2,4})?(?:[ \t][A-ZА-ЯЁ][\w-]*){0,2})[ \t]*$"
)
_SITE_NAME = re.compile(r"[\w-]+\.[a-zа-я]{2,4}")


def repeated_glued_credits(text: str, norm: Any) -> list[Found]:
    """Names glued to a sentence's end at the end of a line credit it when the text does so twice or more
    ("…воды.Новый День" … "…40 лет.Новый День") or the name is a site's ("…небом.Smotrim.ru"): a name glued
    once could be the next sentence run on without its space. A KB outlet needs neither (``glued_credit``)."""
    matches = list(_GLUED_NAME.finditer(text))
    counts = Counter(m["name"] for m in matches)
    out: list[Found] = []
    for m in matches:
        name = m["name"]
        if counts[name] >= 2 or _SITE_NAME.fullmatch(name):
            attrs = {"outlet": None, "outlet_text": name, "kb_id": None}
            out.append(orig_found(norm, m.start("name"), m.end("name"), "agency", attrs))
    return out
