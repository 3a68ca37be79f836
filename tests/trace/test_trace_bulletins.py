"""Recurring bulletins are not chained into one story (issue 14): the daily weather, the executions the
ministry announces, the relief flights of an air bridge share most of their words from one day to the next,
but each day's bulletin, and each convict, is its own event. A bulletin reposted by another outlet is still
the same story as its original.

The bulletins are written for this test in the style of such texts (fictional names and figures).
"""

from __future__ import annotations

from pathlib import Path

from rasid.extract import analyze_text
from rasid.model import Document
from rasid.store import open_store
from rasid.trace import get_story, list_stories, trace

WEATHER = (
    "توقعت الهيئة العامة للأرصاد وحماية البيئة في نشرتها ليوم {day} أن تكون الأجواء حارة إلى شديدة الحرارة "
    "على معظم مناطق المملكة، مع رياح نشطة مثيرة للأتربة والغبار على منطقة {region} تحد من مدى الرؤية الأفقية. "
    "وأوضحت الهيئة أن درجة الحرارة العظمى في {city} ستبلغ {high} درجة مئوية، فيما تكون الصغرى {low} درجة، "
    "ودعت المواطنين والمقيمين إلى الابتعاد عن أماكن تجمع السيول ومتابعة التنبيهات الصادرة عنها."
)
EXECUTION = (
    "أصدرت وزارة الداخلية بيانا بشأن تنفيذ حكم القتل قصاصا بأحد الجناة في منطقة {region}، وجاء فيه أن المدعو "
    "{convict} أقدم على قتل {victim} طعنا بالسكين إثر خلاف بينهما، وبفضل من الله تمكنت الجهات الأمنية من "
    "القبض على الجاني، وأسفر التحقيق معه عن توجيه الاتهام إليه بارتكاب جريمته، وصدر بحقه صك شرعي يقضي "
    "بثبوت ذلك عليه والحكم عليه بالقتل قصاصا، وتم تنفيذ الحكم يوم {weekday} في {city}."
)
RELIEF = (
    "انطلقت اليوم من مطار الملك خالد الدولي بالرياض الطائرة الإغاثية السعودية {nth} ضمن الجسر الجوي الذي يسيره "
    "مركز الملك سلمان للإغاثة والأعمال الإنسانية لمساعدة الشعب اليمني، وتحمل على متنها {tons} طنا من المواد "
    "الغذائية والطبية والإيوائية، وذلك بتاريخ {day}، على أن تهبط في مطار {airport} لتوزيع حمولتها على الأسر "
    "المحتاجة في المحافظات المتضررة."
)

BULLETINS = {
    "weather-1": (
        WEATHER.format(day="2 أغسطس 2015", region="الرياض", city="الرياض", high=46, low=31),
        "2015-08-02",
    ),
    "weather-2": (
        WEATHER.format(day="3 أغسطس 2015", region="الشرقية", city="الدمام", high=48, low=33),
        "2015-08-03",
    ),
    "weather-3": (
        WEATHER.format(day="4 أغسطس 2015", region="القصيم", city="بريدة", high=45, low=29),
        "2015-08-04",
    ),
    "execution-1": (
        EXECUTION.format(
            region="الرياض",
            convict="سالم بن فهد القحطاني",
            victim="ناصر بن علي الدوسري",
            weekday="الأحد",
            city="مدينة الرياض",
        ),
        "2015-08-02",
    ),
    "execution-2": (
        EXECUTION.format(
            region="جازان",
            convict="محمد بن أحمد الزهراني",
            victim="علي بن حسن المالكي",
            weekday="الأحد",
            city="مدينة جازان",
        ),
        "2015-08-02",
    ),
    "relief-1": (RELIEF.format(nth="الثانية عشرة", tons=90, day="2 أغسطس 2015", airport="عدن"), "2015-08-02"),
    "relief-2": (
        RELIEF.format(nth="الثالثة عشرة", tons=85, day="4 أغسطس 2015", airport="صنعاء"),
        "2015-08-04",
    ),
}


def _documents() -> dict[str, Document]:
    docs = {name: analyze_text(text, language="ar", published=day) for name, (text, day) in BULLETINS.items()}
    text, day = BULLETINS["weather-1"]
    docs["weather-1-reposted"] = analyze_text("الرياض - واس\n" + text, language="ar", published=day)
    return docs


def test_recurring_bulletins_stay_apart_and_a_repost_joins_its_original(tmp_path: Path) -> None:
    docs = _documents()
    with open_store(tmp_path / "bulletins.db") as store:
        store.add_documents(list(docs.values()))
        trace(store)
        name_of = {doc.id: name for name, doc in docs.items()}
        stories = [
            sorted(name_of[d] for d in get_story(store, s["id"])["documents"]) for s in list_stories(store)
        ]
    assert ["weather-1", "weather-1-reposted"] in stories  # the same bulletin from two outlets
    for members in stories:
        # one day's weather, one convict, one flight per story
        bulletins = {name.removesuffix("-reposted") for name in members}
        assert len({name.split("-")[0] for name in bulletins}) == len(bulletins), members
