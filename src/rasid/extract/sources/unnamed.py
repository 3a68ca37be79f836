"""Sources without a name of their own: research and reports of organisations, and vague collective sources
("local sources", "Russian media")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from rasid.extract.cues import (
    finditer_near,
)
from rasid.extract.sources.attribution import speech_reaches
from rasid.extract.sources.cues import CONTEXT_CHARS, SourceCues
from rasid.extract.sources.found import Found, anchor_windows, original


def find_research(
    sc: SourceCues, folded: str, pats: Mapping[str, re.Pattern[str]], anchors: Sequence[str]
) -> list[Found]:
    """A research group or monitor cited as evidence: a citing word or an evidence noun before its
    name ("according to ACLED", "satellite images from Maxar", "أفاد المرصد السوري"), or a
    reporting verb or evidence noun after it ("HRW said", "ACLED data")."""
    if not sc.research:
        return []
    out: list[Found] = []
    for m in finditer_near(pats["research"], folded, anchors, reach=1):
        start = m.start("known")
        before = folded[max(0, start - CONTEXT_CHARS) : start]
        cited = (
            pats["research_before"].search(before)
            or pats["org_inverted_before"].search(before)  # "…, a indiqué l'OSDH"
            or pats["research_after"].match(folded, m.end(), m.end() + 2 * CONTEXT_CHARS)
        )
        if cited:
            group = sc.research[re.sub(r"\s+", " ", m.group("known"))]
            out.append(Found(start, m.end(), "research", {"outlet": group.name, "kb_id": group.kb_id}))
    return out


#: Head words (folded) of a research centre named by its subject: "مركز الخليج للدراسات".
RESEARCH_CENTRE_ANCHORS = ("مركز", "معهد")


def research_centres(text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]]) -> list[Found]:
    """A research centre the KB does not know, cited as evidence right after a citing cue or a reporting verb
    ("وذكر مركز الخليج للدراسات أن …"): research, spanning its name."""
    windows = anchor_windows(folded, RESEARCH_CENTRE_ANCHORS, 60, 120)
    return _unnamed_research(text, norm, folded, pats["research_centre"], windows, "name", "name")


def _unnamed_research(
    text: str,
    norm: Any,
    folded: str,
    pattern: re.Pattern[str],
    windows: Sequence[tuple[int, int]],
    span_group: str | int,
    text_group: str,
) -> list[Found]:
    """Research the KB does not know, found by ``pattern`` inside ``windows``: spanning ``span_group``, described
    by the words of ``text_group`` (quotation marks around a name left out)."""
    out: list[Found] = []
    for w_start, w_end in windows:
        for m in pattern.finditer(folded, w_start, w_end):
            described = original(text, norm, *m.span(text_group)).strip('"«»“”')
            attrs = {"outlet": None, "outlet_text": described}
            out.append(Found(m.start(span_group), m.end(span_group), "research", attrs))
    return out


#: A group's name whose first word may stand for it later: three words at least, the first one long enough not
#: to be a common short word ("Observatoire syrien des droits de l'homme" -> "l'Observatoire").
_SHORT_FORM_MIN_WORDS = 3
_SHORT_FORM_MIN_CHARS = 5


def research_short_forms(
    folded: str, pats: Mapping[str, re.Pattern[str]], research: Sequence[Found]
) -> list[Found]:
    """A research group named in full, then by its first word alone where the text cites it again ("selon
    l'OSDH …" then "…, selon l'Observatoire"): the same group, cited as evidence."""
    out: list[Found] = []
    seen: set[str] = set()
    for group in sorted(research, key=lambda f: f.start):
        words = folded[group.start : group.end].split()
        if len(words) < _SHORT_FORM_MIN_WORDS:
            continue
        full = folded[group.start : group.end]
        for head in _short_forms(words):
            if len(head) < _SHORT_FORM_MIN_CHARS or head in seen:
                continue
            seen.add(head)
            out.extend(_short_form_mentions(folded, pats, group, full, head))
    return out


#: The word before one of these is a name's head noun: "Syrian Observatory for Human Rights" -> "observatory".
_HEAD_BEFORE = frozenset(("for", "of", "des", "de", "du", "по"))


def _short_forms(words: Sequence[str]) -> list[str]:
    """The words a group's name may be shortened to: its first word ("l'Observatoire"), and its head noun
    when adjectives come first ("the Observatory" for the Syrian Observatory for Human Rights)."""
    forms = [words[0]]
    head_at = next((i for i, w in enumerate(words) if w in _HEAD_BEFORE), 0)
    if head_at > 1:
        forms.append(words[head_at - 1])
    return forms


def _short_form_mentions(
    folded: str, pats: Mapping[str, re.Pattern[str]], group: Found, full: str, head: str
) -> list[Found]:
    """The later mentions of ``head`` standing for the group, cited as evidence (not inside its full name)."""
    fulls = [(m.start(), m.end()) for m in re.finditer(re.escape(full), folded)]
    out: list[Found] = []
    for m in re.finditer(rf"(?<![^\W_]){re.escape(head)}(?![^\W_])", folded[group.end :]):
        start, end = group.end + m.start(), group.end + m.end()
        if any(f_start <= start and end <= f_end for f_start, f_end in fulls):
            continue  # the full name again: found as such
        before = folded[max(0, start - CONTEXT_CHARS) : start]
        if (
            pats["research_before"].search(before)
            or pats["org_inverted_before"].search(before)
            or pats["research_after"].match(folded, end, end + 2 * CONTEXT_CHARS)
        ):
            out.append(Found(start, end, "research", dict(group.attrs)))
    return out


#: Words one of which every unnamed assessment holds (folded): the pattern is tried only around them.
_ASSESSMENT_ANCHORS = ("assessment", "estimate", "evaluation", "estimation", "note", "оценкам")


def unnamed_assessments(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]]
) -> list[Found]:
    """An assessment by a country's services cited as evidence ("according to a French security assessment"):
    research, though no group is named."""
    windows = anchor_windows(folded, _ASSESSMENT_ANCHORS, 60, 80)
    return _unnamed_research(text, norm, folded, pats["unnamed_assessment"], windows, 0, "assessment")


