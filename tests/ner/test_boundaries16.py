"""Arabic name boundaries after the tagger: a glued conjunction or preposition is not part of the name."""

from __future__ import annotations

import pytest

from rasid.extract.coref import coref_stage
from rasid.extract.entities import entities_stage
from rasid.kb import type_family
from rasid.model import Document
from rasid.ner.api import EntitySpan
from rasid.ner.boundaries import name_start, prepositional_word, vocabulary
from rasid.ner.stage import _merged
from rasid.text.normalize import normalize_for_search


def _name(text: str, label: str) -> str:
    return text[name_start(text, 0, len(text), label) :]


@pytest.mark.parametrize(
    ("span", "label", "name"),
    [
        # a conjunction glued to a given name
        ("وطارق الزهراني", "PER", "طارق الزهراني"),
        ("ومحمد", "PER", "محمد"),
        ("وعبدالله بن سالم", "PER", "عبدالله بن سالم"),
        # a preposition glued to an organisation's head noun
        ("بجامعة الملك فيصل", "ORG", "جامعة الملك فيصل"),
        ("وصندوق النقد الدولي", "ORG", "صندوق النقد الدولي"),
        ("لبلاتر", "PER", "بلاتر"),
        ("لابن بطوطة", "PER", "ابن بطوطة"),
        ("ببشار الأسد", "PER", "بشار الأسد"),
        # diacritics ride along with their letter
        ("وَمُحَمَّد حسن", "PER", "مُحَمَّد حسن"),
        # a preposition glued to a definite word before a person's name: the whole word goes
        ("بالرس منيرة العتيبي", "PER", "منيرة العتيبي"),
        ("بالسويسري يوسف بلاتر", "PER", "يوسف بلاتر"),
    ],
)
def test_glued_clitic_is_left_out(span: str, label: str, name: str) -> None:
    assert _name(span, label) == name


@pytest.mark.parametrize(
    ("span", "label"),
    [
        ("وليد الشمري", "PER"),  # a name that starts with waw: ليد is no word
        ("وائل", "PER"),
        ("فيصل القحطاني", "PER"),  # يصل is a verb, not a name-like word
        ("بدر", "PER"),
        ("بلان", "PER"),  # a coach's surname; لان is a function word
        ("بابا ديوب", "PER"),  # ابا is hardly more frequent than بابا
        ("وست هام", "ORG"),  # a two-letter stem is never read
        ("وزارة الصحة", "ORG"),
        ("كفيفاً", "ORG"),  # tanwin: an indefinite common noun
        ("وطارق الزهراني", "LOC"),  # places keep their spans
        ("Walcott", "PER"),
        ("بوحسن", "PER"),
        ("لايسي", "PER"),  # a transliteration: لا + a rare word is not ل + a name
        ("باملاك تيسيما", "PER"),  # a conjunction never follows a preposition
        ("للعقاد", "PER"),  # لِ + العقاد: left whole, the article's lam cannot be cut apart
    ],
)
def test_names_that_start_with_clitic_letters_are_kept(span: str, label: str) -> None:
    assert _name(span, label) == span


def test_cut_never_leaves_the_first_word() -> None:
    text = "قال وطارق الزهراني أمس"
    start, end = 4, 18
    cut = name_start(text, start, end, "PER")
    assert start < cut < text.index(" ", start)
    assert text[cut:end] == "طارق الزهراني"


@pytest.mark.parametrize("title", ["الشيخة", "الدكتور"])
def test_name_after_a_title_keeps_its_first_letter(title: str) -> None:
    text = f"وأكدت {title} لبنى العتيبي أن المشروع بدأ"
    start = text.index("لبنى")
    assert name_start(text, start, start + len("لبنى العتيبي"), "PER") == start


def test_phrase_is_not_dropped_before_a_conjoined_noun() -> None:
    assert not _name("بالقلم والدفتر", "PER").startswith("والدفتر")


