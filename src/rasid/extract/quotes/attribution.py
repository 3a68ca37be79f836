"""Attributing one quotation: the speech cue before or after it, and the speech events that feed the chain."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from rasid.extract.cues import finditer_near, fold
from rasid.extract.names import load_name_cues
from rasid.extract.quotes.cues import ARABIC, WORD, cue_words
from rasid.extract.quotes.descriptions import (
    BETWEEN_SUBJECT_AND_VERB,
    COORDINATION,
    INVERTED_AFTER,
    ORGANIZATION_LOOKBACK_CHARS,
    SAYING,
    described_before,
    described_by_apposition,
    described_subject,
    inverted_verb,
    is_participle,
    it_antecedent,
    main_clause_subject,
    noun_use,
    opening_anonymous,
    opening_person_only,
    organization_after,
    quoted_from,
    resolve_named_organization,
    resolve_reference,
    statement_issuer,
    subject_of_verb,
    verb_agrees_with,
)
from rasid.extract.quotes.discourse import (
    COMPLEMENTIZER,
    INVERTED_PRONOUN,
    LOOKBACK_CHARS,
    MAX_DESCRIPTION_WORDS,
    NOT_NAME_WORDS,
    OBJECT_GENDER,
    PHRASE_STOP,
    QUOTED_PRONOUN,
    SENTENCE_SUBJECT_WORDS,
    Discourse,
    Speaker,
    SpeechEvent,
    after_preposition,
    coordinated_with_opening_subject,
    from_chain,
    gender_of,
    is_role_word,
    last_part,
    newcomer_after,
    only_person_in_view,
    possessive,
    quoted_before,
    start_of_sentence,
    words_between,
)
from rasid.extract.quotes.marks import Quote
from rasid.extract.quotes.mentions import (
    Mention,
    name_tokens,
    no_russian_subject,
    oblique_russian_name,
    title_class_ending,
)
from rasid.extract.quotes.subjects import (
    CAPITALISED_WORD,
    about_or_to_last_named,
    apposition,
    body_apposition,
    names_a_subject,
    role_phrase,
    single_name_described,
    skip_arabic_outlet,
    skip_told_outlet,
    skip_told_to,
    subject_after_verb,
    subject_before,
)
from rasid.text.tokens import has_feminine_ending


def attribute(ctx: Discourse, q: Quote, floor: int) -> Speaker | None:
    """The speaker of a quotation from the words around it; one the text says asked not to be named
    ("وقال المسؤول رافضاً كشف هويته", "said an official on condition of anonymity") is anonymous."""
    speaker = _attribute_speaker(ctx, q, floor)
    text = ctx.text
    sent_start = start_of_sentence(text, q.open, floor)
    if speaker is None:
        return _asked_not_to_be_named(ctx, sent_start, q.open)
    if speaker.mention is not None and speaker.via != "role":
        if speaker.mention.canonical is None and len(WORD.findall(speaker.mention.text)) == 1:
            # "وأوضح سمسار طالبا عدم ذكر اسمه": who asked not to be named has no name; the one word a
            # model took for a name is the description
            unnamed = _asked_not_to_be_named(ctx, sent_start, q.open, allow_person=True)
            if unnamed is not None and unnamed.start <= speaker.mention.start < unnamed.end:
                return unnamed
        return speaker
    after = text[q.close + 1 if q.close is not None else q.end : q.end + 200]
    after = re.split(r"[.!?؟\n]", after)[0]
    fs, fe = ctx.folded_range(sent_start, q.open)
    fa, fb = ctx.folded_range(q.end, q.end + len(after) + 1)
    if ctx.cues.anonymity.search(ctx.norm.text, fs, fe) or ctx.cues.anonymity.search(ctx.norm.text, fa, fb):
        return replace(speaker, mention=None, kind="anonymous", name=None, via="explicit")
    return speaker


#: Words between an unnamed source's head and the verb of its clause, within one phrase (غربي، في بيروت).
_CLAUSE_REACH = 3


def describes_unnamed(ctx: Discourse, folded: str, verb: re.Match[str]) -> bool:
    """Arabic: an imperfect verb right after the description of an unnamed source ("دبلوماسي يتابع الوضع",
    "مصدر غربي يعمل في"): the clause describing who speaks, not the statement's verb, whose subject it is."""
    if verb.group("ar") is None or verb.group()[:1] not in "يت":
        return False
    before = re.split(r"[،,:;؛.!?؟«»\"“”()\n]", folded[max(0, verb.start() - 60) : verb.start()])[-1]
    words = WORD.findall(before)[-_CLAUSE_REACH:]
    return any(not w.startswith("ال") and w in ctx.cues.anonymous_ar for w in words)


def _asked_not_to_be_named(
    ctx: Discourse, sent_start: int, end: int, *, allow_person: bool = False
) -> Speaker | None:
    """Arabic: "وأوضح وسيط عقاري طالباً عدم الكشف عن اسمه: «…»": the subject between the speech verb and a
    phrase asking not to be named is an unnamed source, whatever its head noun (no list of them holds every
    trade), when it names nobody."""
    fs, fe = ctx.folded_range(sent_start, end)
    asked = next(reversed(list(ctx.cues.anonymity.finditer(ctx.norm.text, fs, fe))), None)
    if asked is None:
        return None
    verbs = [v for v in ctx.cues.verb.finditer(ctx.norm.text, fs, asked.start()) if v.group("ar") is not None]
    if not verbs:
        return None
    v_end = ctx.orig(verbs[-1].start(), verbs[-1].end())[1]
    a_start = ctx.orig(asked.start(), asked.end())[0]
    words = words_between(ctx, v_end, a_start)
    if not words or len(words) > MAX_DESCRIPTION_WORDS or words[-1][1] < a_start - 2:
        return None  # nothing written between, a long phrase, or a mark that ends it before the phrase
    if not allow_person and any(m.label == "PER" for m in ctx.mentions_in(v_end, a_start)):
        return None  # somebody named (an unusual order): no guess
    return Speaker(None, words[0][0], words[-1][1], "explicit", None, kind="anonymous")


def introduced_by_colon(ctx: Discourse, q: Quote) -> Speaker | None:
    """fr/en/ru: a sentence that opens with a person and ends with a colon right before the quotation,
    on its line or the next ones, with no speech verb and nobody else in it ("M. X a tenu à clarifier
    la position de son gouvernement :⏎« … »"): that person's words."""
    text = ctx.text
    if ARABIC.search(text, q.start, min(q.end, q.start + 40)) is not None:
        return None
    before = text[: q.open].rstrip()
    if not before.endswith(":") and "\n" in text[len(before) : q.open]:
        return _name_line_before(ctx, len(before))
    if not before.endswith(":") or text.count("\n", len(before), q.open) > 2:
        return None
    colon = len(before) - 1
    sent_start = start_of_sentence(text, colon, max(0, colon - COLON_SENTENCE_CHARS))
    fs, fe = ctx.folded_range(sent_start, colon)
    if ctx.cues.verb.search(ctx.norm.text, fs, fe) is not None or re.search(
        r"[\"«»“”]", text[sent_start:colon]
    ):
        return None  # a speech verb there was read already; a quotation in it is another matter
    people = [m for m in ctx.mentions_in(sent_start, colon) if m.label == "PER"]
    if len({m.key for m in people}) != 1:
        return None
    m = people[0]
    if len(WORD.findall(text[sent_start : m.start])) > SENTENCE_SUBJECT_WORDS or not ctx.is_subject_position(
        m
    ):
        return None
    if no_russian_subject(m.text) or _oblique_surname(ctx, m):
        return None  # "Вадиму Ступину ответили в МИД:": whom it was said to
    return Speaker(m, m.start, m.end, "explicit", None)


#: The most words a line naming the speaker above a quotation has (Name, title of office).
NAME_LINE_WORDS = 12


def _name_line_before(ctx: Discourse, line_end: int) -> Speaker | None:
    """fr/en/ru: a quotation opening its line under a short line that is a person's name, alone or with a
    title set off after it ("Paul X, maire de Lille⏎« … »", "Иван Петров — глава района⏎«…»"): that
    person. Not a line that says something of them (a headline with a verb, a sentence)."""
    text = ctx.text
    line_start = text.rfind("\n", 0, line_end) + 1
    line = text[line_start:line_end]
    if (
        not line.strip()
        or len(WORD.findall(line)) > NAME_LINE_WORDS
        or re.search(r"[.!?…\"«»“”:]\s*$", line)
        or ctx.cues.verb.search(fold(line)) is not None
    ):
        return None
    people = [m for m in ctx.mentions_in(line_start, line_end) if m.label == "PER"]
    if not people or text[line_start : people[0].start].strip() or len({m.key for m in people}) != 1:
        return None
    m = people[0]
    rest = text[m.end : line_end]
    if rest.strip() and not re.match(r"\s*[,(—–-]", rest):
        return None
    return Speaker(m, m.start, m.end, "explicit", None)


def incise_inside(ctx: Discourse, q: Quote) -> Speaker | None:
    """fr/en/ru: the attribution set inside the quotation marks ("« Nous avons tenu, a-t-il dit. Nous
    tiendrons »", "« Nous avons tenu, a déclaré X, et nous tiendrons »"): its subject speaks."""
    text = ctx.text
    if ARABIC.search(text, q.start, min(q.end, q.start + 40)) is not None:
        return None
    fs, fe = ctx.folded_range(q.start, q.end)
    for verb in ctx.cues.verb.finditer(ctx.norm.text, fs, fe):
        v_start, v_end = ctx.orig(verb.start(), verb.end())
        if not re.search(r"[,،]\s*$", text[q.start : v_start]) or noun_use(ctx.norm.text, verb):
            continue
        stop = re.search(r"[,.;!?]", text[v_end : q.end])
        if stop is None:
            continue
        zone_end = v_end + stop.start()
        cue = text[v_start:v_end]
        inverted = INVERTED_PRONOUN.search(fold(cue))
        if inverted is not None and not WORD.search(text, v_end, zone_end):
            found = from_chain(
                ctx, q.open, "pronoun", gender_of(cue, last_part(inverted)), last_part(inverted)
            )
        elif inverted is None and INVERTED_AFTER.search(text, max(0, v_start - 3), v_start):
            found = subject_after_verb(ctx, v_end, zone_end)
            found = found if found is not None and found.mention is not None else None
        else:
            continue
        if found is not None:
            found.cue = cue
        return found
    return None


#: How far back the sentence a colon ends may start.
COLON_SENTENCE_CHARS = 300


#: en: "state media quoted him (as saying)": the one quoted is the last speaker of that gender.
_QUOTED_OBJECT = re.compile(r"(?<![^\W_])quoted\s+(him|her)(?![^\W_])", re.IGNORECASE)
#: A name's apposition between commas: no sentence end inside, but an abbreviation's dots may be
#: ('"…," Leaf, who headed the U.S. delegation, said').
_APPOSITION = re.compile(r"\s*,(?:[^,،.!?؟\n]|(?<=[A-Z])\.(?=[A-Z]|\s+[a-z]))+,\s*")


def _quoted_object(ctx: Discourse, start: int, end: int, pos: int) -> Speaker | None:
    """ "A statement quoted him addressing troops: "…"" / '"…," state media quoted her as saying.'"""
    found = list(_QUOTED_OBJECT.finditer(ctx.text, start, end))[-1]
    if quoted_before(ctx.text, start, found.start()):
        return None
    event = ctx.event_before(pos)
    gender = "m" if found.group(1).lower() == "him" else "f"
    if event is not None and pos - event.end <= LOOKBACK_CHARS:
        speaker = from_chain(ctx, pos, "pronoun", gender, "he")
    else:  # nobody has spoken: the one person in view (whose gender no name tells), else nobody
        speaker = only_person_in_view(ctx, pos, "pronoun")
    if speaker is not None:
        speaker.cue = found.group()
    return speaker


#: en: "… quoted X, the governor, as saying": the words between "quoted" and the person (a title).
_QUOTED_BEFORE_PERSON = re.compile(r"(?<![^\W_])quoted\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?:,\s*)?$")


def _quoted_person(ctx: Discourse, start: int, v_start: int, v_end: int, end: int) -> Speaker | None:
    """The person a quoting verb has for its object speaks, not the outlet that quotes them:
    '"…," the agency quoted X, the governor, as saying' (en: the cue is "as saying"); «…», — цитирует
    агентство губернатора Омара Диалло (ru: the person after цитирует, not after a preposition)."""
    text = ctx.text
    cue = fold(text[v_start:v_end])
    if cue == "as saying":
        people = [m for m in ctx.mentions_in(start, v_start) if m.label == "PER"]
        for m in people:
            if _QUOTED_BEFORE_PERSON.search(text, start, m.start) and (
                m is people[-1] and re.fullmatch(r"\s*(?:,[^,.!?\n]+,)?\s*", text[m.end : v_start])
            ):
                return Speaker(m, m.start, m.end, "after", text[v_start:v_end])
        return None
    if not cue.startswith("цитир"):
        return None
    people = [
        m
        for m in ctx.mentions_in(v_end, min(end, v_end + 120))
        if m.label == "PER" and not after_preposition(text, m)
    ]
    if not people:
        return None
    m = people[0]
    return Speaker(m, m.start, m.end, "after", text[v_start:v_end])


