"""Event roles, seventeenth round: an actor of a clause that takes up the clause before it as a whole ("، وهو
ما", "، وهذا ما": "which is what") is no doer of a meeting, agreement or delivery noun after it. The noun's own
possessive still names the person the sentence is about (خلال لقائه)."""

from __future__ import annotations

from typing import Any

import pytest
from event_roles import role_text

from rasid.extract import analyze_text


def coded(text: str, plover_type: str) -> list[dict[str, Any]]:
    """The attributes of each event of ``plover_type`` coded in the Arabic ``text``."""
    doc = analyze_text(text, language="ar")
    events = [e.to_dict()["attrs"] for e in doc.layer("events")]
    return [e for e in events if e["type"] == plover_type and not e.get("extension")]


@pytest.mark.parametrize(
    ("text", "plover_type", "not_source"),
    [
        (
            "ولم يرد نتنياهو على نقد الرئيس باراك أوباما له، وهو ما لوحظ أمس خلال مقابلته لوفد من الكونجرس يضم "
            "عشرين عضوا.",
            "CONSULT",
            "باراك أوباما",
        ),
        (
            "وأشاد الوزير بتجربة الاتحاد الأوروبي، وهذا ما سهل على المملكة توقيع الاتفاقية مع هيئة الرقابة الصينية.",
            "SUPPORT",
            "الاتحاد الأوروبي",
        ),
    ],
)
def test_an_actor_before_which_is_what_is_no_doer_of_the_noun(
    text: str, plover_type: str, not_source: str
) -> None:
    events = coded(text, plover_type)
    for event in events:
        assert role_text(event["source"]) != not_source


def test_his_meeting_after_a_comma_is_still_the_subjects() -> None:
    # a possessive noun after the comma: the person before it met the other party
    events = coded(
        "وأكد وزير الخارجية عادل الجبير، خلال لقائه نظيره الروسي سيرغي لافروف في الرياض، عمق العلاقات.",
        "CONSULT",
    )
    assert events
    assert role_text(events[0]["source"]) == "عادل الجبير"


def training(text: str) -> dict[str, Any]:
    """The one training event coded in the Arabic ``text``."""
    events = [e for e in coded(text, "AID") if e["rasid_type"] == "training"]
    assert len(events) == 1
    return events[0]


def test_where_the_trainees_received_training_is_no_recipient() -> None:
    # those trained are the subject of "received": the country is where they were trained
    event = training(
        "وكان عشرات المقاتلين الذين تلقوا تدريبات عسكرية في الأردن قد عبروا الحدود إلى سوريا الأسبوع الماضي."
    )
    assert role_text(event["target"]) is None
    assert role_text(event["location"]) == "الأردن"


def test_the_country_of_the_trained_force_is_still_the_recipient() -> None:
    event = training("وقدمت فرنسا تدريبات ومعدات عسكرية للجيش في النيجر خلال العام الماضي.")
    assert role_text(event["source"]) == "فرنسا"
    assert role_text(event["target"]) == "النيجر"


def meetings(text: str) -> list[dict[str, Any]]:
    return [e for e in coded(text, "CONSULT") if e["rasid_type"] == "meeting"]


def test_a_bare_title_stands_for_the_person_the_text_gave_it_before() -> None:
    # the crown prince was named with his title in the sentence before; "and the crown prince" is the other party
    text = (
        "وقام الأمير خالد بن سلمان ولي العهد بزيارة إلى عمان أمس. وعقد الملك عبدالله الثاني وولي العهد اجتماعا، نقل "
        "فيه ولي العهد تحيات والده إلى العاهل."
    )
    meeting = next(e for e in meetings(text) if e["trigger"] == "اجتماعا")
    assert role_text(meeting["source"]) == "عبدالله الثاني"
    assert role_text(meeting["target"]) == "ولي العهد"


def test_a_bare_title_no_one_held_before_is_no_party() -> None:
    # nobody was named crown prince before, and "فيه" (in it) is no name
    text = "وعقد الملك عبدالله الثاني وولي العهد اجتماعا، نقل فيه ولي العهد تحيات والده إلى العاهل."
    for meeting in meetings(text):
        assert role_text(meeting["target"]) not in ("ولي العهد", "فيه")


def test_a_person_read_right_after_fi_is_no_party() -> None:
    # the statistical NER may read "in His Highness's office" as a person; the guest is the one named after it
    text = (
        "استقبل صاحب السمو الملكي الأمير سعود بن نايف أمير المنطقة الشرقية في مكتب سموه بقصر الإمارة أمس مدير "
        "جامعة الدمام الدكتور عبدالله بن محمد الربيش."
    )
    meeting = next(e for e in meetings(text) if e["trigger"] == "استقبل")
    assert role_text(meeting["target"]) != "مكتب سموه بقصر"
