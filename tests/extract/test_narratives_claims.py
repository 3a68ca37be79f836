"""Narratives said in other words (weak cues) and reported claims: tagged only about their actors, with who says them."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _tags(text: str, lang: str) -> list[dict]:
    doc = analyze_text(text, language=lang)
    return [{"label": a.label, "text": a.text, **a.to_dict()["attrs"]} for a in doc.layer("narratives")]


@pytest.mark.parametrize(
    ("lang", "text", "narrative"),
    [
        (
            "fr",
            "Selon le ministre malien, les forces françaises n'ont pas réussi à contenir les groupes terroristes au Mali.",
            "western-failure-against-terrorism",
        ),
        (
            "ar",
            "وقال المحلل إن القوات الفرنسية عجزت عن وقف تمدد الجماعات الإرهابية في شمال مالي.",
            "western-failure-against-terrorism",
        ),
        (
            "en",
            "Niger's rulers say the French troops were ineffective against jihadist violence in the Sahel.",
            "western-failure-against-terrorism",
        ),
        (
            "fr",
            "Pour Bamako, le Mali doit désormais s'affranchir de la tutelle de la France et choisir ses partenaires.",
            "sovereignty-and-liberation",
        ),
    ],
)
def test_narrative_weak_cue_tags_when_its_subject_is_named_beside_it(lang, text, narrative):
    tags = [t for t in _tags(text, lang) if t["label"] == narrative]
    assert len(tags) == 1, _tags(text, lang)
    assert tags[0]["weak_cue"] is True


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # failure, but not of the West, or not about terrorism
        ("fr", "Les négociations entre Bamako et Alger ont échoué faute d'accord sur les frontières."),
        ("fr", "La France n'a pas réussi à qualifier son équipe pour la finale, au Mali comme ailleurs."),
        ("ar", "وفشل المنتخب الفرنسي في التأهل بعد خسارته أمام منتخب مالي في البطولة."),
        # sovereignty of a Gulf state, no Sahel state in sight
        ("ar", "وأكد الوزير أن السيادة الوطنية للمملكة خط أحمر في وجه أي تدخل أجنبي."),
        # a minister who denies that France failed
        (
            "ar",
            "واعتبر الوزير الفرنسي أن الانسحاب من مالي إخفاق لتلك الدول وليس فشلا لفرنسا في مواجهة الإرهاب.",
        ),
    ],
)
def test_narrative_weak_cue_about_other_actors_or_topics_is_no_tag(lang, text):
    assert _tags(text, lang) == []


def test_narrative_in_a_quote_takes_its_speaker_as_the_subject_and_asserter():
    text = (
        "Le général Abdourahamane Tiani s'est adressé aux Nigériens à la télévision. "
        '"Notre souveraineté ne se négocie plus avec la France", a déclaré Tiani.'
    )
    tags = [t for t in _tags(text, "fr") if t["label"] == "sovereignty-and-liberation"]
    assert len(tags) == 1, _tags(text, "fr")
    assert tags[0]["asserted_by"] == "quoted" and "Tiani" in (tags[0]["speaker"] or "")
    assert "Tiani" in tags[0]["subject"]["text"]


def test_narrative_in_reported_speech_is_the_speakers_claim():
    text = (
        "Le Premier ministre malien Choguel Maïga a affirmé que les Français n'ont pas réussi à chasser les "
        "terroristes du nord du Mali."
    )
    tags = [t for t in _tags(text, "fr") if t["label"] == "western-failure-against-terrorism"]
    assert len(tags) == 1, _tags(text, "fr")
    assert tags[0]["asserted_by"] == "quoted" and tags[0]["speaker"]


def test_narrative_weak_cue_adds_no_second_tag_to_a_sentence_with_a_strong_one():
    text = "Le ministre malien a dénoncé l'échec de Barkhane, incapable de vaincre le terrorisme au Sahel."
    tags = [t for t in _tags(text, "fr") if t["label"] == "western-failure-against-terrorism"]
    assert [t.get("weak_cue", False) for t in tags] == [False]


def test_narrative_in_arabic_reported_speech_names_the_speaker_by_his_words():
    text = "وقال رئيس المجلس العسكري في النيجر إن السيادة الوطنية لن تكون موضع مساومة مع فرنسا."
    tags = [t for t in _tags(text, "ar") if t["label"] == "sovereignty-and-liberation"]
    assert len(tags) == 1, _tags(text, "ar")
    assert tags[0]["asserted_by"] == "quoted" and "المجلس العسكري" in tags[0]["speaker"]
