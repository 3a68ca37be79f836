"""Full-text search over normalised Arabic (and fr/en/ru) text with FTS5.

FTS5's own tokenizer would split Arabic words at harakat and knows nothing about
clitics, so the text is prepared in Python before it reaches SQLite:

* everything is folded with :func:`normalize_for_search` (diacritics, tatweel, alef
  forms, ى/ي, ة/ه, digits, case, Latin accents), the same way for documents and queries;
* each Arabic word is indexed as a "bag" of its clitic readings (``وروسيا`` is indexed
  as ``وروسيا روسيا``), so a query word matches any reading. A query word itself is not
  stripped: ``والي`` (governor) must not match every ``إلى``.

The FTS table is contentless (the readable text lives in ``documents``), so snippets are
built here from the original text: tokens of the original are folded one by one and
compared with the query terms, and the matching original words are marked.

Query syntax is deliberately small and can never break FTS5: every word becomes a quoted
FTS string; all words must match; ``"quoted phrases"`` (also «…» and “…”) must occur
close together (FTS5 ``NEAR``, because clitic readings sit between the words).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from rasid.model import Annotation, Document
from rasid.text.normalize import normalize_for_search
from rasid.text.tokens import WORD_PATTERN
from rasid.text.words import stems as word_readings

#: A word of normalised text (normalised text has no harakat or tatweel left).
_NORM_WORD = re.compile(r"[^\W_]+(?:[-/'][^\W_]+)*")
#: What FTS5's unicode61 tokenizer keeps as one token.
_FTS_UNIT = re.compile(r"[^\W_]+")
#: Quoted phrases in a query: "…", «…», “…”.
_PHRASE = re.compile(r'"([^"]*)"|«([^»]*)»|“([^”]*)”')
#: Most readings one word yields (word, without و/ف, without ب/ل/ك, without ال) — bounds NEAR distance.
MAX_READINGS = 4


def index_text(text: str) -> str:
    """The string FTS5 indexes for ``text``: folded words, each followed by its clitic readings."""
    return _index_folded(normalize_for_search(text))


#: word -> its readings joined by spaces; a plain dict is the cheapest lookup in the hot loop.
_INDEX_FORMS: dict[str, str] = {}
_INDEX_FORMS_MAX = 300_000


def _index_folded(folded: str) -> str:
    words = _NORM_WORD.findall(folded)
    forms = _INDEX_FORMS
    try:
        return " ".join([forms[w] for w in words])
    except KeyError:
        if len(forms) > _INDEX_FORMS_MAX:  # bounded memory over a long ingest
            forms.clear()
        for word in words:
            if word not in forms:
                forms[word] = " ".join(word_readings(word))
        return " ".join([forms[w] for w in words])


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def annotation_row(doc_id: str, ann: Annotation) -> tuple[Any, ...]:
    """The ``annotations`` table row of one annotation (``canonical`` and ``kb_id`` lifted from attrs)."""
    attrs = ann.to_dict()["attrs"]
    canonical = attrs.get("canonical")
    kb_id = attrs.get("kb_id")
    return (
        doc_id,
        ann.layer,
        ann.start,
        ann.end,
        ann.label,
        ann.text,
        _json(attrs),
        ann.stage,
        ann.confidence,
        canonical if isinstance(canonical, str) else None,
        str(kb_id) if kb_id is not None else None,
    )


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """What the store writes for one document, as plain data.

    Computed where it is cheap to (a worker process); the writer only runs the inserts.
    Plain tuples and strings, so it pickles across processes (a Document holds mappingproxies).
    """

    id: str
    #: documents columns: id, url, outlet, title, author, published, published_precision, language, text, meta
    row: tuple[Any, ...]
    index_title: str
    index_body: str
    content_hash: str
    #: (layer name, annotation rows) for every layer the document carries
    layers: tuple[tuple[str, tuple[tuple[Any, ...], ...]], ...] = ()


def prepare_document(doc: Document) -> PreparedDocument:
    """Fold and expand a document's title and text for the index (pure: safe in a process pool)."""
    # A lone surrogate (possible from JSON "\ud800") cannot be stored as UTF-8: fail here, clearly.
    doc.text.encode("utf-8")
    folded = normalize_for_search(doc.text)  # folded once: fingerprint and index both use it
    data = doc.to_dict(include_layers=False)
    return PreparedDocument(
        id=doc.id,
        row=(
            doc.id,
            doc.url,
            doc.outlet,
            doc.title,
            doc.author,
            doc.published,
            doc.published_precision,
            doc.language,
            doc.text,
            _json(data["meta"]),
        ),
        index_title=index_text(doc.title or ""),
        index_body=_index_folded(folded),
        content_hash=hashlib.sha256(folded.strip().encode("utf-8")).hexdigest(),
        layers=tuple(
            (name, tuple(annotation_row(doc.id, ann) for ann in anns)) for name, anns in doc.layers.items()
        ),
    )


