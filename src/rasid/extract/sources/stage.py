"""The ``rasid.sources.v1`` stage: runs the finders, resolves overlaps and writes the ``sources`` layer."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from typing import Any

from rasid.extract.cues import (
    finditer_near,
    fold,
    folded_lines,
    folded_words,
    normalized,
)
from rasid.extract.sources.attribution import (
    CITING_AFTER,
    RU_NOMINATIVE_HEAD,
    attributed_names,
    lead_credits,
    media_entities,
    speech_reaches,
)
from rasid.extract.sources.backrefs import back_references
from rasid.extract.sources.channels import (
    agency_adjectives_of,
    ambiguous_platforms,
    handle_channels,
    implied_channels,
    platform_set,
    social_channels,
)
from rasid.extract.sources.credits import (
    credit_end,
    credits,
    domain_lines,
    orig_found,
    repeated_glued_credits,
    strip_end,
)
from rasid.extract.sources.cues import (
    LEAD_ACRONYM,
    LEAD_CREDIT_CHARS,
    LEAD_DASH_ACRONYM,
    LEAD_SLASH_NAME,
    PAREN_AGENCY_NAME,
    PRIORITY,
    URL,
    Outlet,
    SourceCues,
    source_cues,
)
from rasid.extract.sources.found import (
    Found,
    anchor_windows,
    domain_outlet,
    finditer_windows,
    lookup_outlet,
    original,
    outlet_attrs,
)
from rasid.extract.sources.patterns import CITING_BEFORE_LAM, patterns, present_anchors, text_words
from rasid.extract.sources.publisher import (
    capital_if_contracted,
    mark_self_references,
    other_sense,
    publisher,
)
from rasid.extract.sources.unnamed import (
    REPORT_ANCHORS,
    find_research,
    organisation_reports,
    research_centres,
    research_short_forms,
    unnamed_assessments,
    vague,
)
from rasid.model import Annotation, Document
from rasid.pipeline import register_stage

STAGE = "rasid.sources.v1"


def _files(config: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """The user's cue files, KB files and whether the KB is used, as the cue and pattern loaders take them."""
    kb_files = tuple(str(p) for p in config.get("kb_files", ()))
    return tuple(config.get("cue_files", ())), kb_files, bool(config.get("use_kb", True))


