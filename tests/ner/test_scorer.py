"""The conlleval-equivalent scorer against hand-computed cases."""

from __future__ import annotations

import pytest

from rasid.ner.scorer import chunks, evaluate


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "I-PER", "O"], [(0, 2, "PER")]),
        (["I-PER", "I-PER", "O"], [(0, 2, "PER")]),  # I- without B- starts a chunk
        (["O", "I-LOC", "B-LOC", "I-LOC"], [(1, 2, "LOC"), (2, 4, "LOC")]),
        (["B-PER", "I-ORG", "I-ORG"], [(0, 1, "PER"), (1, 3, "ORG")]),  # type change starts a new chunk
        (["B-PER", "B-PER"], [(0, 1, "PER"), (1, 2, "PER")]),
        (["I-MISC"], [(0, 1, "MISC")]),
        (["O", "O"], []),
        (["B-ORG", "I-ORG"], [(0, 2, "ORG")]),  # a chunk runs to the sentence end
        (["B-X", "junk", "I-X"], [(0, 1, "X"), (2, 3, "X")]),  # malformed tags read as O
    ],
)
def test_chunks_follow_conlleval_rules(tags, expected):
    assert chunks(tags) == expected


def test_evaluate_hand_computed():
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["I-ORG", "I-ORG", "B-PER"]]
    report = evaluate(gold, pred)
    # gold chunks: PER(0,2) LOC(3,4) | ORG(0,2) = 3; predicted: PER(0,2) ORG(3,4) | ORG(0,2) PER(2,3) = 4
    # correct: PER(0,2) and ORG(0,2) (the I-ORG without B- still matches exactly) = 2
    assert (report.overall.gold, report.overall.predicted, report.overall.correct) == (3, 4, 2)
    assert report.overall.precision == pytest.approx(50.0)
    assert report.overall.recall == pytest.approx(200 / 3)
    assert report.overall.f1 == pytest.approx(2 * 50 * (200 / 3) / (50 + 200 / 3))
    assert report.per_type["PER"].precision == pytest.approx(50.0)
    assert report.per_type["PER"].recall == pytest.approx(100.0)
    assert report.per_type["LOC"].recall == 0.0
    assert report.per_type["LOC"].predicted == 0
    assert report.per_type["ORG"].f1 == pytest.approx(2 * 50 * 100 / 150)
    assert report.tokens == 7
    assert report.token_accuracy == pytest.approx(100 * 4 / 7)  # 3 + 1 tags equal


def test_boundary_error_is_wrong_twice():
    # conlleval: a chunk with the wrong end is one false positive and one false negative
    report = evaluate([["B-PER", "I-PER", "I-PER"]], [["B-PER", "I-PER", "O"]])
    assert (report.overall.precision, report.overall.recall, report.overall.f1) == (0.0, 0.0, 0.0)


def test_perfect_and_empty():
    assert evaluate([["B-LOC", "O"]], [["B-LOC", "O"]]).overall.f1 == 100.0
    assert evaluate([["O"]], [["O"]]).overall.f1 == 0.0


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError, match="lengths differ"):
        evaluate([["O", "O"]], [["O"]])


def test_report_json_and_text():
    report = evaluate([["B-PER", "O"]], [["B-PER", "O"]])
    data = report.to_dict()
    assert data["overall"]["f1"] == 100.0
    assert data["per_type"]["PER"]["correct"] == 1
    assert "FB1: 100.00" in report.format()
