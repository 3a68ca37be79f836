"""What an entity is to an event besides a party: the one who reports it, a victim, a count of casualties,
a title."""

from __future__ import annotations

import re

from rasid.extract.events.actors import unnamed_in
from rasid.extract.events.catalogue import (
    AGENT_BY_SCRIPT,
    CLAUSE_BREAK,
    COMPLEMENTIZERS,
    PLACE_TYPES,
    folded_set,
    lang_of,
    lexicon_words,
)
from rasid.extract.events.context import EventContext
from rasid.extract.matcher import fold_gap
from rasid.model import Annotation, Span


def before_trigger(ctx: EventContext, ann: Annotation, trigger: Span) -> Annotation | None:
    """A statistical name that ran on into the trigger (محمد بن سلمان اتصالا هاتفيا) is the words before it."""
    if ann.label != "PER" or ann.start >= trigger.start or ann.attrs.get("kb_id"):
        return None
    end = trigger.start
    while end > ann.start and not ctx.text[end - 1].isalnum():
        end -= 1
    if end - ann.start < 3:
        return None
    return ctx.doc.annotation("entities", ann.start, end, ann.label, attrs={}, stage=ann.stage)


def in_title(ctx: EventContext, ann: Annotation) -> bool:
    """Whether a title word (أمير, رئيس, وزير) stands right before the name: it names an office."""
    for key in ("lex|title_head", "lex|official"):
        cue = ctx.cue_near(key, max(0, ann.start - 14), ann.start)
        if (
            cue is not None
            and cue.span.end <= ann.start
            and not ctx.text[cue.span.end : ann.start].strip(" ل")
        ):
            return True
    return False


#: Speech words that name their speaker after them: who stands before one is no speaker.
_ACCORDING_TO = folded_set(
    ["وفق", "وفقا", "وفقا ل", "وفقاً ل", "حسب", "بحسب", "نقلا عن", "نقلاً عن", "selon", "d'après", "according to", "according",
     "по данным", "по словам", "по сведениям", "согласно"]
)  # fmt: skip


def is_speaker(ctx: EventContext, ann: Annotation, trigger: Span) -> bool:
    """An actor right after a speech verb (أعلن الجيش) or right before one (l'armée a annoncé) reports the event."""
    for cue in ctx.cues_between("lex|speech", ann.start - 48, ann.end + 32):
        if cue.span.start < trigger.end and trigger.start < cue.span.end:
            continue
        # أعلن المفوض الأعلى للشرطة في المنطقة X: before the event, the subject of a speech verb may come late
        reach = 48 if ann.end <= trigger.start else 12
        # "selon un communiqué de l'armée, des assaillants ont attaqué": past a comma the actor is the event's own
        # "وفقا لما نقلت وسائل الإعلام أن القوات ...": past "that" too
        before = (
            0 <= ann.start - cue.span.end <= reach
            and not COMMA.search(ctx.text, cue.span.end, ann.start)
            and not COMPLEMENTIZERS.intersection(fold_gap(ctx.text[cue.span.end : ann.start]).split())
            and not _reported_subject(ctx, cue.phrase, cue.span.start)
        )
        # "..., U.S. Central Command said": an attribution closing the sentence names its speaker in full
        tail = _ATTRIBUTION_TAIL.search(ctx.text, max(0, ann.start - 3), ann.start) is not None
        # "X، وفق ما ذكر المحافظ", "X, according to the governor": the speaker comes after these words, not before
        after = (
            0 <= cue.span.start - ann.end <= (30 if tail else 14)
            and fold_gap(cue.phrase) not in _ACCORDING_TO
            and not _ACCORDING_TO.intersection(fold_gap(ctx.text[ann.end : cue.span.start]).split())
            # "l'attaque contre le camp, a indiqué l'armée": past a comma the verb opens the attribution, whose
            # speaker follows it; unless the name stands between commas ("the spokesman, Yahya Saree, said")
            and not (
                COMMA.search(ctx.text, ann.end, cue.span.start)
                and not COMMA.search(ctx.text, max(0, ann.start - 3), ann.start)
            )
        )
        if (before or after) and not CLAUSE_BREAK.search(
            ctx.text, min(cue.span.end, ann.end), max(cue.span.start, ann.start)
        ):
            return True
    return False


COMMA = re.compile(r"[,،]")
#: English speech verbs that take a reported clause with no "that": "officials said gunmen stormed the post".
_EN_SAYING = frozenset(
    ["said", "says", "stated", "states", "announced", "announces", "reported", "reports", "confirmed"]
)
#: What ends the quote or clause before an inverted attribution: '"...," said the army', "..., said officials".
_INVERSION = re.compile(r"[,،\"”’»]\s*$")


