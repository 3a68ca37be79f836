"""``rasid train ner``, ``rasid eval ner`` and ``rasid tag --conll``: options only; the work is in ``rasid.ner``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from rasid.cli.group import cli
from rasid.errors import ReaderError


def _group(name: str, help_text: str) -> click.Group:
    """The top-level group ``name``, shared with other areas if one of them made it first."""
    existing = cli.commands.get(name)
    if isinstance(existing, click.Group):
        return existing

    @cli.group(name=name, help=help_text)
    def group() -> None:
        pass

    return group


train_group = _group("train", "Train models from labelled data.")
eval_group = _group("eval", "Score components against gold data.")

CORPUS_FORMATS = ("conll", "wojood", "aqmar", "aqmar-train", "aqmar-dev", "aqmar-test")


def read_corpus(path: Path, fmt: str):
    """Sentences of (token, tag) from a file or, for AQMAR, the folder of its 28 articles."""
    from rasid.ner import corpora

    if fmt == "conll":
        return corpora.read_conll(path)
    if fmt == "wojood":
        return corpora.read_wojood(path)
    if fmt == "aqmar":
        return corpora.read_aqmar(path)
    train, dev, test = corpora.aqmar_stanza_split(path)
    return {"aqmar-train": train, "aqmar-dev": dev, "aqmar-test": test}[fmt]


def _model_option(func):
    func = click.option(
        "--ner-model",
        "model",
        type=click.Path(path_type=Path),
        default=None,
        help="A .npz neural model, a .crfsuite CRF or a local Hugging Face token-classification directory "
        "(default: the shipped neural model).",
    )(func)
    return func


@train_group.command("ner")
@click.option(
    "--conll",
    "conll_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CoNLL file (token … tag per line, blank line between sentences; ANERcorp's PERS accepted). Repeatable.",
)
@click.option(
    "--aqmar",
    "aqmar_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="AQMAR folder; only its Stanza train portion (70%) is used. Repeatable.",
)
@click.option(
    "--wojood",
    "wojood_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Wojood file (outermost tags, mapped to PER/LOC/ORG/MISC). Repeatable.",
)
@click.option(
    "--out",
    "out_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the model (NAME.npz for --kind neural, NAME.crfsuite for --kind crf; NAME.json beside it).",
)
@click.option(
    "--kind",
    type=click.Choice(["neural", "crf"]),
    default="neural",
    show_default=True,
    help="neural: the shipped BiLSTM-CRF (training needs torch: pip install 'rasid[train]'); crf: CRFsuite.",
)
@click.option("--epochs", default=None, type=int, help="neural: training epochs (default 18).")
@click.option(
    "--seed", "seeds", multiple=True, type=int, help="neural: seed; give several to train an ensemble."
)
@click.option(
    "--features",
    default="default",
    show_default=True,
    help="Comma-separated feature groups, or 'default' (word, affix, clitic, shape, context, cue, gazetteer, "
    "cluster); 'lexicon' is opt-in and needs data/ner/lexicon.tsv.gz.",
)
@click.option("--max-iterations", default=200, show_default=True, type=int, help="crf: L-BFGS iterations.")
@click.option("--c1", default=0.01, show_default=True, type=float, help="crf: L1 regularisation.")
@click.option("--c2", default=0.02, show_default=True, type=float, help="crf: L2 regularisation.")
def train_ner(
    conll_files, aqmar_dirs, wojood_files, out_path, kind, epochs, seeds, features, max_iterations, c1, c2
) -> None:
    """Train an NER model (the neural BiLSTM-CRF or the CRF) from CoNLL-style corpora."""
    from rasid.ner import corpora
    from rasid.ner.crf import train
    from rasid.ner.features import DEFAULT_GROUPS

    sents = []
    sources = []
    for f in conll_files:
        sents += corpora.read_conll(f)
        sources.append(f"conll:{f.name}")
    for d in aqmar_dirs:
        sents += corpora.aqmar_stanza_split(d)[0]
        sources.append("aqmar:stanza-train")
    for f in wojood_files:
        sents += corpora.read_wojood(f)
        sources.append(f"wojood:{f.name}")
    if not sents:
        raise click.UsageError("no training data: give --conll, --aqmar or --wojood")
    click.echo(f"training on {len(sents)} sentences, {sum(map(len, sents))} tokens …", err=True)
    if kind == "neural":
        from rasid.ner.train_neural import train_models

        try:
            train_models(
                sents,
                out_path,
                seeds=seeds,
                epochs=epochs,
                sources=sources,
                log=lambda m: click.echo(m, err=True),
            )
        except ImportError as exc:
            raise click.ClickException(
                f"training the neural model needs torch ({exc}); pip install 'rasid[train]'"
            ) from exc
        click.echo(f"wrote {out_path}")
        return
    groups = (
        list(DEFAULT_GROUPS)
        if features == "default"
        else [g.strip() for g in features.split(",") if g.strip()]
    )
    try:
        model = train(
            sents,
            out_path,
            groups=groups,
            params={"max_iterations": max_iterations, "c1": c1, "c2": c2},
            meta={"training_data": sources},
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc
    click.echo(f"wrote {out_path} ({model.meta['train_seconds']} s)")


@eval_group.command("ner")
@click.option(
    "--data",
    "data_path",
    required=True,
    type=click.Path(exists=True, path_type=Path),
    help="Gold CoNLL file (or the AQMAR folder with --corpus aqmar-test).",
)
@click.option(
    "--corpus", "corpus_format", type=click.Choice(CORPUS_FORMATS), default="conll", show_default=True
)
@click.option(
    "--format", "out_format", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--propagate/--no-propagate",
    default=False,
    show_default=True,
    help="Also tag recurrences of entities found within ±10 sentences (document-level pass).",
)
@_model_option
def eval_ner(data_path, corpus_format, out_format, propagate, model) -> None:
    """Exact-match entity precision/recall/F1 per type and overall (conlleval style)."""
    from rasid.ner import load_model
    from rasid.ner.api import tag_sentences
    from rasid.ner.scorer import evaluate

    sents = read_corpus(data_path, corpus_format)
    if not sents:
        raise ReaderError(f"no sentences in {data_path}")
    tagger = load_model(model)
    words = [[w for w, _ in s] for s in sents]
    pred = [r.tags for r in tag_sentences(tagger, words)]
    if propagate:
        from rasid.ner.document import propagate as propagate_entities

        pred = propagate_entities(words, pred)
    report = evaluate([[t for _, t in s] for s in sents], pred)
    if out_format == "json":
        click.echo(
            json.dumps(
                {"data": str(data_path), "corpus": corpus_format, "propagate": propagate, **report.to_dict()},
                ensure_ascii=False,
            )
        )
    else:
        click.echo(report.format())


@cli.command("tag")
@click.option(
    "--conll",
    "conll_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Tokens one per line (first column), blank line between sentences.",
)
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here instead of standard output.",
)
@_model_option
def tag_conll(conll_path, out_path, model) -> None:
    """Tag a tokenised file: writes token<TAB>predicted-tag, blank lines between sentences."""
    from rasid.ner import load_model

    tagger = load_model(model)
    out = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout  # noqa: SIM115
    try:
        sentence: list[str] = []

        def flush() -> None:
            if sentence:
                for word, tag in zip(sentence, tagger.tag(sentence).tags, strict=True):
                    out.write(f"{word}\t{tag}\n")
                out.write("\n")
                sentence.clear()

        with open(conll_path, encoding="utf-8") as f:
            for line in f:
                cols = line.split()
                if cols:
                    sentence.append(cols[0])
                else:
                    flush()
        flush()
    except UnicodeDecodeError as exc:
        raise ReaderError(f"{conll_path} is not UTF-8") from exc
    finally:
        if out_path:
            out.close()
