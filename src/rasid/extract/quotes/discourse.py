"""The speaker chain over the discourse: who spoke last, and whether a pronoun or implicit
subject may refer back to them (nobody new came in since, the gender agrees, not too far back)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rasid.extract.cues import fold, folded_words, load_cues, normalized
from rasid.extract.entities import load_cues as entity_cues
from rasid.extract.matcher import prepare
from rasid.extract.names import FRENCH_ADJECTIVE, RU_GENITIVE
from rasid.extract.quotes.cues import ARABIC, WORD, QuoteCues, cue_words, without_article
from rasid.extract.quotes.mentions import (
    DETERMINER,
    NOT_ROLES,
    TITLE_CHARS,
    Mention,
    collect_mentions,
    fold_word,
    fullest_surfaces,
    no_russian_subject,
    oblique_russian_name,
    phrase_role_class,
    title_classes_ending,
)
from rasid.extract.quotes.name_shape import VIA as NAME_SHAPE
from rasid.extract.quotes.name_shape import name_shaped_speakers
from rasid.kb import KnowledgeBase
from rasid.model import Document
from rasid.text.normalize import NormalizedText
from rasid.text.segment import arabic_title_dot

#: How far back a role phrase or a continuation looks for the person it refers to.
LOOKBACK_CHARS = 700


# --- attribution --------------------------------------------------------------------------------
@dataclass
class Speaker:
    mention: Mention | None
    start: int
    end: int
    via: str
    cue: str | None
    #: without a mention: ``person`` (a role not resolved), ``organization`` or ``anonymous``
    kind: str = "person"
    #: an organisation named by words no entity covers (منظمة الشفافية الدولية, the ministry)
    name: str | None = None
    #: grammatical gender of the verb or pronoun that introduced the speaker, "m"/"f"
    gender: str | None = None


@dataclass(frozen=True)
class SpeechEvent:
    """Someone said something here: a speech verb with its subject, or a quote with its speaker.
    ``speaker`` None: a subject is written that names nobody known (a later "he said" stays open)."""

    start: int
    end: int
    speaker: Speaker | None


@lru_cache(maxsize=16)
def _split_anchors(first_words: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Cue first words that are one word each, and the others (a-t-il: always tried)."""
    plain = [w for w in first_words if WORD.fullmatch(w)]
    return plain, [w for w in first_words if not WORD.fullmatch(w)]


class Discourse:
    def __init__(
        self, doc: Document, cues: QuoteCues, text: str | None = None, kb: KnowledgeBase | None = None
    ) -> None:
        self.doc = doc
        #: the knowledge base the entities layer linked names to: a known person's office (Tiani, head of
        #: state) tells which role phrases can refer back to them when the text gives no title
        self.kb = kb
        #: the text the quotes are read in: the document's, or the same with soft line breaks as
        #: spaces (:func:`~rasid.extract.quotes.marks.unwrap_lines`), offsets unchanged
        self.text = doc.text if text is None else text
        self.cues = cues
        self.norm: NormalizedText = normalized(self.text)
        self.mentions = collect_mentions(
            doc,
            cues.verb,
            cues.not_names,
            cues.organization_ar,
            cues.relative_heads,
            cues.ru_relative,
            unnamed_heads=cues.anonymous_ar,
        )
        taken = [(e.start, e.end) for e in doc.layer("entities")] + [(m.start, m.end) for m in self.mentions]
        self.mentions = sorted(
            [*self.mentions, *name_shaped_speakers(self.text, self.mentions, taken)],
            key=lambda m: (m.start, -m.end),
        )
        self.starts = [m.start for m in self.mentions]
        self.mention_starts = frozenset(self.starts)
        self.fullest = fullest_surfaces(self.mentions)
        self._person_classes: dict[str, set[str]] = {}
        self._by_key: dict[str, list[Mention]] | None = None
        #: the discourse chain of speakers, in text order (see :func:`speech_events`)
        self.events: list[SpeechEvent] = []
        self.event_starts: list[int] = []
        self._words: frozenset[str] | None = None

    def anchors(self, first_words: Sequence[str]) -> list[str]:
        """The cue first words that occur in this text as a word or with و/ف before them: the rest
        cannot start a match, and looking each of them up in the whole text costs more than this."""
        if self._words is None:
            words = folded_words(self.text)
            # each word also without the و/ف before it: one look-up per cue word instead of three
            self._words = words | {w[1:] for w in words if w[:1] in ("و", "ف")}
        present = self._words
        plain, other = _split_anchors(tuple(first_words))
        return [w for w in plain if w in present] + other

    def person_nationalities(self, key: str) -> set[str]:
        """Arabic nationality stems written right before a person's first mentions (وزير الخارجية
        الأمريكي X -> أمريك), to tell one country's minister from another's."""
        self.person_classes(key)  # builds the index of mentions by person
        found: set[str] = set()
        for m in (self._by_key or {}).get(key, ())[:3]:
            words = WORD.findall(self.text[max(0, m.start - TITLE_CHARS) : m.start])
            stem = nationality_stem(words[-1]) if words else None
            if stem is not None:
                found.add(stem)
        return found

    def kb_office(self, m: Mention) -> str | None:
        """The title class of the office the knowledge base records for the person ``m`` is linked to."""
        entry = self.kb.get(m.kb_id) if self.kb is not None and m.kb_id else None
        office = entry.attrs.get("role_class") if entry is not None else None
        return str(office) if office and office not in NOT_ROLES else None

    def person_classes(self, key: str) -> set[str]:
        """A person's title classes: from the entity stage, or the title written right before one of
        their first mentions ("General Oumar Diarra" -> military). Computed for the few people a role
        phrase may refer to, not for everyone."""
        known = self._person_classes.get(key)
        if known is not None:
            return known
        if self._by_key is None:  # built once, on the first question (most articles never ask)
            self._by_key = {}
            for m in self.mentions:
                if m.via in ("explicit", NAME_SHAPE):  # a name no stage tagged carries its title too
                    self._by_key.setdefault(m.key, []).append(m)
        classes: set[str] = set()
        for m in self._by_key.get(key, ())[:3]:  # the first few mentions carry the titles
            if m.role_class is not None:
                classes.add(m.role_class)
            office = self.kb_office(m)
            if office is not None:
                classes.add(office)
            # the title right before the name, and a title set off by commas before or after it:
            # "le ministre de la Sécurité, le général X", "X, le ministre de la Défense,"
            window = self.text[max(0, m.start - 2 * TITLE_CHARS) : m.start]
            before = re.split(r"[.;:!?؟؛\n«»\"“”()]", window)[-1]
            *earlier, right_before = re.split(r"[,،]", before)
            after = re.match(r"\s*[,،]([^.,;:!?؟،؛\n«»\"“”()]{1,80})", self.text[m.end : m.end + 90])
            if after and self.cues.verb.search(fold(after.group(1))):
                after = None  # "Interrogé sur X, le porte-parole a déclaré": a new subject, no apposition
            segment_end = m.start - len(right_before) - 1
            classes.update(title_classes_ending(right_before, self.cues.ru_relative))
            for titled in (
                self._title_in_segment(segment_end - len(earlier[-1]), segment_end) if earlier else None,
                phrase_role_class(after.group(1)) if after else None,
            ):
                if titled is not None:
                    classes.add(titled)
        self._person_classes[key] = classes
        return classes

    def _title_in_segment(self, start: int, end: int) -> str | None:
        """The class of the last title in ``text[start:end]`` when no name comes after it there (the
        title of a name in apposition after the comma: "le ministre de la Sécurité, le général X")."""
        found = None
        for match in entity_cues().titles.find(prepare(self.text[start:end])):
            found = match
        if found is None or any(x.label == "PER" for x in self.mentions_in(start + found.end, end)):
            return None
        role_class = found.hits[0].entry_id.split(":", 2)[1]
        return None if role_class in NOT_ROLES else role_class

    def add_event(self, event: SpeechEvent) -> None:
        if event.speaker is not None and event.speaker.kind == "religious":
            # scripture quoted in a sermon: a later "وأضاف" is the preacher's, not the one quoted
            event = replace(event, speaker=None)
        at = bisect.bisect_right(self.event_starts, event.start)
        self.event_starts.insert(at, event.start)
        self.events.insert(at, event)

    def event_before(self, pos: int) -> SpeechEvent | None:
        at = bisect.bisect_left(self.event_starts, pos)
        return self.events[at - 1] if at else None

    def folded_range(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.norm.starts, start), bisect.bisect_left(self.norm.starts, end)

    def orig(self, fs: int, fe: int) -> tuple[int, int]:
        span = self.norm.to_original(fs, fe)
        return span.start, span.end

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def word_before(self, pos: int) -> str:
        words = WORD.findall(self.text[max(0, pos - 30) : pos])
        return fold(words[-1]) if words else ""

    def clitic_preposition(self, m: Mention) -> bool:
        """The mention is glued to a preposition (لوزير, بالرئيس) or starts with one."""
        k = m.start
        while k > 0 and self.text[k - 1].isalpha():
            k -= 1
        prefix = self.text[k : m.start]
        return any(c in prefix for c in "بلك") or fold(m.text)[:3] in ("لل", "بال", "لال", "كال")

    def in_topic_phrase(self, m: Mention) -> bool:
        """Arabic: the mention is inside a phrase that opens its sentence with what it is about (وحول
        تجديد عقد المدرب X؛ قال، وعن رئيس النادي X قال): the topic, not the subject of the verb after."""
        if ARABIC.match(m.text) is None:
            return False
        s = start_of_sentence(self.text, m.start, max(0, m.start - LOOKBACK_CHARS))
        first = WORD.search(self.text, s, m.start)
        if first is None:
            return False
        word = fold(first.group())
        if word in ("في", "وفي"):  # وفي رده على تصريحات X، قال: an answer to X
            second = WORD.search(self.text, first.end(), m.start)
            if second is None or fold(second.group()) not in _REPLY_NOUNS:
                return False
            first = second
        elif word not in _TOPIC_OPENERS and not (word[:1] in "وف" and word[1:] in _TOPIC_OPENERS):
            return False
        between = self.text[first.end() : m.start]
        # the phrase ended before the name (وحول الأزمة، قال الوزير X), or a verb came (وعن ذلك قال X)
        return re.search(r"[،,؛;:.]", between) is None and self.cues.verb.search(fold(between)) is None

    def is_subject_position(self, m: Mention, floor: int = 0) -> bool:
        """Not the object of a preposition: "لقاء مع وزير الدفاع بيلاوسوف" names no speaker, nor does
        "a collaborator of X" (de/of right before the name). Words before ``floor`` are not looked at
        (whom it was told to: "a déclaré à la presse l'officier")."""
        if self.clitic_preposition(m) or self.in_topic_phrase(m):
            return False
        before = self.text[max(0, floor, m.start - 40) : m.start]
        before = re.sub(r"[\"«“]\s*$", "", before)  # a name in quotation marks: 'عبر موقع "تويتر"'
        before = re.split(r"[،,.:;؛\n\"«»“”]", before)[-1]  # stay inside the phrase
        # "من جانبه أبدى اللاعب X": a turn opener's preposition governs its pronoun, not the name
        words = [fold(w) for w in WORD.findall(self.cues.turn_openers.sub(" ", fold(before)))][-4:]
        if words and words[-1] in _OF:
            return False
        if ARABIC.match(m.text) and any(_glued_preposition(w) for w in words):
            return False  # "لحقت بمهاجم الفريق X", "لمدير الشرطة X": the preposition's object
        if words and DETERMINER.match(m.text) and words[-1] not in self.cues.non_subject:
            return True  # "à la presse l'officier": the preposition's noun phrase ended before this one
        return not any(
            (
                w in self.cues.non_subject
                and not (k and re.sub(r"^[وف](?=ال)", "", words[k - 1]) in _TITLE_TAKES_PREPOSITION)
            )
            # عبر "via" an account or a site (عبر حسابه في موقع X), not the verb عبّر (وعبر الوزير X عن)
            or (
                w in ("عبر", "وعبر")
                and k + 1 < len(words)
                and without_article(words[k + 1]).startswith(_CHANNELS)
            )
            for k, w in enumerate(words)
        )


