"""Speed work of the twenty-sixth round: the same results from less work (sentences written for these tests)."""

from __future__ import annotations

from rasid.extract.quotes import mentions
from rasid.model import Document


def test_lone_names_are_read_only_in_a_text_with_a_capitalised_word() -> None:
    mentions._words_of.cache_clear()
    arabic = Document(text="قال المتحدث إن الاجتماع انتهى مساء أمس دون اتفاق.", language="ar")
    assert mentions.lone_speaker_names(arabic, [], {}) == []
    assert mentions._words_of.cache_info().currsize == 0  # the text's words were never read
    latin = Document(text="Okonjo told reporters that the bridge was closed.", language="en")
    assert [m.text for m in mentions.lone_speaker_names(latin, [], {})] == ["Okonjo"]
    lowercase_too = Document(text="Okonjo told reporters that okonjo is a river.", language="en")
    assert mentions.lone_speaker_names(lowercase_too, [], {}) == []


def test_a_quoted_arabic_speaker_name_is_read_from_the_verb_s_first_letter() -> None:
    found = mentions.quoted_arabic_speaker_names("وقال «الزوي»: إن الطريق مغلق", [])
    assert [(m.text, m.key) for m in found] == [("الزوي", "الزوي")]
    assert [m.text for m in mentions.quoted_arabic_speaker_names('ويقول "جديدي" إن الطريق مغلق', [])] == [
        "جديدي"
    ]
    assert mentions.quoted_arabic_speaker_names("الطريق «مغلق»: قال", []) == []  # no speech verb before it
