"""Source, target and place of an event: who did what to whom, from the entities and unnamed actors of its
clause."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

from rasid.extract.events.actors import (
    BELONGING,
    demonym_doer,
    nisba_doer,
    owner_after,
    unknown_doers,
    unnamed_in,
)
from rasid.extract.events.catalogue import (
    ACTOR_TYPES,
    AGENT_BY_SCRIPT,
    GLUED,
    INSTRUMENTAL,
    LOCATIVE_BY_SCRIPT,
    MARK_REACH,
    NISBA,
    OBLIQUE,
    PLACE_TYPES,
    STAGE,
    TITLE_TAIL,
    VSO_REACH,
    EventType,
    folded_set,
    lexicon_words,
)
from rasid.extract.events.context import EventContext
from rasid.extract.events.parties import (
    COMMA,
    before_trigger,
    in_title,
    is_speaker,
    is_victim,
    reports_own_act,
    speaker_of_announced_capture,
    speaker_of_own_act,
)
from rasid.extract.events.syntax import (
    COUNTERPART,
    after_between,
    after_conjunction,
    after_relative,
    coordinated,
    function_word,
    group_of_start,
    head_start,
    is_passive,
    joins,
    marked,
    modifier,
    namesake,
    nearest_mark,
    opens_clause,
    relative_between,
    titled_subject,
    without_count,
    words_before,
)
from rasid.extract.matcher import fold_gap
from rasid.extract.phrases import PhraseMatch
from rasid.kb import KnowledgeBase
from rasid.model import Annotation, Span

_PLACE_HEAD = re.compile(r"^(?:[وبل]?ال)?(?:منطق|محافظ|مدين|جمهوري|مملك|إمار|امار|ولاي|إقليم|اقليم)")
_BLESSING = re.compile(r"^(?:حفظ|رحم|رعا)\w*\s+الله")
#: A verb of doing with a pronoun that takes up the event (folded): شنتها, نفذته, تشنها, ارتكبوها, نصبه, تبنته.
_AR_DOER_VERB = re.compile(r"^و?[يت]?(?:شن|نفذ|ارتكب|تبن[اي]?|نصب)(?:ت|وا|و)?(?:ه|ها|هما)$")


#: An Arabic verb that lays the event on someone, with a pronoun that takes up the event (folded): نسبه, نسبتها,
#: تنسبها, ينسبونه (followed by إلى and who it is laid on).
_AR_ATTRIBUTING = re.compile(r"^و?[يت]?نسب(?:ت|وا|و|ون)?(?:ه|ها|هما|هم)$")
#: Latin words that make the participle after them part of the event's own verb phrase ("was carried out by",
#: "qui a été revendiquée par"), not a participle describing another noun.
_AUXILIARIES = folded_set(
    ["was", "were", "been", "being", "is", "are", "has", "have", "had", "which", "that", "who", "été", "est",
     "sont", "a", "ont", "qui", "était", "étaient", "and", "et", "also", "aussi"]
)  # fmt: skip
#: A past participle, folded (protégé, escortée, sécurisés, supported, backed).
_PARTICIPLE = re.compile(r"^\w{3,}(?:e|ee|es|ees|ed)$")
#: Participles that tell the event itself, wherever they stand: "l'attaque contre le camp revendiquée par".
_EVENT_PARTICIPLES = re.compile(
    r"^(?:men|perpetr|revendiqu|lanc|command|organis|orchestr|conduit|carried|claimed|launched|conducted|"
    r"perpetrated|staged|committed|mounted|led|organi[sz]ed|orchestrated)"
)


def _agent_of_participle(words: list[str]) -> bool:
    """Whether the agent mark among the last words before an actor after the trigger belongs to a participle
    that describes another noun: "une attaque contre un convoi protégé par les FAMa", "an ambush on a patrol
    escorted by UN troops". Not the event's own: "une attaque menée par", "the attack was claimed by"."""
    at = next(
        (k for k in range(len(words) - 1, max(-1, len(words) - 3), -1) if words[k] in ("par", "by")), None
    )
    if at is None or at < 2:
        return False  # "attaquée par", "an attack by": nothing stands between the trigger and the participle
    participle, noun = words[at - 1], words[at - 2]
    return (
        _PARTICIPLE.match(participle) is not None
        and _EVENT_PARTICIPLES.match(participle) is None
        and noun not in _AUXILIARIES
    )


#: A possessive pronoun on an Arabic noun, as written (ة is no pronoun): استهدافه, هجومهم, قصفها.
_AR_POSSESSIVE = re.compile(r"(?:ه|ها|هم|هما)$")
#: The feminine possessive pronoun on an Arabic noun (زيارتها, لقائها): whose it is is no man.
_AR_HER = re.compile(r"ها$")
#: The clitics and article of a definite Arabic word (والقصف, بالهجوم, للغارة), folded.
_AR_DEFINITE = re.compile(r"^(?:[وفبك]?ال|[وف]?لل)")


#: An English possessive after a name, then up to two words before the actor it owns: "Yemen's Iran-backed Houthi".
_POSSESSIVE = re.compile(r"['’]s\s+")
_POSSESSED_WORDS = re.compile(r"(?:[\w-]+\s+){0,2}")


def _possessor(ctx: EventContext, ann: Annotation, trigger: Span, nearby: list[Annotation]) -> bool:
    """Whether a country names the owner of the actor right after it ("Yemen's Houthis", "Sudan's RSF"): the
    phrase's head is that actor, the country is no party of its own. Not the owner of the trigger ("Germany's
    withdrawal from Mali")."""
    found = _POSSESSIVE.match(ctx.text, ann.end) if ann.label == "GPE" else None
    return found is not None and any(
        a.start >= found.end()
        and not ann.end <= trigger.start < a.start
        and a.label in ACTOR_TYPES
        and _POSSESSED_WORDS.fullmatch(ctx.text, found.end(), a.start) is not None
        for a in nearby
    )


def _after_lam(ctx: EventContext, ann: Annotation) -> bool:
    """Whether the preposition ل is glued to an actor (للطيران, لقوات, لتنظيم)."""
    clitic, _ = words_before(ctx.text, ann.start, max(0, ann.start - 2))
    glued = ann.text[:1] == "ل" and not ann.text.startswith("ال") and not ann.attrs.get("kb_id")
    return clitic[-1:] == "ل" or glued


def _next_to(ctx: EventContext, trigger: Span, lo: int, ann: Annotation) -> bool:
    """Whether nothing but one adjective stands between ``lo`` (the end of an Arabic attack noun, or of a time
    after it) and an actor: an adjective agrees with its noun in definiteness (هجوم دام, القصف المدفعي); a word
    that does not is another noun (استهدافه عربات)."""
    between = fold_gap(ctx.text[lo : ann.start]).split()
    if between and between[-1] == "ل":
        between.pop()
    if len(between) != 1:
        return not between
    noun = fold_gap(ctx.text[trigger.start : trigger.end]).split()[-1:]
    return bool(noun) and bool(_AR_DEFINITE.match(between[0])) == bool(_AR_DEFINITE.match(noun[0]))


def _lam_of_another_noun(ctx: EventContext, trigger: Span, lo: int, ann: Annotation) -> bool:
    """Whether an actor after ل is the genitive of another word than the attack noun: "الغارة دمرت عربات
    للمسلحين", "القصف طال تجمعا للحوثيين" (other words stand between them)."""
    return _after_lam(ctx, ann) and not _next_to(ctx, trigger, lo, ann)


def _armed_after_lam(ctx: EventContext, trigger: Span, lo: int, ann: Annotation) -> bool:
    """Whether an armed actor stands after the preposition ل (للطيران التركي, لقوات النظام, لتنظيم داعش) right
    after an Arabic attack noun (one adjective allowed between): the noun's genitive names whose attack it is,
    not what it hit (what was hit takes على)."""
    if not _after_lam(ctx, ann) or not _next_to(ctx, trigger, lo, ann):
        return False
    if _AR_POSSESSIVE.search(ctx.text, trigger.start, trigger.end):
        return False  # استهدافه عربات للحوثيين: "his targeting" names its doer already
    if ann.label == "ARMED_GROUP":
        return True
    return (
        ann.label == "UNNAMED"
        and ann.attrs.get("unnamed") == "unnamed_actor"
        and ctx.cue_near("lex|bystanders", ann.start, ann.end) is None
    )


def _genitive_of_object(ctx: EventContext, trigger: Span, ann: Annotation) -> bool:
    """Whether an actor after an Arabic verb stands after ل with another word before it: "دمرت عربات للمسلحين"
    (the vehicles' owners, not the verb's subject). An adjective between is the trigger's own."""
    between = [
        w
        for w in fold_gap(ctx.text[trigger.end : ann.start]).split()
        if w != "ل" and not _AR_GAP_ADJECTIVE.match(w)
    ]  # "قصف مدفعي لقوات النظام": a noun written like the verb, its adjective and its doer
    return bool(between) and _after_lam(ctx, ann)


#: Verbs (folded) of a relative clause that take an Arabic attack noun up with a pronoun: who leads or wages it
#: did it (تقودها, يخوضها, خاضها); with a preposition and its pronoun, who carries it out did it (يقوم بها, قام به)
#: and who underwent it was hit (تعرض له, تعرضت لها).
_AR_LEADING_VERB = re.compile(r"^[يت]?(?:قود|قاد|خوض|خاض)(?:ت|وا|ون)?(?:ه|ها|هما)$")
_AR_CARRYING_VERB = re.compile(r"^[يت]?(?:قوم|قام)(?:ت|وا|ون)?$")
_AR_UNDERGOING_VERB = re.compile(r"^[يت]?تعرض(?:ت|وا|ون)?$")
_AR_WITH_IT = folded_set(["به", "بها", "بهما"])
_AR_TO_IT = folded_set(["له", "لها", "لهما"])


def _taken_up_after(text: str, trigger: Span, words: list[str]) -> str | None:
    """The role of an actor right after the verb of a relative clause that follows an Arabic attack noun (only
    adjectives between them) and takes it up by a pronoun: "leader" for who leads it, "source" for who wages or
    carries it out, "target" for who underwent it; None for any other word before the actor."""
    role = None
    if words and _AR_LEADING_VERB.match(words[-1]):
        verb_words, role = 1, ("leader" if words[-1].lstrip("يت").startswith(("قود", "قاد")) else "source")
    elif len(words) > 1 and words[-1] in _AR_WITH_IT and _AR_CARRYING_VERB.match(words[-2]):
        verb_words, role = 2, "source"
    elif len(words) > 1 and words[-1] in _AR_TO_IT and _AR_UNDERGOING_VERB.match(words[-2]):
        verb_words, role = 2, "target"
    if role is None:
        return None
    # the relative pronoun and the verb right after the noun and its adjectives: "الضربات الجوية التي تقودها"
    # (or, after an indefinite noun, the verb alone: "اشتباكات عنيفة يخوضها مسلحون")
    after = fold_gap(text[trigger.end : trigger.end + 80]).split()
    verb = words[-verb_words:]
    for k in range(min(4, len(after))):
        if after[k] in _AR_RELATIVE_PRONOUNS and after[k + 1 : k + 1 + verb_words] == verb:
            return role
        if after[k : k + verb_words] == verb and not _AR_DEFINITE.match(
            fold_gap(text[trigger.start : trigger.end])
        ):
            return role
        if not _AR_GAP_ADJECTIVE.match(after[k]) or after[k] in _AR_RELATIVE_PRONOUNS:
            return None
    return None