def _glued_preposition(word: str) -> bool:
    """Arabic (folded): a noun glued to the preposition ب or ل that heads a title before a name:
    a role noun (لرئيس, بوزير, للرئيس, بالوزير) or a noun in م (بمهاجم, لمدرب, بمشاركة) that is no place or body
    (بمنطقة الرياض, بمجلس الشورى: part of a title, "المتحدث باسم الهلال الأحمر بمنطقة الرياض X")."""
    if len(word) < 4 or word[0] not in "بل":
        return False
    rest = "ال" + word[2:] if word.startswith("لل") else word[1:]
    if rest.startswith("ال"):  # للرئيس، بالوزير: the preposition glued to a definite title
        return rest in _arabic_role_nouns()
    return rest in _arabic_construct_roles() or (
        rest[0] == "م" and len(rest) >= 4 and rest not in _place_and_body_heads()
    )


@lru_cache(maxsize=1)
def _place_and_body_heads() -> frozenset[str]:
    """Arabic heads of place and organisation names without the article (منطقة, مجلس), folded."""
    cues = entity_cues()
    return cues.title_place_heads | cues.body_heads


#: Arabic words for where something was posted (حسابه, موقع, صفحته, قناة, منصة), folded, as they start.
_CHANNELS = ("حساب", "موقع", "صفح", "قنا", "منص")


#: Arabic title words whose complement opens with a preposition (المشرف العام على فريق X, القائم على, المسؤول
#: عن): that preposition belongs to the title, so the name after it is still the title holder, a subject.
_TITLE_TAKES_PREPOSITION = frozenset(
    fold(w)
    for w in (
        *("المشرف", "المشرفة", "العام", "العامة", "القائم", "القائمة", "المسؤول", "المسؤولة"),
        # the spokesman "in the name of" a body: "المتحدثة باسم الحكومة X" is a subject
        *("المتحدث", "المتحدثة", "متحدث", "متحدثة", "الناطق", "الناطقة", "ناطق", "ناطقة"),
    )
)


#: Arabic words that open a sentence with its topic (حول, بشأن, عن …: "as for", "about"), folded.
_TOPIC_OPENERS = frozenset(fold(w) for w in ("حول", "بشأن", "بخصوص", "عن", "تعليقا", "ردا"))


#: After في: a reply or comment on what follows (وفي رده على X، وفي تعليقه على X), folded.
_REPLY_NOUNS = frozenset(fold(w) for w in ("رده", "ردها", "ردهم", "تعليقه", "تعليقها", "معرض"))


#: "de"/"of" right before a name: it completes a noun ("un proche collaborateur de X"), it is not a subject.
_OF = frozenset({"de", "d", "du", "des", "of"})


def _glued_end(text: str, j: int) -> bool:
    """ "المتمردين.وكان": a full stop between two Arabic words with no space still ends a sentence;
    not between letters of a dotted abbreviation (إيه.بي.سي, at most three letters on each side)."""
    if not (j > 0 and ARABIC.match(text[j - 1]) is not None and ARABIC.match(text[j + 1]) is not None):
        return False
    before = _ARABIC_RUN_END.search(text, max(0, j - 4), j)
    after = _ARABIC_RUN_START.match(text, j + 1, j + 5)
    return not (before is not None and after is not None)


#: Up to three Arabic letters before a dot, and after it: the pieces of a dotted abbreviation.
_ARABIC_RUN_END = re.compile(r"(?<![\u0621-\u064a])[\u0621-\u064a]{1,3}$")
_ARABIC_RUN_START = re.compile(r"[\u0621-\u064a]{1,3}(?![\u0621-\u064a])")


def start_of_sentence(text: str, pos: int, floor: int) -> int:
    """Start of the sentence holding ``pos`` (ignoring terminators inside quotations): just after
    the last line break, or terminator followed by a space, in ``text[floor:pos]``; else ``floor``.

    Found with ``str.rfind`` per mark (a backward loop per character was a hot spot of quotes).
    """
    if pos <= floor:
        return pos
    last = text.rfind("\n", floor, pos)
    for mark in ".!?؟":
        j = text.rfind(mark, max(floor, last + 1), pos)
        while j != -1 and (
            (j + 1 < len(text) and not text[j + 1].isspace() and not _glued_end(text, j))
            or (mark == "." and arabic_title_dot(text, j))
        ):
            j = text.rfind(mark, max(floor, last + 1), j)
        last = max(last, j)
    return last + 1 if last != -1 else floor


def is_role_word(ctx: Discourse, word: str) -> bool:
    """One capitalised word that is a role noun (President, Minister, Президент), not part of a name."""
    folded = fold(word)
    return folded in ctx.cues.role_words or any(part in ctx.cues.role_words for part in folded.split("-"))


def nationality_stem(word: str) -> str | None:
    """الفرنسي / فرنسا -> فرنس, العراقي / العراق -> عراق: the stem a nisba adjective shares with its
    country's name; None for a word that is neither (a masculine nisba or a capitalised-free noun)."""
    folded = fold(word)
    if not ARABIC.match(folded):
        return None
    if folded.startswith("ال") and folded.endswith("ي") and len(folded) > 4:
        return folded[2:-1]  # الفرنسي, الأمريكي (the feminine -ية is too often an office: الخارجية)
    return None


#: Words that open what was said (its subject is not the speaker).
COMPLEMENTIZER = re.compile(
    r"(?<![^\W_])(?:(?:[إأا]ن|[إأا]نه|[إأا]نها|[إأا]نهم|[إأا]ننا|ب[أا]ن|ب[أا]نه|ب[أا]نها|ب[أا]نهم|that|que|что)"
    r"(?![^\W_])|qu')"
)
#: How many words may stand between a speech verb and its subject's name (أكد قائد سلاح الجو في البلاد- ديارا).
SUBJECT_AFTER_VERB_WORDS = 8


#: Feminine forms that do not end in ت (present tense, participles with ة folded to ه).
_FEMININE_FORMS = frozenset(
    fold(w)
    for w in ("تقول", "تضيف", "تتابع", "تؤكد", "قالته", "بقولها", "قائلة", "مضيفة", "موضحة", "مشيرة", "مؤكدة",
              "معتبرة", "لافتة", "متابعة", "مشددة", "مبينة", "منوهة", "محذرة", "مستدركة")
)  # fmt: skip


def _gender(cue: str | None) -> str | None:
    """Grammatical gender an Arabic speech verb agrees with (قالت/مضيفة/تقول: f; قال/مضيفاً/يقول: m)."""
    if not cue or not ARABIC.match(cue):
        return None
    word = re.sub(r"^[وف]", "", fold_word(cue))
    if (word.endswith("ت") and word not in _masculine_ending_in_ta()) or word in _FEMININE_FORMS:
        return "f"
    return "m"


@lru_cache(maxsize=1)
def _masculine_ending_in_ta() -> frozenset[str]:
    """Arabic speech verbs whose root ends in ت (لفت, feminine لفتت): masculine, though they end like قالت."""
    verbs = {fold_word(v) for v in load_cues("quotes")["speech_verbs"]["ar"]}
    return frozenset(v for v in verbs if v.endswith("ت") and v + "ت" in verbs)


def gender_of(cue: str | None, pronoun: str | None = None) -> str | None:
    """Grammatical gender of a speech verb or of the pronoun written with it (قالت, a-t-elle, сказала, she)."""
    if pronoun:
        # an Arabic honorific or person noun (سموه, المرأة) agrees with its verb: وأضافت المرأة is a woman
        return PRONOUN_GENDER.get(fold(pronoun)) or (_gender(cue) if ARABIC.match(pronoun) else None)
    arabic = _gender(cue)
    if arabic or not cue:
        return arabic
    folded = fold(cue)
    if folded.endswith("-elle") or "-t-elle" in folded:
        return "f"
    if folded.endswith("-il") or "-t-il" in folded:
        return "m"
    last = folded.split()[-1] if folded.split() else ""
    if re.fullmatch(r"[а-я]+ла", last):
        return "f"
    if re.fullmatch(r"[а-я]+л", last):
        return "m"
    return None


PRONOUN_GENDER = {"il": "m", "he": "m", "он": "m", "elle": "f", "she": "f", "она": "f"}
#: Pronouns that only a person can be (il, он, они may stand for a ministry or an army).
_PERSONAL_PRONOUNS = frozenset({"he", "she"})
#: "цитирует его/её X": the object pronoun of a quoting verb names who spoke.
QUOTED_PRONOUN = re.compile(r"\W*(его|ее|её|их)(?![^\W_])")
OBJECT_GENDER = {"его": "m", "ее": "f", "её": "f"}
#: Relative pronouns: the subject of their clause is what they follow ("un communiqué qui rapporte").
RELATIVE_PRONOUNS = frozenset({"qui", "who", "which", "который", "которая", "которые"})
#: Pronouns that only an organisation, a statement or a channel can be.
_IMPERSONAL_PRONOUNS = frozenset({"it"})
#: A pronoun inside an inverted French cue: "a-t-il ajouté", "ajoute-t-elle".
INVERTED_PRONOUN = re.compile(r"-(?:t-)?(?:il|elle)(?![^\W_])")