@register_stage(
    STAGE,
    requires=("entities",),  # MEDIA and ORG names it cites, person and place names it must not
    provides=("sources",),
    description="Agency credits, original links, cited outlets, interview venues, publishers, photo credits.",
    defaults={"cue_files": (), "kb_files": (), "use_kb": True},
    check=lambda config: (source_cues(*_files(config)), patterns(*_files(config))),
)
def sources_stage(doc: Document, config: Mapping[str, Any]) -> Document:
    extra, kb_files, use_kb = _files(config)
    sc = source_cues(extra, kb_files, use_kb)
    pats = patterns(extra, kb_files, use_kb)
    text = doc.text
    norm = normalized(text)
    folded = folded_lines(text)
    found: list[Found] = []

    # original links: "أصل الخBر" then a URL, possibly lines later
    words = text_words(folded_words(text))
    anchors = present_anchors(extra, words)
    for m in finditer_near(pats["original_label"], folded, anchors["original_labels"]):
        o_end = norm.to_original(m.start(), m.end()).end
        url = URL.search(text, o_end, min(len(text), o_end + 300))
        if url:
            attrs = {
                "url": url.group().rstrip(".,;)"),
                "cue": text[norm.to_original(m.start(), m.end()).start : o_end],
            }
            attrs.update(domain_outlet(sc, attrs["url"]))
            found.append(
                orig_found(norm, url.start(), url.start() + len(attrs["url"]), "original_url", attrs)
            )
    found.extend(_read_more(text, norm, folded, pats, sc, anchors["read_more_cues"]))
    # "المصدر: تاس" / "Source: https://…"
    for m in pats["label_line"].finditer(folded):
        rest = m.group("rest").strip()
        s, e = m.start(), m.end()
        o = norm.to_original(s, e)
        url = URL.search(text, o.start, o.end)
        if url:
            attrs = {"url": url.group().rstrip(".,;)")}
            attrs.update(domain_outlet(sc, attrs["url"]))
            found.append(
                orig_found(norm, url.start(), url.start() + len(attrs["url"]), "original_url", attrs)
            )
            continue
        outlet = sc.outlets.get(fold(rest).strip(' ."«»'))
        credit: dict[str, str | None] = {
            "outlet": outlet.name if outlet else text[o.start : o.end].split(":", 1)[-1].strip(),
            "kb_id": outlet.kb_id if outlet else None,
        }
        found.append(Found(s, e, "agency", credit))
    for m in pats["with_outlet_line"].finditer(text):
        if fold(m["name"]) not in sc.agencies:  # "Avec AFP" is with_credit (see credits)
            named = {"outlet": None, "outlet_text": m["name"], "kb_id": None}
            found.append(orig_found(norm, m.start("name"), m.end("name"), "agency", named))
    for m in pats["photo_agency"].finditer(folded) if pats["photo_agency_hint"].search(folded) else ():
        o = norm.to_original(m.start(), m.end())
        found.append(orig_found(norm, o.start, o.end, "photo_credit", {"credit": text[o.start : o.end]}))
    for key in ("paren_agency", "slash_agency", "dash_agency"):
        for m in pats[key].finditer(folded):
            if (
                key == "slash_agency"
                and _LETTER_GLUED.match(folded, max(0, m.start() - 1))
                and _LETTER_GLUED.match(folded, m.end())
            ):
                continue  # "Hani Alshaer/Anadolu/Getty": a photographer, an agency and a bank credit a picture
            credit_attrs: dict[str, Any] = outlet_attrs(sc, m)
            if key == "paren_agency":
                credit_attrs["_paren"] = True
            found.append(Found(m.start(), m.end(), "agency", credit_attrs))
    for m in pats["closing_outlet"].finditer(folded):
        found.append(Found(m.start("known"), m.end("known"), "agency", outlet_attrs(sc, m)))
    for m in pats["lead_agency"].finditer(folded):
        found.append(Found(m.start("known"), m.end("known"), "agency", outlet_attrs(sc, m)))
    for m in pats["paren_outlet_dateline"].finditer(folded):
        found.append(Found(m.start(), m.start() + len(m.group().rstrip()), "agency", outlet_attrs(sc, m)))
    for m in pats["lead_dash_outlet"].finditer(folded, 0, min(len(folded), LEAD_CREDIT_CHARS)):
        found.append(Found(m.start("known"), m.end("known"), "agency", outlet_attrs(sc, m)))
    for m in pats["dated_dash_outlet"].finditer(folded):
        found.append(Found(m.start("known"), m.end("known"), "agency", outlet_attrs(sc, m)))
    for m in pats["outlet_first_dash"].finditer(folded, 0, min(len(folded), LEAD_CREDIT_CHARS)):
        found.append(Found(m.start("known"), m.end("known"), "agency", outlet_attrs(sc, m)))
    for m in PAREN_AGENCY_NAME.finditer(text):
        named = {"outlet": None, "outlet_text": m.group("name"), "kb_id": None}
        found.append(orig_found(norm, m.start("name"), m.end("name"), "agency", named))
    for pattern in (LEAD_ACRONYM, LEAD_DASH_ACRONYM):
        for m in pattern.finditer(text, 0, min(len(text), LEAD_CREDIT_CHARS)):
            acronym = {"outlet": None, "outlet_text": m.group("acronym"), "kb_id": None}
            found.append(orig_found(norm, m.start("acronym"), m.end("acronym"), "agency", acronym))
    for m in LEAD_SLASH_NAME.finditer(text, 0, min(len(text), LEAD_CREDIT_CHARS)):
        linked = lookup_outlet(sc, m.group("name"))
        slashed = (
            {"outlet": linked.name, "kb_id": linked.kb_id}
            if linked is not None
            else {"outlet": None, "outlet_text": m.group("name"), "kb_id": None}
        )
        found.append(orig_found(norm, m.start("name"), m.end("name"), "agency", slashed))
    for m in finditer_near(pats["interview"], folded, anchors["interview_cues"], reach=2):
        start = m.start("cue")
        interview_attrs = outlet_attrs(sc, m)
        outlet_named = bool(interview_attrs.get("outlet")) or any(
            q in m.group()[m.end("cue") - m.start() :] for q in '"«“'
        )
        if m.group("described") and not outlet_named:
            continue  # "في أول حوار له مع صحيفة عربية": a described interview needs the outlet named
        found.append(Found(start, strip_end(folded, m.end()), "interview", interview_attrs))
    # a told match may start with [وف]? + في/خلال, up to five characters before its cue word
    for m in finditer_near(pats["told"], folded, anchors["told_cues"], reach=5):
        # "сообщил телеканал Al Arabiya": a head noun in the nominative is the subject, which reports
        reports = RU_NOMINATIVE_HEAD.match(folded, m.end("cue")) or CITING_AFTER.match(folded, m.end())
        kind = "cited_outlet" if reports else "told_outlet"
        found.append(Found(m.start(), strip_end(folded, m.end()), kind, outlet_attrs(sc, m)))
    for m in pats["told_outlet"].finditer(folded):
        if folded[max(0, m.start() - 12) : m.start()].rstrip().endswith(CITING_BEFORE_LAM):
            continue  # "وفقا لصحيفة …" cites the paper, nobody spoke to it
        if folded[max(0, m.start() - 12) : m.start()].rstrip().endswith(REPORT_ANCHORS):
            continue  # "وأظهر استطلاع لرويترز": the agency's poll, found as research
        that_after = pats["that_after"].match(folded, m.end(), m.end() + 24)
        if m.group("quoted"):
            # a bare quoted name: "that" after it, or a speech verb before it and a colon after it or the KB
            # knowing it as an outlet ("وقال لـ«الشرق الأوسط» إنه", "أوضح لـ"الاقتصادية" فلان", "قال لـ"X": …";
            # "الحارس السابق لـ"سيتيزينس"" is a club)
            linked = lookup_outlet(sc, m.group("quoted"))
            if that_after or (
                (linked is not None or pats["told_quoted_after"].match(folded, m.end()))
                and speech_reaches(folded, pats, m.start())
            ):
                quoted_attrs: dict[str, Any] = (
                    {"outlet": linked.name, "kb_id": linked.kb_id}
                    if linked is not None
                    else {"outlet": None, "outlet_text": m.group("quoted"), "kb_id": None}
                )
                found.append(Found(m.start(), strip_end(folded, m.end()), "told_outlet", quoted_attrs))
        elif (
            speech_reaches(folded, pats, m.start())
            or that_after
            or pats["quote_after_told"].match(folded, m.end(), m.end() + 8)
        ):
            found.append(Found(m.start(), strip_end(folded, m.end()), "told_outlet", outlet_attrs(sc, m)))
    for m in finditer_near(pats["cited"], folded, anchors["cited_cues"], reach=1):
        found.append(Found(m.start(), strip_end(folded, m.end()), "cited_outlet", outlet_attrs(sc, m)))
    for m in finditer_near(pats["posted_on"], folded, anchors["posted_on_cues"], reach=1):
        found.append(Found(m.start(), strip_end(folded, m.end()), "cited_outlet", outlet_attrs(sc, m)))
    site_anchors = anchors["posted_on_cues"] + anchors["site_cues"] + anchors["ar_report_verbs"]
    for m in finditer_near(pats["org_website"], folded, site_anchors, reach=1):
        if pats["interview_just_before"].search(folded, max(0, m.start() - 30), m.start()):
            continue
        owner = original(text, norm, *m.span("owner" if m["owner"] else "owner_before"))
        site_attrs: dict[str, Any] = {"outlet": None, "platform": None, "owner": owner}
        found.append(Found(m.start("site"), m.end("site"), "social_channel", site_attrs))
    for m in finditer_near(pats["study_journal"], folded, anchors["study_nouns"], reach=5):
        journal = Found(m.start("journal"), strip_end(folded, m.end()), "cited_outlet", outlet_attrs(sc, m))
        found.append(journal)
    adjectives = agency_adjectives_of(extra)
    for m in finditer_near(
        pats["agency_adjective"], folded, anchors["cited_cues"] + anchors["ar_report_verbs"], reach=1
    ):
        key = next(k for k in adjectives if m.group("adjective").endswith(k))
        agency = sc.agencies.get(fold(adjectives[key])) or Outlet(adjectives[key], None)
        agency_attrs: dict[str, Any] = {"outlet": agency.name, "kb_id": agency.kb_id}
        found.append(Found(m.start("adjective"), m.end("adjective"), "cited_outlet", agency_attrs))
    for m in finditer_near(pats["reported_before"], folded, anchors["ar_report_verbs"], reach=1):
        found.append(Found(m.start(), strip_end(folded, m.end()), "cited_outlet", outlet_attrs(sc, m)))
    for m in finditer_near(pats["outlet_then_verb"], folded, anchors["outlet_heads"], reach=5):
        found.append(Found(m.start(), m.end("qname") + 1, "cited_outlet", outlet_attrs(sc, m)))
    pair_heads = any(head in folded for head in anchors["outlet_heads_dual"])
    for m in (
        pats["outlet_pair"].finditer(folded) if pair_heads and pats["outlet_pair_hint"].search(folded) else ()
    ):
        for group, start in (("first", m.start()), ("second", m.start("second"))):
            name = original(text, norm, *m.span(group))
            found.append(Found(start, m.end(group), "cited_outlet", {"outlet": None, "outlet_text": name}))
    for m in pats["reprint_credit"].finditer(folded):
        name = original(text, norm, *m.span("name"))
        found.append(Found(m.start(), m.end("name"), "cited_outlet", {"outlet": None, "outlet_text": name}))
    found.extend(_staff_witnesses(text, norm, folded, pats, sc))
    found.extend(lead_credits(sc, folded, pats))
    found.extend(credits(sc, folded, pats))
    found.extend(domain_lines(sc, folded, doc.url))
    found.extend(repeated_glued_credits(text, norm))
    found.extend(media_entities(doc, norm, folded, pats))
    # (before the names found so far are learned: "au monde entier" and «fausse» name no outlet to look for)
    found = [f for f in found if capital_if_contracted(text, norm, f)]
    found.extend(attributed_names(doc, norm, folded, pats, sc, found, words, extra))
    found.extend(
        social_channels(
            text,
            norm,
            folded,
            pats,
            anchors["platforms"],
            ambiguous_platforms(extra),
            platform_set(extra, "generic_platforms"),
            platform_set(extra, "platforms"),
        )
    )
    found.extend(implied_channels(text, norm, folded, pats, [f for f in found if f.kind == "social_channel"]))
    found.extend(handle_channels(text, norm, folded, pats))
    research = find_research(sc, folded, pats, anchors["research"])
    found.extend(research)
    found.extend(research_short_forms(folded, pats, research))
    found.extend(organisation_reports(text, norm, folded, pats))
    found.extend(unnamed_assessments(text, norm, folded, pats))
    found.extend(research_centres(text, norm, folded, pats))
    found.extend(vague(text, norm, folded, pats, anchors["vague"]))
    for m in finditer_near(pats["photo"], folded, anchors["photo_labels"]):
        o = norm.to_original(m.start(), m.end())
        end = credit_end(text, o.end)
        found.append(orig_found(norm, o.start, end, "photo_credit", {"credit": text[o.start : end]}))
    found.extend(publisher(doc, norm, folded, pats, sc, found))

    found = [f for f in found if not other_sense(folded, pats, f) and capital_if_contracted(text, norm, f)]
    found.extend(_coordinated_outlets(sc, folded, pats, found))
    found = mark_self_references(sc, doc.url, found)
    found = _spelled_out_credits(folded, pats, found)
    found.extend(back_references(sc, folded, found, extra))
    annotations = _resolve_overlaps(doc, norm, found)
    return doc.with_layer("sources", annotations)