_AR_RELATIVE_PRONOUNS = folded_set(["الذي", "التي", "الذين", "اللذين", "اللتين"])
_AR_ONE_OF = folded_set(["إحدى", "احدى", "أحد", "احد"])
#: Verbs (folded, as one-word lists) of reaching or hitting whose subject is the attack: "الذي طال", "التي أصابت".
_AR_HIT_VERBS = [
    [w] for w in folded_set(["طال", "طالت", "أصاب", "أصابت", "استهدف", "استهدفت", "ضرب", "ضربت"])
]
#: Verbs (folded) of holding ground: "المناطق التي تسيطر عليها داعش" names whose ground it is (the side hit).
_AR_HOLDING_VERBS = [[w] for w in folded_set(["تسيطر", "يسيطر", "سيطرت", "سيطر", "يسيطرون"])]


#: Arabic verbs (folded) of managing, trying or going on that govern a verbal noun (نجحت في تحرير, تمكنت من السيطرة
#: على, استطاعت السيطرة على, تحاول استعادة, واصلت هجماتها): their subject does what the noun tells.
_AR_CONTROL_VERBS = folded_set(
    ["نجح", "نجحت", "نجحوا", "ينجح", "تنجح", "تمكن", "تمكنت", "تمكنوا", "يتمكن", "تتمكن", "استطاع", "استطاعت",
     "استطاعوا", "يستطيع", "تستطيع", "حاول", "حاولت", "حاولوا", "يحاول", "تحاول", "يحاولون", "سعى", "سعت", "يسعى",
     "تسعى", "واصل", "واصلت", "يواصل", "تواصل"]
)  # fmt: skip
#: Words (folded) that may link such a verb's subject to the noun: a preposition, "that he carries out", a verb of
#: doing as a noun (من إحكام السيطرة, في تنفيذ هجوم, من انتزاع السيطرة).
_AR_CONTROL_LINKS = folded_set(
    ["من", "في", "إلى", "الى", "ل", "ب", "أن", "ان", "يقوم", "تقوم", "يقوموا", "إحكام", "احكام", "انتزاع", "تنفيذ", "شن"]
)  # fmt: skip
#: Words (folded) that open another clause between the subject and the noun.
_AR_RELATIVES_OR_VERBS = (
    folded_set(["الذي", "التي", "الذين", "ثم", "بعد", "قبل", "حيث", "عندما"]) | _AR_CONTROL_VERBS
)
_CONTROL_REACH = 90  # characters before the noun in which the verb and its subject stand


def _control_subject(ctx: EventContext, trigger: Span) -> Annotation | None:
    """The actor right after an Arabic verb of managing or trying (VSO) that governs the attack noun: only the
    actor's own words (adjectives, a conjoined actor), a time and the linking words between it and the noun."""
    lo = max(0, trigger.start - _CONTROL_REACH)
    stop = re.search(r"[،,.؛;:!?()\n][^،,.؛;:!?()\n]*$", ctx.text[lo : trigger.start])
    if stop is not None:
        lo += stop.start() + 1
    words = list(re.finditer(r"\S+", ctx.text[lo : trigger.start]))
    for verb in words:
        folded = fold_gap(verb.group())
        if folded not in _AR_CONTROL_VERBS and folded[1:] not in _AR_CONTROL_VERBS:
            continue
        start = lo + verb.end()
        actors = [
            a
            for a in [
                *ctx.entities_in(start, trigger.start, len(ctx.text)),
                *unnamed_in(ctx, start, trigger.start),
            ]
            if a.label in ACTOR_TYPES
        ]
        # a name that ran on into the noun (الميليشيات الكردية السيطرة) is the words before it
        cut = [a if a.end <= trigger.start else _cut_before(ctx, a, trigger.start) for a in actors]
        actors = [a for a in cut if a is not None]
        if not actors:
            return None
        subject = min(actors, key=lambda a: a.start)
        if fold_gap(ctx.text[start : subject.start]).split():
            return None  # a word between the verb and the actor: its object or another phrase, no VSO subject
        # the noun follows the subject's phrase (its adjectives, a conjoined actor), or a link word right before it
        # stands after whatever else tells how (بمساعدة غارات التحالف في تحرير)
        last = max(
            (a for a in actors if a.start <= subject.end + 3 or coordinated(ctx.text, subject, a)),
            key=lambda a: a.end,
        )
        rest = [fold_gap(w).strip('"') for w in ctx.text[last.end : trigger.start].split()]
        if all(_AR_GAP_ADJECTIVE.match(w) or w in ("امس", "اليوم") for w in rest):
            return subject
        clitic = ctx.text[trigger.start - 1 : trigger.start]
        link = rest[-1] if rest and not clitic.strip() else clitic
        if (link in _AR_CONTROL_LINKS or link[-1:] in ("ب", "ل")) and not _AR_RELATIVES_OR_VERBS.intersection(
            rest
        ):
            return subject
        return None
    return None


#: An Arabic word of loyalty (الموالية, الموالي, والموالين) ending the text before an actor, then ل and up to six words
#: of the phrase it heads (لحكومة الرئيس اليمني المعترف به دوليا X), no comma between.
_AR_LOYAL_TO = re.compile(r"(?:^|\s)و?(?:ال)?موال(?:ي|ية|ين|ون)\s+ل[^\s،,.]*(?:\s+[^\s،,.]+){0,6}\s*$")
_AR_LOYAL_WORD = re.compile(r"(?:^|\s)و?(?:ال)?موال(?:ي|ية|ين|ون)\s+$")


def _loyal_to(text: str, ann: Annotation, nearby: list[Annotation]) -> bool:
    """Whether an actor names whom the actor before it is loyal to ("القوات الموالية للرئيس هادي", "الحوثيون
    والموالون لصالح"): it is part of that actor's description, neither its doer nor what it hit. Only the first
    actor after the word of loyalty, with no preposition between (not the town in "... هادي السيطرة على زنجبار")."""
    lo = max(0, ann.start - 80)
    before = text[lo : ann.start]
    if ann.text.startswith("ل") and not ann.text.startswith("ال") and _AR_LOYAL_WORD.search(before):
        return True  # the statistical NER kept the preposition: الموالين لصالح
    found = _AR_LOYAL_TO.search(before)
    if found is None:
        return False
    between = fold_gap(found.group()).split()[2:]
    return not _AR_PREPOSITIONS.intersection(between) and not any(
        lo + found.start() <= a.start < ann.start for a in nearby if a is not ann
    )


#: The word of a settlement or a region right before a name (مدينة, محافظة, بلدة, قرية, منطقة), with its clitics.
_AR_PLACE_HEAD_WORD = re.compile(r"(?:^|\s)[وبل]?(?:ال)?(?:مدينة|محافظة|بلدة|قرية|منطقة|مديرية|ولاية)\s+$")


def _after_place_head(text: str, start: int) -> bool:
    """Whether a word shaped like a nisba (الرمادي) follows the word of a settlement or region, which makes it the
    name of that place (مدينة الرمادي), not an adjective."""
    return _AR_PLACE_HEAD_WORD.search(text, max(0, start - 16), start) is not None


def _governed_noun(ctx: EventContext, trigger: Span) -> bool:
    """Whether an Arabic event noun with nothing glued to it stands right after a word that takes it as its genitive
    (خلال زيارة, ختام زيارة, أهمية زيارة): no verb of doing before it has it as its object."""
    if not ctx.text[trigger.start - 1 : trigger.start].isspace():
        return False  # بزيارة, لزيارة: "قام بزيارة X" visited X
    words = fold_gap(ctx.text[max(0, trigger.start - 24) : trigger.start]).split()
    governors = lexicon_words("meeting_noun_governor")
    # with its own clitic: وخلال, بنتائج, لأهمية
    return bool(words) and (
        words[-1] in governors or (words[-1][:1] in "وفبل" and words[-1][1:] in governors)
    )


def _cut_before(ctx: EventContext, ann: Annotation, end: int) -> Annotation | None:
    """The words of a name before ``end``, where the statistical NER ran it on into the trigger."""
    while end > ann.start and not ctx.text[end - 1].isalnum():
        end -= 1
    if end - ann.start < 3:
        return None
    return ctx.doc.annotation("entities", ann.start, end, ann.label, attrs={}, stage=ann.stage)


#: Words (folded) of help before an actor: "بمساعدة غارات التحالف", "بدعم من طيران التحالف", "بمساندة الجيش".
_AR_SUPPORT = folded_set(["بمساعدة", "بدعم", "بمساندة", "باسناد", "بإسناد", "بغطاء", "غطاء"])


def _supporting(text: str, start: int) -> bool:
    """Whether an actor is named as a helper (بمساعدة غارات التحالف): it backs the doer, and is not the doer."""
    _, words = words_before(text, start, max(0, start - MARK_REACH))
    return bool(_AR_SUPPORT.intersection(words[-3:]))


def _taken_right_after(
    ctx: EventContext, trigger: Span, place: Annotation, head: int, nearby: list[Annotation]
) -> bool:
    """Whether a place is the object of the trigger: right after it (its head words aside: مدينة عدن), after its
    preposition (سيطرت على عدن) or after the doer named between them (استعادة النظام لمدينة القصير)."""
    if head < trigger.end:
        return False
    actors = [(a.start, a.end) for a in nearby if trigger.end <= a.start and a.end <= head]
    for word in re.finditer(r"\S+", ctx.text[trigger.end : head]):
        lo, end = trigger.end + word.start(), trigger.end + word.end()
        if any(a <= lo and end <= b for a, b in actors):
            continue
        if fold_gap(word.group()) not in ("علي", "ل"):
            return False
    return True


#: A quote closed, then a dash that opens its attribution ("», – указано в заявлении", '", - говорится'): what
#: stands before it is a word of the quote.
_QUOTE_THEN_DASH = re.compile(r"[»”\"]\s*[,،]?\s*[–—-]\s")


def _place_object(ctx: EventContext, trigger: Span, place: Annotation) -> bool:
    """Whether a place is the direct object of a Latin or Cyrillic verb: right after it, or after its article and a
    word of a settlement ("attacked Djibo", "a attaqué la ville de Djibo", "stormed the town of X")."""
    if place.start < trigger.end:
        return False
    words = fold_gap(ctx.text[trigger.end : place.start]).split()
    return all(w in _PLACE_OBJECT_WORDS or w in lexicon_words("settlement") for w in words)


#: Articles and "of" (folded) between a verb and the town it hit: "the town of", "la ville de", "le village d'".
_PLACE_OBJECT_WORDS = frozenset({"the", "la", "le", "l'", "les", "of", "de", "d'", "du"})