def last_part(match: re.Match[str] | None) -> str:
    """The last hyphen-joined word of an inverted pronoun (a-t-il -> il)."""
    return match.group().split("-")[-1] if match is not None else ""


def from_chain(
    ctx: Discourse, pos: int, via: str, gender: str | None, pronoun: str | None = None
) -> Speaker | None:
    """No subject named ("وأضاف:", "he said", "a-t-il souligné", "сказал он"): whoever spoke last in the
    discourse chain before ``pos``, unless a subject was written there that names nobody known, another
    person came in as a subject since, the gender of the verb or pronoun disagrees, or it is too far back."""
    event = ctx.event_before(pos)
    # he, she; and the Arabic honorifics (سموه, معاليه), which only a person can be
    personal = pronoun is not None and (
        fold(pronoun) in _PERSONAL_PRONOUNS or ARABIC.match(pronoun) is not None
    )
    impersonal = pronoun is not None and fold(pronoun) in _IMPERSONAL_PRONOUNS
    honorific = _HONORIFIC_TITLES.get(fold(pronoun)) if pronoun is not None else None
    if event is None or pos - _said_through(ctx.text, event, pos) > LOOKBACK_CHARS:
        if impersonal:
            return previous_subject(ctx, pos, via, people=False)
        found = (
            only_person_in_view(ctx, pos, via)
            or previous_subject(ctx, pos, via)
            or (None if personal else previous_subject(ctx, pos, via, people=False))
            or _previous_unmarked_subject(ctx, pos, via)
            or (_honorific_holder(ctx, pos, via, honorific) if honorific else None)
        )
        if found is not None and found.mention is not None and gender:
            written = _ru_verb_gender_after(ctx.text, found.mention)
            if ARABIC.match(ctx.text, pos) is not None and ARABIC.match(found.mention.text) is not None:
                # "ويعرّف X العجب بأنه … وثمة تعريفات أخرى تؤكد بأن": a feminine verb is not the man's
                written = _opening_verb_gender(ctx, found.mention.start)
            if written is not None and written != gender:
                return None  # "Анна Смирнова его поддержала. «…», — сказал он": not her
        return found
    if event.speaker is None:
        return _subject_since_unknown(ctx, event, pos, via, gender)
    if after_subordinator(ctx, pos) and COMPLEMENTIZER.search(ctx.text, event.end, pos):
        return None  # "وقال X إن … لما أعلنه سموه حينما قال «…»": inside what X said, another's clause
    said_before = event.speaker
    if (
        gender
        and said_before.gender
        and gender != said_before.gender
        # "وقال بيان وزارة الدفاع … وقالت": the verb agreed with the statement, the ministry speaks on
        and not (gender == "f" and said_before.mention is not None and _feminine_head(said_before.mention))
    ):
        # "وقال X … ووصفت منظمة العفو الدولية … وأضافت": not him; the body that opened a sentence since,
        # or the person whose verb agrees ("وقالت X … وندد النائب Y بالقرار. وقال:": Y)
        body = _feminine_body_since(ctx, event.end, pos) if gender == "f" else None
        return body or _agreeing_newcomer(ctx, event, pos, via, gender)
    is_person = (
        said_before.mention.label == "PER"
        if said_before.mention is not None
        else said_before.kind in ("person", "anonymous")  # "a local official said … he added"
    )
    if personal and not is_person:
        return None  # "he said" after "the army said": not the army
    if impersonal and is_person:
        return None  # "it added" after a person: not them
    key = said_before.mention.key if said_before.mention is not None else None
    for m in ctx.mentions_in(event.end, pos):
        if (
            m.label in _BODY_LABELS
            and m.key != key
            and not is_person
            and _opens_arabic_clause(ctx, m, event.end)
        ):  # "وأعلنت الحكومة … انتقدت منظمة X القرار، حيث قالت": the body that opened the clause since
            return Speaker(m, m.start, m.end, via, None)
        if is_person and m.label == "PER" and _complement_in_event_sentence(ctx, event, m):
            continue  # "وأشاد الوزير X بجهود الأمير Y … وقال": Y is what X praised, no new subject
        # another person as a subject since; after an organisation or a source, any person at all
        if (
            m.label == "PER"
            and m.key != key
            and not _title_in_apposition(ctx, m)
            and (not is_person or (ctx.is_subject_position(m) and not oblique_russian_name(m.text)))
        ):  # ru: "X обвинил Анну Смирнову": a name in another case than the nominative is no subject
            if is_person and _in_reported_clause(ctx, max(event.end, m.start - 60), m.start):
                continue  # "He told the channel that X was in good health": X is what was said
            if is_person and in_colon_speech(ctx, m.start):
                continue  # "وزاد: لقد أبلغنا X بالقرار …، وأضاف": X is in what was said, no subject
            if is_person and _in_subject_relative_clause(ctx, max(event.end, m.start - 150), m):
                continue  # "M. X, qui a rencontré son homologue Y, …": Y is whom "qui" (X) met
            if (
                gender == "f"
                and is_person
                and ARABIC.search(m.text) is None
                and said_before.mention is not None
                and (said_before.gender == "f" or _written_as_woman(ctx, said_before.mention.key))
                and not _written_as_woman(ctx, m.key)
            ):
                continue  # "Spokeswoman X … President Y rejected it. "…," she added": still X
            return (
                _new_arabic_subject(ctx, pos, via, m)
                or (_subject_again(ctx, pos, via, said_before) if is_person else None)
                or (_later_newcomer_subject(ctx, m.end, pos, via, key) if is_person else None)
                or (
                    _new_pronoun_subject(ctx, pos, m, gender)
                    if via == "pronoun" and pronoun is not None and fold(pronoun) in _NEWCOMER_PRONOUNS
                    else None
                )
                or (_person_after_body(ctx, pos, via, m) if not is_person and via == "pronoun" else None)
            )
    if _someone_new_since(ctx, event.end, pos, said_before, is_person=is_person, via=via):
        return None
    if honorific and said_before.mention is not None and not _titled(ctx, said_before.mention.key, honorific):
        # "وقال الهلال … وأكد سموه": His Highness is the prince in view, not the guest who spoke last
        return _honorific_holder(ctx, pos, via, honorific)
    return replace(said_before, via=via, cue=None)


#: How many words before a name, or in an apposition after it, a title showing a woman may stand.
FEMININE_TITLE_WORDS = 3
#: The first words of an apposition after a name (", the spokeswoman, …").
_APPOSITION_WORDS = re.compile(rf"\s*,((?:\s*[^\W\d_]+){{1,{FEMININE_TITLE_WORDS + 2}}})")


def _written_as_woman(ctx: Discourse, key: str) -> bool:
    """fr/en/ru: a person known to be a woman: so recorded in the knowledge base, or shown by the text: a feminine
    title before one of their mentions or in apposition after it ("spokeswoman X", "Mme X", "X, the spokeswoman,"),
    or (ru) a feminine verb after it."""
    titles = cue_words("feminine_title_words")
    for m in ctx.mentions:
        if m.key != key or m.label != "PER":
            continue
        entry = ctx.kb.get(m.kb_id) if ctx.kb is not None and m.kb_id else None
        if entry is not None and entry.attrs.get("gender") == "f":
            return True  # a woman the knowledge base knows (Maria Zakharova), titled here or not
        before = WORD.findall(fold(ctx.text[max(0, m.start - 60) : m.start]))[-FEMININE_TITLE_WORDS:]
        after = _APPOSITION_WORDS.match(ctx.text, m.end, min(len(ctx.text), m.end + 80))
        words = before + (WORD.findall(fold(after.group(1))) if after else [])
        if any(w in titles for w in words) or _ru_verb_gender_after(ctx.text, m) == "f":
            return True
    return False


def _said_through(text: str, event: SpeechEvent, pos: int) -> int:
    """Where what an event said ends, before ``pos``: a speech verb opening its paragraph with no
    quotation of its own says the whole paragraph ("وأشار: أنه كمختصين … ¶ وأضاف «…»": a long unquoted
    speech keeps its speaker in reach of the next paragraph); otherwise the event's own end."""
    line_start = text.rfind("\n", 0, event.start) + 1
    line_end = text.find("\n", event.end, pos)
    if (
        line_end < 0
        or text[line_start : event.start].strip()
        or _QUOTE_MARK.search(text, event.end, line_end)
    ):
        return event.end
    return line_end


_QUOTE_MARK = re.compile(r"[\"«»“”]")


def _person_after_body(ctx: Discourse, pos: int, via: str, newcomer: Mention) -> Speaker | None:
    """fr/en/ru: a body spoke, then a person came in as the subject opening the sentence right before the
    pronoun ("…, a annoncé le gouvernement. … X a mis en cause l'état-major. « … », a-t-il déclaré"): that
    person."""
    if ARABIC.search(newcomer.text):
        return None
    found = previous_subject(ctx, pos, via)
    return (
        found
        if found is not None and found.mention is not None and found.mention.key == newcomer.key
        else None
    )


def _clause_start(ctx: Discourse, pos: int, floor: int) -> int:
    """Where the clause holding ``pos`` opens: after the last comma of its sentence before ``pos``."""
    start = start_of_sentence(ctx.text, pos, floor)
    return start + max((c.end() for c in re.finditer(r"[،,]", ctx.text[start:pos])), default=0)


#: Entity labels of a body that may be the subject of an Arabic implicit verb.
_BODY_LABELS = frozenset({"ORG", "ARMED_GROUP", "MEDIA"})


def _opens_arabic_clause(ctx: Discourse, m: Mention, floor: int) -> bool:
    """Arabic: the body is the subject right after the verb that opens its sentence or its clause
    ("ووصفت منظمة X …", "من جهتها انتقدت منظمة X …"), not an object or a complement further in."""
    if not ARABIC.match(m.text):
        return False
    start = _clause_start(ctx, m.start, floor)
    words = list(WORD.finditer(ctx.text, start, m.start))
    opening = ctx.cues.turn_openers.match(fold(ctx.text[start : m.start]).lstrip())
    if opening is not None:  # "من جهتها" before the verb
        words = words[len(WORD.findall(opening.group())) :]
    # the verb (and a particle: "كما انتقدت", "وقد أعلنت"), then the body as its subject
    return 1 <= len(words) <= 2 and ctx.is_subject_position(m, words[0].start())


def _feminine_head(m: Mention) -> bool:
    """An Arabic body whose head noun is feminine (وزارة, منظمة, هيئة): a feminine verb may stand for it."""
    return (
        m.label in _BODY_LABELS
        and ARABIC.match(m.text) is not None
        and without_article(fold_word(WORD.findall(m.text)[0])).endswith("ه")
    )


