"""Loading a tagger and tagging raw text with exact character offsets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rasid.errors import ModelFileError
from rasid.ner.crf import CrfTagger
from rasid.ner.document import propagate
from rasid.ner.hf import HfTagger
from rasid.ner.neural import NeuralTagger
from rasid.ner.scorer import chunks
from rasid.ner.tagger import TaggedSentence, Tagger
from rasid.text.segment import sentences
from rasid.text.tokens import Token, tokenize_with_punctuation
from rasid.text.words import fold

MODELS = Path(__file__).resolve().parent / "models"
#: The shipped default: a BiLSTM-CRF ensemble run with numpy (see docs/ner-model-card.md).
DEFAULT_MODEL_PATH = MODELS / "anercorp-bilstm.npz"
#: The CRF it replaced, still shipped: smaller to read, a little less accurate.
CRF_MODEL_PATH = MODELS / "anercorp.crfsuite"


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """One entity the model found: ``text[start:end]`` with a PER/LOC/ORG/MISC label."""

    start: int
    end: int
    label: str
    text: str
    confidence: float
    #: found by document-level propagation (a recurrence of a name the model tagged elsewhere)
    propagated: bool = False


@lru_cache(maxsize=8)
def _load(path: str) -> Tagger:
    p = Path(path)
    if p.is_dir():
        return HfTagger.load(p)
    if p.suffix == ".npz":
        return NeuralTagger.load(p)
    return CrfTagger.load(p)


def load_model(path: str | Path | None = None, *, fresh: bool = False) -> Tagger:
    """The shipped neural model when ``path`` is None; a ``.npz`` neural model, a ``.crfsuite`` CRF, or a local
    Hugging Face model directory.

    Loaded models are cached per path, so stages can call this for every document. ``fresh``
    reads the file again (after it was rewritten, or to time a tagger whose word caches are empty).
    """
    target = Path(path) if path is not None else DEFAULT_MODEL_PATH
    if not target.exists():
        raise ModelFileError(
            f"NER model not found: {target} (give a .npz or .crfsuite file or a model directory)"
        )
    if fresh:
        _load.cache_clear()
    return _load(str(target.resolve()))


def text_tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens (``rasid.text.tokens.tokenize``) plus punctuation marks as one-character tokens.

    The training corpora keep punctuation as tokens (``،`` ``.`` ``"``), and the model
    leans on it as context, so the tagger sees it too. Offsets point into ``text``.
    """
    return tokenize_with_punctuation(text, start, end)


def spans_from_tags(
    tokens: list[Token], tags: list[str], confidence: list[float] | None, text: str
) -> list[EntitySpan]:
    """Entity spans from well-formed BIO tags over offset tokens (confidence = mean token marginal)."""
    spans: list[EntitySpan] = []
    i = 0
    n = len(tags)
    while i < n:
        tag = tags[i]
        if tag == "O" or "-" not in tag:
            i += 1
            continue
        kind = tag[2:]
        j = i + 1
        while j < n and tags[j] == "I-" + kind:
            j += 1
        start, end = tokens[i].start, tokens[j - 1].end
        conf = sum(confidence[i:j]) / (j - i) if confidence else 1.0
        spans.append(EntitySpan(start, end, kind, text[start:end], round(min(max(conf, 0.0), 1.0), 4)))
        i = j
    return spans


def tag_sentences(
    tagger: Tagger, sentences: Sequence[Sequence[str]], *, confidence: bool = False
) -> list[TaggedSentence]:
    """Tag tokenised sentences (the neural tagger does them in one batched pass)."""
    return list(tagger.tag_many(sentences, confidence=confidence))


def tag_text(
    text: str, model: Tagger | str | Path | None = None, *, propagate: bool = False
) -> list[EntitySpan]:
    """Entities in ``text``, sentence by sentence, with offsets into ``text``.

    With ``propagate``, untagged recurrences of a name the model tagged elsewhere in the text are
    tagged too (``rasid.ner.document.propagate``; +2 F1 on ANERcorp). Such a span is marked
    ``propagated`` and takes the confidence of the best span of its type ending in the same word.
    """
    return tag_texts([text], model, propagate=propagate)[0]


def tag_texts(
    texts: Sequence[str], model: Tagger | str | Path | None = None, *, propagate: bool = False
) -> list[list[EntitySpan]]:
    """:func:`tag_text` for many texts: all their sentences go through the tagger in one batched pass."""
    tagger = model if model is not None and not isinstance(model, str | Path) else load_model(model)
    per_text = [
        [tokens for sent in sentences(text) if (tokens := text_tokens(text, sent.start, sent.end))]
        for text in texts
    ]
    per_words = [[[t.text for t in tokens] for tokens in token_lists] for token_lists in per_text]
    results = iter(tag_sentences(tagger, [ws for words in per_words for ws in words], confidence=True))
    out: list[list[EntitySpan]] = []
    for text, token_lists, words in zip(texts, per_text, per_words, strict=True):
        mine = [next(results) for _ in token_lists]
        found: list[EntitySpan] = []
        for tokens, result in zip(token_lists, mine, strict=True):
            found.extend(spans_from_tags(tokens, result.tags, result.confidence, text))
        if propagate and found:
            found.extend(_propagated(text, token_lists, words, [r.tags for r in mine], found))
            found.sort(key=lambda span: span.start)
        out.append(found)
    return out


def _last_word(text: str) -> str:
    words = text.split()
    return fold(words[-1]) if words else ""


def _propagated(
    text: str,
    token_lists: list[list[Token]],
    words: list[list[str]],
    tags: list[list[str]],
    found: list[EntitySpan],
) -> list[EntitySpan]:
    best: dict[tuple[str, str], float] = {}
    for span in found:
        key = (span.label, _last_word(span.text))
        best[key] = max(best.get(key, 0.0), span.confidence)
    filled = propagate(words, tags)
    added: list[EntitySpan] = []
    for tokens, before, after in zip(token_lists, tags, filled, strict=True):
        if after == before:  # most sentences gain nothing
            continue
        for first, end, kind in chunks(after):
            if all(tag == "O" for tag in before[first:end]):  # propagation only fills untagged stretches
                start, stop = tokens[first].start, tokens[end - 1].end
                confidence = best.get((kind, _last_word(text[start:stop])), 0.5)
                added.append(EntitySpan(start, stop, kind, text[start:stop], confidence, propagated=True))
    return added
