"""``rasid story ID --explain`` and ``explain_story`` (issue 14, item 5): why each document is in its story,
built from the stored relations and layers, with spans that point at the right words in both texts."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from rasid.cli.main import cli
from rasid.extract import analyze_text
from rasid.store import open_store
from rasid.text.normalize import normalize_for_search
from rasid.trace import explain_story, get_story, trace

AR = (
    "أعلنت الحكومة المالية يوم 28 يوليو 2024 أن 47 جنديا قتلوا في معارك قرب بلدة تينزاواتين على الحدود مع الجزائر. "
    "واستمرت المعارك ثلاثة أيام بين الجيش وعناصر من الفيلق الأفريقي من جهة ومسلحين من تنسيقية حركات أزواد. "
    "وقالت الحكومة إن عاصفة رملية عرقلت وصول التعزيزات."
)
AR_COPY = "تابعت مصادرنا هذا الخبر.\n" + AR.replace("عرقلت", "أعاقت")
FR = (
    "Le gouvernement malien a annoncé le 28 juillet 2024 que 47 soldats avaient été tués lors de combats près de "
    "la localité de Tinzaouaten, à la frontière algérienne. Les affrontements ont duré trois jours entre l'armée et "
    "des éléments de l'Africa Corps d'une part, et des combattants du Cadre stratégique permanent d'autre part. "
    "Selon le gouvernement, une tempête de sable a empêché l'arrivée des renforts."
)


@pytest.fixture(scope="module")
def traced(module_store_url: str):  # type: ignore[no-untyped-def]
    db = module_store_url  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    docs = {
        "ar": analyze_text(AR, language="ar", outlet="amap.ml", published="2024-07-28"),
        "copy": analyze_text(AR_COPY, language="ar", outlet="portal.example", published="2024-07-29"),
        "fr": analyze_text(FR, language="fr", outlet="journal.example", published="2024-07-29"),
    }
    with open_store(db) as store:
        store.add_documents(docs.values())
        trace(store)
    return db, docs


def test_explain_every_member_with_relations_entities_dates_and_spans(traced) -> None:  # type: ignore[no-untyped-def]
    db, docs = traced
    text = {d.id: d.text for d in docs.values()}
    with open_store(db) as store:
        story = explain_story(store, docs["ar"].id)
        plain = get_story(store, docs["ar"].id)
    assert {k: v for k, v in story.items() if k != "explain"} == plain
    explained = {d["id"]: d for d in story["explain"]["documents"]}
    assert set(explained) == {d.id for d in docs.values()}
    core = story["explain"]["core"]
    assert "47" in core["numbers"] and "2024-07-28" in core["dates"]
    for doc_id, d in explained.items():
        assert d["links"] >= 1 and d["agreement"] >= 0.4
        assert "47" in d["shared"]["numbers"]
        for mention in d["entities"] + d["dates"]:
            assert text[doc_id][mention["start"] : mention["end"]] == mention["text"]
        assert any(e["value"] == "2024-07-28" for e in d["dates"])
    ar = explained[docs["ar"].id]
    assert ar["entities"], "the Arabic report names KB entities shared with the story"
    copy = next(r for r in explained[docs["copy"].id]["relations"] if r["kind"] == "copy")
    assert copy["with"] == docs["ar"].id and copy["direction"] == "derives_from"
    for passage in [copy["window"], *copy["passages"]]:
        mine = text[docs["copy"].id][passage["this"][0] : passage["this"][1]]
        theirs = text[docs["ar"].id][passage["other"][0] : passage["other"][1]]
        assert normalize_for_search(mine).split()[:3] == normalize_for_search(theirs).split()[:3]
    translation = next(r for r in explained[docs["fr"].id]["relations"] if r["kind"] == "translation")
    assert translation["sentence_pairs"]
    for pair in translation["sentence_pairs"]:
        assert 0 <= pair["this"][0] < pair["this"][1] <= len(text[docs["fr"].id])
        assert 0 <= pair["other"][0] < pair["other"][1] <= len(text[translation["with"]])
        # the French sentence is about the same facts as its Arabic counterpart: the same numbers
        if "47" in text[docs["fr"].id][pair["this"][0] : pair["this"][1]]:
            assert "47" in text[translation["with"]][pair["other"][0] : pair["other"][1]]


def test_cli_story_explain_tree_and_json(traced) -> None:  # type: ignore[no-untyped-def]
    db, docs = traced
    runner = CliRunner()
    out = runner.invoke(cli, ["story", docs["copy"].id, "--db", str(db), "--explain"], catch_exceptions=False)
    assert out.exit_code == 0, out.output
    assert "core (anchors at least half the documents hold):" in out.output
    assert f"copies {docs['ar'].id}" in out.output and "shared window [" in out.output
    assert "date 2024-07-28" in out.output and "entity " in out.output
    raw = runner.invoke(
        cli,
        ["story", docs["copy"].id, "--db", str(db), "--explain", "--format", "json"],
        catch_exceptions=False,
    )
    data = json.loads(raw.output)
    [story] = data["stories"]
    assert {d["id"] for d in story["explain"]["documents"]} == {d.id for d in docs.values()}
    with open_store(db) as store:
        assert story == json.loads(json.dumps(explain_story(store, docs["copy"].id), ensure_ascii=False))
