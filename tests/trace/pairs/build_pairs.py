"""Build ``pairs.jsonl`` from the hand-written events in ``events_*.json``.

Every text in ``events_*.json`` was written for this corpus (facts such as names,
places and dates are public; the wording is ours). Each event has a base report, a
translation of it (written by hand, not machine-translated), a rewrite (same event and
facts, different wording) and a trap (same actors and places, a *different* event).

Copies are made here from the base by light, deterministic edits of the kinds seen on
republishing portals: a removed credit line, an added intro, changed punctuation,
swapped sentences, a trailing "read also" line, one word replaced. The edits applied
to each copy are recorded in its ``edits`` field. Run ``python build_pairs.py`` after
editing the events; the test suite reads ``pairs.jsonl`` only.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).parent

INTROS = {
    "ar": ["تابعت مصادرنا هذا الخبر وننقله لقرائنا كما ورد.", "عاجل | في تطور جديد على الساحة الأفريقية:"],
    "fr": ["Notre rédaction relaie l'information suivante.", "Dernière minute | Du nouveau au Sahel :"],
    "en": ["Our newsroom brings you the following report.", "Breaking | A new development in the Sahel:"],
    "ru": ["Наша редакция публикует следующее сообщение.", "Срочно | Новости из Сахеля:"],
}
TRAILERS = {
    "ar": "اقرأ أيضا: آخر التطورات الأمنية في منطقة الساحل",
    "fr": "Lire aussi : les dernières nouvelles du Sahel",
    "en": "Read also: the latest security news from the Sahel",
    "ru": "Читайте также: последние новости Сахеля",
}
# one verb or connective swapped for a near-synonym, as an editor would
WORD_SWAPS = {
    "ar": [("وقال", "وأكد"), ("أعلن", "كشف"), ("وقالت", "وأفادت")],
    "fr": [("a annoncé", "a fait savoir"), ("selon", "d'après"), ("a déclaré", "a affirmé")],
    "en": [("said", "stated"), ("announced", "revealed"), ("about", "around")],
    "ru": [("сообщил", "заявил"), ("заявил", "отметил"), ("около", "примерно")],
}


def split_sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?؟])\s+", text) if s]


def make_copy(base: dict, index: int) -> tuple[str, list[str]]:
    lang = base["language"]
    parts = split_sentences(base["text"])
    edits: list[str] = []
    if index % 3 == 1 and len(parts) >= 3:
        parts[1], parts[2] = parts[2], parts[1]
        edits.append("swapped sentences 2 and 3")
    text = " ".join(parts)
    if index % 2 == 0:
        if lang == "ar":
            text = text.replace("، ", " - ", 1).replace(". ", ".\n", 1)
        else:
            text = text.replace(", ", " - ", 1).replace(". ", ".\n", 1)
        edits.append("changed punctuation and line breaks")
    for old, new in WORD_SWAPS[lang]:
        if index % 4 in (0, 3) and old in text:
            text = text.replace(old, new, 1)
            edits.append(f"replaced {old!r} with {new!r}")
            break
    if index % 3 == 0:
        text = INTROS[lang][index % 2] + "\n" + text
        edits.append("added an intro line")
    if base.get("credit") and index % 2 == 1:
        edits.append("removed the credit line")
    elif base.get("credit"):
        text = text + "\n" + base["credit"]
    if index % 4 == 2:
        text = text + "\n" + TRAILERS[lang]
        edits.append("added a read-also line")
    if not edits:
        text = text.replace(". ", ".\n\n")
        edits.append("paragraph breaks")
    return text, edits


def full_text(side: dict) -> str:
    return side["text"] + ("\n" + side["credit"] if side.get("credit") else "")


def doc(pair_id: str, side: str, data: dict, text: str | None = None) -> dict:
    return {
        "id": f"{pair_id}-{side}",
        "language": data["language"],
        "published": data.get("published"),
        "text": text if text is not None else full_text(data),
    }


def build() -> list[dict]:
    events = []
    for path in sorted(HERE.glob("events_*.json")):
        events.extend(json.loads(path.read_text(encoding="utf-8")))
    pairs = []
    for index, event in enumerate(events):
        eid, base = event["id"], event["base"]
        copy_text, edits = make_copy(base, index)
        pairs.append(
            {
                "id": f"{eid}-copy",
                "kind": "copy",
                "edits": edits,
                "a": doc(f"{eid}-copy", "a", base),
                "b": doc(f"{eid}-copy", "b", base, copy_text),
            }
        )
        pairs.append(
            {
                "id": f"{eid}-translation",
                "kind": "translation",
                "a": doc(f"{eid}-translation", "a", base),
                "b": doc(f"{eid}-translation", "b", event["translation"]),
            }
        )
        pairs.append(
            {
                "id": f"{eid}-rewrite",
                "kind": "rewrite",
                "a": doc(f"{eid}-rewrite", "a", base),
                "b": doc(f"{eid}-rewrite", "b", event["rewrite"]),
            }
        )
        trap = event["trap"]
        pairs.append(
            {
                "id": f"{eid}-trap-base",
                "kind": "none",
                "a": doc(f"{eid}-trap-base", "a", base),
                "b": doc(f"{eid}-trap-base", "b", trap),
            }
        )
        other = event["translation"] if trap["language"] != base["language"] else event["rewrite"]
        pairs.append(
            {
                "id": f"{eid}-trap-other",
                "kind": "none",
                "a": doc(f"{eid}-trap-other", "a", other),
                "b": doc(f"{eid}-trap-other", "b", trap),
            }
        )
    return pairs


def main() -> None:
    pairs = build()
    with (HERE / "pairs.jsonl").open("w", encoding="utf-8") as out:
        for pair in pairs:
            out.write(json.dumps(pair, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for pair in pairs:
        kinds[pair["kind"]] = kinds.get(pair["kind"], 0) + 1
    print(f"wrote {len(pairs)} pairs: {kinds}")


if __name__ == "__main__":
    main()