# --- queries ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """Folded query terms: single words and phrases (tuples of words)."""

    words: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases

    @property
    def all_terms(self) -> set[str]:
        terms = set(self.words)
        for phrase in self.phrases:
            terms.update(phrase)
        return terms


def parse_query(query: str) -> ParsedQuery:
    """Split a user query into folded words and phrases; anything that is not a word is ignored."""
    phrases: list[tuple[str, ...]] = []

    def take_phrase(match: re.Match[str]) -> str:
        inner = next((g for g in match.groups() if g is not None), "")
        words = tuple(_NORM_WORD.findall(normalize_for_search(inner)))
        if len(words) > 1:
            phrases.append(words)
            return " "
        return f" {inner} "  # a one-word "phrase" is just a word

    rest = _PHRASE.sub(take_phrase, query)
    words = tuple(dict.fromkeys(_NORM_WORD.findall(normalize_for_search(rest))))
    return ParsedQuery(words, tuple(dict.fromkeys(phrases)))


def _fts_string(word: str) -> str:
    # Words only contain letters, digits and - / ' here; quoting makes them literal FTS strings.
    return '"' + word.replace('"', '""') + '"'


def fts_match_expression(parsed: ParsedQuery) -> str:
    """An FTS5 MATCH expression for a parsed query (every part quoted, so it cannot be malformed)."""
    parts = [_fts_string(w) for w in parsed.words]
    for phrase in parsed.phrases:
        distance = MAX_READINGS * (len(phrase) - 1) + 2
        parts.append("NEAR(" + " ".join(_fts_string(w) for w in phrase) + f", {distance})")
    return " AND ".join(parts)


# --- snippets ------------------------------------------------------------------------------------
#: original token -> every form a query term can match it by (folded word, clitic readings, FTS pieces).
_MATCH_KEYS: dict[str, frozenset[str]] = {}
_MATCH_KEYS_MAX = 200_000


