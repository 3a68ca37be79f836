"""Score extraction against stand-off gold labelled blind on real text (``evaluation/extraction/``).

Gold is one JSON object per item (see ``evaluation/extraction/LABELS.md``) with ``quotes``, ``sources``,
``dates`` and ``date_negatives``, each item an offset range into the item's text. Predictions are the
:class:`~rasid.model.Document` that Rasid makes of the same text. What is counted:

* **quotes** — *found*: a predicted quote covers at least half of the gold quote (or the gold quote at least
  half of it). Among found quotes whose speaker the text identifies (``speaker_type`` person or organization),
  the predicted speaker is *right* when its name shares a distinctive word with the gold name, *wrong* when it
  names someone else, else *missing*. Gold ``anonymous`` quotes are *typed* when the prediction says
  ``speaker_type: anonymous``. A speaker given to a quote whose text names nobody is counted too.
* **sources** — a gold source is *found* when a predicted source of a cited kind overlaps it; a prediction is
  *correct* when it overlaps a gold source. Photo credits and publisher lines are not cited sources.
* **dates** — *detected*: a predicted date overlaps the gold one; a prediction overlapping no gold date is a
  false positive (one on a ``date_negatives`` span is counted as a ``name_year`` as well). *Value*: among
  detected explicit Gregorian dates, and separately among detected relative dates whose gold value is known,
  the predicted ``value`` equals the gold one (Hijri dates compare ``attrs.hijri``).

Matching is by offsets, so the scorer fails a prediction that puts the right words in the wrong place.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasid.model import Annotation, Document

#: Source kinds that are not a cited source (the page's own furniture).
NOT_CITED = frozenset({"photo_credit", "publisher"})
#: Words too common in names and titles to tell two speakers apart.
_STOPWORD_TEXT = """
    ال بن ابن بنت عبد ابو أبو الامير الأمير امير الملك الشيخ الدكتور د السيد الرئيس وزير الوزير رئيس نائب
    العام العامة الامين مدير المدير وزارة هيئة مجلس الهيئة المجلس جمعية شركة مؤسسة ادارة إدارة الادارة
    محافظ امين أمين قائد الناطق المتحدث الرسمي باسم مساعد سمو صاحب السمو الملكي معالي سعادة
    mr mrs ms dr general president minister ministry of the de la le les du des и de von van al el
    м г министр президент генерал
"""
_NAME_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"\w+")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold items from a JSON Lines file (blank lines and ``#`` comments skipped)."""
    items = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            items.append(json.loads(line))
    return items


def name_words(name: str | None) -> list[str]:
    """The distinctive words of a name in order, folded (diacritics, alef forms, ة/ه, ى/ي, the article)."""
    if not name:
        return []
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _DIACRITICS.sub("", text)
    text = text.translate(str.maketrans("أإآٱىة", "اااايه"))
    words = []
    for word in _WORD.findall(text):
        form = word[2:] if word.startswith("ال") and len(word) > 4 else word
        if (
            len(form) >= 3
            and form not in _NAME_STOPWORDS
            and word not in _NAME_STOPWORDS
            and not form.isdigit()
        ):
            words.append(form)
    return words


def same_speaker(predicted: Iterable[str | None], gold: str | None) -> bool:
    """The same person or body: one name's last distinctive word (the family name) is in the other, or one
    name is part of the other. A shared first name alone (two different محمد) is not enough."""
    gold_words = name_words(gold)
    for name in predicted:
        words = name_words(name)
        if not words or not gold_words:
            continue
        if words[-1] in gold_words or gold_words[-1] in words or set(words) <= set(gold_words):
            return True
    return False


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _covers_half(pred: Annotation, gold: Mapping[str, Any]) -> bool:
    shared = _overlap((pred.start, pred.end), (gold["start"], gold["end"]))
    shortest = min(pred.end - pred.start, gold["end"] - gold["start"]) or 1
    return shared * 2 >= shortest and shared > 0