#: The kinds of source a second outlet joined by "and" shares.
_COORDINATED_KINDS = ("cited_outlet", "told_outlet", "interview")


def _coordinated_outlets(
    sc: SourceCues, folded: str, pats: Mapping[str, re.Pattern[str]], found: list[Found]
) -> list[Found]:
    """ "told Reuters and the French AFP news agency", "according to CNN and the BBC": the KB outlets joined to
    an outlet cited or told share its cue and its kind, one after the other."""
    out: list[Found] = []
    for f in [f for f in found if f.kind in _COORDINATED_KINDS]:
        end = f.end
        while m := pats["coordinated_outlet"].match(folded, end):
            out.append(Found(m.start("known"), m.end("known"), f.kind, outlet_attrs(sc, m)))
            end = m.end()
    return out


#: A letter (the end of a word glued to a slash before it, the start of one after it).
_LETTER_GLUED = re.compile(r"[^\W\d_]")


def _read_more(
    text: str, norm: Any, folded: str, pats: Mapping[str, re.Pattern[str]], sc: SourceCues, anchors: list[str]
) -> list[Found]:
    """ "Подробнее читайте на aif.ru": the web address a closing pointer sends to is the original; a
    capitalised name there ("suite de l'article sur Autre presse") is a cited outlet."""
    out: list[Found] = []
    for m in finditer_near(pats["read_more"], folded, anchors):
        if m.group("domain"):
            span = norm.to_original(*m.span("domain"))
            url = text[span.start : span.end]
            if full := URL.match(text, span.start):  # the whole link, path and all
                url = full.group().rstrip(".,;)")
            attrs: dict[str, Any] = {
                "url": url,
                "cue": original(text, norm, m.start(), m.start("domain")).strip(),
            }
            attrs.update(domain_outlet(sc, url if "://" in url else "https://" + url))
            out.append(orig_found(norm, span.start, span.start + len(url), "original_url", attrs))
            continue
        name = original(text, norm, *m.span("name")).strip()
        if name[:1].isupper():  # "lire la suite sur le terrain" names no outlet
            linked = lookup_outlet(sc, name)
            named: dict[str, Any] = (
                {"outlet": linked.name, "kb_id": linked.kb_id}
                if linked is not None
                else {"outlet": None, "outlet_text": name, "kb_id": None}
            )
            out.append(Found(m.start(), m.end("name"), "cited_outlet", named))
    return out


