"""Speed changes that must not change what is found: each test pins the behaviour a faster path keeps."""

from __future__ import annotations

from rasid.extract.events.catalogue import catalogue
from rasid.extract.matcher import prepare
from rasid.extract.phrases import PhraseMatcher


def test_phrase_start_positions_are_every_token_a_first_word_can_be_read_from_in_text_order() -> None:
    # exact first words (two of them, one read through a clitic) and an open-ended one (شريك*)
    matcher = PhraseMatcher({"a": ["قصف", "غارة جوية"], "b": ["شريك*"]})
    prepared = prepare("بدأ القصف ثم وقصف المدينة وغارة جوية على شريكنا وشريكهم")
    positions = matcher._start_positions(prepared)
    words = [prepared.text[prepared.tokens[i].start : prepared.tokens[i].end] for i in positions]
    assert words == ["وقصف", "وغارة", "شريكنا", "وشريكهم"]
    assert [m.phrase for m in matcher.find(prepared)] == ["قصف", "غارة جوية", "شريك*", "شريك*"]


def test_the_event_catalogue_is_built_once_however_its_default_is_asked_for() -> None:
    # the events stage asks for catalogue(()), the actors module for catalogue(): one build serves both
    assert catalogue() is catalogue(())
    assert catalogue([]) is catalogue(())


def test_discourse_anchors_are_the_cue_words_written_alone_or_after_wa_or_fa() -> None:
    from rasid.extract.quotes import quote_cues
    from rasid.extract.quotes.discourse import Discourse
    from rasid.model import Document

    doc = Document(
        text="وقال المتحدث إن الاجتماع انتهى، فأكد الوزير ذلك وأضاف أن العمل مستمر.", language="ar"
    )
    ctx = Discourse(doc, quote_cues())
    assert ctx.anchors(["قال", "اكد", "اضاف", "صرح"]) == ["قال", "اكد", "اضاف"]


def test_unwrapping_needs_three_breaks_inside_sentences() -> None:
    from rasid.extract.quotes.marks import unwrap_lines

    wrapped = "the minister said\nthat the talks\nwould go on\nnext week and\nbeyond.\n"
    assert unwrap_lines(wrapped) == wrapped.replace("\n", " ")[:-1] + "\n"
    twice = "the minister said\nthat the talks\nwould go on.\n"
    assert unwrap_lines(twice) == twice


def test_titled_surnames_in_capitals_and_none_in_arabic() -> None:
    from rasid.extract.sources.attribution import _titled_surnames

    assert _titled_surnames("Selon le général Amadou KONATE, la route est fermée.", ()) == {"KONATE"}
    assert _titled_surnames("قال اللواء أحمد إن الطريق مغلق.", ()) == set()
