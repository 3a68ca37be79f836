"""Speed work of the twenty-sixth round: the same results from less work (sentences written for these tests)."""

from __future__ import annotations

from itertools import pairwise

from rasid.extract.cues import fold, folded_words, normalized
from rasid.extract.matcher import Matcher
from rasid.extract.phrases import PhraseMatcher
from rasid.extract.quotes import mentions
from rasid.extract.quotes.cues import WORD
from rasid.extract.quotes.name_shape import _folded_words, _speech_verb, name_shaped_speakers
from rasid.extract.sources.patterns import text_words
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


def test_folded_words_are_the_words_found_one_by_one() -> None:
    # a presentation form that folds to a space (ﹰ) and a ligature that folds to several words (ﷺ)
    text = " وقال ﹰالمدير: «نعم» ﷺ 12_3 ١٢\nRAPPORT d'État"
    words, gaps = _folded_words(text)
    assert words == [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(text)]
    assert gaps == [text[: words[0][0]]] + [text[a[1] : b[0]] for a, b in pairwise(words)]


def test_a_speech_verb_is_known_after_waw_or_fa() -> None:
    assert _speech_verb(fold("قال")) and _speech_verb(fold("وقال")) and _speech_verb(fold("فقال"))
    assert not _speech_verb(fold("بقال"))


def test_a_name_shaped_subject_is_read_at_any_sentence_start_and_after_a_speech_verb() -> None:
    for gap in ("\n", ".  ", ". ", ".\nوكان "):
        text = f"انتهى الاجتماع{gap}محمد الكناني قال إن الطريق مغلق."
        assert [m.text for m in name_shaped_speakers(text, [], [])] == ["محمد الكناني"]
    for text in ("محمد الكناني قال إن الطريق مغلق.", "وقال محمد الكناني إن الطريق مغلق."):
        assert [m.text for m in name_shaped_speakers(text, [], [])] == ["محمد الكناني"]
    assert name_shaped_speakers("انتهى الاجتماع محمد الكناني قال إن الطريق مغلق.", [], []) == []


def test_the_text_words_are_read_once_for_the_quote_and_source_stages() -> None:
    text = "وقالت الصحيفة  إن للتقارير\nأهمية"
    assert folded_words(text) == frozenset(WORD.findall(normalized(text).text))
    assert {"قالت", "وقالت", "التقارير", "تقارير"} <= text_words(folded_words(text))


def test_phrases_and_names_are_found_at_every_position_in_text_order() -> None:
    matcher = PhraseMatcher({"attack": ["هجوم مسلح", "قصف*"], "talk": ["محادثات"]})
    text = "وقع هجوم مسلح ثم قصفوا المدينة وبدأت محادثات بعد هجوم مسلح آخر"
    assert [(m.key, text[m.span.start : m.span.end]) for m in matcher.find(text)] == [
        ("attack", "هجوم مسلح"),
        ("attack", "قصفوا"),
        ("talk", "محادثات"),
        ("attack", "هجوم مسلح"),
    ]
    names = Matcher()
    names.add_phrase("minister", "ar", "وزير الخارجية")
    found = names.find("قال وزير الخارجية ثم عاد وزير الخارجية")
    assert [(m.token_start, m.token_end) for m in found] == [(1, 3), (5, 7)]


def test_speech_verbs_are_read_only_in_a_text_with_a_quotation(monkeypatch) -> None:
    from rasid.extract.quotes import attribution
    from rasid.extract.quotes.discourse import Discourse
    from rasid.extract.quotes.marks import find_quotations
    from rasid.extract.quotes.stage import quote_cues

    def events(text: str) -> list[tuple[int, int]]:
        ctx = Discourse(Document(text=text, language="ar"), quote_cues(()))
        attribution.speech_events(ctx, find_quotations(text))
        return [(e.start, e.end) for e in ctx.events]

    quoted = "وقال الوزير إن الطريق مغلق. وأضاف: «العمل مستمر»."
    assert events(quoted) == [(0, 11)]  # the statement before the quotation is its antecedent

    def unread(*args: object, **kwargs: object) -> None:
        raise AssertionError("speech verbs looked for in a text without a quotation")

    monkeypatch.setattr(attribution, "finditer_near", unread)
    assert events("وقال الوزير إن الطريق مغلق. وأضاف أن العمل مستمر.") == []