_CLAUSE_END = re.compile(r"[.!?;\n]")


def _staff_witnesses(
    text: str,
    norm: Any,
    folded: str,
    pats: Mapping[str, re.Pattern[str]],
    sc: SourceCues,
) -> list[Found]:
    """ "Un correspondant de l'AFP a vu des corps": what an outlet's own staff saw or heard is that outlet's
    report, so the outlet is cited; a name right after it ("un journaliste de RFI Wassim Nasr") is a person's."""
    out: list[Found] = []
    for m in finditer_windows(
        pats["staff_witness"], folded, anchor_windows(folded, sc.staff_anchors, 50, 90)
    ):
        group = "known" if m.group("known") else "known_first"
        if pats["staff_witness_person"].match(text, norm.to_original(m.start(), m.end()).end):
            continue
        clause_end = _CLAUSE_END.search(folded, m.end(), m.end() + 120)
        after = (m.end(), clause_end.start() if clause_end else min(len(folded), m.end() + 120))
        witnessed = pats["staff_witness_word"].search(folded, *after) or pats["staff_witness_word"].search(
            folded[max(0, m.start() - 30) : m.start()]
        )
        if not witnessed and not m.group().startswith(("selon", "d'apres")):
            continue  # "two journalists from the BBC were detained": the story is about them
        known = re.sub(r"\s+", " ", m.group(group))
        outlet = sc.outlets.get(known) or sc.agencies.get(known)
        attrs = {"outlet": outlet.name, "kb_id": outlet.kb_id} if outlet else {"outlet": None, "kb_id": None}
        out.append(Found(m.start(), m.end(), "cited_outlet", attrs))
    return out


