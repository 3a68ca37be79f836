"""Arabic: the one quoted from scripture or tradition, named by a formula after a verb of saying
(قال تعالى، وقال رسول الله صلى الله عليه وسلم): the formulas are in ``religious_speakers_ar`` of the cue data."""

from __future__ import annotations

import re
from functools import lru_cache

from rasid.extract.cues import B_END, alternation, fold, load_cues
from rasid.extract.quotes.cues import WORD
from rasid.extract.quotes.discourse import Discourse, Speaker
from rasid.extract.quotes.mentions import Mention

#: How many words may stand between the formula and the quotation (في كتابه الكريم، لأصحابه)
MAX_WORDS_AFTER = 4
#: Dashes and brackets around a formula (قال -صلى الله عليه وسلم-:)
_AROUND = r"[\s\-–—(]*"


@lru_cache(maxsize=1)
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str]]:
    data = load_cues("quotes")["religious_speakers_ar"]
    by_formula = {fold(f): name for name, formulas in data["speakers"].items() for f in formulas}
    verb = re.compile(rf"(?<![^\W_])(?:{alternation(data['verbs'])})\s*$")
    formula = re.compile(rf"^{_AROUND}(?P<formula>{alternation(by_formula)}){B_END}")
    # the formula right before the verb ("أن النبي -صلى الله عليه وسلم- قال:"), bare الله left out: "في سبيل الله، قال"
    before = re.compile(
        rf"(?<![^\W_])(?P<formula>{alternation(f for f in by_formula if f != fold('الله'))})"
        rf"[\s\-–—(),،]*(?:{alternation(data['verbs'])})\s*$"
    )
    return verb, formula, before, by_formula


def religious_speaker(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """The speaker a religious formula right after a verb of saying names (``start`` is the verb's end)."""
    verb, formula, before, by_formula = _grammar()
    if verb.search(fold(ctx.text[max(0, start - 12) : start])) is None:
        return None
    zone = fold(ctx.text[start:end])
    found = formula.match(zone)
    if found is not None and len(WORD.findall(zone, found.end())) > MAX_WORDS_AFTER:
        return None  # "قال الله عز وجل: طبت …" unmarked: the quotation after it is another
    if found is None and not WORD.search(zone):
        found = before.search(fold(ctx.text[max(0, start - 80) : start]))  # named before the verb
    if found is None:
        return None
    name = by_formula[re.sub(r"\s+", " ", found.group("formula"))]
    mention = Mention(start, end, "PER", name, None, name)
    return Speaker(mention, start, end, "subject", None, kind="religious")
