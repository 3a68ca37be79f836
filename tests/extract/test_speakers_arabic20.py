"""Arabic speakers, round 20 (spk-ar20): bodies and documents as speakers that the head lists missed, and a
quoted name after a body's quote that is no saying of that body. Sentences written for these tests."""

from __future__ import annotations

from quote_speakers import organization_speakers


def test_state_agency_head_is_a_body_speaker() -> None:
    text = 'وأكد جهاز الأمن الوطني في بيان أمس أن "الوحدات الخاصة أغلقت الطريق الساحلي بالكامل".'
    assert organization_speakers(text) == [("جهاز الأمن الوطني", "organization")]


def test_palace_and_press_of_a_country_speak() -> None:
    text = (
        'وصرح قصر الرئاسة في باريس أن "المحادثات ستستمر حتى الأسبوع المقبل".\n'
        'وقالت الصحافة الإيطالية: "الحكومة تواجه أزمة ثقة غير مسبوقة في البرلمان".'
    )
    assert organization_speakers(text) == [
        ("قصر الرئاسة", "organization"),
        ("الصحافة الإيطالية", "organization"),
    ]


def test_a_study_speaks_for_the_body_named_with_it() -> None:
    text = (
        'ونشر معهد "بروكينغز" دراسة جديدة عن أسواق الطاقة في المنطقة.\n'
        'وأوضحت الدراسة أن "الطلب على الغاز سيرتفع بنسبة كبيرة خلال العقد المقبل".'
    )
    speakers = organization_speakers(text)
    assert speakers[-1][1] == "organization" and speakers[-1][0] is not None


def test_a_quoted_name_after_a_bodys_quote_is_not_its_words() -> None:
    text = (
        'وقالت الفيدرالية الدولية إن فوز الفريق جاء "تتويجا لموسم طويل من العمل الجاد في الملاعب"، '
        'وستنظم "الفيدرالية الدولية للرياضات الشاطئية" حفلا للفريق في الشهر المقبل.'
    )
    speakers = organization_speakers(text)
    assert speakers[0] == ("الفيدرالية الدولية", "organization")
    assert all(speaker != ("الفيدرالية الدولية", "organization") for speaker in speakers[1:])


def test_a_verse_quoted_after_its_formula_is_gods() -> None:
    text = 'وتحدث الخطيب عن فضل الصبر في الشدائد، قال تعالى: "إن مع العسر يسرا فاصبروا واحتسبوا".'
    assert organization_speakers(text) == [("الله", "person")]


def test_a_saying_of_the_prophet_after_the_blessing() -> None:
    text = 'وذكر الشيخ حق الجار، وقال -صلى الله عليه وسلم-: "أحسن إلى جارك تكن مؤمنا صادقا في إيمانك".'
    assert organization_speakers(text) == [("النبي محمد", "person")]


def test_a_prayer_to_god_does_not_make_him_the_speaker() -> None:
    text = 'وختم الإمام خطبته ودعا الله تعالى: "اللهم احفظ بلادنا وأهلها من كل سوء ومكروه يا رب العالمين".'
    assert organization_speakers(text)[0] != ("الله", "person")


def test_the_preacher_goes_on_after_a_verse_not_the_verse() -> None:
    text = (
        'وألقى الشيخ سالم العتيبي خطبة الجمعة، قال تعالى: "وتعاونوا على البر والتقوى ولا تعاونوا على الإثم".\n'
        'وأضاف: "على كل مسلم أن يكون عونا لأخيه في الشدة قبل الرخاء".'
    )
    speakers = organization_speakers(text)
    assert speakers[0] == ("الله", "person")
    assert speakers[1][0] != "الله"


def test_the_prophet_named_right_before_the_verb_not_the_narrator() -> None:
    text = 'وروى مسلم في صحيحه عن أبي سعيد أن النبي -صلى الله عليه وسلم-, قال: "الدين النصيحة لله ولرسوله ولعامة المسلمين".'
    assert organization_speakers(text) == [("النبي محمد", "person")]


def test_bare_god_before_a_verb_names_no_speaker() -> None:
    text = 'وتحدث عن الإنفاق في سبيل الله، قال: "كل درهم يخرج في الخير يعود على صاحبه أضعافا مضاعفة".'
    assert organization_speakers(text)[0] != ("الله", "person")
