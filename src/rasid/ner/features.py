"""Token features for the Arabic CRF tagger.

Feature groups (each can be switched off for the ablation in the model card):

* ``word``: the surface form and its normalised form (``rasid.text.words.folded_readings``).
* ``affix``: first/last 1–3 letters of the normalised form.
* ``clitic``: every clitic-stripped reading (``rasid.text.words``) and the clitics removed.
* ``shape``: script, digits, punctuation, length.
* ``context``: the neighbours' forms, stems, shapes and (if on) cues, gazetteer and clusters, ±2 tokens.
* ``cue``: membership in cue-word lists (titles such as الرئيس, heads such as وكالة/شركة, …).
* ``gazetteer``: membership of the token, its stems and multi-token spans in the gazetteer.
* ``cluster``: word clusters learned from SaudiNewsNet at three granularities.
* ``stemaffix`` (opt-in): 4-letter affixes of the normalised form and 1–4-letter affixes of the bare stem.
* ``lexicon`` (opt-in, not in the shipped model): what a first CRF called the word across millions of
  unlabeled words (``build_lexicon``; reads ``data/ner/lexicon.tsv.gz`` when present).

Word-level features depend only on the word, so they are cached per word type; a
sentence's features are then just lists joined with their neighbours' — which is what
keeps the tagger far above 20,000 tokens/s in pure Python.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from rasid.text.normalize import normalize_for_search
from rasid.text.words import folded_readings

ALL_GROUPS = (
    "word",
    "affix",
    "clitic",
    "shape",
    "context",
    "cue",
    "gazetteer",
    "cluster",
    "lexicon",
    "stemaffix",
)
#: The groups the shipped model uses; the others were measured on dev (see the model card) and are opt-in.
DEFAULT_GROUPS = ("word", "affix", "clitic", "shape", "context", "cue", "gazetteer", "cluster")
#: Longest multi-token gazetteer entry we look for.
MAX_GAZ_TOKENS = 5
_CACHE_LIMIT = 200_000


def _data_path(name: str) -> Path:
    return Path(str(resources.files("rasid.data") / "ner" / name))


@dataclass(frozen=True)
class Resources:
    """The data files features read: cue lists, gazetteer, clusters."""

    cues: dict[str, str] = field(default_factory=dict)  # normalised word -> cue class (first list wins)
    gazetteer: dict[str, str] = field(default_factory=dict)  # normalised single-token entry -> type
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = field(
        default_factory=dict
    )  # first token -> entries
    clusters: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    places: frozenset[str] = frozenset()  # normalised country/city names (any length), for GPE
    lexicon: dict[str, str] = field(default_factory=dict)  # normalised word -> "PER-hi", "LOC-mid", …


def _gaz_type(kind: str) -> str:
    return "LOC" if kind in ("COUNTRY", "CITY") else kind


@cache
def default_resources() -> Resources:
    return load_resources(
        _data_path("cues.json"),
        _data_path("gazetteer.tsv"),
        _data_path("clusters.tsv.gz"),
        _data_path("lexicon.tsv.gz"),
    )


def load_resources(
    cues_path: Path, gazetteer_path: Path, clusters_path: Path, lexicon_path: Path | None = None
) -> Resources:
    cues: dict[str, str] = {}
    for kind, words in json.loads(cues_path.read_text(encoding="utf-8")).items():
        if kind.startswith("_") or kind == "DEMONYM_SUFFIX":
            continue
        for w in words:
            cues.setdefault(normalize_for_search(w), kind)
    gazetteer: dict[str, str] = {}
    multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    places: set[str] = set()
    for line in gazetteer_path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, entry = line.split("\t", 1)
        parts = tuple(entry.split())
        if kind in ("COUNTRY", "CITY"):
            places.add(entry)
        if len(parts) == 1:
            # a word both a place and a name part keeps the place reading (places are more frequent in news)
            if parts[0] not in gazetteer or _gaz_type(kind) == "LOC":
                gazetteer[parts[0]] = _gaz_type(kind)
        elif len(parts) <= MAX_GAZ_TOKENS:
            multi.setdefault(parts[0], []).append((parts, _gaz_type(kind)))
    for entries in multi.values():
        entries.sort(key=lambda e: -len(e[0]))
    clusters: dict[str, tuple[str, str, str]] = {}
    if clusters_path.exists():
        with gzip.open(clusters_path, "rt", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                word, a, b, c = line.rstrip("\n").split("\t")
                clusters[word] = (a, b, c)
    lexicon: dict[str, str] = {}
    if lexicon_path is not None and lexicon_path.exists():
        with gzip.open(lexicon_path, "rt", encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    word, kind, bucket = line.rstrip("\n").split("\t")
                    lexicon[word] = f"{kind}-{bucket}"
    return Resources(cues, gazetteer, multi, clusters, frozenset(places), lexicon)


def _shape(word: str) -> str:
    if word.isdigit():
        return "D"
    first = word[0]
    if "\u0600" <= first <= "\u06ff":
        return "A"
    if first.isalpha():
        return "Lu" if first.isupper() else "L"
    if any(ch.isdigit() for ch in word):
        return "Dx"
    return "P" + word if len(word) == 1 else "P"


def gazetteer_marks(
    stems: Sequence[tuple[str, ...]], multi: dict[str, list[tuple[tuple[str, ...], str]]]
) -> list[str | None]:
    """B-/I- gazetteer marks from the longest multi-token match at each position.

    ``stems`` holds each token's folded form and clitic-stripped readings (the first word of an
    entry may carry clitics: وبالأمم المتحدة); ``multi`` maps first words to entries, longest first.
    """
    marks: list[str | None] = [None] * len(stems)
    heads = multi.keys()
    i = 0
    n = len(stems)
    while i < n:
        matched = 0
        if heads.isdisjoint(stems[i]):  # most words start no gazetteer name: one set lookup per reading
            i += 1
            continue
        for first in stems[i]:
            for parts, kind in multi.get(first, ()):
                k = len(parts)
                if i + k <= n and all(parts[j] == stems[i + j][0] for j in range(1, k)):
                    marks[i] = "B-" + kind
                    for j in range(1, k):
                        marks[i + j] = "I-" + kind
                    matched = k
                    break
            if matched:
                break
        i += matched or 1
    return marks


class FeatureExtractor:
    """Turns a tokenised sentence into CRFsuite feature lists."""

    def __init__(self, groups: Sequence[str] = DEFAULT_GROUPS, res: Resources | None = None):
        unknown = set(groups) - set(ALL_GROUPS)
        if unknown:
            raise ValueError(f"unknown feature groups: {sorted(unknown)}")
        self.groups = tuple(g for g in ALL_GROUPS if g in groups)
        self.res = res if res is not None else default_resources()
        self._own: dict[str, tuple[list[str], list[str], tuple[str, ...]]] = {}
        self._ctx: dict[str, tuple[list[str], ...]] = {}
        g = set(self.groups)
        self._word, self._affix, self._clitic = "word" in g, "affix" in g, "clitic" in g
        self._shape_on, self._context, self._cue = "shape" in g, "context" in g, "cue" in g
        self._gaz, self._cluster, self._lexicon = "gazetteer" in g, "cluster" in g, "lexicon" in g
        self._stemaffix = "stemaffix" in g

    # --- per word type ------------------------------------------------------------------------------
    def _word_info(self, word: str) -> tuple[list[str], list[str], tuple[str, ...]]:
        """(own features, compact features a neighbour sees, stems for gazetteer matching)."""
        info = self._own.get(word)
        if info is not None:
            return info
        norm, readings, stems = folded_readings(word)
        own: list[str] = []
        ctx: list[str] = []
        if self._word:
            own += ["w=" + word, "n=" + norm]
            ctx.append("n=" + norm)
        if self._affix:
            for k in (1, 2, 3):
                if len(norm) > k:
                    own += [f"p{k}=" + norm[:k], f"s{k}=" + norm[-k:]]
        if self._stemaffix:
            if len(norm) > 4:
                own += ["p4=" + norm[:4], "s4=" + norm[-4:]]
            bare = stems[-1]
            if bare != norm:
                for k in (1, 2, 3, 4):
                    if len(bare) > k:
                        own += [f"sp{k}=" + bare[:k], f"ss{k}=" + bare[-k:]]
        if self._clitic and len(readings) > 1:
            own += ["st=" + s for s in stems[1:]]
            own.append("cl=" + readings[-1][0])
            ctx.append("st=" + stems[-1])
        if self._shape_on:
            shape = _shape(norm)
            own += ["sh=" + shape, "len=" + str(min(len(norm), 8))]
            ctx.append("sh=" + shape)
        if self._cue:
            for s in stems:
                kind = self.res.cues.get(s)
                if kind:
                    own.append("cue=" + kind)
                    ctx.append("cue=" + kind)
                    break
        if self._gaz:
            for s in stems:
                kind = self.res.gazetteer.get(s)
                if kind:
                    own.append("g1=" + kind)
                    ctx.append("g1=" + kind)
                    break
        if self._cluster:
            found = None
            for s in stems:
                found = self.res.clusters.get(s)
                if found:
                    break
            if found:
                own += ["c64=" + found[0], "c256=" + found[1], "c1k=" + found[2]]
                ctx += ["c64=" + found[0], "c256=" + found[1]]
            else:
                # a word outside the 50k most frequent of 9M news words: rare, often a foreign name
                own.append("c=none")
                ctx.append("c=none")
        if self._lexicon:
            for s in stems:
                kind = self.res.lexicon.get(s)
                if kind:
                    own.append("lx=" + kind)
                    ctx.append("lx=" + kind[:3])
                    break
        info = (own, ctx, stems)
        if len(self._own) < _CACHE_LIMIT:
            self._own[word] = info
        return info

    # --- per sentence -------------------------------------------------------------------------------
    def _context_lists(self, ctx: list[str]) -> tuple[list[str], ...]:
        return tuple([f"{off}:{f}" for f in ctx] for off in (-2, -1, 1, 2))

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        infos = [self._word_info(t) for t in tokens]
        n = len(infos)
        marks = gazetteer_marks([i[2] for i in infos], self.res.multi) if self._gaz else [None] * n
        if not self._context:
            return [
                ["b", *own] + ([f"gm={mark}"] if mark else [])
                for mark, (own, _, _) in zip(marks, infos, strict=True)
            ]
        # neighbour features with their offset prefix, built once per word type
        ctx_cache = self._ctx
        ctx = []
        for tok, (_, c, _) in zip(tokens, infos, strict=True):
            lists = ctx_cache.get(tok)
            if lists is None:
                lists = self._context_lists(c)
                if len(ctx_cache) < _CACHE_LIMIT:
                    ctx_cache[tok] = lists
            ctx.append(lists)
        out: list[list[str]] = []
        for i, (own, _, _) in enumerate(infos):
            feats = ["b", *own]
            if i >= 2:
                feats += ctx[i - 2][0]
            if i >= 1:
                feats += ctx[i - 1][1]
                if self._word:
                    feats.append("bi-=" + infos[i - 1][0][1] + "|" + own[1])
            else:
                feats.append("-1:BOUND")
            if i + 1 < n:
                feats += ctx[i + 1][2]
            else:
                feats.append("1:BOUND")
            if i + 2 < n:
                feats += ctx[i + 2][3]
            if mark := marks[i]:
                feats.append("gm=" + mark)
            if i >= 1 and (mark := marks[i - 1]):
                feats.append("-1:gm=" + mark)
            if i + 1 < n and (mark := marks[i + 1]):
                feats.append("1:gm=" + mark)
            out.append(feats)
        return out