def _overlaps(pred: Annotation, gold: Mapping[str, Any]) -> bool:
    return _overlap((pred.start, pred.end), (gold["start"], gold["end"])) > 0


@dataclass
class Tally:
    """Counts for one set (or one language of it)."""

    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, key: str, n: int = 1, example: str | None = None) -> None:
        self.counts[key] += n
        if example is not None and len(self.examples[key]) < 200:
            self.examples[key].append(example)

    def ratio(self, numerator: str, denominator: str) -> float | None:
        return self.counts[numerator] / self.counts[denominator] if self.counts[denominator] else None

    def metrics(self) -> dict[str, float | None]:
        return {
            "quotes_found": self.ratio("quotes_found", "quotes"),
            "speaker_right": self.ratio("speaker_right", "speaker_identified"),
            "speaker_wrong": self.ratio("speaker_wrong", "speaker_identified"),
            "anonymous_typed": self.ratio("anonymous_typed", "anonymous"),
            "speaker_given_to_unnamed": self.ratio("speaker_given_to_unnamed", "quotes_unnamed_found"),
            "sources_recall": self.ratio("sources_found", "sources"),
            "sources_precision": self.ratio("sources_correct", "sources_predicted"),
            "sources_kind_right": self.ratio("sources_kind_right", "sources_found"),
            "dates_detected": self.ratio("dates_detected", "dates"),
            "dates_precision": self.ratio("dates_correct", "dates_predicted"),
            "dates_value_explicit": self.ratio("dates_value_explicit_right", "dates_explicit_detected"),
            "dates_value_relative": self.ratio("dates_value_relative_right", "dates_relative_detected"),
        }


#: Our source kinds under the gold's names.
SOURCE_KIND_TO_GOLD = {"agency": "wire_credit", "interview": "interview"}


def score_item(gold: Mapping[str, Any], doc: Document, tally: Tally) -> None:
    """Add one item's counts to ``tally``."""
    item = gold["id"]
    _score_quotes(item, gold.get("quotes", []), doc, tally)
    _score_sources(item, gold.get("sources", []), doc, tally)
    _score_dates(item, gold.get("dates", []), gold.get("date_negatives", []), doc, tally)


def _score_quotes(item: str, quotes: Sequence[Mapping[str, Any]], doc: Document, tally: Tally) -> None:
    predicted = [a for a in doc.layer("quotes") if a.label != "indirect"]
    for q in quotes:
        where = f"{item}@{q['start']}"
        tally.add("quotes")
        match = next((p for p in predicted if _covers_half(p, q)), None)
        if match is None:
            tally.add("quotes_missed", example=where)
            continue
        tally.add("quotes_found")
        names = (match.attrs.get("speaker"), match.attrs.get("speaker_canonical"))
        given = any(names)
        kind = q.get("speaker_type")
        if kind in ("person", "organization") and q.get("speaker"):
            tally.add("speaker_identified")
            via = q.get("speaker_via") or "explicit"
            tally.add(f"speaker_identified_via_{via}")  # how the text names them: where the misses are
            if given and same_speaker(names, q["speaker"]):
                tally.add("speaker_right")
                tally.add(f"speaker_right_via_{via}")
            elif given:
                tally.add("speaker_wrong", example=f"{where}: {names[0]!r} for {q['speaker']!r}")
            else:
                tally.add("speaker_missing", example=f"{where}: {q['speaker']!r} via {q.get('speaker_via')}")
        elif kind == "anonymous":
            tally.add("anonymous")
            if match.attrs.get("speaker_type") == "anonymous":
                tally.add("anonymous_typed")
            else:
                tally.add("anonymous_untyped", example=f"{where}: {q.get('speaker_description')!r}")
        else:
            tally.add("quotes_unnamed_found")
            if given:
                tally.add("speaker_given_to_unnamed", example=f"{where}: {names[0]!r}")