def _date_between(ctx: EventContext, lo: int, hi: int) -> Annotation | None:
    """The last date (time expression) wholly inside ``[lo, hi)``."""
    i = bisect_left(ctx.dates, hi, key=lambda d: d.start) - 1
    while i >= 0 and ctx.dates[i].start >= lo and ctx.dates[i].end > hi:
        i -= 1
    return ctx.dates[i] if i >= 0 and ctx.dates[i].start >= lo else None


def _between_tail(text: str, trigger: Span, script: str) -> int:
    """Where the word "between" that a trigger phrase ends with starts (المباحثات بين, talks between), else the
    trigger's end."""
    last = re.search(r"\S+\s*$", text[trigger.start : trigger.end])
    if last is not None and fold_gap(last.group()).strip() in _BETWEEN_MARKS[script]:
        return trigger.start + last.start()
    return trigger.end


def _agent_tail(text: str, trigger: Span, script: str) -> list[str]:
    """The agent mark a trigger phrase ends with ("killed by", "tués par"): it marks the actor after the trigger as
    the doer, as it would were it not part of the trigger."""
    words = fold_gap(text[trigger.start : trigger.end]).split()
    return words[-1:] if words[-1:] and words[-1] in AGENT_BY_SCRIPT[script] else []


def _words_before(ctx: EventContext, start: int, floor: int) -> tuple[str, list[str]]:
    """``words_before``, from the end of a date between the floor and the actor: "قصف في نهاية الأسبوع للطيران
    التركي", "attaqué dans la nuit de samedi par": a time and the words before it are no mark of the actor after
    it."""
    date = _date_between(ctx, floor, start)
    lo = floor if date is None else date.end
    # "attacked by a group of heavily armed militants": the words before the group are the actor's
    return words_before(ctx.text, group_of_start(ctx.text, start, lo), lo)


#: Words that may stand between an Arabic event noun and its theme (folded): what rounds a count ("على الأقل 12
#: من مقاتلي داعش") and the pronouns of honour that name the noun's doer (زيارة سموه للأردن).
_AR_PHRASE_WORDS = folded_set(
    ["على", "الأقل", "الاقل", "نحو", "حوالي", "حوالى", "قرابة", "من", "أكثر", "اكثر", "ل", "سموه", "معاليه", "فخامته",
     # the pair of a clash (اشتباكات بين الجنود ومتمردي الحزب), the suicide bomber's self (تفجير نفسه), nearness to
     # what was hit (على مقربة من مركز للقوات)
     "بين", "نفسه", "نفسها", "أنفسهم", "انفسهم", "مقربة", "بالقرب", "قرب"]
)  # fmt: skip
#: Words shaped like a nisba that are no adjective of the noun (folded): relative pronouns, prepositions.
_AR_NOT_PHRASE = folded_set(["الذي", "التي", "الذين", "اللذين", "اللتين", "في", "إلى", "الى", "حتى", "لدى"])  # fmt: skip


def _in_noun_phrase(
    ctx: EventContext, trigger: Span, ann: Annotation, nearby: list[Annotation], heads: dict[int, int]
) -> bool:
    """Whether an unmarked actor after an Arabic event noun stands in the noun's own phrase, where its theme
    (genitive or object) stands: only adjectives (الضربات الجوية), a count, a time and other actors of the phrase
    between them (قصف الطيران الحربي مواقع). A comma, a relative pronoun or any other word (a verb, another noun)
    opens another phrase, whose argument the actor is ("التفجير في سروج، تحدث الرئيس أوباما", "الضربات التي
    تقودها السعودية", "المعارك كانت عبارة عن عمليات تمكن خلالها مقاتلو الفصائل")."""
    hi = heads.get(id(ann), ann.start)
    # after a definite noun a definite word is its adjective (الضربات الجوية, زيارته الخاصة): a genitive is never so
    definite = _AR_DEFINITE.match(fold_gap(ctx.text[trigger.start : trigger.end])) is not None or (
        _AR_POSSESSIVE.search(ctx.text, trigger.start, trigger.end) is not None
    )
    skipped = [(a.start, a.end) for a in nearby if trigger.end <= a.start and a.end <= hi]
    skipped += [
        (heads.get(id(a), a.start), a.start) for a in nearby if trigger.end <= a.start and a.end <= hi
    ]
    skipped += [(d.start, d.end) for d in ctx.dates if trigger.end <= d.start and d.end <= hi]
    # a noun in construct (استهداف ثكنات القوات, اقتحام مقر) has the word after it as its genitive, the thing it hit,
    # whose owner the actor may be (استهداف آليات تابعة لحزب الله); a definite noun has none (المعارك انتقلت)
    # ... and a noun that ends in its preposition (السيطرة على مطار عدن) has its object right after it
    # "استهدفت إحدى الغارات دبابة تابعة للحوثيين": the noun is the subject of a verb of hitting right before it,
    # whose object follows the noun
    before = [
        w
        for w in fold_gap(ctx.text[max(0, trigger.start - 24) : trigger.start]).split()
        if w not in _AR_ONE_OF
    ]
    subject_of_hitting = bool(before) and [before[-1].removeprefix("و")] in _AR_HIT_VERBS
    chain = False
    object_free = not definite  # a noun in construct may name the thing hit after ل, its doer before it
    genitive_free = (
        not definite
        or subject_of_hitting
        or fold_gap(ctx.text[trigger.start : trigger.end]).split()[-1] in _AR_OBJECT_MARKS
    )
    after_definite = (
        definite  # the word before is definite: a definite word now is its adjective (الجنود الأتراك)
    )
    for word in re.finditer(r"\S+", ctx.text[trigger.end : hi]):
        lo, end = trigger.end + word.start(), trigger.end + word.end()
        if any(a <= lo and end <= b for a, b in skipped):
            genitive_free = False  # the genitive is the word right after the noun, or the actor itself
            after_definite = fold_gap(word.group()).startswith("ال")
            continue
        folded = fold_gap(word.group()).strip('"()')
        if not folded:
            continue
        if folded in _AR_RELATIVE_PRONOUNS and (
            fold_gap(ctx.text[end : end + 12]).split()[:1] in _AR_HIT_VERBS
            or fold_gap(ctx.text[end : end + 12]).split()[:1] in _AR_HOLDING_VERBS
        ):
            # "التفجير الذي طال عددا من منسوبي قوة الطوارئ", "استعادة المناطق التي تسيطر عليها داعش": what the attack
            # reached, or whose ground was taken, in a relative clause of its own
            return COMMA.search(ctx.text, end, hi) is None
        if folded[-1:] in ",،" or folded in _AR_NOT_PHRASE:
            return False
        if folded == "علي" and fold_gap(ctx.text[end : end + 8]).split()[:1] not in (["الاقل"], ["مقربه"]):
            return False  # "على الأقل", "على مقربة من" round a count or tell nearness; else على is another word's
        # a definite word after the genitive (أيادي الإرهاب) or after a definite word (the actor's adjective)
        adjective = _AR_GAP_ADJECTIVE.match(folded) or ((after_definite or chain) and folded.startswith("ال"))
        after_definite = (after_definite or chain) and folded.startswith("ال")
        chain = False
        if folded in _AR_PHRASE_WORDS or folded in _AR_AFFILIATED or folded.isdigit() or adjective:
            continue
        if folded[:1] == "و" and any(a.start == _next_word_start(ctx.text, end) for a in nearby):
            continue  # "ومتمردي حزب العمال": the head of an actor joined to the one before
        if object_free and folded[:1] == "ل" and folded[1:2] != "ل" and len(folded) > 3:
            object_free = False  # "استهداف أيادي الإرهاب لمسجد قوات الطوارئ": the thing hit after the doer
            continue
        if not genitive_free:
            return False
        genitive_free = False
        chain = not folded.startswith("ال")  # an indefinite genitive has its own genitive next
        after_definite = not chain  # a definite one its adjectives (أيادي الإرهاب الظالة)
    return True


def _next_word_start(text: str, end: int) -> int:
    while end < len(text) and text[end].isspace():
        end += 1
    return end


#: "between" (folded), by script: it marks the pair of a symmetric event's parties (an agreement between X and Y).
_BETWEEN_MARKS = {
    "ar": folded_set(["بين"]),
    "en": folded_set(["between", "entre"]),
    "ru": folded_set(["между"]),
}
_NONE: frozenset[str] = frozenset()
#: Labels of an actor that may be a side of a fight told in the clause after its own (a body, a force, a group):
#: "القوات الأمنية فقدت 4 من عناصرها، وأصيب في المواجهات 12 آخرون". A person, a country or a place before the
#: comma is the subject of another act ("وصف الشيخ X في خطبته، الاعتداء").
_PARTY_LABELS = frozenset({"ARMED_GROUP", "UNNAMED", "ORG"})
#: Two commas around a time that was left out ("شنت الطائرات، فجر اليوم، غارات"): no break between the words.
_COMMAS_AROUND_TIME = re.compile(r"[,،][\s()]*[,،]")


def _comma_apart(ctx: EventContext, lo: int, hi: int) -> bool:
    """Whether a comma parts an actor from an Arabic attack noun after it, the times between left out: "وصف الشيخ X
    في خطبته، الاعتداء", "زار مقر قوات الطوارئ في أبها، مكان حادث التفجير" (the actor belongs to the clause
    before the comma)."""
    parts = []
    for date in ctx.dates:
        if lo <= date.start and date.end <= hi:
            parts.append(ctx.text[lo : date.start])
            lo = date.end
    parts.append(ctx.text[lo:hi])
    return COMMA.search(_COMMAS_AROUND_TIME.sub(" ", " ".join(parts))) is not None


