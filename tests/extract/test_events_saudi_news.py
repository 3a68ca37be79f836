"""Event coding on Saudi and Gulf domestic news: receptions are meetings, spreading ideas are no deployment."""

from __future__ import annotations

import pytest
from event_roles import role_text

from rasid.extract import analyze_text


def _events(text: str) -> list[dict]:
    doc = analyze_text(text, language="ar", published="2015-07-22")
    return [{"label": e.label, **e.to_dict()["attrs"]} for e in doc.layer("events")]


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        # a place and a day between commas sit between the host and the guest: the guest starts with و (وزير)
        (
            "استقبل الملك سلمان بن عبدالعزيز، في قصر السلام بجدة اليوم، وزير الخارجية الفرنسي لوران فابيوس.",
            "سلمان بن عبدالعزيز",
            "لوران فابيوس",
        ),
        (
            "استقبل أمير منطقة الرياض فيصل بن بندر، في مكتبه بقصر الحكم أمس، وكيل الوزارة سعد الزهراني.",
            "فيصل بن بندر",
            "سعد الزهراني",
        ),
    ],
)
def test_a_reception_with_a_place_between_commas_is_a_meeting_with_the_guest(
    text: str, host: str, guest: str
) -> None:
    meetings = [e for e in _events(text) if e["label"] == "meeting"]
    assert meetings, text
    assert host in (role_text(meetings[0]["source"]) or "")
    assert guest in (role_text(meetings[0]["target"]) or "")


def test_a_comma_before_and_still_ends_the_clause() -> None:
    # "، وقال": a new coordinated clause; the one who speaks is no guest of the reception
    events = _events("استقبل الوزير خالد الفيصل السفير الياباني، وقال محمد العتيبي إن اللقاء كان مثمرا.")
    meetings = [e for e in events if e["label"] == "meeting"]
    assert meetings
    assert all("العتيبي" not in (role_text(e["target"]) or "") for e in meetings)


@pytest.mark.parametrize(
    "text",
    [
        "وحذر الوزير من أن الفقر يشجع على انتشار الأفكار المتطرفة والتهديدات الإرهابية في المنطقة.",
        "وأشار التقرير إلى انتشار الشائعات بين الشباب رغم جهود الأجهزة الأمنية والعسكرية.",
        "واحتفلت الجمعية بوصول الحجاج إلى المدينة المنورة بحضور قائد قوات الأمن.",
    ],
)
def test_what_spreads_or_arrives_is_no_force_deployment(text: str) -> None:
    assert [e for e in _events(text) if e["label"] == "deployment"] == []


@pytest.mark.parametrize(
    "text",
    [
        "وأكدت المصادر انتشار قوات الجيش في شوارع المدينة أمس.",
        "وأعلنت القيادة وصول تعزيزات عسكرية إلى محافظة مأرب اليوم.",
    ],
)
def test_forces_that_spread_or_arrive_are_a_deployment(text: str) -> None:
    assert [e for e in _events(text) if e["label"] == "deployment"]


def test_the_closing_tag_line_tells_no_event() -> None:
    text = (
        "أعلنت البلدية افتتاح حديقة جديدة في حي النخيل اليوم بحضور عدد من الأهالي.\nسمات الحوثي قصف غارات تعز"
    )
    assert _events(text) == []


def test_a_tag_line_is_only_the_closing_one() -> None:
    text = "قال المتحدث إن الوضع هادئ. سمات المرحلة تغيرت، وشنت طائرات التحالف غارات على مواقع الحوثيين في صعدة أمس."
    assert [e for e in _events(text) if e["label"] == "attack"]


def test_what_would_justify_an_attack_is_no_attack() -> None:
    text = 'وقال الوزير في بيان "لا شيء يبرر استهداف المدنيين الأبرياء".'
    assert [e for e in _events(text) if e["label"] == "attack"] == []


@pytest.mark.parametrize(
    "text",
    [
        "أقدم رجل في الأربعين على قتل شقيقه وأصاب ابن عمه بعدما أطلق النار عليهما في قرية بمنطقة جازان.",
        "وأطلق مواطن النار على والده إثر خلاف على أرض زراعية في محافظة الخرج.",
    ],
)
def test_shooting_ones_own_kin_is_a_private_crime(text: str) -> None:
    assert [e for e in _events(text) if e["label"] == "attack"] == []


def test_gunmen_shooting_at_a_checkpoint_is_still_an_attack() -> None:
    text = "وأطلق مسلحون النار على نقطة تفتيش للجيش في محافظة مأرب أمس."
    assert [e for e in _events(text) if e["label"] == "attack"]