def _reported_subject(ctx: EventContext, verb: str, verb_start: int) -> bool:
    """Whether an English actor right after a speech verb is the subject of the clause it reports ("officials
    said about 40 gunmen stormed the post"), not its speaker. The speaker follows the verb only in an inverted
    attribution after a quote or a comma ("..., said the army")."""
    return (
        ctx.doc.language == "en"
        and verb.lower() in _EN_SAYING
        and _INVERSION.search(ctx.text, max(0, verb_start - 3), verb_start) is None
        and bool(ctx.text[max(0, verb_start - 40) : verb_start].strip())
    )


#: A verbal noun or an infinitive of doing that a speech verb takes as its object: "أعلن الجيش تنفيذ ضربات",
#: "l'armée dit avoir frappé", "announced having struck": the speaker tells of its own act.
_DOING = folded_set(["تنفيذ", "شن", "قيامه", "قيامها", "avoir", "having"])


def reports_own_act(ctx: EventContext, ann: Annotation, trigger: Span, verb: bool = False) -> bool:
    """The speaker is the doer: its speech verb's object is the act itself, with no "that" between ("the army
    confirmed targeting", "l'armée dit bombarder"), or it says "that it" did it."""
    if ann.end > trigger.start:
        return False
    words = _bare_words(ctx.text[ann.end : trigger.start])
    if bool(words) and words[-1] in _DOING and not COMPLEMENTIZERS.intersection(words):
        return True
    if verb and words and words[-1] in lexicon_words("own_act_speech") and len(words) <= 4:
        return True  # a gerund or an infinitive right after the verb of saying: the speaker's own act
    return _says_it_did(words, verb)


#: "that it" (folded), which makes the speaker the subject of the act it reports: أعلن الجيش أنه قصف, نفى أن يكون
#: استهدف, "the army said it had struck", "l'armée a affirmé qu'elle avait frappé".
_THAT_IT = folded_set(
    ["انه", "انها", "بانه", "بانها", "انهم", "بانهم", "ان يكون", "ان تكون", "ان يكونوا", "it", "that it", "they",
     "that they", "qu'il", "qu'elle", "qu'ils"]
)  # fmt: skip
#: Words between "that it" and the act: an auxiliary (قد, had, avait) or a verb of doing with its preposition.
_AFTER_THAT_IT = folded_set(["قد", "قام ب", "قامت ب", "had", "has", "have", "avait", "a", "ont", "avaient"])


#: How far before the act its speaker may stand: أعلن الجيش في بيان اليوم أنه قصف.
_OWN_ACT_REACH = 90


def speaker_of_own_act(ctx: EventContext, trigger: Span, verb: bool = False) -> Annotation | None:
    """The speaker who reports its own act through "that it": "أعلن الجيش أنه قصف مواقع", "نفى الجيش أن يكون
    استهدف", "the army said it had struck" (the act's clause starts after "that"; its subject is the speaker)."""
    lo = max(0, trigger.start - _OWN_ACT_REACH)
    if CLAUSE_BREAK.search(ctx.text, lo, trigger.start):
        lo = max(m.end() for m in CLAUSE_BREAK.finditer(ctx.text, lo, trigger.start))
    words = _bare_words(ctx.text[lo : trigger.start])
    if not _says_it_did(words, verb):
        return None
    actors = [
        a
        for a in ctx.entities_in(lo, trigger.start, trigger.start)
        if a.label in ("ORG", "ARMED_GROUP", "GPE", "PER")
    ]
    actors += unnamed_in(ctx, lo, trigger.start)
    actors = [a for a in actors if a.end <= trigger.start and a.attrs.get("unnamed") != "attack_object"]
    for actor in sorted(actors, key=lambda a: a.start, reverse=True):
        if is_speaker(ctx, actor, trigger):
            return actor
    return None


#: Words (folded) that may stand between a speech verb and the noun of taking ground it takes as its object: "أعلنت
#: المقاومة عن تحرير", "أعلن الجيش بدء عملية تحرير", "أعلنت إطلاق عمليات تحرير" (and an auxiliary before the verb).
_ANNOUNCED_OWN = folded_set(
    ["عن", "بدء", "بدا", "إطلاق", "اطلاق", "عملية", "عمليات", "معركة", "استكمال", "قد", "لاحقا", "رسميا"]
)