def find_roles(
    ctx: EventContext,
    etype: EventType,
    trigger: PhraseMatch,
    is_verb: bool,
    lang: str,
    nearby: list[Annotation],
    receive: bool = False,
) -> dict[str, Any]:
    text, script = ctx.text, lang
    # in this order where one word is two kinds of mark (إلى: recipient of a delivery, else where)
    kinds = (
        ("agent", AGENT_BY_SCRIPT[script]),
        # "الاتفاق بين إيران والدول الست": the pair after "between" are a symmetric event's two parties
        (
            "source",
            etype.source_marks.get(script, frozenset())
            | (_BETWEEN_MARKS[script] if etype.symmetric else _NONE),
        ),
        ("target", etype.target_marks.get(script, frozenset())),
        ("locative", LOCATIVE_BY_SCRIPT[script]),
        ("oblique", OBLIQUE[script]),
    )
    passive = is_passive(text, trigger.span.start, max(0, trigger.span.start - 45), script)
    source: tuple[Annotation, str] | None = None
    target: tuple[Annotation, str] | None = None
    location: Annotation | None = None
    unmarked_before: list[Annotation] = []
    unmarked_after: list[Annotation] = []
    victims_are_targets = etype.unnamed_actors and etype.theme_role == "target"
    victim: Annotation | None = None
    heads: dict[int, int] = {}  # id of an actor -> where the phrase it heads starts (its title)
    previous: tuple[Annotation, str | None] | None = None  # the last actor read and its mark
    doers: set[int] = set()  # ids of the actors a verb of doing marks (التي نفذتها X)
    leaders: set[int] = set()  # ids of the actors who lead it (الضربات التي تقودها X)
    paired: Annotation | None = None  # the second of a pair after "between", made the other party by position
    owners: list[Annotation] = []  # countries named as the owners of the actor after them (Yemen's Houthis)
    # "المباحثات بين إيران والدول الست": a trigger that ends with "between" marks the pair after it as a symmetric
    # event's parties; the marks of what follows are read from that word on
    after_floor = _between_tail(text, trigger.span, script) if etype.symmetric else trigger.span.end
    for ann in nearby:
        if trigger.span.start < ann.end and ann.start < trigger.span.end:
            trimmed = before_trigger(ctx, ann, trigger.span)
            if trimmed is None:
                continue  # the trigger is inside a name (a "visit" in an event name)
            ann = trimmed
        if _BLESSING.match(ann.text) or (ann.label == "PER" and _PLACE_HEAD.match(ann.text)):
            continue  # حفظه الله, منطقة عسير: a blessing or a region the statistical NER took for a person
        if etype.prefer_person and ann.label != "PER" and in_title(ctx, ann):
            continue  # أمير منطقة عسير, رئيس جمهورية مصر: the place or body names a person's office
        if function_word(ann) or namesake(ctx, ann) or modifier(text, ann):
            continue  # على: a preposition taken for a name; جامعة الملك سعود: an institution; "U.S.-owned"
        if script == "ar" and _loyal_to(text, ann, nearby):
            continue  # "القوات الموالية للرئيس هادي": whom the forces are loyal to names them; no party of its own
        # a victim first: "أفاد المرصد عن مقتل تسعة من قوات النظام" names no speaker after أفاد
        if (
            victims_are_targets
            and ann.label in ACTOR_TYPES
            and ann.label != "GPE"
            and is_victim(ctx, ann, trigger.span)
        ):
            victim = victim or ann  # قتل 15 جنديا في هجوم, cinq soldats tués dans une embuscade
            continue
        if (
            etype.unnamed_actors
            and ann.label in ACTOR_TYPES
            and is_speaker(ctx, ann, trigger.span)
            and not reports_own_act(ctx, ann, trigger.span, is_verb)
        ):
            continue  # أعلن الجيش ... مقتل, "l'armée a annoncé": who reports it is no party to it
        if _possessor(ctx, ann, trigger.span, nearby):
            owners.append(ann)
            continue  # "launched by Yemen's Houthis": the Houthis, whose country is named before them
        if (
            ann.label == "GPE"
            and not ann.attrs.get("kb_id")
            and NISBA.match(ann.text)
            and not _after_place_head(text, ann.start)  # مدينة الرمادي: a town's name after its head word
        ):
            continue  # المالي, الروسي: an adjective the statistical NER took for a place
        floor = after_floor if ann.start >= trigger.span.end else max(0, ann.start - MARK_REACH)
        clitic, words = _words_before(ctx, ann.start, floor)
        if ann.start >= trigger.span.end:
            words = _agent_tail(text, trigger.span, script) + words
        if ctx.doc.language == "en":
            words = [w for w in words if w != "a"]  # the article, not the French à the Latin marks share
        if not clitic and not ann.attrs.get("kb_id") and ann.text[:1] in GLUED and len(ann.text) > 4:
            clitic = fold_gap(ann.text[:1])  # the statistical NER keeps a preposition on the name: بتعز
        is_place = ann.label in ("LOC", "FAC") or (ann.label == "GPE" and _is_settlement(ctx.kb, ann))
        if (
            ann.label in PLACE_TYPES
            and words[-1:] == ["من"]
            and not clitic
            and "من" not in etype.source_marks.get(script, ())
            and "من" not in etype.target_marks.get(script, ())
        ):
            continue  # "طرد الحوثيين من عدن", "قذائف أطلقت من اليمن": a place things come from is no party to it
        if script == "ar" and ann.label == "PER" and not clitic and words[-1:] == ["في"]:
            continue  # "استقبل الأمير في مكتب سموه ... الوزير X": a "person" right after في is a place the NER misread
        mark = nearest_mark(clitic, words, kinds)
        if mark == "target" and ann.label == "GPE" and _after_border(words):
            mark = "locative"  # "حدود البلاد المشتركة مع مالي", "the long border with Niger": where, not whom
        if script == "ar" and words[-1:] == ["الي"] and any(_AR_ATTRIBUTING.match(w) for w in words[-3:-1]):
            # "هجمات نسبتها إلى حزب العمال", "الكمين الذي نسبته السلطات إلى متشددين": who it is laid on did it
            mark = "source"
        elif script == "ar" and words and _AR_ATTRIBUTING.match(words[-1]):
            mark = "oblique"  # "نسبته السلطات إلى": who lays it on someone says so; no party to it
        elif mark == "agent" and script == "en" and _agent_of_participle(words):
            mark = (
                "oblique"  # "une attaque contre un convoi protégé par les FAMa": the escort, not the attacker
            )
        if script == "ar" and mark != "agent" and words and _AR_DOER_VERB.match(words[-1]):
            # "الغارات التي شنتها طائرات التحالف", "الهجوم الذي نفذته جماعة", "كمين نصبه مسلحون": a verb of doing
            # with a pronoun that takes up the event, its subject after it did it (any person and tense)
            mark = "source"
            doers.add(id(ann))
        uncounted = without_count(words) if mark in ("locative", "oblique") else words
        if uncounted is not words:
            # "участвовали около 100 боевиков", "نفذه نحو 200 مسلح": the count's "about" is no mark; a doer's mark
            # before it is the actor's. Around a verb, else the nearest mark before the count: "About 40 gunmen
            # stormed the post" (none), "abducted some 230 civilians". Not around a noun, whose counted actors are
            # mostly casualties of another clause ("killed at least 16 soldiers in an attack on a patrol")
            mark = nearest_mark(clitic, uncounted, kinds[:2]) or (
                nearest_mark(clitic, uncounted, kinds) if is_verb else mark
            )
        head = head_start(ctx, ann, floor)
        heads[id(ann)] = head
        if head < ann.start:
            # "a visit by Foreign Minister X", "بالمدير التنفيذي ... الدكتور X", "نسب إلى مسلحين ينتمون لتنظيم X":
            # the mark before the phrase the name heads is the name's; words inside that phrase mark nothing
            head_clitic, head_words = words_before(text, head, floor)
            if ctx.doc.language == "en":
                head_words = [w for w in head_words if w != "a"]
            mark = nearest_mark(head_clitic, head_words, kinds)
        else:
            head_words = words
        taken_up = (
            _taken_up_after(text, trigger.span, head_words)
            if script == "ar"
            and ann.start >= trigger.span.end
            and victims_are_targets
            and id(ann) not in doers
            else None
        )
        if taken_up is not None:
            # "الضربات التي تقودها فرنسا", "الهجمات التي يقوم بها المتمردون", "الاغتيال الذي تعرض له رئيس الوزراء
            # X": a relative clause right after the noun whose verb takes the event up by a pronoun (before the
            # phrase the name heads)
            mark = "target" if taken_up == "target" else "source"
            if mark == "source":
                doers.add(id(ann))
            if taken_up == "leader":
                leaders.add(id(ann))
        # "الوزير ونظيره الروسي X", "son homologue X": the counterpart is the meeting's other party, even where the
        # word heads his title
        counterpart = etype.two_parties and any(w.removeprefix("و") in COUNTERPART for w in words[-3:])
        if counterpart:
            mark = "target"
        if (
            previous is not None
            and previous[1] in ("agent", "source", "target", "locative")
            and coordinated(text, previous[0], ann)
        ):
            # "près des frontières avec le Burkina Faso et le Niger": both after "avec"; "between X and Y",
            # "اشتباكات بين الجيش والمسلحين": the second of the pair is the other party
            between = previous[1] == "source" and after_between(text, previous[0].start, floor)
            mark = "target" if between else previous[1]
            coordinated_pair = True
        else:
            between = mark == "source" and after_between(text, ann.start, floor)
            coordinated_pair = False
        if between and etype.unnamed_actors and ann.label == "GPE":
            mark = "locative"  # "المثلث الحدودي بين مالي والنيجر", "between Jerusalem and Tel Aviv": where, not who
        previous = (ann, mark)
        if (
            mark in ("locative", "oblique")
            and ann.label == "PER"
            and nearest_mark(clitic, words[-1:], kinds) is None
        ):
            mark = None  # "سفير البيرو لدى المملكة إدوارد", "une audience à M. Lavrov": the mark is not his
        elif mark == "locative" and ann.label == "PER":
            mark = None  # a person is nowhere: "une audience à Sergueï Lavrov"
        if (
            passive
            and victims_are_targets
            and mark == "oblique"
            and "from" in words[-3:]
            and ann.start >= trigger.span.end
            and ann.label not in PLACE_TYPES
        ):
            mark = "agent"  # "the patrol came under attack from jihadists": who it came from did it
        if mark == "agent" and ann.start < trigger.span.start and _killed_by(ctx, words, ann, trigger.span):
            source = source or (ann, "agent")  # "two soldiers were killed by militants in an ambush"
            continue
        if mark in ("agent", "oblique") and ann.start < trigger.span.start:
            continue  # "un convoi sécurisé par des FAMa", "التابعة للأمم المتحدة": another word's argument
        if not is_verb and mark == "target" and ann.start < trigger.span.start and not counterpart:
            # "القبض على المتشددين ... منذ هجوم": a noun's other party follows it; that mark is another word's.
            # Not "his counterpart": "عقد الوزير ونظيره الروسي X مؤتمرا صحفيا مشتركا" names the other party first
            continue
        if mark == "agent" and ann.label in ACTOR_TYPES:
            source = source or (ann, "agent")
        elif mark == "source" and ann.label in ACTOR_TYPES and not is_place:
            source = source or (ann, "source-mark")
        elif mark == "target" and ann.label in ACTOR_TYPES and not (is_place and not etype.place_targets):
            if (
                etype.prefer_person
                and ann.label == "PER"
                and target is not None
                and target[0].label != "PER"
                and target[1] == "target-mark"
            ):
                # التقى X بالمدير ... بالجوف الدكتور Y: the person met, not the place in his title
                target = None
            if (
                target is not None
                and target[0] is paired
                and victims_are_targets
                and not coordinated_pair
                and marked("", words, _AGAINST)
            ):
                # "معارك بين رجال المقاومة والجيش الوطني ضد ميليشيات الحوثي": the pair after "between" fight
                # together when a mark of its own names the side attacked
                target = None
            target = target or (ann, "target-mark")
            if between and coordinated_pair:
                paired = ann
        elif ann.label in PLACE_TYPES and (is_place or mark == "locative"):
            if location is None or (location.start < trigger.span.start <= ann.start):
                location = ann  # prefer the first place after the trigger
        elif ann.label in ACTOR_TYPES:
            if ann.start >= trigger.span.end and mark is not None:
                continue  # تعاونها مع روسيا: Russia belongs to another word
            (unmarked_after if ann.start >= trigger.span.end else unmarked_before).append(ann)
    if etype.prefer_person and target is not None and target[1] == "target-mark" and target[0].label != "PER":
        # "met the director of the hospital in Tabuk, Dr X": the place or body marked "with" ends the title of the
        # person right after it, and that person is the one met
        holder = next((a for a in unmarked_after if a.label == "PER" and a.start >= target[0].end), None)
        if (
            holder is not None
            and holder.start - target[0].end <= TITLE_TAIL
            and joins(ctx, target[0].end, holder)
        ):
            unmarked_after.remove(holder)
            target = (holder, "target-mark")
    # "مسلحين يعتقد أنهم متشددون قتلوا", "gunmen believed to be jihadists": what they are believed to be is a
    # description of the actor before, not another actor
    unmarked_before = [a for a in unmarked_before if not _believed_to_be(text, a.start)]
    before = unmarked_before[-1] if unmarked_before else None
    first = len(unmarked_before) - 1
    while first > 0 and coordinated(text, unmarked_before[first - 1], unmarked_before[first]):
        first -= 1  # "the United States and Britain conducted strikes": the pair's first names the doer
    before = unmarked_before[first] if unmarked_before else None
    # "ووقعت السعودية وفرنسا اتفاقية", "France and Chad signed an agreement": the second of the pair is the other party
    partner = unmarked_before[first + 1] if etype.symmetric and first < len(unmarked_before) - 1 else None
    if before is not None and lang != "ar" and _QUOTE_THEN_DASH.search(text, before.end, trigger.span.start):
        before = (
            None  # "«... объектам «Хезболлах» на юге Ливана», – указано в заявлении": a word of the quote
        )
    if before is not None and relative_between(text, before.end, trigger.span.start):
        # "استنكر السفير العمل الإرهابي الذي استهدف المسجد", "the attack which hit the base": the relative
        # clause's subject is the noun right before "which", not an actor further back
        before = None
    if is_verb and unmarked_before and after_conjunction(text, trigger.span.start):
        # "Houthi militants fired a missile from areas of Yemen and struck X": the first verb's subject
        before = unmarked_before[0]
    if (
        etype.prefer_person
        and before is not None
        and before.label != "PER"
        # "ستمارسها الأمم المتحدة خلال زيارتها": "her visit" agrees with a body or a country, not with a man
        and not (lang == "ar" and _AR_HER.search(text, trigger.span.start, trigger.span.end))
    ):
        # أجرى الأمير محمد ... لرئيس مجلس الوزراء وزير الدفاع اتصالا: the body is in his title
        before = next((a for a in reversed(unmarked_before) if a.label == "PER"), before)
    if (
        before is not None
        and not is_verb
        and lang == "ar"
        and not etype.unnamed_actors
        and not _AR_POSSESSIVE.search(text, trigger.span.start, trigger.span.end)  # خلال لقائه: his
        and _AR_WHICH_IS_WHAT.search(text, before.end, trigger.span.start) is not None
    ):
        # "انتقاد أوباما له، وهو ما لوحظ خلال مقابلته لوفد", "الاتحاد الأوروبي، وهذا ما سهل توقيع الاتفاقية": a clause
        # that takes up the one before as a whole ("which is what") is about that clause, and an actor of it is
        # no doer of the noun (a meeting's, an agreement's, a delivery's)
        before = None
    after = [
        a
        for a in unmarked_after
        if (source is None or a is not source[0]) and (target is None or a is not target[0])
    ]
    if etype.prefer_person and any(a.label == "PER" for a in after):
        # استقبل الأمير ... عضو هيئة كبار العلماء الشيخ X: the guest is the person, not the body in his title
        first = 1 if is_verb and before is None and lang == "ar" and after[0].label == "PER" else 0
        people = [a for a in after[first:] if a.label == "PER"]
        if people:
            after = after[:first] + people + [a for a in after[first:] if a.label != "PER"]
    if is_verb and not passive:
        subject: tuple[Annotation, str] | None = (before, "subject-before") if before is not None else None
        objects = list(after)  # SVO: روسيا سلمت / Russia delivered
        # the subject's title counts with him: التقى مدير عام الشؤون الصحية بمنطقة الجوف X
        near = bool(objects) and (
            ctx.gap_without_titles(trigger.span.end, objects[0].start) <= VSO_REACH
            or ctx.gap_without_titles(trigger.span.end, heads.get(id(objects[0]), objects[0].start)) <= 2
            or titled_subject(ctx, trigger.span, objects[0])
        )
        # "عملية نفذتها قوات عراقية استهدفت تجمعات التنظيم": a doer marked before the verb is its subject
        marked_before = (
            source is not None and id(source[0]) in doers and source[0].end <= trigger.span.start
        ) or (lang == "ar" and after_relative(text, trigger.span.start))
        if (
            (subject is None or opens_clause(text, trigger.span.start))
            and near
            and lang == "ar"
            and not marked_before
            and not (etype.two_parties and _marked_right_after(text, trigger.span.end))
            # "الغارة دمرت عربات للمسلحين": an actor after ل and another word is that word's genitive, no subject
            and not (victims_are_targets and _genitive_of_object(ctx, trigger.span, objects[0]))
        ):
            # Arabic VSO; "... ضد الاتفاق، والتقى أوباما زعماء": a verb that opens a coordinated clause with an
            # actor right after it has that actor as subject, not the last actor of the clause before
            subject = (objects.pop(0), "subject-after")  # Arabic VSO: the subject follows its verb
            last = subject[0]
            while objects and not etype.symmetric and coordinated(text, last, objects[0]):
                last = objects.pop(
                    0
                )  # قصف مسلحو الحوثي وقوات صالح الجامع: the second of the pair is no object
        if receive:  # تسلمت مصر طائرات من فرنسا: the subject of "receive" is the recipient
            if subject is not None and target is None:
                target = (subject[0], "recipient")
        else:
            if subject is not None and source is None:
                source = subject
            elif (
                subject is not None
                and source is not None
                and source[1] == "source-mark"
                and etype.two_parties
            ):
                # التقى الوزير بوفد من مالي: the subject met them; "from" only says who came
                target = target or (source[0], "target-mark")
                source = subject
            if objects and target is None:
                target = (objects[0], "object")
    else:  # a noun or a passive: the unmarked actor after it is its theme
        theme_role = etype.theme_role
        if passive and lang == "ru" and source is None:
            # "военные были обстреляны боевиками": Russian names the doer of a passive in the instrumental case,
            # with no preposition
            doer = next((a for a in after if INSTRUMENTAL.search(a.text.split()[0])), None)
            if doer is not None:
                after.remove(doer)
                source = (doer, "agent")
        # the genitive after the noun, counted from its title: "visite du président X", لقاء وزير الخارجية X مع
        genitive_start = heads.get(id(after[0]), after[0].start) if after else 0
        # "قصف في نهاية الأسبوع للطيران التركي": a time between the noun and its genitive does not part them
        between_date = (
            _date_between(ctx, trigger.span.end, genitive_start) if after and lang == "ar" else None
        )
        genitive_from = trigger.span.end
        if between_date is not None and not ctx.text[between_date.end : genitive_start].strip(" ل"):
            genitive_from = genitive_start  # right after the time
        if (
            source is None
            and after
            and lang == "ar"
            and etype.theme_role == "target"
            and _armed_after_lam(ctx, trigger.span, genitive_from, after[0])
        ):
            source = (
                after.pop(0),
                "genitive",
            )  # "قصف للطيران التركي", "غارات لطيران التحالف": whose attack it is
        if (
            source is None
            and after
            and trigger.phrase in etype.agent_nouns
            and not (lang == "ar" and _lam_of_another_noun(ctx, trigger.span, genitive_from, after[0]))
            and after[0].attrs.get("unnamed") != "attack_object"
            and ctx.gap_without_titles(genitive_from, genitive_start) <= 16
            and (not etype.prefer_person or after[0].label == "PER")  # زيارة روسيا: the place visited
            # أجرى X اتصالا هاتفيا بالملك Y: X called; but "في ختام زيارة الأمير X": a noun governed by another noun
            # or a preposition has the person after it as who visits, the actor before belonging to another verb
            and not (etype.two_parties and before is not None and not _governed_noun(ctx, trigger.span))
        ):
            source = (after.pop(0), "genitive")  # هجوم جهاديين, attaque des jihadistes, нападение боевиков
        while (
            source is not None
            and source[1] == "genitive"
            and after
            and coordinated(text, source[0], after[0])
        ):
            # "لهجوم من قوات النظام وحزب الله", "غارات للطيران الروسي والسوري": the pair made it together; the
            # second is no theme
            del after[0]
        for ann in after:
            if (
                victims_are_targets
                and lang == "ar"
                and not _in_noun_phrase(ctx, trigger.span, ann, nearby, heads)
            ):
                # "بعد وقوع التفجير في سروج، تحدث الرئيس أوباما": another verb's argument, no theme; a place there
                # is where it happened ("التفجير الذي وقع في سوق شعبية بمدينة الحلة")
                if ann.label in PLACE_TYPES and location is None:
                    location = ann
                continue
            if theme_role == "source" and source is None:
                source = (ann, "theme")
            elif target is None and (source is not None or theme_role == "target"):
                target = (ann, "theme" if theme_role == "target" else "object")
        if before is not None and passive:
            # "Wagner fighters were attacked", "Russian troops were deployed": the patient comes first
            if etype.theme_role == "source" and source is None:
                source = (before, "theme")
            elif etype.theme_role == "target" and target is None:
                target = (before, "theme")
        elif before is not None and source is None:
            if not (
                lang == "ar"
                and victims_are_targets
                and not _AR_POSSESSIVE.search(text, trigger.span.start, trigger.span.end)  # معاركهم: theirs
                and before.attrs.get("unnamed")
                != "attack_object"  # فروا من القاعدة تحت وقع الهجوم: what was hit
                and _governed_phrase(ctx, before, heads.get(id(before), before.start), nearby)
            ) and not (
                lang == "ar"
                and victims_are_targets
                and before.label not in _PARTY_LABELS
                and _comma_apart(ctx, before.end, trigger.span.start)
            ):
                source = (before, "before")  # "Russian troops' deployment", "the Russian delivery"
        elif (
            before is not None
            and source is not None
            and source[1] == "source-mark"
            and (target is None or target[1] == "theme")
            and not same(before, source[0])
            # "تنضم بريطانيا للضربات التي تقودها الولايات المتحدة": who joins or is backed by a campaign led by
            # another is its partner, not its target
            and id(source[0]) not in leaders
            # "الضجة التي أثارتها إسرائيل بشأن توقيع الاتفاق بين إيران والدول الست": the pair after "between" are
            # the agreement's parties, whether or not the second is a name; the actor before is no party
            and not (
                etype.symmetric and after_between(text, source[0].start, max(0, source[0].start - MARK_REACH))
            )
            # "military bases, suggesting clashes between the two forces": a thing hit past a comma is another
            # clause's
            and not (
                before.attrs.get("unnamed") == "attack_object"
                and _comma_apart(ctx, before.end, trigger.span.start)
            )
        ):
            target = (before, "before")  # تلقى الملك اتصالا هاتفيا من الرئيس: the caller is the source
    if (
        source is not None
        and source[1] == "theme"
        and source[0].label == "UNNAMED"
        and before is not None
        and before.label != "UNNAMED"
        and (target is None or target[0] is not before)
    ):
        source = (before, "before")  # "France completed the withdrawal of its troops": France withdrew them
    if target is None and partner is not None and (source is None or partner is not source[0]):
        target = (partner, "partner")
    if victim is not None and (
        target is None
        or (target[1] in ("object", "theme") and trigger.span.end <= victim.start < target[0].start)
    ):
        # "gunmen have killed 11 soldiers defending a village in southwest Niger": the victims right after the
        # verb are what it hit, not the place named further on
        target = (victim, "victim")
    if source is not None and (
        source[0].attrs.get("unnamed") == "attack_object"
        or (
            source[0].label == "UNNAMED"
            and ctx.cue_near("lex|bystanders", source[0].start, source[0].end) is not None
        )
    ):
        # a convoy or a post does not attack, nor do "130 people" or civilians: they are what was hit (and
        # villagers do not deploy troops: "deployed to ensure the safety of villagers" names no recipient)
        if victims_are_targets:
            target = target or (source[0], "object")
        source = None
    if target is not None and unknown_doers(target[0]):
        target = None  # "أصيب طفل بطلق ناري من مجهولين": unknown people shot, they were not hit
    if (
        target is not None
        and source is None
        and trigger.phrase in etype.agent_nouns
        and _ATTACKERS.match(fold_gap(target[0].text))
    ):
        # "الهجوم الذي قتل فيه 63 من المهاجمين": the attack's own attackers, killed in it, made it; they were not hit
        source, target = (target[0], "attackers"), None
    if victims_are_targets and lang == "ar" and not is_verb:
        hit = undergoer(
            ctx,
            trigger.span,
            [*nearby, *unnamed_in(ctx, max(0, trigger.span.start - 90), trigger.span.start)],
        )
        if hit is not None and (source is None or not same(hit, source[0])):
            if (
                source is None
                and target is not None
                and target[1] == "theme"
                and words_before(text, target[0].start, trigger.span.end)[1][-1:] == ["من"]
            ):
                source = (target[0], "undergone-from")  # "تعرضت القرية لقصف من الطيران": whom it came from
            target = (hit, "undergoer")  # "تعرضت مدينة الباب لغارات جوية": the town was hit
    if target is None and victims_are_targets and lang == "ar":
        # "شن هجوما على المركز التجاري", "غارة جوية لطيران التحالف على قيادة اللواء": the attack's own mark names
        # what it hit, however plain the words (no name, no word of the lexicon)
        hit = marked_object(ctx, etype, trigger.span, nearby)
        if hit is not None and (source is None or not hit.start <= source[0].start < hit.end):
            target = (hit, "target-mark")
    if (
        target is None
        and etype.place_targets
        and any("territory" in group for group in etype.frame)  # a type that takes ground (a recapture)
        and location is not None
        and _taken_right_after(ctx, trigger.span, location, heads.get(id(location), location.start), nearby)
    ):
        target = (
            location,
            "taken",
        )  # "السيطرة على عدن", "تحرير مدينة زنجبار": the ground taken is what was taken
    if (
        target is None
        and victims_are_targets
        and etype.place_targets
        and is_verb
        and not passive
        and lang != "ar"
        and location is not None
        and _place_object(ctx, trigger.span, location)
    ):
        target = (
            location,
            "place-object",
        )  # "Le JNIM a attaqué la ville de Djibo", "militants attacked Djibo"
    if target is not None:
        # "غارات على مواقع ومقرات التنظيم", "positions of the Houthis": the side the positions belong to was hit
        owner = owner_after(ctx, target[0], max((a.end for a in nearby), default=trigger.span.end))
        if owner is not None and (source is None or not same(owner, source[0])):
            target = (owner, "owner")
    if (
        victims_are_targets
        and lang == "ar"
        and (source is None or (source[1] == "before" and _supporting(text, source[0].start)))
    ):
        # "نجحت قوات المقاومة بمساعدة غارات التحالف في تحرير عدن", "استطاعت الميليشيات الكردية السيطرة على": the
        # subject of the verb of managing or trying that governs the noun does what it tells
        controller = _control_subject(ctx, trigger.span)
        if controller is not None and (target is None or not same(controller, target[0])):
            source = (controller, "controller")
    if source is None and victims_are_targets:
        speaker = speaker_of_own_act(ctx, trigger.span, is_verb)
        if speaker is not None and (target is None or not same(speaker, target[0])):
            source = (speaker, "own-act")  # أعلن الجيش أنه قصف مواقع, "the army said it had struck"
    if source is None and not is_verb and lang == "ar" and any("territory" in group for group in etype.frame):
        announcer = speaker_of_announced_capture(ctx, trigger.span)
        if announcer is not None and (target is None or not same(announcer, target[0])):
            source = (
                announcer,
                "announced",
            )  # "أعلنت المقاومة عن تحرير المحافظة": who announces a capture made it
    if source is None and not is_verb and victims_are_targets:
        # "الغارة الأميركية", "القصف الإسرائيلي على", "Israeli strikes", "frappes françaises": the country the attack
        # noun's nisba or demonym names made it
        doer = (
            nisba_doer(ctx, trigger.span, len(ctx.text))  # two words at most, in the noun's phrase
            if lang == "ar"
            else demonym_doer(ctx, trigger.span, ctx.doc.language or lang)
        )
        if doer is not None and (target is None or not same(doer, target[0])):
            source = (doer, "nisba")
    if source is not None and target is not None and same(source[0], target[0]):
        target = None
    if target is not None and any(same(owner, target[0]) for owner in owners):
        target = None  # "seized by Yemen's Houthis ... off the coast of Yemen": the doer's own country
    return {"source": source, "target": target, "location": location}