@pytest.mark.parametrize(
    "text",
    [
        "ووافق مجلس الوزراء على مذكرة تفاهم بين وزارة التعليم في المملكة ووزارة التعليم في الأردن.",
        "وقرر المجلس الموافقة على اتفاقية بين حكومة المملكة العربية السعودية وحكومة كوريا للتعاون في مجال الطاقة.",
    ],
)
def test_approving_an_agreement_between_parties_is_an_agreement(text: str) -> None:
    assert [e for e in _events(text) if e["label"] == "agreement"]


@pytest.mark.parametrize(
    "text",
    [
        "ووافق مجلس الوزراء على تنظيم الهيئة العامة للسياحة وعلى عقد مؤتمر دولي في جدة.",
        "ووافق المدافع على العرض المالي المقدم من نادي الاتحاد بعد مفاوضات طويلة.",
    ],
)
def test_approving_a_plan_or_an_offer_is_no_agreement(text: str) -> None:
    assert [e for e in _events(text) if e["label"] == "agreement"] == []


@pytest.mark.parametrize(
    "text",
    [
        "وأصيب جندي إثر سقوط مقذوف أطلقته الميليشيات الحوثية على مركز حدودي في نجران.",
        "ودمرت مقاتلات التحالف مستودعات ذخيرة للميليشيات في محافظة الحديدة.",
        "وقتل 15 من المتمردين في مواجهات مع الجيش الوطني في مأرب.",
    ],
)
def test_projectiles_destruction_and_clashes_are_attacks(text: str) -> None:
    assert [e for e in _events(text) if e["label"] == "attack"]


@pytest.mark.parametrize(
    "text",
    [
        "ودمرت السيول عددا من المنازل والطرق في محافظة القنفذة.",
        "وتتجدد المواجهات بين فريقي الشباب والاتفاق في الجولة المقبلة من الدوري.",
    ],
)
def test_floods_and_football_clashes_are_no_attacks(text: str) -> None:
    assert [e for e in _events(text) if e["label"] == "attack"] == []


def test_the_two_presidents_in_a_later_call_sentence_refer_back_to_the_call() -> None:
    # the place in the second sentence is what they discussed, not where a new call was held
    text = (
        "تلقى الرئيس المصري عبدالفتاح السيسي اتصالا هاتفيا من الرئيس الفرنسي فرانسوا هولاند أمس. "
        "واتفق الرئيسان في اتصال هاتفي على مواصلة التنسيق لضبط الحدود مع ليبيا."
    )
    meetings = [e for e in _events(text) if e["label"] == "meeting"]
    assert len(meetings) == 2
    assert {role_text(meetings[1]["source"]), role_text(meetings[1]["target"])} == {
        role_text(meetings[0]["source"]),
        role_text(meetings[0]["target"]),
    }


def test_a_condolence_visit_by_a_named_official_is_a_meeting() -> None:
    text = "قدم الأمير سلطان بن سلمان واجب العزاء إلى الشيخ ناصر الدوسري في وفاة شقيقه."
    meetings = [e for e in _events(text) if e["label"] == "meeting"]
    assert meetings
    assert "سلطان بن سلمان" in (role_text(meetings[0]["source"]) or "")


def test_mourners_with_no_named_official_make_no_meeting() -> None:
    assert [
        e for e in _events("وقدم الحضور واجب العزاء لذوي الفقيد بعد صلاة العصر.") if e["label"] == "meeting"
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "وضبطت الجهات الأمنية خلية من خمسة أشخاص كانوا يخططون لتفجير مجمع تجاري في الرياض.",
        "وتهدف المناورات إلى رفع جاهزية الوحدات البحرية للتصدي لأي هجوم محتمل على السواحل.",
    ],
)
def test_a_plotted_or_possible_attack_is_no_attack(text: str) -> None:
    assert [e for e in _events(text) if e["label"] == "attack"] == []


def test_an_attack_its_authors_had_planned_is_still_an_attack() -> None:
    text = "وقالت الشرطة إن المسلحين الذين نفذوا الهجوم على الحسينية أمس كانوا يخططون له منذ شهور."
    assert [e for e in _events(text) if e["label"] == "attack"]


def test_two_agreements_signed_in_the_dual_are_an_agreement() -> None:
    text = "ووقعت وزارة الصحة اتفاقيتين مع جامعة هارفارد الأمريكية أمس."
    agreements = [e for e in _events(text) if e["label"] == "agreement"]
    assert agreements
    assert "هارفارد" in (role_text(agreements[0]["target"]) or "")