def _attribute_speaker(ctx: Discourse, q: Quote, floor: int) -> Speaker | None:
    text = ctx.text
    sent_start = start_of_sentence(text, q.open, floor)
    if _QUOTED_OBJECT.search(text, sent_start, q.open):
        return _quoted_object(ctx, sent_start, q.open, q.open)
    fs, fe = ctx.folded_range(sent_start, q.open)
    folded = ctx.norm.text
    # 1. "وبحسب X، "…"" / according to X, "…"
    attr = None
    for m in ctx.cues.attribution.finditer(folded, fs, fe):
        attr = m
    hidden = [m.span() for m in ctx.cues.anonymity.finditer(folded, fs, fe)]
    # "رافضاً كشف هويته": the verb of an anonymity phrase is not the speech verb
    verbs = [
        v
        for v in ctx.cues.verb.finditer(folded, fs, fe)
        if not any(a <= v.start() < b for a, b in hidden)
        and not noun_use(folded, v)
        and not describes_unnamed(ctx, folded, v)
        and not (
            v.group("other") is not None and quoted_before(text, sent_start, ctx.orig(v.start(), v.end())[0])
        )
        and not _present_in_what_was_said(ctx, sent_start, v)
        and not ends_in_taa_marbuta(ctx, v)
        and not in_person_name(ctx, v)
    ]  # '"We also explained" that …, "…"': a verb inside an earlier quotation is not the attribution
    verb = verbs[-1] if verbs else None
    # 0. "По его словам, «…»", "selon lui, « … »": the one speaking, by a possessive pronoun
    by_pronoun = None
    for m in ctx.cues.pronoun_attribution.finditer(folded, fs, fe):
        by_pronoun = m
    if by_pronoun is not None and (verb is None or by_pronoun.start() > verb.start()):
        p_start, p_end = ctx.orig(by_pronoun.start(), by_pronoun.end())
        if not WORD.search(text[p_end : q.open]) or (
            verb is None and _opens_sentence(text, sent_start, p_start)
        ):
            gender = by_pronoun.lastgroup if by_pronoun.lastgroup in ("m", "f") else None
            found = from_chain(ctx, p_start, "pronoun", gender)
            if found is not None:
                found.cue = text[p_start:p_end]
            return found
    if verb is None and attr is None:
        holder = _opinion_holder(ctx, sent_start, q.open)
        if holder is not None:  # "Pour le gouverneur X, aucun doute : « … »"
            return holder
    # "A report claimed that X met Y, according to a source close to Z: "…"": the verb's clause ended, the
    # source introduces the quote (not an outlet: "X said that …, according to Reuters: "…"" relays X)
    after_clause = (
        attr is not None
        and verb is not None
        and attr.start() > verb.start()
        and _THAT_AFTER_VERB.match(folded, verb.end()) is not None
        and _SOURCE_BEFORE_QUOTE.fullmatch(text, ctx.orig(attr.start(), attr.end())[1], q.open) is not None
    )
    # "Selon X, l'armée a repoussé l'attaque, affirmant avoir « … »": the source opening the sentence covers a
    # fr/en participle after it, as it covers a sentence with no speech verb
    sourced_participle = (
        attr is not None
        and verb is not None
        and verb.group("ar") is None
        and is_participle(ctx, verb)
        and attr.start() < verb.start()
        and _opens_sentence(text, sent_start, ctx.orig(attr.start(), attr.end())[0])
    )
    if attr is not None and (
        verb is None
        or sourced_participle
        or (attr.start() > verb.start() and not WORD.search(folded, verb.end(), attr.start()))
        # "وذكرت الوكالة نقلا عن مصدر عسكري أن «…»": the one it was relayed from speaks
        or (attr.start() > verb.start() and _AR_RELAY.match(folded, attr.start()) is not None)
        or after_clause
    ):
        # "وبحسب X، «…»" (not "وأضاف المصدر - حسب وكالة … - أن «…»": the verb's subject speaks)
        a_start, a_end = ctx.orig(attr.start(), attr.end())
        comma = re.search(r"[،,]", text[a_end : q.open])
        phrase_end = a_end + comma.start() if comma else q.open
        # "وبحسب X، "…"": nothing but the source between the cue and the quote, or an apposition
        # ("According to Colonel X, the spokesperson of the military, "…"")
        rest = text[phrase_end : q.open]
        direct = (
            not rest.strip(" \t،,:-—–")
            or (
                _APPOSITION_BEFORE_QUOTE.fullmatch(rest) is not None
                and ctx.cues.verb.search(fold(rest)) is None
            )
            or (
                (verb is None or sourced_participle)
                and comma is not None
                and _opens_sentence(text, sent_start, a_start)
            )
        )
        found = subject_after_verb(ctx, a_end, phrase_end) if direct else None
        if found is not None and found.mention is not None and _relative_of(ctx, found.mention):
            # "по словам помощника Ивана Петрова, «…»": the aide speaks, Petrov is whose aide; only a
            # name set right after the owner ("помощника Ивана Петрова Олега Смирнова") is the aide's
            return _named_relative(ctx, found.mention, phrase_end)
        if found is None and direct:
            found = described_subject(ctx, a_end, phrase_end)
            if (
                found is not None
                and found.via == "statement"
                and ARABIC.search(text, a_end, phrase_end) is None
            ):
                found = statement_issuer(ctx, found.start)  # "According to the statement, "…""
            found = None if found is not None and found.via == "statement" else found
        if found is None and direct:
            role = _inflected_role(ctx, a_end, phrase_end)
            if role is not None:  # "По словам министра, «…»", "по словам главы МИД": a role in the genitive
                found = role_phrase(ctx, a_end, phrase_end, role)
        if found is None and direct and ARABIC.search(text, a_end, phrase_end) is None:
            found = organization_after(ctx, a_end, phrase_end)  # "According to the army, "…""
        outlet = found is not None and found.mention is not None and found.mention.label == "MEDIA"
        if found is not None and not (after_clause and outlet):
            found.cue = text[a_start:a_end]
            return found
    # 2. a speech verb before the quote
    if verb is not None and re.sub(r"^[وف]", "", verb.group()) in SAYING:
        v_start = ctx.orig(verb.start(), verb.end())[0]
        quoted = quoted_from(ctx, sent_start, v_start, text[v_start : ctx.orig(verb.start(), verb.end())[1]])
        said = verbs[-2] if len(verbs) > 1 else None
        if quoted is not None or _FROM.search(folded, fs, verb.start()) is not None:
            return quoted  # ونقلت الوكالة عن مسؤول قوله: "…" (taken from someone no one names: nobody)
        if said is not None and _SUBJECT_THEN_SAYING.fullmatch(folded, said.end(), verb.start()):
            verb = said  # "وتابع قوله", "وأضاف X قوله": the verb before it speaks
        elif _IMPERSONAL_SAYING.fullmatch(verb.group()) and not _TO_SAYING.search(
            folded, max(0, verb.start() - 6), verb.start()
        ):
            return None  # "حيث يمكن القول إن": anyone's saying, nobody's words
        # else "وخلص X إلى القول", "وهي قوله": the noun of saying stands for the verb, its subject before it
    if verb is not None:
        v_start, v_end = ctx.orig(verb.start(), verb.end())
        quoted_person = _quoted_person(ctx, sent_start, v_start, v_end, q.open)
        if quoted_person is not None:  # "Агентство цитирует губернатора X: «…»"
            quoted_person.via = "explicit"
            return quoted_person
        cue = text[v_start:v_end]
        if verb.group("ar") is None and in_object_relative_clause(ctx, sent_start, v_start):
            # "X, que l'armée qualifie de « … »", "X, whom the army described as "…"": the words are the
            # relative clause's subject's, never X's (whom they describe)
            found = _object_relative_subject(ctx, sent_start, v_start)
            if found is not None:
                found.cue = cue
            return found
        gender = gender_of(cue)
        participle = is_participle(ctx, verb)
        named_first = (
            _named_after_particle(ctx, sent_start, v_start) if verb.group("ar") is not None else None
        )
        if named_first is not None:  # "فإن X أبلغ الصحيفة بأن «…»": X, not the outlet after the verb
            found, written = Speaker(named_first, named_first.start, named_first.end, "subject", None), True
        else:
            found, written = subject_of_verb(ctx, verb, v_start, v_end, q.open, sent_start)
        if written and found is None:
            return None  # the subject is written but is not a known name: no guess
        if found is None and participle:
            # "وقال الوزير الإسرائيلي مشيراً إلى كيري «…»": the finite verb before names the subject
            for earlier in reversed(verbs[:-1]):
                if is_participle(ctx, earlier):
                    continue
                e_start, e_end = ctx.orig(earlier.start(), earlier.end())
                if _NO_STATEMENT_BEFORE.search(text, max(0, e_start - 12), e_start):
                    continue  # "وشدد على أنه لا يرى دورا …، مضيفا": the verb of what was said
                found, written = subject_of_verb(ctx, earlier, e_start, e_end, v_start, sent_start)
                if written and found is None:
                    return None
                break
        if found is None and verb.group("ar") is None:
            found = opening_anonymous(ctx, sent_start, v_start)
        if found is None:
            found = subject_before(ctx, sent_start, v_start, participle=participle)
            if participle and verb.group("ar") is None:
                found = opening_person_only(ctx, sent_start, found)
        if found is None and participle and verb.group("ar") is None:
            found, written = main_clause_subject(ctx, sent_start, v_start)
            if found is not None and found.kind == "person" and found.mention is None:
                found = None  # "The minister spoke …, saying": a role we cannot resolve, no guess
            if written and found is None:
                return None  # "Le Militaire américain a mené …, affirmant « … »": nobody known, no guess
        if found is None and participle and verb.group("ar") is not None and len(verbs) == 1:
            subject_zone = _opening_verb_subject(ctx, sent_start, v_start)
            if subject_zone is not None:
                # "وحظرت الدائرة الحكومية … التوزيع قائلة «…»": the sentence's own verb has a written
                # subject, whom the participle goes on with; not whoever spoke before
                found = subject_after_verb(ctx, *subject_zone) or described_subject(ctx, *subject_zone)
                found = resolve_reference(ctx, found, v_start, gender)
                if found is None:
                    return None
        if found is None and not participle and _unknown_subject_before(ctx, sent_start, v_start, verb):
            return None  # "L'une d'elles a précisé que «…»": someone is named, not whom we know
        if found is None and _RELATIVE_OBJECT.search(folded, max(0, verb.start() - 4), verb.start()):
            return None  # "على يد من وصفها بـ«…»": the main clause's subject speaks, not whoever spoke before
        if (
            found is None
        ):  # "… broadcaster showed a plane landing. It said "…"": the body, not who spoke before
            found = it_antecedent(ctx, v_start, _subject_pronoun(text, sent_start, v_start))
        if found is None:
            found = from_chain(ctx, v_start, "implicit", gender, _honorific_after(ctx, v_end, q.open))
        if found is None and not participle:
            found = coordinated_with_opening_subject(ctx, sent_start, v_start, gender, "implicit")
        if found is not None and _in_relative_clause_of_another(ctx, v_end, q.open, found):
            return None  # "X a soutenu que les propos de Y, qui a évoqué une « partition », …": Y's words
        if found is not None and in_object_relative_clause(ctx, v_end, q.open):
            return None  # "a déclaré X, que la presse surnomme « … »": the press's words about X
        if found is not None and about_or_to_last_named(ctx, v_start, v_end, found):
            return None  # "وعندما ألح عليه X …، قال له: «…»": X is whom it was said to, not the speaker
        if found is not None:
            found.cue = cue
            if verb_agrees_with(ctx, v_end, found):
                found.gender = found.gender or gender
            return found
        return None
    # 3. a finite speech verb right after the quote: "…"، قال الوزير / « … », a déclaré X / "…," X said
    if q.close is not None:
        return _attribute_after(ctx, q) or _cited_after_verb(ctx, q)
    return None


def _subject_pronoun(text: str, sent_start: int, v_start: int) -> str | None:
    """The one word before a speech verb opening its sentence ("It said", "He added"), else None."""
    words = WORD.findall(text, sent_start, v_start)
    return words[0] if len(words) == 1 else None


def _named_after_particle(ctx: Discourse, sent_start: int, v_start: int) -> Mention | None:
    """Arabic: a person named between a particle opening a nominal clause (فإن، لكن) and the speech verb
    right after the name, with nothing else between: the verb's subject, written before it."""
    if ctx.text[v_start] in "وف":
        return None  # "لكن X وقال": the verb opens a clause of its own
    people = [m for m in ctx.mentions_in(sent_start, v_start) if m.label == "PER"]
    if not people or ctx.text[people[-1].end : v_start].strip():
        return None
    m = people[-1]
    before = WORD.findall(fold(ctx.text[sent_start : m.start]))
    if not before or before[-1] not in cue_words("nominal_particles_ar"):
        return None
    return m


def _introduces_next_quotation(ctx: Discourse, v_start: int, after_end: int) -> bool:
    """Arabic: the verb after a quotation opens a clause of its own with و and the clause runs into
    the next quotation (“…”، وقال X “…”): the verb and its subject introduce that quotation."""
    return (
        ARABIC.match(ctx.text, v_start) is not None
        and ctx.text[v_start] == "و"
        and after_end < len(ctx.text)
        and ctx.text[after_end] in '«“"'
    )


def _cited_after_verb(ctx: Discourse, q: Quote) -> Speaker | None:
    """'"…," SANA reported, citing a military source': the verb's subject is no speaker Rasid takes (an
    outlet), the source it cites in the same clause is."""
    assert q.close is not None
    after_end = min(len(ctx.text), q.close + 160)
    clause_end = re.search(rf"[\n!?؟:;؛\"«»“”]|{ctx.cues.full_stop}", ctx.text[q.close + 1 : after_end])
    if clause_end:
        after_end = q.close + 1 + clause_end.start()
    fs, fe = ctx.folded_range(q.close + 1, after_end)
    return _attributed_after(ctx, q, fs, fe)


