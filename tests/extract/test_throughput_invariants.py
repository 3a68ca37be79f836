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
