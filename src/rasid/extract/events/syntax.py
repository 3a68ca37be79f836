"""Clause syntax around a trigger, per language: agent and locative marks, passives, relative clauses,
coordination, the head of a noun phrase."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rasid.extract.events.actors import BELONGING, OF_WORDS, PRONOUN_WORDS
from rasid.extract.events.catalogue import (
    AGENT_BY_SCRIPT,
    CLAUSE_BREAK,
    COMPLEMENTIZERS,
    MARK_REACH,
    OBLIQUE,
    PASSIVE_MARKS,
    PLACE_TYPES,
    UNDERGO,
    catalogue,
    folded_set,
    lang_of,
)
from rasid.extract.events.context import EventContext
from rasid.extract.events.parties import COMMA
from rasid.extract.matcher import fold_gap
from rasid.model import Annotation, Span

_TITLE_NISBA = re.compile(r"^ال\w{2,}ي(?:ه)?$")


def words_before(text: str, start: int, floor: int) -> tuple[str, list[str]]:
    """The clitic glued to the word at ``start`` (Arabic) and the folded words just before it."""
    token_start = start
    while token_start > floor and not text[token_start - 1].isspace() and text[token_start - 1].isalpha():
        token_start -= 1
    clitic = fold_gap(text[token_start:start]).strip()
    left_start = max(floor, token_start - MARK_REACH)
    while left_start > floor and not text[left_start - 1].isspace():
        left_start -= 1  # whole words only: وتعرضت, not عرضت
    left = _ABBREVIATION.sub(" ", text[left_start:token_start])
    # an opening quote right before the name is no boundary: "an attack by “terrorist armed groups”"
    left = _OPENING_QUOTE.sub(" ", left)
    for stop in ',،؛;:.()"«»\n':
        if stop in left:
            left = left[left.rindex(stop) + 1 :]
    # a nisba between a mark and the name is part of a title: من وزير الخارجية الأمريكي جون كيري
    return clitic, [w for w in fold_gap(left).split() if not _TITLE_NISBA.match(w)]


#: Words that round a number before the actors it counts: "около 100 боевиков", "نحو 200 مسلح", "about 50 gunmen".
#: Some are marks elsewhere (около Гао: near; نحو: towards), never before a number.
_COUNT_PHRASES = sorted(
    (
        tuple(fold_gap(p).split())
        for p in [
            "ما لا يقل عن", "أكثر من", "اكثر من", "نحو", "حوالي", "حوالى", "قرابة", "زهاء", "au moins", "plus de",
            "près de", "environ", "quelque", "at least", "more than", "about", "around", "nearly", "almost", "some",
            "не менее", "более", "около", "почти", "свыше", "порядка",
        ]
    ),
    key=len,
    reverse=True,
)  # fmt: skip


def without_count(words: list[str]) -> list[str]:
    """The words before an actor without the count among them: "участвовали около 100" -> "участвовали" (a
    count is no mark: "около" before a number is "about", not "near"). The actor's adjectives may follow the
    number: "About 40 unidentified gunmen" -> "unidentified"."""

    def number(word: str) -> bool:
        return word.replace(",", "").replace(".", "").isdigit()

    last = next((k for k in range(len(words) - 1, max(-1, len(words) - 3), -1) if number(words[k])), None)
    if last is None:
        return words
    end = last + 1
    while end and number(words[end - 1]):
        end -= 1
    for phrase in _COUNT_PHRASES:
        if tuple(words[max(0, end - len(phrase)) : end]) == phrase:
            end -= len(phrase)
            break
    return words[:end] + words[last + 1 :]


@lru_cache(maxsize=1)
def _group_of() -> re.Pattern[str]:
    """A noun of a group or a count with its article and "of" at the end of a text, up to two adjectives after it:
    "a group of heavily armed ", "un groupe d'", "une dizaine de " (the lexicon's ``group_of``)."""
    nouns = "|".join(re.escape(w) for words in catalogue().lexicon["group_of"].values() for w in words)
    return re.compile(
        rf"(?:\b(?:a|an|un|une|des)\s+)?\b(?:{nouns})\s+(?:of\s+|de\s+|d['’]\s*)(?:[^\W\d]+\s+){{0,2}}$",
        re.IGNORECASE,
    )


def group_of_start(text: str, start: int, floor: int) -> int:
    """Where a noun of a group before an actor begins, else ``start``: the mark before "a group of heavily armed
    militants", "un groupe d'hommes armés" is the actor's ("attacked by", "attaqué par")."""
    found = _group_of().search(text, max(floor, start - _GROUP_REACH), start)
    return found.start() if found is not None else start


#: How far (characters) before an actor a noun of a group may begin.
_GROUP_REACH = 50


_OPENING_QUOTE = re.compile(r"(?<=\s)[\"«“‘]\s*(?:(?:a|an|the|des|les|une?)\s+)?$", re.IGNORECASE)
#: Initials and titles written with dots (S.E.M., M., Mr.) stand between a mark and a name: read past them.
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Dr|Mme|Mgr|Sr|Jr)\.")


