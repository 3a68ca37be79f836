"""relate(): copies, translations, rewrites and traps on small hand-written documents, with evidence."""

from __future__ import annotations

import pytest

from rasid.model import Document
from rasid.text.normalize import normalize_for_search
from rasid.trace import encoder, relate
from rasid.trace.relate import features, relate_features

BASE_AR = (
    "وصلت إلى باماكو يوم 17 يناير 2025 قافلة عسكرية روسية تضم 12 دبابة من طراز T-72B3 و8 ناقلات جند BTR-82A. "
    "وقالت مصادر عسكرية مالية إن المعدات مخصصة لوحدات الفيلق الأفريقي المنتشرة في وسط البلاد. "
    "وأضافت المصادر أن القافلة عبرت من ميناء كوناكري في رحلة استغرقت تسعة أيام.\nالمصدر: وكالة الأنباء المالية"
)
# a light edit: intro added, diacritics and tatweel, a comma changed, the credit line removed
COPY_AR = (
    "عاجل | في تطور جديد:\n"
    "وصَلت إلى باماكـو يوم ١٧ يناير ٢٠٢٥ قافلة عسكرية روسية تضم 12 دبابة من طراز T-72B3 و8 ناقلات جند BTR-82A، "
    "وقالت مصادر عسكرية مالية إن المعدات مخصصة لوحدات الفيلق الأفريقي المنتشرة في وسط البلاد. "
    "وأضافت المصادر أن القافلة عبرت من ميناء كوناكري في رحلة استغرقت تسعة أيام."
)
FR = (
    "Un convoi militaire russe comprenant 12 chars T-72B3 et 8 transports de troupes BTR-82A est arrivé à Bamako "
    "le 17 janvier 2025. Selon des sources militaires maliennes, ce matériel est destiné aux unités de l'Africa "
    "Corps déployées dans le centre du pays. Les mêmes sources ajoutent que le convoi est parti du port de Conakry "
    "pour un trajet de neuf jours."
)
TRAP_FR = (
    "L'état-major malien a annoncé le 3 mars 2024 l'arrivée de deux drones Akinci à la base aérienne de Sévaré. "
    "Selon le porte-parole de l'armée, les appareils ont été achetés à la Turquie l'an dernier. "
    "Ils serviront à surveiller les routes de la région de Mopti."
)


def doc(text: str, language: str, **kw: object) -> Document:
    return Document(text=text, language=language, **kw)  # type: ignore[arg-type]


def test_relate_copy_with_light_edits_and_passages_map_to_original_text() -> None:
    a, b = doc(BASE_AR, "ar"), doc(COPY_AR, "ar")
    rel = relate(a, b)
    assert rel is not None and rel.kind == "copy"
    assert rel.score >= 0.5
    passages = rel.evidence["passages"]
    assert passages
    covered = sum(p["b"][1] - p["b"][0] for p in passages)
    assert covered > 0.7 * len(COPY_AR.split("\n", 1)[1])
    for p in passages:
        text_a = a.text[p["a"][0] : p["a"][1]]
        text_b = b.text[p["b"][0] : p["b"][1]]
        # the same words once folded (digits, diacritics, tatweel, punctuation differ in the originals)
        words_a = normalize_for_search(text_a).split()
        words_b = normalize_for_search(text_b).split()
        assert [w.strip(".,،") for w in words_a] == [w.strip(".,،") for w in words_b]
        # spans start and end on word boundaries of the original text
        assert not text_b[:1].isspace() and not text_b[-1:].isspace()
    assert "2025" in rel.evidence["shared"]["numbers"]
    assert "T72B3" in rel.evidence["shared"]["model_codes"]


def test_relate_translation_aligns_sentences_with_spans_in_both_documents() -> None:
    a, b = doc(BASE_AR, "ar"), doc(FR, "fr")
    rel = relate(a, b)
    assert rel is not None and rel.kind == "translation"
    pairs = rel.evidence["sentence_pairs"]
    assert len(pairs) == 3
    for p in pairs:
        assert 0 <= p["a"][0] < p["a"][1] <= len(a.text)
        assert 0 <= p["b"][0] < p["b"][1] <= len(b.text)
        assert p["similarity"] >= 0.55
    # sentence i of the Arabic goes with sentence i of the French
    assert [p["a"][0] for p in pairs] == sorted(p["a"][0] for p in pairs)
    assert [p["b"][0] for p in pairs] == sorted(p["b"][0] for p in pairs)
    assert {"12", "17", "2025"} <= set(rel.evidence["shared"]["numbers"])