def speaker_of_announced_capture(ctx: EventContext, trigger: Span) -> Annotation | None:
    """The speaker who announces taking ground as the object of its speech verb, with no "that" between: "أعلن
    الجيش تحرير المدينة", "وكانت المقاومة قد أعلنت عن تحرير المحافظة" (who announces a capture made it)."""
    lo = max(0, trigger.start - _OWN_ACT_REACH)
    if CLAUSE_BREAK.search(ctx.text, lo, trigger.start):
        lo = max(m.end() for m in CLAUSE_BREAK.finditer(ctx.text, lo, trigger.start))
    verbs = [c for c in ctx.cues_between("lex|speech", lo, trigger.start) if c.span.end <= trigger.start]
    if not verbs:
        return None
    verb = max(verbs, key=lambda c: c.span.end)
    actors = [
        a
        for a in ctx.entities_in(lo, trigger.start, trigger.start)
        if a.label in ("ORG", "ARMED_GROUP", "GPE", "PER")
    ]
    actors += [a for a in unnamed_in(ctx, lo, trigger.start) if a.end <= trigger.start]
    speakers = [a for a in actors if is_speaker(ctx, a, trigger)]
    if not speakers:
        return None
    speaker = min(speakers, key=lambda a: min(abs(a.start - verb.span.end), abs(verb.span.start - a.end)))
    rest = ctx.text[max(verb.span.end, speaker.end) : trigger.start]
    for date in ctx.dates:
        if verb.span.end <= date.start and date.end <= trigger.start:
            rest = rest.replace(ctx.text[date.start : date.end], " ")
    words = fold_gap(rest).split()
    if all(w in _ANNOUNCED_OWN for w in words) and not COMMA.search(rest):
        return speaker
    return None


def _says_it_did(words: list[str], verb: bool = False) -> bool:
    """Whether the words between a speaker and the act end on "that it" (an auxiliary allowed after it): the
    speaker reports its own act, not another's (أعلن الجيش أنه قصف, "the army said it had struck"). Between
    "that it" and the act may stand an adverb, an auxiliary and a verb of carrying out with its article ("said it
    also fired on", "qu'elle avait mené des frappes"); a Russian verb after "что" with no subject of its own has
    the speaker's ("заявила, что нанесла удары"), a noun there has its own clause ("заявила, что удары")."""
    for tail in (0, 1, 2):
        head, rest = words[: len(words) - tail], " ".join(words[len(words) - tail :])
        if tail and rest not in _AFTER_THAT_IT:
            continue
        if " ".join(head[-2:]) in _THAT_IT or (head[-1:] and head[-1] in _THAT_IT):
            return len(head) <= 6  # the speech verb and "that it" close by: أعلن الجيش اليوم أنه
    gap = lexicon_words("own_act_gap")
    cut = len(words)
    while cut > 0 and len(words) - cut < _OWN_ACT_GAP and words[cut - 1] in gap:
        cut -= 1
    if cut == 0:
        return False
    head = words[:cut]
    if cut == len(words):
        # no word of the gap ("that it" alone is read above): a Russian verb right after "что"
        return verb and head[-1] == _RU_THAT and len(head) <= 6
    if " ".join(head[-2:]) in _THAT_IT or head[-1] in _THAT_IT:
        return len(head) <= 6
    # "что" then only the act: its verb, or a verb of carrying out with the act's noun
    carried = any(w in lexicon_words("carrying_out") for w in words[cut:])
    return head[-1] == _RU_THAT and (verb or carried) and len(head) <= 6


#: The most words that may stand between "that it" and the act it reports.
_OWN_ACT_GAP = 4
_RU_THAT = "что"
_PUNCTUATION = ",،\"“”«»'’()"


def _bare_words(text: str) -> list[str]:
    """The folded words of ``text`` with the punctuation glued to them taken off ("заявила," -> "заявила")."""
    return [b for w in fold_gap(text).split() if (b := w.strip(_PUNCTUATION))]


_ATTRIBUTION_TAIL = re.compile(r"[,،]\s*$")


#: Words of a count between a casualty word and its victims: "ما لا يقل عن 51", "au moins cinq", "не менее".
_COUNT_WORDS = folded_set(
    [
        "ما",
        "لا",
        "يقل",
        "عن",
        "اكثر",
        "من",
        "نحو",
        "حوالي",
        "علي",
        "الاقل",
        "au",
        "moins",
        "plus",
        "de",
        "at",
        "least",
        "more",
        "than",
        "some",
        "about",
        "не",
        "менее",
        "более",
        "около",
    ]
)