def _score_sources(item: str, sources: Sequence[Mapping[str, Any]], doc: Document, tally: Tally) -> None:
    predicted = [a for a in doc.layer("sources") if a.label not in NOT_CITED]
    for s in sources:
        tally.add("sources")
        match = next((p for p in predicted if _overlaps(p, s)), None)
        if match is None:
            tally.add("sources_missed", example=f"{item}@{s['start']}: {s.get('kind')} {s.get('name')!r}")
            continue
        tally.add("sources_found")
        if SOURCE_KIND_TO_GOLD.get(match.label, match.label) == s.get("kind"):
            tally.add("sources_kind_right")
    for p in predicted:
        tally.add("sources_predicted")
        if any(_overlaps(p, s) for s in sources):
            tally.add("sources_correct")
        else:
            tally.add("sources_false", example=f"{item}@{p.start}: {p.label} {p.text!r}")


def _predicted_value(pred: Annotation, gold: Mapping[str, Any]) -> Any:
    """The predicted value in the gold's calendar: a Hijri date may be given as ``value`` with
    ``calendar: hijri`` (then ``gregorian`` holds the conversion), or converted with ``hijri`` beside it."""
    hijri = pred.attrs.get("calendar") == "hijri"
    if gold.get("calendar") == "hijri":
        return pred.attrs.get("value") if hijri else pred.attrs.get("hijri")
    return pred.attrs.get("gregorian") if hijri and pred.attrs.get("gregorian") else pred.attrs.get("value")


def _score_dates(
    item: str,
    dates: Sequence[Mapping[str, Any]],
    negatives: Sequence[Mapping[str, Any]],
    doc: Document,
    tally: Tally,
) -> None:
    predicted = list(doc.layer("dates"))
    for d in dates:
        where = f"{item}@{d['start']}"
        tally.add("dates")
        matches = [p for p in predicted if _overlaps(p, d)]
        if not matches:
            tally.add("dates_missed", example=f"{where}: {d.get('value')} ({d.get('precision')})")
            continue
        tally.add("dates_detected")
        value = d.get("value")
        if value is None:
            continue
        right = any(_predicted_value(p, d) == value for p in matches)
        bucket = "relative" if d.get("relative") else "explicit"
        tally.add(f"dates_{bucket}_detected")
        if right:
            tally.add(f"dates_value_{bucket}_right")
        else:
            got = [_predicted_value(p, d) for p in matches]
            tally.add(f"dates_value_{bucket}_wrong", example=f"{where}: {got} for {value}")
    for p in predicted:
        tally.add("dates_predicted")
        if any(_overlaps(p, d) for d in dates):
            tally.add("dates_correct")
        else:
            in_name = any(_overlaps(p, n) for n in negatives)
            tally.add(
                "dates_name_year" if in_name else "dates_false", example=f"{item}@{p.start}: {p.text!r}"
            )


def score(
    gold_items: Sequence[Mapping[str, Any]], docs: Mapping[str, Document], *, by: str = "language"
) -> dict[str, Tally]:
    """Tallies for the whole set (key ``"all"``) and per value of the gold field ``by``.

    Every gold item must have its document: a missing prediction is an error, not a zero.
    """
    tallies: dict[str, Tally] = defaultdict(Tally)
    for gold in gold_items:
        doc = docs[gold["id"]]
        for key in ("all", str(gold.get(by) or doc.language or "?")):
            score_item(gold, doc, tallies[key])
    return dict(tallies)


#: What issue 13 asks of each set.
TARGETS = {
    "quotes_found": (">=", 0.90),
    "speaker_right": (">=", 0.85),
    "speaker_wrong": ("<=", 0.05),
    "sources_recall": (">=", 0.85),
    "sources_precision": (">=", 0.90),
    "dates_detected": (">=", 0.85),
    "dates_value_explicit": (">=", 0.90),
    "dates_value_relative": (">=", 0.80),
}


