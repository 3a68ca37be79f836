"""The publisher itself: its name, credit and channels (known from the article's URL or its signature)
are no cited source."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any
from urllib.parse import urlparse

from rasid.extract.cues import (
    fold,
)
from rasid.extract.sources.cues import CONTEXT_CHARS, SIGNATURE_LINES, URL, Outlet, SourceCues
from rasid.extract.sources.found import Found
from rasid.model import Document


def capital_if_contracted(text: str, norm: Any, f: Found) -> bool:
    """An outlet found after "au"/"du" ("au Monde") is one only when written with its capital; an unknown
    name in quotation marks is none when it starts with a small letter ("qualifié l'information de
    «fausse»": a word quoted, not an outlet; scripts without capitals pass)."""
    at = f.attrs.pop("_contracted", None)
    quoted = f.attrs.pop("_quoted", None)
    if quoted is not None and text[norm.to_original(quoted, quoted + 1).start].islower():
        return False
    return at is None or text[norm.to_original(at, at + 1).start].isupper()


def other_sense(folded: str, pats: Mapping[str, re.Pattern[str]], f: Found) -> bool:
    """A cited or told outlet that is a medium word in another sense (قناة السويس, موقع الحادث, منصة
    التتويج) or a channel something airs on (البث المباشر لقناة النادي). A body's own name may hold such
    words (هيئة قناة السويس) and is left to the organisation rules."""
    if f.kind not in _SELF_REFERENCE_KINDS or f.attrs.get("body") == "organisation":
        return False
    if pats["other_sense"].search(folded, f.start, f.end):
        return True
    return f.kind == "told_outlet" and bool(
        pats["broadcast_before"].search(folded, max(0, f.start - CONTEXT_CHARS), f.start)
    )


#: Kinds that can name the publishing outlet itself ("قال مصدر لـ«الشرق الأوسط»" in Asharq Al-Awsat).
_SELF_REFERENCE_KINDS = ("told_outlet", "cited_outlet", "interview", "agency")


def mark_self_references(sc: SourceCues, url: str | None, found: Sequence[Found]) -> list[Found]:
    """An outlet the article names that is its own publisher (known from the article's URL) is the
    publisher speaking of itself, not a cited source: relabelled ``publisher`` with ``self: true``. Another
    candidate on the same words ("Day" out of "Как передает Day.Az") names the publisher too and goes."""
    names = _publisher_names(sc.kb, domain_of(url)) if url and sc.kb is not None else None
    if not names:
        return list(found)
    kb_id, short_names = names
    own: list[Found] = []
    for f in found:
        if f.kind not in _SELF_REFERENCE_KINDS:
            continue
        written = f.attrs.get("outlet_text")
        written_key = _strip_head(re.sub(r"\s+", " ", written)) if written else None
        if (kb_id and f.attrs.get("kb_id") == kb_id) or (written_key and written_key in short_names):
            f.kind = "publisher"
            f.attrs["self"] = True
            own.append(f)
    return [
        f for f in found if f.attrs.get("self") or not any(o.start < f.end and f.start < o.end for o in own)
    ]


def domain_of(url: str) -> str:
    host = (urlparse(url).hostname or "").lower()
    return host.removeprefix("www.")


_HEADS_FOLDED = ("صحيفه", "جريده", "قناه", "وكاله", "موقع", "مجله", "اذاعه", "شبكه")


def _strip_head(name: str) -> str:
    for head in _HEADS_FOLDED:
        if name.startswith(head + " "):
            return name[len(head) + 1 :]
    return name


def _publisher_names(kb: Any, domain: str) -> tuple[str | None, frozenset[str]] | None:
    """The KB id of the outlet at ``domain`` and its names without head nouns, first words included
    ("الوطن السعودية" is also "الوطن")."""
    return _publisher_names_cached(kb, domain) if domain else None


@lru_cache(maxsize=256)
def _publisher_names_cached(kb: Any, domain: str) -> tuple[str | None, frozenset[str]] | None:
    entry = kb.by_domain(domain)
    if entry is None:
        return None
    short: set[str] = set()
    for _, name in entry.names():
        key = _strip_head(fold(name))
        short.add(key)
        short.add(key.split(" ")[0])
    return entry.id, frozenset(w for w in short if len(w) >= 2)


def publisher(
    doc: Document,
    norm: Any,
    folded: str,
    pats: Mapping[str, re.Pattern[str]],
    sc: SourceCues,
    found: Sequence[Found],
) -> list[Found]:
    """A short signature line near the end naming an organisation (مجموعة الرؤية الاستراتيجية …)."""
    out: list[Found] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", folded) if m.group().strip()]
    for start, end in lines[-SIGNATURE_LINES:]:
        if any(f.start < end and start < f.end for f in found):
            continue  # already a credit
        line = folded[start:end].strip()
        words = re.findall(r"[^\W_]+", line)
        if not words or len(words) > 12 or line.endswith((".", "؟", "?", "!", ":")) or URL.search(line):
            continue
        outlet = _publisher_outlet(sc, line)
        if outlet is None and not pats["publisher_head"].match(line):
            continue
        o = norm.to_original(start, end)
        written = doc.text[o.start : o.end].strip()
        attrs = {"outlet": outlet.name if outlet else written, "kb_id": outlet.kb_id if outlet else None}
        out.append(Found(start, end, "publisher", attrs))
    return out


def _publisher_outlet(sc: SourceCues, line: str) -> Outlet | None:
    """The KB outlet or organisation a signature line starts with (longest name wins)."""
    line = line.strip('"«»“” ')
    best = None
    for name, outlet in sc.publishers.items():
        whole_words = line.startswith(name) and (len(line) == len(name) or not line[len(name)].isalnum())
        if whole_words and (best is None or len(name) > len(best[0])):
            best = (name, outlet)
    return best[1] if best else None