#: "among them", which opens the list of the dead or wounded just counted.
_AMONG = folded_set(["بينهم", "بينهما", "منهم", "dont", "parmi", "including", "among", "среди", "включая"])


#: English counted people followed by a bare participle, as in a headline: "11 soldiers killed, nine missing".
_COUNTED_CASUALTY = re.compile(r"[ \t]+(?:killed|wounded|injured|dead|missing)\b")
_NUMBER_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
     "dozens", "scores", "hundreds"]
)  # fmt: skip


def _counted_casualty(ctx: EventContext, ann: Annotation) -> bool:
    i = ctx.token_index(ann.start) - 1
    if i < 0 or _COUNTED_CASUALTY.match(ctx.text, ann.end) is None:
        return False
    word = ctx.tokens[i].text
    return word.isdigit() or word.lower() in _NUMBER_WORDS


_AGENT_MARK_WORDS = frozenset().union(*AGENT_BY_SCRIPT.values())


def _ends_with_agent_mark(between: str) -> bool:
    """Whether an agent mark ends the words before an actor, a determiner allowed after it ("par des", "على يد")."""
    tail = [w.strip(",،") for w in fold_gap(between).split()[-3:]]
    phrases = {*tail, *(" ".join(tail[k : k + 2]) for k in range(len(tail) - 1))}
    return bool(phrases & _AGENT_MARK_WORDS) and tail[-1] not in ("و", "and", "et")


#: Arabic numbers written as words, which open the object of an active killing verb (قتلوا خمسة جنود).
_AR_NUMBER_WORDS = folded_set(
    ["اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", "العشرات", "أحد", "إحدى", "مئات"]
)  # fmt: skip
#: The words that may stand between an active killing verb and its object: a count ("ما لا يقل عن").
_OBJECT_REACH = 4


def _active_killing(ctx: EventContext, cue_end: int) -> bool:
    """Whether an Arabic plural killing verb (قتلوا, أصابوا) has an object right after it: "مسلحون قتلوا 25 جنديا"
    is active (gunmen killed 25 soldiers), "25 جنديا قتلوا" is not (25 soldiers were killed). Vowels are not
    written, so the object decides: a number, or an actor named right after the verb."""
    words = fold_gap(ctx.text[cue_end : cue_end + 60]).split()[:_OBJECT_REACH]
    for word in words:
        bare = word.strip(",،")
        if bare.isdigit() or bare in _AR_NUMBER_WORDS:
            return True
        if bare not in _COUNT_WORDS:
            break
    named = [a for a in ctx.entities_in(cue_end, cue_end + 3, cue_end + 80) if a.label not in PLACE_TYPES]
    return bool(named or unnamed_in(ctx, cue_end, cue_end + 3))


#: Arabic killing verbs in an active form of their own (a person prefix or suffix; not the bare قتل, which is
#: also the passive): يقتلون, تقتل, قتلوا, اغتالوا.
_AR_ACTIVE_KILLING = re.compile(r"^[وف]?(?:[يت]قتل(?:ون|ان|وا)?|قتلوا|اغتال(?:وا|ت)|[يت]غتال(?:ون)?)$")


def _count_follows(ctx: EventContext, end: int) -> bool:
    """Whether a number in digits comes right after an actor (a count may open with "ما لا يقل عن")."""
    for word in fold_gap(ctx.text[end : end + 40]).split()[:_OBJECT_REACH]:
        if word.strip(",،").isdigit():
            return True
        if word not in _COUNT_WORDS:
            return False
    return False


def _object_of_active_killing(ctx: EventContext, ann: Annotation) -> bool:
    """Whether an actor is the object of an active Arabic killing verb right before it, a count allowed between."""
    words = fold_gap(ctx.text[max(0, ann.start - 40) : ann.start]).split()
    while words and (words[-1].isdigit() or words[-1] in _COUNT_WORDS or words[-1] in _AR_NUMBER_WORDS):
        words.pop()
    return bool(words) and _AR_ACTIVE_KILLING.match(words[-1]) is not None


