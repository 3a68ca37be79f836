"""Pipeline stage ``rasid.ner.v1``: add the model's entities to the ``entities`` layer.

It requires nothing and merges: an entity another stage (KB matcher, rules) already
put in ``entities`` wins wherever it covers or overlaps a model span, so confident KB
links and rules are never overridden. The default pipeline runs it *first*, so that its
batch form tags the sentences of many documents in one pass; the KB stage after it then
keeps the model's entities that none of its matches overlap — the same result.

Model-only entities get label PER, ORG or LOC (GPE when the knowledge base's GPE entries
or the gazetteer built from country/city facts say the whole span is a country or city),
``attrs.source = "ner"``, the model's marginal confidence as the annotation confidence,
and no ``kb_id``: nothing is linked without evidence. MISC is not part of the entity
schema and is dropped.

Config keys: ``ner_model`` (a ``.npz`` neural model, a ``.crfsuite`` CRF or a local Hugging Face
directory; default the shipped neural model), ``min_confidence`` (default 0.5), ``propagate`` (default
true: recurrences of a name the model tagged elsewhere in the document are tagged too, marked
``attrs.propagated``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from rasid.model import Document, SpanSet
from rasid.ner.api import EntitySpan, load_model, tag_texts
from rasid.ner.boundaries import after_function_word, common_word_person, name_like, name_start
from rasid.ner.features import default_resources
from rasid.pipeline import register_stage
from rasid.text.normalize import normalize_for_search

STAGE = "rasid.ner.v1"
_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


@lru_cache(maxsize=1)
def _kb_places() -> frozenset[str]:
    """Normalised names of the knowledge base's GPE entries (empty if the KB cannot be loaded)."""
    try:
        from rasid.kb import load_kb

        kb = load_kb()
    except Exception:  # the KB is another area's optional data: without it, the gazetteer still decides
        return frozenset()
    return frozenset(
        " ".join(normalize_for_search(name).split())
        for entry in kb.entities()
        if entry.type == "GPE"
        for _, name in entry.names()
    )


def _place_kind(text: str) -> str:
    """GPE when the KB or the fact-built gazetteer says the span is a country or city, else LOC."""
    key = " ".join(normalize_for_search(text).split())
    places = default_resources().places
    kb_places = _kb_places()
    for stem in (key, key[2:] if key.startswith("ال") else key, key[1:] if key[:1] in "وبلف" else key):
        if stem in places or stem in kb_places:
            return "GPE"
    return "LOC"


def ner_batch(docs: Sequence[Document], config: Mapping[str, Any]) -> list[Document]:
    """The stage over many documents: the sentences of all of them go through the model in one pass."""
    languages = config.get("languages")
    wanted = ("ar",) if languages is None else tuple(languages)
    # The shipped model learned Arabic only: on Latin or Cyrillic text it tags whole clauses.
    todo = [i for i, doc in enumerate(docs) if doc.language in wanted]  # decided by rasid.language
    out = list(docs)
    if not todo:
        return out
    tagger = load_model(config.get("ner_model"))
    found = tag_texts([docs[i].text for i in todo], tagger, propagate=bool(config.get("propagate", True)))
    threshold = float(config.get("min_confidence", 0.5))
    for i, entities in zip(todo, found, strict=True):
        out[i] = _merged(docs[i], entities, threshold)
    return out


@register_stage(
    STAGE,
    requires=("language",),  # the model runs only on the languages it learned
    provides=("entities",),
    description="Statistical Arabic NER (BiLSTM-CRF, CRF or a local transformer); merges under KB/rule entities.",
    defaults={
        "ner_model": None,
        "min_confidence": 0.5,
        "languages": ("ar",),
        "propagate": True,
        "enabled": True,
    },
    batch=ner_batch,
    check=lambda config: load_model(config.get("ner_model")),  # a model path that is wrong: refused at build
)
def ner_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    return ner_batch([doc], config)[0]


#: What may stand between two people of a list besides spaces: a comma (محمد، وعلي).
_LIST_GAP = " \t\n\u00a0،,"


def _after_name(text: str, start: int, person_ends: set[int]) -> bool:
    """Whether a person's name ends just before ``start``, with only spaces or a comma between."""
    i = start
    while i > 0 and text[i - 1] in _LIST_GAP and start - i < 4:
        i -= 1
    return i < start and i in person_ends


def _common_word(span: str, found: list[EntitySpan]) -> bool:
    """Whether a one-word person span is a frequent common word (لي "to me", عدد) and no word of another
    person's longer name in the same text."""
    words = span.split()
    if len(words) != 1:
        return False
    if not common_word_person(words[0]):
        return False  # the usual answer: the longer names are folded only for the rare common-word span
    longer = frozenset(
        normalize_for_search(word)
        for e in found
        if e.label == "PER" and len(e.text.split()) > 1
        for word in e.text.split()
    )
    return common_word_person(words[0], longer)


def _merged(doc: Document, found: list[EntitySpan], threshold: float) -> Document:
    """``doc`` with the model's entities added where no KB or rule entity already stands."""
    existing = [a for a in doc.layer("entities") if a.stage != STAGE]  # a re-run replaces its own
    taken = SpanSet((a.start, a.end) for a in existing)
    person_ends = {a.end for a in existing if a.label == "PER"} | {
        e.end for e in found if e.label == "PER" and e.confidence >= threshold
    }
    added = []
    for ent in found:
        label = _LABELS.get(ent.label)
        if label is None or ent.confidence < threshold:
            continue
        # a glued و/ب/ل in front is not the name
        start = name_start(
            doc.text, ent.start, ent.end, label, after_name=_after_name(doc.text, ent.start, person_ends)
        )
        if label == "PER" and (skip := after_function_word(doc.text[start : ent.end])):
            start += skip  # لي، أنا، فإن in front is no name
            rest = doc.text[start : ent.end].split()
            if len(rest) == 1 and not name_like(rest[0]):
                continue  # لي صديق، أنا رأيت: nothing of a name is left
        if taken.overlaps(start, ent.end):
            continue  # the KB or a rule already said something here: it wins
        if label == "PER" and _common_word(doc.text[start : ent.end], found):
            continue
        if label == "LOC":
            label = _place_kind(ent.text)
        added.append(
            doc.annotation(
                "entities",
                start,
                ent.end,
                label,
                attrs={
                    "source": "ner",
                    "model_label": ent.label,
                    **({"propagated": True} if ent.propagated else {}),
                },
                stage=STAGE,
                confidence=ent.confidence,
            )
        )
    if not added:
        return doc if "entities" in doc.layers else doc.with_layer("entities", existing)
    return doc.with_layer("entities", existing + added)