def _feminine_body_since(ctx: Discourse, start: int, pos: int) -> Speaker | None:
    """The one body with a feminine head (منظمة, وزارة, هيئة) that opened an Arabic clause between
    ``start`` and ``pos``: what a feminine implicit verb after a man's words refers to; else None."""
    own_sentence = start_of_sentence(ctx.text, pos, start)
    bodies = [
        m
        for m in ctx.mentions_in(start, own_sentence)  # not the reporter of this very quote (نقلت عنها)
        if m.label in _BODY_LABELS and _opens_arabic_clause(ctx, m, start) and _feminine_head(m)
    ]
    if len({m.key for m in bodies}) != 1:
        return None
    m = bodies[-1]
    return Speaker(m, m.start, m.end, "implicit", None)


def _complement_in_event_sentence(ctx: Discourse, event: SpeechEvent, m: Mention) -> bool:
    """Arabic: the person comes after the last speech verb and its subject in the same sentence, with no
    comma or new clause between: the verb's object or complement (أشاد X بجهود Y), not a new subject."""
    if not ARABIC.match(m.text):
        return False
    between = ctx.text[event.end : m.start]
    if re.search(r"[.!?؟\n،,:;؛\"«»“”()]", between) or re.search(r"(?:^|\s)و\S", between):
        return False
    # a preposition (glued or not) heads the phrase the person closes: بجهود الأمير Y, بالمدافع Y
    return any(
        w in _COMPLEMENT_PREPOSITIONS or (w[0] in "بل" and len(w) > 3)
        for w in (fold(w) for w in WORD.findall(between)[-COMPLEMENT_HEAD_WORDS:])
    )


#: How many words before a person may stand between the preposition of a complement and the name.
COMPLEMENT_HEAD_WORDS = 3
_COMPLEMENT_PREPOSITIONS = frozenset(fold(w) for w in ("في", "على", "عن", "مع", "إلى", "الى", "من", "لدى"))


def _title_in_apposition(ctx: Discourse, m: Mention) -> bool:
    """A title a stage marked as a person's mention right after a name ("X الرئيس التنفيذي لشركة Y"): the
    named person's apposition, nobody new."""
    return m.via == "role" and any(
        p.label == "PER" and not ctx.text[p.end : m.start].strip(" ،,")
        for p in ctx.mentions_in(max(0, m.start - 80), m.start)
    )


#: Arabic honorifics that stand for one kind of person, and the titles (folded) that person is given:
#: سموه a prince, جلالته a king, فضيلته a cleric. (معاليه, سعادته go with too many offices to tell.)
_HONORIFIC_TITLES: dict[str, tuple[str, ...]] = {
    "سموه": ("امير", "الامير", "ولي العهد", "ولي ولي العهد"),
    "سموها": ("اميره", "الاميره"),
    "جلالته": ("الملك", "العاهل", "خادم الحرمين"),
    "فضيلته": ("الشيخ", "المفتي", "امام", "فضيله"),
    # a mufti's or a patriarch's (سماحة المفتي): "وقال سماحته"
    "سماحته": ("الشيخ", "المفتي", "سماحه", "البطريرك", "الامام"),
    # a minister's (معالي الوزير): "رفع معالي وزير الخدمة المدنية X التعازي … وقال معاليه"
    "معاليه": ("معالي", "الوزير", "وزير"),
    "معاليها": ("معالي", "الوزيره", "وزيره"),
}


def _titled(ctx: Discourse, key: str, titles: tuple[str, ...]) -> bool:
    """One of the titles is written right before one of the person's first mentions (after any other
    person named before it: "الأمير X … مدير الشرطة اللواء Y" gives Y no prince's title)."""
    for m in [x for x in ctx.mentions if x.key == key][:3]:
        start = max(
            [0, m.start - TITLE_CHARS] + [x.end for x in ctx.mentions_in(m.start - TITLE_CHARS, m.start)]
        )
        folded = ctx.norm.text[slice(*ctx.folded_range(start, m.start))]
        window = re.split(r"[.!?؟:;؛\n\"«»“”]", folded)[-1]
        if any(re.search(rf"(?<![^\W_]){t}(?![^\W_])", window) for t in titles):
            return True
    return False


def _honorific_holder(ctx: Discourse, pos: int, via: str, titles: tuple[str, ...]) -> Speaker | None:
    """The one person in view given the title an honorific stands for (سموه: the prince), else None."""
    floor = max(0, pos - LOOKBACK_CHARS)
    people = [m for m in ctx.mentions_in(floor, pos) if m.label == "PER"]
    holders = {m.key: m for m in people if _titled(ctx, m.key, titles)}
    if len(holders) != 1:
        return None
    m = [x for x in people if x.key in holders][-1]
    return Speaker(m, m.start, m.end, via, None)


#: ru: a past-tense verb, whose ending says the gender of its subject (поддержал, поддержала).
_RU_PAST_VERB = re.compile(r"[а-яё]{3,}(?:л|ла|лся|лась)")
#: Nouns with the same ending (a title or an outlet may follow a name).
_RU_NOUNS_IN_L = frozenset(
    {"генерал", "адмирал", "маршал", "посол", "канал", "телеканал", "капитал", "журнал", "портал", "сигнал",
     "материал", "финал", "персонал", "идеал", "гол"}
)  # fmt: skip


def _ru_verb_gender_after(text: str, m: Mention) -> str | None:
    """ru: the gender of the past-tense verb within three words after a subject, before any comma
    ("Анна Смирнова его поддержала" -> f), or None when there is none."""
    clause = re.split(r"[,.;:!?«»\"\n—]", text[m.end : m.end + 60], maxsplit=1)[0]
    for word in WORD.findall(clause.lower())[:3]:
        if _RU_PAST_VERB.fullmatch(word) and word not in _RU_NOUNS_IN_L:
            return "f" if word.endswith(("ла", "лась")) else "m"
    return None


#: A sentence (or its clause after a comma) that opens with a name no stage marked: "the rebel
#: commander Ahmed Bakri rejected …" (optional determiner and lower-case title words, 2-3 capitalised
#: words, then a lower-case word).
_OPENING_UNMARKED_NAME = re.compile(
    r"\s*(?:(?:[Tt]he|[Ll]e|[Ll]a|[Ll]es)\s+|[Ll]['’])?(?:[a-zà-ÿа-яё][\w'’-]*\s+){0,3}"
    r"(?P<name>(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]+\s+){1,2}[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-ÿа-яё'’-]+),?\s+[a-zà-ÿа-яё]"
)


def _someone_new_since(
    ctx: Discourse, start: int, pos: int, speaker: Speaker, *, is_person: bool, via: str
) -> bool:
    """Someone no stage marked came in between the last speaker (up to ``start``) and ``pos``, so a
    pronoun or an implicit subject there may be theirs: it is nobody's rather than the last speaker's.

    After a person spoke, a sentence opening with another person is the newcomer (fr/en/ru: a name no
    stage marked; Arabic: a title in construct form that is not the speaker's own). After an
    organisation spoke, any person named since is one (fr/en/ru)."""
    if not is_person:
        # "L'armée a annoncé … prononcé par le général Mohammad Bagheri. Il a souligné": not the army
        return via in ("pronoun", "implicit") and _unmarked_person_in(ctx, start, pos)
    text = ctx.text
    arabic_cue = ARABIC.match(text, pos) is not None
    own_words = _own_words(ctx, speaker)
    for s, e in _sentences_between(text, start, pos):
        if ARABIC.search(text, s, e) is None:
            if _opens_with_unmarked_name(ctx, s, e, start, own_words):
                return True
        elif arabic_cue and _opens_with_new_title(ctx, s, e, start, speaker):
            return True
    return False


def _sentences_between(text: str, start: int, pos: int) -> Iterator[tuple[int, int]]:
    """The sentences from ``start`` to ``pos`` (a sentence ends after . ! ? ؟ and a space, or at a line end)."""
    cursor = start
    while cursor < pos:
        stop = _SENTENCE_END.search(text, cursor, pos)
        end = stop.end() if stop else pos
        yield cursor, end
        cursor = end


_SENTENCE_END = re.compile(r"[.!?؟](?:\s|$)|\n")


def _own_words(ctx: Discourse, speaker: Speaker) -> set[str]:
    """The words naming the last speaker (as written there and in their fullest name)."""
    own = set(WORD.findall(fold(ctx.text[speaker.start : speaker.end])))
    if speaker.mention is not None:
        own |= set(WORD.findall(fold(ctx.fullest.get(speaker.mention.key, speaker.mention.text))))
    return own


def _opens_with_unmarked_name(ctx: Discourse, s: int, e: int, start: int, own_words: set[str]) -> bool:
    """fr/en/ru: the sentence (or its clause after an early comma) opens with a person no stage marked
    ("Speaking to journalists, the rebel commander Ahmed Bakri rejected the plan.")."""
    sentence = ctx.text[s:e]
    comma = sentence.find(",")
    for at in [0] + ([comma + 1] if 0 < comma < 60 else []):
        found = _OPENING_UNMARKED_NAME.match(sentence, at)
        if found is None or quoted_before(ctx.text, start, s + found.start("name")):
            continue
        ns, ne = s + found.start("name"), s + found.end("name")
        if (
            ctx.mentions_in(max(0, ns - 1), ne + 1)
            or set(WORD.findall(fold(found.group("name")))) & own_words
        ):
            continue  # a body, a place or the speaker themself
        if fold(found.group("name").split()[0]) not in NOT_NAME_WORDS:
            return True
    return False


#: Two or three capitalised words (Latin or Cyrillic): a name when no stage marked them and no sentence
#: opens with them.
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+){1,2}")


def _unmarked_person_in(ctx: Discourse, start: int, pos: int) -> bool:
    """fr/en/ru: after an organisation spoke, a name no stage marked came in before ``pos`` (outside
    quotations, not opening a sentence): a pronoun then may be that person's, so it is nobody's."""
    text = ctx.text
    if ARABIC.search(text, start, pos) is not None:
        return False
    for run in _CAPITALISED_RUN.finditer(text, start, pos):
        words = run.group().split()
        if (
            ctx.mentions_in(max(0, run.start() - 1), run.end() + 1)
            or inside_quotation(text, start, run.start())
            or re.search(r"(?:^|[.!?:\n«\"“])\s*$", text[max(0, run.start() - 3) : run.start()])
            or fold(words[0]) in NOT_NAME_WORDS
            or any(is_role_word(ctx, w) for w in words)
        ):
            continue
        return True
    return False


#: How many words an Arabic sentence's verb and object may take before a title that is its subject
#: (والتقى اللجنة رئيس الهيئة …).
TITLED_SUBJECT_WORDS = 3