#: Words an acronym skips: "Agence France-Presse" is AFP, "Observatoire syrien des droits de l'homme" OSDH.
_ACRONYM_SKIPS = frozenset(
    ("de", "des", "du", "d", "la", "le", "les", "l", "of", "the", "for", "and", "et", "pour")
)
_NAME_WORD = re.compile(r"[^\W\d_]+")


def _spelled_out_before(folded: str, paren: int, acronym: str) -> int | None:
    """Where the words just before ``paren`` start when their initials spell ``acronym`` ("agence francaise de
    presse (afp)"), else None."""
    letters = acronym.replace(".", "").replace(" ", "")
    if not 2 <= len(letters) <= 6 or not letters.isalpha():
        return None
    words = list(_NAME_WORD.finditer(folded, max(0, paren - 25 * len(letters)), paren))
    if not words or folded[words[-1].end() : paren].strip(" \t\"»”'’") != "":
        return None  # the parenthesis does not follow a name
    initials = ""
    for w in reversed(words):
        if w.group() in _ACRONYM_SKIPS:
            continue
        initials = w.group()[0] + initials
        if len(initials) == len(letters):
            return w.start() if initials == letters else None
    return None


def _spelled_out_credits(folded: str, pats: Mapping[str, re.Pattern[str]], found: list[Found]) -> list[Found]:
    """ "l'Agence France Presse (AFP) l'a publiée": an agency's acronym in parentheses after its own name
    spelled out is that name's abbreviation, not a credit line. The name is cited when a reporting verb
    follows ("l'agence française de presse (AFP) citant le gouverneur"); else it is only mentioned."""
    kept: list[Found] = []
    for f in found:
        if f.kind == "agency" and f.attrs.get("_paren"):
            acronym = folded[f.start : f.end].strip("()[] \t")
            name_start = _spelled_out_before(folded, f.start, acronym)
            if name_start is not None:
                if pats["reports_after"].match(folded, f.end):
                    kept.append(Found(name_start, f.end, "cited_outlet", f.attrs))
                continue
        kept.append(f)
    return kept