#: Report nouns (folded) whose neighbourhood is searched for a body's report cited as evidence.
REPORT_ANCHORS = ("تقرير", "مسح", "دراس", "استطلاع", "احصا")


def organisation_reports(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]]
) -> list[Found]:
    """A body's report, survey or study cited as evidence ("ووفق التقرير السنوي لمصلحة الجمارك", "وفقا
    لمسح أجرته رويترز"): research, spanning the report and its author."""
    out: list[Found] = []
    for w_start, w_end in anchor_windows(folded, REPORT_ANCHORS, 25, 120):
        for m in pats["org_report"].finditer(folded, w_start, w_end):
            author = original(text, norm, *m.span("author"))
            out.append(Found(m.start(), m.end(), "research", {"outlet": None, "outlet_text": author}))
    return out


#: Unnamed reports among the vague sources (folded): "تقارير", "بعض التقارير", "تقرير إحصائي".
#: Vague sources that the bare cue عن does not cite: the newspapers ("عن طريق الصحف"), social media ("تحدث عن
#: مواقع التواصل": a topic).
#: Social media in general, as written (folded): مواقع التواصل، وسائل التواصل، شبكات التواصل.
_SOCIAL_MEDIA_WORDS = r"(?:مواقع|وسائل|شبكات|منصات) (?:ال)?تواصل"
_NOT_AFTER_BARE_AN = re.compile(rf"^(?:لل|[وفبل])?(?:ال)?(?:صح(?:ف|افه)|{_SOCIAL_MEDIA_WORDS})")


def _bare_an(folded: str, cue: re.Match[str]) -> bool:
    """The cue is عن without a verb of passing on before it (نقلا عن, نقلت عن, ناقلة عن cite; "نيابة عن",
    "عن طريق" do not)."""
    words = cue.group().split()
    if not words or words[0] != "عن":  # (the cue's own first word; "نقلت عن" is a cue of its own)
        return False
    before = folded[max(0, cue.start() - 15) : cue.start()].split()
    return not (before and before[-1].lstrip("وف").startswith(("نقل", "ناقل")))


_REPORTS = re.compile(r"^(?:لل|[وفبل])?(?:بعض\s+)?(?:ال)?(?:تقارير|تقرير)")
#: Social media in general (folded), cited only right after the cue or a preposition after it.
_SOCIAL_MEDIA = re.compile(rf"^[وفبل]?{_SOCIAL_MEDIA_WORDS}")


#: A French definite singular before "média" (folded like the English "media"): the one outlet named next.
_FRENCH_SINGULAR_BEFORE = re.compile(r"(?<![^\W_])(?:le|du|au) $")


#: A capitalised word right before, inside a sentence (after a word or a comma, not opening it: "Ранее СМИ"):
#: "de Sahara Media".
_CAPITALISED_BEFORE = re.compile(r"(?:[^\W_]|[,;:])[ \t]+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*[ \t]+$")


