"""Narratives are claims about actors: a cue phrase tags nothing unless its subject (and object) are named."""

from __future__ import annotations

import pytest

from rasid.errors import ConfigError
from rasid.extract import analyze_text
from rasid.extract.narratives import narrative_definitions, tag_narratives
from rasid.model import Document


def _tags(text: str) -> list[tuple[str, str]]:
    return [(a.label, a.text) for a in analyze_text(text).layer("narratives")]


@pytest.mark.parametrize(
    ("text", "narrative", "evidence"),
    [
        (
            "وقال ضابط في الجيش المالي إن روسيا شريكنا المخلص في الحرب على الإرهاب.",
            "russia-reliable-partner",
            "شريكنا المخلص",
        ),
        (
            "ويأتي نشر القوات في مالي في إطار تعاونٍ عسكريٍّ مثمرٍ مع الاتحاد الروسي.",
            "russia-reliable-partner",
            "تعاونٍ عسكريٍّ مثمرٍ",
        ),
        (
            "Le ministre malien dénonce le néocolonialisme de la France.",
            "france-neocolonialism",
            "néocolonialisme",
        ),
        (
            "Officials in Niger praised Russia as a reliable partner.",
            "russia-reliable-partner",
            "reliable partner",
        ),
        ("Российские солдаты отдают свои жизни за Мали.", "russian-sacrifice", "отдают свои жизни"),
        (
            "وقال الضابط إن الجنود الروس يضحون بحياتهم في معارك شمال مالي.",
            "russian-sacrifice",
            "يضحون بحياتهم",
        ),
    ],
)
def test_narrative_is_tagged_when_the_claim_is_about_its_actors(
    text: str, narrative: str, evidence: str
) -> None:
    assert (narrative, evidence) in _tags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the cue without its subject: a strategic partnership between other states
        "وقع البلدان اتفاقية الشراكة الاستراتيجية بين السعودية ومصر في الرياض.",
        "The two companies described each other as a reliable partner.",
        # the subject without the object the narrative is about (Russia and a Gulf state, not Africa)
        "وأكد الوزير أن روسيا شريك استراتيجي للمملكة في مجال الطاقة.",
        # the claim negated
        "وقال ضابط في الجيش المالي إن روسيا ليست شريكنا الموثوق في الحرب على الإرهاب.",
        "Officials in Mali said Russia is not a reliable partner.",
        # national sovereignty of a state outside the Sahel
        "وشدد على احترام السيادة الوطنية للمملكة العربية السعودية.",
        # a neutral description in a wire copy is no claim
        "France, the former colonial power, withdrew its last troops from Niger.",
        # nothing to do with any narrative
        "ناقش المجلس ميزانية وزارة الصحة لعام 2025.",
    ],
)
def test_no_narrative_without_its_actors_or_when_negated(text: str) -> None:
    assert _tags(text) == []


def test_narrative_subject_may_be_named_in_the_sentence_before_with_lower_confidence() -> None:
    text = "وصل خبراء روس إلى مالي الشهر الماضي. وقال الضابط إنهم شريكنا الموثوق في الحرب على الإرهاب."
    same = analyze_text("وقال ضابط في الجيش المالي إن روسيا شريكنا الموثوق في الحرب على الإرهاب.").layer(
        "narratives"
    )
    (before,) = analyze_text(text).layer("narratives")
    assert before.label == "russia-reliable-partner"
    subject = before.attrs["subject"]
    assert text[subject["start"] : subject["end"]] == subject["text"]
    assert subject["start"] < text.index("وقال")
    assert before.confidence < same[0].confidence


def test_narrative_records_evidence_and_who_asserts_it() -> None:
    text = 'وقال ضابط في الجيش المالي: "تبقى روسيا شريكنا المخلص في أفريقيا منذ سنوات".'
    (tag,) = analyze_text(text).layer("narratives")
    attrs = tag.attrs
    assert attrs["asserted_by"] == "quoted"
    assert attrs["subject"]["kb_id"] == "rasid:gpe/ru"
    for start, end in attrs["evidence"]:
        assert 0 <= start < end <= len(text)
    outlet = analyze_text("وتبقى روسيا الشريك الموثوق لدول أفريقيا في الحرب على الإرهاب.").layer("narratives")
    assert [a.attrs["asserted_by"] for a in outlet] == ["outlet"]


def test_narrative_cue_does_not_match_inside_a_word() -> None:
    assert _tags("The report on Russian sovereigntyism in Africa is unrelated; strategic partnerships.") == []


def test_user_narrative_file_adds_actor_groups_and_narratives(tmp_path) -> None:  # type: ignore[no-untyped-def]
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actor_groups:\n  - id: wagner\n    kb_ids: []\n    words: {ar: ['فاغنر'], en: ['wagner']}\n"
        "narratives:\n  - id: gold-mines\n    subject: wagner\n    label: {en: Wagner after Sahel gold}\n"
        "    cues: {ar: ['مناجم الذهب'], en: ['gold mines']}\n",
        encoding="utf-8",
    )
    config = {"narrative_files": (str(extra),)}
    doc = (
        Document("تسيطر مجموعة فاغنر على مناجم الذهب في الشمال.")
        .with_layer("entities", [])
        .with_layer("quotes", [])
    )
    assert [a.label for a in tag_narratives(doc, config).layer("narratives")] == ["gold-mines"]
    other = (
        Document("تسيطر الشركة على مناجم الذهب في الشمال.")
        .with_layer("entities", [])
        .with_layer("quotes", [])
    )
    assert tag_narratives(other, config).layer("narratives") == ()
    assert any(d["id"] == "russia-reliable-partner" for d in narrative_definitions((str(extra),)))


def test_bad_user_files_are_clear_config_errors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text("narratives:\n  - label: no id here\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="needs an 'id'"):
        narrative_definitions((str(bad),))
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text(
        "narratives:\n  - id: x\n    subject: martians\n    cues: {en: ['x']}\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="not an actor group"):
        narrative_definitions((str(unknown),))
