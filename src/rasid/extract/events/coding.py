"""Coding one sentence: a trigger read as an event type (frames, vetoes, senses), with its roles and
modality."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from rasid.extract.events.actors import BODY_NAMES, office_actors, unnamed_in
from rasid.extract.events.catalogue import (
    ACTOR_TYPES,
    CLAUSE_BREAK,
    COMPLEMENTIZERS,
    PLACE_TYPES,
    STAGE,
    Catalogue,
    EventType,
    folded_set,
    inflected_arabic_verb,
    lang_of,
)
from rasid.extract.events.context import EventContext
from rasid.extract.events.continued import continued_subject
from rasid.extract.events.described_doers import described_doer
from rasid.extract.events.described_parties import described_parties
from rasid.extract.events.output import OUTLET, event_annotation
from rasid.extract.events.parties import COMMA, is_victim, received_by_subject
from rasid.extract.events.retold import retold_doer
from rasid.extract.events.roles import direct_object, find_roles, is_country, same, sentence_place
from rasid.extract.events.syntax import relative_between, words_before
from rasid.extract.matcher import fold_gap
from rasid.extract.phrases import PhraseMatch
from rasid.model import Annotation, Span


def code(
    ctx: EventContext,
    cat: Catalogue,
    etype: EventType,
    trigger: PhraseMatch,
    form: str,
    sentence: Span,
    previous: tuple[Span, dict[str, Any]] | None = None,
    last_doer: Annotation | None = None,
) -> tuple[Annotation, int, dict[str, Any]] | None:
    """The event of one trigger, the end of its clause and its roles; None when the trigger has no event reading.

    ``previous`` is the last event of the type just before (its trigger and its roles): a noun that refers back to it
    ("cette attaque", "الهجوم", "خلال الاتصال") is an event of its own with that event's parties when its clause
    names none.
    """
    t_start, t_end = trigger.span.start, trigger.span.end
    if form == "v" and (
        _after_determiner(ctx.text, t_start)
        or _unaccented_participle(trigger.phrase, ctx.text[t_start:t_end])
    ):
        # "d'une attaque", "an attack": the noun that is written like a verb (il attaque, they attack), read as the
        # noun it is (its follower is the attacker: "une attaque de jihadistes"); "aux attaques", "les dernières
        # frappes": a French participle's é (attaqué*, frappé*) is folded away, the noun has none
        word = fold_gap(ctx.text[t_start:t_end])
        noun = next((p for p in sorted(etype.agent_nouns) if _phrase_fits(p, word)), None)
        if noun is not None:  # not "the targeted ships": an adjective
            form, trigger = "n", replace(trigger, phrase=noun)
    if form in ("v", "r") and not inflected_arabic_verb(trigger.phrase, ctx.text[t_start:t_end]):
        return None  # وصلابة, شنطة, سلمية: another word that begins like the verb وصل*, شن*, سلم*
    # An excluded collocation (نشر الإعلانات, تحرير محضر, deliver a speech) is another sense of the word.
    for cue in ctx.cues.get(f"x|{etype.id}", ()):
        if cue.span.start < t_end and t_start < cue.span.end:
            return None
    needed = etype.trigger_needs.get(trigger.phrase)
    if needed is not None:
        # a noun's needed word follows it (انتشار القوات); a verb's is its object past its subject, or its subject
        lo, hi = t_end, t_end + etype.trigger_needs_window
        if form != "n" and etype.trigger_needs_verb_window:
            hi = t_end + etype.trigger_needs_verb_window
            if needed in etype.trigger_needs_subjects:
                lo = t_start - etype.trigger_needs_verb_window
        if ctx.cue_near(f"lex|{needed}", max(sentence.start, lo), min(sentence.end, hi)) is None:
            return None
    follows = etype.trigger_follows.get(trigger.phrase)
    if follows is not None:
        # "الذي تم التوصل إليه", "الموقعة بين": a clause that tells of the agreement named just before it
        lo = max(sentence.start, t_start - etype.trigger_follows_window)
        if ctx.cue_near(f"lex|{follows}", lo, t_start) is None:
            return None
    needed_next = etype.trigger_needs_next.get(trigger.phrase)
    if needed_next is not None and not _object_next(ctx, t_end, needed_next):
        return None  # "soldiers killed in the attack", "were killed": a passive, no act told by this verb
    unless = etype.trigger_unless.get(trigger.phrase)
    if unless is not None:
        lo = max(sentence.start, t_start - etype.trigger_unless_window)
        hi = min(sentence.end, t_end + etype.trigger_unless_window_after)
        if ctx.cue_near(f"lex|{unless}", lo, hi) is not None:
            return None
    thing = etype.trigger_unless_object.get(trigger.phrase)
    if thing is not None and form != "n" and _object_of(ctx, trigger.span, sentence, thing, etype):
        return None  # "زار الأمير X أمس المصابين": a visit to the wounded, to a site or a mosque, no meeting
    for group in etype.veto:
        reach = etype.veto_windows.get(group, etype.veto_window)
        lo, hi = max(sentence.start, t_start - reach), min(sentence.end, t_end + reach)
        # the first veto word of the document's language: the French sports "but" vetoes no English attack
        foreign = cat.foreign_cues.get(ctx.doc.language or "", frozenset())
        veto = _sense_veto(
            ctx, [c for c in ctx.cues_between(f"lex|{group}", lo, hi) if (c.key, c.phrase) not in foreign]
        )
        if veto is not None and not _veto_overruled(ctx, etype, veto, lo, hi):
            return None
    if form == "n" and _not_told(ctx, trigger.span, sentence, etype.not_told):
        # "يخشى إرسال المزيد من الجنود", "تمثل اعتداءً", "من أجل تحرير تعز": feared, awaited, characterised or
        # aimed at, not told
        return None
    if form == "v" and _wished_masdar(ctx, trigger.span, sentence, etype.not_told):
        return None  # "ترفض نشر مراقبين", "يؤيدون نشر قوات": a verbal noun written like the verb, wished or opposed
    if form == "n" and etype.purpose_proclitic and _purpose_aim(ctx, trigger.span, etype.purpose_proclitic):
        return None  # "في مقدمة المقاتلين لتحرير بقية المحافظات": ground to be retaken, no recapture told
    if form == "n" and _conjunct_of_aim(ctx, trigger.span, sentence, etype.not_told, etype.purpose_proclitic):
        return None  # "لتأمين محافظة عدن وتحرير باقي المحافظات": joined by و to an aim, it is one too
    if form == "n" and _quoted_alone(ctx.text, trigger.span):
        return None  # "زاويته اليومية (( لقاء ))", «Visite»: the title of a column or a programme, no event
    if ctx.inside_name(trigger.span):
        return None  # "Sudan People's Liberation Army", "Front de libération": part of a name
    if etype.attributive and _modifies_force(ctx, etype, trigger.span, sentence):
        return None  # "les soldats français déployés au Niger": where they stand, no deployment told
    lo, hi = max(sentence.start, t_start - etype.window_before), min(sentence.end, t_end + etype.window)
    nearby = ctx.entities_in(lo, hi, sentence.end)
    # "وبحث الجانبان", "les deux parties ont discuté": both sides of the meeting just told
    both_sides = (
        etype.two_parties
        and ctx.cue_near("lex|both_sides", max(sentence.start, t_start - 30), min(sentence.end, t_end + 40))
        is not None
    )
    passive_again = _passive_again(ctx, etype, trigger.span, form, sentence.start)
    refers_back = previous is not None and (form == "n" or both_sides or passive_again)
    if not refers_back and trigger.phrase in etype.anaphors and not _introduced(ctx, trigger.span, sentence):
        return None  # "الاجتماع" with no meeting told before it: a body's own session as often as talks
    if etype.described_parties and not (refers_back and trigger.phrase in etype.anaphors):
        # "الاتفاق الذي أبرمته إيران مع القوى العالمية", "المفاوضات مع الحكومة اليونانية": a party named by a
        # description is one of the two. Not for the event told before named again ("ترمي الزيارة ... بعد إبرام
        # اتفاق بين إيران والقوى الكبرى"): its parties are that event's, not the descriptions around it
        described = [p for p in described_parties(ctx, lo, hi) if not p.span.overlaps(trigger.span)]
        nearby = _with_unnamed(nearby, described)
    framed = refers_back or trigger.phrase in etype.frame_free
    if not framed and form == "n" and trigger.phrase in etype.actor_nouns:
        framed = _frame_group_met(ctx, ("actor",), nearby, lo, hi, trigger.span)
    if not framed and form == "n" and trigger.phrase in etype.place_target_nouns:
        framed = _place_target_after(ctx, etype, trigger.span, sentence, nearby)
    if not framed and not all(
        _frame_group_met(ctx, group, nearby, lo, hi, trigger.span) for group in etype.frame
    ):
        return None
    lang = lang_of(trigger.phrase)
    clause_lo, clause_hi = ctx.clause(trigger.span, lo, hi)
    in_clause = [a for a in nearby if clause_lo <= a.start < clause_hi]
    if etype.unnamed_actors:
        in_clause = _with_unnamed(in_clause, unnamed_in(ctx, max(lo, clause_lo), min(hi, clause_hi)))
    offices = (
        office_actors(ctx, max(lo, clause_lo), min(hi, clause_hi), trigger.span, sentence.end)
        if etype.two_parties
        else []
    )
    if offices:
        # الرئيس المالي, نظيره النيجري: an official named by office and country is a party to the meeting; and
        # "جلسة مباحثات" read as a person by the statistical NER beside it is no name
        in_clause = _with_offices(in_clause, offices)
        in_clause = [a for a in in_clause if not _noun_read_as_person(ctx, a, trigger.span)]
    roles = find_roles(ctx, etype, trigger, form != "n", lang, in_clause, receive=form == "r")
    if roles["source"] is None and etype.unnamed_actors and etype.theme_role == "target":
        claimer = _claimed_by(ctx, sentence)
        if claimer is not None and (roles["target"] is None or not same(claimer, roles["target"][0])):
            roles["source"] = (
                claimer,
                "claimed",
            )  # وأعلن تنظيم داعش مسؤوليته, "le JNIM a revendiqué l'attaque"
    if (
        etype.theme_role == "target"
        and form == "n"
        and (roles["target"] is None or roles["target"][1] == "victim")
    ):
        aimed = _aimed_at(ctx, clause_hi, sentence.end)
        if aimed is not None and (roles["source"] is None or not same(aimed, roles["source"][0])):
            roles["target"] = (
                aimed,
                "aimed",
            )  # "في هجوم نفذه مسلحون، واستهدف وحدة عسكرية": what the attack hit
    denied_claim = _claim_denied(ctx, sentence, roles["source"][0] if roles["source"] is not None else None)
    if denied_claim:
        # "no group has claimed the attack", ни одна группировка не взяла ответственность: nobody is named as its
        # doer, and the sentence is about the claim, so it takes no parties from the attack told before either
        roles["source"] = None
    if etype.unnamed_actors and etype.theme_role == "target":
        defender = _repelled_by(ctx, sentence, trigger.span, _with_unnamed(nearby, unnamed_in(ctx, lo, hi)))
        if defender is not None:
            if roles["source"] is not None and same(roles["source"][0], defender):
                roles["source"] = None
            if roles["target"] is None:
                roles["target"] = (defender, "repelled")
    if etype.two_parties:
        office = _office_party(ctx, trigger.span, roles["target"], clause_hi)
        if office is not None:
            roles["target"] = (office, "office")
    if etype.two_parties and form == "n" and roles["source"] is None and _possessed(ctx.text, trigger.span):
        # جاء ذلك خلال زيارته الأمير X, "during his visit to X": the visitor is the person the last sentence named
        owner = _last_person_before(ctx, sentence.start)
        if owner is not None and (roles["target"] is None or not same(owner, roles["target"][0])):
            roles["source"] = (owner, "possessor")
    if etype.two_parties and form != "n" and roles["source"] is None:
        # "قال الوزير X إنه ناقش مع نظيره Y": who says "إنه" is who met
        speaker = _self_reported(ctx, trigger.span, sentence.start)
        if speaker is not None and (roles["target"] is None or not same(speaker, roles["target"][0])):
            roles["source"] = (speaker, "speaker")
    if (
        roles["source"] is None
        and last_doer is not None
        and form != "n"
        and last_doer.end <= sentence.start
        and t_start - last_doer.end <= ANAPHORA_REACH
        and _pronoun_subject(ctx.text, t_start, clause_lo)
        and (roles["target"] is None or not same(last_doer, roles["target"][0]))
    ):
        # "Des jihadistes ont attaqué Gao. Ils ont ensuite pillé ...": the same group
        roles["source"] = (last_doer, "pronoun")
    plural = _AR_PLURAL_VERB.search(ctx.text[t_start:t_end].split()[0]) if lang == "ar" else None
    if roles["source"] is None and plural is not None and (form == "v" or plural.group() == "وا"):
        # "أن مسلحين زرعوا عبوات ... وفجروها ... ثم فتحوا النار على الجنود": a plural verb with no subject of its own
        # continues the armed group named before it in the sentence
        doer = _earlier_armed_doer(ctx, sentence.start, t_start, trigger.span, roles["target"])
        if doer is not None:
            roles["source"] = (doer, "elided")
    if (
        roles["source"] is None
        and lang == "ar"
        and form == "n"
        and etype.unnamed_actors
        and _AR_POSSESSED_ANY.match(_whole_word(ctx.text, trigger.span))
        and _unpossessed(trigger.phrase) & etype.agent_nouns
    ):
        # "وضاعفت الحركة هجماتها", "لكن غاراته على مواقع التنظيم": a noun whose genitive is its doer (هجوم
        # جهاديين) names it by its possessive pronoun too: the last party named before it in its sentence, else
        # the first (its subject, what it is about) of the sentence before
        owner = next(
            reversed(
                _parties_before(ctx, sentence.start, t_start, trigger.span, roles["target"], _PARTIES, True)
            ),
            None,
        )
        if owner is None:
            lo = _previous_sentence_start(ctx.text, sentence.start)
            earlier = _parties_before(ctx, lo, sentence.start, trigger.span, roles["target"], _PARTIES, True)
            owner = earlier[0] if earlier else None
        if owner is not None:
            roles["source"] = (owner, "possessor")
    if roles["location"] is None:
        taken = [r[0] for r in (roles["source"], roles["target"]) if r is not None]
        roles["location"] = sentence_place(ctx, sentence, trigger.span, lang, taken)
    nobody = roles["source"] is None and roles["target"] is None
    # "وقدم الوزير، أثناء الاجتماع، عرضا": a definite meeting noun told again with one of the people of the meeting
    # told before in its clause names that meeting, not a meeting of one
    one_of_them = (
        etype.two_parties
        and form == "n"
        and previous is not None
        and not nobody
        and _definite(ctx, trigger.span)
        and _party_of(roles, previous[1])
        and not _two_parties(ctx, roles, clause_lo, clause_hi)
    )
    told_before = (
        previous is not None
        and refers_back
        and (nobody or one_of_them)
        and not denied_claim
        and (roles["location"] is None or both_sides or passive_again or _definite(ctx, trigger.span))
    )
    if told_before and previous is not None:
        if etype.two_parties:
            # "خلال الاتصال", "the two sides discussed": the parties of the meeting just told. Not so for an
            # attack or a delivery told again ("the attack occurred on Monday", "L'attaque s'est produite"):
            # a sentence that names no attacker does not say who it was, even if the sentence before did
            for role in ("source", "target"):
                earlier = previous[1][role]
                roles[role] = (earlier[0], "previous") if earlier is not None else None
        # what was discussed (تم بحث الأوضاع في لبنان) is a topic, not where the meeting was
        roles["location"] = (None if passive_again else roles["location"]) or previous[1]["location"]
    if (
        not told_before
        and roles["source"] is None
        and roles["target"] is None
        and roles["location"] is None
        and not (etype.unnamed_actors and _names_combatants(ctx, in_clause, clause_lo, clause_hi))
    ):
        return (
            None  # nobody and nowhere: no event to code (unless fighters or weapons are named in its clause)
        )
    if (
        etype.unnamed_actors
        and etype.theme_role == "target"
        and roles["source"] is not None
        and roles["source"][0].label == "MEDIA"
    ):
        # "An AFP journalist saw air strikes hit", "selon al-Masirah, quatre frappes": a news outlet reports an
        # attack, it does not make one. Kept as read for what follows (the event and its trigger stay as they were),
        # written as no source (rasid.extract.events.output)
        roles["source"] = (roles["source"][0], OUTLET)
    if roles["source"] is None and lang == "ar" and form != "n" and not etype.two_parties:
        # "وكان المسلح اقتحم المقهى في وسط المدينة، وأطلق النار": a verb after "، و" with no subject of its own goes
        # on with the clause before, whose subject may stand beyond the window (after the check above, so that no
        # event is coded for it alone)
        subject = continued_subject(ctx, sentence, trigger.span, [r[0] for r in (roles["target"],) if r])
        if subject is not None:
            roles["source"] = (subject, "continued")
    if roles["source"] is None and lang == "ar" and etype.unnamed_actors and etype.theme_role == "target":
        # "فجر انتحاري نفسه", "مسلح أطلق النار", "تفجيرات نفذها انتحاريون": a doer described by what it is (after the
        # check above, so that no event is coded for it alone)
        doer = described_doer(ctx, trigger.span, form != "n", [r[0] for r in (roles["target"],) if r])
        if doer is not None:
            roles["source"] = (doer, "described")
    if (
        roles["target"] is None
        and lang == "ar"
        and etype.unnamed_actors
        and etype.theme_role == "target"
        and ctx.cue_near("lex|direct_object_attack", t_start, t_end) is not None
    ):
        # "الحادث الذي استهدف المصلين", "قصفت الميليشيات حي الجمهوري": a verb of targeting names what it hit as its
        # object, however plain the words (after the check above, so that no event is coded for it alone)
        word = _whole_word(ctx.text, trigger.span)
        actors = _with_unnamed(nearby, unnamed_in(ctx, t_end, hi))  # its subject after it (قصفت الميليشيات)
        hit = direct_object(ctx, trigger.span, word, form != "n", actors)
        doer = roles["source"][0] if roles["source"] is not None else None
        if hit is not None and (doer is None or not (hit.start <= doer.start < hit.end or same(hit, doer))):
            roles["target"] = (hit, "direct-object")
    if (
        roles["source"] is None
        and lang == "ar"
        and form == "n"
        and etype.unnamed_actors
        and etype.theme_role == "target"
        and previous is not None
        and t_start - previous[0].end <= ANAPHORA_REACH
        and not denied_claim
        and _definite_word(ctx, trigger.span)
    ):
        # "شنت طائرات أخرى غارات ... كما أدت الغارة إلى تدمير": the attack told just before with a word of the same
        # family, taken up by a definite noun, has the doer told then (after the check above: no event gained)
        doer = retold_doer(ctx, trigger.span, previous[0], previous[1], roles["target"])
        if doer is not None:
            roles["source"] = (doer, "retold")
    if (
        roles["source"] is None
        and lang != "ar"
        and form == "n"
        and etype.unnamed_actors
        and etype.theme_role == "target"
        and _POSSESSIVE_BEFORE.search(ctx.text, max(sentence.start, t_start - 30), t_start)
    ):
        # "The Houthis maintain that their attacks target ships", "a accru ses frappes": the noun's owner is the last
        # party named before it in its sentence (after the check above: no event gained)
        owners = _parties_before(ctx, sentence.start, t_start, trigger.span, roles["target"], _PARTIES, True)
        if owners:
            roles["source"] = (owners[-1], "possessive")
    visit = ctx.cue_near(f"mode|{etype.id}|visit", trigger.span.start, trigger.span.end) is not None
    # "визит российской военной делегации в Ливию": a visit to a country, whoever pays it, has the country as host
    country_visited = visit and lang in etype.visited_country_languages and is_country(ctx, roles["location"])
    if (
        etype.two_parties
        and not (told_before and (lang in etype.told_again_languages or _bilateral(ctx, sentence)))
        and not country_visited
        # "والتقى الوزيران", "بعد لقائهما": the pair is named by the subject or the trigger's own pronoun
        and not (both_sides or _dual_possessed(ctx.text, trigger.span))
        and not _two_parties(ctx, roles, clause_lo, clause_hi, visit, _summit(ctx, trigger.span))
    ):
        return None  # a meeting of one: "he spoke at a meeting", "a visit to the hospital"
    if (
        visit
        and roles["target"] is None
        and (roles["source"] is not None or country_visited)
        and is_country(ctx, roles["location"])
    ):
        # "a visit by Lavrov to Burkina Faso": the country is the other party
        roles["target"] = (roles["location"], "visited")
    for group, other in etype.recode:
        if ctx.cue_near(f"lex|{group}", clause_lo, clause_hi) is not None:
            etype = cat.types[other]  # "instructors arrived": a training mission, not a deployment
            break
    if (
        etype.place_recipient
        and roles["target"] is None
        and is_country(ctx, roles["location"])
        # "تلقوا تدريبات في تركيا": those trained received it there; the country is where, not whom
        and not received_by_subject(ctx, trigger.span, sentence.start)
    ):
        roles["target"] = (roles["location"], "recipient-place")  # "instructors arrived in Burkina Faso"
    # the clause ends at its break, else with the sentence (not at the type's window): "instructors" and
    # "arrived" in one clause are one training event
    clause_end = clause_hi if clause_hi < hi else sentence.end
    return event_annotation(ctx, cat, etype, trigger, sentence, roles), clause_end, roles


#: A mention this far (characters) after an event of its type may refer back to it.
ANAPHORA_REACH = 400
_DEMONSTRATIVES = frozenset(
    {
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "cette",
        "cet",
        "ce",
        "l'",
        "la",
        "le",
        "this",
        "that",
        "the",
        "это",
        "этот",
        "этой",
    }
    | {"этого", "этом", "данное", "данного"}
)


#: Auxiliaries (folded) before a participle that make it a verb ("ont été déployés", "were deployed").
_AUXILIARIES = frozenset(
    {"a", "ont", "est", "sont", "ete", "sera", "seront", "etait", "etaient", "avaient", "avait"}
    | {"has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will"}
    | {"был", "была", "были", "было", "будет", "будут"}
)
#: Prepositions (folded) of the place a force stands in, right after an attributive participle.
_STANDING_PLACE = frozenset(
    {"au", "aux", "a", "en", "dans", "sur", "in", "at", "on", "across", "в", "во", "на"}
)


def _modifies_force(ctx: EventContext, etype: EventType, trigger: Span, sentence: Span) -> bool:
    """Whether a participle trigger modifies the force right before it and is followed by where it stands."""
    if fold_gap(ctx.text[trigger.start : trigger.end]).strip() not in etype.attributive:
        return False
    _, words = words_before(ctx.text, trigger.start, sentence.start)
    if words and words[-1] in _AUXILIARIES:
        return False
    if ctx.cue_near("lex|force", max(sentence.start, trigger.start - 30), trigger.start) is None:
        return False
    after = fold_gap(ctx.text[trigger.end : min(sentence.end, trigger.end + 12)]).split()
    return bool(after) and after[0] in _STANDING_PLACE


#: The first word after a target mark: an article, skipped before the place or object it introduces (a whole word:
#: not the "le" of "on Lebanon", the "la" of "de Lagos"), and a side of the country (a strike on southern Lebanon).
_TARGET_MARK = re.compile(
    r"\s+(\w+'|\w+\s+)(?:(?:the|la|le|les)\s+|l')?(?:(?:southern|northern|eastern|western|central)\s+)?"
)


def _place_target_after(
    ctx: EventContext, etype: EventType, trigger: Span, sentence: Span, nearby: list[Annotation]
) -> bool:
    """Whether an attack noun's target follows it, marked (the attack on Kidal, l'attaque du camp, нападение на
    деревню): a place or an attack object, so the noun names an attack though no force or weapon is in view."""
    marks = etype.place_target_marks.get(lang_of(ctx.text[trigger.start : trigger.end]), frozenset())
    tail = fold_gap(ctx.text[trigger.end : min(sentence.end, trigger.end + 60)])
    mark = _TARGET_MARK.match(tail)
    if mark is None or mark.group(1).strip() not in marks:
        return False
    object_start = trigger.end + mark.end()
    if any(a.label in PLACE_TYPES and a.start == object_start for a in nearby):
        return True
    return any(
        cue.span.start == object_start
        for group in ("attack_object", "settlement")
        for cue in ctx.cues_between(f"lex|{group}", object_start, object_start + 1)
    )


def _names_combatants(ctx: EventContext, in_clause: list[Annotation], lo: int, hi: int) -> bool:
    """Whether a clause names fighters or weapons ("repoussant une attaque ... jihadistes", "drones struck"): its
    trigger reports a military act even when no party or place takes a role."""
    if any(a.label == "ARMED_GROUP" for a in in_clause):
        return True
    return any(ctx.cue_near(f"lex|{group}", lo, hi) is not None for group in ("force", "arms"))


#: The word that links an office to the country it serves: "chefs de la diplomatie du Mali", "leaders of Mali".
_OFFICE_OF = re.compile(r"(?:\b(?:de|du|des|d'|d’|of)(?:\s+(?:la|le|les|l'|l’|the))?\s*)$", re.IGNORECASE)
#: "avec", "with", "с": the other party of a meeting comes after it.
_WITH = re.compile(
    r"(?:\b(?:avec|with)|(?<!\w)(?:с|со))(?:\s+(?:le|la|les|l'|l’|son|sa|ses|leurs?|the|his|her|their))?\s*$"
)
#: How far an office word may stand before the country it serves (с главой переходного периода Мали).
_OFFICE_REACH = 45


def _office_party(
    ctx: EventContext, trigger: Span, target: tuple[Annotation, str] | None, clause_end: int
) -> Annotation | None:
    """The other party of a meeting named by office: "négocie avec les chefs des affaires étrangères du Mali" (not
    Mali itself), "talks with Russian leaders", "с малийским коллегой" (when nobody else is the target)."""
    text = ctx.text
    if target is not None:
        country = target[0]
        if country.label != "GPE" or country.start < trigger.end:
            return None
        cues = ctx.cues_between(
            "lex|office_party", max(trigger.end, country.start - _OFFICE_REACH), country.start
        )
        for cue in cues:
            between = text[cue.span.end : country.start]
            if COMMA.search(between) or CLAUSE_BREAK.search(between):
                continue
            if any(a.label == "PER" for a in ctx.entities_in(cue.span.end, country.start, country.start)):
                continue
            latin = lang_of(cue.phrase) in ("fr", "en")
            if (latin and _OFFICE_OF.search(between)) or (lang_of(cue.phrase) == "ru" and len(between) <= 30):
                return ctx.doc.annotation(
                    "entities",
                    cue.span.start,
                    country.end,
                    "UNNAMED",
                    attrs={"unnamed": "office"},
                    stage=STAGE,
                )
        return None
    for cue in ctx.cues_between("lex|office_party", trigger.end, clause_end):
        lead = text[max(trigger.end, cue.span.start - 30) : cue.span.start]
        lead_words = text[trigger.end : cue.span.start]
        if COMMA.search(lead_words) or CLAUSE_BREAK.search(lead_words):
            return None
        # "с малийским коллегой": an adjective may stand between the mark and the office
        start = cue.span.start
        if _WITH.search(lead) is None:
            adjective = re.search(r"(?:\b(?:avec|with)|(?<!\w)(?:с|со))\s+(\w+)\s*$", lead)
            if adjective is None:
                continue
            start = cue.span.start - (len(lead) - adjective.start(1))
        return ctx.doc.annotation(
            "entities", start, cue.span.end, "UNNAMED", attrs={"unnamed": "office"}, stage=STAGE
        )
    return None


#: "his visit", "sa visite", "его визита": a possessive right before a noun trigger.
_POSSESSIVES = folded_set(["his", "her", "sa", "son", "его", "её", "ее"])
#: An Arabic noun with a pronoun suffix of the third person singular: زيارته, لقائه, زيارتها.
_AR_POSSESSED = re.compile(r"[\u0621-\u064a]{3,}(?:ه|ها)$")
#: ... or of the plural or dual (هجماتهم, غاراتهما).
_AR_POSSESSED_ANY = re.compile(r"[\u0621-\u064a]{3,}(?:ه|ها|هم|هما)$")
#: ... or of the dual (لقائهما).
_AR_DUAL_POSSESSED = re.compile(r"[\u0621-\u064a]{3,}هما$")
#: How far back a sentence may look for the person its possessive refers to.
_POSSESSOR_REACH = 500


def _word_bounds(text: str, span: Span) -> tuple[int, int]:
    """Where the whole written word around a trigger span starts and ends, its clitics and endings with it."""
    word_end = span.end
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    word_start = span.start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return word_start, word_end


def _whole_word(text: str, span: Span) -> str:
    """The whole written word around a trigger span, its clitics and endings with it."""
    word_start, word_end = _word_bounds(text, span)
    return text[word_start:word_end]


def _unpossessed(phrase: str) -> set[str]:
    """A trigger phrase and, where it is written with a possessive pronoun (هجماتها, غارته), the noun without it."""
    forms = {phrase}
    for pronoun in ("هما", "هم", "ها", "ه"):
        if phrase.endswith(pronoun) and len(phrase) > len(pronoun) + 2:
            stem = phrase[: -len(pronoun)]
            forms |= {stem, stem[:-1] + "ة"} if stem.endswith("ت") else {stem}
            break
    return forms


def _possessed(text: str, trigger: Span) -> bool:
    """Whether the noun trigger is "his" or "her" something: زيارته, "his visit", "sa visite"."""
    word_start, word_end = _word_bounds(text, trigger)
    # the last word of a trigger of several (خلال استقباله, لدى استقبالها) is the noun
    if _AR_POSSESSED.match(text[word_start:word_end].split()[-1]):
        return True
    before = text[max(0, word_start - 8) : word_start].split()
    return bool(before) and fold_gap(before[-1]) in _POSSESSIVES


def _dual_possessed(text: str, trigger: Span) -> bool:
    """Whether an Arabic noun trigger is "their" (two people's) something: لقائهما, مباحثاتهما."""
    word_start, word_end = _word_bounds(text, trigger)
    return _AR_DUAL_POSSESSED.match(text[word_start:word_end].split()[-1]) is not None


#: A complementizer with the pronoun of the one who says it: "إنه", "أنها" (قال الوزير إنه التقى ...).
_SELF_PRONOUNS = folded_set(["إنه", "أنه", "انه", "إنها", "أنها", "انها"])


def _self_reported(ctx: EventContext, trigger: Span, sentence_start: int) -> Annotation | None:
    """The person named last before a verb that comes right after "إنه" / "أنها" (and قد): the speaker who reports
    their own act (قال الوزير X إنه ناقش مع نظيره), the verb's subject."""
    _, words = words_before(ctx.text, trigger.start, sentence_start)
    if words and words[-1] == "قد":
        words.pop()
    if not words or words[-1] not in _SELF_PRONOUNS:
        return None
    people = [a for a in ctx.entities_in(sentence_start, trigger.start, trigger.start) if a.label == "PER"]
    return people[-1] if people else None


def _last_person_before(ctx: EventContext, start: int) -> Annotation | None:
    people = [a for a in ctx.entities_in(max(0, start - _POSSESSOR_REACH), start, start) if a.label == "PER"]
    return people[-1] if people else None


#: Words that deny a claim of responsibility made by the actor just before them (no group, ни одна, لم).
_CLAIM_NEGATIONS = folded_set(
    ["لم", "لا", "ما", "لن", "aucun", "aucune", "n'a", "n'ont", "ne", "no", "not", "never", "none", "ни", "не", "никто"]
)  # fmt: skip


def _claim_denied(ctx: EventContext, sentence: Span, actor: Annotation | None) -> bool:
    """ "No group has claimed responsibility", ни одна группировка не взяла на себя ответственность: the actor of a
    denied claim (or the sentence's start, with no actor) is who did not claim, not the attacker."""
    lo = actor.end if actor is not None else sentence.start
    lead_start = max(sentence.start, actor.start - 15) if actor is not None else sentence.start
    for cue in ctx.cues_between("lex|claim_responsibility", lo, min(sentence.end, lo + 40)):
        lead = fold_gap(ctx.text[lead_start : cue.span.start]).split()
        if _CLAIM_NEGATIONS.intersection(w.strip(",،") for w in lead):
            return True
    return False


#: How far before an attack word the verb that holds it off may stand (a réagi jeudi « à une embuscade).
_REPEL_REACH = 30


def _repelled_by(
    ctx: EventContext, sentence: Span, trigger: Span, actors: list[Annotation]
) -> Annotation | None:
    """ "L'armée a repoussé l'attaque", "troops repelled an assault", صد الجيش هجوما: who holds off an attack
    was attacked, not its doer. The subject of the repel word, else None."""
    cues = [
        c
        for c in ctx.cues_between(
            "lex|repel", max(sentence.start, trigger.start - _REPEL_REACH), trigger.start
        )
        if c.span.end <= trigger.start
    ]
    if not cues or CLAUSE_BREAK.search(ctx.text, cues[-1].span.end, trigger.start):
        return None
    cue = cues[-1].span
    if lang_of(cues[-1].phrase) == "ar":
        # Arabic VSO: the subject stands between the verb and the attack (صد الجيش هجوما)
        subject = next((a for a in actors if cue.end <= a.start and a.end <= trigger.start), None)
        if subject is not None:
            return subject
    # elsewhere an actor between is the attack's own (repelled a JNIM attack): the subject comes before the verb
    before = [
        a
        for a in actors
        if sentence.start <= a.start
        and a.end <= cue.start
        and not CLAUSE_BREAK.search(ctx.text, a.end, cue.start)
        and not COMMA.search(ctx.text, a.end, cue.start)
    ]
    return before[-1] if before else None


#: An Arabic verb in the plural (هاجموا, يهاجمون): its subject is a pronoun, the group named before it.
_AR_PLURAL_VERB = re.compile(r"(?:وا|ون)$")


#: Who an attack's possessive pronoun may stand for: an armed group, a body or a country (not a town).
_PARTIES = frozenset({"ARMED_GROUP", "ORG", "GPE"})


def _earlier_armed_doer(
    ctx: EventContext, lo: int, hi: int, trigger: Span, target: tuple[Annotation, str] | None
) -> Annotation | None:
    """The last armed group or fighters named in ``[lo, hi)``, not the victims nor the target."""
    doers = _parties_before(ctx, lo, hi, trigger, target, frozenset({"ARMED_GROUP"}))
    return doers[-1] if doers else None


def _parties_before(
    ctx: EventContext,
    lo: int,
    hi: int,
    trigger: Span,
    target: tuple[Annotation, str] | None,
    labels: frozenset[str],
    unmarked: bool = False,
) -> list[Annotation]:
    """The fighters and the named parties of ``labels`` (of places, countries) in ``[lo, hi)`` in their order, not
    the victims nor the target; with ``unmarked``, no country where it happened (ضربات في سوريا) nor the subject of a
    relative clause (التحالف الذي تقوده السعودية)."""
    candidates = [
        a
        for a in ctx.entities_in(lo, hi, hi)
        if a.label in labels and (a.label != "GPE" or is_country(ctx, a))
    ]
    candidates += [a for a in unnamed_in(ctx, lo, hi) if a.attrs.get("unnamed") == "unnamed_actor"]
    return [
        a
        for a in sorted(candidates, key=lambda a: a.start)
        if ctx.cue_near("lex|bystanders", a.start, a.end) is None
        and not is_victim(ctx, a, trigger)
        and (target is None or not same(a, target[0]))
        and not (unmarked and (_where(ctx.text, a, lo) or _relative_subject(ctx.text, a.start, lo)))
    ]


#: Marks of where (folded): a country after one is where it happened, not who did it (في سوريا, "in Gaza", "au
#: Liban", "в Ливане"); the Arabic ones may be glued (بسوريا).
_AR_WHERE = folded_set(["في", "داخل", "ب"])
_WHERE = _AR_WHERE | frozenset({"in", "at", "into", "en", "au", "aux", "dans", "a", "в", "во", "на"})


#: What ends the sentence before (its start is after the last of them).
_SENTENCE_END = re.compile(r"[.!?؟\n]\s*")


def _previous_sentence_start(text: str, start: int) -> int:
    """Where the sentence before the one at ``start`` begins (no further back than the possessor's reach)."""
    floor = max(0, start - _POSSESSOR_REACH)
    body = text[floor:start].rstrip()
    ends = [m.end() for m in _SENTENCE_END.finditer(body[:-1])] if body else []
    return floor + ends[-1] if ends else floor


def _relative_subject(text: str, start: int, floor: int) -> bool:
    """Whether the name at ``start`` is the subject of a relative clause right before it ("التحالف الذي تقوده
    السعودية"): the clause describes the noun before it, which is the one the sentence is about."""
    lo = start
    for _ in range(3):  # back over the verb and the relative pronoun to the word the pronoun follows
        lo = text.rfind(" ", floor, max(floor, lo - 1))
        if lo < 0:
            return False
    return relative_between(text, max(floor, text.rfind(" ", floor, lo) + 1), start)


def _where(text: str, ann: Annotation, floor: int) -> bool:
    """Whether a country follows a mark of where, glued (بسوريا) or written apart (في سوريا, "in Gaza")."""
    clitic, words = words_before(text, ann.start, floor)
    return ann.label == "GPE" and (
        clitic in _AR_WHERE or (not clitic and words[-1:] != [] and words[-1] in _WHERE)
    )


#: A possessive determiner right before an attack noun, an adjective allowed between: "their attacks", "its drone
#: strikes", "leurs attaques", "их удары".
_POSSESSIVE_BEFORE = re.compile(
    r"\b(?:their|its|leurs?|ses|son|sa|их|его|свои|своих|своими)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)


#: Plural subject pronouns (folded), and the auxiliaries that may stand between one and its verb.
_PLURAL_PRONOUNS = frozenset({"ils", "elles", "they", "они"})
_PRONOUN_AUXILIARIES = _AUXILIARIES | {
    "ont",
    "have",
    "had",
    "also",
    "then",
    "ensuite",
    "egalement",
    "также",
    "затем",
}


def _pronoun_subject(text: str, trigger_start: int, clause_lo: int) -> bool:
    """ "Ils ont attaqué", "they then stormed", "они атаковали": a plural pronoun is the verb's subject."""
    words = fold_gap(text[clause_lo:trigger_start]).split()
    while words and words[-1] in _PRONOUN_AUXILIARIES:
        words.pop()
    return bool(words) and words[-1] in _PLURAL_PRONOUNS


def refers_back(
    ctx: EventContext, etype: EventType, trigger: Span, form: str, distance: int, loose: bool = False
) -> bool:
    """Whether a trigger ``distance`` characters after the last event of its type may refer back to it: any
    noun close by, and further on (up to the type's ``definite_reach``) a definite one ("the attack", الهجوم).
    A ``loose`` last event, one that names its act by a figure of speech (العمل الذي يستهدف وحدة بلادنا), is
    referred back to by a definite noun only ("the explosion"), not by any noun close by (لأنه اعتداء على الأبرياء)."""
    if distance <= ANAPHORA_REACH and not loose:
        return True
    if distance > etype.definite_reach:
        return False
    return _definite(ctx, trigger) if form == "n" else _passive_again(ctx, etype, trigger, form, 0)


def _party_of(roles: dict[str, Any], earlier: dict[str, Any]) -> bool:
    """Whether an actor of ``roles`` is a party of the ``earlier`` event (its source or target)."""
    mine = [r[0] for r in (roles["source"], roles["target"]) if r is not None]
    theirs = [r[0] for r in (earlier["source"], earlier["target"]) if r is not None]
    return any(same(a, b) for a in mine for b in theirs)


def _passive_again(ctx: EventContext, etype: EventType, trigger: Span, form: str, floor: int) -> bool:
    """ "وجرى بحث", "تم بحث": a passive verb of a meeting says what was discussed at the meeting told before."""
    return (
        etype.two_parties
        and form == "v"
        and _PASSIVE_AUXILIARY.search(ctx.text, max(floor, trigger.start - 12), trigger.start) is not None
    )


def _definite(ctx: EventContext, trigger: Span) -> bool:
    """الهجوم, خلال الاتصال, cette attaque, the attack, это нападение: a mention of something already told. (Of a
    trigger written with a clitic (بالهجوم, وقصف) it reads the token after the span's start, the next word: which
    events are coded depends on it; ``_definite_word`` reads the trigger's own word.)"""
    return _definite_at(ctx, ctx.token_index(trigger.start))


def _definite_word(ctx: EventContext, trigger: Span) -> bool:
    """Whether the whole word of a trigger, its clitics with it, is definite (والغارة, بالهجوم; not وقصف)."""
    return _definite_at(ctx, ctx.token_index(_word_bounds(ctx.text, trigger)[0]))


def _definite_at(ctx: EventContext, i: int) -> bool:
    """Whether token ``i`` is definite or follows a demonstrative."""
    if i < len(ctx.tokens) and ctx.tokens[i].text.lstrip("وفب").startswith(("ال", "خلال")):
        return True
    return i > 0 and ctx.tokens[i - 1].text in _DEMONSTRATIVES


def _claimed_by(ctx: EventContext, sentence: Span) -> Annotation | None:
    """The group that claims the attack in its sentence: named right before the claim or, in Arabic, after it."""
    for cue in ctx.cues_between("lex|claim_responsibility", sentence.start, sentence.end):
        groups = [
            a
            for a in ctx.entities_in(
                max(sentence.start, cue.span.start - 40), cue.span.end + 30, sentence.end
            )
            if a.label in BODY_NAMES and a.end <= sentence.end
        ]
        if groups:
            return min(groups, key=lambda a: abs(a.start - cue.span.start))
    return None


def _object_next(ctx: EventContext, end: int, group: str) -> bool:
    """The verb's object right after it, on the same line: a figure (killed 11 soldiers) or a word of ``group``
    (killed four men, killed a commander)."""
    start = _next_word_start(ctx, end)
    return ctx.text[start : start + 1].isdigit() or _word_next(ctx, end, group)


#: What may stand before the word after a trigger besides spaces: an opening quote (كان يستهدف «إخراج المشركين»).
_SPACE_AND_OPENING_QUOTES = " «\"“„'"


def _next_word_start(ctx: EventContext, end: int) -> int:
    """Where the word after ``end`` begins, past spaces and opening quotes (not past a line break)."""
    rest = ctx.text[end : end + 40]
    return end + len(rest) - len(rest.lstrip(_SPACE_AND_OPENING_QUOTES))


def other_object(ctx: EventContext, etype: EventType, trigger: PhraseMatch) -> bool:
    """Whether the word right after a trigger gives it another reading (تستهدف أمن البلاد, استهدافها الإسلام: what is
    aimed at is no target of arms; توقع إجراء انتخابات: expected, not signed). Read by the stage after coding: the
    trigger is no event of its own, but a later mention may still refer back to it (the terrorist act "that targets
    the unity of our country", then "the explosion": the act is told, only its target is a figure of speech)."""
    group = etype.trigger_unless_next.get(trigger.phrase)
    return group is not None and _word_next(ctx, trigger.span.end, group)


#: How far back a doer right before a `doer_first` verb may start (characters)
_DOER_REACH = 80


def aim_described(ctx: EventContext, etype: EventType, trigger: PhraseMatch, sentence: Span) -> bool:
    """Whether a present targeting verb (يستهدف, تستهدف) has no doer right before it as its subject: what a plan, a
    programme, a group's charge sheet or a generic "they" targets is described (تخطيط إرهابي يستهدف بلادي, تنظيم
    إرهابي ...، يستهدف منشآت الدولة, عندما يستهدف الإرهابيون, التحالف لا يستهدف المدنيين), no attack told; "داعش
    يستهدف المصلين" tells one. A verb glued to و is joined to another verb, its subject further back. The doer is a
    named side or an unnamed force, not a described one: "إرهابي" after a noun is its adjective (تخطيط إرهابي). Read
    by the stage after coding, as other_object: a later definite mention may still refer back to it."""
    if trigger.phrase not in etype.doer_first:
        return False
    end = trigger.span.start
    while end > sentence.start and ctx.text[end - 1] in " \t":
        end -= 1
    if end == trigger.span.start:
        return True
    lo = max(sentence.start, end - _DOER_REACH)
    doers = [*ctx.entities_in(lo, end, end), *unnamed_in(ctx, lo, end)]
    return not any(a.end == end and a.label in ACTOR_TYPES for a in doers)


def _object_of(ctx: EventContext, trigger: Span, sentence: Span, group: str, etype: EventType) -> bool:
    """Whether a word of ``group`` follows a trigger verb within `trigger_unless_object_window` characters and
    before the first comma or clause break: the verb's object past its long subject (زار صاحب السمو الأمير X أمير
    المنطقة أمس المصابين), not a word of a later clause (زار الرياض، ثم توجه إلى المستشفى)."""
    hi = min(sentence.end, trigger.end + etype.trigger_unless_object_window)
    for stop in (
        *COMMA.finditer(ctx.text, trigger.end, hi),
        *CLAUSE_BREAK.finditer(ctx.text, trigger.end, hi),
    ):
        hi = min(hi, stop.start())
    return ctx.cue_near(f"lex|{group}", trigger.end, hi) is not None


def _word_next(ctx: EventContext, end: int, group: str) -> bool:
    """A word of ``group`` right after ``end``, on the same line."""
    start = _next_word_start(ctx, end)
    return any(c.span.start == start for c in ctx.cues_between(f"lex|{group}", start, start + 1))


def _sense_veto(ctx: EventContext, cues: list[PhraseMatch]) -> PhraseMatch | None:
    """The first word of a veto group that gives the trigger another sense, not one inside a name or phrase where it
    has another sense itself (الاتحاد الأوروبي, حركة الشباب, بهدف: no sports word there), nor a rank before a name
    (الفريق عثمان المحرج: a general, not a team)."""
    return next((c for c in cues if not _inside_homonym(ctx, c) and not _rank_before_name(ctx, c)), None)


def _rank_before_name(ctx: EventContext, cue: PhraseMatch) -> bool:
    if not any(r.span == cue.span for r in ctx.cues_between("lex|rank_title", cue.span.start, cue.span.end)):
        return False
    return any(a.label == "PER" for a in ctx.entities_in(cue.span.end, cue.span.end + 2, len(ctx.text)))


def _inside_homonym(ctx: EventContext, cue: PhraseMatch) -> bool:
    return any(
        h.span.start <= cue.span.start and cue.span.end <= h.span.end
        for h in ctx.cues_between("lex|homonyms", cue.span.start, cue.span.end)
    )


def _veto_overruled(ctx: EventContext, etype: EventType, veto: PhraseMatch, lo: int, hi: int) -> bool:
    """A veto word with a military sense too (أهداف: goals or targets) yields to a force word beside it."""
    if fold_gap(veto.phrase).strip() not in etype.veto_ambiguous:
        return False
    return any(ctx.cue_near(f"lex|{group}", lo, hi) is not None for group in ("force", "arms"))


def _with_unnamed(named: list[Annotation], unnamed: list[Annotation]) -> list[Annotation]:
    """Named and unnamed actors in text order: a name inside an unnamed phrase is its modifier (جيش بوركينا فاسو)."""
    if not unnamed:
        return named
    kept = [
        a
        for a in named
        if not (a.label == "GPE" and any(u.start <= a.start and a.end <= u.end for u in unnamed))
    ]
    kept += [u for u in unnamed if not any(a.start < u.end and u.start < a.end for a in kept)]
    return sorted(kept, key=lambda a: a.start)


#: An Arabic clause that goes on about the attack just named, saying what it hit: "، واستهدف", "واستهدفت".
_AIMED = re.compile(r"[\s،,]*و?(?:استهدف|استهدفت)\s+")


def _aimed_at(ctx: EventContext, clause_end: int, sentence_end: int) -> Annotation | None:
    """The object of "واستهدف" opening the clause after an attack noun's own: "في هجوم نفذه مسلحون صباح الأحد،
    واستهدف وحدة عسكرية" (the verb has no subject of its own: the attack hit the unit)."""
    aimed = _AIMED.match(ctx.text, clause_end, sentence_end)
    if aimed is None:
        return None
    start = aimed.end()
    actors = _with_unnamed(ctx.entities_in(start, start + 3, sentence_end), unnamed_in(ctx, start, start + 3))
    return next((a for a in actors if a.label in ACTOR_TYPES or a.label in PLACE_TYPES), None)


#: How far before a trigger noun a word that makes it no event told may start (characters).
_NOT_TOLD_REACH = 40
#: How many words may stand between such a word and the trigger: a subject or an auxiliary (يخشى روحاني إرسال,
#: حتى يتم تحرير) ...
_NOT_TOLD_GAP = 2
#: ... and between a word of preventing or of possibility and the act, at most one (لمنع تنفيذ ضربات, فرص التوصل إلى
#: اتفاق نهائي): further on the act is what another noun names (منع توزيع صور تفجير انتحاري: the pictures are banned,
#: the bombing is told)
_CLOSE_GAP = 1
#: ... none of them a preposition or a time word (حتى الآن في الهجوم: the trigger is part of another phrase), nor a
#: "that" (يخشون أن الهجوم سيستمر: what is feared is what the attack told does)
_GAP_STOPS = COMPLEMENTIZERS | folded_set(
    ["في", "على", "من", "عن", "إلى", "الى", "مع", "بعد", "قبل", "منذ", "الآن", "الان", "اليوم", "أمس", "امس",
     "in", "on", "at", "of", "after", "before", "since", "now", "today", "a", "dans", "apres", "avant", "depuis",
     "в", "на", "после", "до", "с", "сейчас", "сегодня"]
)  # fmt: skip
#: What may stand between a characterising word and the noun it characterises: quotes, and a proclitic.
_QUOTES_AND_SPACE = " \t\"'«»“”„"
_GLUED = frozenset({"و", "ف", "ب", "ل", "ك", "لل", "وب", "ول", "فب", "فل"})


def _not_told(
    ctx: EventContext, trigger: Span, sentence: Span, own_groups: Sequence[str] = (), kinds: bool = True
) -> bool:
    """Whether a trigger noun names what someone fears or waits for (يخشى روحاني إرسال المزيد من الجنود, دون خوف من
    الغارات, لحين تدريب القوات, "pending the deployment"), or what a statement calls an act told elsewhere (تمثل
    اعتداءً, وصفته بأنه "هجوم إرهابي", "qualifiée d'agression"), or a kind of act (أدوات التفجير, حالات القصف),
    or, with the type's ``own_groups``, what someone aims at or wishes for (من أجل تحرير تعز, تعهد باستعادة
    المدينة): no event is told by it. ``kinds=False`` leaves out the kind of act, for a word further back than the
    first conjunct of a trigger (عن أي نبي تقتدون بالذبح والتفجير: "أي" is no kind of the bombing)."""
    groups = [("characterising", 0), ("not_told", _NOT_TOLD_GAP), ("prevented", _CLOSE_GAP)]
    if kinds:
        groups.append(("generic_head", 0))
    first_word = fold_gap(ctx.text[trigger.start : trigger.end]).split()[:1]
    if not _ADVERBIAL_TRIGGER_HEADS.intersection(first_word):
        # "طالب معاليه خلال الاجتماع": a trigger that is a time adverbial is no object of what was demanded
        groups += [(group, _NOT_TOLD_GAP) for group in own_groups]
    return any(_after_word_of(ctx, trigger, sentence, group, gap_words) for group, gap_words in groups)


def possible_only(ctx: EventContext, trigger: Span, sentence: Span) -> bool:
    """Whether a trigger noun follows a word of possibility, chance or capability (احتمالية التوصل إلى اتفاق, من
    الممكن إرسال قوات, عدم قدرتها على السيطرة): what may happen, no event of its own. Read by the stage after coding,
    as guarded_against: a later mention may still refer back to it ("بإمكانية التوصل إلى اتفاق" ... "وبعد توقيع
    الاتفاق نقضوه": the signing told after the chances is an event)."""
    return _after_word_of(ctx, trigger, sentence, "possibility", _CLOSE_GAP)


def _after_word_of(ctx: EventContext, trigger: Span, sentence: Span, group: str, gap_words: int) -> bool:
    """Whether a word of the lexicon ``group`` stands before the trigger in its clause, with at most ``gap_words``
    words between, none of them a preposition, a time word or a "that"."""
    lo = max(sentence.start, trigger.start - _NOT_TOLD_REACH)
    cues = [c for c in ctx.cues_between(f"lex|{group}", lo, trigger.start) if c.span.end <= trigger.start]
    if not cues:
        return False
    gap = ctx.text[cues[-1].span.end : trigger.start]
    if COMMA.search(gap) or CLAUSE_BREAK.search(gap):
        return False
    words = gap.strip(_QUOTES_AND_SPACE).split()
    if words and not gap[-1].isspace() and words[-1] in _GLUED:
        words.pop()  # the proclitic glued to the trigger (و[[الاغتيال]], ل[[تفجير]])
    folded = [fold_gap(w).strip(_QUOTES_AND_SPACE) for w in words]
    return len(folded) <= gap_words and not _GAP_STOPS.intersection(folded)


def _wished_masdar(ctx: EventContext, trigger: Span, sentence: Span, own_groups: Sequence[str]) -> bool:
    """Whether an Arabic verb trigger follows right after a word of the type's own not-told groups (ترفض نشر
    مراقبين, يؤيدون نشر قوات, اعتراضهم على نشر قوات): with no subject or أن between them, the word is the verbal
    noun written like the verb (نشر: he deployed, and deploying), and the act is wished for or opposed, not told."""
    if not own_groups or lang_of(ctx.text[trigger.start : trigger.end]) != "ar":
        return False
    lo = max(sentence.start, trigger.start - _NOT_TOLD_REACH)
    for group in own_groups:
        cues = [c for c in ctx.cues_between(f"lex|{group}", lo, trigger.start) if c.span.end <= trigger.start]
        if not cues:
            continue
        gap = ctx.text[cues[-1].span.end : trigger.start].strip(_QUOTES_AND_SPACE)
        if gap in ("", "ب", "ل"):  # نطالب بنشر, الدعوة لإرسال: the preposition glued to the noun
            return True
    return False


#: Prepositions (folded) that open a trigger phrase of time (خلال الاجتماع, أثناء الزيارة): such a trigger is no object.
_ADVERBIAL_TRIGGER_HEADS = folded_set(
    ["خلال", "أثناء", "اثناء", "عقب", "بعد", "قبل", "لدى", "during", "after"]
)
#: A purpose ل glued to a trigger noun (لتحرير, ولاستعادة, للسيطرة), as written before the trigger's match.
_PURPOSE_PROCLITICS = frozenset({"ل", "ول", "فل"})
#: How far back (characters, in its clause) an act noun keeps a trigger after a purpose ل an event told.
_PURPOSE_ACT_REACH = 90


def _purpose_aim(ctx: EventContext, trigger: Span, act_group: str) -> bool:
    """Whether a trigger noun follows a purpose ل (في مقدمة المقاتلين لتحرير بقية المحافظات, خطوة أولى لاستعادة كافة
    المحافظات) with no act noun of ``act_group`` right before it (بدأت عملية عسكرية لاستعادة الجامعة, صدت محاولات
    النظام لاستعادة المواقع: the operation or the attempt is an act told)."""
    word_start = trigger.start
    while word_start > 0 and not ctx.text[word_start - 1].isspace():
        word_start -= 1
    if ctx.text[word_start : trigger.start] not in _PURPOSE_PROCLITICS:
        return False
    # the act noun may stand a few words back, past its doer or its name (صدت محاولات قوات النظام لاستعادة, انطلاقة
    # عملية السهم الذهبي المسنودة من قوات التحالف لتحرير), not past a comma
    lo = max(0, word_start - _PURPOSE_ACT_REACH)
    for stop in (*COMMA.finditer(ctx.text, lo, word_start), *CLAUSE_BREAK.finditer(ctx.text, lo, word_start)):
        lo = max(lo, stop.end())
    return ctx.cue_near(f"lex|{act_group}", lo, word_start) is None


#: How many words may stand between a word of protection and the trigger noun, the last of them من or ضد.
_GUARD_GAP_WORDS = 5
_GUARD_REACH = 60
#: The preposition (folded) that names what is guarded against, right before the trigger noun.
_GUARD_PREPOSITIONS = folded_set(["من", "ضد"])


def guarded_against(ctx: EventContext, trigger: Span, sentence: Span) -> bool:
    """Whether a trigger noun names what someone protects or defends against (حماية المدنيين من الهجمات الإرهابية,
    لحماية الحدود من هجمات تشنها جماعات مسلحة, الدفاع عن أنفسهم ضد هذا النوع من الهجمات): attacks in general, no
    event told. The word of protection stands a few words back in the clause, and من or ضد right before the trigger
    (not وحدات حماية الشعب, a force's name, with no preposition). Read by the stage after coding: such a noun is no
    event, but a later mention may still refer back to it (as it did before this check)."""
    lo = max(sentence.start, trigger.start - _GUARD_REACH)
    cues = [
        c for c in ctx.cues_between("lex|guarded_against", lo, trigger.start) if c.span.end <= trigger.start
    ]
    if not cues:
        return False
    gap = ctx.text[cues[-1].span.end : trigger.start]
    if COMMA.search(gap) or CLAUSE_BREAK.search(gap):
        return False
    words = [fold_gap(w).strip(_QUOTES_AND_SPACE) for w in gap.split()]
    if words and not gap[-1].isspace():
        words.pop()  # a proclitic glued to the trigger (و[[الهجمات]])
    if not words or len(words) > _GUARD_GAP_WORDS:
        return False
    # the last word before the trigger is the preposition (ضد هذا النوع من الهجمات: من, past the kind named)
    return words[-1] in _GUARD_PREPOSITIONS


#: How many words back an Arabic trigger noun joined by و may find the head of its first conjunct (لتأمين محافظة عدن).
_CONJUNCT_REACH_WORDS = 4
#: Glued و before a trigger noun (وتحرير), as written before the trigger's match.
_AND_PROCLITICS = frozenset({"و"})
#: Words (folded) that begin with ل but are no purpose ل on a verbal noun.
_L_WORDS = folded_set(
    [
        "لدى",
        "لكن",
        "لقد",
        "لها",
        "لهم",
        "له",
        "لهما",
        "لنا",
        "لذلك",
        "لهذا",
        "لهذه",
        "لأن",
        "لان",
        "لما",
        "لم",
        "لن",
        "لا",
        "لي",
        "لعل",
        "لكل",
        "لأي",
    ]
)


def _conjunct_of_aim(
    ctx: EventContext, trigger: Span, sentence: Span, own_groups: Sequence[str], act_group: str | None
) -> bool:
    """Whether an Arabic trigger noun joined by و (وتحرير) is the second conjunct of a noun that names an aim, a wish
    or a purpose (لتأمين محافظة عدن وتحرير باقي المحافظات, ضرورة وقف القتال وانسحاب المسلحين): it shares its reading,
    so no event is told by it. The first conjunct's head is looked for a few words back, within the clause."""
    if not own_groups and not act_group:
        return False
    word_start = trigger.start
    while word_start > 0 and not ctx.text[word_start - 1].isspace():
        word_start -= 1
    if ctx.text[word_start : trigger.start] not in _AND_PROCLITICS:
        return False
    lo = max(sentence.start, word_start - 60)
    for stop in (*COMMA.finditer(ctx.text, lo, word_start), *CLAUSE_BREAK.finditer(ctx.text, lo, word_start)):
        lo = max(lo, stop.end())
    words = list(re.finditer(r"\S+", ctx.text[lo:word_start]))[-_CONJUNCT_REACH_WORDS:]
    for word in words:
        start, end = lo + word.start(), lo + word.end()
        # a kind of act shared by both conjuncts stands before the first one, right before و (حالات القصف والاشتباكات)
        last = word is words[-1]
        if own_groups and _not_told(ctx, Span(start, end), sentence, own_groups, kinds=last):
            return True
        head = fold_gap(word.group())
        # لتأمين, لفك: a purpose ل on a verbal noun; a noun's own ل (للمدينة) or لدى, لكن are no purpose
        purpose = (
            head.startswith("ل") and not head.startswith("لل") and len(head) >= 3 and head not in _L_WORDS
        )
        if act_group and purpose and _purpose_aim(ctx, Span(start + 1, end), act_group):
            return True
    return False


#: Determiners that only stand before a noun (not "l'", "la", "les": also object pronouns before a verb).
_NOUN_DETERMINERS = frozenset({"une", "d'une", "d’une", "cette", "an", "the", "this", "its", "their"})


def _phrase_fits(phrase: str, word: str) -> bool:
    folded = fold_gap(phrase.rstrip("*"))
    return word.startswith(folded) if phrase.endswith("*") else word == folded


def _unaccented_participle(phrase: str, written: str) -> bool:
    """Whether a French participle's pattern ending in é (frappé*, attaqué*) matched a word without that é
    (frappes, attaques): the noun, which folding made look like it."""
    stem = phrase.rstrip("*")
    return stem.endswith("é") and not written.lower().startswith(stem.lower())


def _after_determiner(text: str, start: int) -> bool:
    before = text[max(0, start - 8) : start].split()
    return bool(before) and before[-1].lower() in _NOUN_DETERMINERS


_OPENING_QUOTES = ("«", '"', "“", "(", "'")
_CLOSING_QUOTES = ("»", '"', "”", ")", "'")


#: Arabic auxiliaries that make a verbal noun after them a passive verb (تم تحييد: "were neutralised").
_PASSIVE_AUXILIARY = re.compile(r"(?<![^\W_])(?:تم|يتم|سيتم|جرى|يجري)\s*\W?\s*$")


def _quoted_alone(text: str, trigger: Span) -> bool:
    """Whether a one-word noun trigger is all that stands between quotes or brackets: a title, not an event
    told (a quoted phrase, « tirs d'obus », is an event in the words of the one quoted)."""
    if any(c.isspace() or c in "'’" for c in text[trigger.start : trigger.end]):
        return False
    if _PASSIVE_AUXILIARY.search(text, max(0, trigger.start - 12), trigger.start):
        return False  # 'تم "تحييد" اثنين': تم + a verbal noun is a passive verb, quoted or not
    before = text[max(0, trigger.start - 4) : trigger.start].rstrip()
    after = text[trigger.end : trigger.end + 4].lstrip()
    return before.endswith(_OPENING_QUOTES) and after.startswith(_CLOSING_QUOTES)


def _noun_read_as_person(ctx: EventContext, ann: Annotation, trigger: Span) -> bool:
    """A "person" of one word and the meeting word after it (جلسة مباحثات): a noun, not a name."""
    if (
        ann.label != "PER"
        or ann.attrs.get("kb_id")
        or not (ann.start < trigger.end and trigger.start < ann.end)
    ):
        return False
    return len(ctx.text[ann.start : trigger.start].split()) < 2


def _with_offices(named: list[Annotation], offices: list[Annotation]) -> list[Annotation]:
    """Named actors and officials by office in text order: a name inside an office's words is its nisba taken for a
    name by the statistical NER (الموريتاني), not an actor of its own."""
    if not offices:
        return named
    kept = [a for a in named if not any(o.start < a.end and a.start < o.end for o in offices)]
    return sorted(kept + offices, key=lambda a: a.start)


def _two_parties(
    ctx: EventContext, roles: dict[str, Any], lo: int, hi: int, visit: bool = False, summit: bool = False
) -> bool:
    """Both roles, or one of them and an official by title not part of that party's own name and title, or a
    person visiting a country or city ("وصل الرئيس إلى الرياض في زيارة رسمية": the host is the place), or a party
    after "with" (talks with Putin: whoever held them is the other), or a summit's own country or body (قمة دول
    بريكس: a summit gathers several)."""
    parties = [r[0] for r in (roles["source"], roles["target"]) if r is not None]
    if len(parties) == 2:
        return True
    if _with_party(ctx, roles["target"], lo):
        return True
    target = roles["target"]
    if summit and target is not None and target[1] == "theme" and target[0].label in ("GPE", "ORG"):
        return True
    delegations = ctx.cues_between("lex|delegation", lo, hi)
    if not parties:
        return False
    party = parties[0]
    location = roles["location"]
    if visit and party.label == "PER" and location is not None and location.label == "GPE":
        return True
    if visit and _abroad(party, location):
        return True  # "a delegation from Niger visited Moscow": a country's delegation, hosted in another country
    own_title = (party.start - 40, party.end)  # "الأمير محمد بن سلمان": the title before the name is his

    def owns(title: Span) -> bool:
        # ... unless a delegation stands between them: "استقبل الرئيس المالي وفدا من روسيا" (the host's title)
        return own_title[0] <= title.start < own_title[1] and not any(
            title.end <= d.span.start and d.span.end <= party.start for d in delegations
        )

    return any(lo <= c.span.start < hi and not owns(c.span) for c in ctx.cues.get("lex|official", ()))


def _summit(ctx: EventContext, trigger: Span) -> bool:
    return any(c.span == trigger for c in ctx.cues_between("lex|summit_word", trigger.start, trigger.end))


def _with_party(ctx: EventContext, target: tuple[Annotation, str] | None, lo: int) -> bool:
    """Whether the target was found after a "with" of the with_party lexicon, within a title's reach before it (A
    meeting with Foreign Minister Jean-Marie Traore)."""
    if target is None or target[1] != "target-mark":
        return False
    return ctx.cue_near("lex|with_party", max(lo, target[0].start - 45), target[0].start) is not None


def _introduced(ctx: EventContext, trigger: Span, sentence: Span) -> bool:
    """Whether a definite meeting noun is followed, past at most one word (الثلاثي, المشترك), by a relative clause or
    a بين that names its parties (اللقاء الذي جمع X مع Y): a first mention, not the meeting told before named again."""
    cue = ctx.cue_near("lex|meeting_introduced", trigger.end, min(sentence.end, trigger.end + 25))
    return cue is not None and len(ctx.text[trigger.end : cue.span.start].split()) <= 1


def _bilateral(ctx: EventContext, sentence: Span) -> bool:
    """Whether a sentence speaks of what two parties share (العلاقات الثنائية, بين البلدين, الجانبان): a meeting told
    again in it is talks between the two parties of the meeting told before (which had its two when it was coded,
    if only by an official's title in its own clause), not a body's own session."""
    return any(
        ctx.cue_near(f"lex|{group}", sentence.start, sentence.end) is not None
        for group in ("bilateral", "both_sides")
    )


def _abroad(party: Annotation, location: Annotation | None) -> bool:
    """Whether a country party is in a place of another country (its delegation abroad, not a tour at home)."""
    if party.label != "GPE" or location is None or location.label != "GPE":
        return False
    home, there = party.attrs.get("country"), location.attrs.get("country")
    return bool(home) and bool(there) and home != there


#: Frame slots met by an entity of these labels nearby (other slots: equipment, or a lexicon's cue).
_FRAME_SLOT_LABELS: dict[str, frozenset[str]] = {
    "armed_actor": frozenset({"ARMED_GROUP"}),
    "actor": ACTOR_TYPES,
    "person": frozenset({"PER"}),
    "place": PLACE_TYPES,
}


#: Frame groups of the people who act (a force, an official): the trigger word itself is not one of them.
_ACTOR_FRAMES = frozenset({"force", "official"})


def _frame_group_met(
    ctx: EventContext, group: Sequence[str], nearby: list[Annotation], lo: int, hi: int, trigger: Span
) -> bool:
    """Whether a member of the frame group is in ``[lo, hi)``. A trigger that names people (مدربين: trainers, or
    coaches; "delegation"; "renforts") is no actor of its own frame: a force or an official must be named beside
    it. A trigger that names the violence (غارة, كمين, إطلاق النار) still meets the frame of violence."""
    for kind in group:
        labels = _FRAME_SLOT_LABELS.get(kind)
        if labels is not None:
            met = any(a.label in labels and not a.span.overlaps(trigger) for a in nearby)
        elif kind == "equipment":
            met = ctx.has_equipment(lo, hi)
        elif kind == "described_party":
            # "مباحثات بين الأميركيين والحوثيين": a side named by a description (in ``nearby`` for the types that
            # take one) stands for the people who meet
            met = any(a.attrs.get("unnamed") == kind and not a.span.overlaps(trigger) for a in nearby)
        elif kind in _ACTOR_FRAMES:
            met = any(not c.span.overlaps(trigger) for c in ctx.cues_between(f"lex|{kind}", lo, hi))
        else:
            met = ctx.cue_near(f"lex|{kind}", lo, hi) is not None
        if met:
            return True
    return False