def _noun_gender(folded: str) -> str:
    """Arabic: a noun's grammatical gender as its ending says (ة, folded ه, or a plural in ات: f)."""
    return "f" if has_feminine_ending(folded) else "m"


def _opening_verb_subject(ctx: Discourse, sent_start: int, v_start: int) -> tuple[int, int] | None:
    """Arabic: the written subject when the sentence opens with a verb (و/ف + a word not definite) and
    a definite noun that agrees with it in gender, with its definite adjectives (وحظرت الدائرة الحكومية
    …، فرفضت الشركة …); None when the verb's subject is not written (واختتم زيارته، ورفضت الطلب)."""
    commas = [c.end() for c in _COMMA.finditer(ctx.text, sent_start, v_start)]
    if commas:  # "وردا على سؤال، اكتفت متحدثة باسم الجهاز بالقول": an unnamed source opening the last clause
        described = _opening_verb_described(ctx, commas[-1], v_start)
        if described is not None:
            return described
    words = list(WORD.finditer(ctx.text, sent_start, v_start))
    if len(words) < 2 or PHRASE_STOP.search(ctx.text, words[0].end(), words[1].start()):
        return None
    first, second = fold(words[0].group()), fold(words[1].group())
    if first[1:] not in ctx.cues.anonymous_ar and (
        described := _opening_verb_described(ctx, sent_start, v_start)
    ):
        return described
    if (
        first[:1] not in "وف"
        or first[1:].startswith("ال")
        or first in ctx.cues.adverbial
        or ctx.cues.verb.fullmatch(first) is not None
        or not second.startswith("ال")
        or second in ctx.cues.adverbial
        or _noun_gender(second) != gender_of(words[0].group())
    ):
        return None
    end = words[1].end()
    for word in words[2:]:
        folded = fold(word.group())
        if not folded.startswith("ال") or _noun_gender(folded) != _noun_gender(second):
            break
        if PHRASE_STOP.search(ctx.text, end, word.start()):
            break
        end = word.end()
    return words[1].start(), _named_after_title(ctx, end, v_start)


def _named_after_title(ctx: Discourse, end: int, v_start: int) -> int:
    """Where an opening verb's subject ends: at the title (``end``), or at the person named right after
    it, its complement between and no mark ("واستنكر الأمين العام للمشروع العربي الشيخ X هذه التصريحات،
    واصفا"): the name is the subject, the title only describes them."""
    stop = PHRASE_STOP.search(ctx.text, end, v_start)
    clause_end = stop.start() if stop else v_start
    person = next((m for m in ctx.mentions_in(end, clause_end) if m.label == "PER"), None)
    if person is not None and len(WORD.findall(ctx.text[end : person.start])) <= MAX_DESCRIPTION_WORDS:
        return person.end  # a place or a body in the title's complement (في العراق) is passed over
    return end


_COMMA = re.compile(r"[،,]")


def _opening_verb_described(ctx: Discourse, start: int, v_start: int) -> tuple[int, int] | None:
    """Arabic: a verb then an unnamed source agreeing with it in gender (اكتفت متحدثة باسم …، وقال مسؤول
    …) opening ``text[start:v_start]``: where that description runs."""
    words = list(WORD.finditer(ctx.text, start, v_start))
    if len(words) < 2 or PHRASE_STOP.search(ctx.text, words[0].end(), words[1].start()):
        return None
    first, second = fold(words[0].group()), fold(words[1].group())
    if (
        first.startswith(("ال", "وال"))
        or first in ctx.cues.adverbial
        or second not in ctx.cues.anonymous_ar
        or _noun_gender(second) != gender_of(words[0].group())
    ):
        return None
    return words[1].start(), v_start


#: fr: a sentence opening with "Pour" and a person, then a comma: whose view the sentence gives.
_FOR_OPENER = re.compile(r"\s*(?:Et\s+)?Pour\s+")


def _opinion_holder(ctx: Discourse, sent_start: int, pos: int) -> Speaker | None:
    """fr: « Pour le gouverneur X, aucun doute : « … » », « Pour X, il faut « … » »: the person named
    in the opening phrase is the one whose words are quoted (a place or a body there is not)."""
    opener = _FOR_OPENER.match(ctx.text, sent_start, pos)
    if opener is None:
        return None
    comma = ctx.text.find(",", opener.end(), pos)
    if comma < 0:
        return None
    if any(m.label == "PER" for m in ctx.mentions_in(comma, pos)):
        return None  # "Pour X, le ministre Y a tort de dire que « … »": Y's words, maybe
    found = subject_after_verb(ctx, opener.end(), comma)
    if found is None or found.mention is None or found.mention.label != "PER":
        return None
    found.via, found.cue = "explicit", ctx.text[opener.start() : opener.end()].strip()
    return found


#: Arabic cues that relay someone's words (نقلا عن X، على لسان X), folded: X speaks, not the relayer.
#: fr/en/ru (folded): a complementizer right after a speech verb, opening the clause of what was said.
_THAT_AFTER_VERB = re.compile(r"\s*,?\s*(?:that|que|qu['’]|что)(?![^\W_])")
#: An attribution phrase's source running to a colon or a comma right before the quote.
_SOURCE_BEFORE_QUOTE = re.compile(r"[^,،.:;!?\"«»“”\n]{1,100}[:,]\s*")
_AR_RELAY = re.compile(r"[وف]?(?:نقلا\s+عن|على\s+لسان)(?![^\W_])")
#: ", the spokesperson of the military, " between an attribution and its quote.
_APPOSITION_BEFORE_QUOTE = re.compile(r"\s*[,،]\s*[^,،.:;!?؟\"«»“”]{1,80}[,،]\s*")


def _attributed_after(ctx: Discourse, q: Quote, fs: int, fe: int) -> Speaker | None:
    """An attribution phrase after the quote, in its clause: "…", according to a Burkina Faso army
    statement / « … », selon une source sécuritaire / «…», по словам X."""
    cues = list(ctx.cues.attribution.finditer(ctx.norm.text, fs, fe))
    if not cues:
        return None
    cue = cues[-1]
    c_start, c_end = ctx.orig(cue.start(), cue.end())
    if ctx.text[c_start].isupper():
        return None  # '"… symbolique." Selon l'armée, 800 000 …': a new sentence, not this quote's source
    if ARABIC.search(ctx.text, c_start, c_end) is None and _RELATIVE_AFTER_SUBJECT.search(
        ctx.text, ctx.orig(fs, fs)[0], c_start
    ):
        return None  # '"…," said one of the men, who, according to RTN, was …': said of the subject
    _, end = ctx.orig(fs, fe)
    comma = re.search(r"[،,]", ctx.text[c_end:end])
    phrase_end = c_end + comma.start() if comma else end
    found = subject_after_verb(ctx, c_end, phrase_end) or described_subject(ctx, c_end, phrase_end)
    if found is None and ARABIC.search(ctx.text, c_end, phrase_end) is None:
        found = organization_after(ctx, c_end, phrase_end)
    if found is not None and found.via == "statement" and ARABIC.search(ctx.text, c_end, phrase_end) is None:
        found = statement_issuer(ctx, found.start)  # « … », selon le communiqué
    if comma and (found is None or found.mention is None) and ARABIC.search(ctx.text, c_end, end) is None:
        found = _named_after_described(ctx, c_end, phrase_end, end) or found
    if found is None or found.via == "statement":
        return None
    found.cue = ctx.text[c_start:c_end]
    if found.via == "subject":
        found.via = "after"
    return found


#: fr/en/ru: a relative clause about the subject opening right before the cue ("…," said X, who, according to Y).
_RELATIVE_AFTER_SUBJECT = re.compile(
    r",\s*(?:who|which|qui|lequel|laquelle|который|которая|которые)\s*,?\s*\Z"
)
#: fr/en/ru: a description of someone, opening with an article (le délégué chargé de …, the group's envoy).
_DESCRIBED = re.compile(r"\s*(?:le|la|l['’]|un|une|the|a|an)\s*[^\W\d_]", re.IGNORECASE)
#: What may end a name set off after a description: a comma, the end, or a relative clause about the person.
_NAME_SET_OFF_END = re.compile(r"\s*(?:$|[,.;:)]|—|–|(?:qui|who|который|которая)\s)")


def _named_after_described(ctx: Discourse, start: int, described_end: int, end: int) -> Speaker | None:
    """fr/en: "« … », selon le délégué chargé de la communication, X Y (qui …)": a description of a person
    no one else fits, then the person's name set off by a comma; the name speaks."""
    if not _DESCRIBED.match(ctx.text, start, described_end) or ctx.mentions_in(start, described_end):
        return None
    after_comma = described_end + 1
    named = [
        m
        for m in ctx.mentions_in(after_comma, end)
        if m.label == "PER" and not ctx.text[after_comma : m.start].strip()
    ]
    if not named or not _NAME_SET_OFF_END.match(ctx.text, named[0].end, end):
        return None
    m = named[0]
    return Speaker(m, m.start, m.end, "subject", None)


def _pronoun_attributed_after(ctx: Discourse, q: Quote, fs: int, fe: int) -> Speaker | None:
    """ "« … », selon lui." / '"…," according to her' / «…», по его словам: the last speaker of that
    gender, as "selon lui, « … »" before the quote."""
    found = ctx.cues.pronoun_attribution.search(ctx.norm.text, fs, fe)
    if found is None:
        return None
    p_start, p_end = ctx.orig(found.start(), found.end())
    assert q.close is not None
    if ctx.text[q.close + 1 : p_start].strip(" ,\u00a0—–-") or ctx.text[p_start].isupper():
        return None  # words between, or a new sentence opening with "Selon lui"
    if found.lastgroup not in ("m", "f"):
        return None  # "selon eux": a group, not the last speaker
    speaker = from_chain(ctx, q.open, "pronoun", found.lastgroup)
    if speaker is not None:
        speaker.cue = ctx.text[p_start:p_end]
    return speaker


#: ", qui a évoqué …", ", who described …", ", который назвал …": a relative clause on the noun before.
_RELATIVE_CLAUSE = re.compile(r"[,،]\s*(?:qui|who|который|которая|которые)\s", re.IGNORECASE)


def _in_relative_clause_of_another(ctx: Discourse, start: int, pos: int, found: Speaker) -> bool:
    """fr/en/ru: the quote at ``pos`` stands in a relative clause (no comma since its "qui") on a person
    named right before it who is not the speaker found: the words are that person's, not the speaker's."""
    clauses = list(_RELATIVE_CLAUSE.finditer(ctx.text, start, pos))
    if not clauses or re.search(r"[,;:.!?\n]", ctx.text[clauses[-1].end() : pos]):
        return False
    comma = clauses[-1].start()
    key = found.mention.key if found.mention is not None else None
    return any(
        m.label == "PER" and m.key != key and not ctx.text[m.end : comma].strip()
        for m in ctx.mentions_in(start, comma)
    )


#: fr/en/ru: a relative clause whose own subject follows the relative word ("X, que la presse surnomme",
#: "X, whom the agency calls", "X, которого AFP называет"): what it quotes is that subject's words.
_RELATIVE_OF_ANOTHER = re.compile(
    r"[,،]\s*(?P<word>que|qu['’]|whom|которого|которую|которых|которым|которой)\s*"
    r"(?!(?:il|elle|he|she|он|она)(?![^\W_]))[^\W\d_]",
    re.IGNORECASE,
)


def in_object_relative_clause(ctx: Discourse, start: int, pos: int) -> bool:
    """The quote at ``pos`` stands in such a relative clause, with no stop since its relative word;
    French "que" only right after a person's name (", que la France …" after a verb is "that")."""
    clauses = list(_RELATIVE_OF_ANOTHER.finditer(ctx.text, start, pos))
    if not clauses or re.search(r"[,;:.!?\n]", ctx.text[clauses[-1].end() : pos]):
        return False
    clause = clauses[-1]
    return not fold(clause.group("word")).startswith("qu") or any(
        m.label == "PER" and not ctx.text[m.end : clause.start()].strip()
        for m in ctx.mentions_in(max(start, clause.start() - 80), clause.start())
    )


def _object_relative_subject(ctx: Discourse, sent_start: int, v_start: int) -> Speaker | None:
    """The subject between an object relative word and the speech verb of its clause ("que l'armée
    qualifie", "whom the ministry called"): a name, a body, or an unnamed source; else None."""
    clause = list(_RELATIVE_OF_ANOTHER.finditer(ctx.text, sent_start, v_start))[-1]
    start = clause.end("word")
    return (
        subject_after_verb(ctx, start, v_start)
        or organization_after(ctx, start, v_start)
        or described_subject(ctx, start, v_start)
    )


_RU_CASE_ENDING = re.compile(r"(?:а|я|у|ю|ом|ем|ой|ей|е|ы|и)$")


def _inflected_role(ctx: Discourse, start: int, end: int) -> str | None:
    """ru: a role noun with a case ending as the first word (министра, главы, представителя): the role
    noun itself, else None."""
    words = WORD.findall(fold(ctx.text[start:end]))
    if not words or not ("\u0400" <= words[0][:1] <= "\u04ff"):
        return None
    stem = _RU_CASE_ENDING.sub("", words[0])
    for role in (stem, stem + "а", stem + "ь"):  # министр, глава, представитель
        if role in ctx.cues.role_words:
            return role
    return None


def _opens_sentence(text: str, sent_start: int, pos: int) -> bool:
    """fr/en/ru: ``pos`` opens its sentence (a conjunction aside): "According to him, …" there covers
    the whole sentence, quotes later in it included, when no speech verb comes before them."""
    if ARABIC.search(text, sent_start, pos + 20) is not None:
        return False
    return [fold(w) for w in WORD.findall(text[sent_start:pos])] in (
        [],
        ["and"],
        ["but"],
        ["et"],
        ["mais"],
        ["и"],
        ["а"],
        ["но"],
    )


