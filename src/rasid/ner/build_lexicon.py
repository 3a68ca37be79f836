"""Rebuild the self-trained name lexicon: what a tagger calls each word across unlabeled news.

Usage (about 5 minutes on one core)::

    python -m rasid.ner.build_lexicon MODEL.crfsuite ../shared/data/saudinewsnet src/rasid/data/ner/lexicon.tsv.gz

The tagger (a CRF trained *without* the lexicon feature group) tags SaudiNewsNet
articles; for each normalised word seen at least ``MIN_SEEN`` times we keep the share
of its occurrences inside PER, LOC and ORG spans when one type holds at least
``MIN_SHARE`` of them. In millions of words a new name usually appears at least once
beside a title or a verb of saying, so the lexicon carries that evidence to sentences
where the name stands bare. Output: ``word<TAB>TYPE<TAB>share-bucket``.
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter, defaultdict
from itertools import islice
from pathlib import Path

from rasid.ner.api import text_tokens
from rasid.ner.build_clusters import iter_articles
from rasid.ner.crf import CrfTagger
from rasid.text.normalize import normalize_for_search
from rasid.text.segment import sentences

MIN_SEEN = 3
MIN_SHARE = 0.5
MAX_TOKENS = 4_000_000


def build(model_path: Path, folder: Path, out: Path, max_tokens: int = MAX_TOKENS) -> None:
    tagger = CrfTagger.load(model_path)
    seen: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    norm_cache: dict[str, str] = {}
    done = 0
    for text in iter_articles(folder):
        for sent in sentences(text):
            words = [t.text for t in text_tokens(text, sent.start, sent.end)]
            if not words or len(words) > 200:
                continue
            tags = tagger.tag(words).tags
            for word, tag in zip(words, tags, strict=True):
                key = norm_cache.get(word)
                if key is None:
                    key = norm_cache[word] = normalize_for_search(word) or word
                seen[key] += 1
                if tag != "O" and tag[2:] != "MISC":
                    typed[key][tag[2:]] += 1
            done += len(words)
        if done >= max_tokens:
            break
    rows = []
    for word, counts in typed.items():
        kind, n = counts.most_common(1)[0]
        share = n / seen[word]
        if seen[word] >= MIN_SEEN and share >= MIN_SHARE and any(ch.isalpha() for ch in word):
            rows.append((word, kind, "hi" if share >= 0.8 else "mid"))
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(f"# self-trained name lexicon from {done} tokens of SaudiNewsNet; rasid.ner.build_lexicon\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")
    print(f"tagged {done:,} tokens; wrote {len(rows):,} words to {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(
            "usage: python -m rasid.ner.build_lexicon MODEL.crfsuite SAUDINEWSNET_DIR OUT.tsv.gz [MAX_TOKENS]"
        )
    build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), *(int(a) for a in islice(sys.argv[4:], 1)))