def test_relate_same_topic_different_event_is_not_related() -> None:
    assert relate(doc(BASE_AR, "ar"), doc(TRAP_FR, "fr")) is None
    assert relate(doc(FR, "fr"), doc(TRAP_FR, "fr")) is None


def test_relate_is_symmetric_in_kind() -> None:
    a, b = doc(BASE_AR, "ar"), doc(FR, "fr")
    ab, ba = relate(a, b), relate(b, a)
    assert ab is not None and ba is not None
    assert ab.kind == ba.kind
    assert ab.score == pytest.approx(ba.score, abs=0.02)


def test_relate_same_document_is_none() -> None:
    a = doc(BASE_AR, "ar")
    assert relate(a, a) is None


def test_relate_uses_layers_when_present() -> None:
    """Linked entities and dates from the layers show up as shared evidence; without layers text-only evidence."""
    a, b = doc(BASE_AR, "ar"), doc(FR, "fr")
    plain = relate(a, b)
    assert plain is not None and "kb_ids" not in plain.evidence["shared"]
    bamako_a = a.text.index("باماكو")
    bamako_b = b.text.index("Bamako")
    date_a = a.text.index("17 يناير 2025")
    date_b = b.text.index("17 janvier 2025")
    a2 = a.with_layer(
        "entities", [a.annotation("entities", bamako_a, bamako_a + 6, "GPE", attrs={"kb_id": "Q3703"})]
    ).with_layer("dates", [a.annotation("dates", date_a, date_a + 13, "date", attrs={"value": "2025-01-17"})])
    b2 = b.with_layer(
        "entities", [b.annotation("entities", bamako_b, bamako_b + 6, "GPE", attrs={"kb_id": "Q3703"})]
    ).with_layer("dates", [b.annotation("dates", date_b, date_b + 15, "date", attrs={"value": "2025-01-17"})])
    rel = relate(a2, b2)
    assert rel is not None and rel.kind == "translation"
    assert rel.evidence["shared"]["kb_ids"] == ["Q3703"]
    assert rel.evidence["shared"]["dates"] == ["2025-01-17"]


def test_relate_rewrite_same_facts_other_words() -> None:
    base = doc(
        "أعلنت الحكومة المالية يوم 28 يوليو 2024 أن 47 جنديا قتلوا في معارك قرب بلدة تينزاواتين على الحدود مع الجزائر. "
        "واستمرت المعارك ثلاثة أيام بين الجيش وعناصر من الفيلق الأفريقي ومسلحين من تنسيقية حركات أزواد.",
        "ar",
    )
    rewrite = doc(
        "سقط 47 جنديا ماليا في مواجهات دامت ثلاثة أيام حول تينزاواتين قرب الحدود الجزائرية، بحسب بيان حكومي صدر في "
        "28 يوليو 2024. وأوضح البيان أن القوات المالية ومقاتلي الفيلق الأفريقي واجهوا مسلحي تنسيقية حركات أزواد.",
        "ar",
    )
    rel = relate(base, rewrite)
    assert rel is not None and rel.kind == "rewrite"
    assert {"28", "47", "2024"} <= set(rel.evidence["shared"]["numbers"])


def test_relate_gives_the_same_relation_after_the_memos_are_released() -> None:
    # a tracing run releases the encoder's memos and the cached documents' vectors before its story phase;
    # anything embedded after that is embedded again, to the same vectors
    fa, fb = features(doc(BASE_AR, "ar")), features(doc(FR, "fr"))
    first = relate_features(fa, fb)
    fa.forget_vectors()
    fb.forget_vectors()
    encoder.release_memos()
    assert "sentence_vectors" not in vars(fa)
    again = relate_features(fa, fb)
    assert first is not None and again is not None
    assert again.to_dict() == first.to_dict()