def meets(
    metric: str, value: float | None, targets: Mapping[str, tuple[str, float]] = TARGETS
) -> bool | None:
    if metric not in targets or value is None:
        return None
    op, target = targets[metric]
    return value >= target if op == ">=" else value <= target


def metrics_table(
    tallies: Mapping[str, Any], title: str, targets: Mapping[str, tuple[str, float]]
) -> list[str]:
    """Markdown lines: one row per metric, one column per group (``all`` first), then the target."""
    groups = ["all", *sorted(k for k in tallies if k != "all")]
    lines = [
        f"### {title}",
        "",
        "| metric | " + " | ".join(groups) + " | target |",
        "|---" * (len(groups) + 2) + "|",
    ]
    for metric in tallies["all"].metrics():
        cells = []
        for g in groups:
            value = tallies[g].metrics()[metric]
            cells.append("–" if value is None else f"{value:.2f}")
        op, target = targets.get(metric, ("", None))
        lines.append(
            f"| {metric} | " + " | ".join(cells) + f" | {op} {target if target is not None else ''} |"
        )
    return lines


def report_markdown(tallies: Mapping[str, Tally], title: str) -> str:
    """The metrics table, then what the gold holds."""
    lines = metrics_table(tallies, title, TARGETS)
    counts = tallies["all"].counts
    lines += [
        "",
        f"Gold: {counts['quotes']} quotes ({counts['speaker_identified']} with a named speaker, "
        f"{counts['anonymous']} anonymous), {counts['sources']} sources, {counts['dates']} dates.",
    ]
    return "\n".join(lines)


def finish_report(
    tallies: Mapping[str, Any],
    report: str,
    targets: Mapping[str, tuple[str, float]],
    *,
    misses: str | None = None,
    json_path: Path | None = None,
    check: bool = False,
) -> int:
    """What a set's ``score.py`` prints and returns after scoring: the report, the examples of the kinds of
    miss whose key holds ``misses``, the counts as JSON, and exit 1 with ``check`` when a target is missed."""
    print(report)
    if misses:
        for key, examples in sorted(tallies["all"].examples.items()):
            if misses in key:
                print(f"\n## {key}")
                print("\n".join(examples))
    if json_path is not None:
        payload = {g: {"counts": dict(t.counts), "metrics": t.metrics()} for g, t in tallies.items()}
        json_path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    missed = [m for m in targets if meets(m, tallies["all"].metrics()[m], targets) is False]
    if check and missed:
        print("targets missed: " + ", ".join(missed), file=sys.stderr)
        return 1
    return 0


# --- the texts the sets are labelled on --------------------------------------------------------


class MissingText(RuntimeError):
    """The text an item is labelled on is not here (or is not the text that was labelled)."""


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def saudinewsnet_documents(items: Sequence[Mapping[str, Any]], folder: Path) -> dict[str, Document]:
    """Each item (``file``, ``index``, ``text_sha1``) read the way ``rasid ingest`` reads SaudiNewsNet, checked
    against the text it was labelled on."""
    from rasid.readers.jsonl import record_to_document

    wanted: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for item in items:
        wanted[item["file"]].append(item)
    docs = {}
    for name, group in wanted.items():
        path = folder / name
        if not path.exists():
            raise MissingText(f"{path} not found: the shared data folder is not beside this checkout")
        with zipfile.ZipFile(path) as zf:
            (member,) = zf.namelist()
            records = json.loads(zf.read(member))
        for item in group:
            source = f"{path}::{member}#{item['index'] + 1}"
            result = record_to_document(records[item["index"]], source=source, fmt="json")
            if result.document is None:
                raise MissingText(f"{item['id']}: the record does not read as a document ({result.error})")
            if _sha1(result.document.text) != item["text_sha1"]:
                raise MissingText(f"{item['id']}: the text differs from the one labelled")
            docs[item["id"]] = result.document
    return docs


