"""Arabic speakers lost in the grammar around the quote (spk-ar25): a noun of saying standing for the verb
("وخلص X إلى القول"، "وأضاف X قوله"), a participle of describing after a sentence whose subject is a
title and a name ("واستنكر الأمين العام … X القرار، واصفا إياه بأنه «…»"), and the forms of وصف with an
object pronoun ("الذي وصفه X بأنه «…»"). Sentences written for these tests."""

from __future__ import annotations

from rasid.extract import analyze_text

_OPENING = "عقدت الهيئة العامة للاستثمار مؤتمرا صحفيا في الرياض أمس لعرض نتائج العام الماضي.\n"
_QUOTE = '"الاستثمار يحتاج إلى قوانين واضحة وثابتة لسنوات طويلة".'


def _speakers(text: str) -> list[str | None]:
    doc = analyze_text(text, language="ar")
    return [a.attrs.get("speaker") for a in doc.layer("quotes") if a.label == "direct"]


def _types(text: str) -> list[str | None]:
    doc = analyze_text(text, language="ar")
    return [a.attrs.get("speaker_type") for a in doc.layer("quotes") if a.label == "direct"]


def test_a_named_subject_concluding_with_the_noun_of_saying_speaks() -> None:
    text = (
        _OPENING
        + "وتحدث وزير الاستثمار خالد الفالح عن خطط الوزارة للعام المقبل.\n"
        + "وخلص الفالح إلى القول: "
        + _QUOTE
    )
    assert _speakers(text) == ["خالد الفالح"]


def test_a_subject_between_the_verb_and_the_noun_of_saying_speaks() -> None:
    text = _OPENING + "وأضاف وزير الاستثمار خالد الفالح قوله " + _QUOTE
    assert _speakers(text) == ["خالد الفالح"]


def test_the_noun_of_saying_after_an_unnamed_source_taken_from_is_not_the_last_speaker() -> None:
    text = (
        _OPENING
        + 'وقال وزير الاستثمار خالد الفالح إن "النتائج جيدة جدا هذا العام". '
        + "ونقل عن أحدهم قوله "
        + _QUOTE
    )
    assert _speakers(text)[-1] != "خالد الفالح"


def test_a_participle_of_describing_goes_on_with_the_titled_name_opening_the_sentence() -> None:
    text = (
        _OPENING
        + "واستنكر الأمين العام لاتحاد الغرف التجارية في المملكة الشيخ صالح الراجحي هذه القرارات، "
        + "واصفا إياها بأنها "
        + _QUOTE
    )
    assert _speakers(text) == ["صالح الراجحي"]


def test_a_describing_verb_with_an_object_pronoun_has_its_subject_after_it() -> None:
    text = _OPENING + "وهو الإجراء الذي وصفه وزير الاستثمار خالد الفالح بأنه " + _QUOTE
    assert _speakers(text) == ["خالد الفالح"]


def test_a_describing_verb_in_a_relative_clause_after_man_takes_no_speaker_from_the_chain() -> None:
    text = (
        _OPENING
        + 'وقال مصدر في الهيئة إن "النتائج جيدة جدا هذا العام". '
        + "واعترف المستثمرون بخسائرهم على يد من وصفها بـ«الشركات التي لا تلتزم بأي قانون في السوق»."
    )
    assert _types(text)[-1] == "none"  # not the unnamed source who spoke before


def test_the_noun_of_saying_after_a_modal_is_nobodys_words() -> None:
    text = (
        _OPENING
        + 'وقال وزير الاستثمار خالد الفالح إن "النتائج جيدة جدا هذا العام". '
        + "وتتوسع الاستثمارات في قطاعات كثيرة، حيث يمكن القول إن "
        + _QUOTE
    )
    assert _speakers(text)[-1] is None


def test_a_long_unquoted_speech_paragraph_keeps_its_speaker_in_reach_of_the_next() -> None:
    speech = "أن المشاريع الجديدة في المدن الصغيرة تحتاج إلى دعم مستمر من البنوك والصناديق الحكومية، " * 9
    text = (
        _OPENING
        + 'وقال وزير الاستثمار خالد الفالح: "النتائج جيدة جدا هذا العام".\n'
        + "وأشار: "
        + speech.strip(" ،")
        + ".\n"
        + "وأضاف "
        + _QUOTE
    )
    assert len(speech) > 700  # further than the chain reaches from the verb alone
    assert _speakers(text) == ["خالد الفالح", "خالد الفالح"]


def test_an_indefinite_title_told_to_an_outlet_repeats_the_title_of_the_person_named_before() -> None:
    text = (
        _OPENING
        + "وقال الدكتور سامي العتيبي رئيس الجمعية الوطنية لحماية البيئة إن المشاريع تراعي المعايير. "
        + "وتحدث عدد من المختصين عن أهمية الرقابة على المصانع في المدن الصناعية. "
        + 'وقال رئيس جمعية حماية البيئة لـ"الصحيفة" إن '
        + _QUOTE
    )
    assert _speakers(text) == ["سامي العتيبي"]


def test_a_name_set_off_by_a_comma_after_an_outlet_in_marks_no_stage_tagged_speaks() -> None:
    text = _OPENING + 'ويقول لـ"المرصد"، الدكتور سامي العتيبي الباحث في جامعة الملك سعود، ' + _QUOTE
    assert _speakers(text) == ["سامي العتيبي"]


def test_the_present_of_revealing_told_to_an_outlet_then_the_name() -> None:
    text = (
        _OPENING
        + "في حين يكشف لـ«الشرق الأوسط» سامي العتيبي، رئيس اللجنة الوطنية للاستثمار، أن «"
        + _QUOTE.strip('".')
        + "»."
    )
    assert _speakers(text) == ["سامي العتيبي"]


def test_a_quote_opening_the_sentence_after_a_persons_reported_words_goes_on_with_them() -> None:
    text = (
        _OPENING
        + "وقال وزير الاستثمار خالد الفالح، إن المشاريع الجديدة تحتاج إلى دعم مستمر من البنوك المحلية.. "
        + _QUOTE
    )
    assert _speakers(text) == ["خالد الفالح"]


def test_a_quote_opening_the_sentence_after_an_unnamed_sources_words_takes_no_continuation() -> None:
    text = (
        _OPENING
        + "وقال مصدر في الهيئة، إن المشاريع الجديدة تحتاج إلى دعم مستمر من البنوك المحلية.. "
        + _QUOTE
    )
    assert _types(text) == ["none"]


def test_a_noun_in_taa_marbuta_folding_like_a_describing_verb_is_no_verb() -> None:
    text = (
        _OPENING
        + "ولم يكن الفريق يمتلك وصفة الفوز من خلال الخطة التي لعب بها المدرب الفرنسي ميشيل دوران المباراة؛ "
        + 'فكيف يترك على الدكة "سامي الجابر، ماجد عبدالله وعدد من نجوم الفريق الأول"؟'
    )
    assert "ميشيل دوران" not in _speakers(text)


def test_a_present_verb_inside_what_a_body_said_is_not_the_attribution() -> None:
    text = (
        _OPENING
        + "وتابعت وزارة الخارجية في بيانها قائلة إن تحليل المشاريع يكشف توجهها نحو دعم دول تحاول ممارسة "
        + "«سياسة مستقلة تتفق مع مصالحها القومية دون أي إملاء»."
    )
    assert _types(text) == ["organization"]
