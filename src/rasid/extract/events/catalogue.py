"""The event catalogue: PLOVER event types with their triggers, frames, vetoes and lexicons, read from the
data files (a user's files extend it)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasid.errors import ConfigError
from rasid.extract.cuedata import cue_phrases, load_definitions, per_language_phrases, read_yaml
from rasid.extract.matcher import fold_gap
from rasid.extract.phrases import PhraseMatcher

STAGE = "rasid.events.v2"
ONTOLOGY = "PLOVER-0.7"
#: "UNNAMED": a force or group described, not named (مسلحون, "des terroristes", боевики), or what an attack hits
ACTOR_TYPES = frozenset({"PER", "ORG", "ARMED_GROUP", "MEDIA", "GPE", "UNNAMED"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: How far after an Arabic verb its subject may start (characters): further on, an actor is its object.
VSO_REACH = 25
#: How far a person's name may stand after the place or body that ends his title (بالجوف الدكتور X).
TITLE_TAIL = 20
#: Endings of a Russian noun in the instrumental case (боевиками, террористами, боевиком): the doer of a passive.
INSTRUMENTAL = re.compile(r"(?:ами|ями|ом|ем)$")
#: How far before an entity its marking preposition may be (characters, same clause).
MARK_REACH = 24
#: No cue phrase is longer than this (characters): a look-up starts this far before its window.
LONGEST_CUE = 80
_PASSIVE = {
    "ar": ("تم", "يتم", "سيتم", "جري", "يجري", "تمت"),
    "fr": ("ete", "est", "sont", "etait", "etaient"),
    "en": ("was", "were", "been", "be", "is", "are", "being"),
    "ru": ("был", "была", "были", "было", "будет", "будут"),
}
#: An actor after one of these did the act: "على يد", "من قبل", "by", "par", "со стороны".
_AGENT_MARKS = {
    "ar": ("علي يد", "من قبل", "بواسطه", "بقياده", "بقيادة"),
    "fr": ("par", "de la part de"),
    "en": ("by",),
    "ru": ("со стороны", "силами"),
}
#: A place after one of these is where the event happened (or where the forces went).
_LOCATIVE_MARKS = {
    "ar": ("في", "ب", "الي", "نحو", "قرب", "بالقرب من", "شمال", "جنوب", "شرق", "غرب", "وسط", "مدينه", "منطقه",
           "العاصمه", "بلده", "قريه", "محافظه", "ولايه", "اقليم", "داخل", "شمالي", "جنوبي", "شرقي", "غربي", "الحدود مع",
           "الحدود", "حدود"),
    "fr": ("a", "au", "en", "dans", "pres de", "pres du", "pres des", "vers", "region de", "ville de", "nord", "sud", "est",
           "ouest", "frontiere avec", "frontieres avec", "frontiere", "frontieres"),
    "en": ("in", "at", "near", "to", "into", "outside", "north of", "south of", "east of", "west of", "region of",
           "border with", "borders with"),
    "ru": ("в", "во", "на", "под", "около", "близ", "к", "районе", "городе", "севере", "юге", "востоке", "западе",
           "границе с", "границы с"),
}  # fmt: skip


def lang_of(word: str) -> str:
    """The script of a word: ``ar``, ``ru``, or ``en`` for Latin (French and English marks go together)."""
    for ch in word:
        if "\u0600" <= ch <= "\u06ff":
            return "ar"
        if "\u0400" <= ch <= "\u04ff":
            return "ru"
    return "en"


def folded_set(words: Sequence[str]) -> frozenset[str]:
    return frozenset(fold_gap(w).strip() for w in words)


@lru_cache(maxsize=16)
def lexicon_words(group: str) -> frozenset[str]:
    """The folded words of a lexicon group of the packaged catalogue, all languages together, for rules that read
    the words before or after an actor rather than cues (own_act_gap, group_of)."""
    return folded_set([w for words in catalogue().lexicon[group].values() for w in words])


def _by_lang(marks: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """Marks per script: Latin merges French and English (a mark list is small, collisions harmless)."""
    latin = [*marks.get("fr", ()), *marks.get("en", ())]
    return {
        "ar": folded_set(marks.get("ar", ())),
        "ru": folded_set(marks.get("ru", ())),
        "en": folded_set(latin),
    }


#: A word that opens a reported clause: an actor before it is a speaker, not a party to the event.
COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "that", "que", "qu", "что", "чтобы"})
#: A full stop ends a clause, not the dot of an initial or an abbreviation (S.E.M. Diop, M.Lavrov).
_STOP = r"(?<!\b\w)\.(?=\s|$)"
CLAUSE_BREAK = re.compile(rf"[;؛:!?]|{_STOP}")
#: The end of the trigger's clause: a full stop, or a comma opening another coordinated clause ("، وقال");
#: not "، في": the preposition في is no conjunction ف; nor is the و that begins a title or a body
#: ("استقبل الملك، في جدة، وزير الدفاع": the minister is the one received).
_WAW_WORDS = r"زير|زيرة|زراء|زارة|فد|لي\b|لي\s+العهد|كيل|كالة|الي\b|كلاء"
CLAUSE_END = re.compile(
    rf"[;؛:!?]|{_STOP}|[,،]\s*(?:و(?!{_WAW_WORDS})|ف(?!ي\b|ى\b)|and\b|et\b|и\b|while\b|alors\b)"
)
#: Prepositions that make an actor an argument of some other word (تعاونها مع روسيا, "talks with"):
#: after the trigger, an actor behind one that the event type does not use is no subject or object.
OBLIQUE = _by_lang({
    "ar": ("مع", "عن", "في", "الي", "حتي", "بعد", "قبل", "ب", "ك", "لدي", "عند", "بين", "التابعه", "التابع"),  # not من: مسلحون من داعش
    "fr": ("avec", "pour", "dans", "sur", "après", "avant", "depuis", "chez", "entre"),
    "en": ("with", "from", "for", "in", "on", "at", "after", "before", "since", "between", "about"),
    "ru": ("с", "со", "из", "от", "для", "после", "до", "о", "об", "между", "в", "на"),
})  # fmt: skip
GLUED = frozenset("بلك")
#: "تعرضت دورية لهجوم", "est tombée dans une embuscade", "a été victime d'une attaque", "стали жертвами нападения",
#: "وقعت دورية ضحية كمين"
UNDERGO = (
    "تعرض",
    "يتعرض",
    "تتعرض",
    "suffered",
    "subi",
    "underwent",
    "подверг",
    "tombe",
    "victime",
    "ضحيه",  # وقعت دورية ضحية كمين (folded ضحية)
    "жертв",
    "came under",
    "попал",
    "fell",
)
NISBA = re.compile(r"^ال\S+ي(?:ة|ه)?$")
NAMED_GROUPS = frozenset({"ORG", "ARMED_GROUP", "EVENT", "MEDIA"})
#: Frame members read from the entities and equipment layers rather than from a lexicon group.
_ENTITY_KINDS = frozenset({"armed_actor", "actor", "person", "place", "equipment"})
AGENT_BY_SCRIPT = _by_lang(_AGENT_MARKS)
LOCATIVE_BY_SCRIPT = _by_lang(_LOCATIVE_MARKS)
PASSIVE_MARKS = _by_lang(_PASSIVE)


@dataclass(frozen=True)
class EventType:
    id: str
    definition: dict[str, Any]
    frame: tuple[tuple[str, ...], ...]
    window: int
    window_before: int
    #: whether a place can be the target (a town attacked or retaken), not only where it happened
    place_targets: bool
    #: whether the event needs two parties (a meeting): both roles, or one and an official by title
    two_parties: bool
    #: languages in which a two-party event told again by a definite noun (the meeting, ce sommet) keeps the parties
    #: check the event it refers to passed, with no further check of its own
    told_again_languages: frozenset[str]
    #: languages in which a visit to a country is a meeting even when no visitor is named in its clause (the visit
    #: of a delegation described by its nationality): the country visited is the host
    visited_country_languages: frozenset[str]
    veto: tuple[str, ...]
    #: veto words that also have this type's sense (أهداف: goals, or targets): they veto only with no force near
    veto_ambiguous: frozenset[str]
    veto_window: int
    #: lexicon group -> its own veto window, for words that give another sense only close to the trigger
    #: (the patients or the exhibition a visit is to, not a hospital named further on)
    veto_windows: dict[str, int]
    #: trigger phrase as written -> a lexicon group one of whose words must follow it closely in its
    #: sentence (أطلق ... النار: fire, not a campaign or a product launched)
    trigger_needs: dict[str, str]
    trigger_needs_window: int
    #: how far after a trigger *verb* its needed word may stand, past a long subject (نشرت الولايات المتحدة اليوم
    #: مقاتلات, فتح عناصر من الحزب النار), and before it when the group is one of `trigger_needs_subjects`;
    #: 0: after it within `trigger_needs_window`, like a noun's (انتشار القوات)
    trigger_needs_verb_window: int
    #: needed groups whose word may be the verb's subject, before it (القوات انتشرت, عبوة ناسفة انفجرت); not fire
    #: before فتح (وقف إطلاق النار ... فتحت المعبر): the fire opened is the verb's object
    trigger_needs_subjects: frozenset[str]
    #: trigger -> lexicon group of which a word must come right after it, or a figure: the object of an active verb
    #: (the army killed four men, killed 11 soldiers), not a passive's tail (soldiers killed in the attack)
    trigger_needs_next: dict[str, str]
    #: trigger -> lexicon group of which a word must stand just before it (within `trigger_follows_window`
    #: characters): a relative clause or a participle that tells of the noun before it (الاتفاق النووي الذي تم
    #: التوصل إليه, الاتفاقية الموقعة بين), no event without that noun
    trigger_follows: dict[str, str]
    trigger_follows_window: int
    #: trigger -> lexicon group of which a word right after it, as its object, gives the trigger another sense (تستهدف
    #: أمن البلاد: a country's security or a faith aimed at, no armed attack)
    trigger_unless_next: dict[str, str]
    #: trigger phrase as written -> a lexicon group that, right around it in its sentence (`trigger_unless_window`
    #: characters before it, `trigger_unless_window_after` after it), gives the trigger another reading (an
    #: official who arrives is on a visit, not a force deployed)
    trigger_unless: dict[str, str]
    trigger_unless_window: int
    trigger_unless_window_after: int
    #: trigger verb as written -> a lexicon group whose word, as the verb's object past a long subject (within
    #: `trigger_unless_object_window` characters after it, in its clause), gives it another reading (زار الأمير X
    #: أمس المصابين في المستشفى: a visit to the wounded, no meeting)
    trigger_unless_object: dict[str, str]
    trigger_unless_object_window: int
    theme_role: str
    target_marks: dict[str, frozenset[str]]
    source_marks: dict[str, frozenset[str]]
    #: trigger nouns whose unmarked follower is the agent (هجوم جهاديين, attaque des jihadistes)
    agent_nouns: frozenset[str] = frozenset()
    #: whether unnamed actors (مسلحون, "des terroristes", the army, a convoy) can take a role
    unnamed_actors: bool = False
    #: whether parties named by a description (القوى العالمية, الحكومة اليونانية, اليونانيين) can take a role
    described_parties: bool = False
    #: of the actors after a verb, a person is the object (a guest received), before a body or a place
    prefer_person: bool = False
    #: lexicon group -> the type to code instead when a member is in the trigger's clause
    recode: tuple[tuple[str, str], ...] = ()
    #: whether a country where the event happens is its recipient when no other is named (aid, training)
    place_recipient: bool = False
    #: trigger phrases with no other sense in news (an ambush, shelling): they need no frame word
    frame_free: frozenset[str] = frozenset()
    #: verbs that tell an event only with their doer right before them, as their subject (داعش يستهدف المصلين);
    #: else they describe an aim (تخطيط إرهابي يستهدف بلادي, برنامج يستهدف رعاية المصابين)
    doer_first: frozenset[str] = frozenset()
    #: trigger nouns whose frame is also met by a country or body, whose act they name (le retrait de la France)
    actor_nouns: frozenset[str] = frozenset()
    #: attack nouns whose frame is also met by a place or an attack object marked as their target right after
    #: them (the attack on Kidal, l'attaque de Solhan, нападение на деревню), with those marks per script
    place_target_nouns: frozenset[str] = frozenset()
    place_target_marks: dict[str, frozenset[str]] = field(default_factory=dict)
    #: participles (folded, as written in the text) that, right after a force and before a place, describe
    #: where it stands rather than report its deployment ("les soldats français déployés au Niger")
    attributive: frozenset[str] = frozenset()
    #: how far (characters) after the last event of the type a definite mention of it ("the attack", "cette
    #: attaque", "الهجوم") still refers back to it; an indefinite noun refers back only within ANAPHORA_REACH
    definite_reach: int = 0
    #: trigger nouns that only name again an event of the type told before (هذا اللقاء, وأكد أن الزيارة): with no such
    #: event within reach they code nothing
    anaphors: frozenset[str] = frozenset()
    #: parties of equal standing (a meeting, an agreement): of a coordinated pair ("France and Chad signed"), the
    #: first is the source and the second the target, not a second doer
    symmetric: bool = False
    #: lexicon groups of words (purpose, wish) that, right before a trigger noun, make it an act aimed at or wished
    #: for rather than told (من أجل تحرير تعز, تعهد باستعادة المدينة), besides the `not_told` words every type reads
    not_told: tuple[str, ...] = ()
    #: a lexicon group of act nouns: when set, a trigger noun right after a purpose ل (لتحرير, للسيطرة على) names an
    #: aim unless one of these stands right before it (عملية عسكرية لاستعادة الجامعة: the operation is told)
    purpose_proclitic: str | None = None


@dataclass(frozen=True)
class Catalogue:
    """Everything the stage matches, compiled once per set of event files."""

    triggers: (
        PhraseMatcher  # keys "type|v" (a verb), "type|r" (a verb of receiving), "type|n" (a noun or phrase)
    )
    context: PhraseMatcher  # keys "x|type" (excluded collocation), "lex|group", "mod|kind", "mode|type|mode"
    types: dict[str, EventType]
    #: (type id, an Arabic trigger's generated form: تفجيرا, مباحثاته, استقبله) -> the noun or verb as written in
    #: the data file, whose settings (frame_free, trigger_needs, agent_nouns, ...) it takes
    noun_forms: dict[tuple[str, str], str]
    #: modality kinds in the order they are tried: (kind, flag it reports, window before the trigger)
    modality: tuple[tuple[str, str, int], ...]
    #: per document language (en, fr), the veto cues (key, phrase as written) listed only under the other Latin
    #: language, which veto nothing there: French and English share one matcher, and the French sports "but" is the
    #: English conjunction (frames keep both lists, whose cognates serve both languages: terrorist*, accord)
    foreign_cues: dict[str, frozenset[tuple[str, str]]]
    #: the ``lexicon`` section as written (group -> language -> words), for rules that read a group's words
    lexicon: Mapping[str, Mapping[str, Sequence[str]]]


def _phrases(entry: Mapping[str, Any] | None) -> list[str]:
    return per_language_phrases(entry, "the event catalogue")


def _foreign_cues(veto_entries: Mapping[str, Mapping[str, Any]]) -> dict[str, frozenset[tuple[str, str]]]:
    """For an English document, the (key, phrase) veto cues only French lists give, and for a French one only
    English: a veto word of one language is often a common word of the other (but, stand, site, encore). A
    phrase the other list also covers (accord under accord*) stays a cue of both."""

    def covered(phrase: str, home: Sequence[str]) -> bool:
        word = fold_gap(phrase).strip()
        return any(
            word == (h := fold_gap(p).strip()) or (h.endswith("*") and word.startswith(h[:-1])) for p in home
        )

    foreign: dict[str, set[tuple[str, str]]] = {"en": set(), "fr": set()}
    for key, entry in veto_entries.items():
        fr, en = entry.get("fr") or (), entry.get("en") or ()
        foreign["en"] |= {(key, p) for p in fr if not covered(p, en)}
        foreign["fr"] |= {(key, p) for p in en if not covered(p, fr)}
    return {lang: frozenset(cues) for lang, cues in foreign.items()}


#: Last letters after which an Arabic noun takes no alif of the indefinite accusative (مدرسةً, مستشفى, عملاء),
#: and the wildcard (a phrase ending in * matches any ending already).
_NO_TANWEEN_ALIF = tuple("ةاىيءه*")


#: Lexicon groups of nouns, which also match in the indefinite accusative (وقع الحزب اتفاقا).
_NOUN_GROUPS = frozenset(
    {"unnamed_actor", "bystanders", "attack_object", "visit_object", "publishing", "pact", "agreement_word"}
)


#: Possessive pronouns an Arabic noun takes as a suffix: his/its, her/its, their, their two (زيارته, مباحثاتها).
_AR_POSSESSIVES = ("ه", "ها", "هم", "هما")


def arabic_noun_forms(noun: str) -> list[str]:
    """The other written forms of a one-word Arabic trigger noun, which the matcher (it strips proclitics, not
    endings) would miss: the indefinite accusative (نفذ تفجيرا, شنوا قصفا), the dual (كمينين, غارتين) and the noun
    with a possessive pronoun (مباحثاته, زيارتها, قصفهم; ة is written ت before them). Not a noun with the article, a wildcard, a hamza or
    vowel ending (لقاء, هجوما). A form that is no word (مدربينه: the ن of a plural drops) never matches."""
    if " " in noun or noun.startswith("ال") or noun.endswith(("*", "ا", "ى", "ء", "ه")):
        return []
    stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
    forms = [stem + pronoun for pronoun in _AR_POSSESSIVES]
    if not noun.endswith("ات"):  # the dual (كمينين, غارتين); of a plural it is no word and never matches
        forms += [stem + "ين", stem + "ان"]
    if not noun.endswith(_NO_TANWEEN_ALIF) and not noun.endswith("ات"):
        forms.append(noun + "ا")  # a feminine plural (هجمات) takes its tanween with no alif
    return forms


#: What may follow the stem of an Arabic trigger verb written with ``*`` (وصل*, شن*, سلم*): the endings of the
#: past tense (وصلت, شنوا, سلمتا), alone or with an object pronoun (شنته, أرسلوها). Any other ending makes another
#: word that begins with the same letters (وصلابة, وصلة, شنطة, شنغهاي, سلمان, سلمية): no trigger.
_AR_SUBJECT_ENDINGS = ("", "ت", "تا", "ا", "وا", "ن", "نا", "تم", "تما", "تن")
_AR_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "ني", "نا")
AR_VERB_ENDINGS = frozenset(_AR_SUBJECT_ENDINGS) | {
    subject + pronoun
    for subject in ("", "ت", "تا", "ا", "و", "ن", "نا", "تمو")
    for pronoun in _AR_OBJECT_PRONOUNS
}
_AR_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")  # short vowels, shadda, sukun, dagger alif, tatweel


def inflected_arabic_verb(phrase: str, word: str) -> bool:
    """Whether ``word`` (as written, its proclitic off) is the Arabic verb ``phrase`` written with a trailing ``*``
    in one of its inflections, not another word that starts with the same letters (وصلابة for وصل*)."""
    if not phrase.endswith("*") or " " in phrase or lang_of(phrase) != "ar":
        return True
    letters = _AR_MARKS.sub("", word)
    return letters[len(phrase) - 1 :] in AR_VERB_ENDINGS


def arabic_verb_forms(verb: str) -> list[str]:
    """A one-word Arabic trigger verb with an object pronoun (استقبله, التقاها, خطفهم; ى is written ا before it),
    for the types whose data asks for them (``object_pronouns``). Not ه after a stem of three letters: folded (ة is
    read as ه), زاره is also the ministry of وزارة."""
    if " " in verb or verb.endswith(("*", "ا", "ه")):
        return []
    stem = verb[:-1] + "ا" if verb.endswith("ى") else verb
    return [stem + pronoun for pronoun in _AR_POSSESSIVES if pronoun != "ه" or len(stem) > 3]


def _with_article(phrases: list[str], nouns: bool = False) -> list[str]:
    """Arabic lexicon words match with and without ال (the matcher strips clitics, not the article); with
    ``nouns``, a one-word noun also in the indefinite accusative: مسجد, مسجدا (استهدف مسجدا)."""
    out = list(phrases)
    for phrase in phrases:
        if lang_of(phrase) == "ar" and not phrase.startswith("ال"):
            out.append("ال" + phrase)
            if nouns and " " not in phrase and not phrase.endswith(_NO_TANWEEN_ALIF):
                out.append(phrase + "ا")
    return out


def _sections(extra_files: Sequence[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The ``lexicon`` and ``modality`` sections: a user's group or modality kind replaces the packaged one."""
    packaged = resources.files("rasid.data.events").joinpath("event_types.yaml").read_text(encoding="utf-8")
    lexicon: dict[str, Any] = {}
    modality: dict[str, Any] = {"kinds": {}}
    sources = [("rasid.data.events/event_types.yaml", packaged)]
    sources += [(str(p), Path(p).read_text(encoding="utf-8")) for p in extra_files]
    for source, raw in sources:
        data = read_yaml(source, raw)
        lexicon.update(data.get("lexicon") or {})
        section = data.get("modality") or {}
        if "window" in section:
            modality["window"] = section["window"]
        modality["kinds"].update(section.get("kinds") or {})
    return lexicon, modality


