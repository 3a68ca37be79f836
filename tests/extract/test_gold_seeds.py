"""Acceptance: the two seed articles against the hand gold in ../shared/gold/seeds.gold.json."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import shared_path
from rasid.extract import default_pipeline
from rasid.extract.scoring import Report, score_gold_file


@pytest.fixture(scope="module")
def seeds_result() -> tuple[Report, list]:
    gold = shared_path("gold", "seeds.gold.json")
    seeds = shared_path("seeds")
    pipeline = default_pipeline()
    return score_gold_file(gold, pipeline, base=Path(seeds))


def _explain(report: Report, layer: str) -> str:
    return "\n".join(report[layer].misses)


def test_gold_seeds_entities_type_and_canonical(seeds_result: tuple[Report, list]) -> None:
    report, _ = seeds_result
    assert report["entities"].recall >= 0.95, _explain(report, "entities")


def test_gold_seeds_every_equipment_item(seeds_result: tuple[Report, list]) -> None:
    report, _ = seeds_result
    assert report["equipment"].recall == 1.0, _explain(report, "equipment")


def test_gold_seeds_every_date_value_and_no_year_in_a_name(seeds_result: tuple[Report, list]) -> None:
    report, _ = seeds_result
    assert report["dates"].recall == 1.0, _explain(report, "dates")
    assert report["dates"].name_years == 0, report["dates"].false_positives


def test_gold_seeds_every_quote_with_its_speaker(seeds_result: tuple[Report, list]) -> None:
    report, _ = seeds_result
    assert report["quotes"].recall == 1.0, _explain(report, "quotes")


def test_gold_seeds_no_quote_given_to_a_wrong_speaker(seeds_result: tuple[Report, list]) -> None:
    report, _ = seeds_result
    assert report["quotes"].wrong_speaker == 0, report["quotes"].false_positives


def test_gold_seeds_every_source_with_its_kind(seeds_result: tuple[Report, list]) -> None:
    report, _ = seeds_result
    assert report["sources"].recall == 1.0, _explain(report, "sources")


def test_gold_seeds_publication_date_found_only_when_written(seeds_result: tuple[Report, list]) -> None:
    _, docs = seeds_result
    undated, dated = docs
    assert undated.published is None
    assert dated.published == "2024-08-21"
    assert dated.meta["published_source"] == "text"