def _unknown_subject_before(ctx: Discourse, sent_start: int, v_start: int, verb: re.Match[str]) -> bool:
    """fr/en/ru (no subject is dropped there): words right before a finite verb in its clause are its
    subject; when they name nobody known, the quote is not the last speaker's."""
    if verb.group("ar") is not None:
        return False
    clause_start = sent_start
    for mark in PHRASE_STOP.finditer(ctx.text, sent_start, v_start):
        clause_start = mark.end()
    words = [fold(w) for w in WORD.findall(ctx.text[clause_start:v_start])]
    while words and words[-1] in BETWEEN_SUBJECT_AND_VERB:
        words.pop()  # "He also said", "il a aussi", "он также"
    if not words or words[-1] in COORDINATION:
        return False
    # "il a déclaré", "et elle a ajouté" are pronouns; "l'une d'elles a précisé" is a subject
    return not (ctx.cues.pronoun.fullmatch(words[-1]) and (len(words) == 1 or words[-2] in COORDINATION))


#: fr: an auxiliary, its inverted pronoun and adverbs between a quote and the participle of a speech
#: verb ("a-t-il encore souligné", "avait déclaré", "a également précisé"): part of the verb.
_AUXILIARY_BEFORE_VERB = re.compile(
    r"(?<![^\W_])(?:a|avait|aurait|ont|avaient)(?:-t)?(?:-(?:il|elle|ils|elles))?"
    r"(?:\s+(?:encore|également|egalement|aussi|ensuite|enfin|alors|d['’]ailleurs|par\s+ailleurs|toutefois|"
    r"cependant|néanmoins|pour\s+sa\s+part|de\s+son\s+côté|d['’]abord|en\s+outre|de\s+nouveau|à\s+nouveau|"
    r"aussitôt|déjà|bien|tout\s+de\s+suite|quant\s+à\s+(?:lui|elle|eux|elles)|[a-zàâéèêëîïôûç]+ment))*\s+$",
    # a notamment / fermement souligné; a quant à lui assuré
    re.IGNORECASE,
)

#: en/ru: adverbs written right before a speech verb after a quote ("…," he later said; "…," Petrov
#: firmly said; «…», — твердо заявил X): part of the verb, not a word of its subject. Lower case only,
#: so that a name is never taken for one; -ly nouns ("the family said") are not adverbs.
_ADVERBS_BEFORE_VERB = re.compile(
    r"(?<![^\W_])(?:(?:also|later|then|earlier|again|further|once|reportedly|previously|subsequently|"
    r"(?!(?:family|assembly|daily|weekly|monthly|yearly|quarterly|rally|supply|reply|anomaly|monopoly)\s)"
    r"[a-z]{3,}ly|"
    r"также|тоже|ещё|еще|ранее|затем|позже|позднее|потом|уже|вновь|снова|сразу|тогда|вчера|сегодня|"
    r"впоследствии|неоднократно|однако|лишь|твердо|твёрдо|жестко|жёстко|резко|прямо|открыто|коротко|кратко|"
    r"ясно|четко|чётко|в\s+свою\s+очередь|кроме\s+того|в\s+частности|при\s+этом|"
    r"[а-яё]{3,}(?:ельно|енно|анно|ически|ично|ально))\s+)+$"
)


#: fr: a demonstrative and one to three lower-case words as the whole subject of an inverted verb ("a
#: ajouté cet ancien militaire"): the one who was just speaking, as a pronoun would be. Not a time ("ce
#: matin"), an article or a relative word, which open something else than a noun phrase.
_DEMONSTRATIVE_WORD = (
    r"(?!(?:le|la|les|l|un|une|des|du|de|d|que|qu|qui|dont|matin|soir|midi|jour|week-end|mois|an|"
    r"année|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\w'’-]))[a-zà-ÿ][\w'’-]*"
)
_DEMONSTRATIVE_SUBJECT = re.compile(
    rf"\s*(?P<det>ce|cet|cette)\s+(?:{_DEMONSTRATIVE_WORD}\s+){{0,2}}{_DEMONSTRATIVE_WORD}\s*\.?\s*"
)
_DEMONSTRATIVE_GENDER = {"ce": "m", "cet": "m", "cette": "f"}
#: fr/en: "the latter" as the whole subject of an inverted verb (a ajouté ce dernier, said the latter).
_LATTER = re.compile(r"\s*(?:ce\s+dernier|cette\s+dernière|the\s+latter)\s*\.?\s*", re.IGNORECASE)
#: How far back "ce dernier" looks for the person named last.
LATTER_LOOKBACK_CHARS = 400


#: ru: after a quote and its dash, a prepositional phrase of circumstance (when, how, where) before
#: the speech verb: "— в ходе пресс-конференции подчеркнул X", "— с иронией заметил министр".
_RU_CIRCUMSTANCE = re.compile(
    r"\s*,?\s*[—–-]\s*(?P<phrase>(?:с|со|в|во|на|по|при|после|перед|во\s+время|в\s+ходе|в\s+рамках)"
    r"(?:\s+[а-яёА-ЯЁ-]+){1,5}\s+)"
)


def _named_in_unnamed_source(ctx: Discourse, start: int, person: Mention) -> bool:
    """fr/en/ru: the words from ``start`` open an unnamed source whose description goes on to the
    person ("a source close to X said", "— сообщил источник в окружении X", "un proche de X"): X is
    who the source is close to, not the speaker."""
    before = fold(ctx.text[start : person.start])
    head = ctx.cues.anonymous_other.match(before)
    if head is None or not ctx.text[start : person.start].strip(" ,\u00a0—–-"):
        return False
    # "— сказал эксперт X", "said resident X": the head right before a name in the nominative is the
    # named person's description, not a source close to someone
    return bool(before[head.end() :].strip()) or oblique_russian_name(person.text)