def _match_keys(token: str) -> frozenset[str]:
    keys: set[str] = set()
    for word in _NORM_WORD.findall(normalize_for_search(token)):
        keys.update(word_readings(word))
        # FTS5 splits l'armee into l + armee, t-72b3 into t + 72b3: match on those pieces too.
        keys.update(_FTS_UNIT.findall(word))
    frozen = frozenset(keys)
    if len(_MATCH_KEYS) > _MATCH_KEYS_MAX:
        _MATCH_KEYS.clear()
    _MATCH_KEYS[token] = frozen
    return frozen


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Offsets into the original ``text`` of the words that match any query term."""
    if not terms:
        return []
    spans: list[tuple[int, int]] = []
    cache = _MATCH_KEYS
    for match in WORD_PATTERN.finditer(text):  # the words of rasid.text.tokens.tokenize
        token = match.group()
        keys = cache.get(token)
        if keys is None:
            keys = _match_keys(token)
        if not keys.isdisjoint(terms):
            spans.append(match.span())
    return spans


def _densest_window(hits: list[tuple[int, int]], folded: list[str], width: int) -> int:
    """Where the window of ``width`` characters holding the most distinct hit words (then the most
    hits) starts, among the hits' starts; the first such start wins. One pass with two pointers:
    a common word hits hundreds of times in a long article."""
    best_start, best_score = hits[0][0], (-1, -1)
    inside: Counter[str] = Counter()
    end = 0  # hits[start_index:end] lie inside the window starting at hits[start_index]
    for start_index, (start, _) in enumerate(hits):
        if end < start_index:
            end = start_index
        while end < len(hits) and hits[end][1] <= start + width:
            inside[folded[end]] += 1
            end += 1
        score = (len(inside), end - start_index)
        if score > best_score:
            best_start, best_score = start, score
        if end > start_index:  # the window moves past this hit
            inside[folded[start_index]] -= 1
            if not inside[folded[start_index]]:
                del inside[folded[start_index]]
    return best_start


def make_snippet(
    text: str,
    terms: set[str],
    *,
    width: int = 220,
    mark: tuple[str, str] = ("⟦", "⟧"),
) -> tuple[str, list[tuple[int, int]]]:
    """A window of the original text around the densest cluster of hits, hits wrapped in ``mark``.

    Returns the snippet and the hit offsets into ``text`` (for callers that highlight themselves).
    """
    hits = match_spans(text, terms)
    if not hits:
        window_start, window_end = 0, min(len(text), width)
    else:
        best_start = _densest_window(hits, [normalize_for_search(text[s:e]) for s, e in hits], width)
        # a little context before the first hit, without cutting a word
        window_start = max(0, best_start - width // 5)
        window_end = min(len(text), window_start + width)
    while 0 < window_start < len(text) and not text[window_start - 1].isspace():
        window_start += 1
    while 0 < window_end < len(text) and not text[window_end].isspace():
        window_end += 1
    shown = [h for h in hits if h[0] >= window_start and h[1] <= window_end]
    pieces: list[str] = []
    pos = window_start
    for start, end in shown:
        pieces.append(text[pos:start])
        pieces.append(mark[0] + text[start:end] + mark[1])
        pos = end
    pieces.append(text[pos:window_end])
    snippet = " ".join("".join(pieces).split())
    if window_start > 0:
        snippet = "… " + snippet
    if window_end < len(text):
        snippet += " …"
    return snippet, hits


# --- bounded FTS5 queries (the SQLite store's search) ---------------------------------------------
def fts5_ranked_sql(clauses: list[str], title_weight: float, *, candidates: int | None) -> str:
    """SQL for one page of FTS5 matches, bm25 order: ``(seq, score)`` rows, smaller score first.

    Parameters in order: the MATCH expression, the ``clauses``' parameters, ``candidates`` (when
    given), limit, offset. With ``candidates`` only that many matches, those with the highest
    rowid (``documents.seq``, the newest stored), are scored: FTS5 walks its doclist backwards
    and stops there, so a word found in most documents costs no more than a rarer one.
    ``CROSS JOIN`` keeps the index as the outer loop: a filter (``language = ?``) must never make
    SQLite scan ``documents`` and look each row up in the index.
    """
    where = " AND ".join(["documents_fts MATCH ?", *clauses])
    scored = (
        f"SELECT d.seq AS seq, bm25(documents_fts, {title_weight:.2f}, 1.0) AS score"
        f" FROM documents_fts CROSS JOIN documents d ON d.seq = documents_fts.rowid WHERE {where}"
    )
    if candidates is None:
        return f"{scored} ORDER BY score LIMIT ? OFFSET ?"
    return f"SELECT seq, score FROM ({scored} ORDER BY documents_fts.rowid DESC LIMIT ?) ORDER BY score LIMIT ? OFFSET ?"


def fts5_count_sql(clauses: list[str]) -> str:
    """SQL counting FTS5 matches up to a cap. Parameters: the MATCH expression, the clauses', the cap."""
    where = " AND ".join(["documents_fts MATCH ?", *clauses])
    return (
        "SELECT COUNT(*) FROM (SELECT 1 FROM documents_fts CROSS JOIN documents d"
        f" ON d.seq = documents_fts.rowid WHERE {where} LIMIT ?) AS capped"
    )