#: The agent marks after a word of killing: "killed by", "tués par", "قتلوا على يد", "убиты ... силами".
_KILLED_BY_REACH = 3


def _killed_by(ctx: EventContext, words: list[str], ann: Annotation, trigger: Span) -> bool:
    """Whether an actor before an attack noun is the agent of a killing told with it: "soldiers were killed by
    militants in an ambush", "tués par des jihadistes lors d'une attaque" (the attack's doer, not another act's),
    with nothing but the killing and its agent mark between them."""
    if ann.label != "UNNAMED" and ann.label not in ("ARMED_GROUP", "ORG"):
        return False
    if ctx.cue_near("lex|bystanders", ann.start, ann.end) is not None:
        return False
    lo = max(0, ann.start - 40)
    killing = [
        c
        for group in ("casualty", "casualty_after")
        for c in ctx.cues_between(f"lex|{group}", lo, ann.start)
        if c.span.end <= ann.start
    ]
    if not killing:
        return False
    between = fold_gap(ctx.text[max(c.span.end for c in killing) : ann.start]).split()
    if len(between) > _KILLED_BY_REACH:
        return False
    gap = ctx.text[ann.end : trigger.start]
    return len(gap) <= 40 and "," not in gap and "،" not in gap


#: Words of a border: a country after "with" a few words after one is where, not a party (الحدود المشتركة مع مالي).
_BORDER = re.compile(r"^(?:[وبل]?(?:ال)?حدود\w*|frontieres?|borders?|границ\w*)$")
_BORDER_REACH = 4