def nearest_mark(clitic: str, words: list[str], kinds: Sequence[tuple[str, frozenset[str]]]) -> str | None:
    """The kind of the mark nearest before a name: glued to it, or among the three words before it.

    Up to two words may stand between the mark and the name: a title (بين السيد لافروف, "with
    President X") or a head noun (ضد مواقع داعش); a conjunction glued to the mark (وفي مأرب) is
    read off it. The nearest mark wins: "hélicoptères de combat au Mali" is marked by "au".
    """
    if clitic:
        for kind, marks in kinds:
            if clitic in marks or clitic[-1:] in marks:
                return kind
    tail = words[-3:]
    for end in range(len(tail), 0, -1):
        for k in (3, 2, 1):  # the longest mark ending there: "الحدود مع" before "مع", "بالقرب من" before "من"
            if end - k < 0:
                continue
            phrase = " ".join(tail[end - k : end])
            bare = phrase[1:] if phrase[:1] in "وف" else None
            for kind, marks in kinds:
                if phrase in marks or (bare and bare in marks):
                    return kind
    return None


def marked(clitic: str, words: list[str], marks: frozenset[str]) -> bool:
    return nearest_mark(clitic, words, (("mark", marks),)) is not None


def is_passive(text: str, trigger_start: int, floor: int, script: str) -> bool:
    """تم نشر / was deployed / a été livré / были переброшены: the actor after the trigger is its patient."""
    _, words = words_before(text, trigger_start, floor)
    # "have been exchanging strikes": the noun after a progressive verb is its object, no passive
    progressive = script == "en" and (
        re.match(r"\w+ing\b", text[trigger_start:]) is not None
        or (bool(words) and words[-1].endswith("ing") and words[-1] != "being")
    )
    if not progressive and any(w in PASSIVE_MARKS[script] for w in words[-2:]):
        return True  # not "the Houthis have been targeting ships": a progressive is active
    # "تعرضت دورية للجيش لهجوم", "a subi une attaque", "suffered an attack": the subject underwent it
    if any(w.startswith(UNDERGO) or w[1:].startswith(UNDERGO) for w in words[-5:]):
        return True
    tail = " ".join(words[-5:])  # "came under attack": a phrase of two words
    return any(" " in phrase and phrase in tail for phrase in UNDERGO)


#: Words that are never an actor's name: the marks and clause words above, and particles.
_FUNCTION_WORDS = (
    frozenset().union(*OBLIQUE.values(), *AGENT_BY_SCRIPT.values())
    | COMPLEMENTIZERS
    | folded_set(["على", "علي", "إلى", "الى", "ان", "أن", "إن", "قد", "لقد", "لم", "لن", "ما", "كما", "هذا", "هذه", "ذلك"])
    | PRONOUN_WORDS
)  # fmt: skip


def function_word(ann: Annotation) -> bool:
    return fold_gap(ann.text).strip() in _FUNCTION_WORDS


#: The second half of a hyphenated modifier: a name before it describes a thing ("a U.S.-owned ship").
_MODIFIER = re.compile(
    r"\.?-(?:owned|flagged|based|controlled|backed|made|registered|operated|bound|linked|affiliated|aligned|held)\b"
)


def modifier(text: str, ann: Annotation) -> bool:
    return _MODIFIER.match(text, ann.end) is not None


#: Words that join two names into one argument: "X et le Y", "X and Y", "X وY", "X и Y".
_CONJOINED = re.compile(
    r"\s*(?:,\s*)?(?:et|and|и|ou|or)(?:\s+(?:le|la|les|l'|the))?\s+|\s+و\s*", re.IGNORECASE
)


_BETWEEN = folded_set(["بين", "between", "entre", "между"])


