"""rasid.quotes.v1, Arabic speakers (round 13): general gaps between the cue data, the entity layer
and the speaker chain. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _speakers(text: str) -> list[str | None]:
    doc = analyze_text(text, language="ar")
    return [a.attrs.get("speaker") for a in doc.layer("quotes") if a.label == "direct"]


@pytest.mark.parametrize("day", ["الأحد", "الخميس", "الاثنين"])
def test_ar13_a_weekday_after_the_verb_is_its_time_not_its_subject(day: str) -> None:
    text = (
        'قال وزير الطاقة خالد الفالح: "الأسعار ستبقى مستقرة". '
        f'وأضاف {day} في مؤتمر صحفي: "لن نغير خطط الإنتاج هذا العام".'
    )
    assert _speakers(text) == ["خالد الفالح", "خالد الفالح"]


def test_ar13_a_subject_after_the_weekday_is_still_read() -> None:
    text = (
        'قال وزير الطاقة خالد الفالح: "الأسعار ستبقى مستقرة". '
        'وقال الخميس وزير الخارجية عادل الجبير: "العلاقات مع الجيران جيدة".'
    )
    assert _speakers(text) == ["خالد الفالح", "عادل الجبير"]