def cached_documents(
    items: Sequence[Mapping[str, Any]],
    folder: Path,
    fallback: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    exact: bool = True,
) -> dict[str, Document]:
    """Each item's text from a local cache (``folder/<id>.txt``), checked against its sha1, with the item's
    language, publication date and url (else ``fallback[id]``'s: the manifest the item was gathered in).

    ``exact=False`` keeps a text whose sha1 differs: for labels on whole documents (stories), where a store
    that now returns an excerpt a few characters shorter changes no label; offsets need ``exact``."""
    docs = {}
    for item in items:
        path = folder / f"{item['id']}.txt"
        if not path.exists():
            raise MissingText(f"{path} not found: rebuild the cache (see the set's README)")
        text = path.read_text(encoding="utf-8")
        if exact and _sha1(text) != item["text_sha1"]:
            raise MissingText(
                f"{item['id']}: the cached text differs from the one labelled (run its checker)"
            )
        known = (fallback or {}).get(item["id"], {})
        language = item.get("language") or known.get("language")
        published = item.get("published") or known.get("published")
        url = item.get("url") or known.get("url")  # the page's address names its publisher
        docs[item["id"]] = Document(text=text, language=language, published=published, url=url)
    return docs


def analysed_set(
    gold: Sequence[Mapping[str, Any]],
    *,
    saudinewsnet: Path | None = None,
    pages: Path | None = None,
    manifest: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Document]:
    """Rasid's analysis of each gold item's text: from the SaudiNewsNet zips in ``saudinewsnet``, or from the
    local cache of excerpts in ``pages`` (with ``manifest`` for what an item does not repeat)."""
    from rasid.extract import analyze_documents

    if saudinewsnet is not None:
        raw = saudinewsnet_documents(gold, saudinewsnet)
    elif pages is not None:
        raw = cached_documents(gold, pages, manifest)
    else:
        raise ValueError("give the SaudiNewsNet folder or the pages cache")
    ids = list(raw)
    return dict(zip(ids, analyze_documents(raw[i] for i in ids), strict=True))


def score_command(
    description: str,
    sets: Sequence[str],
    run: Callable[[str], tuple[list[dict[str, Any]], dict[str, Document]]],
    scorer: Callable[[Sequence[Mapping[str, Any]], Mapping[str, Document]], Mapping[str, Any]],
    report: Callable[[Mapping[str, Any], str], str],
    targets: Mapping[str, tuple[str, float]],
    misses_help: str,
) -> int:
    """The command line a set's ``score.py`` offers: pick a set, score ``run(set)`` with ``scorer`` and print
    ``report`` of it (see :func:`finish_report` for ``--misses``, ``--json`` and ``--check``)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("set", choices=sorted(sets))
    parser.add_argument("--misses", help=f"print the examples whose key holds this: {misses_help}")
    parser.add_argument("--json", type=Path, help="write the counts and metrics here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    try:
        gold, docs = run(args.set)
    except MissingText as exc:
        print(f"cannot score {args.set}: {exc}", file=sys.stderr)
        return 2
    failures = stage_errors(docs)
    for line in failures:  # a stage that raised is lost output, not a miss: say so before the figures
        print(f"stage error: {line}", file=sys.stderr)
    tallies = scorer(gold, docs)
    text = report(tallies, f"{args.set}: {len(gold)} items")
    status = finish_report(tallies, text, targets, misses=args.misses, json_path=args.json, check=args.check)
    return 1 if args.check and failures else status


def stage_errors(docs: Mapping[str, Document]) -> list[str]:
    """``id: stage: error`` for every stage that raised on a document: the pipeline records the failure and goes
    on without that stage's output, which a score would otherwise read as lost recall."""
    return [
        f"{doc_id}: {problem['stage']}: {problem['error']}"
        for doc_id, doc in docs.items()
        for problem in doc.meta.get("stage_errors", ())
    ]
