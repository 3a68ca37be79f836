"""rasid.quotes.v1, Arabic speakers (round 18): a quote read in a statement ("وجاء في البيان: «…»", "جاء فيه")
is the words of the statement's issuer: the person or body named right after the statement noun (بيان وزارة
…), or else the one the sentence opens with as its subject (وأصدر النادي بيانا …، وجاء في البيان). Not the
one who relayed it (بيان نقلته وكالة …), nor anyone when nobody is named. Sentences written for these tests."""

from __future__ import annotations

from quote_speakers import direct_speakers


def test_ar18_the_subject_who_issued_the_statement_speaks() -> None:
    text = (
        "وأصدرت وزارة الصحة بيانا رسميا حول انتشار المرض في المدينة، وجاء في البيان: "
        "«لا توجد أي حالات جديدة في المستشفيات منذ أسبوع كامل».\n"
    )
    assert direct_speakers(text, "ar") == ["وزارة الصحة"]


def test_ar18_the_subject_before_an_object_person_issued_it() -> None:
    text = (
        "نعت وزارة الثقافة، الشاعر الكبير محمد العلي في بيان صدر عنها جاء فيه: "
        "«فقدنا اليوم واحدا من أعمدة الأدب العربي الحديث في بلادنا».\n"
    )
    assert direct_speakers(text, "ar") == ["وزارة الثقافة"]


def test_ar18_the_body_named_after_the_statement_noun_speaks() -> None:
    text = (
        "تواصلت الاحتجاجات في العاصمة لليوم الثالث. "
        "وجاء في بيان وزارة الداخلية «سنتعامل بحزم مع كل من يعتدي على الممتلكات العامة والخاصة».\n"
    )
    assert direct_speakers(text, "ar") == ["وزارة الداخلية"]


def test_ar18_the_agency_that_relayed_the_statement_is_not_its_issuer() -> None:
    text = (
        "تواصلت الاحتجاجات في العاصمة لليوم الثالث. "
        "وجاء في بيان نقلته وكالة الأنباء الفرنسية «سنتعامل بحزم مع كل من يعتدي على الممتلكات العامة والخاصة».\n"
    )
    assert direct_speakers(text, "ar") == [None]


def test_ar18_a_statement_naming_nobody_gets_no_speaker() -> None:
    text = (
        "تواصلت الاحتجاجات في العاصمة لليوم الثالث، وجاء في البيان: "
        "«سنتعامل بحزم مع كل من يعتدي على الممتلكات العامة والخاصة».\n"
    )
    assert direct_speakers(text, "ar") == [None]


def test_ar18_the_statement_spoken_of_last_is_read_and_an_unknown_owner_gets_none() -> None:
    text = (
        "وكان الوزير خالد السالم قد أعاد نشر تغريدة للكاتب فهد المطيري، جاء فيها "
        "«الوطن لا يبنى إلا بسواعد أبنائه المخلصين في كل الظروف»، كما أعاد نشر تغريدة أخرى للناشط عبسي، "
        "جاء فيها «لن نسمح لأحد بأن يعبث بأمن بلادنا واستقرارها مهما كانت الأسباب».\n"
    )
    assert direct_speakers(text, "ar") == ["فهد المطيري", None]


def test_ar18_a_person_the_statement_speaks_of_is_not_its_issuer() -> None:
    text = (
        "قتل قيادي بارز في غارة جوية شرق البلاد. "
        "وجاء في البيان، إن فهد المطيري «أشرف بنفسه على عمليات كثيرة ضد القوات المحلية في المنطقة».\n"
    )
    assert direct_speakers(text, "ar") == [None]