@lru_cache(maxsize=1)
def _arabic_construct_roles() -> frozenset[str]:
    """Arabic role nouns without the article (رئيس, وزير): a title in construct form that opens a
    newcomer's description, not one that refers back (الرئيس, الوزير)."""
    return frozenset(w for w in _arabic_role_nouns() if not w.startswith("ال"))


def _opens_with_new_title(ctx: Discourse, s: int, e: int, start: int, speaker: Speaker) -> bool:
    """Arabic: the sentence has for subject a title in construct form (رئيس الهيئة, وزير الدفاع) that is
    not the last speaker's own title ("والتقى اللجنة رئيس هيئة القناة الفريق X، …، مضيفا: «…»"):
    someone else came in, often with a name no stage marked."""
    text = ctx.text
    first = WORD.search(text, s, e)
    # a whole sentence, not the rest of the last speaker's own (X إنه تحدث مع قائد …)
    if first is None or not re.search(r"[.!?؟\n]\W*$", text[max(0, first.start() - 5) : first.start()]):
        return False
    words = words_between(ctx, first.start(), e)[: TITLED_SUBJECT_WORDS + 2]
    if not words or inside_quotation(text, start, words[0][0]):
        return False
    own_key = speaker.mention.key if speaker.mention is not None else None
    if any(m.key == own_key for m in ctx.mentions_in(s, e)):
        return False  # the last speaker is named in it: whoever the title is, they are in view
    own_words = words_between(ctx, max(0, speaker.start - 80), speaker.end + 80)
    own_title = " ".join(w for _, _, w in own_words)
    for k in range(1, min(len(words) - 1, TITLED_SUBJECT_WORDS + 1)):
        word = words[k][2]
        if words[k - 1][2] in ctx.cues.non_subject:
            continue  # a title after a preposition (مع قائد القوة)
        if word in _arabic_construct_roles():
            return f"{word} {words[k + 1][2]}" not in own_title
        if word in _DEFINITE_NEWCOMER_TITLES:
            # "وقد رحب الأمين العام للأمم المتحدة بالقرار" after Syria's envoy spoke: a title he was never
            # given is someone else's (the minister, after the minister X spoke, is still X)
            head = without_article(word)
            if any(without_article(w) == head and at < s for at, _, w in own_words):
                return False  # the speaker's own title (not this sentence's words after it)
            return speaker.mention is not None and not _title_near_mentions(ctx, speaker.mention.key, head)
    return False


#: Arabic definite titles (folded) that, as the subject of a sentence, name someone new unless the last
#: speaker holds that title: offices held by one person, not an unnamed source (المصدر, المسؤول).
_DEFINITE_NEWCOMER_TITLES = frozenset(
    fold(w) for w in ("الأمين", "الرئيس", "الوزير", "الوزيرة", "السفير", "المبعوث", "الزعيم")
)


def _newcomer_subjects(ctx: Discourse, start: int, pos: int, via: str, own: str | None) -> Iterator[Speaker]:
    """Arabic: each person who came in between ``start`` and ``pos`` (not ``own``, not in what was said, not
    in apposition) and opens the verb's sentence or the one before, as its subject."""
    for m in ctx.mentions_in(start, pos):
        if m.label != "PER" or m.key == own or not ctx.is_subject_position(m) or _title_in_apposition(ctx, m):
            continue
        if _in_reported_clause(ctx, max(start, m.start - 60), m.start):
            continue  # "وقال البيان إن X قدم خدمات …": X is what was said, no subject
        found = _new_arabic_subject(ctx, pos, via, m)
        if found is not None:
            yield found


def _later_newcomer_subject(
    ctx: Discourse, start: int, pos: int, via: str, own: str | None
) -> Speaker | None:
    """Arabic, after a person spoke (after a body, people are often named in passing): someone came in
    since but is not the subject in view; the person after them who opens the verb's sentence or the one
    before is ("وذلك بعد اجتماعه برئيس النادي Y … من جانبه،
    أبدى Z رضاه …، وقال:": Z); else None."""
    return next(_newcomer_subjects(ctx, start, pos, via, own), None)


def _agreeing_newcomer(ctx: Discourse, event: SpeechEvent, pos: int, via: str, gender: str) -> Speaker | None:
    """Arabic, the implicit verb disagrees in gender with the last speaker: the one person who came in
    since as the subject opening the verb's sentence or the one before, when the verb they open with
    agrees ("وقالت X … فيما طالبت المعلمة Y الوزارة بـ… وأضافت:": Y); else nobody."""
    own = (
        event.speaker.mention.key if event.speaker is not None and event.speaker.mention is not None else None
    )
    for found in _newcomer_subjects(ctx, event.end, pos, via, own):
        if _opening_verb_gender(ctx, found.start) == gender:
            return replace(found, gender=gender)
    return None


#: Particles that may stand before the verb opening an Arabic clause (فيما طالبت, كما أكد, وقد أعلن).
CLAUSE_PARTICLES = frozenset(
    fold(w) for w in ("فيما", "بينما", "كما", "وكما", "قد", "وقد", "ثم", "لقد", "ولقد")
)


def _opening_verb_gender(ctx: Discourse, subject_start: int) -> str | None:
    """The gender of the past-tense verb opening the clause of an Arabic subject (وندد: m, طالبت: f), from
    the clause start to the subject; None when the clause does not open with such a verb (أما الباحث X)."""
    start = _clause_start(ctx, subject_start, max(0, subject_start - LOOKBACK_CHARS))
    words = WORD.findall(fold(ctx.text[start:subject_start]))  # folded first: a shadda splits no word
    words = words[1:] if words and words[0] in CLAUSE_PARTICLES else words
    if not words or words[0].startswith(("ال", "وال")) or not ARABIC.match(words[0]):
        return None
    # an object pronoun after the feminine ت (أخبرتني، أبلغته) does not change the subject's gender
    verb = re.sub(r"(?<=..ت)(?:ني|نا|ها|هم|كم|ه)$", "", words[0])
    bare = re.sub(r"^[وف]", "", verb)
    if len(bare) < 4 and bare.endswith("ت"):
        return None  # وصوت X، وبيت X: a noun of three letters, no verb in the feminine (قالت، أكدت)
    return _gender(verb)


def _new_arabic_subject(ctx: Discourse, pos: int, via: str, newcomer: Mention) -> Speaker | None:
    """Arabic: someone else came in as a subject since the last speaker ("وانتقل حاكم لويزيانا بوبي
    جيندال إلى المدينة. وقال في مؤتمر صحافي «…»"): the one person who opens the sentence before, or the
    verb's own sentence ("أما X، …، فطرح سؤالا …، موضحا أن"), when that is the newcomer; else nobody."""
    if not ARABIC.match(ctx.text, pos):
        return None
    own = _own_sentence_subject(ctx, pos, via, newcomer)
    if own is not None:
        return own
    found = previous_subject(ctx, pos, via)
    if found is None or found.mention is None or found.mention.key != newcomer.key:
        return None
    # it opens the sentence itself, not a clause after a comma (… ابرزها: مدينة الملك X)
    sentence_start = start_of_sentence(ctx.text, found.start, max(0, found.start - LOOKBACK_CHARS))
    return (
        found if _words_before_subject(ctx, sentence_start, found.start) <= SENTENCE_SUBJECT_WORDS else None
    )


def _subject_since_unknown(
    ctx: Discourse, event: SpeechEvent, pos: int, via: str, gender: str | None
) -> Speaker | None:
    """Arabic: the last speech verb had a subject naming nobody known, but the sentence right before
    ``pos``, after it, opens with one person ("لكن X الذي …، تحرك لتبديد … . وقال: «…»"): that person; the
    unknown subject stays no guess otherwise."""
    if not ARABIC.match(ctx.text, pos):
        return None
    found = previous_subject(ctx, pos, via)
    if found is None or found.mention is None or found.start < event.end:
        return None
    paragraph = ctx.text.rfind("\n", 0, found.start) + 1
    sentence = start_of_sentence(ctx.text, found.start, paragraph)
    if quoted_before(ctx.text, paragraph, found.start) or COMPLEMENTIZER.search(
        ctx.text, sentence, found.start
    ):
        return None  # a name in someone's words, or in what a verb said ("وأضاف أن ميليشيات X")
    written = _opening_verb_gender(ctx, found.start)
    return found if written is None or written == gender else None


def _subject_again(ctx: Discourse, pos: int, via: str, said_before: Speaker) -> Speaker | None:
    """Arabic: the last speaker opens the sentence right before as its subject again, whoever else it
    names after ("وعبر X عن أمله في مناقشات بينه وبين Y. وقال: «…»"): X goes on, Y is no subject."""
    if said_before.mention is None or not ARABIC.match(ctx.text, pos):
        return None
    again = previous_subject(ctx, pos, via)
    if again is None or again.mention is None or again.mention.key != said_before.mention.key:
        return None
    return replace(said_before, via=via, cue=None)


def _own_sentence_subject(ctx: Discourse, pos: int, via: str, newcomer: Mention) -> Speaker | None:
    """Arabic: the newcomer opens the very sentence of the verb at ``pos``, before its clauses and any
    quotation in them ("أما X، مساعد الوزير، فطرح سؤالا حول «…»، موضحا أن"), and is the only person
    named in it before the verb; else None."""
    floor = max(0, pos - LOOKBACK_CHARS)
    start = start_of_sentence(ctx.text, pos, floor)
    if newcomer.start < start or inside_quotation(ctx.text, start, newcomer.start):
        return None
    people = {m.key for m in ctx.mentions_in(start, pos) if m.label == "PER"}
    if people != {newcomer.key} or not ctx.is_subject_position(newcomer):
        return None
    if _words_before_subject(ctx, start, newcomer.start) > SENTENCE_SUBJECT_WORDS:
        return None
    words = [fold(w) for w in WORD.findall(ctx.text, start, newcomer.start)]
    words = words[1:] if words and words[0] in CLAUSE_PARTICLES else words
    if len(words) > 1 and words[1] not in _arabic_role_nouns():
        return None  # "كما انتقدت تعيين وزير الداخلية X": X completes the verb's object, not its subject
    return Speaker(newcomer, newcomer.start, newcomer.end, via, None)


@lru_cache(maxsize=1)
def _arabic_role_nouns() -> frozenset[str]:
    """Arabic role nouns, with and without the article (الباحث, وزير): what may stand between a verb
    (or أما) and the name of its subject."""
    return frozenset(fold(w) for w in load_cues("quotes")["role_nouns"]["ar"])


#: How far around a person's mention a title they hold is looked for (Arabic).
TITLE_AROUND_CHARS = 90