def catalogue(extra_files: Sequence[str] = ()) -> Catalogue:
    """The packaged event catalogue with the user's files layered over it (an entry replaces its id)."""
    # one cache key per file list: ``catalogue()`` and ``catalogue(())`` were two keys, so two builds
    return _built_catalogue(tuple(extra_files))


@lru_cache(maxsize=8)
def _built_catalogue(files: tuple[str, ...]) -> Catalogue:
    definitions = load_definitions("rasid.data.events", "event_types.yaml", "event_types", files)
    lexicon, modality = _sections(files)
    trigger_phrases: dict[str, list[str]] = {}
    context_phrases: dict[str, list[str]] = {}
    types: dict[str, EventType] = {}
    noun_forms: dict[tuple[str, str], str] = {}
    for d in definitions:
        type_id = str(d["id"])
        verbs, nouns = cue_phrases(d, "verbs"), cue_phrases(d, "triggers")
        for phrases, forms_of in ((nouns, arabic_noun_forms), (verbs, arabic_verb_forms)):
            if forms_of is arabic_verb_forms and not d.get("object_pronouns"):
                continue
            written = set(phrases)
            for phrase in [p for p in phrases if lang_of(p) == "ar"]:
                for form in forms_of(phrase):
                    if form not in written:
                        written.add(form)
                        phrases.append(form)
                        noun_forms[(type_id, form)] = phrase
        trigger_phrases[f"{type_id}|v"] = verbs
        trigger_phrases[f"{type_id}|n"] = nouns
        trigger_phrases[f"{type_id}|r"] = cue_phrases(d, "receive_verbs")
        context_phrases[f"x|{type_id}"] = cue_phrases(d, "exclude")
        for mode, cues in (d.get("modes") or {}).items():
            context_phrases[f"mode|{type_id}|{mode}"] = _phrases(cues)
        types[type_id] = EventType(
            id=type_id,
            definition=d,
            frame=tuple(tuple(group) for group in d.get("frame") or ()),
            window=int(d.get("window", 70)),
            window_before=int(d.get("window_before", d.get("window", 70))),
            place_targets=bool(d.get("place_targets", False)),
            two_parties=bool(d.get("two_parties", False)),
            told_again_languages=frozenset(str(x) for x in d.get("told_again_languages") or ()),
            visited_country_languages=frozenset(str(x) for x in d.get("visited_country_languages") or ()),
            veto=tuple(d.get("veto") or ()),
            veto_ambiguous=folded_set(cue_phrases(d, "veto_ambiguous")),
            veto_window=int(d.get("veto_window", 30)),
            veto_windows={str(g): int(w) for g, w in (d.get("veto_windows") or {}).items()},
            trigger_needs={str(t): str(g) for t, g in (d.get("trigger_needs") or {}).items()},
            trigger_needs_window=int(d.get("trigger_needs_window", 40)),
            trigger_needs_verb_window=int(d.get("trigger_needs_verb_window", 0)),
            trigger_needs_next={str(t): str(g) for t, g in (d.get("trigger_needs_next") or {}).items()},
            trigger_unless_next={str(t): str(g) for t, g in (d.get("trigger_unless_next") or {}).items()},
            trigger_follows={str(t): str(g) for t, g in (d.get("trigger_follows") or {}).items()},
            trigger_follows_window=int(d.get("trigger_follows_window", 30)),
            trigger_needs_subjects=frozenset(str(g) for g in d.get("trigger_needs_subjects") or ()),
            trigger_unless={str(t): str(g) for t, g in (d.get("trigger_unless") or {}).items()},
            trigger_unless_window=int(d.get("trigger_unless_window", 30)),
            trigger_unless_window_after=int(d.get("trigger_unless_window_after", 12)),
            trigger_unless_object={str(t): str(g) for t, g in (d.get("trigger_unless_object") or {}).items()},
            trigger_unless_object_window=int(d.get("trigger_unless_object_window", 0)),
            theme_role=str(d.get("theme_role", "target")),
            target_marks=_by_lang(d.get("target_marks") or {}),
            source_marks=_by_lang(d.get("source_marks") or {}),
            agent_nouns=frozenset(cue_phrases(d, "agent_nouns")),
            unnamed_actors=bool(d.get("unnamed_actors", False)),
            described_parties=bool(d.get("described_parties", False)),
            prefer_person=bool(d.get("prefer_person", False)),
            recode=tuple((str(k), str(v)) for k, v in (d.get("recode") or {}).items()),
            place_recipient=bool(d.get("place_recipient", False)),
            frame_free=frozenset(cue_phrases(d, "frame_free")),
            doer_first=frozenset(cue_phrases(d, "doer_first")),
            actor_nouns=frozenset(cue_phrases(d, "actor_nouns")),
            place_target_nouns=frozenset(cue_phrases(d, "place_target_nouns")),
            place_target_marks=_by_lang(d.get("place_target_marks") or {}),
            attributive=folded_set(cue_phrases(d, "attributive")),
            symmetric=bool(d.get("symmetric", False)),
            definite_reach=int(d.get("definite_reach", 0)),
            anaphors=frozenset(cue_phrases(d, "anaphors")),
            not_told=tuple(str(g) for g in d.get("not_told") or ()),
            purpose_proclitic=str(d["purpose_proclitic"]) if d.get("purpose_proclitic") else None,
        )
    for group, words in lexicon.items():
        context_phrases[f"lex|{group}"] = _with_article(_phrases(words), nouns=group in _NOUN_GROUPS)
    for etype in types.values():
        unknown = {k for g in etype.frame for k in g} | set(etype.veto) | set(etype.veto_windows)
        unknown |= set(etype.trigger_needs.values()) | set(etype.trigger_unless.values())
        unknown |= set(etype.trigger_needs_next.values()) | set(etype.trigger_unless_next.values())
        unknown |= set(etype.trigger_follows.values()) | set(etype.trigger_unless_object.values())
        unknown |= {k for k, _ in etype.recode} | set(etype.not_told)
        unknown |= {etype.purpose_proclitic} if etype.purpose_proclitic else set()
        unknown -= set(lexicon) | _ENTITY_KINDS
        bad_recode = [t for _, t in etype.recode if t not in types]
        if bad_recode:
            raise ConfigError(f"event type {etype.id!r}: recode names unknown types {bad_recode}")
        if unknown:
            raise ConfigError(
                f"event type {etype.id!r}: frame/veto names {sorted(unknown)}, which are neither lexicon groups"
                f" nor {sorted(_ENTITY_KINDS)}: add them under 'lexicon:' or fix the name"
            )
    default_window = int(modality.get("window", 45))
    kinds = []
    for kind, entry in modality["kinds"].items():
        cues = {k: v for k, v in entry.items() if k not in ("window", "flag")}
        context_phrases[f"mod|{kind}"] = _phrases(cues)
        kinds.append((kind, str(entry.get("flag", kind)), int(entry.get("window", default_window))))
    return Catalogue(
        triggers=PhraseMatcher(trigger_phrases),
        context=PhraseMatcher(context_phrases),
        types=types,
        modality=tuple(kinds),
        noun_forms=noun_forms,
        foreign_cues=_foreign_cues(
            {f"lex|{group}": lexicon[group] or {} for group in {g for t in types.values() for g in t.veto}}
        ),
        lexicon={group: dict(words or {}) for group, words in lexicon.items()},
    )


def event_definitions(extra_files: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The event types (packaged, then the user's), as written in the data files."""
    return [t.definition for t in catalogue(tuple(extra_files)).types.values()]
