"""Arabic speakers lost because a word right after a speech verb was read as a subject naming nobody, which
cut the chain (spk-ar26): a preposition or adverb with a pronoun attached ("أكد فيه"، "وتوعد خلاله"),
an adverb of manner or repetition ("ثم يوضح أكثر:"، "وقال بهذا الخصوص"), the speaker's own view as the
object ("ويوضح رأيه بأن"), and the honorific سماحته; names the entity layer missed or the stage dropped
(an unknown name after a title, a patriarch after his title, Ray/Roy written like رأى/روى); bodies
speaking through their statements (a festival, an initiative). Sentences written for these tests."""

from __future__ import annotations

from rasid.extract import analyze_text
from rasid.extract.quotes import quotes_stage
from rasid.model import Document

_OPENING = "عقدت الهيئة العامة للاستثمار مؤتمرا صحفيا في الرياض أمس لعرض نتائج العام الماضي.\n"
_FIRST = 'وقال وزير الاستثمار خالد الفالح إن "النتائج جيدة جدا هذا العام مقارنة بالأعوام الماضية".\n'
_QUOTE = '"الاستثمار يحتاج إلى قوانين واضحة وثابتة لسنوات طويلة".'


def _speakers(text: str) -> list[str | None]:
    doc = analyze_text(text, language="ar")
    return [a.attrs.get("speaker") for a in doc.layer("quotes") if a.label == "direct"]


def test_an_adverb_of_degree_after_the_verb_is_no_subject() -> None:
    text = _OPENING + _FIRST + "ثم يوضح أكثر: " + _QUOTE
    assert _speakers(text) == ["خالد الفالح", "خالد الفالح"]


def test_a_demonstrative_after_bi_is_no_subject() -> None:
    text = _OPENING + _FIRST + "وقال بهذا الخصوص " + _QUOTE
    assert _speakers(text) == ["خالد الفالح", "خالد الفالح"]


def test_a_preposition_with_a_pronoun_after_the_verb_is_no_subject() -> None:
    text = _OPENING + _FIRST + "ثم ألقى كلمة قصيرة أكد فيها أن الهيئة ستواصل عملها.\nوقال: " + _QUOTE
    assert _speakers(text) == ["خالد الفالح", "خالد الفالح"]


def test_a_subject_after_the_preposition_with_a_pronoun_still_speaks() -> None:
    text = (
        _OPENING
        + _FIRST
        + "ونشرت الهيئة تقريرا أكد فيه رئيس الهيئة فهد الشبيلي أن العمل مستمر. "
        + "وأضاف الشبيلي "
        + _QUOTE
    )
    assert _speakers(text) == ["خالد الفالح", "فهد الشبيلي"]


def test_the_speakers_own_view_as_object_is_no_subject() -> None:
    text = _OPENING + _FIRST + "ويوضح رأيه بأن " + _QUOTE
    assert _speakers(text) == ["خالد الفالح", "خالد الفالح"]


def test_an_inscription_on_something_takes_no_earlier_speaker() -> None:
    text = _OPENING + _FIRST + "وعرضت الهيئة لوحة تذكارية كتب عليها " + _QUOTE
    assert _speakers(text)[-1] != "خالد الفالح"


def test_samahatuhu_stands_for_the_mufti_named_before() -> None:
    text = (
        "استنكر سماحة المفتي العام الشيخ سالم بن حمد آل راشد الاعتداء على المسجد في المدينة.\n"
        "وقال سماحته في اتصال مع القناة: " + _QUOTE
    )
    assert _speakers(text) == ["سالم بن حمد آل راشد"]


def test_a_dual_that_after_the_verb_is_no_subject() -> None:
    text = (
        _OPENING
        + 'وقالت الهيئة في بيان إن "الوزيرين سيبحثان خطط الاستثمار المشتركة خلال الزيارة المقبلة".\n'
        + "وأضافت أنهما سيناقشان كذلك "
        + _QUOTE
    )
    assert _speakers(text)[-1] == "الهيئة العامة للاستثمار"


def test_an_unknown_name_after_a_title_closing_the_subject_slot_speaks() -> None:
    text = _OPENING + "وقال مدير عام المبيعات في الهيئة عذبي القبلاني إن " + _QUOTE
    assert _speakers(text) == ["عذبي القبلاني"]


def test_a_title_with_its_complement_and_no_name_names_nobody() -> None:
    text = _OPENING + "وقال مدير عام المبيعات في الهيئة إن " + _QUOTE
    assert _speakers(text) == [None]


_SYNOD = "عقد مجلس الأساقفة اجتماعه السنوي في المدينة أمس بحضور عدد من رجال الدين.\n"


def test_a_patriarch_named_after_his_title_and_rite_speaks() -> None:
    text = _SYNOD + "وقال البطريرك الماروني نصري الخوري إن " + _QUOTE
    assert _speakers(text) == ["نصري الخوري"]


def test_a_patriarch_of_a_church_named_after_it_speaks() -> None:
    text = _SYNOD + "وقال بطريرك الروم الأرثوذكس يوحنا العاشر إن " + _QUOTE
    assert _speakers(text) == ["يوحنا العاشر"]


def test_a_religious_title_alone_names_nobody() -> None:
    text = _SYNOD + "وقال البطريرك الماروني إن " + _QUOTE
    assert _speakers(text) == [None]


def test_two_words_after_a_preposition_in_the_slot_are_its_object_not_a_name() -> None:
    text = _OPENING + "وقال مدير عام المبيعات قبل افتتاح المعرض إن " + _QUOTE
    assert _speakers(text) == [None]


_EVENTS = "شهدت المدينة أمس أحداثا متسارعة في عدد من الأحياء القديمة.\n"
_STATEMENT = '"الوضع تحت السيطرة ونعمل مع جميع الجهات من أجل إعادة الهدوء".'


def test_a_festival_speaks_through_its_statement() -> None:
    text = _EVENTS + "وقال مهرجان الصحراء الدولي في بيان إن " + _STATEMENT
    assert _speakers(text) == ["مهرجان الصحراء الدولي"]


def test_an_initiative_speaks_through_its_statement() -> None:
    text = _EVENTS + "وقالت مبادرة حماية الأطفال في بيانها إن " + _STATEMENT
    assert _speakers(text) == ["مبادرة حماية الأطفال"]


def _with_person(text: str, span: str) -> list[str | None]:
    """The speakers of ``text`` when the entity layer tagged ``span`` (and nothing else) a person."""
    doc = Document(text=text)
    start = text.index(span)
    doc = doc.with_layer("entities", [doc.annotation("entities", start, start + len(span), "PER")])
    return [a.attrs.get("speaker") for a in quotes_stage(doc, {}).layer("quotes") if a.label == "direct"]


def test_a_name_written_like_a_speech_verb_after_the_verb_speaks() -> None:
    text = _EVENTS + "وقال راي مارتن، قائد شرطة المنطقة، إن " + _STATEMENT
    assert _with_person(text, "راي مارتن") == ["راي مارتن"]


def test_a_speech_verb_before_a_name_is_still_a_verb() -> None:
    text = _EVENTS + "وروى سالم العتيبي ما حدث قائلا " + _STATEMENT
    assert _with_person(text, "سالم العتيبي") == ["سالم العتيبي"]


def test_two_words_governed_by_a_bare_noun_of_the_title_are_no_name() -> None:
    text = _EVENTS + "وأكد المتحدث باسم جبهة ردفان العند، الواقعة شمال المحافظة، أن " + _STATEMENT
    assert _speakers(text) != ["ردفان العند"]