def _words_around(ctx: Discourse, m: Mention) -> str:
    """The text on either side of a mention, within its sentence and ``TITLE_AROUND_CHARS``: where a
    title it holds is written (رئيس النادي X، X، مدرب الفريق،), not the next sentence's subject."""
    before = _SENTENCE_END.split(ctx.text[max(0, m.start - TITLE_AROUND_CHARS) : m.start])[-1]
    after = _SENTENCE_END.split(ctx.text[m.end : m.end + TITLE_AROUND_CHARS])[0]
    return before + " " + after


def _title_near_mentions(ctx: Discourse, key: str, head: str) -> bool:
    """Arabic: the title word ``head`` (folded, no article) is written next to one of the person's mentions."""
    return any(
        m.key == key and any(without_article(w) == head for w in WORD.findall(fold(_words_around(ctx, m))))
        for m in ctx.mentions
    )


def newcomer_after(ctx: Discourse, start: int, pos: int, speaker: Speaker) -> bool:
    """Arabic: a sentence between ``start`` and ``pos`` opens with someone other than ``speaker`` (a title
    in construct form that is not theirs, a definite one-holder title they never had)."""
    return _someone_new_since(ctx, start, pos, speaker, is_person=True, via="implicit")


def never_titled(ctx: Discourse, key: str) -> bool:
    """Arabic: no title is written next to any of the person's mentions (no role noun, no title the
    entity stage knows): "X من مجموعة الأزمات الدولية". A role phrase (رئيس اللجنة، المدرب) does not
    refer back to them: a reader takes it for someone the text does not name."""
    roles = _arabic_role_nouns()
    titles = entity_cues().titles
    for m in ctx.mentions:
        if m.key != key:
            continue
        around = _words_around(ctx, m)
        if any(without_article(w) in roles or w in roles for w in WORD.findall(fold(around))):
            return False
        if any(True for _ in titles.find(prepare(around))):
            return False
    return True


#: fr/en/ru personal pronouns of a speech verb that may take up a newcomer (folded; "il" of "a-t-il").
_NEWCOMER_PRONOUNS = frozenset({"he", "she", "il", "elle", "он", "она"})
#: Determiners that may open a sentence before a title and a name (The army spokesman X, Le porte-parole X).
_OPENING_DETERMINERS = frozenset({"the", "le", "la", "l", "les"})


def opens_its_clause(ctx: Discourse, sent_start: int, m: Mention) -> bool:
    """fr/en/ru: the person opens the sentence or the clause after its opening phrase, with nothing but a
    title before them ("Lundi, le président X a reçu Y": X, not Y, whom a verb came before)."""
    clause_start = max(sent_start, ctx.text.rfind(",", sent_start, m.start) + 1)
    return only_title_before(ctx, WORD.findall(ctx.text[clause_start : m.start]))


def only_title_before(ctx: Discourse, words: Sequence[str]) -> bool:
    """The words opening a sentence before a name are nothing or a title with its complement ("Army
    spokesman", "Le porte-parole de l'armée", "Представитель армии"), no verb or pronoun among them."""
    folded = [fold(w) for w in words]
    if all(w in _OPENING_DETERMINERS for w in folded):
        return True
    roles = [k for k, w in enumerate(words) if is_role_word(ctx, w)]
    if not roles:
        return False
    for k in range(len(words)):
        w, f = words[k], folded[k]
        if k in roles or f in _OPENING_DETERMINERS or f in _OF:
            continue
        if k > roles[0] and (
            (w[:1].isupper() and f not in NOT_NAME_WORDS)
            or RU_GENITIVE.fullmatch(f)
            or FRENCH_ADJECTIVE.fullmatch(f)
            or (k and folded[k - 1] in _OF | _OPENING_DETERMINERS)  # de l'armée, of the army
        ):
            continue  # the office's complement
        if k < roles[0] and w[:1].isupper() and f not in NOT_NAME_WORDS and f not in _NEWCOMER_PRONOUNS:
            continue  # Army spokesman, Le Premier ministre
        return False
    return True


def _new_pronoun_subject(ctx: Discourse, pos: int, newcomer: Mention, gender: str | None) -> Speaker | None:
    """fr/en/ru: another person came in as a subject since the last speaker, opens the sentence right
    before the quote and responds there ("X, army spokesman, dismissed the claim. "…," he said"; "Y a
    rejeté ces affirmations. « … », a-t-il dit"): the personal pronoun is theirs; anything else, nobody."""
    if ARABIC.search(ctx.text, max(0, pos - LOOKBACK_CHARS), pos) is not None:
        return None
    found = previous_subject(ctx, pos, "pronoun")
    if found is None or found.mention is None or found.mention.key != newcomer.key:
        return None
    sentence_start = start_of_sentence(ctx.text, found.start, max(0, found.start - LOOKBACK_CHARS))
    if not only_title_before(ctx, WORD.findall(ctx.text[sentence_start : found.start])):
        return None  # "He met X later", "Officials met X": X is no subject
    if not any(fold(w) in ctx.cues.reaction_verbs for w in WORD.findall(ctx.text[found.end : pos])):
        return None  # "X then met the press. "…," he said": no response of X's in view, no guess
    written = _ru_verb_gender_after(ctx.text, found.mention) if gender else None
    if written is not None and written != gender:
        return None  # "Анна X отвергла это. «…», — сказал он": not her
    return found


#: fr/en/ru: a relative pronoun that is the subject of its clause, after a comma or "and" (", qui a
#: rencontré …", ", who met …", ", который встретился …"): the clause says more of the one before.
_SUBJECT_RELATIVE = re.compile(
    r"(?:,|\b(?:et|and|и)|(?<=[a-zß-ÿа-яё])(?=\s))\s*(?:qui|who|который|которая|которые)(?![^\W_])",
    re.IGNORECASE,
)


def _in_subject_relative_clause(ctx: Discourse, start: int, m: Mention) -> bool:
    """The name is inside a relative clause whose subject is "qui"/"who"/"который" (so another's), with
    no sentence or clause break between: an object or a complement there, never a new subject."""
    openings = list(_SUBJECT_RELATIVE.finditer(ctx.text, start, m.start))
    if not openings:
        return False
    opening = openings[-1]
    between = ctx.text[opening.end() : m.start]
    return WORD.search(between) is not None and re.search(r"[,.;:!?؟\n\"«»“”]", between) is None


def _in_reported_clause(ctx: Discourse, start: int, pos: int) -> bool:
    """A "that"/"que"/"что"/"أن" opens the clause holding ``pos``, with no sentence end since."""
    window = ctx.text[start:pos]
    thats = list(COMPLEMENTIZER.finditer(window))
    return bool(thats) and not re.search(r"[.!?؟\n]", window[thats[-1].end() :])


#: Arabic temporal subordinators (folded): a verb right after one opens a clause of its own ("حينما قال").
_AR_SUBORDINATORS = frozenset(
    fold(w) for w in ("حينما", "عندما", "حين", "وحينما", "وعندما", "وحين", "بعدما", "كلما")
)


def after_subordinator(ctx: Discourse, verb_start: int) -> bool:
    """Arabic: the verb follows a temporal subordinator ("حينما قال"): inside what the sentence's opener said
    (after their إن/أن), its subject is whoever that clause speaks of, not the opener."""
    words = WORD.findall(fold(ctx.text[max(0, verb_start - 20) : verb_start]))
    return bool(words) and words[-1] in _AR_SUBORDINATORS


#: How far back the speech verb and colon opening unquoted speech are looked for (Arabic).
COLON_SPEECH_CHARS = 300


def in_colon_speech(ctx: Discourse, pos: int) -> bool:
    """Arabic: ``pos`` is inside speech reported without quotation marks after a speech verb and a colon
    ("وزاد: …", "وقال: …"), in the same sentence: what was said, not the narrative."""
    if ARABIC.match(ctx.text, pos) is None:
        return False
    window = ctx.text[max(0, pos - COLON_SPEECH_CHARS) : pos]
    colon = window.rfind(":")
    if colon < 0 or re.search(r"[.!?؟\n«»\"“”]", window[colon + 1 :]):
        return False
    words = WORD.findall(fold(window[:colon]))
    return bool(words) and ctx.cues.verb.fullmatch(words[-1]) is not None


def only_person_in_view(ctx: Discourse, pos: int, via: str) -> Speaker | None:
    """Nobody has spoken yet ("Le ministre X a reçu Y. « … », a-t-il dit."): the one person named
    in the sentences before, as a subject; two people (or none) give no speaker."""
    floor = max(0, pos - LOOKBACK_CHARS)
    people = [m for m in ctx.mentions_in(floor, pos) if m.label == "PER"]
    if len({m.key for m in people}) != 1 or not any(_opens_its_sentence(ctx, m, floor) for m in people):
        return None
    m = people[-1]
    found = Speaker(m, m.start, m.end, via, None)
    own_words = _own_words(ctx, found)
    for s, e in _sentences_between(ctx.text, m.end, pos):
        if ARABIC.search(ctx.text, s, e) is None and _opens_with_unmarked_name(ctx, s, e, m.end, own_words):
            return None  # "X lukavit. Шогель Кокалла Маига … обвинил Францию. И добавил": not X
    return found