def _name_part(text: str, norm: Any, m: re.Match[str]) -> bool:
    """The vague word is written capitalised (not in capitals, "СМИ") right after a capitalised word inside
    a sentence: the end of a name ("le correspondant de Sahara Media"), not the media in general."""
    span = norm.to_original(m.start(), m.end())
    written = text[span.start : span.end]
    return (
        written[:1].isupper()
        and not written.isupper()
        and bool(_CAPITALISED_BEFORE.search(text, max(0, span.start - 60), span.start))
    )


#: What follows an outlet's "reports" used as its verb: "Trend reports citing TASS".
_CITING_NEXT = re.compile(r"\s+(?:citing|quoting)(?![^\W_])")


def _name_reports(text: str, norm: Any, folded: str, m: re.Match[str]) -> bool:
    """ "reports" after a capitalised name inside a sentence and before "citing" is that name's verb ("…, Trend
    reports citing TASS"), not unnamed reports."""
    if m.group() != "reports" or not _CITING_NEXT.match(folded, m.end()):
        return False
    span = norm.to_original(m.start(), m.end())
    return bool(_CAPITALISED_BEFORE.search(text, max(0, span.start - 60), span.start))


def vague(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]], anchors: Sequence[str]
) -> list[Found]:
    """Collective unnamed sources ("مصادر محلية", "local sources", "СМИ"), looked for only near
    their head words; the weaker forms ("وسائل الإعلام", "the media") need a citing word before or a
    reporting verb after."""

    def found_vague(m: re.Match[str]) -> Found:
        return Found(
            m.start(), m.end(), "vague", {"outlet": None, "description": original(text, norm, *m.span())}
        )

    windows = anchor_windows(folded, anchors, 50, 60)
    out: list[Found] = []
    for w_start, w_end in windows:
        for m in pats["vague"].finditer(folded, w_start, w_end):
            out.append(found_vague(m))
        for m in pats["vague_cited"].finditer(folded, w_start, w_end):
            if _name_part(text, norm, m) or _name_reports(text, norm, folded, m):
                continue  # "de Sahara Media, citant …", "Trend reports citing TASS": a name and its verb
            if m.group() == "media" and _FRENCH_SINGULAR_BEFORE.search(
                folded, max(0, m.start() - 4), m.start()
            ):
                continue  # "selon le média d'opposition Syria TV": one outlet, named after (not "the media")
            # "وقال إن التقارير …": a report is cited only right after the cue, no word between
            adjacent = _REPORTS.match(m.group())
            social = _SOCIAL_MEDIA.match(m.group())
            before = (
                "vague_cue_adjacent" if adjacent else "vague_cue_social" if social else "vague_cue_before"
            )
            # the ل of "وفقا للتقارير" closes the cue "وفقا ل"
            cue_end = m.start() + 1 if m.group().startswith("ل") else m.start()
            cue = pats[before].search(folded, max(0, m.start() - 40), cue_end)
            if cue and _NOT_AFTER_BARE_AN.match(m.group()) and _bare_an(folded, cue):
                cue = None  # "عن طريق الصحف": عن cites them only after نقل
            if (
                cue
                and pats["vague_inverted_speech"].search(cue.group())
                and not pats["vague_inverted_end"].match(folded, m.end())
            ):
                cue = None  # "Khair said residents could not …": the reported clause's subject, no source
            verb = pats["vague_after"].match(folded, m.end(), m.end() + 40)
            # "صرح الفنان لوسائل الإعلام الإسبانية بأنه …": the media he spoke to
            told = m.group().startswith("ل") and speech_reaches(folded, pats, m.start())
            if cue or verb or told or _coordinated(folded, out, m):
                out.append(found_vague(m))
    return out


#: Only a conjunction between two vague sources: "des sources sécuritaires et des médias", "مصادر محلية ووسائل
#: إعلام" (the Arabic و is glued to the second).
_CONJUNCTION_GAP = re.compile(r"\s*(?:et|and|и|ou|or)?\s*")


def _coordinated(folded: str, found: Sequence[Found], m: re.Match[str]) -> bool:
    """Whether the weaker vague source ``m`` is joined by a conjunction to one found just before it, and so
    shares its cue ("ont rapporté des sources militaires et des médias")."""
    before = max((f.end for f in found if f.end <= m.start()), default=None)
    if before is None or not _CONJUNCTION_GAP.fullmatch(folded, before, m.start()):
        return False
    return bool(folded[before : m.start()].strip()) or m.group().startswith("و")