def _after_border(words: list[str]) -> bool:
    return any(_BORDER.match(w) for w in words[-_BORDER_REACH - 1 : -1])


#: The attackers of an attack (folded): never what that attack hit.
_ATTACKERS = re.compile(
    r"^(?:ال)?مهاجم(?:ين|ون)$|^(?:the\s+)?(?:attackers|assailants)$|^(?:les\s+|des\s+)?assaillants$|^нападавш\w+$",
    re.IGNORECASE,
)


_BELIEVED_TO_BE = re.compile(
    r"(?:يعتقد|يشتبه|يرجح|يعتقد)\s+(?:(?:ب|في)\s*)?[أا]نهم\s+$"
    r"|(?:believed|suspected|thought|said)\s+to\s+be\s+$"
    r"|(?:soupçonnés|soupçonnées|présumés)\s+(?:être\s+|d'être\s+)?$",
    re.IGNORECASE,
)


def _believed_to_be(text: str, start: int) -> bool:
    """Whether an actor is what the actor before it is believed to be ("مسلحين يعتقد أنهم متشددون")."""
    return _BELIEVED_TO_BE.search(text, max(0, start - 24), start) is not None


def sentence_place(
    ctx: EventContext, sentence: Span, trigger: Span, script: str, taken: list[Annotation]
) -> Annotation | None:
    """Where the sentence places things (في مالي, in Mali) when the trigger's clause names no place: the nearest."""
    best: Annotation | None = None
    for ann in ctx.entities_in(sentence.start, sentence.end, sentence.end):
        if ann.label not in PLACE_TYPES or any(same(ann, t) for t in taken) or modifier(ctx.text, ann):
            continue  # "a U.S.-owned ship" is not in the U.S.
        clitic, words = words_before(ctx.text, ann.start, max(sentence.start, ann.start - MARK_REACH))
        if not marked(clitic, words, LOCATIVE_BY_SCRIPT[script]):
            continue
        if best is None or abs(ann.start - trigger.start) < abs(best.start - trigger.start):
            best = ann
    return best


def same(a: Annotation, b: Annotation) -> bool:
    ka, kb_ = a.attrs.get("kb_id"), b.attrs.get("kb_id")
    return (ka is not None and ka == kb_) or a.attrs.get("canonical", a.text) == b.attrs.get(
        "canonical", b.text
    )


def is_country(ctx: EventContext, place: Annotation | None) -> bool:
    """A country (a place name that is no city or region): it can be a party, a visit's host or aid's recipient."""
    return place is not None and place.label == "GPE" and not _is_settlement(ctx.kb, place)


def _is_settlement(kb: KnowledgeBase | None, ann: Annotation) -> bool:
    """A city or region (a KB place with coordinates) is somewhere, not someone; a country can be both."""
    entry = kb.get(ann.attrs["kb_id"]) if kb is not None and ann.attrs.get("kb_id") else None
    return entry is not None and entry.coords is not None and not entry.is_country


