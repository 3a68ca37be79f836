"""Outlets cited or told: "according to X", "X reported", "told X", an interview with X; outlets the
knowledge base names, outlets named by a head noun (صحيفة …, the newspaper …) and declined Russian names."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from rasid.extract.cues import (
    B_END,
    B_START,
    finditer_near,
    first_words,
    fold,
    load_cues,
)
from rasid.extract.sources.credits import orig_found, strip_end
from rasid.extract.sources.cues import CONTEXT_CHARS, LEAD_CREDIT_CHARS, SourceCues
from rasid.extract.sources.found import (
    Found,
    anchor_windows,
    finditer_windows,
    original,
    original_windows,
    outlet_attrs,
)
from rasid.extract.sources.patterns import CAP_NAME, DOMAIN_MENTION, WORD
from rasid.model import Annotation, Document


def media_entities(doc: Document, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]]) -> list[Found]:
    """MEDIA entities found by the entities stage and cited as a source: right after a citing cue
    (according to, ذكرت صحيفة), after a "told" cue (told, сообщил, a déclaré à), or followed by a
    reporting verb (Reuters reported, сообщает ТАСС is the cue form)."""
    out: list[Found] = []
    for ent in doc.layer("entities"):
        if ent.label != "MEDIA":
            continue
        found = orig_found(norm, ent.start, ent.end, "cited_outlet", {})
        window_start = max(0, found.start - CONTEXT_CHARS)
        before = folded[window_start : found.start]
        attrs = {"outlet": ent.attrs.get("canonical") or ent.text, "kb_id": ent.attrs.get("kb_id")}
        # the cue must end right before the outlet (allowing a head noun such as وكالة)
        if cue := pats["told_before"].search(before):
            nominative = RU_NOMINATIVE_HEAD.match(folded, window_start + cue.end("cue"))
            kind = "cited_outlet" if nominative or CITING_AFTER.match(folded, found.end) else "told_outlet"
            out.append(Found(window_start + cue.start(), found.end, kind, attrs))
        elif (
            (to := pats["to_before"].search(before))
            and not pats["works_at_before"].search(before)
            and pats["told_verb"].search(
                folded, max(0, window_start + to.start() - CONTEXT_CHARS), window_start + to.start()
            )
        ):
            # "a confirmé sous couvert d'anonymat à l'AFP", "confirmed the attack to Reuters"
            out.append(Found(window_start + to.start(), found.end, "told_outlet", attrs))
        elif cue := pats["cited_before"].search(before):
            out.append(Found(window_start + cue.start(), found.end, "cited_outlet", attrs))
        elif told_end := _told_about(folded, found.start, found.end, pats):
            out.append(Found(found.start, told_end, "told_outlet", attrs))
        elif (
            not pats["seen_by_before"].search(before)
            and (verb := pats["reported_after"].match(folded, found.end, found.end + CONTEXT_CHARS))
            and not _subject_after(folded, verb)
        ):
            out.append(Found(found.start, verb.end(), "cited_outlet", attrs))
        elif cited := _attribution(folded, found.start, found.end, pats):
            kind, start, end = cited
            out.append(Found(start, strip_end(folded, end), kind, attrs))
        elif free := pats["free_head_before"].search(before):
            # the cue's slot holds a noun of the outlet's ("حسب بوابة الأهرام"): the outlet is cited
            end = found.end + 1 if folded[found.end : found.end + 1] in ('"', "»", "”") else found.end
            out.append(Found(window_start + free.start(), end, "cited_outlet", attrs))
    return out


#: People of a body named right after it in English ("UN officials", "Pentagon spokesman"): they speak.
_PEOPLE_OF_BODY_AFTER = re.compile(
    r"\s+(?:officials?|spokes(?:man|woman|person)|representatives?|envoys?|diplomats?|sources?|chief|head)(?![^\W_])"
)


def _attribution(
    folded: str,
    start: int,
    end: int,
    pats: Mapping[str, re.Pattern[str]],
    *,
    organisation: bool = False,
    speaking: bool = False,
) -> tuple[str, int, int] | None:
    """How the text cites the name at folded ``[start, end)``, if it does: the kind and the span with its
    cue. An organisation needs a citing cue, an inverted verb or "в … сообщили"; a reporting verb after it
    ("the army said") makes it a speaker, not a source. ``speaking``: the body is known to be a government or
    military one whatever its name as written ("les FAMa", the Malian Armed Forces)."""
    window = max(0, start - CONTEXT_CHARS)
    before = folded[window:start]
    if organisation:
        if pats["anaphoric_before"].search(before):
            return None  # "a indiqué ledit ministère": the body named before, not a new source
        # a government or military body that speaks ("a indiqué l'armée", "selon le ministère", "в Минобороны
        # сообщили") is the speaker of what it says; it is a cited source only through its evidence ("selon un
        # rapport du ministère", "по данным Минздрава")
        if _PEOPLE_OF_BODY_AFTER.match(folded, end):
            return None  # "according to UN officials": its people speak, they are no source
        speaking_body = speaking or bool(pats["speaking_body"].search(folded, start, end))
        if m := pats["org_cue_before"].search(before):
            if pats["org_cue_not_after"].search(folded, max(0, window + m.start() - 20), window + m.start()):
                return None  # "قواعد بيانات مواقع المنظمة": databases, not the body's data
            if not speaking_body:
                return "cited_outlet", window + m.start(), end
            if pats["org_evidence"].search(m.group()):
                return "research", window + m.start(), end
            return None
        if speaking_body:
            return None
        if pats["ru_in_before"].search(before) and pats["ru_in_after"].match(folded, end):
            return "cited_outlet", start, end
        return None  # "a indiqué lundi l'ONU" is "l'ONU a indiqué": the body speaks
    aired = pats["aired_before"].search(before)
    if aired and pats["aired_statement_before"].search(
        folded, max(0, window + aired.start() - 60), window + aired.start()
    ):
        return None  # "un communiqué lu à la télévision nationale": the body speaks, the channel carried it
    if told_end := _told_about(folded, start, end, pats):
        return "told_outlet", start, told_end
    if m := pats["told_before"].search(before):
        nominative = RU_NOMINATIVE_HEAD.match(folded, window + m.end("cue"))
        reports = nominative or CITING_AFTER.match(folded, end)
        return ("cited_outlet" if reports else "told_outlet"), window + m.start(), end
    if pats["by_told_before"].search(before):
        if pats["request_refused_after"].match(folded, end):
            return None  # "Sollicitée par RFI, l'armée n'a pas répondu": the request went unanswered
        return "told_outlet", start, end
    if m := pats["interview_before"].search(before):
        return "interview", window + m.start(), end
    to = pats["to_before"].search(before)
    if (
        to
        and not pats["works_at_before"].search(before)
        and pats["told_verb"].search(folded, max(0, window + to.start() - CONTEXT_CHARS), window + to.start())
    ):
        return "told_outlet", window + to.start(), end
    if m := pats["on_air_before"].search(before):
        return "interview", window + m.start("cue"), end
    if m := pats["cited_before"].search(before):
        return "cited_outlet", window + m.start(), end
    if any(
        pats[key].search(before) for key in ("by_cited_before", "inverted_before", "free_inverted_before")
    ):
        return "cited_outlet", start, end
    if pats["seen_by_before"].search(before):
        return None  # "a video seen by Reuters showed": what follows is the video's
    if (m := pats["reported_after_loose"].match(folded, end, end + CONTEXT_CHARS)) and not _subject_after(
        folded, m
    ):
        return "cited_outlet", start, m.end()
    if (
        pats["clause_start_before"].search(before)
        and pats["head_at"].match(folded, start)
        and (m := pats["reported_far"].match(folded, end))
    ):
        return "cited_outlet", start, end  # the outlet is the subject; the words between are its modifiers
    return None


def _told_about(folded: str, start: int, end: int, pats: Mapping[str, re.Pattern[str]]) -> int | None:
    """Where the speech verb ends after an outlet named between "об этом" and that verb ("Об этом ТАСС
    рассказал …": the outlet was told; the span runs from the outlet to the verb), or None."""
    if pats["ru_about_before"].search(folded, max(0, start - CONTEXT_CHARS), start) and (
        verb := pats["ru_about_told_after"].match(folded, end)
    ):
        return verb.end()
    return None


#: A subject right after the reporting verb: an inverted pronoun ("», indique-t-il", "précise-t-elle") or,
#: where a comma stands before the verb, any word that does not open the reported clause ("…, indique
#: l'AFP", "…, said the ministry"). The name before the verb is then not who reported: it is a quote's end
#: or an object ("«…», indique-t-il", "l'agence du quotidien X, indique l'AFP").
_PRONOUN_SUBJECT_AFTER = re.compile(r"(?:-t)?-(?:il|elle|ils|elles|on)(?![^\W_])")
_CLAUSE_AFTER = re.compile(r"\s*(?:[.,;:!?\n]|$|(?:que|qu'|that|что|чтобы|ان|بان|انه|انها)(?![^\W_]))")
#: A passive's agent after the participle: "le magazine «…» diffusé par la chaîne" was broadcast, it reported
#: nothing.
_PASSIVE_AGENT_AFTER = re.compile(r"\s+(?:par|by)(?![^\W_])")
#: "SANA, citing a military source", "l'AFP, citant des sources", "AP, со ссылкой на": the object of a
#: participle or of a preposition follows, not a subject.
_PARTICIPLE = re.compile(r"(?:ing|ant|ясь|ась|вшись)(?![^\W_])|(?<![^\W_])(?:на|عن)$")
#: "ATPE, qui avait rapporté les premiers tirs": a relative clause after the name, whose subject it is.
_RELATIVE = re.compile(r"(?<![^\W_])(?:qui|which|who|которое|который|которая)(?![^\W_])")


def _subject_after(folded: str, verb: re.Match[str]) -> bool:
    """The reporting ``verb`` after a name has a subject of its own, so the name did not report."""
    if _PRONOUN_SUBJECT_AFTER.match(folded, verb.end()) or _PASSIVE_AGENT_AFTER.match(folded, verb.end()):
        return True
    # the commas around an apposed acronym (", or PTI,") set off the acronym, not a quote's end
    apposed = verb.groupdict().get("apposed")  # (only reported_after_loose has the group)
    said = verb.group()[verb.end("apposed") + 1 - verb.start() :] if apposed else verb.group()
    comma_before_verb = "," in said and not _RELATIVE.search(said) and not _PARTICIPLE.search(said)
    return comma_before_verb and not _CLAUSE_AFTER.match(folded, verb.end())


#: A Russian outlet head noun in the nominative: after "сообщил" it is the subject ("сообщил телеканал …"),
#: where the dative ("сообщил телеканалу …", "сообщил ТАСС") is the outlet spoken to.
#: An outlet that cites someone in turn reports, it was not spoken to: "сообщил РБК со ссылкой на источник".
CITING_AFTER = re.compile(r"[\"»”]?\s*со ссылкой на(?![^\W_])")
RU_NOMINATIVE_HEAD = re.compile(
    # (adjectives in the nominative may come first: "сообщил катарский телеканал …")
    r"(?:\s+[а-яё-]+(?:ий|ый|ой|ая|ое))?(?:\s+[а-яё-]+(?:ий|ый|ой|ая|ое))?"
    r"\s+(?:телеканал|агентство|информагентство|газета|издание|радиостанция|телерадиокомпания|портал|сайт|телеграм-канал)(?![^\W_])"
)

#: A name that looks like an outlet's or a body's, not a person's: an article or Al- before it, an
#: acronym, a domain, one Russian word (a body in the prepositional case: "сообщили в Росатоме"), or a word
#: that names media (the cue file's outlet_name_words). "according to Alpha Beta" is a person speaking.
_OUTLET_LIKE_FORM = r"^(?:The|Le|La|Les|L'|L’|Al-|El-)\s?|\b[A-ZА-ЯЁ]{2,}\d*\b|\.[a-z]{2,3}\b|^[А-ЯЁ][а-яё]+$"


@lru_cache(maxsize=8)
def _outlet_like(extra_files: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"{_OUTLET_LIKE_FORM}|{_media_worded(extra_files).pattern}|{_NUMBERED_NAME}")


@lru_cache(maxsize=8)
def _media_worded(extra_files: tuple[str, ...]) -> re.Pattern[str]:
    """A word that names media inside a name ("Mail Online", "Premium Times"): an outlet's name, even where the
    entity layer took it for a person's."""
    words = load_cues("sources", extra_files)["outlet_name_words"]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b")


#: A number among a name's capitalised words ("24 Канал", "France 24", "Channel 4"): people's names carry none.
_NUMBERED_NAME = r"^(?=.*[A-ZА-ЯЁ][^\W\d_])(?:\d{1,3}\s+\S|.*\S\s+\d{1,3}$)"


#: One Cyrillic word with a Russian surname's ending, in any case ("Иванов", "Иванова", "Шульман", "Петренко"): a
#: person writing or speaking, not an outlet, where the name tagger did not tag it. (The outlets named by one word,
#: "Коммерсант", "Известия", "Фонтанка", end otherwise, and the known ones are media entities; the adjectival
#: endings -ский/-ская are left out: "Русская служба BBC" starts with one.)
_RU_SURNAME = re.compile(
    r"[А-ЯЁ][а-яё]+(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой)?|енко|чук|ук|юк|вич|ич|ман|ян|янц|дзе|швили)"
)
#: Entity labels whose names are not outlets when a citing cue names them (an armed group that speaks, "selon
#: le MSA", is the speaker of what it says, as a military body is: LABELS count outlets and monitors only).
_NOT_OUTLETS = frozenset({"PER", "PERSON", "LOC", "GPE", "COUNTRY", "CITY", "ARMED_GROUP"})
#: The article a cited name may open with ("selon le MSA"): an entity starts after it.
_NAME_ARTICLE = re.compile(r"(?:[Tt]he|[Ll]es?|[Ll]a)[ \t]+|[Ll]['’]")
#: A capitalised name set after an outlet by a comma: "le média d'Etat du Niger, RTN".
_APPOSED_NAME = re.compile(rf",[ \t]*(?P<name>(?:[ae]l-)?{CAP_NAME})(?=[ \t]*[.,;:])")


def _folded_span(norm: Any, start: int, end: int) -> tuple[int, int]:
    return bisect.bisect_left(norm.starts, start), bisect.bisect_left(norm.starts, end)


@lru_cache(maxsize=8)
def _attribution_anchors(extra_files: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Folded words at least one of which every match of an attribution pattern contains near its start
    (or, for "X reported", near its end): the patterns are tried only around them."""
    data = load_cues("sources", extra_files)
    return {
        "named": first_words(data["named_outlet_heads"]),
        "generic": tuple(fold(w) for w in data["generic_outlet_anchors"]),
        "organisation": first_words(data["organisation_heads"]),
        "cue_then_name": (
            "entretien",
            "interview",
            "according",
            "reported",
            "citing",
            "quoting",
            "selon",
            "d'apres",
            "cite",
            "citee",
            "cites",
            "citees",
            "relaye",
            "relayee",
            "relayes",
            "relayees",
            "rapporte",
            "rapportee",
            "rapportes",
            "rapportees",
            "сообщили",
            "заявили",
            "рассказали",
            "пояснили",
            "по",
            "со",
            "как",
            "согласно",
            "говорится",
        ),
        "name_then_reported": ("reported", "reports", "rapporte", "сообщает", "пишет"),
        "inverted_then_name": first_words(data["inverted_outlet_verbs"]),
        "line_name_reports": ("передает", "сообщает", "пишет", "reports", "writes", "rapporte", "ecrit"),
        "on_air_then_name": ("sur", "micro", "antenne"),
        # (whole words: only the anchors that are words of the text are looked for)
        "staff_of_name": (
            *(
                stem + ending
                for stem in ("журналист", "корреспондент", "репортер", "источник", "собеседник")
                for ending in ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами")
            ),
            *("обозреватель", "обозревателя", "обозревателю", "обозреватели", "обозревателей"),
        ),
    }


def attributed_names(
    doc: Document,
    norm: Any,
    folded: str,
    pats: Mapping[str, re.Pattern[str]],
    sc: SourceCues,
    found: Sequence[Found],
    words: set[str],
    extra_files: tuple[str, ...] = (),
) -> list[Found]:
    """Outlets and organisations cited by what surrounds them (see :func:`_attribution`): outlets named by
    a head noun ("Niger state television RTN", "la chaîne Tele Sahel", "телеканал Al Hadath") or only by
    what they are ("la télévision d'État"), organisations (ORG entities, "le ministère des Affaires
    étrangères"), and later mentions of a name the text has introduced as an outlet ("RTN also said")."""
    text = doc.text
    out: list[Found] = []
    names: set[str] = set()

    def add(
        start: int, end: int, attrs: dict[str, Any], *, organisation: bool = False, speaking: bool = False
    ) -> bool:
        cited = _attribution(folded, start, end, pats, organisation=organisation, speaking=speaking)
        if cited is not None:
            kind, s, e = cited
            out.append(Found(s, strip_end(folded, e), kind, attrs))
        return cited is not None

    # only the anchors whose first word is in the text: looking for each of the others costs a scan
    anchors = {
        key: [a for a in group if (w := WORD.search(a)) is None or w.group() in words]
        for key, group in _attribution_anchors(extra_files).items()
        if key != "generic"
    }
    anchors["generic"] = list(_attribution_anchors(extra_files)["generic"])  # also inside a word: للتلفزيون
    for m in finditer_windows(
        pats["named_outlet"], text, original_windows(norm, folded, anchors["named"], 40, 120)
    ):
        group = "quoted" if m.group("quoted") else "name"
        name = m.group(group).rstrip(".")
        start, end = _folded_span(norm, m.start(), m.start(group) + len(name))
        written = re.sub(r"\s*\(.*\)$", "", name)
        names.add(fold(written))
        if acronym := re.search(r"\(([^()]+)\)$", name):
            names.add(fold(acronym.group(1)))
        if fold(written) not in sc.outlets:  # a known outlet is cited through its entity, with its KB id
            add(start, end, {"outlet": None, "outlet_text": written, "kb_id": None})
    for m in finditer_windows(
        pats["name_then_head"], text, original_windows(norm, folded, anchors["generic"], 60, 4)
    ):
        start, end = _folded_span(norm, m.start(), m.end())
        if add(start, end, {"outlet": None, "outlet_text": m.group("name"), "kb_id": None}):
            # a cited outlet's later mentions by the acronym set after its name (", or PTI,") are cited too
            # ("the PTI report said"): learn the acronym
            apposed = pats["reported_after_loose"].match(folded, end)
            if apposed and apposed.group("apposed"):
                names.add(apposed.group("apposed"))
    for m in finditer_windows(
        pats["acronym_then_head"], text, original_windows(norm, folded, anchors["generic"], 12, 4)
    ):
        names.add(fold(m.group("name")))
        start, end = _folded_span(norm, m.start(), m.end())
        add(start, end, {"outlet": None, "outlet_text": m.group("name"), "kb_id": None})
    for m in finditer_windows(
        pats["generic_outlet"], folded, anchor_windows(folded, anchors["generic"], 40, 60)
    ):
        end = m.end()
        # "le média d'Etat du Niger, RTN": the name given after it is the same outlet
        o_end = norm.to_original(m.start(), m.end()).end
        if apposed := _APPOSED_NAME.match(text, o_end):
            names.add(fold(apposed.group("name").rstrip(".")))
            end = _folded_span(norm, o_end, apposed.end("name"))[1]
        attrs = {"outlet": None, "outlet_text": original(text, norm, m.start(), m.end())}
        start = m.start()
        if folded.startswith("ل", start):  # "في تصريح للتلفزيون الرسمي": the ل belongs to the cue
            start += 1
            if _attribution(folded, start, end, pats) is None and pats["speech_before"].search(
                folded, max(0, start - 120), start
            ):
                out.append(Found(start, strip_end(folded, end), "told_outlet", attrs))  # "قال للتلفزيون …"
                continue
        add(start, end, attrs)
    people = sorted((e.start, e.end) for e in doc.layer("entities") if e.label in _NOT_OUTLETS)
    # the organisations the entity layer found, each with whether its KB name makes it a government or
    # military body that speaks ("les SAF": the Sudanese Armed Forces)
    org_entities = [
        (*_folded_span(norm, e.start, e.end), _speaking_by_name(pats, e))
        for e in doc.layer("entities")
        if e.label == "ORG"
    ]
    bodies = [(start, end) for start, end, speaking in org_entities if speaking]
    people_starts = [start for start, _ in people]
    surnames = _titled_surnames(text, extra_files)
    for key, before, after in (
        ("cue_then_name", 0, 120),
        ("name_then_reported", 80, 20),
        ("inverted_then_name", 30, 120),  # (30: a date may stand before the verb, see _RU_WHEN)
        ("line_name_reports", 80, 20),
        ("on_air_then_name", 0, 80),
        ("staff_of_name", 0, 60),
    ):
        for m in finditer_windows(
            pats[key], text, original_windows(norm, folded, anchors[key], before, after)
        ):
            # (a staff word takes a quoted name, or one in Latin letters)
            group = "latin" if "latin" in m.re.groupindex and m.group("latin") else "name"
            name = m.group(group).rstrip(".")
            n_end = m.start(group) + len(name)
            article = _NAME_ARTICLE.match(name)
            before = (
                bisect.bisect_right(people_starts, m.start(group) + (article.end() if article else 0)) - 1
            )
            # (a quoted name after "журналисты" is an outlet's whatever its words)
            outlet_like = (
                key == "staff_of_name"
                or _outlet_like(extra_files).search(name)
                or _latin_name_in_cyrillic(text, m.start(group), name)
            )
            # (a name the entity layer took for a person's is an outlet's when a word of it names media)
            person = (
                before >= 0 and n_end <= people[before][1] and not _media_worded(extra_files).search(name)
            )
            if len(name) < 2 or person or not outlet_like:
                continue  # "selon Diop", "according to Moscow": a person or a place speaks, it is no outlet
            if name in surnames:
                continue  # "selon MODI" after "le général Salifou MODI": a surname in capitals, no acronym
            if key != "staff_of_name" and _RU_SURNAME.fullmatch(name):
                continue  # "— пишет Шульман", "по данным Иванова": one Russian word shaped like a surname
            start, end = _folded_span(norm, m.start(group), n_end)
            if (
                pats["speaking_body"].search(folded, start, end)
                or _PEOPLE_OF_BODY_AFTER.match(folded, end)
                or any(b_start < end and start < b_end for b_start, b_end in bodies)
            ):
                continue  # "сообщили в Минобороны", "according to UN officials": the body or its people speak
            names.add(fold(name))
            add(start, end, {"outlet": None, "outlet_text": name, "kb_id": None})
    # an outlet named only by its web address, in lower case, where a cue cites it: "сообщает nv.ua со
    # ссылкой на …", "selon bamada.net" (not inside a link or an e-mail address)
    for m in DOMAIN_MENTION.finditer(text):
        start, end = _folded_span(norm, m.start(), m.end())
        if fold(m.group()) not in sc.outlets:  # a known outlet is cited through its entity, with its KB id
            add(start, end, {"outlet": None, "outlet_text": m.group(), "kb_id": None})
    out.extend(_known_latin_outlets(text, norm, folded, pats, sc, words))
    for f in found:
        if f.attrs.get("outlet_text") and len(f.attrs["outlet_text"]) >= 2:
            names.add(re.sub(r"\s+", " ", f.attrs["outlet_text"]).strip('"'))
    learned = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
    if learned:  # one pass over the text for all the names, so the cost stays linear
        learned_pattern = re.compile(rf"{B_START}(?:{'|'.join(map(re.escape, learned))}){B_END}")
        for m in finditer_near(learned_pattern, folded, learned):
            attrs = {"outlet": None, "outlet_text": original(text, norm, m.start(), m.end())}
            add(m.start(), m.end(), attrs)
    organisations = org_entities + [
        (*m.span(), False)
        for m in finditer_windows(
            pats["organisation"], folded, anchor_windows(folded, anchors["organisation"], 6, 80)
        )
    ]
    for start, end, speaking in organisations:
        attrs = {"outlet": None, "outlet_text": original(text, norm, start, end), "body": "organisation"}
        add(start, end, attrs, organisation=True, speaking=speaking)
    return out


def _speaking_by_name(pats: Mapping[str, re.Pattern[str]], entity: Annotation) -> bool:
    """Whether an organisation's canonical name (its KB name when linked) names a government or military body."""
    return bool(entity.attrs.get("kb_id")) and bool(
        pats["speaking_body"].search(fold(str(entity.attrs.get("canonical") or "")))
    )


@lru_cache(maxsize=8)
def _titled_surname_pattern(extra_files: tuple[str, ...]) -> re.Pattern[str]:
    titles = load_cues("sources", extra_files)["person_titles"]
    alternatives = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    # the title, up to two given names (written small in some papers: "le général salifou MODI"), the surname
    return re.compile(
        rf"(?i:(?<![^\W_])(?:{alternatives}))(?![^\W_])[ \t]+"
        # (no "of", "de": "le directeur de RFI" names his outlet)
        rf"(?:(?!(?i:de|du|des|la|le|les|of|the|d|l|в|из)(?![^\W_]))[^\W\d_][\w-]*[ \t]+){{0,2}}?"
        r"(?P<surname>[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]{2,})(?![\w'’-])"
    )


#: What the surname group of ``_titled_surname_pattern`` needs somewhere in the text.
_CAPITALS_RUN = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ'’-]{2,}")


def _titled_surnames(text: str, extra_files: tuple[str, ...]) -> set[str]:
    """Surnames the text writes in capitals after a person's title ("le général Salifou MODI"): they are a
    person's name wherever else the text gives them, not an outlet's acronym."""
    if not _CAPITALS_RUN.search(text):  # no surname in capitals (all Arabic text): skip the slow title scan
        return set()
    return {m.group("surname") for m in _titled_surname_pattern(extra_files).finditer(text)}


#: One word in Latin letters ("Mash", "Baza"; two words may be a person's first name and surname).
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.&'-]*")
_CYRILLIC_WORD = re.compile(r"[а-яё]{3,}")


def _latin_name_in_cyrillic(text: str, start: int, name: str) -> bool:
    """A name in Latin letters cited in a Russian sentence ("как выяснил Mash", "по данным Baza"): Russian
    writes people's names in Cyrillic, so it is an outlet's or a channel's."""
    return bool(_LATIN_NAME.fullmatch(name)) and bool(_CYRILLIC_WORD.search(text, max(0, start - 40), start))


#: A French elided article before a name's capital ("l'Equipe", "d'Europe 1").
_ELIDED_ARTICLE = re.compile(r"^[ld]['’](?=\w)")


@lru_cache(maxsize=256)
def _alternation_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"{B_START}(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))}){B_END}"
    )


def _known_latin_outlets(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]], sc: SourceCues, words: set[str]
) -> list[Found]:
    """Outlets the KB or the agency table knows, written in Latin or Cyrillic letters with their capitals
    ("the state-run Syrian Arab News Agency", "a indiqué Sana"), cited by what surrounds them, for the
    mentions the entities stage did not tag. A name in lower case ("le monde entier") is a common noun."""
    known = tuple(sorted(k for w in sc.latin_by_first_word.keys() & words for k in sc.latin_by_first_word[w]))
    if not known:
        return []
    pattern = _alternation_pattern(known)
    out: list[Found] = []
    for m in finditer_near(pattern, folded, known):
        span = norm.to_original(m.start(), m.end())
        written = text[span.start : span.end]
        # (a French elided article is written small before the capital: "dans l'Equipe")
        written_words = [_ELIDED_ARTICLE.sub("", w) for w in written.split()]
        if not all(w[0].isupper() or w[0].isdigit() for w in written_words if len(w) >= 3):
            continue
        outlet = sc.outlets[re.sub(r"\s+", " ", m.group())]
        if cited := _attribution(folded, m.start(), m.end(), pats):
            kind, start, end = cited
            out.append(
                Found(start, strip_end(folded, end), kind, {"outlet": outlet.name, "kb_id": outlet.kb_id})
            )
    return out