#: ru: prepositions after which a name is in an oblique case for another reason (в интервью Анне X).
_RU_PREPOSITIONS = frozenset({"в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "у", "для", "от", "из"})


def _owner_after_noun(ctx: Discourse, person: Mention) -> bool:
    """ru: a two- or three-word name whose given name is not in the nominative (Ивана, Анны: not the
    given name as listed) right after a lower-case noun belongs to that noun (помощник Ивана
    Петрова, супруга X): X is no subject of the verb."""
    if not 2 <= len(person.text.split()) <= 3 or not oblique_russian_name(person.text):
        return False
    before = WORD.findall(ctx.text[max(0, person.start - 40) : person.start])
    return bool(before) and before[-1][:1].islower() and fold(before[-1]) not in _RU_PREPOSITIONS


def _oblique_surname(ctx: Discourse, person: Mention) -> bool:
    """ru: a surname alone, written in another case than the full name it stands for (Ступина, Ступину
    for Вадим Ступин)."""
    if person.via != "surname" or not person.canonical or " " in person.text.strip():
        return False
    full = fold(person.canonical.split()[-1])
    written = fold(person.text)
    return written != full and written.startswith(full[: max(3, len(full) - 1)])


#: ru: one capitalised word (a surname, maybe hyphenated: Аз-Зоуби) ending the sentence after the verb.
_RU_LONE_WORD = re.compile(r"\s*([А-ЯЁ][а-яё]*(?:-[А-ЯЁ]?[а-яё]+)?)\s*[.!]?\s*")


def _earlier_speaker_surname(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """ru: '«…», — сказал Аз-Зоуби.': one word after the verb that is the last word, in the same form, of
    the full name of a speaker the chain has before (named where no stage marked them: "заявил министр
    информации Омран Аз-Зоуби"). A word alone there is as often a body (— сообщил Минздрав), so only
    a name already speaking is taken."""
    word = _RU_LONE_WORD.fullmatch(ctx.text, start, end)
    if word is None or ctx.mentions_in(start, end):
        return None
    folded = fold(word.group(1))
    for event in reversed(ctx.events):
        speaker = event.speaker
        if event.end > start or speaker is None or speaker.mention is None:
            continue
        names = speaker.mention.text.split()
        if speaker.mention.label == "PER" and len(names) > 1 and fold(names[-1]) == folded:
            s, e = word.span(1)
            return Speaker(speaker.mention, s, e, "subject", None)
    return None


def _lone_word_subject(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """fr/en: one capitalised word no stage marked as the whole subject after the verb, the sentence
    ending there or an apposition following ('"…", a raconté Omaid.', "ajoute Isabelle, une habitante"):
    a person known by one name."""
    # Latin script only: a Russian word alone there is as often a body (— сообщил Минздрав)
    word = re.fullmatch(r"\s*([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{2,})\s*([.!]?)\s*", ctx.text[start:end])
    if word is None:
        return None
    ends_sentence = bool(word.group(2)) or ctx.text[end : end + 1] in ("", ".", "!", "\n")
    # or an apposition describing them follows ("ajoute Isabelle, une habitante", "abonde Betty, venue …")
    described = re.match(r",\s+[a-zà-öø-ÿ]", ctx.text[end : end + 4]) is not None
    if not ends_sentence and not described:
        return None
    name = word.group(1)
    folded = fold(name)
    if (
        ctx.mentions_in(start, end)
        or folded in NOT_NAME_WORDS
        or folded in ctx.cues.not_names
        or is_role_word(ctx, name)
        or no_russian_subject(name)
        or name.lower() in ctx.text  # a word the text also writes in lowercase is no name
    ):
        return None
    s, e = word.span(1)
    mention = Mention(start + s, start + e, "PER", folded, None, name)
    return Speaker(mention, mention.start, mention.end, "subject", None)


def _relative_of(ctx: Discourse, person: Mention) -> bool:
    """ru: the word right before the name is a noun of kinship or service (помощника Ивана Петрова,
    адвокат Петрова): the name is whose aide or lawyer it is, in the genitive, not the aide."""
    if not "\u0400" <= person.text[:1] <= "\u04ff":
        return False
    before = ctx.text[max(0, person.start - 30) : person.start]
    if re.search(r"[,.:;!?\n«»\"“”—–]\s*$", before):
        return False
    words = WORD.findall(before)
    return (
        bool(words)
        and words[-1][:1].islower()
        and ctx.cues.ru_relative.fullmatch(fold(words[-1])) is not None
    )


def _named_relative(ctx: Discourse, owner: Mention, end: int) -> Speaker | None:
    """ru: the person named right after the owner of a relative (помощника Ивана Петрова Олега
    Смирнова: Smirnov), or nobody: the aide is not named."""
    after = [m for m in ctx.mentions_in(owner.end, end) if m.label == "PER"]
    if after and not ctx.text[owner.end : after[0].start].strip(" ,"):
        return Speaker(after[0], after[0].start, after[0].end, "explicit", None)
    return None


#: en: verbs whose object right after them is whom the words were told to.
_TOLD = frozenset({"told", "tells"})


#: fr/en: after a quotation inside a reported clause, the rest of that clause, then the speaker's
#: name set off by commas with an apposition, then the verb ('… "condemns …" the attack, Ned Price,
#: a spokesman, said'). The rest of the clause is short and has no sentence break.
_CLAUSE_REST = re.compile(r"[^,.!?؟\n\"«»“”]{1,60},\s*")
_APPOSITION_TO_VERB = re.compile(r"\s*,[^,.!?؟\n\"«»“”]{3,100},\s*")


def _name_set_off_before_verb(ctx: Discourse, start: int, v_start: int) -> Mention | None:
    """The one person named between the rest of a reported clause and its apposition before the verb."""
    people = [m for m in ctx.mentions_in(start, v_start) if m.label == "PER"]
    if len(people) != 1 or ARABIC.search(ctx.text, start, v_start) is not None:
        return None
    m = people[0]
    if _CLAUSE_REST.fullmatch(ctx.text, start, m.start) and _APPOSITION_TO_VERB.fullmatch(
        ctx.text, m.end, v_start
    ):
        return m
    return None


#: fr/en: '"…," the UN envoy for the Sahel, X, told …': a role phrase opening with a determiner, then the
#: name set off by commas right before the verb.
_ROLE_THEN_NAME = re.compile(r"\s*,?\s*(?P<role>(?:the|le|la|l['’])\s*[^,.!?\n\"«»“”]{2,80}?),\s*$")


def _role_then_name_before_verb(ctx: Discourse, start: int, v_start: int) -> Mention | None:
    """fr/en: the one person named after a role phrase and before the verb, each set off by a comma
    ('"…," the UN special envoy, Jane Roe, told the council'; « … », le représentant de l'ONU, X, a dit)."""
    people = [m for m in ctx.mentions_in(start, v_start) if m.label == "PER"]
    if len(people) != 1 or ARABIC.search(ctx.text, start, v_start) is not None:
        return None
    m = people[0]
    role = _ROLE_THEN_NAME.fullmatch(ctx.text, start, m.start)
    if role is None or not re.fullmatch(r"\s*,\s*", ctx.text[m.end : v_start]):
        return None
    words = WORD.findall(role.group("role"))
    roles = load_name_cues().roles
    return m if any(is_role_word(ctx, w) or fold(w) in roles for w in words) else None


def _lone_name_before_verb(ctx: Discourse, start: int, v_start: int) -> Mention | None:
    """en/fr: '"…," Amal, a mother of four, told AFP': one name and an apposition describing them."""
    comma = ctx.text.find(",", start, v_start)
    if comma < 0 or not _APPOSITION_TO_VERB.fullmatch(ctx.text, comma, v_start):
        return None
    return single_name_described(ctx, start, comma)


#: fr: the sentence after a quotation says who said it: "« … ». C'est ce qu'a dit la ministre, X".
_CEST_CE_QUE = re.compile(
    r"\s*[.!]?\s*(?:C['’]est|Voilà|Telle\s+est)\s+(?:ce\s+qu['’]|la\s+phrase\s+qu['’])\s*"
)


#: ru: the sentence after a quotation says who said it: "«…». Об этом заявил X" (then a speech verb).
_RU_OB_ETOM = re.compile(r"\s*[.!]?\s*Об\s+этом\s+")
#: ru: "«…». Такое мнение выразил X": a phrase of opinion whose verb is no speech verb on its own.
_RU_OPINION_LINK = re.compile(
    r"\s*[.!]?\s*(?:Такое\s+(?:мнение|заявление|предположение)\s+(?:выразил|высказал|сделал)"
    r"|Такую\s+(?:оценку|точку\s+зрения)\s+(?:дал|высказал))(?:а|и)?(?![^\W_])"
)


#: The rest of a sentence after a quotation in it, to its full stop (no other quotation, no line break).
_SENTENCE_REST = re.compile(r"[^.!?\n«»\"“”]{0,250}[.!]")


def _cest_ce_que(ctx: Discourse, q: Quote) -> Speaker | None:
    """fr: « … ». C'est ce qu'a déclaré X; ru: «…». Об этом заявил X / Такое мнение выразил X: the
    subject after the verb of the sentence after the quotation."""
    assert q.close is not None
    at = q.close + 1
    rest = _SENTENCE_REST.match(ctx.text, at)
    if rest is not None and rest.end() > at + 1:
        # the quote inside a sentence with no speech verb: "В Киеве «…» и принять решения. Об этом заявил X"
        fs, fe = ctx.folded_range(at, rest.end())
        if (
            ctx.cues.verb.search(ctx.norm.text, fs, fe) is None
            and ctx.cues.attribution.search(ctx.norm.text, fs, fe) is None
        ):
            at = rest.end()
    link = _CEST_CE_QUE.match(ctx.text, at) or _RU_OB_ETOM.match(ctx.text, at)
    opinion = _RU_OPINION_LINK.match(ctx.text, at) if link is None else None
    if opinion is not None:
        link, v_end = opinion, opinion.end()
    elif link is not None:
        fs, fe = ctx.folded_range(link.end(), min(len(ctx.text), link.end() + 40))
        verb = ctx.cues.verb.match(ctx.norm.text, fs, fe)
        if verb is None:
            return None
        v_end = ctx.orig(verb.start(), verb.end())[1]
    else:
        return None
    stop = re.search(r"[,.;:!?\n\"«»“”]", ctx.text[v_end : v_end + 160])
    zone_end = v_end + (stop.start() if stop else min(160, len(ctx.text) - v_end))
    found = subject_after_verb(ctx, v_end, zone_end)
    if found is not None and found.mention is None and found.kind == "person":
        named = apposition(ctx, zone_end)
        found = Speaker(named, named.start, named.end, "subject", None) if named is not None else found
    if found is None or found.mention is None or found.mention.label == "MEDIA":
        return None  # "«…». Об этом сообщает ТАСС": the outlet reports the words, it did not say them
    found.via, found.cue = (
        "after",
        ctx.text[link.end() : v_end] if opinion is None else link.group().strip(" .!"),
    )
    return found


def _attribute_after(ctx: Discourse, q: Quote) -> Speaker | None:
    """ "…"، قال الوزير / « … », a-t-il ajouté / "…," he said / "…," said a senior official / — сказал он."""
    text, folded = ctx.text, ctx.norm.text
    assert q.close is not None
    after_end = min(len(text), q.close + 160)
    clause_end = re.search(
        rf"[\n!?؟:;؛\"«»“”]|{ctx.cues.full_stop}",
        text[q.close + 1 : after_end],
    )  # not U.S., Mr.
    if clause_end:
        after_end = q.close + 1 + clause_end.start()
    if _QUOTED_OBJECT.search(text, q.close + 1, after_end):
        return _quoted_object(ctx, q.close + 1, after_end, q.open)  # '"…," state media quoted him as saying'
    fs2, fe2 = ctx.folded_range(q.close + 1, after_end)
    verb_after = next((v for v in ctx.cues.verb.finditer(folded, fs2, fe2) if not noun_use(folded, v)), None)
    if verb_after is None:
        return (
            _words_of(ctx, q, after_end)
            or _cest_ce_que(ctx, q)
            or _pronoun_attributed_after(ctx, q, fs2, fe2)
            or _attributed_after(ctx, q, fs2, fe2)  # "…", according to the army.
        )
    if is_participle(ctx, verb_after):
        return None
    v_start, v_end = ctx.orig(verb_after.start(), verb_after.end())
    if _introduces_next_quotation(ctx, v_start, after_end):
        return None  # "فيما وصفها X بأنها “…”، وقال Y “…”": Y said the next quotation, not this one
    quoted_person = _quoted_person(ctx, q.close + 1, v_start, v_end, after_end) or (
        _words_of(ctx, q, after_end) if fold(text[v_start:v_end]).startswith("цитир") else None
    )  # "«…», — цитирует Al-Jazeera слова собеседника": whose words, not the outlet
    if quoted_person is not None:
        return quoted_person
    auxiliary = _AUXILIARY_BEFORE_VERB.search(text, q.close + 1, v_start)
    if auxiliary is not None and not text[q.close + 1 : auxiliary.start()].strip(" ,\u00a0—–-"):
        v_start = auxiliary.start()  # « … », a-t-il encore souligné / avait déclaré X: one verb, no gap
    cue = text[v_start:v_end]  # the verb (with its auxiliary), without the adverbs and phrases before it
    adverbs = _ADVERBS_BEFORE_VERB.search(text, q.close + 1, v_start)
    if adverbs is not None:  # "…," he later said / «…», — твердо заявил X: the adverb goes with the verb
        v_start = adverbs.start()
    circumstance = _RU_CIRCUMSTANCE.fullmatch(text, q.close + 1, v_start)
    if circumstance is not None and not any(
        m.label not in ("GPE", "LOC") and not (m.label == "PER" and after_preposition(text, m))
        for m in ctx.mentions_in(q.close + 1, v_start)
    ):  # «…», — в ходе пресс-конференции подчеркнул X / — с иронией заметил министр: when, how, where
        v_start = circumstance.start("phrase")
    gap = text[q.close + 1 : v_start]
    for x in ctx.mentions_in(q.close + 1, v_start):
        gap = gap.replace(x.text, " ")
    gap_words = [w for w in WORD.findall(fold(gap)) if w not in _THUS]  # "…"، هكذا قال X: the verb's adverb
    described = None
    incise = False
    named_before = [
        x
        for x in ctx.mentions_in(q.close + 1, v_start)
        # a country alone between the quote and the verb speaks as its government ('"…," Mali said')
        if (x.label in _SPEAKING_LABELS or x.label == "GPE")
        and not text[x.end : v_start].strip()
        and not after_preposition(text, x)
    ]
    if not gap_words and named_before and not re.search(r"[.!?؟\n]", text[q.close + 1 : v_start]):
        m = named_before[-1]  # '"…," Goita said of the report by X': the name before the verb is its subject
        return Speaker(m, m.start, m.end, "after", text[v_start:v_end], gender=gender_of(text[v_start:v_end]))
    if gap_words:  # "…," he said / "…," the ministry said / "…", a source said
        set_off = (
            _name_set_off_before_verb(ctx, q.close + 1, v_start)
            or _lone_name_before_verb(ctx, q.close + 1, v_start)
            or _role_then_name_before_verb(ctx, q.close + 1, v_start)
        )
        if set_off is not None:  # 'The U.S. "condemns …" the attack, Ned Price, a spokesman, said'
            return Speaker(set_off, set_off.start, set_off.end, "after", cue, gender=gender_of(cue))
        opening = next(
            (
                x
                for x in ctx.mentions_in(q.close + 1, v_start)
                if not text[q.close + 1 : x.start].strip(" ,\u00a0")
                or _only_title(text, q.close + 1, x.start)
            ),
            None,
        )
        if (
            opening is not None
            and opening.label == "PER"
            and _APPOSITION.fullmatch(text, opening.end, v_start)
        ):  # "…," Jane Roe, a spokeswoman for the ministry, told reporters: the name, then its apposition
            # (however long: "a field commander from the faction headed by X")
            return Speaker(opening, opening.start, opening.end, "after", cue, gender=gender_of(cue))
        if len(gap_words) > MAX_DESCRIPTION_WORDS or re.search(
            rf"[!?؟\n]|{ctx.cues.full_stop}", text[q.close + 1 : v_start]
        ):
            return None
        right_before = [
            x
            for x in ctx.mentions_in(q.close + 1, v_start)
            if x.label in _SPEAKING_LABELS
            and not text[x.end : v_start].strip()
            and not _named_in_unnamed_source(ctx, q.close + 1, x)
            and not after_preposition(text, x)  # «…», — в беседе с X сказал он: X was spoken to
        ]
        if right_before:  # "…," Russian Deputy Foreign Minister Mikhail Bogdanov said
            m = right_before[-1]
            return Speaker(m, m.start, m.end, "after", cue, gender=gender_of(cue))
        described = described_before(ctx, q.close + 1, v_start, after_quote=True)
        aside = (
            described is None
            and INVERTED_PRONOUN.search(fold(cue)) is not None
            and re.fullmatch(r"\s*,[^,]+,\s*", gap) is not None
            and not ctx.mentions_in(q.close + 1, v_start)
        )  # « … », dans le centre du pays, a-t-il ajouté: an aside, the subject is the inverted pronoun
        # 'X frappera « … » où il se trouve, a déclaré Y': the rest of the reported clause, then an
        # inverted verb whose subject must be a name (checked below)
        incise = (
            described is None
            and not aside
            and verb_after.group("ar") is None
            and re.search(r"(?:[^\W\d_]|\))\s*,\s*$", gap) is not None  # '"…" (touareg), a affirmé X
            and not any(
                m.label not in ("GPE", "LOC")
                # a person named in the rest of the clause, when the verb has a subject of its own
                # written after it ('… du nouveau président" iranien X, a écrit le Hamas')
                and not (m.label == "PER" and WORD.search(text, v_end, after_end))
                for m in ctx.mentions_in(q.close + 1, v_start)
            )
        )
        if described is None and not aside and not incise:
            return None
    # the comma that ends the subject comes after the time ("a déclaré jeudi 27 juillet, le ministre X")
    time_end = (
        v_end
        if ARABIC.search(text, v_end, min(after_end, v_end + 20))
        else skip_told_to(text, v_end, after_end)
    )
    comma = re.search(r"[،,]", text[time_end:after_end])
    zone_end = time_end + (comma.start() if comma else after_end - time_end)
    found = None if described is not None else subject_after_verb(ctx, v_end, zone_end)
    if found is None and described is None and verb_after.group("ar") is None:
        found = _lone_word_subject(ctx, skip_told_to(text, v_end, zone_end), zone_end)
        found = found or _earlier_speaker_surname(ctx, skip_told_to(text, v_end, zone_end), zone_end)
    named_after = found.mention if found is not None else None
    if named_after is not None and v_end <= named_after.start < zone_end:
        told_start = skip_told_outlet(ctx, skip_told_to(text, v_end, zone_end), zone_end)
        if _named_in_unnamed_source(ctx, told_start, named_after):
            found = described_subject(ctx, told_start, zone_end)  # — сообщил источник в окружении X
        elif _owner_after_noun(ctx, named_after):
            found = None  # «…», — сказал помощник Ивана Петрова: the aide spoke, not Petrov
        elif _relative_of(ctx, named_after) and _oblique_surname(ctx, named_after):
            # «…», — заявил адвокат Петрова (Олег X): the lawyer, named after the owner or not at all
            found = _named_relative(ctx, named_after, zone_end)
    if found is not None and found.mention is None and found.kind == "person":
        named = apposition(ctx, zone_end)
        if named is not None:  # « … », a déclaré le porte-parole du département d'État, Vidant Patel.
            found = Speaker(named, named.start, named.end, "subject", None)
    if (
        found is not None
        and found.mention is not None
        and found.mention.label == "MEDIA"
        and fold(cue).split()[-1] in _TOLD
    ):
        found = None  # '"…," Tareq, a farmer, told AFP': the outlet was told, it is no speaker
    if incise and (found is None or found.mention is None) and not _quote_opens_clause(ctx, q):
        # after the rest of a reported clause only a name or a body is sure to be the speaker ("Les forces
        # « … » du pays, a indiqué l'agence de presse des rebelles"); not an unnamed person ("un colonel")
        found = _body_after(ctx, v_end, zone_end)
        if found is None:
            return None
    if found is None and described is None:
        per = [x for x in ctx.mentions_in(q.close + 1, v_start) if x.label == "PER"]
        if per:
            found = Speaker(per[-1], per[-1].start, per[-1].end, "after", None)
    if found is None and described is None:
        # after whom it was told to: "…», a indiqué à l'AFP un habitant"
        subject_start = v_end if verb_after.group("ar") is not None else skip_told_to(text, v_end, zone_end)
        if verb_after.group("ar") is None:  # "— сказал ТАСС по телефону собеседник агентства"
            subject_start = skip_told_outlet(ctx, subject_start, zone_end)
        if verb_after.group("ar") is not None or ctx.cues.anonymous_other.match(
            fold(text[subject_start:zone_end])
        ):
            found = described_subject(ctx, subject_start, zone_end)
        inverted_pronoun = INVERTED_PRONOUN.search(fold(cue)) is not None  # a-t-il dit: "il" is the subject
        statement_first = ctx.cues.statement.match(fold(text[subject_start:zone_end]))
        if statement_first is not None and re.match(
            r"\s*(?:de|du|des|d['’]|of|by|from)\s",
            fold(text[subject_start:zone_end])[statement_first.end() :],
        ):
            statement_first = None  # "le communiqué du ministère": the body issued it
        if (
            found is None
            and verb_after.group("ar") is None
            and not inverted_pronoun
            and statement_first is None
        ):
            found = organization_after(ctx, subject_start, zone_end)  # « … », dit le ministère de la Défense
            if found is not None and _common_noun_body(
                found
            ):  # «…», — сообщило ведомство: the one named before
                found = _body_named_before(ctx, fold(found.name or ""), subject_start) or found
            if (
                found is not None
                and _common_noun_body(found)
                and fold(found.name or "") in ctx.cues.group_heads
            ):
                # « … », indique le communiqué du groupe: the one armed group named before
                found = resolve_named_organization(ctx, fold(found.name or ""), found.start, found.end)
            if found is not None and found.mention is None and found.end <= zone_end:
                body = body_apposition(ctx, zone_end)
                if body is not None:  # « … », a affirmé ce groupe, le Mouvement pour le salut de l'Azawad
                    found = Speaker(body, body.start, body.end, "subject", None)
        if found is None and verb_after.group("ar") is None and not inverted_pronoun:
            statement = ctx.cues.statement.match(fold(text[subject_start:zone_end]))
            if statement is not None:  # "…," said the statement / « … », indique le communiqué
                found = _statement_owner(ctx, subject_start + statement.end(), zone_end) or Speaker(
                    None, subject_start, subject_start + statement.end(), "statement", None
                )
        if found is None and verb_after.group("ar") is not None and names_a_subject(ctx, v_end, zone_end):
            return None
    gender = gender_of(cue)
    if found is None and described is not None:
        found = resolve_reference(ctx, described, q.open, gender)
    elif found is not None:
        found = resolve_reference(ctx, found, q.open, gender)
    if found is None and described is None:
        pronoun = ctx.cues.pronoun.match(fold(text[v_end:zone_end]))
        inverted = INVERTED_PRONOUN.search(fold(cue))
        quoted = QUOTED_PRONOUN.match(fold(text[v_end:zone_end])) if fold(cue).startswith("цитир") else None
        demonstrative = _DEMONSTRATIVE_SUBJECT.fullmatch(text, v_end, _before_anonymity(ctx, v_end, zone_end))
        latter = _LATTER.fullmatch(text, v_end, zone_end)
        if latter is not None:  # « … », a déclaré ce dernier: the person named last before the quote
            people_before = [
                m for m in ctx.mentions_in(max(0, q.open - LATTER_LOOKBACK_CHARS), q.open) if m.label == "PER"
            ]
            found = (
                Speaker(people_before[-1], people_before[-1].start, people_before[-1].end, "role", None)
                if people_before
                else None
            )
        elif pronoun is not None or inverted is not None:
            word = pronoun.group().strip(" -—–") if pronoun is not None else last_part(inverted)
            found = it_antecedent(ctx, q.open, word) or from_chain(
                ctx, q.open, "pronoun", gender_of(cue, word), word
            )
        elif demonstrative is not None:  # « … », a ajouté cet ancien militaire: who was just speaking
            found = from_chain(ctx, q.open, "role", _DEMONSTRATIVE_GENDER[demonstrative.group("det")])
        elif quoted is not None:  # "«…», — цитирует его РИА Новости": the one quoted is the last speaker
            found = from_chain(ctx, q.open, "pronoun", OBJECT_GENDER.get(quoted.group(1)))
        elif verb_after.group("ar") is not None and not WORD.search(text[v_end:zone_end]):
            found = from_chain(ctx, q.open, "implicit", gender)  # "…"، قال.
    if (
        found is None
        and described is None
        and verb_after.group("ar") is None
        and not INVERTED_PRONOUN.search(fold(cue))
    ):
        found = _subject_past_asides(ctx, time_end, after_end)
    if found is None:
        return None
    found.cue = cue
    if found.via == "subject":
        found.via = "after"
    found.gender = found.gender or gender
    return found


#: How many asides set off by commas may stand between an inverted verb and its subject.
MAX_ASIDES = 2
#: What makes a comma-delimited segment a clause of its own rather than an aside: a complementizer.
_CLAUSE_WORD = re.compile(r"(?<![^\W_])(?:que|qu|that|что|чтобы)(?![^\W_])")


def _subject_past_asides(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """fr/en/ru: « … », a estimé mardi, lors d'un entretien …, Emmanuel Macron / — заявил во вторник в
    обращении, транслировавшемся по телевидению, глава хунты X: the subject after one or two asides set off
    by commas (when, where, how it was said). Only a name, or a title then a name, that ends its segment:
    an aside names nobody and says nothing of its own."""
    text = ctx.text
    pos = start
    for _ in range(MAX_ASIDES):
        comma = re.search(r"[,،]", text[pos:end])
        if comma is None:
            return None
        aside_end = pos + comma.start()
        fs, fe = ctx.folded_range(pos, aside_end)
        if (
            any(m.label not in ("GPE", "LOC") for m in ctx.mentions_in(pos, aside_end))
            or ctx.cues.verb.search(ctx.norm.text, fs, fe)
            or _CLAUSE_WORD.search(fold(text[pos:aside_end]))
        ):
            return None
        pos = pos + comma.end()
        stop = re.search(r"[,،]", text[pos:end])
        zone_end = pos + stop.start() if stop else end
        found = subject_after_verb(ctx, pos, zone_end)
        if (
            found is not None
            and found.mention is not None
            and found.mention.label in _SPEAKING_LABELS
            and not text[found.mention.end : zone_end].strip(" .\u00a0")
        ):
            return Speaker(found.mention, found.mention.start, found.mention.end, "after", None)
    return None


def _body_after(ctx: Discourse, v_end: int, zone_end: int) -> Speaker | None:
    """An organisation as the subject after an inverted verb, past whom it was told to ("a indiqué à l'AFP
    l'agence de presse des rebelles"): a body a name or its common noun designates, else None."""
    start = skip_told_outlet(ctx, skip_told_to(ctx.text, v_end, zone_end), zone_end)
    found = organization_after(ctx, start, zone_end)
    return found if found is not None and found.kind == "organization" else None


def _before_anonymity(ctx: Discourse, start: int, end: int) -> int:
    """Where a subject ends before how it spoke ("a expliqué cet élu sous le couvert de l'anonymat"): the
    start of the anonymity phrase, else ``end``."""
    fs, fe = ctx.folded_range(start, end)
    asked = ctx.cues.anonymity.search(ctx.norm.text, fs, fe)
    return ctx.orig(asked.start(), asked.end())[0] if asked is not None else end


#: Who may be named right before the verb after a quote ('"…," UKMTO said', "the Hezbollah added"): a person or
#: a body; not an outlet (one it was told to is named after the verb) nor a place.
_SPEAKING_LABELS = frozenset({"PER", "ORG", "ARMED_GROUP"})
#: How many words may stand before a quote that is still the subject of its clause ("Seul « … »"; not "The mayor
#: "condemns …"": a subject of its own, whose words they are).
QUOTED_SUBJECT_WORDS = 1


def _quote_opens_clause(ctx: Discourse, q: Quote) -> bool:
    """fr/en/ru: the quote opens its sentence, as (part of) the subject of the reported clause ("« … » ont été
    tués, a déclaré X"; "Seul « … » est resté, a indiqué un responsable"): the words are the one the verb after
    names, whoever it is; not a quote inside a clause with its own subject ("Les rebelles menacent de « … », a
    indiqué X": the rebels' words, relayed)."""
    sent_start = start_of_sentence(ctx.text, q.open, max(0, q.open - COLON_SENTENCE_CHARS))
    before = WORD.findall(ctx.text[sent_start : q.open])
    return ARABIC.search(ctx.text, sent_start, q.open) is None and len(before) <= QUOTED_SUBJECT_WORDS


def _statement_owner(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """ru: the owner in the genitive right after a statement noun ("— говорится в сообщении главы региона",
    "в заявлении армии"): a role for the one holding it, or a body."""
    ending = re.match(r"\w*", ctx.text[start:end])
    start += len(ending.group()) if ending else 0  # the statement noun's case ending (сообщени|и)
    if not re.match(r"\s+[а-яё]", ctx.text[start:end], re.IGNORECASE):
        return None
    role = _inflected_role(ctx, start, end)
    if role is not None:
        return role_phrase(ctx, start, end, role)
    body = organization_after(ctx, start, end)
    if body is not None and _common_noun_body(body):
        # "в заявлении армии", "в сообщении ведомства": a common noun in the genitive is no name to give,
        # but it refers back to the one body of its kind the text named before
        return _body_named_before(ctx, fold(body.name or ""), start)
    return body


def _common_noun_body(body: Speaker) -> bool:
    """A body written as one common noun and no name (ведомство, армии)."""
    return body.mention is None and len(WORD.findall(body.name or "")) < 2


#: ru: a body's common noun in the genitive (its stem) -> how the names of the bodies it refers back to
#: begin, folded: "ведомство" is a ministry or a federal agency, "армия" an army.
_RU_BODY_NOUNS = {
    "ведомств": re.compile(
        r"(?:мин|мид|мчс|фсб|фсин|росгвард|министерств|федеральн|служб|агентств|ведомств)"
    ),
    "арми": re.compile(r"(?:арми|вооруж|[^\W\d_]+\s+арми)"),
}


def _body_named_before(ctx: Discourse, noun: str, pos: int) -> Speaker | None:
    """ru: the one organisation named before ``pos`` whose name fits a body's common noun (``_RU_BODY_NOUNS``:
    "ведомства" -> Минобороны России), or None when there is none or several."""
    kinds = [names for stem, names in _RU_BODY_NOUNS.items() if noun.startswith(stem)]
    if not kinds:
        return None
    floor = max(0, pos - ORGANIZATION_LOOKBACK_CHARS)
    bodies = [
        m
        for m in ctx.mentions_in(floor, pos)
        if m.label in ("ORG", "ARMED_GROUP") and kinds[0].match(fold(m.text))
    ]
    if len({m.key for m in bodies}) != 1:
        return None
    m = bodies[-1]
    return Speaker(m, m.start, m.end, "role", None, kind="organization")


#: fr/en/ru: a title of one to three words, capitalised or after a determiner, standing alone before a name
#: ("…," Captain X, a …, told; « … », le général X, …, a dit).
_TITLE_ALONE = re.compile(r"\s*,?\s*(?:(?:the|le|la|l['’])\s*)?(?:[^\W\d_][\w.'’-]*\s+){1,3}")


def _only_title(text: str, start: int, name_start: int) -> bool:
    """What stands between a closing mark and a name is a title only (Captain, Sheikh, le général): the
    name still opens the words after the quote."""
    return (
        _TITLE_ALONE.fullmatch(text, start, name_start) is not None
        and not ARABIC.search(text, start, name_start)
        and (
            title_class_ending(text[start:name_start]) is not None
            or fold(WORD.findall(text[start:name_start])[-1]) in load_name_cues().roles
        )
    )


#: Arabic "thus" between a quote and the verb after it ("…"، هكذا قال X), folded.
_THUS = frozenset({"هكذا", "وهكذا", "كما"})  # "…"، كما يقول X: as X says


#: "«…», — приводит ТАСС слова X": an outlet passing on someone's words; the speaker follows "слова".
_WORDS_OF = re.compile(
    r"\s*,?\s*[—–-]?\s*(?:приводит|приводят|привел|привела|привело|привели|передает|передаёт"
    r"|цитирует|цитируют|цитировал|цитировала|цитировало|цитировали)"
    r"\s+(?:[^\s,.]+\s+){0,4}?слова\s+"
)


def _words_of(ctx: Discourse, q: Quote, end: int) -> Speaker | None:
    """ru: "«…», — приводит ТАСС слова Чиани": the one whose words (слова) are passed on, not the outlet."""
    assert q.close is not None
    found = _WORDS_OF.match(ctx.text, q.close + 1, end)
    if found is None:
        return None
    people = [m for m in ctx.mentions_in(found.end(), end) if m.label == "PER" and m.start == found.end()]
    if people:
        m = people[0]
        return Speaker(m, m.start, m.end, "after", ctx.text[found.start() : found.end()].strip(" ,—–-"))
    name = CAPITALISED_WORD.match(ctx.text, found.end(), end)
    if name is None:  # "— приводит агентство слова источника во французском штабе": an unnamed source
        return _unnamed_genitive(ctx, found.end(), end, ctx.text[found.start() : found.end()].strip(" ,—–-"))
    if ctx.mentions_in(name.start(), name.end()):
        return None
    surface = name.group("name")  # a surname no stage marked ("слова Чиани")
    mention = Mention(name.start(), name.end(), "PER", fold(surface), None, surface)
    return Speaker(
        mention, name.start(), name.end(), "after", ctx.text[found.start() : found.end()].strip(" ,—–-")
    )


def _unnamed_genitive(ctx: Discourse, start: int, end: int, cue: str) -> Speaker | None:
    """ru: an unnamed speaker in the genitive opening ``start`` ("слова собеседника", "слова источника во
    французском штабе"): typed anonymous, described by the words up to ``end``."""
    word = WORD.match(ctx.text, start, end)
    if word is None:
        return None
    head = fold(word.group())
    # the masculine genitive: источник-а, житель -> жител-я, очевидец -> очевид-ца
    nominative = {head[:-1], head[:-1] + "ь", head[:-2] + "ец"} if head.endswith(("а", "я")) else set()
    if not nominative & ctx.cues.anonymous_ru:
        return None
    pe = len(ctx.text[:end].rstrip(" ,.\n"))
    return Speaker(None, start, pe, "explicit", cue, kind="anonymous")


#: A name in guillemets (РИА «Новости», le journal « Le Monde »): one to three capitalised words.
_QUOTED_NAME = re.compile(r"«\s?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w-]*(?:\s[A-ZÀ-ÖØ-ÞА-ЯЁ\d][\w-]*){0,2}\s?»")
#: Arabic: one to three words in quotation marks that the subject goes on after (المدير العام للشركة
#: الوطنية "سياحية" المهندس X أن): a name set off, not the start of what was said.
_AR_QUOTED_NAME = re.compile(
    r"[\"«“]\s?[\u0621-\u064a]+(?:\s[\u0621-\u064a]+){0,2}\s?[\"»”](?=\s+[\u0621-\u064a])"
)


_STATEMENT_STOP = re.compile(r"[.!?؟\n\"«»“”:;؛]")


def _statement_zone_end(text: str, v_end: int) -> int:
    """Where the words after a speech verb stop (a full stop, a colon, a quotation), past a name in
    guillemets ("Об этом заявила РИА «Новости» официальный представитель МИД X") or an Arabic name in
    quotation marks that the subject goes on after (الشركة الوطنية "سياحية" المهندس X)."""
    limit = min(len(text), v_end + 150)
    pos = v_end
    while True:
        stop = _STATEMENT_STOP.search(text, pos, limit)
        if stop is None:
            return limit
        name = _QUOTED_NAME.match(text, stop.start()) if stop.group() == "«" else None
        if (
            name is None
            and stop.group() in '"«“'
            and (
                _after_title_words(text, v_end, stop.start()) or _AR_TOLD.fullmatch(text, v_end, stop.start())
            )
        ):  # ... or the outlet told to (أكد لـ«عكاظ» مدير المستشفى X أن)
            name = _AR_QUOTED_NAME.match(text, stop.start())
        if name is None or name.end() > limit:
            return stop.start()
        pos = name.end()


def _honorific_after(ctx: Discourse, v_end: int, end: int) -> str | None:
    """Arabic: the honorific that stands for the verb's subject right after it (وأضاف سموه «…»): a person
    (never a body) and, for سموه or جلالته, the prince or king in view."""
    after = ctx.cues.pronoun.match(fold(ctx.text[v_end:end]))
    word = after.group().strip(" \t\n:،,") if after is not None else ""
    return word if word and ARABIC.match(word) is not None else None


#: Arabic: ل (لـ) right after a speech verb, before an outlet in quotation marks (قال لـ«الوطن»).
_AR_TOLD = re.compile(r"\s*لـ?\s*")


def _after_title_words(text: str, v_end: int, pos: int) -> bool:
    """Arabic: two words or more of a subject before ``pos``, the last one definite (المدير العام للشركة
    الوطنية "…"، مدير الهيئة العامة للترفيه "…"): a name in marks there sets off part of a title, it is not the subject itself (كشفت
    عنها "…") nor the start of what was said."""
    words = WORD.findall(text[v_end:pos])
    return len(words) >= 2 and fold(words[-1]).startswith(("ال", "لل", "بال"))


#: Right before an Arabic verb, what makes it no statement of the discourse: a relative pronoun (التي دعت: its
#: subject is the noun before), a negation (لا يرى، لم يذكر; عدم makes it a noun: طالبا عدم كشف هويته) or
#: "that he" (وشدد على أنه لا يرى، أكد أنه يرى: what the speaker said, whose subject is the speaker).
#: "عن" as a word, or with a pronoun (folded): the words after a noun of saying were taken from someone
#: ("عن مسؤول قوله", "عنها قولها").
_FROM = re.compile(r"(?<![^\W_])عن(?:ه|ها|هم|هما)?(?![^\W_])")
#: The noun of saying with no owner (folded): someone's words only after "إلى" ("وخلص X إلى القول").
_IMPERSONAL_SAYING = re.compile(r"[وف]?القول")
_TO_SAYING = re.compile(r"(?<![^\W_])(?:الي|الى)\s+$")  # إلى, folded
#: Between a speech verb and a noun of saying after it: nothing, or a short subject with no mark ("وأضاف X قوله").
_SUBJECT_THEN_SAYING = re.compile(r"\s*(?:[^\W\d_]+\s+){0,4}")
#: Arabic (folded): من/ما right before a verb with no subject written: a relative clause ("من وصفها بـ"،
#: "ما وصفه بـ") whose subject is the main clause's, not the last speaker of the chain.
_RELATIVE_OBJECT = re.compile(r"(?<![^\W_])(?:من|ما|بما|لما|مما)\s+$")
_NO_STATEMENT_BEFORE = re.compile(
    r"(?<![^\W_])(?:التي|الذي|الذين|اللذين|اللتين|اللواتي|اللاتي|التى|الذى|لا|لم|لن|عدم"
    r"|[بل]?[أإا]نه|[بل]?[أإا]نها|[بل]?[أإا]نهم)\s+$"
)


def ends_in_taa_marbuta(ctx: Discourse, verb: re.Match[str]) -> bool:
    """Arabic: a cue that folds like a verb with its object pronoun but is written with ة, a noun
    ("وصفة الفوز" folds as "وصفه"): no finite verb ends in ة (a participle does: قائلة، مضيفة)."""
    return (
        verb.group("ar") is not None
        and ctx.text[ctx.orig(verb.start(), verb.end())[1] - 1] == "ة"
        and not is_participle(ctx, verb)
    )


def in_person_name(ctx: Discourse, verb: re.Match[str]) -> bool:
    """Arabic: a cue word inside a person's name of two words or more (روي هودجسون، راي بابار): the name
    Roy or Ray, written like روى or رأى, not a verb."""
    if verb.group("ar") is None:
        return False
    vs, ve = ctx.orig(verb.start(), verb.end())
    return any(
        m.label == "PER" and m.start <= vs and ve <= m.end and " " in m.text.strip()
        for m in ctx.mentions_in(max(0, vs - 40), ve + 40)
    )


def _present_in_what_was_said(ctx: Discourse, sent_start: int, verb: re.Match[str]) -> bool:
    """Arabic: a present-tense verb inside the clause of what an earlier verb said ("وتابعت الوزارة قائلة
    إن تحليل المشروعات يكشف توجهه نحو …"): part of the words reported, not their attribution."""
    if verb.group("ar") is None or re.sub(r"^[وف]", "", verb.group())[:1] not in "يت":
        return False
    return _in_what_was_said(ctx, sent_start, ctx.orig(verb.start(), verb.end())[0])


def _in_what_was_said(ctx: Discourse, sent_start: int, pos: int) -> bool:
    """Arabic: ``pos`` is inside a clause of what was said, opened by إن/أن right after an earlier speech
    verb or participle of its sentence (بالقول إن …، وأكد أن …), not after بعد أن or قبل أن."""
    for that in COMPLEMENTIZER.finditer(ctx.text, sent_start, pos):
        before = WORD.findall(fold(ctx.text[max(sent_start, that.start() - 30) : that.start()]))
        if before and ctx.cues.verb.fullmatch(before[-1]):
            return True
    return False


#: Arabic words opening what a question was about (وعما إذا كانت …، وحول ما إذا …), folded.
_QUESTION_TOPIC = re.compile(r"\s*[وف]?(?:عما|عمّا|عن|حول|بشأن|بخصوص)\s+(?:ما\s+)?(?:إذا|اذا|إن|ان)(?![^\W_])")


def _in_question_topic(ctx: Discourse, sent_start: int, pos: int) -> bool:
    """Arabic: ``pos`` is inside the phrase opening a sentence with what the speaker was asked about
    ("وعما إذا هي تتابع المسلسلات … قالت"): a verb there is no statement, its noun no subject."""
    return _QUESTION_TOPIC.match(ctx.text, sent_start) is not None and not re.search(
        r"[،,:؛]", ctx.text[sent_start:pos]
    )


def speech_events(ctx: Discourse, quotes: Sequence[Quote]) -> None:
    """The discourse chain: every speech verb outside quotations whose subject is written, with that
    subject (a name, a role, an organisation, an unnamed source) or None when the written subject names
    nobody known. A later "وأضاف:" or "he said" refers to the last of these."""
    inside = sorted((q.open, q.close if q.close is not None else q.end) for q in quotes)
    opens = [a for a, _ in inside]
    if not opens:
        return  # a statement is kept only as the antecedent of a quotation after it: none to come
    text = ctx.text
    for verb in finditer_near(ctx.cues.verb, ctx.norm.text, ctx.anchors(ctx.cues.verb_words), reach=1):
        # where it stands first (cheap, and rules out most verbs), then what the word is
        v_start, v_end = ctx.orig(verb.start(), verb.end())
        k = bisect.bisect_right(opens, v_start) - 1
        if k + 1 >= len(opens) or opens[k + 1] - v_start > LOOKBACK_CHARS + 300:
            continue  # no quotation follows closely enough for this statement to be its antecedent
        if k >= 0 and v_start < inside[k][1]:
            continue  # a verb inside a quotation belongs to the quoted speech
        if (
            is_participle(ctx, verb)
            or noun_use(ctx.norm.text, verb)
            or ends_in_taa_marbuta(ctx, verb)
            or in_person_name(ctx, verb)
        ):
            continue
        zone_end = _statement_zone_end(text, v_end)
        sent_start = start_of_sentence(text, v_start, max(0, v_start - 300))
        if verb.group("ar") is not None:
            if _NO_STATEMENT_BEFORE.search(text, max(0, v_start - 12), v_start) or describes_unnamed(
                ctx, ctx.norm.text, verb
            ):
                continue  # "الأسباب التي دعت لإعلان …", "لا يرى دورا": not a statement of the discourse
            subject_start = skip_arabic_outlet(ctx, v_end, zone_end)  # أكد لـ«عكاظ» مدير المستشفى X
            found = subject_after_verb(ctx, subject_start, zone_end) or described_subject(
                ctx, subject_start, zone_end
            )
            if found is None and names_a_subject(ctx, v_end, zone_end):
                found = described_by_apposition(ctx, v_end, zone_end)
            elif found is None and text[v_start] not in "وف":
                # subject first: "والناطق باسم الجيش X أكد أن …", "لكن المتحدثة X نفت …" (a later وأضاف is theirs),
                # in the verb's own clause ("X أعلن أن …، والإدارة تتابع": not X's)
                found = subject_before(ctx, sent_start, v_start)
                if found is not None and _SVO_CLAUSE_BREAK.search(text, found.end, v_start):
                    found = None
            if found is None:
                # a subject naming nobody known stops the chain, unless the verb is inside what was said
                # ("ومضى X بالقول إن عروض المتمردين يؤكد حقيقة واحدة … وتابع": X goes on)
                if (
                    names_a_subject(ctx, v_end, zone_end)
                    and not _in_what_was_said(ctx, sent_start, v_start)
                    and not _in_question_topic(ctx, sent_start, v_start)
                ):
                    ctx.add_event(SpeechEvent(v_start, v_end, None))
                else:
                    _go_on_speaking(ctx, v_start, v_end, inside)
                continue
        else:
            found = None
            if INVERTED_AFTER.search(text, max(0, v_start - 3), v_start) and fold(verb.group()) != "told":
                # "X a exprimé …, a fait savoir M. Y": a person right after an inverted verb is its subject
                subject_start = skip_told_to(text, v_end, min(len(text), v_end + 80))
                after = [
                    m for m in ctx.mentions_in(subject_start, min(len(text), v_end + 80)) if m.label == "PER"
                ]
                if (
                    after
                    and _NAME_AFTER_VERB.fullmatch(text, subject_start, after[0].start)
                    and not possessive(text, after[0])  # ", said Traoré's power grab was …": what was said
                ):
                    found = Speaker(after[0], after[0].start, after[0].end, "subject", None)
            found = (
                found
                or subject_before(ctx, sent_start, v_start)
                or described_before(ctx, sent_start, v_start)
            )
            if found is None and inverted_verb(ctx, sent_start, v_start):
                # ", said Captain X", "», a déclaré lundi à l'AFP le ministre X", "— заявил X", "Об этом заявил X"
                comma = re.search(r"[,;]", text[v_end:zone_end])
                found = subject_after_verb(ctx, v_end, v_end + comma.start() if comma else zone_end)
                if found is not None and found.mention is None and found.kind == "person":
                    named = apposition(ctx, v_end + comma.start() if comma else zone_end)
                    if named is not None:
                        found = Speaker(named, named.start, named.end, "subject", None)
                if (
                    found is not None
                    and found.mention is not None
                    and found.mention.label == "MEDIA"
                    and fold(verb.group()).split()[-1] in _TOLD
                ):
                    found = None  # "X, a commander, told Reuters": the outlet was told, it said nothing
            # past whom it was told to: "à l'AFP" folds to "a l'afp", which reads as "a" + a noun
            subject_start = skip_told_to(text, v_end, zone_end)
            if found is None and ctx.cues.anonymous_other.match(fold(text[subject_start:zone_end])):
                found = described_subject(ctx, subject_start, zone_end)
            if (
                found is None
                and ctx.cues.statement.match(fold(text[subject_start:zone_end])) is None
                and inverted_verb(ctx, sent_start, v_start)
            ):
                # "…, a annoncé l'armée samedi soir.": a body after an inverted verb speaks too, for a
                # later "a-t-elle indiqué"
                found = organization_after(ctx, subject_start, zone_end)
            if found is None or found.via == "pronoun":
                continue
        if found.via == "statement":
            continue  # "وأضاف البيان": the chain goes on
        if verb_agrees_with(ctx, v_end, found):
            found.gender = found.gender or gender_of(text[v_start:v_end])
        ctx.add_event(SpeechEvent(v_start, max(v_end, found.end), found))
    for found in _opinion_openers(ctx, opens):
        ctx.add_event(SpeechEvent(found.start, found.end, found))
    for start, end, found in _attributed_sources(ctx, inside):
        ctx.add_event(SpeechEvent(start, end, found))
    for start, end, found in _what_was_said_sources(ctx, opens, inside):
        ctx.add_event(SpeechEvent(start, end, found))


#: Between a subject named first and its verb: a mark or a new noun phrase joined by و that opens another clause.
_SVO_CLAUSE_BREAK = re.compile(r"[،,؛;:]|(?<![^\W_])[وف]ال")


def _what_was_said_sources(
    ctx: Discourse, opens: Sequence[int], inside: Sequence[tuple[int, int]]
) -> list[tuple[int, int, Speaker]]:
    """Arabic: "وقتل جنديان طبقا لما ذكره X نائب المحافظ" is X's statement, an event of the speaker chain,
    so that the "وأضاف:" after it is X's; named people only (the cue words hold a speech verb, the bare
    "بحسب X" may cite a document or an outlet)."""
    found_all = []
    for cue in ctx.cues.attribution.finditer(ctx.norm.text):
        if cue.group("what") is None:
            continue
        c_start, c_end = ctx.orig(cue.start(), cue.end())
        k = bisect.bisect_right(opens, c_start) - 1
        if k >= 0 and c_start < inside[k][1]:
            continue  # inside a quotation: the quoted speaker's words
        if k + 1 >= len(opens) or opens[k + 1] - c_end > LOOKBACK_CHARS:
            continue  # no quotation follows closely enough for this source to be its antecedent
        stop = PHRASE_STOP.search(ctx.text, c_end, min(len(ctx.text), c_end + SOURCE_CHARS))
        found = subject_after_verb(ctx, c_end, stop.start() if stop else c_end + SOURCE_CHARS)
        if found is not None and found.mention is not None and found.mention.label == "PER":
            found_all.append((c_start, found.end, found))
    return found_all


def _go_on_speaking(ctx: Discourse, v_start: int, v_end: int, quoted: Sequence[tuple[int, int]]) -> None:
    """Arabic: a speech verb with no written subject and no quotation of its own ("وأشارت إلى أن …",
    "وقالت: بالنسبة لي …") goes on with the chain's speaker, as a reader reads it: an event there keeps
    the speaker in reach of a quote further on (an interview reported over several paragraphs)."""
    last = ctx.event_before(v_start)
    if last is None or last.speaker is None or last.speaker.mention is None:
        return
    closes = [close for _, close in quoted if last.end <= close < v_start]
    if closes and newcomer_after(ctx, max(closes) + 1, v_start, last.speaker):
        return  # "…". والتقى اللجنة رئيس الهيئة X … كما أكد: someone opened a sentence after the quotation
    speaker = from_chain(ctx, v_start, "implicit", gender_of(ctx.text[v_start:v_end]))
    # only the same speaker going on: a newcomer the chain would switch to is left to the quote's own verb
    if (
        speaker is not None
        and speaker.mention is not None
        and speaker.mention.key == last.speaker.mention.key
    ):
        ctx.add_event(SpeechEvent(v_start, v_end, speaker))


#: Attribution cues that relay or mention rather than give someone's view (folded).
_RELAYING_CUE = re.compile(r"(?:citant|citing|quoting|со\s+ссылкой|ссылаясь)")
#: A definite article opening a description (the army, l'armée): a known body, no unnamed source.
_DEFINITE = re.compile(r"\s*(?:the|le|la|les|l['’])\s", re.IGNORECASE)
#: en: an impersonal pronoun as the subject right after a quotation ('"…," it said'): only a body is its antecedent.
_IT_SAID = re.compile(r"[\"”»’]?\s*,?\s*it\s+[a-z]+", re.IGNORECASE)
#: A sentence end (a quotation mark may stand before the space), or a line end.
_SENTENCE_END = re.compile(r"[.!?…][\"”»]?(?=\s|$)|\n")
#: Where an attribution phrase's source ends: a comma, a sentence end, a line end.
_SOURCE_END = re.compile(r"[,;:.!?\n]")
#: How far an attribution phrase's source runs, at most.
SOURCE_CHARS = 150


def _attributed_sources(ctx: Discourse, inside: Sequence[tuple[int, int]]) -> list[tuple[int, int, Speaker]]:
    """fr/en/ru: the source of an attribution phrase outside quotations ("…, according to the police
    commander, X Y, cited by …", "selon une source sécuritaire"), with a quotation following closely: an
    event of the speaker chain, so that a later "he said" takes that source rather than whoever was
    quoted before it."""
    opens = [a for a, _ in inside]
    text = ctx.text
    found_all = []
    for cue in ctx.cues.attribution.finditer(ctx.norm.text):
        c_start, c_end = ctx.orig(cue.start(), cue.end())
        if ARABIC.search(text, c_start, c_end + 20) is not None:
            continue  # Arabic attributions are read where they stand (نقلا عن, بحسب)
        k = bisect.bisect_right(opens, c_start) - 1
        if k >= 0 and c_start < inside[k][1]:
            continue  # inside a quotation: the quoted speaker's words
        if k + 1 >= len(opens) or opens[k + 1] - c_end > LOOKBACK_CHARS:
            continue  # no quotation follows closely enough for this source to be its antecedent
        if _RELAYING_CUE.match(cue.group()):
            continue  # "en citant les joueurs X", "citing a report": whom it relays or mentions, no view
        limit = min(len(text), c_end + SOURCE_CHARS, opens[k + 1])
        stop = _SOURCE_END.search(text, c_end, limit)
        phrase_end = stop.start() if stop else limit
        sentence = _SENTENCE_END.search(text, c_end)
        sentence_end = sentence.start() if sentence else len(text)
        following = [a for a in opens[k + 1 :] if a >= sentence_end][:1]
        if not following or WORD.search(text, sentence_end, following[0]):
            continue  # the quotation does not open the very next sentence: other words came between
        sentence_end = min(sentence_end, limit)
        found = subject_after_verb(ctx, c_end, phrase_end) or described_subject(ctx, c_end, phrase_end)
        if (found is None or found.mention is None) and stop is not None and text[phrase_end] == ",":
            found = _named_after_described(ctx, c_end, phrase_end, sentence_end) or found
        it_said = _IT_SAID.match(text, inside[k + 1][1]) is not None
        if found is None and it_said:
            found = organization_after(ctx, c_end, phrase_end)  # "according to the ministry late on Sunday"
        if found is None or found.via in ("statement", "pronoun"):
            continue
        if (
            found.mention is None
            and (found.kind != "anonymous" or _DEFINITE.match(text, c_end, phrase_end))
            and not (found.kind == "organization" and it_said)
        ):
            continue  # "according to the army": a body, whom "he said" does not take (but '"…," it said'
            # does); an unnamed source is indefinite ("one of the security officials", "une source sécuritaire")
        found_all.append((c_start, max(phrase_end, found.end), found))
    return found_all


#: fr/en: a sentence opening with whose view it gives ("Pour le journaliste guinéen X, la Guinée …",
#: "According to X, …"), up to the person.
_OPINION_OPENER = re.compile(
    r"(?:^|(?<=[.!?…»”\"]\s)|(?<=\n))[ \t]*(?:Pour|Selon|D['’]après|According\s+to|For)\s+"
    r"(?:(?:le|la|l['’]|the)\s*(?:[a-zà-ÿ][\w'’-]*\s+){0,4})?"
)


def _opinion_openers(ctx: Discourse, opens: Sequence[int]) -> list[Speaker]:
    """fr/en: a person whose view a sentence opens with ("Pour le journaliste X, la Guinée court …"): an
    event of the speaker chain, so that a later "dénonce-t-il" takes that person, not the one before."""
    found = []
    for opener in _OPINION_OPENER.finditer(ctx.text):
        k = bisect.bisect_right(opens, opener.end())
        if k >= len(opens) or opens[k] - opener.end() > LOOKBACK_CHARS:
            continue  # no quotation follows closely enough
        named = [
            m
            for m in ctx.mentions_in(opener.end(), opener.end() + 60)
            if m.label == "PER" and m.start == opener.end()
        ]
        if named and re.match(r"\s*,", ctx.text[named[0].end : named[0].end + 3]):
            m = named[0]
            found.append(Speaker(m, m.start, m.end, "subject", None))
    return found


#: Between an inverted verb and the person who is its subject: a courtesy title, or a determiner and
#: one or two lower-case title words (M. X, le général X, the army chief X).
_NAME_AFTER_VERB = re.compile(
    r"\s*(?:(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s+|(?:le|la|l['’]|the)\s*(?:[a-zà-ÿ][\w'’-]*\s+){1,2})?"
)
_THAT_AFTER = re.compile(r"\s*[وف]?(?:بان|بانه|ان|انه)(?![^\W_])")


def is_named_subject(ctx: Discourse, q: Quote) -> bool:
    """«المرصد السوري لحقوق الإنسان» بأن…: a quoted name as the subject of a speech verb."""
    if q.close is None or not _THAT_AFTER.match(fold(ctx.text[q.close + 1 : q.close + 12])):
        return False
    fs, fe = ctx.folded_range(max(0, q.open - 20), q.open)
    before = ctx.norm.text[fs:fe]
    verb = None
    for m in ctx.cues.verb.finditer(before):
        verb = m
    return verb is not None and not before[verb.end() :].strip()


#: How long a name in quotation marks after أطلقت على نفسها / تحت اسم runs, at most.
NAME_WORDS = 6
#: Words after which a quotation is a statement even when a title noun came before (قال في كتابه إن «…»).
_STATEMENT_LINK = frozenset({"ان", "انه", "انها", "بان", "بانه", "que", "qu", "that", "что"})
#: How many words back a title noun still makes the quotation a title (كتاب عالم الفيزياء … ساجان «…»).
TITLE_WINDOW = 8


#: A quotation opening with إن/أن and running on is what someone said, whatever noun stands before it
#: (كبير المحللين في البنك "إن الطلب على النفط …"), not a title.
_STATEMENT_OPENING = re.compile(r"\s*[إأا]ن(?:ه|ها|نا)?\s")
STATEMENT_OPENING_WORDS = 8


def is_title(ctx: Discourse, q: Quote) -> bool:
    if (
        _STATEMENT_OPENING.match(ctx.text, q.start, q.end)
        and len(WORD.findall(ctx.text[q.start : q.end])) >= STATEMENT_OPENING_WORDS
    ):
        return False
    fs, fe = ctx.folded_range(max(0, q.open - 80), q.open)
    window = ctx.norm.text[fs:fe]
    window = re.split(r"[:.!?؟؛;\n]", window)[-1]
    # a quoted name between (لصحيفة “…” المحلية “…”): the title noun was that one's
    window = re.split(r"[«»“”\"]", window)[-1]
    words = WORD.findall(window)[-TITLE_WINDOW:]
    named_as = words and (
        words[-1] in ("اسم", "مسمى")
        or (words[-1] in ("نفسه", "نفسها", "نفسهم") and len(words) > 1 and words[-2] in ("على", "علي"))
    )  # not "وأضاف المصدر نفسه «…»": the same source
    if named_as and len(WORD.findall(ctx.text[q.start : q.end])) <= NAME_WORDS:
        return True  # "أطلقت على نفسها «المقاومة …»", "تحت اسم «…»": the name it goes by
    if words and ctx.cues.role.match(words[-1]) and not words[-1].startswith("ال"):
        return True  # "رئيس «نايت فرانك…»": a role in construct with a quoted name is an organisation
    name_starts = {
        name_tokens(m.text)[0] for m in ctx.mentions_in(max(0, q.open - 80), q.open) if name_tokens(m.text)
    }
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in _STATEMENT_LINK or ctx.cues.verb.fullmatch(word):
            return False  # a speech verb or "أن" comes after any title noun: a statement
        stems = {word, word[1:] if word[:1] in "وبلف" else word}
        stems |= {w[2:] for w in stems if w.startswith("ال")}
        if stems & ctx.cues.statement_nouns:
            return False  # "قال المتحدث باسم الشركة X في بيان «…»": a statement after the title noun
        if stems & ctx.cues.title_nouns:
            # "وقال مدير البنك سامر الحلبي «…»": a definite head further back is the bank whose
            # director speaks; a title's head stands right before it or is indefinite (شركة «…»)
            definite = any(w.startswith("ال") for w in stems)
            following = words[i + 1] if i + 1 < len(words) else None
            # "لموقع النادي «…»", "على موقع فيسبوك «…»": the noun's name is written after it, unquoted
            named = following is not None and (following.startswith("ال") or following in name_starts)
            told = word[:1] == "ل" and word[1:] in ctx.cues.title_nouns  # قال لصحيفة محلية «…»: told to it
            if (definite or named or told) and following is not None:
                continue
            return True
    return False


def is_heading(text: str, q: Quote) -> bool:
    """A line that is nothing but a quotation (a pull-quote or sub-heading)."""
    line_start = text.rfind("\n", 0, q.open) + 1
    line_end = text.find("\n", q.end)
    line_end = len(text) if line_end == -1 else line_end
    outside = text[line_start : q.open] + text[(q.close + 1 if q.close is not None else q.end) : line_end]
    return not outside.strip(" \t.،,:!?؟") and len(WORD.findall(text[q.start : q.end])) <= 15


def _word_set(text: str) -> set[str]:
    words = set()
    for w in WORD.findall(fold(text)):
        words.add(w)
        if len(w) > 3 and w[0] in "وفبل":
            words.add(w[1:])
    return words


def same_words(heading: str, quote: str) -> bool:
    h, q = _word_set(heading), _word_set(quote)
    return bool(h) and len(h & q) / len(h) >= 0.8