#: Relative pronouns (folded): the verb after one has the noun right before it as subject.
_RELATIVES = folded_set(
    ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "qui", "lequel", "laquelle", "lesquels",
     "who", "which", "который", "которая", "которое", "которые"]
)  # fmt: skip


_CLEFT_PRONOUNS = folded_set(["هو", "هي", "هم", "هما", "هن"])


def relative_between(text: str, start: int, end: int) -> bool:
    """Whether a relative pronoun stands between ``start`` and ``end`` with words before it (so the noun it
    refers to is not the actor ending at ``start``): "المسلحون الذين هاجموا" keeps المسلحون."""
    words = [fold_gap(m.group()) for m in re.finditer(r"\w+", text[start:end])]
    # "مقاتلات إسرائيلية حلقت ... هي التي نفذت الهجمات": after a pronoun (a cleft) the subject is the actor before
    return any(w in _RELATIVES and i > 0 and words[i - 1] not in _CLEFT_PRONOUNS for i, w in enumerate(words))


_AR_RELATIVES = folded_set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"])


def after_relative(text: str, start: int) -> bool:
    """An Arabic verb right after a relative pronoun ("التفجير الذي استهدف مسجد قوات الطوارئ"): its subject is the
    noun before the pronoun, so the actor after the verb is its object, not a subject in VSO order."""
    words = fold_gap(text[max(0, start - 12) : start]).split()
    if not words or words[-1] not in _AR_RELATIVES:
        return False
    clause = re.split(r"[,،.؛]", text[start : start + 80])[0]
    verb, *rest = fold_gap(clause).split()[:6] or [""]
    # "التي شنتها طائرات التحالف", "الذين دربهم الجيش", "المكان الذي شن فيه الجيش هجوما", "التي سيطر داعش عليها":
    # a pronoun on the verb (or after it) is the noun before the relative, and the actor after the verb is its
    # subject after all
    return not (_AR_OBJECT_PRONOUN.search(verb) or _AR_RESUMPTIVE.intersection(rest))


_AR_OBJECT_PRONOUN = re.compile(r"(?:ه|ها|هم|هما|هن)$")
_AR_RESUMPTIVE = folded_set(["فيه", "فيها", "عليه", "عليها", "منه", "منها", "به", "بها", "عليهم", "فيهم"])


def opens_clause(text: str, start: int) -> bool:
    """An Arabic word after "، و" / "، ف" (or at the start of a line): it opens a clause of its own."""
    i = start
    if i > 0 and text[i - 1] in "وف":
        i -= 1
    elif not text[start : start + 1] or text[start] not in "وف":
        return False
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in "،,\n.؛"


def after_between(text: str, start: int, floor: int) -> bool:
    """Whether "between" (بين, entre, между) stands among the words right before a name."""
    _, words = words_before(text, start, floor)
    return bool(_BETWEEN.intersection(words[-3:]))


_CONJUNCTION_BEFORE = re.compile(r"\b(?:and|et|и|then|puis)\s+$", re.IGNORECASE)


def after_conjunction(text: str, start: int) -> bool:
    """A verb right after "and" (Latin and Cyrillic script) shares its subject with the verb before."""
    return _CONJUNCTION_BEFORE.search(text, max(0, start - 8), start) is not None


def coordinated(text: str, first: Annotation, second: Annotation) -> bool:
    """The second name is joined to the first by a conjunction alone (it shares the first's mark)."""
    if first.end > second.start:
        return False
    if _CONJOINED.fullmatch(text, first.end, second.start) is not None:
        return True
    # Arabic: the conjunction is glued to the second name (روسيا وفرنسا)
    return second.text.startswith("و") and not text[first.end : second.start].strip()


#: How far before a name the head phrase it belongs to may start (a title, "gunmen belonging to").
_HEAD_REACH = 48


