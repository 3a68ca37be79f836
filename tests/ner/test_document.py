"""Document-level propagation of entity strings."""

from __future__ import annotations

from rasid.ner.document import propagate


def test_bare_and_cliticised_recurrences_are_filled():
    sents = [
        ["قال", "الوزير", "سيدو", "كوليبالي", "إن", "البنك", "التجاري", "يدعم", "الخطة"],
        ["وأضاف", "كوليبالي", "أن", "للبنك", "التجاري", "دورا"],
    ]
    tags = [
        ["O", "O", "B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "O"],
        ["O", "O", "O", "O", "O", "O"],
    ]
    out = propagate(sents, tags)
    assert out[0] == tags[0]  # model decisions never change
    assert out[1] == ["O", "B-PER", "O", "B-ORG", "I-ORG", "O"]


def test_only_all_o_stretches_are_filled_and_window_limits_reach():
    sents = [["باماكو"], ["في", "باماكو"], *[["نص"]] * 12, ["باماكو"]]
    tags = [["B-LOC"], ["O", "B-ORG"], *[["O"]] * 12, ["O"]]
    out = propagate(sents, tags, window=10)
    assert out[1] == ["O", "B-ORG"]  # already tagged: kept
    assert out[-1] == ["O"]  # 14 sentences away: out of the window


def test_short_strings_are_not_propagated():
    out = propagate([["في", "بو"], ["بو"]], [["O", "B-PER"], ["O"]])
    assert out[1] == ["O"]


def test_majority_type_wins():
    sents = [["نيامي"], ["نيامي"], ["نيامي"], ["زار", "نيامي"]]
    tags = [["B-LOC"], ["B-LOC"], ["B-ORG"], ["O", "O"]]
    assert propagate(sents, tags)[3] == ["O", "B-LOC"]
