"""rasid.quotes.v1 (round 18): a speaker the text describes but never names is typed ``anonymous`` with its
description: a role never tied to a name, and an unnamed channel or account. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rasid.extract import analyze_text


def _speaker(text: str, language: str) -> dict[str, object]:
    (quote,) = [a for a in analyze_text(text, language=language).layer("quotes") if a.label == "direct"]
    return dict(quote.attrs)


@pytest.mark.parametrize(
    ("text", "language", "description"),
    [
        (
            'وقال المتحدث العسكري الليبي: "صدت قواتنا هجوما على المطار فجر اليوم".',
            "ar",
            "المتحدث العسكري الليبي",
        ),
        ('وقال نواب أردنيون: "سنطلب استجواب الحكومة الأسبوع المقبل".', "ar", "نواب أردنيون"),
        (
            '"The convoy was turned back at the border," a Telegram account close to the group said.',
            "en",
            "a Telegram account close to the group",
        ),
        (
            "« Les combattants ont quitté la base cette nuit », a indiqué une chaîne Telegram proche du groupe.",
            "fr",
            "une chaîne Telegram proche du groupe",
        ),
    ],
)
def test_r18_a_speaker_described_and_never_named_is_anonymous(
    text: str, language: str, description: str
) -> None:
    attrs = _speaker(text, language)
    assert (attrs["speaker"], attrs["speaker_type"]) == (None, "anonymous")
    assert attrs["speaker_description"] == description


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        # the role tied to the name before it stays that person
        (
            'وقال وزير الدفاع سالم العنزي إن الوضع مستقر. وأضاف الوزير: "لن نسمح بأي تهديد لحدودنا".',
            "ar",
            "سالم العنزي",
        ),
        # a named group's own channel is the group
        (
            'The group said on its Telegram channel: "We have withdrawn our fighters from the town."',
            "en",
            None,
        ),
    ],
)
def test_r18_a_named_speaker_is_not_made_anonymous(text: str, language: str, speaker: str | None) -> None:
    attrs = _speaker(text, language)
    assert attrs["speaker_type"] != "anonymous"
    if speaker is not None:
        assert attrs["speaker"] == speaker