def head_start(ctx: EventContext, ann: Annotation, floor: int) -> int:
    """Where the phrase that a name heads starts: its title ("by Foreign Minister X", "التقى مدير عام الشؤون
    الصحية بمنطقة الجوف X", "بالمدير التنفيذي ... الدكتور X") or the unnamed actor it belongs to ("مسلحين
    ينتمون لجماعة X"). A mark before that phrase marks the name; the name's own start when there is none."""
    lo = max(floor, ann.start - _HEAD_REACH)
    head = ann.start
    if ann.label == "PER":
        for key in ("lex|official", "lex|title_head"):
            for cue in ctx.cues_between(key, lo, ann.start):
                if cue.span.start < head and joins(ctx, cue.span.end, ann):
                    head = cue.span.start
    else:
        for cue in ctx.cues_between("lex|unnamed_actor", lo, ann.start):
            between = fold_gap(ctx.text[cue.span.end : ann.start]).split()
            words = [w.removeprefix("ل") if w not in BELONGING else w for w in between]
            if (
                words
                and words[0] in BELONGING | OF_WORDS
                and cue.span.start < head
                and joins(ctx, cue.span.end, ann)
            ):
                head = cue.span.start
    if ann.label in PLACE_TYPES:
        head = min(head, _place_head_start(ctx.text, lo, ann.start))
    return head


#: Words that head a place's phrase in Arabic: "على محيط العاصمة السورية دمشق", "قصفت مدينة بعلبك". Not the
#: directions (وسط مالي, شمال إسرائيل): they are marks of where themselves.
_PLACE_HEAD_WORDS = folded_set(
    ["محيط", "ريف", "أطراف", "اطراف", "ضواحي", "العاصمة", "مدينة", "بلدة", "قرية", "منطقة"]
)  # fmt: skip


def _place_head_start(text: str, lo: int, start: int) -> int:
    """Where the words that head a place's name begin (محيط العاصمة السورية دمشق): a mark before them is the
    place's."""
    head = start
    for word in reversed(list(re.finditer(r"\S+", text[lo:start]))):
        folded = fold_gap(word.group())
        if folded not in _PLACE_HEAD_WORDS and not _TITLE_NISBA.match(folded):
            break
        head = lo + word.start()
    return head


def titled_subject(ctx: EventContext, trigger: Span, person: Annotation) -> bool:
    """ "استقبل معالي المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان ... الدكتور X": a title right
    after the verb and nothing but title words up to the person (however long the title): he is the subject."""
    if person.label != "PER":
        return False
    opens = any(
        cue.span.start - trigger.end <= 2
        for key in ("lex|official", "lex|title_head")
        for cue in ctx.cues_between(key, trigger.end, trigger.end + 3)
    )
    return opens and joins(ctx, trigger.end, person)


def joins(ctx: EventContext, end: int, ann: Annotation) -> bool:
    """Nothing but words between a head phrase and the name: no comma or clause break, no other person."""
    if COMMA.search(ctx.text, end, ann.start) or CLAUSE_BREAK.search(ctx.text, end, ann.start):
        return False
    return not any(
        a.label == "PER" and a is not ann and not namesake(ctx, a)
        for a in ctx.entities_in(end, ann.start, ann.start)
    )


#: Nouns of a place or an institution named after a person: مدينة الملك فهد الطبية, جامعة الأمير سطام,
#: مطار الملك خالد, مركز الملك سلمان للإغاثة.
_NAMED_AFTER = folded_set(
    ["مدينة", "مدينه", "جامعة", "جامعه", "مستشفى", "مستشفي", "مركز", "مطار", "شارع", "طريق", "مؤسسة", "مؤسسه", "ميناء",
     "قاعدة", "قاعده", "جائزة", "جائزه", "برنامج", "كلية", "كليه", "معهد", "مجمع", "قاعة", "قاعه", "حي", "مسجد", "جسر"]
)  # fmt: skip


def namesake(ctx: EventContext, ann: Annotation) -> bool:
    """A person's name inside an institution's or a place's name (مدينة الأمير محمد بن عبدالعزيز الطبية)."""
    if ann.label != "PER" or lang_of(ann.text) != "ar":
        return False
    _, words = words_before(ctx.text, ann.start, max(0, ann.start - 30))
    for word in reversed(words[-3:]):
        bare = word[1:] if word[:1] in "وبلف" and word[1:] in _NAMED_AFTER else word
        bare = bare[2:] if bare.startswith("ال") else bare
        if bare in _NAMED_AFTER:
            return True
        if fold_gap(word) not in _TITLE_WORDS:
            return False
    return False


_TITLE_WORDS = folded_set(
    ["الملك", "الأمير", "الامير", "الشيخ", "السلطان", "الإمام", "الامام", "خادم", "الحرمين", "الشريفين"]
)


#: "his counterpart" (folded): the person after it is the other party of a meeting, wherever it stands.
COUNTERPART = folded_set(["نظيره", "نظيرته", "نظيريه", "homologue", "counterpart", "коллегой", "коллега"])