def previous_subject(ctx: Discourse, pos: int, via: str, *, people: bool = True) -> Speaker | None:
    """Nobody has spoken yet and several people are in view: the one person of the sentence right
    before, when it opens with them ("Interrogé sur …, le capitaine X a des réponses convaincantes.
    « … », dit-il"). A sentence naming two people ("X a reçu Y.") gives no guess. Without ``people``,
    the one organisation or armed group that opens it ("Le groupe Wagner se retire. « … », a-t-il
    annoncé"; "it added"), or (fr/en/ru) the one country."""
    floor = max(0, pos - LOOKBACK_CHARS)
    end = start_of_sentence(ctx.text, pos, floor)
    if end <= floor:
        return None
    last = end - 1
    while last > floor and (ctx.text[last].isspace() or ctx.text[last] in ".!?؟"):
        last -= 1  # from inside the sentence before, not from its full stop or the line break after it
    start = start_of_sentence(ctx.text, last, floor)
    # fr/en/ru: a country opening the sentence speaks as its government ("Russia condemned the attack. "…,"
    # the statement said"); Arabic leaves it out
    bodies = ("ORG", "ARMED_GROUP", "MEDIA") + (
        ("GPE",) if ARABIC.search(ctx.text, start, end) is None else ()
    )
    labels = ("PER",) if people else bodies
    named = [m for m in ctx.mentions_in(start, end) if m.label in labels]
    if not people:  # "الخدمات المتاحة بالمسجد الحرام": a body closing a phrase after a glued preposition
        named = [m for m in named if not _after_glued_article(ctx, m)]
    for _ in range(PRONOUN_SENTENCES):
        # "X thanked Y. But he added that … "…," he said": a sentence whose subject is the same
        # pronoun and that names nobody carries the reference back to the one before
        if named or not people or start <= floor or not _opens_with_pronoun(ctx, start, end):
            break
        end = len(ctx.text[floor:start].rstrip()) + floor  # over the blank line of a new paragraph
        start = start_of_sentence(ctx.text, max(floor, end - 1), floor)
        named = [m for m in ctx.mentions_in(start, end) if m.label in labels and not possessive(ctx.text, m)]
    if not people and (
        any(m.label == "PER" for m in ctx.mentions_in(start, end))
        or (
            ARABIC.search(ctx.text, start, end) is None
            and _opens_with_unmarked_name(ctx, start, end, start, set())
        )
    ):
        return None  # a person there (marked or not: "Шогель Кокалла Маига, выступая в ООН, …") spoke
    if people and len({m.key for m in named}) > 1 and not ARABIC.search(ctx.text, start, end):
        # fr/en/ru: "X met with Y", "X a téléphoné à Y", "X встретился с Y": Y after a preposition is
        # no subject the pronoun could take up ("X a reçu Y" keeps two: no guess)
        named = [m for m in named if not after_preposition(ctx.text, m)]
    if people:
        # ru: a name in another case than the nominative is no subject ("X обвинил Анну Смирнову"; "Суд
        # арестовал Ивана X. «…», — сказал он": he is not the man arrested)
        named = [m for m in named if not oblique_russian_name(m.text)]
    if (
        people
        and len({m.key for m in named}) > 1
        and ARABIC.match(named[0].text)
        and _opens_after_verb(ctx, start, named[0])
        and all(_object_of_preposition(ctx, m) for m in named[1:] if m.key != named[0].key)
    ):
        # Arabic: "وعبر X عن أمله في لقاء بينه وبين Y": the person right after the opening verb is its
        # subject, those after a preposition its objects (the gender and position checks below still apply)
        named = [named[0]]
    if len({m.key for m in named}) != 1:
        return None
    first = named[0]
    clause_start = start
    for mark in re.finditer(r"[,،]", ctx.text[start : first.start]):
        if ARABIC.search(ctx.text, start, first.start) is None and any(
            is_role_word(ctx, w) for w in WORD.findall(ctx.text[start : start + mark.start()])[-3:]
        ):
            continue  # "… un message du président nigérien, X": X in apposition to a title, no new clause
        clause_start = start + mark.end()
    # a body often comes after what it is ("Le groupe paramilitaire russe Wagner")
    most = SENTENCE_SUBJECT_WORDS if people else SENTENCE_SUBJECT_WORDS + 2
    if (
        (
            _words_before_subject(ctx, clause_start, first.start) > most
            and not _ru_closing_subject(ctx, first, end)
        )
        or not ctx.is_subject_position(first)
        or inside_quotation(ctx.text, start, first.start)
        or (first.label == "GPE" and not _opens_sentence_alone(ctx, clause_start, first))
    ):
        return None
    return Speaker(first, first.start, first.end, via, None)


def _ru_closing_subject(ctx: Discourse, m: Mention, end: int) -> bool:
    """ru: a person in the nominative closing a sentence about a statement is its subject, after its verb
    however long the phrase before ("Такую оценку дал замминистра иностранных дел X.", "С таким заявлением
    выступил X."); not in a sentence of other news ("В результате обстрела погиб военнослужащий X.")."""
    if re.match(r"[А-ЯЁ]", m.text) is None or no_russian_subject(m.text) or WORD.search(ctx.text, m.end, end):
        return False
    start = start_of_sentence(ctx.text, m.start, max(0, m.start - LOOKBACK_CHARS))
    fs, fe = ctx.folded_range(start, m.start)
    stems = tuple(cue_words("statement_objects_ru"))
    return ctx.cues.verb.search(ctx.norm.text, fs, fe) is not None or any(
        w.startswith(stems) for w in WORD.findall(ctx.norm.text[fs:fe])
    )


def _opens_after_verb(ctx: Discourse, start: int, m: Mention) -> bool:
    """Arabic: the sentence from ``start`` opens with a verb (after a particle or a turn opener such as
    بدوره) and ``m`` comes right after it or after a title whose head is a role noun (its length is
    checked by the caller): the subject of that opening verb, not an object further in."""
    if _opening_verb_gender(ctx, m.start) is None or PHRASE_STOP.search(ctx.text, start, m.start):
        return False
    opener = ctx.cues.turn_openers.sub(" ", fold(ctx.text[start : m.start]))
    words = [w for w in WORD.findall(opener) if w not in CLAUSE_PARTICLES]
    if not words or words[0].startswith(("ال", "وال")) or words[0] in ctx.cues.adverbial:
        return False
    return len(words) == 1 or words[1] in _arabic_role_nouns()  # not "وانتقد تعيين وزير X": an object


#: Arabic (folded): "between" before a name, which heads no subject (بينه وبين X).
_BETWEEN = frozenset({"بين", "وبين"})


def _object_of_preposition(ctx: Discourse, m: Mention) -> bool:
    """Arabic: the person is governed by a preposition, past a title of role nouns (مع الوزير X، بينه وبين
    X، لرئيس الوزراء X), so no subject of a clause of their own ("ثم تحدث الشيخ X" is one)."""
    if not ctx.is_subject_position(m):
        return True
    words = WORD.findall(fold(ctx.text[max(0, m.start - 60) : m.start]))
    while words and words[-1] in _arabic_role_nouns():
        words.pop()
    return bool(words) and (words[-1] in _BETWEEN or words[-1] in ctx.cues.non_subject)


def coordinated_with_opening_subject(
    ctx: Discourse, sent_start: int, v_start: int, gender: str | None, via: str
) -> Speaker | None:
    """Arabic: a speech verb joined by و or ف after a clause of the same sentence whose verb has a person
    for subject ("وأبدى مدير الكرة X سعادته بانضباط اللاعبين، وقال: «…»"): the verb goes on with that
    subject, as none is written for it. The person is the first named in the sentence, right after a
    verb that agrees with the speech verb (a title between at most), and nobody else who could be a
    subject (a person, a body, a role) is written between them."""
    if gender is None or ctx.text[v_start] not in "وف" or not ARABIC.match(ctx.text, v_start):
        return None
    if inside_quotation(ctx.text, sent_start, v_start):
        return None
    people = [m for m in ctx.mentions_in(sent_start, v_start) if m.label == "PER"]
    if not people or not ctx.is_subject_position(people[0]):
        return None
    first = people[0]
    verb = _verb_before_subject(ctx, sent_start, first)
    if verb is None or _gender(verb) != gender:
        return None
    between = ctx.mentions_in(first.end, v_start)
    if any(m.key != first.key and (m.label == "PER" or m.label in _BODY_LABELS) for m in between) or any(
        w in _arabic_role_nouns() for w in WORD.findall(fold(ctx.text[first.end : v_start]))
    ):
        return None  # "… وأشاد المدرب بجهودهم وقال": another subject may have come in
    return Speaker(first, first.start, first.end, via, None)


def issuer_opening_sentence(
    ctx: Discourse, sent_start: int, v_start: int, gender: str | None
) -> Speaker | None:
    """Arabic: a speech verb with فيه/فيها after a clause that named a statement ("وأكدت الوزارة في بيان لها
    أن …، وقالت فيه: «…»"): the words are the statement's, its issuer the subject of the verb opening the
    sentence, a person or a body, when that verb agrees with the speech verb and nobody else who could be
    a subject is written before the statement is named."""
    if gender is None or inside_quotation(ctx.text, sent_start, v_start):
        return None
    named = [m for m in ctx.mentions_in(sent_start, v_start) if m.label == "PER" or m.label in _BODY_LABELS]
    if not named or not ctx.is_subject_position(named[0]):
        return None
    first = named[0]
    verb = _verb_before_subject(ctx, sent_start, first)
    if verb is None or _gender(verb) != gender:
        return None
    statement = _statement_noun_at(ctx, first.end, v_start)
    if statement is None or any(m.key != first.key for m in ctx.mentions_in(first.end, statement)):
        return None  # "وأكدت الوزارة أن X … في بيان": X may be the one whose statement it is
    kind = "person" if first.label == "PER" else "organization"
    return Speaker(first, first.start, first.end, "implicit", None, kind=kind)


def _statement_noun_at(ctx: Discourse, start: int, end: int) -> int | None:
    """Where the first statement noun (في بيان، ببيان، بيانا، في رسالته) of ``text[start:end]`` starts."""
    for word in WORD.finditer(ctx.text, start, end):
        forms = {fold(word.group())}
        for prefix in (r"^[وف]", r"^[بل]", r"^ال|^ل(?=ل)"):  # وببيانها، للبيان
            forms |= {re.sub(prefix, "", f) for f in forms}
        forms |= {re.sub(r"(?:ا|ه|ها|هم)$", "", f) for f in forms}  # بيانا، بيانه، بيانها
        forms |= {re.sub(r"ت(?:ه|ها|هم)$", "ه", f) for f in forms}  # رسالته (folded رساله)
        if forms & ctx.cues.statement_nouns:
            return word.start()
    return None


#: Arabic: the most words of a title between a verb and its subject's name (مدير إدارة كرة القدم بنادي X).
_TITLE_WORDS = 6


def _verb_before_subject(ctx: Discourse, start: int, m: Mention) -> str | None:
    """Arabic: the verb whose subject ``m`` is, in its clause from ``start``: the word right before ``m``
    or before its title (a role noun heading at most a few words: "وقدم قائد الفريق X"), when it opens
    the clause or is joined by و/ف and is no noun with the article, adverb or preposition; else None."""
    clause_start = start
    for mark in PHRASE_STOP.finditer(ctx.text, start, m.start):
        clause_start = mark.end()
    opener = ctx.cues.turn_openers.sub(" ", fold(ctx.text[clause_start : m.start]))
    words = WORD.findall(opener)
    roles = [i for i, w in enumerate(words) if w in _arabic_role_nouns()]
    at = roles[0] if roles else len(words)
    if at == 0 or len(words) - at > _TITLE_WORDS:
        return None
    verb = words[at - 1]
    opens = all(w in CLAUSE_PARTICLES for w in words[: at - 1])
    if (
        not (opens or verb[:1] in "وف")
        or verb.startswith(("ال", "وال", "فال"))
        or verb in ctx.cues.adverbial
        or verb in ctx.cues.non_subject
        or verb in CLAUSE_PARTICLES
        or len(re.sub(r"^[وف]", "", verb)) < 3
    ):
        return None
    return verb