#: Marks that name the side attacked in so many words (folded): ضد, against, contre, против.
_AGAINST = folded_set(["ضد", "against", "contre", "против"])
#: The marks of what an Arabic attack hit when they stand alone (folded): على, ضد, بحق. Not مع (the other side of
#: a clash, which is named) nor the verbs of targeting among the type's marks.
_AR_OBJECT_MARKS = folded_set(["على", "علي", "ضد", "بحق"])
#: Words after على that make an idiom, not what was hit (folded): على علاقة بداعش, على خلفية, على أشدها, على يد (the
#: doer), أطلقوا علي النار (at me), على بعضهم البعض.
_AR_OBJECT_IDIOM = folded_set(
    ["علاقة", "صلة", "خلفية", "أشدها", "أشده", "اشدها", "الأقل", "الاقل", "أقل", "رأس", "يد", "يدي", "أيدي", "ايدي", "إثر",
     "اثر", "غرار", "مدار", "مدى", "طول", "امتداد", "حساب", "قدم", "نطاق", "مستوى", "الرغم", "رغم", "وشك", "ضوء", "هامش",
     "أعتاب", "الفور", "الأرض", "أرضنا", "أرضها", "الصعيد", "صعيد", "سبيل", "النحو", "نحو", "حد", "أساس", "الإطلاق",
     "مقربة", "بعد", "مسافة", "مرأى", "مسمع", "النار", "الرصاص", "بعضهم", "بعضها", "بعض", "ذلك", "هذا", "هذه", "أنه",
     "أنها", "أنهم", "ما", "من", "الذي", "التي", "الإرهاب", "الارهاب", "التطرف"]
)  # fmt: skip
#: Quantities before what was hit: "على العديد من الأطفال", "ضد عدد من المواقع" (folded).
_AR_QUANTITY = folded_set(
    ["العديد", "عدد", "عدة", "بعض", "مجموعة", "عشرات", "مئات", "آلاف", "الاف", "أحد", "احد", "إحدى"]
)
#: Words that end the phrase of what was hit: prepositions, relatives, times, directions (folded).
_AR_PHRASE_END = folded_set(
    ["في", "من", "عن", "الى", "إلى", "مع", "منذ", "بعد", "قبل", "خلال", "عند", "لدى", "حتى", "قرب", "وسط", "الذي", "التي",
     "الذين", "حيث", "مما", "ما", "أن", "ان", "إن", "أمس", "امس", "اليوم", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
     "شرقي", "غربي", "على", "ضد", "بين", "تابعة", "التابعة", "فيه", "فيها", "كما", "ثم", "او", "أو", "هو", "هي", "ولا", "لا", "لم", "قد"]
)  # fmt: skip
#: An Arabic adjective (a nisba or a word of manner, folded) between an attack noun and its mark: هجوم انتحاري,
#: غارة جوية, هجمات دامية, اعتداءات متكررة.
_AR_GAP_ADJECTIVE = re.compile(
    r"^(?:ال)?(?:\w{2,}ي(?:ه|ا|ين|ون|تين|ان)?|دام\w*|عنيف\w*|مسلح\w*|مباشر\w*|جديد\w*|متكرر\w*|مماثل\w*|واسع\w*|"
    r"كبير\w*|ضخم\w*|مكثف\w*|متواصل\w*|مستمر\w*|متبادل\w*|اخر|اخري|الاخير\w*|الاول\w*|اولي)$"
)
#: Words of time that end the phrase of what was hit: "هجوم على سياح الشهر الماضي" (folded).
_AR_TIME_WORDS = folded_set(
    ["الشهر", "الأسبوع", "العام", "اليوم", "الليلة", "صباح", "مساء", "يوم", "ليلة", "فجر", "ظهر"]
)
#: Verbs (folded) that take على themselves: right before an attack noun, the على after it is theirs ("يردون بهجمات
#: دامية على الغارات": they respond to the raids; "أثرت هذه الهجمات على الاقتصاد": the attacks weighed on it).
#: Not a bare اثر: إثر ("after": إثر هجوم على الحاجز) folds to it.
_AR_ALA_VERB = re.compile(r"^[وف]?(?:[يت]?رد(?:ت|وا|ون|ا)?|اثرت|اثروا|يوثر|توثر|يوثرون|[يت]?نعكس|انعكست?)$")
_OBJECT_REACH = 70  # characters after the trigger in which its mark and the thing hit stand
_OBJECT_WORDS = 4  # words of the phrase of what was hit, at most


def marked_object(
    ctx: EventContext, etype: EventType, trigger: Span, nearby: list[Annotation]
) -> Annotation | None:
    """What an Arabic attack hit, named by plain words after the attack's own mark: "الاعتداء على الأطفال", "غارة
    جوية لطيران التحالف على قيادة اللواء 17 مشاة", "هجوم شنته النصرة على مقرات". Between the trigger and the mark
    only adjectives, the actors of the clause and a verb of doing (شنته) may stand, so that the mark is the
    attack's and not another word's ("أرغمت الغارات القيادة على الانفصال"); the phrase after it starts with a noun
    that is no name (a name is read by position) and ends at a preposition, a comma or a clitic."""
    marks = _AR_OBJECT_MARKS & etype.target_marks.get("ar", frozenset())
    text = ctx.text
    if not marks or any(
        _AR_ALA_VERB.match(w) for w in fold_gap(text[max(0, trigger.start - 20) : trigger.start]).split()[-2:]
    ):
        return None  # "يردون بهجمات على الغارات", "أثرت هذه الهجمات على الاقتصاد": على is the verb's before
    words = _words_after(ctx, trigger)
    actors = [a for a in nearby if a.start >= trigger.end]
    k = 0
    while k < len(words) and words[k][2] not in marks:
        lo, hi, word = words[k]
        if (
            not (_in_actor(actors, lo, hi) or _AR_GAP_ADJECTIVE.match(word) or _AR_DOER_VERB.match(word))
            or k >= 4
        ):
            return None
        k += 1
    return _hit_phrase(ctx, words, k + 1, actors)


#: Words (folded) that may stand between an Arabic verb of targeting and its object besides its subject: times and
#: "also" ("قصفت الطائرات أمس مقرات", "استهدفت أيضا").
_AR_BEFORE_OBJECT = folded_set(
    ["أمس", "امس", "اليوم", "أيضا", "ايضا", "كذلك", "مجددا", "مرة", "أخرى", "اخرى"]
)
#: Words before the object of a verb, at most: its subject (two words and a nisba) and a time.
_OBJECT_LEAD = 4
#: Words (folded) that start no object after a verb of targeting: causes and approximations (دمرت نتيجة استخدام,
#: استهدف قرابة الساعة).
_AR_NO_OBJECT = folded_set(["نتيجة", "جراء", "بسبب", "إثر", "اثر", "قرابة", "حوالي", "حوالى", "نحو"])
#: A definite nisba in the singular, as written (الحوثي, الإيراني; not مبنى): a people or an adjective, no thing hit.
_AR_DEFINITE_NISBA = re.compile(r"^ال\w+ي$")
#: The nominative ending of a sound masculine plural (folded): المتمردون, الأصوليون (the accusative is ين).
_AR_NOMINATIVE = re.compile(r"\w{3,}ون$")
#: An object pronoun at the end of an Arabic verb (as written): استهدفتها, قصفوه, تستهدفهم.
_AR_OBJECT_PRONOUN = re.compile(r"(?:ه|ها|هم|هما)$")


def direct_object(
    ctx: EventContext, trigger: Span, word: str, is_verb: bool, nearby: list[Annotation]
) -> Annotation | None:
    """What an Arabic verb of targeting (or its verbal noun) hit, named by plain words as its direct object:
    "العمل الإرهابي الذي استهدف المصلين", "قصفت الميليشيات حي الجمهوري", "تقوم المليشيات باستهداف المصانع". Only
    its subject (an actor) and a time may stand before the object, which starts with a noun that is no name nor a
    weapon (تستهدف بقنابل, القصف بالكاتيوشا). ``word`` is the trigger's whole written word: a verb with an object
    pronoun (استهدفتها الغارات) has its object already (a noun's pronoun is its doer: استهدافه تجمعا). The caller
    asks it only of a word of the ``direct_object_attack`` list (checked first: most triggers are not)."""
    # a word with ب or ل glued to it is the verbal noun, whatever the trigger's reading (قامت ب قصف, ل قصف)
    is_verb = is_verb and word.lstrip("وف")[:1] not in ("ب", "ل")
    if is_verb and _AR_OBJECT_PRONOUN.search(word):
        return None
    if not is_verb and _AR_DEFINITE.match(fold_gap(word)):
        return None  # "القصف العشوائي", "شظايا القصف أصابت": a definite verbal noun takes no object after it
    words = _words_after(ctx, trigger)
    # who may be its subject: not a town (تهاجم عدن: the object)
    actors = [
        a
        for a in nearby
        if a.start >= trigger.end and a.label in ACTOR_TYPES and (a.label != "GPE" or is_country(ctx, a))
    ]

    def subject_or_time(k: int) -> bool:
        # its subject (an actor, an attack: "دمرت غارة أخرى"), an adjective of it, a time or "also"
        lo, hi, word = words[k]
        return word in _AR_BEFORE_OBJECT or (
            not _not_an_object(ctx, words[k])  # "استهدفت القوات بالمدفعية الثقيلة": no adjective
            and (
                _in_actor(actors, lo, hi)
                or ctx.cue_near("lex|attack_word", lo, hi) is not None
                or (k > 0 and _AR_GAP_ADJECTIVE.match(word) is not None)
            )
        )

    k = 0
    while k < min(len(words), _OBJECT_LEAD) and subject_or_time(k):
        k += 1
    if k >= len(words) or _not_an_object(ctx, words[k]):
        return None
    if _AR_DEFINITE_NISBA.match(ctx.text[words[k][0] : words[k][1]]) or _AR_NOMINATIVE.search(words[k][2]):
        # "دمر الحوثي كل مقدرات الدولة": a definite nisba after the verb is its subject or an adjective; "يهاجم
        # الأصوليون": a plural in the nominative is its subject
        return None
    if k > 0 and words[k - 1][2].startswith("ال") and words[k][2].startswith("ال"):
        return None  # "يستهدف قوات الأمن العاملة": a definite word after a definite actor is its adjective
    if not is_verb and not (
        words[k][2].startswith("ال")
        or (k + 1 < len(words) and words[k + 1][2].startswith("ال"))
        or ctx.cue_near("lex|hit_place_noun", words[k][0], words[k][1]) is not None  # استهداف أحياء وقرى
    ):
        return None  # "قصف متعمد", "قصف عنيف": an indefinite word after the noun is its adjective
    hit = _hit_phrase(ctx, words, k, actors)
    if hit is None:
        return None
    # "قصفت مقاتلات مواقع لتنظيم داعش": the side the positions belong to was hit
    return owner_after(ctx, hit, max((a.end for a in nearby), default=hit.end)) or hit


def _not_an_object(ctx: EventContext, word: tuple[int, int, str]) -> bool:
    """Whether the word after a verb of targeting and its subject cannot start its object: a preposition's phrase
    (بالكاتيوشا), a conjunct (والعمل), a weapon (تستهدف بقنابل), a time (قصفت فجر الأحد) or a cause (دمرت نتيجة)."""
    lo, hi, text = word
    return (
        text.startswith(("بال", "وال"))
        or text in _AR_TIME_WORDS
        or text in _AR_NO_OBJECT
        or any(ctx.cue_near(f"lex|{group}", lo, hi) is not None for group in ("arms", "explosive"))
    )


def _words_after(ctx: EventContext, trigger: Span) -> list[tuple[int, int, str]]:
    """The words (start, end, folded) after an Arabic trigger up to a stop or a bracket, within the object's reach."""
    text = ctx.text
    limit = min(len(text), trigger.end + _OBJECT_REACH)
    stop = re.search(r"[،,.؛;:!?()\n]", text[trigger.end : limit])  # not the quotes of a name: شنته «النصرة»
    if stop is not None:
        limit = trigger.end + stop.start()
    return [
        (trigger.end + m.start(), trigger.end + m.end(), fold_gap(m.group()))
        for m in re.finditer(r"[^\s\"«»“”]+", text[trigger.end : limit])  # the quotes of a name are no word
    ]


