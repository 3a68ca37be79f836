"""Who the document names: the mentions a speaker can be (entities, surnames, titles and roles)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

from rasid.extract.cues import fold, load_cues, normalized
from rasid.extract.entities import load_cues as entity_cues
from rasid.extract.matcher import alias_tokens, prepare
from rasid.extract.names import load_name_cues, ru_given_name, ru_oblique_given_name
from rasid.extract.quotes.cues import ARABIC, WORD, quote_cues, without_article
from rasid.model import Annotation, Document

#: Labels that can speak.
SPEAKER_LABELS = ("PER", "ORG", "ARMED_GROUP", "MEDIA", "GPE")


# --- entities ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str
    key: str  # canonical or, when unlinked, the folded text
    canonical: str | None
    text: str
    #: how this mention names its entity: in full (explicit), by a surname only, or by a role
    via: str = "explicit"
    #: the role class of the title that introduced the person (military, minister, …), if any
    role_class: str | None = None
    #: the knowledge-base entry the entities layer linked the mention to
    kb_id: str | None = None
    #: that entry's category (sports_club), as the entities layer gives it
    category: str | None = None


#: A spokesman's title right before باسم ("on behalf of") that a stage took for a name (folded).
_SPOKESMAN_BEFORE = re.compile(r"(?:متحدث|ناطق|متحدثه|ناطقه)(?:\s+(?:الرسمي|الرسميه))?\s*$")


#: entities-layer ``attrs.mention`` (set by coreference) -> how the mention names the speaker
_MENTION_VIA = {"short": "surname", "role": "role"}


def _latin_role_reference(ent: Annotation) -> bool:
    """fr/en/ru: a mention coreference resolved through a role ("le général" for Tiani) is how the text
    refers to the person, not a form of their name: its last word is no surname to look for elsewhere."""
    return ent.attrs.get("mention") == "role" and not ARABIC.search(ent.text)


def name_tokens(text: str) -> tuple[str, ...]:
    return tuple(WORD.findall(fold(text)))


def _plausible_name(text: str) -> bool:
    """A model-found name in Latin or Cyrillic script starts with a capital ("sources sécuritaires" does not)."""
    first = next((c for c in text if c.isalpha()), "")
    return not first or not (first.isascii() or "\u0400" <= first <= "\u04ff") or first.isupper()


def _opens_with_body_complement(text: str, body_heads: frozenset[str]) -> bool:
    """Arabic: the span opens with ب/ل and a body's head word (الناطق الإعلامي بشرطة منطقة …، المتحدث لهيئة
    …): the complement of a title, not a person's name (a name like بدر or لطيفة is no body's head)."""
    words = WORD.findall(fold(text))
    return bool(words) and words[0][:1] in "بل" and words[0][1:] in body_heads


def byline(text: str, start: int, end: int) -> bool:
    """The reporter's name opening a line before a dash ("هادي آل كليب- سبق- متابعة:"): who wrote
    the article, not someone in it, so never a speaker nor someone who came in."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and re.match(r"\s*[-–—]", text[end : end + 3]) is not None


#: "son/daughter of" inside an Arabic name, folded: the word after it is a father's name, not a surname.
_PATRONYMIC = frozenset({"بن", "ابن", "بنت", "ابنه"})
#: How many words a model span no stage linked may have and still be a name, not counting the links of an
#: Arabic lineage (سهيل بن محمد فرج فارس المزروعي: five names, six words).
MAX_NAME_WORDS = 5
_LINEAGE_LINKS = _PATRONYMIC | {"آل", "ال"}


def _name_length(text: str) -> int:
    return sum(1 for w in WORD.findall(fold(text)) if w not in _LINEAGE_LINKS)


def _without_relatives(
    raw: list[tuple[Annotation, Any]], relative_heads: frozenset[str]
) -> list[tuple[Annotation, Any]]:
    """Drop the two-word people "kinship or service noun + a name another one of the text bears"."""
    if not relative_heads:
        return raw
    named = [(ent, name_tokens(ent.text)) for ent, _ in raw]  # (a person a stage typed ORG: إنريكي سانز)

    def relative(ent: Annotation, tokens: tuple[str, ...]) -> bool:
        return (
            len(tokens) == 2
            and tokens[0] in relative_heads
            and any(
                tokens[1] in others and tokens[0] not in others for other, others in named if other is not ent
            )
        )

    return [
        (ent, c)
        for (ent, c), (_, tokens) in zip(raw, named, strict=True)
        if ent.label != "PER" or not relative(ent, tokens)
    ]