def _after_glued_article(ctx: Discourse, m: Mention) -> bool:
    """Arabic: the word right before the mention is a preposition glued to the article (بالمسجد، للمسجد):
    the mention ends that prepositional phrase (بالمسجد الحرام), it is no subject."""
    before = WORD.findall(ctx.text, max(0, m.start - 20), m.start)
    return bool(before) and ARABIC.match(m.text) is not None and fold(before[-1]).startswith(_GLUED_ARTICLE)


_GLUED_ARTICLE = ("بال", "لل", "وبال", "ولل", "كال")


#: Title words that may open a sentence before a name ("Le Premier ministre israélien Benjamin …").
OPENING_TITLE_WORDS = 5
_HYPHENATED = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _previous_unmarked_subject(ctx: Discourse, pos: int, via: str) -> Speaker | None:
    """fr/en/ru, nobody has spoken and no person is marked in view: the name no stage marked that
    opens the sentence right before after a title ("Le Premier ministre israélien Benjamin Netanyahu
    a rejeté … Il a poursuivi : « … »"), when it is the only such name there; else None."""
    text = ctx.text
    floor = max(0, pos - LOOKBACK_CHARS)
    if ARABIC.search(text, floor, pos) or any(m.label == "PER" for m in ctx.mentions_in(floor, pos)):
        return None
    end = start_of_sentence(text, pos, floor)
    last = end - 1
    while last > floor and (text[last].isspace() or text[last] in ".!?"):
        last -= 1
    if last <= floor:
        return None
    start = start_of_sentence(text, last, floor)
    words = list(_HYPHENATED.finditer(text, start, end))
    k = 0
    while k < min(len(words) - 1, OPENING_TITLE_WORDS):
        word, following = words[k].group(), words[k + 1].group()
        title_word = word[:1].islower() or fold(word) in NOT_NAME_WORDS or is_role_word(ctx, word)
        if not title_word and following[:1].isupper() and not is_role_word(ctx, following):
            break  # two capitalised words: the name starts here
        if not title_word and not following[:1].islower():
            return None
        k += 1  # a title word ("Premier" before "ministre" is no name)
    name = []
    while k < len(words) and words[k].group()[:1].isupper() and not is_role_word(ctx, words[k].group()):
        name.append(words[k])
        k += 1
    titled = any(is_role_word(ctx, w.group()) for w in words[: max(0, k - len(name))])
    if not titled or not 2 <= len(name) <= 3 or k >= len(words) or not words[k].group()[:1].islower():
        return None  # a title says it is a person ("La Banque Mondiale a publié …" has none)
    ns, ne = name[0].start(), name[-1].end()
    if text[ns:ne] != " ".join(w.group() for w in name) or ctx.mentions_in(max(0, ns - 1), ne + 1):
        return None  # not one run of words, or a body or place a stage marked
    others = [r for r in _CAPITALISED_RUN.finditer(text, ne, end) if not ctx.mentions_in(r.start(), r.end())]
    if others:
        return None  # another unmarked name in that sentence: no guess
    surface = text[ns:ne]
    return Speaker(Mention(ns, ne, "PER", fold(surface), None, surface), ns, ne, via, None)


#: How many sentences that open with a pronoun a reference may go back over to reach its subject.
PRONOUN_SENTENCES = 2
_OPENING_PRONOUN = re.compile(
    r"\W*(?:(?:but|and|yet|then|mais|et|puis|но|и|а)\W+)?(?:he|she|il|elle|он|она)\W", re.I
)


#: Prepositions (as written, not folded: French "à" is not the auxiliary "a") before an object person.
_PREPOSITIONS = frozenset(
    {"with", "to", "by", "from", "à", "au", "aux", "avec", "par", "auprès", "с", "со", "к", "от"}
)


def _opens_sentence_alone(ctx: Discourse, clause_start: int, m: Mention) -> bool:
    """A country that speaks opens its clause with at most an article ("Russia condemned", "La Russie a
    condamné"); "In Mali, the army …" names where, not who."""
    return all(fold(w) in _OPENING_DETERMINERS for w in WORD.findall(ctx.text[clause_start : m.start]))


def after_preposition(text: str, m: Mention) -> bool:
    """fr/en/ru: the person is the object of a preposition ("met with X", "a téléphoné à X", "с X")."""
    words = re.findall(r"[^\W\d_]+", text[max(0, m.start - 20) : m.start])
    return bool(words) and words[-1].lower() in _PREPOSITIONS


def possessive(text: str, m: Mention) -> bool:
    """ "Donald Trump's administration": the person owns what follows, the sentence is not about them."""
    return re.match(r"['’]s?(?![^\W_])", text[m.end : m.end + 3]) is not None


def _opens_with_pronoun(ctx: Discourse, start: int, end: int) -> bool:
    """fr/en/ru: the sentence's subject is a personal pronoun ("He added that …", "Mais il a …")."""
    return (
        ARABIC.search(ctx.text, start, end) is None
        and _OPENING_PRONOUN.match(ctx.text, start, end) is not None
    )


def _words_before_subject(ctx: Discourse, start: int, end: int) -> int:
    """Words before a sentence's subject, as many as a title would hold: in Arabic the verb comes first
    and a title of several words may follow it (وانتقل حاكم لويزيانا الجمهوري X), so three count as one."""
    words = len([w for w in WORD.findall(ctx.text[start:end]) if w != "s"])  # "Nigeria's President X"
    return words - ARABIC_TITLE_WORDS if ARABIC.search(ctx.text, start, end) else words


#: Words of an Arabic title between a sentence's verb and its subject not counted against it.
ARABIC_TITLE_WORDS = 3


def inside_quotation(text: str, start: int, pos: int) -> bool:
    """An opening mark before ``pos`` in ``text[start:pos]`` that is not closed yet."""
    segment = text[start:pos]
    return segment.count("«") > segment.count("»") or segment.count("“") > segment.count("”")


def quoted_before(text: str, start: int, pos: int) -> bool:
    """``pos`` is inside a quotation opened in ``text[start:pos]``, curly or straight (fr/en/ru)."""
    return inside_quotation(text, start, pos) or text.count('"', start, pos) % 2 == 1


#: How many words (a title, a verb in VSO order) may precede a sentence's subject.
SENTENCE_SUBJECT_WORDS = 3


#: A byline or dateline opening a line, with a dash and ending in a colon ("X- سبق- الرياض:", "جدة – واس:").
_DATELINE = re.compile(r"\s*[^\n:.،,]{2,60}?[-–—][^\n:.،,]{0,40}:\s*")


def _opens_its_sentence(ctx: Discourse, m: Mention, floor: int) -> bool:
    """The person is the subject of their sentence ("Le ministre X a reçu …", "التقى وزير الدفاع X …"),
    not an object further in ("The army killed militant leader X")."""
    start = start_of_sentence(ctx.text, m.start, floor)
    dateline = _DATELINE.match(ctx.text, start, m.start)
    if dateline is not None:  # "هادي آل كليب- سبق- متابعة: اطمأن نائب وزير الصحة X": the news opens after it
        start = dateline.end()
    words = WORD.findall(ctx.text[start : m.start])
    if not ctx.is_subject_position(m) or oblique_russian_name(m.text):
        return False  # ru: "Ивана X арестовали": a name in another case than the nominative is no subject
    return (
        len(words) <= SENTENCE_SUBJECT_WORDS
        or _long_title_after_verb(ctx, start, m)
        or _opening_title(ctx, start, m, words)
    )


def _opening_title(ctx: Discourse, start: int, m: Mention, words: Sequence[str]) -> bool:
    """fr/en/ru: the words before the name are its title, from the sentence start ("Le ministre de la
    Défense X a …", "Министр обороны X …"): the name still opens its sentence."""
    if ARABIC.search(ctx.text, start, m.start) is not None or len(words) > OPENING_TITLE_WORDS + 1:
        return False
    head = words[1] if len(words) > 1 and fold(words[0]) in NOT_NAME_WORDS else words[0]
    return is_role_word(ctx, head) and bool(title_classes_ending(ctx.text[start : m.start]))


def _long_title_after_verb(ctx: Discourse, start: int, m: Mention) -> bool:
    """Arabic: the verb, then a title of several words in one phrase, then the name ("نسب عضو
    الاتحادين السعودي والعربي لكرة السلة X …"): the title's head right after the verb makes the name
    its subject, however long the title's complement is."""
    between = ctx.text[start : m.start]
    words = [fold_word(w) for w in WORD.findall(between)]
    return (
        ARABIC.match(m.text) is not None
        and 2 <= len(words) <= SUBJECT_AFTER_VERB_WORDS
        and re.search(r"[،,:;؛\"«»“”()\[\]–—]", between) is None
        and (words[1] in _arabic_construct_roles() or without_article(words[1]) in _arabic_construct_roles())
        # a second title is someone else's: the name is the verb's object (استقبل رئيس الوزراء سفير اليابان X),
        # unless the first makes one title with it (نائب وزير الصحة X, وكيل وزير الداخلية X)
        and not any(
            without_article(w) in _arabic_construct_roles() and not (k == 2 and words[1] in _DEPUTY_TITLES)
            for k, w in enumerate(words[2:], 2)
        )
        and not any(p.label == "PER" for p in ctx.mentions_in(start, m.start))
    )


#: Arabic titles in construct with another title that make one office (نائب وزير, وكيل وزارة), folded.
_DEPUTY_TITLES = frozenset(fold(w) for w in ("نائب", "وكيل", "مساعد"))


#: Punctuation that ends a phrase naming a subject.
PHRASE_STOP = re.compile(r"[،,:;؛.!?؟\n\"«»“”(\[–—]|\s-\s")
MAX_DESCRIPTION_WORDS = 9


def words_between(ctx: Discourse, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` up to the first phrase-ending mark: (start, end, folded)."""
    stop = PHRASE_STOP.search(ctx.text, start, end)
    limit = stop.start() if stop else end
    found = []
    for m in WORD.finditer(ctx.text, start, limit):
        found.append((m.start(), m.end(), fold_word(m.group())))
        if len(found) > MAX_DESCRIPTION_WORDS + 2:
            break  # no phrase read from here is longer
    return found


#: Words before a head that are not part of its name, though capitalised at a sentence start.
#: Numbers and quantifiers too: "Three Malian sources confirmed …" brings in no new person.
NOT_NAME_WORDS = frozenset(
    {"the", "le", "la", "les", "l", "a", "an", "un", "une", "this", "ce", "cette",
     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some",
     "both", "few", "most", "other", "dozens", "hundreds",
     "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "plusieurs", "quelques",
     "certains", "certaines", "des", "два", "две", "три", "четыре", "пять", "несколько", "многие"}
)  # fmt: skip
