"""The story scorer (evaluation/stories/score.py): B³, distractors, copies and translations; breakage fails."""

from __future__ import annotations

from conftest import evaluation_scorer

ITEMS = [
    {"id": "a1", "language": "fr", "story": "S1"},
    {"id": "a2", "language": "fr", "story": "S1", "copy_of": "a1"},
    {"id": "a3", "language": "ar", "story": "S1", "translation_of": "a1"},
    {"id": "b1", "language": "en", "story": "S2"},
    {"id": "d1", "language": "en", "story": "D1", "distractor_of": "S1"},
]


def test_perfect_prediction_scores_one() -> None:
    score = evaluation_scorer("stories").score_stories
    result = score(
        ITEMS,
        {"a1": "x", "a2": "x", "a3": "x", "b1": "y"},
        [("a2", "a1", "copy"), ("a3", "a2", "translation")],
    )
    assert result["stories"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["distractors"]["placed_in_a_gold_story"] == []
    assert result["copies"]["recall"] == result["copies"]["precision"] == 1.0
    assert result["translations"]["recall"] == 1.0  # through a1's copy family


def test_chaining_a_distractor_and_a_wrong_copy_are_caught() -> None:
    score = evaluation_scorer("stories").score_stories
    result = score(ITEMS, {"a1": "x", "a2": "x", "a3": "x", "b1": "x", "d1": "x"}, [("a1", "b1", "copy")])
    assert result["stories"]["precision"] < 0.7
    assert result["distractors"]["placed_in_a_gold_story"] == ["d1"]
    assert result["copies"]["recall"] == 0.0 and result["copies"]["precision"] == 0.0
    assert result["translations"]["recall"] == 0.0
    # the misses say what was seen between the pair instead, so a reader can tell a rewrite from nothing
    assert result["copies"]["missed"] == ["a1~a2: no relation"]
    assert result["translations"]["missed"] == ["a3~a1: no relation"]


def test_everything_alone_has_full_precision_and_low_recall() -> None:
    stories = evaluation_scorer("stories").score_stories(ITEMS, {}, [])["stories"]
    assert stories["precision"] == 1.0 and stories["recall"] == 0.6  # S1 split in three