def lead_credits(sc: SourceCues, folded: str, pats: Mapping[str, re.Pattern[str]]) -> list[Found]:
    """An agency's Arabic abbreviation alone between spaces in the lead is a dateline credit."""
    out: list[Found] = []
    for m in pats["lead_credit"].finditer(folded, 0, min(len(folded), LEAD_CREDIT_CHARS)):
        out.append(Found(m.start(), m.end(), "agency", outlet_attrs(sc, m)))
    return out


#: What closes a speech verb's reach over a later "ل + outlet": a sentence end, or "أن" opening its reported
#: clause, whose own verb then governs the ل ("أعلنت الوكالة أن السلطات سمحت لصحيفة الوسط بالصدور").
_SPEECH_CLAUSE_END = re.compile(r"[.!?؟\n]|(?<![^\W_])(?:ان|بان|انه|انها|بانه|بانها)(?![^\W_])")
#: A colon and the quotation it opens, closed (quotation marks are folded to '"').
_COLON_QUOTATION = re.compile(r':\s*"[^"\n]*"')


def speech_reaches(folded: str, pats: Mapping[str, re.Pattern[str]], at: int) -> bool:
    """A speech verb within 120 characters before ``at`` (the ل of "قال … لرويترز") whose clause reaches it."""
    verb_ends = [m.end() for m in pats["speech_before"].finditer(folded, max(0, at - 120), at)]
    if not verb_ends or _SPEECH_CLAUSE_END.search(folded, verb_ends[-1], at):
        return False
    # a colon opens what was said ("وقال الشمسان: نشكر … لصحيفة (سبق)" told the paper nothing), unless a
    # quotation right after it closed before the ل ("قالت: "…"، مؤكدة تصريحات أدلت بها لشبكة …")
    return ":" not in _COLON_QUOTATION.sub(" ", folded[verb_ends[-1] : at])