def is_victim(ctx: EventContext, ann: Annotation, trigger: Span) -> bool:
    """ "قتل 15 جنديا", "cinq soldats tués", "убили 50 военнослужащих": the actor was killed or wounded.

    An Arabic killing verb after its subject with an object after it is active ("مسلحون قتلوا 25 جنديا"): the
    actor before it killed, and the object is the victim."""
    if _counted_casualty(ctx, ann):
        return True  # "Niger says 11 soldiers killed after gun assault"
    if _object_of_active_killing(ctx, ann):
        return True  # "مسلحون يقتلون 12 شرطيا", "قتلت مجموعة 5 جنود"
    for cue in ctx.cues_between("lex|casualty_after", max(0, ann.start - 40), ann.start):
        gap_words = fold_gap(ctx.text[cue.span.end : ann.start]).split()
        uncounted = [
            w for w in gap_words if not w.isdigit() and w not in _COUNT_WORDS and w not in _AR_NUMBER_WORDS
        ]
        if (
            cue.span.end <= ann.start
            and lang_of(cue.phrase) == "ar"
            and len(gap_words) <= _OBJECT_REACH
            and not uncounted
            and _active_killing(ctx, cue.span.end)
        ):
            return True  # "قتلوا 25 جنديا": the object of an active killing
    for key, lo, hi in (
        ("lex|casualty", ann.start - 40, ann.start),
        ("lex|casualty_after", ann.end, ann.end + 26),
    ):
        for cue in ctx.cues_between(key, max(0, lo), hi):
            if (
                key == "lex|casualty_after"
                and lang_of(cue.phrase) == "ar"
                and _active_killing(ctx, cue.span.end)
            ):
                continue  # "مسلحون قتلوا 25 جنديا": who killed, no victim
            if key == "lex|casualty" and fold_gap(cue.phrase) == "قتل" and _count_follows(ctx, ann.end):
                continue  # "قتل مسلحون 25 شخصا": the subject of an active killing, its counted object follows
            gap = (cue.span.end, ann.start) if key == "lex|casualty" else (ann.end, cue.span.start)
            between = ctx.text[gap[0] : gap[1]]
            words = [w for w in fold_gap(between).split() if not w.isdigit() and w not in _COUNT_WORDS]
            among = [n for n, w in enumerate(words) if w.strip(",،") in _AMONG]
            if key == "lex|casualty" and _ends_with_agent_mark(between):
                continue  # "killed by militants", "tués par des jihadistes": who killed them, no victim
            if key == "lex|casualty" and among and among[-1] <= 3:
                # "five died, among them civilians and customs agents", توفي خمسة، بينهم مدنيون وعناصر: the list
                # after "among them" names the dead
                words = words[among[-1] + 1 :]
            if key == "lex|casualty" and _CLAUSE_OPENERS.intersection(w.strip(",،") for w in words):
                continue  # "soldiers were killed when militants attacked": the actor opens a clause of its own
            if key == "lex|casualty_after" and _AR_NEW_CLAUSE.intersection(words):
                continue  # "كان هدف المهاجمين على الأرجح وقد أصيب المبنى": the verb opens a clause of its own
            if (
                gap[0] <= gap[1]
                and not (gap[0] <= trigger.start < gap[1])  # погибли при нападении боевиков: the attackers
                and len(words) <= 3
                and not CLAUSE_BREAK.search(between)
                and "\n" not in between
            ):
                return True  # three words at most between: a number, "de", "ont été"
    return False


#: Conjunctions (folded) that open a clause: an actor after a word of killing and one of these is the subject of
#: that clause ("were killed when militants attacked", "tués lorsque des jihadistes ont attaqué"), no victim.
_CLAUSE_OPENERS = folded_set(
    ["when", "as", "while", "after", "lorsque", "quand", "lorsqu'", "когда", "عندما", "حين", "حينما"]
)


#: "and" with the particle of the past (folded) between an actor and a word of killing after it: "وقد أصيب" opens
#: another clause, whose subject is not the actor before it.
_AR_NEW_CLAUSE = folded_set(["وقد", "فقد"])


#: Arabic verbs and nouns of receiving or undergoing (folded), before a training or delivery noun: "تلقوا تدريبات
#: في تركيا", "اعترفوا بتلقي دورات ... وتدريبات": those trained are the subject, and the place is where they were.
_AR_RECEIVING = re.compile(
    r"^(?:و|ب|ل)?(?:تلقي|تلقوا|تلقت|تلقيا|يتلقي|يتلقون|تتلقي|تلقيهم|خضع|خضعوا|خضعت|خضوع)$"
)
#: How far (characters) before the noun a word of receiving still takes it as its object.
_RECEIVING_REACH = 90


def received_by_subject(ctx: EventContext, trigger: Span, floor: int) -> bool:
    """Whether an Arabic word of receiving or undergoing before the trigger (after ``floor``) takes it as what its
    subject received: the country where they received it is no recipient of it."""
    lo = max(floor, trigger.start - _RECEIVING_REACH)
    return any(_AR_RECEIVING.match(word) for word in fold_gap(ctx.text[lo : trigger.start]).split())