def test_name_clusters_come_from_the_gazetteer() -> None:
    vocab = vocabulary()
    assert vocab.coarse["محمد"] in vocab.name_clusters
    assert vocab.coarse["في"] not in vocab.name_clusters


def test_stage_starts_the_entity_after_the_clitic() -> None:
    text = "وشارك في الحفل ومحمد العنزي وبجامعة الملك سعود."
    doc = Document(text=text)
    found = [
        EntitySpan(text.index("ومحمد"), text.index(" وبجامعة"), "PER", "ومحمد العنزي", 0.9),
        EntitySpan(text.index("وبجامعة"), len(text) - 1, "ORG", "وبجامعة الملك سعود", 0.9),
    ]
    out = _merged(doc, found, 0.5)
    entities = sorted((a.label, text[a.start : a.end]) for a in out.layer("entities"))
    assert entities == [("ORG", "جامعة الملك سعود"), ("PER", "محمد العنزي")]


# --- a titled name ends before a glued preposition + common word (the entity layer's titled names) ---------


def _people(text: str) -> list[str]:
    doc = entities_stage(Document(text=text), {})
    return [a.text for a in doc.layer("entities") if a.label == "PER"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقام الأمير نواف بن سعد بزيارة إلى مقر الفريق.", "نواف بن سعد"),
        ("ووجه الدكتور مصطفى حمدان بتشكيل لجنة عاجلة.", "مصطفى حمدان"),
        ("وانتقد الوزير سامي حمود لتأخر المشروع.", "سامي حمود"),
    ],
)
def test_titled_name_ends_before_a_prepositional_word(text: str, name: str) -> None:
    assert name in _people(text)
    assert not any(len(p) > len(name) and p.startswith(name) for p in _people(text))


@pytest.mark.parametrize("word", ["بزيارة", "لتفقد", "بتشكيل"])
def test_prepositional_word(word: str) -> None:
    assert prepositional_word(normalize_for_search(word))


@pytest.mark.parametrize("word", ["بدر", "بلال", "بندر", "بشير", "لطفي", "بسام", "لاين"])
def test_names_with_preposition_letters_are_not_prepositional_words(word: str) -> None:
    assert not prepositional_word(normalize_for_search(word))


# --- الله ends a compound name but is never a person's short form -------------------------------------------


def test_god_is_not_the_short_form_of_a_compound_name() -> None:
    text = "وقال الشيخ خالد عبد الله إن النبي صلى الله عليه وسلم أوصى بالجار، رحمه الله. وأضاف عبد الله أن الحي بخير."
    doc = coref_stage(entities_stage(Document(text=text), {}), {})
    people = [(a.start, text[a.start : a.end]) for a in doc.layer("entities") if a.label == "PER"]
    assert any(name.endswith("عبد الله") for _, name in people)
    assert not [name for _, name in people if name == "الله"]


# --- a head noun that is also a verbal noun names no body in its everyday use ----------------------------


def _orgs(text: str) -> list[str]:
    doc = entities_stage(Document(text=text), {})
    return [a.text for a in doc.layer("entities") if type_family(a.label) == "ORG"]


@pytest.mark.parametrize(
    "text",
    [
        "وتدرب الفريق أمس بقيادة المدرب الجديد في الملعب الرئيسي.",  # led by the coach
        "ونفذت الطائرات ضربات جديدة بقيادة المملكة.",
        "وتراجعت حركة الشاحنات على الطريق الساحلي.",  # the movement of lorries
        "وقال التاجر إن حركة البيع ضعيفة هذا الصيف.",
    ],
)
def test_verbal_noun_heads_in_everyday_use_name_no_body(text: str) -> None:
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وأعلنت قيادة القوات المشتركة أمس انتهاء العملية.", "قيادة القوات المشتركة"),
        ("وتحدث زعيم ما يعرف بحركة «أنصار الوادي» عن خططه.", "أنصار الوادي"),
    ],
)
def test_verbal_noun_heads_still_name_bodies(text: str, body: str) -> None:
    assert body in _orgs(text)
