"""Score Rasid's stories and reuse relations on the real-world story sets labelled blind (issue 14).

    python evaluation/stories/score.py pages           # 210 excerpts, 10 event stories + distractors (local cache)
    python evaluation/stories/score.py saudinewsnet    # 330 articles of 2-4 Aug 2015 (needs ../shared)

Each item is stored as Rasid stores it (analysed by the default pipeline), then ``rasid trace`` runs and the
stories and their relations are read back through ``rasid.trace.api``. Reported:

* **story B³** precision, recall and F1 over all items (an item in no story is a story of its own; gold
  distractors and singletons likewise);
* **distractors placed** in a story with members of a gold story;
* **copies**: gold ``copy_of`` pairs (unordered) found as a ``copy`` relation, and predicted copies that link
  items of one gold copy family (the transitive closure of ``copy_of``);
* **translations**: gold ``translation_of`` pairs found as a ``translation`` relation between the item and any
  member of the other's copy family.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = Path(os.environ.get("RASID_SHARED", REPO.parent / "shared"))
CACHE = Path(os.environ.get("RASID_EVAL_CACHE", REPO.parent / "eval-cache"))
SETS = {"pages": HERE / "pages.manifest.jsonl", "saudinewsnet": HERE / "saudinewsnet.stories.jsonl"}


# --- scoring (pure) ----------------------------------------------------------------------------


def b_cubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B³ precision/recall/F1 of a clustering (item -> cluster id) against the gold one, over gold's items."""
    pred_members: dict[str, set[str]] = defaultdict(set)
    gold_members: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        pred_members[predicted.get(item, f"own:{item}")].add(item)
        gold_members[gold[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        mine = pred_members[predicted.get(item, f"own:{item}")]
        truth = gold_members[gold[item]]
        shared = len(mine & truth)
        precision += shared / len(mine)
        recall += shared / len(truth)
    n = len(gold) or 1
    p, r = precision / n, recall / n
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _families(items: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Each item's copy family: the transitive closure of copy_of (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for item in items:
        find(item["id"])
        if item.get("copy_of"):
            parent[find(item["id"])] = find(item["copy_of"])
    return {x: find(x) for x in parent}


def score_stories(
    items: list[Mapping[str, Any]],
    predicted_story: Mapping[str, str],
    relations: Iterable[tuple[str, str, str]],
) -> dict[str, Any]:
    """``predicted_story``: item id -> story id (items in no story omitted); ``relations``: (a, b, kind)."""
    gold = {i["id"]: str(i["story"]) for i in items}
    out: dict[str, Any] = {"stories": b_cubed(predicted_story, gold)}
    distractor_ids = {i["id"] for i in items if i.get("distractor_of")}
    story_items = {i["id"] for i in items if not i.get("distractor_of")}
    by_story: dict[str, set[str]] = defaultdict(set)
    for item, story in predicted_story.items():
        by_story[story].add(item)
    placed = []
    for d in sorted(distractor_ids):
        story = predicted_story.get(d)
        if story is None:
            continue
        mates = {x for x in by_story[story] - {d} if x in story_items and gold[x] != gold[d]}
        if mates:
            placed.append(d)
    out["distractors"] = {"total": len(distractor_ids), "placed_in_a_gold_story": placed}
    families = _families(items)
    language = {i["id"]: i.get("language") for i in items}
    kinds: dict[frozenset[str], set[str]] = defaultdict(set)
    for a, b, kind in relations:
        kinds[frozenset((a, b))].add(kind)
    gold_copies = [frozenset((i["id"], i["copy_of"])) for i in items if i.get("copy_of")]
    found = sum("copy" in kinds.get(pair, ()) for pair in gold_copies)
    missed_copies = [
        f"{'~'.join(sorted(pair))}: {'/'.join(sorted(kinds.get(pair, ()))) or 'no relation'}"
        for pair in gold_copies
        if "copy" not in kinds.get(pair, ())
    ]
    predicted_copies = [pair for pair, k in kinds.items() if "copy" in k]
    right = sum(len({families[x] for x in pair}) == 1 for pair in predicted_copies)
    out["copies"] = {
        "gold": len(gold_copies),
        "recall": found / len(gold_copies) if gold_copies else None,
        "predicted": len(predicted_copies),
        "precision": right / len(predicted_copies) if predicted_copies else None,
        "missed": missed_copies,
    }
    members = defaultdict(set)
    for x, fam in families.items():
        members[fam].add(x)
    gold_translations = [(i["id"], i["translation_of"]) for i in items if i.get("translation_of")]
    hit = 0
    missed_translations = []
    for a, b in gold_translations:
        partners = members[families[b]] | {b}
        if any(
            "translation" in kinds.get(frozenset((a, p)), ())
            for p in partners
            if language.get(p) != language[a]
        ):
            hit += 1
        else:
            seen = "/".join(sorted(kinds.get(frozenset((a, b)), ()))) or "no relation"
            missed_translations.append(f"{a}~{b}: {seen}")
    out["translations"] = {
        "gold": len(gold_translations),
        "recall": hit / len(gold_translations) if gold_translations else None,
        "missed": missed_translations,
    }
    return out


# --- running Rasid -----------------------------------------------------------------------------


def load_items(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in SETS[name].read_text(encoding="utf-8").splitlines() if line.strip()]


def documents(name: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    """Each item as the Document Rasid would store (not yet analysed)."""
    from rasid.extract.standoff import cached_documents, saudinewsnet_documents

    if name == "pages":
        return cached_documents(items, CACHE / "stories-pages", exact=False)
    return saudinewsnet_documents(items, SHARED / "data" / "saudinewsnet")


def sha1_of(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def run(name: str) -> dict[str, Any]:
    from rasid.extract import analyze_documents
    from rasid.store import open_store
    from rasid.trace import api as trace_api
    from rasid.trace.run import trace

    items = load_items(name)
    raw = documents(name, items)
    ids = list(raw)
    analysed = list(analyze_documents(raw[i] for i in ids))
    items_of: dict[str, list[str]] = defaultdict(list)  # the same text twice is one stored document
    for item, doc in zip(ids, analysed, strict=True):
        items_of[doc.id].append(item)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "eval.db") as store:
        store.add_documents(analysed)
        trace(store)
        story_of: dict[str, str] = {}
        relations: list[tuple[str, str, str]] = []
        for summary in trace_api.list_stories(store):
            story = trace_api.get_story(store, summary["id"])
            for doc_id in story["documents"]:
                for item in items_of.get(doc_id, ()):
                    story_of[item] = story["id"]
            for edge in story["edges"]:
                for a in items_of.get(edge["from"], ()):
                    relations.extend((a, b, edge["kind"]) for b in items_of.get(edge["to"], ()))
    for same in items_of.values():  # identical texts: one document, so one story and a verbatim copy
        relations.extend((a, b, "copy") for a in same for b in same if a < b)
    result = score_stories(items, story_of, relations)
    result["items"] = len(items)
    # a re-gathered cache may hold a few texts the store now returns slightly changed (the checker says which)
    result["texts_differ"] = sorted(
        item["id"]
        for item in items
        if "text_sha1" in item and sha1_of(raw[item["id"]].text) != item["text_sha1"]
    )
    result["stories_predicted"] = len(set(story_of.values()))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", choices=sorted(SETS))
    parser.add_argument("--json", type=Path, help="write the result here")
    args = parser.parse_args()
    from rasid.extract.standoff import MissingText

    try:
        result = run(args.set)
    except MissingText as exc:
        print(f"cannot score {args.set}: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=1, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