def _in_actor(actors: list[Annotation], lo: int, hi: int) -> bool:
    return any(a.start < hi and lo < a.end for a in actors)


def _hit_phrase(
    ctx: EventContext, words: list[tuple[int, int, str]], k: int, actors: list[Annotation]
) -> Annotation | None:
    """The plain phrase of what was hit starting at word ``k``: a noun that is no name, with its genitive or
    adjectives (a place named right after the noun is returned instead: "على محافظة لحج")."""
    text = ctx.text
    if k + 1 < len(words) and words[k][2] in _AR_QUANTITY and words[k + 1][2] == "من":
        k += 2  # على العديد من الأطفال: the children
    if k >= len(words):
        return None
    lo, hi, head = words[k]
    if head in _AR_OBJECT_IDIOM or head in _AR_PHRASE_END or not head.isalpha() or len(head) < 3:
        return None
    if ctx.entities_in(lo - 2, hi, len(text)) or _in_actor(actors, lo, hi):
        return None  # a name or an actor: read by position already
    end, construct = hi, not head.startswith("ال")
    for lo, hi, word in words[k + 1 : k + _OBJECT_WORDS]:
        place = next((a for a in ctx.entities_in(lo - 2, hi, len(text)) if a.start < hi), None)
        if place is not None:
            if place.label in PLACE_TYPES and end == words[k][1]:
                return place  # "على محافظة لحج", "على متحف باردو": the place named was hit
            break  # "على مقرات للحوثيين": the owner is read after the thing (owner_after)
        if word in _AR_PHRASE_END or word in _AR_TIME_WORDS or word[:1] in 'و"':
            break  # "مواطنات ومواطنين": one of the pair is enough to say who was hit
        # an adjective agrees with its noun: after a definite word only definite ones ("الأزهر يؤكد", "الغرب
        # أولوية"); after an indefinite one its genitive (قيادة اللواء) or an indefinite adjective (جسرين استراتيجيين)
        definite = word.startswith("ال")
        if not (word.isdigit() or definite or (construct and word.isalpha() and word[:1] not in "بلف")):
            break
        end, construct = hi, not definite and not word.isdigit()
        if word.isdigit():
            break  # قيادة اللواء 17
    return ctx.doc.annotation(
        "entities", words[k][0], end, "UNNAMED", attrs={"unnamed": "attack_object"}, stage=STAGE
    )


#: The Arabic verb of undergoing (folded): its subject is what the attack noun after its ل or إلى hit ("تعرضت
#: القرية لقصف", "تعرضت قرى المحافظة إلى سقوط مقذوفات").
_AR_UNDERGO = re.compile(r"^[وف]?[يت]?تعرض(?:ت|وا|ون|ان|تا)?$")
#: What may stand between the undergoer and the attack noun: the preposition and a noun of falling (folded).
_AR_UNDERGO_MARKS = folded_set(["ل", "إلى", "الى", "سقوط", "لسقوط"])
_UNDERGOER_WORDS = 8  # words between the verb of undergoing and the attack noun, at most


def undergoer(ctx: EventContext, trigger: Span, nearby: list[Annotation]) -> Annotation | None:
    """The subject of "تعرض" right before an Arabic attack noun, what it hit: the actor or place named first after
    the verb, else its plain words up to a preposition, a time or a bracket ("تعرضت مدينة الباب لغارات",
    "تعرض الطفل إبراهيم (14 عاما) إلى اعتداء"). None when nothing stands between ("التي تعرضت للقصف": the
    relative's noun)."""
    text = ctx.text
    lo = max(0, trigger.start - 90)
    stop = re.search(r"[،,.؛;:!?\n][^،,.؛;:!?\n]*$", text[lo : trigger.start])
    if stop is not None:
        lo += stop.start() + 1
    words = [
        (lo + m.start(), lo + m.end(), fold_gap(m.group()))
        for m in re.finditer(r"\S+", text[lo : trigger.start])
    ]
    verb = next((k for k in range(len(words) - 1, -1, -1) if _AR_UNDERGO.match(words[k][2])), None)
    if verb is None:
        return None
    rest = words[verb + 1 :]
    glued = text[trigger.start - 1 : trigger.start] == "ل"
    while rest and rest[-1][2] in _AR_UNDERGO_MARKS:
        glued = True
        rest.pop()
    if not glued or not rest or len(rest) > _UNDERGOER_WORDS:
        return None
    first = rest[0][0]
    named = [
        a
        for a in nearby
        if first <= a.start < rest[min(1, len(rest) - 1)][1]
        and a.end <= trigger.start
        and (a.label in ACTOR_TYPES or a.label in PLACE_TYPES)
    ]
    if named:
        # "تعرضت دورية للجيش المالي لهجوم": the side a thing hit belongs to before the thing (as owner_after does)
        return min(named, key=lambda a: (a.attrs.get("unnamed") == "attack_object", a.start))
    end = first
    for lo_w, hi_w, word in rest[:_OBJECT_WORDS]:
        if word in _AR_PHRASE_END or word in _AR_TIME_WORDS or not word.isalpha() or len(word) < 3:
            break
        if any(a.start < hi_w and lo_w < a.end and a.label not in PLACE_TYPES for a in nearby):
            break  # "دورية للجيش المالي": the owner after the thing is read by owner_after
        end = hi_w
    if end == first:
        return None
    return ctx.doc.annotation(
        "entities", first, end, "UNNAMED", attrs={"unnamed": "attack_object"}, stage=STAGE
    )


#: Words of affiliation (folded) before ل: "جماعة تابعة لتنظيم الدولة", "الموالية لداعش" name the doer's side.
_AR_AFFILIATED = folded_set(
    ["تابعة", "التابعة", "تابع", "التابع", "الموالية", "موالية", "الموالين", "موالين"]
)
#: Words of a body of people (folded) before تابعة: the group is an actor, the side it belongs to names it.
_AR_GROUP_WORDS = folded_set(
    ["جماعة", "مجموعة", "خلية", "خلايا", "عناصر", "قوات", "فصائل", "فصيل", "كتيبة", "وحدات"]
)
#: Arabic prepositions (folded) that make the actor after them another word's argument.
_AR_PREPOSITIONS = folded_set(
    ["من", "في", "عن", "على", "مع", "بين", "لدى", "حول", "ضد", "عبر", "منذ", "خلال", "عند", "نحو"]
)  # not إلى: "لائحة اتهام إلى X ... بالهجوم" names who is accused of it
#: Counts and members before من (folded): "أعداد من الجيش", "آلافا عدة من القوات" name some of the actor, who may
#: well be the doer.
_AR_COUNTS = folded_set(
    ["أعداد", "اعداد", "عدد", "عدة", "العديد", "عشرات", "مئات", "آلاف", "آلافا", "الاف", "الافا", "بعض", "مجموعة",
     "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "اثنين", "اثنان",
     # ... and its members: "عناصر من حزب العمال نصبوا كمينا"
     "عناصر", "أفراد", "افراد", "مقاتلين", "مقاتلون", "مسلحين", "مسلحون", "جنود"]
)  # fmt: skip


def _governed_phrase(ctx: EventContext, actor: Annotation, head: int, nearby: list[Annotation]) -> bool:
    """Whether the phrase of an actor before an Arabic attack noun is governed by a preposition: a person's from
    the start of his title (للرئيس هادي); another actor's both at its own start and at the start of the unnamed
    actor it belongs to ("اتهم الجيش جماعة تابعة لتنظيم الدولة بالوقوف وراء الهجوم": the group is the phrase's
    head, and no preposition governs it)."""
    if actor.label == "PER":
        return _governed(ctx, actor, head, nearby)
    return _governed(ctx, actor, actor.start, nearby) and (
        head >= actor.start or _governed(ctx, actor, head, nearby)
    )


def _governed(ctx: EventContext, actor: Annotation, head: int, nearby: list[Annotation]) -> bool:
    """Whether an actor before an Arabic attack or meeting noun is governed by a preposition, so that it is
    another word's argument and not the noun's doer: "سقوط قتلى بين صفوف القوات الموالية للرئيس هادي في
    المعارك", "أسر ثلاثة من المسلحين خلال الاشتباكات", "مشاركين من فرنسا وروسيا بعد الهجوم", "دورية بمنطقة جازان
    لمقذوف". A conjunct is governed as the first of its pair is (من فرنسا وروسيا)."""
    earlier = [a for a in nearby if a.end <= actor.start]
    if (earlier and actor.text.startswith("و")) or ctx.text[max(0, head - 1) : head] == "و":
        first = earlier[-1] if earlier else None
        if first is not None and coordinated(ctx.text, first, actor):
            return _governed(
                ctx, first, first.start, nearby[: nearby.index(first)] if first in nearby else []
            )
    clitic, words = words_before(ctx.text, head, max(0, head - MARK_REACH))
    if words and words[-1] in BELONGING:
        return False  # "مسلحين ينتمون لداعش": the group names who did it
    if (
        words
        and words[-1] in _AR_AFFILIATED
        and (
            ctx.cue_near("lex|unnamed_actor", max(0, head - 30), head) is not None
            or (len(words) > 1 and words[-2] in _AR_GROUP_WORDS)
        )
    ):
        return False  # "جماعة تابعة لتنظيم الدولة", "قوات موالية لداعش"; not "مرافق تابعة للسفارة"
    if clitic.removeprefix("و")[-1:] in ("ل", "ب") or (head == actor.start and _after_lam(ctx, actor)):
        return True  # للرئيس هادي, لتنظيم داعش, بمنطقة
    last = words[-1] if words else ""
    if last in _AR_PREPOSITIONS:
        counted = last == "من" and len(words) > 1 and (words[-2] in _AR_COUNTS or words[-2].isdigit())
        return not counted
    # "بمنطقة جازان", "لمحافظة": a place's head word with its preposition glued on
    return last[:1] in ("ب", "ل") and _PLACE_HEAD.match("ال" + last[1:]) is not None


#: "، وهو ما", "، وهذا ما": a clause that takes up the clause before it as a whole ("which is what").
_AR_WHICH_IS_WHAT = re.compile(r"[,،]\s*و?(?:هو|هي|هذا|هذه|ذلك|وذلك)\s+ما\s")


#: ب glued to a title or name right after an Arabic meeting verb, or مع: "والتقى بمعالي المستشار ... الدكتور X",
#: "اجتمع مع": what follows is the other party, however long the title before the name.
_AR_WITH_AFTER_VERB = re.compile(
    r"\s+(?:مع\s|ب(?:ال|معالي|سمو|فخامة|دولة|السيد|الشيخ|الأمير|الامير|الرئيس|الوزير))"
)


def _marked_right_after(text: str, end: int) -> bool:
    return _AR_WITH_AFTER_VERB.match(text, end) is not None