def collect_mentions(
    doc: Document,
    verb: re.Pattern[str] | None = None,
    not_names: frozenset[str] = frozenset(),
    body_heads: frozenset[str] = frozenset(),
    relative_heads: frozenset[str] = frozenset(),
    holder_nouns: re.Pattern[str] | None = None,
    unnamed_heads: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Entities that can speak; an unlinked short form (ديارا) takes the identity of the one
    linked person whose name contains it, so the speaker is the same whichever stage found it.
    A later surname that no stage marked (Yevkurov said) is added the same way. ``body_heads``:
    folded Arabic heads of bodies (شرطة, هيئة), which open no person's name after ب/ل. ``relative_heads``:
    folded kinship and service nouns (ابن, محامي): with the name of another person named in the text
    ("ابن جولي" beside "أنجلينا جولي"), they name that person's relative, who is not a known speaker.
    ``holder_nouns``: ru nouns of service (помощник, советник), which make a genitive title after them
    another's. ``unnamed_heads``: folded Arabic heads of an unnamed source (دبلوماسي, مسؤول): an unlinked
    person span opening with one, indefinite ("دبلوماسي روسي"), describes somebody and names nobody."""
    raw = []
    entities = [part for ent in doc.layer("entities") for part in _two_russian_names(doc, ent)]
    # how many person spans hold each name word: a word "ل + name" ending a span may be another person's
    person_word_count = Counter(
        w for ent in entities if ent.label == "PER" for w in set(name_tokens(ent.text))
    )
    for ent in entities:
        if ent.label not in SPEAKER_LABELS or fold(ent.text) in not_names:
            continue  # a pronoun a stage took for a name ("He" at a sentence start) is no speaker
        if (
            ent.label == "PER"
            and fold(ent.text).startswith("باسم ")
            and _SPOKESMAN_BEFORE.search(fold(doc.text[max(0, ent.start - 30) : ent.start]))
        ):
            continue  # "المتحدث الرسمي باسم رئاسة": باسم is "on behalf of" here, not the name Basim
        if ent.label == "PER" and (
            _opens_with_body_complement(ent.text, body_heads) or byline(doc.text, ent.start, ent.end)
        ):
            continue
        canonical = ent.attrs.get("canonical")
        if ent.label == "PER" and "kb_id" not in ent.attrs:
            for trim in (_without_trailing_addressee, _without_leading_complement, _without_religious_title):
                trimmed = trim(doc, ent, person_word_count)
                if trimmed is not ent:
                    canonical = trimmed.text if canonical == ent.text else canonical
                    ent = trimmed
        if verb is not None and "kb_id" not in ent.attrs:
            trimmed = _without_trailing_verb(doc, ent, verb)  # "سلمان بقوله": the model took the verb in
            if trimmed is not ent:
                canonical = trimmed.text if canonical == ent.text else canonical
                ent = trimmed
        if canonical is None and (
            not _plausible_name(ent.text)
            or _name_length(ent.text) > MAX_NAME_WORDS
            or fold(ent.text) in not_names
            or sum(c.isalpha() for c in ent.text) < 3
            or (
                verb is not None
                and verb.search(fold(ent.text))
                and not _name_after_speech_verb(doc, ent, verb)
            )
            or (
                ent.label == "PER" and name_tokens(ent.text)[:1] and name_tokens(ent.text)[0] in unnamed_heads
            )
        ):
            continue  # a model span that is a clause, not a name
        raw.append((ent, canonical))
    raw = _without_relatives(raw, relative_heads)
    linked: dict[str, set[tuple[str, ...]]] = {}
    for ent, canonical in raw:
        if canonical and ent.label == "PER" and not _latin_role_reference(ent):
            linked.setdefault(canonical, set()).add(name_tokens(ent.text))
    # word -> the linked people with a name form holding it (so an unlinked name is matched against
    # the few people who share its words, not against everyone: long pages name hundreds)
    holders: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for owner, forms in linked.items():
        for form in forms:
            words = frozenset(form)
            for word in words:
                holders.setdefault(word, []).append((owner, words))
    # surname -> the full names no stage linked that end with it (سعد الدين العثماني … العثماني)
    unlinked_full: dict[str, set[str]] = {}
    for ent, canonical in raw:
        tokens_in_order = name_tokens(ent.text)
        if (
            canonical is None
            and ent.label == "PER"
            and len(tokens_in_order) >= 2
            and tokens_in_order[-2] not in _PATRONYMIC  # سلمان بن عبدالعزيز: عبدالعزيز is the father
        ):
            unlinked_full.setdefault(tokens_in_order[-1], set()).add(fold(ent.text))
    # a body's name its head governs (كتائب القسام -> القسام), for a one-word "person" that is that body
    governed = _governed_body_names(raw, body_heads)
    full_name_words = {
        w
        for ent, _ in raw
        if ent.label == "PER" and len(name_tokens(ent.text)) > 1
        for w in name_tokens(ent.text)
    }
    out = []
    for ent, canonical in raw:
        same_as = None  # the key of the one unlinked full name this surname stands for
        if canonical is None and ent.label == "PER":
            tokens = set(name_tokens(ent.text))
            owners = _owners(tokens, holders)
            if not owners and len(tokens) == 1 and next(iter(tokens))[:1] in "لبوف":
                owners = _owners({next(iter(tokens))[1:]}, holders)  # لفوتشيتش: ل + a known surname
            if len(owners) == 1:
                canonical = owners[0]
            elif not owners and len(tokens) == 1:
                full = unlinked_full.get(next(iter(tokens)), set())
                same_as = next(iter(full)) if len(full) == 1 else None
        label = ent.label
        if canonical is None and same_as is None and label == "PER" and "kb_id" not in ent.attrs:
            body = _governed_body(governed, name_tokens(ent.text), ent.start, full_name_words)
            if body is not None:  # "وقالت القسام" read as a person: the brigades named before
                label, same_as = body
        key = canonical or same_as or fold(ent.text)
        via = _MENTION_VIA.get(str(ent.attrs.get("mention")), "explicit")
        role_class = ent.attrs.get("role_class")
        role_class = str(role_class) if role_class and role_class not in NOT_ROLES else None
        if ru_genitive_title(str(ent.attrs.get("title") or "")) and owner_title(
            doc.text[max(0, ent.start - 80) : ent.start], holder_nouns
        ):
            role_class = None  # "пресс-секретарь президента России X": X is not the president
        kb_id = ent.attrs.get("kb_id")
        out.append(
            Mention(
                ent.start,
                ent.end,
                label,
                key,
                canonical,
                ent.text,
                via,
                role_class,
                str(kb_id) if kb_id else None,
                ent.attrs.get("category"),
            )
        )
    out.extend(_surname_mentions(doc.text, linked, out))
    out.extend(_given_name_openers(doc.text, out, holders, not_names))
    out.extend(lone_speaker_names(doc, out, holders, not_names))
    out.extend(quoted_arabic_speaker_names(doc.text, out))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


#: Arabic: one word in quotation marks right after a speech verb, then a colon, a comma or what was said
#: (وقال "الزوي": ، ويقول «جديدي»، وأشار "حمدان" إلى أن): how Saudi papers write the speaker's name.
_QUOTED_ARABIC_NAME = re.compile(
    # (the verb read from its first letter only: tried inside a word, the letter run to the word's end was
    # read again from every letter, and a match there would start at the word's first letter anyway)
    r"(?<![\u0621-\u064a])(?P<verb>[\u0621-\u064a]+)\s+[«\"“]\s*(?P<name>[\u0621-\u064a]{3,})\s*[»\"”]"
    r"(?=\s*(?:[:،,]|(?:أن|إن|ان|إلى|الى|قائلا|قائلة|بأن)(?![\u0621-\u064a])))"
)


def quoted_arabic_speaker_names(text: str, known: Sequence[Mention]) -> list[Mention]:
    """Arabic: a one-word name no stage marked, set in quotation marks as the subject of a speech verb
    (وقال "الزوي":، يقول «جديدي»:). A person, the same as the one full name written in the document
    that ends with it; not a body (الهيئة), a role or a statement written the same way."""
    verbs = _arabic_speech_verbs()
    taken = {(m.start, m.end) for m in known}
    full_names: dict[str, set[str]] = {}
    for m in known:
        if m.label == "PER" and len(WORD.findall(m.text)) > 1:
            full_names.setdefault(fold(WORD.findall(m.text)[-1]), set()).add(m.key)
    out = []
    for found in _QUOTED_ARABIC_NAME.finditer(text):
        verb, name = fold(found.group("verb")), fold(found.group("name"))
        if (verb not in verbs and verb[1:] not in verbs) or without_article(name) in _not_arabic_names():
            continue
        start, end = found.span("name")
        if any(a < end and start < b for a, b in taken):
            continue  # a stage marked it: the entity speaks for itself
        same = full_names.get(name, set())
        key = next(iter(same)) if len(same) == 1 else name
        out.append(Mention(start, end, "PER", key, None, found.group("name"), "surname"))
    return out


@lru_cache(maxsize=1)
def _arabic_speech_verbs() -> frozenset[str]:
    return frozenset(fold(v) for v in load_cues("quotes")["speech_verbs"]["ar"] if " " not in v)


@lru_cache(maxsize=1)
def _not_arabic_names() -> frozenset[str]:
    """Words in quotation marks after a speech verb that name no person: body and statement heads, roles."""
    data = load_cues("quotes")
    words = [*data["organization_heads"]["ar"], *data["statement_heads"], *data["role_nouns"]["ar"]]
    return frozenset(without_article(fold(w)) for w in words if " " not in w)


def _governed_body_names(
    raw: Sequence[tuple[Annotation, str | None]], body_heads: frozenset[str]
) -> dict[str, list[tuple[int, str, str]]]:
    """Arabic: the name word of each body written as a head and one name (كتائب القسام, تنظيم داعش)
    -> [(where it is named, its label, its key)]."""
    out: dict[str, list[tuple[int, str, str]]] = {}
    for ent, canonical in raw:
        tokens = name_tokens(ent.text)
        if ent.label in ("ORG", "ARMED_GROUP") and len(tokens) == 2 and tokens[0] in body_heads:
            name = without_article(tokens[1])
            out.setdefault(name, []).append((ent.start, ent.label, canonical or fold(ent.text)))
    return out


def _governed_body(
    governed: Mapping[str, list[tuple[int, str, str]]],
    tokens: tuple[str, ...],
    start: int,
    full_name_words: set[str],
) -> tuple[str, str] | None:
    """A one-word person span that is the name of the one body named before it with its head
    (كتائب القسام … وقالت القسام), when no person's full name holds that word: (label, key)."""
    if len(tokens) != 1:
        return None
    word = tokens[0]
    name = without_article(word)
    bodies = {(label, key) for at, label, key in governed.get(name, ()) if at < start}
    if len(bodies) != 1 or word in full_name_words:
        return None
    return next(iter(bodies))


#: fr/ru: a capitalised word opening a sentence (or a line, or after "Pour", "Selon"), then a lowercase
#: word: "Marie vit …"; or set off by an apposition; or alone on its line, the next opening with a
#: quotation mark.
_SENTENCE_OPENER = re.compile(
    r"(?:^|(?<=[.!?…»”]\s)|(?<=\n))\s*(?:(?:Pour|Selon|D['’]après|According\s+to)\s+)?"
    r"([A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]{2,})"
    # or set off by an apposition ("Marc, un voisin,"), or alone on its line above a quotation
    r"(?=\s+[a-zà-öø-ÿа-яё]|,\s+[a-zà-öø-ÿ]|,\s*[«\"“]|[ \t]*\n[ \t]*[«\"“„])"
)
#: Given names that are also common words opening a sentence (Will you…, May it…, Grace à…, Вера в…).
_GIVEN_ALSO_WORDS = frozenset(
    {"will", "may", "june", "rose", "grace", "hope", "faith", "mark", "bill", "pat", "sunny", "max",
     "вера", "надежда", "любовь", "роза", "слава", "мир", "лев"}
)  # fmt: skip


def _given_name_openers(
    text: str,
    known: Sequence[Mention],
    holders: Mapping[str, list[tuple[str, frozenset[str]]]],
    not_names: frozenset[str],
) -> list[Mention]:
    """fr/ru: a known given name alone opening a sentence before a lowercase word, which no stage marked
    ("Marie vit ici depuis huit ans : « … »", "Марина живет в селе"): a person the quotes can name, or
    the one linked person whose name holds it. Not an entity (one word alone is never typed), and not
    when the document also writes the word in lowercase."""
    nc = load_name_cues()
    spans = [(m.start, m.end) for m in known]
    found = []
    for opener in _SENTENCE_OPENER.finditer(text):
        word = opener.group(1)
        folded = fold(word)
        if (
            folded not in nc.given
            or folded in _GIVEN_ALSO_WORDS
            or folded in not_names
            or word.lower() in _words_of(text)
            or any(a < opener.end(1) and opener.start(1) < b for a, b in spans)
        ):
            continue
        owners = _owners({folded}, holders)
        canonical = owners[0] if len(owners) == 1 else None
        start, end = opener.span(1)
        found.append(Mention(start, end, "PER", canonical or folded, canonical, word))
    return found


@lru_cache(maxsize=2)
def _words_of(text: str) -> frozenset[str]:
    """The text's words as written: read once per document, and only when a capitalised word gets as far
    as asking whether the text also writes it in lowercase (most Arabic texts never do)."""
    return frozenset(WORD.findall(text))


#: fr/en/ru: one capitalised word (Latin or Cyrillic; a hyphenated one counts: Al-Nur), not glued to a
#: letter, an apostrophe or a hyphen before it (d'Ahmed, al-Nur are read whole or not at all).
_LONE_WORD = re.compile(
    r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]{2,}(?:-[A-ZÀ-ÖØ-ÞА-ЯЁa-zß-öø-ÿа-яё][a-zß-öø-ÿа-яё]+)*(?![\w'’-])"
)
#: What may come right before a lone subject: the start, a line break or the end of a sentence or of a quote.
_LONE_SUBJECT_AFTER = re.compile(r"(?:\A|[\n.!?…:;«»“”\"—–]|[»”\"],)[ \t]*\Z")
#: What may follow a lone name after an inverted verb: the end, a punctuation mark, or a preposition
#: opening the circumstances ("a affirmé Shekau dans une vidéo"); not another word ("said French troops …":
#: what was said, not who said it).
_LONE_AFTER_VERB_END = re.compile(
    r"\s*(?:$|[.,;:!?)(]|—|–|(?:dans|à|au|aux|lors|sur|devant|en|depuis|in|at|on|to|в|во|на|по|при)\s)"
)
#: ru: endings of a word in another case than the nominative (Залесскому, Диопу, Абакаром); a given name
#: in the nominative may end so (Ибрагим), and is let through.
_RU_OBLIQUE_ENDING = re.compile(r"[а-яё](?:ому|ему|ого|его|ым|им|ом|ой|ах|ях|ами|ями|у|ю)$")
#: An acronym (FNDJT, ЦАР): capitals only, which no stage may know.
_LONE_ACRONYM = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,7}(?![\w'’-])")
_ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")
#: An article right before a word (le FNDJT, the RTN, l'ANT).
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:le|la|les|l['’]|the|Le|La|Les|L['’]|The)[ \t]?\Z")
#: Verbs with a plural subject (ont déclaré, заявили, сообщают): one word before them names no one person.
_PLURAL_VERB = re.compile(r"^(?:ont|ont-ils|ont-elles|[а-яё]+(?:ли|ют|ят))$")


def _past_adverbs(tokens: tuple[str, ...], adverbs: frozenset[tuple[str, ...]]) -> tuple[str, ...]:
    """The words after a subject without the adverbs before its verb or inside a French compound one
    ("in turn alleged" -> "alleged", "a également démenti" -> "a démenti")."""
    at = 1 if tokens[:1] == ("a",) else 0  # French: the auxiliary, then the adverb, then the participle
    changed = True
    while changed:
        changed = False
        for n in (3, 2, 1):
            if len(tokens) > at + n and tokens[at : at + n] in adverbs:
                tokens = tokens[:at] + tokens[at + n :]
                changed = True
                break
    return tokens


def lone_speaker_names(
    doc: Document,
    known: Sequence[Mention],
    holders: Mapping[str, list[tuple[str, frozenset[str]]]],
    not_names: frozenset[str] = frozenset(),
) -> list[Mention]:
    """fr/en/ru: a one-word name no stage marked (one word alone is never typed an entity) where it
    is the subject of a speech verb: opening a sentence right before the verb ("Shekau a démenti",
    "Rageh told reporters", "Траоре отметил") or right after an inverted verb ("a affirmé Shekau
    dans une vidéo", "— добавил Траоре"). Each such word is then a person wherever the document
    writes it capitalised and unmarked ("a ajouté Dembélé" later); it takes the identity of the one
    full name written elsewhere that holds it. Not a word the document also writes in lowercase,
    a function word, a role, a plural common noun (Officials, Очевидцы) or a Russian oblique form."""
    text = doc.text
    lone_words, capitals = list(_LONE_WORD.finditer(text)), list(_LONE_ACRONYM.finditer(text))
    if not lone_words and not capitals:
        return []  # no capitalised word (most Arabic texts): the reading below has nothing to start from
    nc = load_name_cues()
    taken = sorted([(e.start, e.end) for e in doc.layer("entities")] + [(m.start, m.end) for m in known])
    taken_starts = [a for a, _ in taken]
    furthest_end = list(accumulate((b for _, b in taken), max))
    titles, heads = entity_cues().titles, entity_cues().org_heads
    full_stop = quote_cues().full_stop  # a period that ends a sentence, not an abbreviation (Brig.)

    def free(start: int, end: int) -> bool:
        before = bisect.bisect_left(
            taken_starts, end
        )  # spans starting before the end; one reaching past start?
        return not (before and furthest_end[before - 1] > start)

    @cache
    def nameable(word: str) -> bool:
        folded = fold(word)
        return not (
            folded in nc.not_names
            or folded in nc.not_lone
            or folded in nc.roles
            or folded in nc.org_words
            or folded in not_names
            or word.lower() in _words_of(text)
            or any(part in nc.roles or part in nc.org_words for part in folded.split("-"))
            or any(folded.endswith(role) for role in nc.roles if len(role) > 4)  # Фельдмаршал: a marshal
            or folded.startswith(nc.ru_body_prefixes)  # Минздрав, Госдеп: a body
            or bool(titles.find(prepare(word)) or heads.find(prepare(word)))  # Président, Ministère
            or no_russian_subject(word)
            or (_RU_OBLIQUE_ENDING.search(folded) is not None and folded not in nc.given)  # Залесскому
        )

    def subject_of_speech(start: int, end: int, article: re.Pattern[str] | None) -> bool:
        opening = start
        if article is not None and (det := article.search(text, max(0, start - 6), start)) is not None:
            opening = det.start()  # "Le FNDJT a affirmé", "a affirmé le FNDJT"
        after = _past_adverbs(alias_tokens(text[end : end + 60]), nc.verb_adverbs)
        verb = next((after[:n] for n in (3, 2, 1) if after[:n] in nc.speech), None)
        if (
            verb is not None
            and text[end : end + 1] == " "
            and not _PLURAL_VERB.match(verb[0])
            and _LONE_SUBJECT_AFTER.search(text, max(0, opening - 3), opening)
        ):
            return True  # "Shekau a démenti", "Траоре отметил"
        before = alias_tokens(text[max(0, opening - 40) : opening])
        return (
            re.match(r"[^\W\d_] \Z", text[max(0, opening - 2) : opening]) is not None  # no mark between
            and any(len(before) >= n and before[-n:] in nc.speech for n in (1, 2, 3))
            and _LONE_AFTER_VERB_END.match(text, end) is not None
            and (text[end : end + 1] != "." or re.search(full_stop, text[start : end + 1]) is not None)
            and text[end : end + 2] not in ("'s", "’s")
        )  # "a affirmé Shekau dans une vidéo", "— добавил Траоре."

    names: set[str] = set()
    for found in lone_words:
        if free(*found.span()) and subject_of_speech(*found.span(), None) and nameable(found.group()):
            names.add(fold(found.group()))
    acronyms: set[str] = set()
    for found in capitals:
        word = found.group()
        if (
            fold(word) not in nc.not_names
            and not _ROMAN_NUMERAL.fullmatch(word)
            and free(*found.span())
            and subject_of_speech(*found.span(), _ARTICLE_BEFORE)
        ):
            acronyms.add(word)  # "a affirmé le FNDJT dans un communiqué": a body no stage knows
    out = [
        Mention(found.start(), found.end(), "ORG", fold(found.group()), None, found.group())
        for found in capitals
        if found.group() in acronyms and free(*found.span())
    ]
    for found in lone_words:
        folded = fold(found.group())
        if folded not in names or not free(*found.span()):
            continue
        previous = re.search(r"([^\W\d_]+)[ \t]+\Z", text[max(0, found.start() - 40) : found.start()])
        if (
            previous is not None
            and previous.group(1)[0].islower()
            and not any(
                alias_tokens(text[max(0, found.start() - 40) : found.start()])[-n:] in nc.speech
                for n in (1, 2, 3)
            )
        ):
            continue  # "l'agence officielle syrienne Sana": the word is part of a longer description
        # a common given name alone is someone's surname, not another's given name ("Mahamat said" is not
        # Mahamat Idriss Déby): only a person whose name ends with it
        given = folded in nc.given
        ending = (
            {m.key for m in known if m.label == "PER" and name_tokens(m.text)[-1:] == (folded,)}
            if given
            else set()
        )
        owners = [o for o in _owners({folded}, holders) if not given or o in ending]
        canonical = owners[0] if len(owners) == 1 else None
        # the one person written in full elsewhere whose name holds the word (Getachew Reda … Getachew)
        full = {
            m.key
            for m in known
            if m.label == "PER"
            and m.via == "explicit"
            and folded in name_tokens(m.text)
            and (not given or m.key in ending)
        }
        key = canonical or (next(iter(full)) if len(full) == 1 else folded)
        out.append(Mention(found.start(), found.end(), "PER", key, canonical, found.group()))
    return out


#: Title classes that say nothing about what a person does.
NOT_ROLES = frozenset({"honorific", "photographer"})
#: Role classes that one person can hold together (a junta's leader is a colonel and a president;
#: a foreign minister is the country's top diplomat): a role phrase of one class can refer back
#: to a person introduced with a title of a class in the same group.
_ROLE_GROUPS = (
    frozenset({"head_of_state", "head_of_government", "leader", "military"}),
    frozenset({"minister", "diplomat"}),  # a minister of a portfolio is not the head of government
    frozenset({"spokesperson", "diplomat"}),
    frozenset({"expert"}),
)


@lru_cache(maxsize=4096)
def phrase_role_class(phrase: str) -> str | None:
    """The role class of a role phrase (the general -> military, وزير الخارجية -> minister), from the
    entity stage's lists of titles and role phrases; None for a generic one (the official, المسؤول)."""
    cues = entity_cues()
    bare = DETERMINER.sub("", phrase)  # "the spokesman": the titles are listed without an article
    for text in (phrase, bare) if bare != phrase else (phrase,):
        prepared = prepare(text)
        for matcher, prefix in ((cues.roles, "role:"), (cues.titles, "title:")):
            for match in matcher.find(prepared):
                if match.token_start <= 1:  # "Nigerien Minister …": after one adjective
                    role_class = match.hits[0].entry_id.removeprefix(prefix).split(":", 1)[0]
                    return None if role_class in NOT_ROLES else role_class
    return None


DETERMINER = re.compile(r"^\s*(?:the|le|la|les|l['’])\s*", re.IGNORECASE)
#: "President of Nigeria", "ministre de la Défense du Mali": the country or body after a title.
_TITLE_COMPLEMENT = re.compile(
    r"\s+(?:of|de|du|des|d['’])\s+(?:the\s+|la\s+|l['’])?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]*)?$"
)


#: How far before a role phrase a turn opener (من جهته، for his part) is looked for in its sentence.
TURN_OPENER_CHARS = 60
#: How far before a name its title is looked for.
TITLE_CHARS = 60


def title_class_ending(window: str) -> str | None:
    """The class of a title that ends ``window`` (the words right before a name), if one does."""
    classes = title_classes_ending(window)
    return classes[0] if classes else None


#: Title classes a name may carry on top of an office: "وزير الخارجية الدكتور X" is a minister.
_STACKED_TITLE_CLASSES = frozenset({"honorific", "expert", "spokesperson"})
#: Words between an office and such a title that complete the office (والتعاون الدولي بالخارج).
_OFFICE_COMPLEMENT = re.compile(r"(?:\s*(?:و|ب|لل|وال|بال|ال)[\u0621-\u064A]+){0,5}\s*$")


#: Russian genitive words that complete an office (министр иностранных дел, глава минобороны), also a
#: body's acronym and one capitalised word, its country (официальный представитель МИД России, представитель
#: России при ООН); two capitalised words are somebody's name ("представитель министерства Мария X и").
_RU_OFFICE_COMPLEMENT = re.compile(
    r"(?=\s+\S)(?:\s+(?:[а-яё]+|[А-ЯЁ]{2,})){0,3}(?:\s+[А-ЯЁ][а-яё]+)?(?:\s+(?:[а-яё]+|[А-ЯЁ]{2,})){0,2}\s*"
)


def ru_genitive_title(word: str) -> bool:
    """ru: a one-word title in the genitive (президента, министра, секретаря): whose aide or spokesman
    the name after it is ("пресс-секретарь президента Дмитрий X"), not the name's own title."""
    word = word.strip()
    if not re.fullmatch(r"[а-яё-]+[ая]", word, re.IGNORECASE) or phrase_role_class(word) is None:
        return False
    stem = word[:-1]
    return any(phrase_role_class(base) is not None for base in (stem, stem + "ь", stem[:-1] + "о" + stem[-1]))


def owner_title(before_name: str, holder_nouns: re.Pattern[str] | None = None) -> bool:
    """ru: the words before a name end with a title in the genitive (and maybe a country) that follows a
    title or a noun of service in the nominative ("пресс-секретарь президента России", "помощник
    министра"): the genitive title is whose spokesman or aide the name is, not the name's own."""
    found = re.search(
        r"([^\W\d_][\w-]*)\s+([а-яё-]+[ая])(?:\s+[А-ЯЁ][а-яё]+)?\s*$", before_name, re.IGNORECASE
    )
    if found is None or not ru_genitive_title(found.group(2)):
        return False
    head = fold(found.group(1))
    if holder_nouns is not None and holder_nouns.fullmatch(head):
        return True
    return phrase_role_class(head) is not None and not ru_genitive_title(head)


def title_classes_ending(window: str, holder_nouns: re.Pattern[str] | None = None) -> list[str]:
    """The classes of the title that ends ``window`` (the words right before a name) and, in Arabic,
    of the titles stacked before it with only their complements between (وزير الخارجية والتعاون
    الدولي الدكتور X; وزير الاتصال الناطق الرسمي باسم الحكومة X). A title is stacked onto the next one
    only when one of the two is honorific, academic or a spokesperson's, never two offices (استقبل
    وزير الخارجية الرئيس X: the minister receives the president). ru: a genitive title after a title or
    a noun of service (``holder_nouns``) is another's: the one before it is taken (пресс-секретарь президента)."""
    stripped = _TITLE_COMPLEMENT.sub("", window.rstrip())
    if re.search(r"[а-яё]", stripped[-30:]):
        stripped = re.sub(r"\s+[А-ЯЁ][а-яё]+$", "", stripped)  # "министр иностранных дел Мали": the country
    if not stripped:
        return []
    matches = sorted(entity_cues().titles.find(prepare(stripped)), key=lambda m: (m.end, m.start))
    arabic = ARABIC.search(stripped) is not None
    boundary, following, classes = len(stripped), None, []
    for match in reversed(matches):
        if match.end > boundary:
            continue  # a title inside the one already taken
        if not (
            match.end == boundary
            or (arabic and _OFFICE_COMPLEMENT.fullmatch(stripped, match.end, boundary))
            or _RU_OFFICE_COMPLEMENT.fullmatch(stripped, match.end, boundary)  # министр иностранных дел
        ):
            break  # other words between: this title is not the person's
        title_class = match.hits[0].entry_id.split(":", 2)[1]
        if not arabic and owner_title(stripped[: match.end], holder_nouns):
            # "пресс-секретарь президента": the title before the genitive one is the person's
            boundary = match.start
            continue
        if following is not None and not ({title_class, following} & _STACKED_TITLE_CLASSES):
            break
        if title_class not in NOT_ROLES and title_class not in classes:
            classes.append(title_class)
        boundary, following = match.start, title_class
        if not arabic:
            break
    return classes


def roles_agree(phrase_class: str | None, person_classes: set[str], *, evidence: bool) -> bool:
    """A role phrase can name the person: no class on the phrase, or a class of the same group as one
    of the person's titles. With ``evidence`` a specific phrase needs a title; without, only a
    title of another group rules the person out."""
    if phrase_class is None:
        return True
    if not person_classes:
        return not evidence
    return any(phrase_class in group and group & person_classes for group in _ROLE_GROUPS)


def _owners(tokens: set[str], holders: Mapping[str, list[tuple[str, frozenset[str]]]]) -> list[str]:
    """The linked people one of whose name forms holds all of ``tokens``."""
    if not tokens or not all(tokens):
        return []
    some = next(iter(tokens))
    return list(dict.fromkeys(owner for owner, words in holders.get(some, ()) if tokens <= words))


#: ru: surname endings that only an oblique case has (Зеленского, Лаврову, Песковым, Захаровой); the
#: genitive in -ова/-ина is left out, being also a woman's nominative (Захарова).
_RU_OBLIQUE_SURNAME = re.compile(
    r"[а-яё]{2,}(?:ского|цкого|ской|цкой|ову|еву|ёву|ину|ыну|овым|евым|ёвым|иным|ыным|овой|евой|иной)"
)


def no_russian_subject(surface: str) -> bool:
    """ru: capitalised words that cannot be a subject's name: a name in an oblique case (Вадиму Ступину),
    or a capitalised noun opening the sentence before one ("Слова Вадима Ступина": the words of X)."""
    words = surface.split()
    if not words or not "\u0400" <= words[0][:1] <= "\u04ff":
        return False
    if oblique_russian_name(surface):
        return True
    cues = load_name_cues()
    return any(ru_oblique_given_name(fold(w), cues) is not None for w in words[1:])


def oblique_russian_name(name: str) -> bool:
    """ru: a name whose given name is written in another case than the nominative (Ивана, Анне), or
    whose surname has an ending only an oblique case has (Зеленского, Лаврову)."""
    words = name.split()
    if not words or not "\u0400" <= words[0][:1] <= "\u04ff":
        return False
    given = fold(words[0])
    cues = load_name_cues()
    if ru_given_name(given, cues) is not None:
        return ru_oblique_given_name(given, cues) is not None  # Олега, Марии; not Исса, Абдулай
    return _RU_OBLIQUE_SURNAME.fullmatch(fold(words[-1])) is not None


def _two_russian_names(doc: Document, ent: Annotation) -> list[Annotation]:
    """ru: two people written side by side in different cases that a stage took for one name
    ("рассказал Анне Смирновой Иван Петров": the addressee, then the speaker): two mentions, each
    with its own given name (no canonical: the stage's is the two run together)."""
    words = list(WORD.finditer(ent.text))
    if ent.label != "PER" or len(words) != 4 or not all("\u0400" <= w.group()[:1] <= "\u04ff" for w in words):
        return [ent]
    cues = load_name_cues()
    if (
        ru_given_name(fold(words[0].group()), cues) is None
        or ru_given_name(fold(words[2].group()), cues) is None
    ):
        return [ent]
    cut = ent.start + words[1].end()
    attrs = {k: v for k, v in ent.attrs.items() if k not in ("canonical", "kb_id")}
    return [
        doc.annotation(ent.layer, ent.start, cut, ent.label, attrs=dict(attrs), stage=ent.stage),
        doc.annotation(
            ent.layer, ent.start + words[2].start(), ent.end, ent.label, attrs=dict(attrs), stage=ent.stage
        ),
    ]


def _without_trailing_addressee(
    doc: Document, ent: Annotation, person_word_count: Counter[str]
) -> Annotation:
    """A model's name span that ends with ل + another person's name (السيسي لكيري: told to Kerry), without
    that word."""
    words = list(WORD.finditer(ent.text))
    last = fold_word(words[-1].group()) if words else ""
    own = set(name_tokens(ent.text))
    if len(words) < 2 or last[:1] != "ل" or person_word_count[last[1:]] - (last[1:] in own) < 1:
        return ent
    end = ent.start + words[-2].end()
    return doc.annotation(ent.layer, ent.start, end, ent.label, attrs=dict(ent.attrs), stage=ent.stage)


#: Arabic: a preposition and the article glued to a word (بالظفير، للوكهيد): the complement of a title.
_GLUED_COMPLEMENT = re.compile(r"(?:بال|لل)[\u0621-\u064a]{2,}")


def _without_leading_complement(doc: Document, ent: Annotation, _counts: Counter[str]) -> Annotation:
    """A model's name span of three words or more that opens with a title's complement glued to ب/ل and the
    article ("رئيس لجنة التنمية بالظفير X Y", "المدير التنفيذي للوكهيد X Y"), without that word."""
    words = list(WORD.finditer(ent.text))
    if len(words) < 3 or not _GLUED_COMPLEMENT.fullmatch(words[0].group()):
        return ent
    start = ent.start + words[1].start()
    return doc.annotation(ent.layer, start, ent.end, ent.label, attrs=dict(ent.attrs), stage=ent.stage)


@lru_cache(maxsize=1)
def _religious_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_cues("quotes")["name_shape"]
    return (
        frozenset(fold(w) for w in data["religious_titles"]),
        frozenset(fold(w) for w in data["rite_words"]),
    )


def religious_title_words(words: Sequence[str]) -> int:
    """How many of the folded ``words`` open with a religious title and the rite after it (البطريرك الماروني
    مار، بطريرك الروم الأرثوذكس): the words before its holder's name; 0 when they open with none."""
    titles, rites = _religious_words()
    if not words or words[0] not in titles:
        return 0
    n = 1
    while n < len(words) and (
        words[n] in titles
        or words[n] in rites
        or (words[n].startswith("ال") and words[n].endswith(("ي", "يه")))  # الماروني، القبطي
    ):
        n += 1
    return n


def _without_religious_title(doc: Document, ent: Annotation, _counts: Counter[str]) -> Annotation:
    """A model's person span that opens with a religious title (البطريرك، المطران), without it: a span that is
    the title alone ("البطريرك الماروني") is left empty, no speaker; its holder is read after it."""
    words = list(WORD.finditer(ent.text))
    n = religious_title_words([fold(w.group()) for w in words])
    if n == 0:
        return ent
    start = ent.start + words[n].start() if n < len(words) else ent.end
    return doc.annotation(ent.layer, start, ent.end, ent.label, attrs=dict(ent.attrs), stage=ent.stage)


def _name_after_speech_verb(doc: Document, ent: Annotation, verb: re.Pattern[str]) -> bool:
    """A model's person span of two words or more right after a speech verb, holding a word written like a
    verb before its last word ("وقال راي بابار،"، "وقال البريغادير جنرال روي الكابيتس"): no clause, as two
    verbs do not follow each other there; the word is a name (Ray, Roy), not رأى or روى."""
    words = [fold_word(w) for w in WORD.findall(ent.text)]
    before = WORD.findall(doc.text[max(0, ent.start - 20) : ent.start])
    return (
        len(words) >= 2
        and bool(before)
        and not re.search(r"[^\w\s]", doc.text[ent.start - 3 : ent.start])  # nothing between verb and name
        and verb.fullmatch(fold_word(before[-1])) is not None
        and verb.fullmatch(words[-1]) is None
    )


def _without_trailing_verb(doc: Document, ent: Annotation, verb: re.Pattern[str]) -> Annotation:
    """A model's name span that ends with a speech verb (سلمان بقوله), without the verb."""
    words = list(WORD.finditer(ent.text))
    if len(words) < 2 or not verb.fullmatch(fold_word(words[-1].group())):
        return ent
    end = ent.start + words[-2].end()
    return doc.annotation(ent.layer, ent.start, end, ent.label, attrs=dict(ent.attrs), stage=ent.stage)


def _surname_mentions(
    text: str, linked: Mapping[str, set[tuple[str, ...]]], known: Sequence[Mention]
) -> list[Mention]:
    """Occurrences of a linked person's surname that no entity covers (after the full name)."""
    owners: dict[str, set[str]] = {}
    for canonical, forms in linked.items():
        for form in forms:
            if len(form) >= 2 and len(form[-1]) >= 4:
                owners.setdefault(form[-1], set()).add(canonical)
    if not owners:
        return []
    norm = normalized(text)
    first_seen = dict.fromkeys(linked, 0)
    seen: set[str] = set()
    for m in sorted(known, key=lambda m: m.start):
        if m.canonical in first_seen and m.canonical not in seen:
            first_seen[m.canonical] = m.start
            seen.add(m.canonical)
    # overlap with a known mention by bisection: the furthest end among mentions starting before a point
    by_start = sorted((m.start, m.end) for m in known)
    known_starts = [s for s, _ in by_start]
    furthest_end = list(accumulate((e for _, e in by_start), max))
    found = []
    for word_start, stem_start, stem_end, stem in _surname_tokens(norm.text, owners):
        if len(owners[stem]) != 1:
            continue
        (canonical,) = owners[stem]
        span = norm.to_original(stem_start, stem_end)
        before = bisect.bisect_left(known_starts, span.end)
        if span.start <= first_seen[canonical] or (before and furthest_end[before - 1] > span.start):
            continue
        mention = Mention(
            span.start, span.end, "PER", canonical, canonical, text[span.start : span.end], "surname"
        )
        found.append((word_start, mention))
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]  # in text order


#: Above this many surname-characters of text, surnames are found by one pass over the words.
SURNAME_FIND_BUDGET = 2_000_000


def _surname_tokens(folded: str, surnames: Mapping[str, Any]) -> list[tuple[int, int, int, str]]:
    """Words (``[^\\W_]+`` runs) of ``folded`` that are a surname, or و ف ب ل + a surname that is
    not itself one: ``(word start, surname start, surname end, surname)``.

    Found with ``str.find`` per surname rather than by visiting every word of the article.
    """
    out = []
    size = len(folded)
    if len(surnames) * size > SURNAME_FIND_BUDGET:
        # many surnames over a long text: one pass over its words beats a scan of the text per surname
        for word in WORD.finditer(folded):
            w = word.group()
            if w in surnames:
                out.append((word.start(), word.start(), word.end(), w))
            elif w[0] in "وفبل" and w[1:] in surnames:
                out.append((word.start(), word.start() + 1, word.end(), w[1:]))
        return out
    for stem in surnames:
        at = folded.find(stem)
        while at != -1:
            end = at + len(stem)
            if end == size or not folded[end].isalnum():  # [^\W_] is exactly what isalnum() accepts
                if at == 0 or not folded[at - 1].isalnum():
                    out.append((at, at, end, stem))
                elif (
                    folded[at - 1] in "وفبل"
                    and (at == 1 or not folded[at - 2].isalnum())
                    and folded[at - 1 : end] not in surnames  # a surname in its own right is found as one
                ):
                    out.append((at - 1, at, end, stem))
            at = folded.find(stem, at + 1)
    return out


def fullest_surfaces(mentions: Sequence[Mention]) -> dict[str, str]:
    """Each entity's fullest surface form in the document (most words, then longest)."""
    fullest: dict[str, str] = {}
    for m in mentions:
        if m.via == "role":
            continue  # رئيس الدولة is how the text refers to them, not their name
        known = fullest.get(m.key)
        if known is None or (len(m.text.split()), len(m.text)) > (len(known.split()), len(known)):
            fullest[m.key] = m.text
    for m in mentions:
        fullest.setdefault(m.key, m.text)
    return fullest


#: Folding one word, cached: the same few hundred words come back in every article.
fold_word = lru_cache(maxsize=65536)(fold)
