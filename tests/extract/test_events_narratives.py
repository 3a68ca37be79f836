from __future__ import annotations

import pytest

from rasid.errors import ConfigError
from rasid.extract.events import code_events
from rasid.extract.narratives import narrative_definitions, tag_narratives
from rasid.extract.phrases import PhraseMatcher
from rasid.model import Document


def _with_entities(text: str, *mentions: tuple[str, str, str]) -> Document:
    doc = Document(text)
    anns = []
    for surface, label, canonical in mentions:
        start = text.index(surface)
        anns.append(
            doc.annotation("entities", start, start + len(surface), label, attrs={"canonical": canonical})
        )
    return doc.with_layer("entities", anns)


@pytest.mark.parametrize(
    ("text", "narrative", "evidence"),
    [
        (
            "وقال الضابط إن روسيا شريكنا المخلص في الحرب على الإرهاب.",
            "russia-reliable-partner",
            "شريكنا المخلص",
        ),
        ("ناقش المجلس ميزانية وزارة الصحة لعام 2025.", None, None),
        ("وبالشراكة الاستراتيجية مع موسكو تتقدم البلاد.", "russia-reliable-partner", "الشراكة الاستراتيجية"),
        (
            "ويأتي ذلك في إطار تعاونٍ عسكريٍّ مثمرٍ مع الاتحاد الروسي.",
            "russia-reliable-partner",
            "تعاونٍ عسكريٍّ مثمرٍ",
        ),
        ("Le ministre dénonce le néocolonialisme de Paris.", "france-neocolonialism", "néocolonialisme"),
        ("Officials praised Moscow as a reliable partner.", "russia-reliable-partner", "reliable partner"),
        ("Солдаты отдают свои жизни за Мали.", "russian-sacrifice", "отдают свои жизни"),
        ("وأكد أن الجنود الروس يضحون بحياتهم إلى جانب جنودنا.", "russian-sacrifice", "يضحون بحياتهم"),
    ],
)
def test_narratives_are_found_with_exact_evidence(text, narrative, evidence):
    doc = tag_narratives(Document(text), {})
    found = [(a.label, a.text) for a in doc.layer("narratives")]
    if narrative is None:
        assert found == []
    else:
        assert (narrative, evidence) in found


def test_narrative_cue_does_not_match_inside_a_word():
    doc = tag_narratives(Document("The report on sovereigntyism is unrelated; strategic partnerships."), {})
    assert [a.label for a in doc.layer("narratives")] == []


def test_user_narrative_file_extends_and_overrides(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "narratives:\n  - id: gold-mines\n    label: {en: Russia after Sahel gold}\n    cues: {ar: ['مناجم الذهب'], en: ['gold mines']}\n",
        encoding="utf-8",
    )
    doc = tag_narratives(
        Document("تسيطر الشركة على مناجم الذهب في الشمال."), {"narrative_files": (str(extra),)}
    )
    assert [a.label for a in doc.layer("narratives")] == ["gold-mines"]
    assert any(d["id"] == "russia-reliable-partner" for d in narrative_definitions((str(extra),)))


def test_bad_user_file_is_a_clear_config_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("narratives:\n  - label: no id here\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="needs an 'id'"):
        narrative_definitions((str(bad),))


def test_event_codes_actors_place_and_publication_date():
    text = "وصلت قافلة عسكرية روسية إلى باماكو أمس. وقال الوزير إن الوضع هادئ."
    doc = _with_entities(text, ("باماكو", "GPE", "Bamako"))
    doc = doc.with_meta(published="2025-01-18", published_precision="day")
    events = code_events(doc, {}).layer("events")
    types = {e.label for e in events}
    assert {"deployment", "equipment_transfer"} <= types
    transfer = next(e for e in events if e.label == "equipment_transfer")
    attrs = transfer.to_dict()["attrs"]
    assert [p["canonical"] for p in attrs["places"]] == ["Bamako"]
    assert attrs["date"] == "2025-01-18" and attrs["date_source"] == "published"
    assert text[attrs["trigger_start"] : attrs["trigger_end"]] == attrs["trigger"]
    assert transfer.text.startswith("وصلت قافلة")


def test_event_actors_are_entities_in_the_same_sentence_only():
    text = "Le ministre Abdoulaye Diop a rencontré Sergueï Lavrov à Moscou. Une attaque a visé Kidal."
    doc = _with_entities(
        text,
        ("Abdoulaye Diop", "PER", "Abdoulaye Diop"),
        ("Sergueï Lavrov", "PER", "Sergey Lavrov"),
        ("Moscou", "GPE", "Moscow"),
        ("Kidal", "GPE", "Kidal"),
    )
    events = code_events(doc, {}).layer("events")
    meeting = next(e for e in events if e.label == "meeting")
    attrs = meeting.to_dict()["attrs"]
    assert [a["canonical"] for a in attrs["actors"]] == ["Abdoulaye Diop", "Sergey Lavrov"]
    assert [p["canonical"] for p in attrs["places"]] == ["Moscow"]
    attack = next(e for e in events if e.label == "attack")
    assert "Sergey Lavrov" not in [a["canonical"] for a in attack.to_dict()["attrs"]["actors"]]


def test_phrase_matcher_allows_clitics_only_before_the_phrase():
    matcher = PhraseMatcher({"k": ["هجوم"]})
    text = "وبهجوم مسلح، ثم الهجومي"
    spans = [text[m.span.start : m.span.end] for m in matcher.find(text)]
    assert spans == ["هجوم"]