def _absorb_abbreviations(found: list[Found]) -> list[Found]:
    """ "لوكالة الأنباء الألمانية (د.ب.أ)": an agency's abbreviation in parentheses right after the
    outlet someone spoke to or cited names the same outlet; it is not a dateline."""
    outlets = [f for f in found if f.kind in ("told_outlet", "cited_outlet", "interview")]
    kept: list[Found] = []
    for f in found:
        if f.kind == "agency" and f.attrs.get("_paren"):
            if any(o.start <= f.start and f.end <= o.end for o in outlets):
                continue  # "حسب ما نقلته وكالة (د ب أ)": the outlet's own name
            named = next((o for o in outlets if 0 <= f.start - o.end <= 2), None)
            if named is not None:
                named.end = f.end
                if named.attrs.get("outlet") is None:
                    named.attrs.update(outlet=f.attrs.get("outlet"), kb_id=f.attrs.get("kb_id"))
                continue
        f.attrs.pop("_paren", None)
        kept.append(f)
    return kept


def _resolve_overlaps(doc: Document, norm: Any, found: list[Found]) -> list[Annotation]:
    found = _absorb_abbreviations(found)
    rank = {kind: i for i, kind in enumerate(PRIORITY)}
    found.sort(key=lambda f: (rank[f.kind], -(f.end - f.start), f.start))
    kept: list[Found] = []
    # the kept spans never overlap, so sorted by start they are sorted by end too: a new span is free
    # when it ends before the next kept one starts and starts after the one before ends (no scan of all)
    starts: list[int] = []
    by_start: list[Found] = []
    for f in found:
        if f.end <= f.start:
            continue
        i = bisect.bisect_right(starts, f.start)
        if (i > 0 and by_start[i - 1].end > f.start) or (i < len(by_start) and by_start[i].start < f.end):
            continue
        starts.insert(i, f.start)
        by_start.insert(i, f)
        kept.append(f)
    annotations = []
    for f in sorted(kept, key=lambda f: f.start):
        attrs = dict(f.attrs)
        orig = attrs.pop("_orig", None)
        if orig is None:
            span = norm.to_original(f.start, f.end)
            start, end = span.start, span.end
        else:
            start, end = orig
        while end > start and doc.text[end - 1].isspace():
            end -= 1
        attrs.setdefault("outlet", None)
        annotations.append(doc.annotation("sources", start, end, f.kind, attrs=attrs, stage=STAGE))
    return annotations
