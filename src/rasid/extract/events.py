"""Event coding with roles: who did what to whom, where and when, in the PLOVER ontology.

A trigger word (``data/events/event_types.yaml``) becomes an event only when its sentence gives
it an event reading:

* **Word sense.** The trigger needs its argument frame near it: a deployment needs troops or an
  armed group, a delivery needs weapons or an item of the equipment layer, a recapture needs an
  armed actor *and* a place. Collocations in which the word means something else (نشر الإعلانات,
  تحرير محضر, تسليم الجوائز, "deploy an app", "livrer un discours") are data, and veto it. A few
  triggers have no other sense in news and need no frame word (an ambush, shelling, обстрел), and a
  withdrawal noun is also framed by the country or body whose withdrawal it names (le retrait de la France).
* **Roles, by position.** The source and target actors are chosen from the entities around the
  trigger by the words that mark them: an agent phrase (على يد, من قبل, by, par, со стороны), a
  per-type recipient preposition (ضد/على for an attack, إلى/to/в for a delivery, مع/with for a
  meeting), word order (Arabic VSO: the unmarked actor after a verb is its subject; SVO: the
  actor before it), and voice (after تم/was/été the unmarked actor is the patient). A mark before a
  title or a head phrase is the name's it leads to ("a visit by Foreign Minister X", استقبل معالي ...
  الدكتور X), names joined by a conjunction share a mark ("between X and Y": Y is the other party),
  and a speaker reporting the event is no party to it unless its verb takes the act itself (أعلن
  الجيش تنفيذ ضربات). Places after a locative preposition are the location, with coordinates from the
  knowledge base.
* **Roles, by what the words say of them.** Who holds off an attack was attacked (l'armée a repoussé
  l'attaque); the dead listed after "among them" are victims; a denied claim names no attacker; a Russian
  passive's doer is in the instrumental (обстреляны боевиками); a meeting's other party named by office is
  that office, not the country it serves (avec les chefs de la diplomatie du Mali); "his visit" (زيارته) is
  paid by the person the text just named.
* **Date.** The date in the sentence nearest to the trigger (``dates`` layer), with its
  precision; the publication date only when the sentence has none, marked as such.
* **Modality.** Cues before the trigger: conditional, denied, negated, planned, reported, else
  asserted (PLOVER's "hypothetical", "negation" and "future" contexts).

There is no parser: ``attrs.method`` says so, and each event carries its trigger span and the
sentence as evidence for an analyst to confirm. An event needs at least one argument (a source,
a target or a location): a trigger with nobody and nowhere around it codes nothing, unless its
clause names fighters or weapons (an attack repelled, drones that struck).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rasid.errors import ConfigError
from rasid.extract.cuedata import load_definitions, read_yaml
from rasid.extract.dates import gregorian_value
from rasid.extract.matcher import PreparedText, fold_gap, prepare
from rasid.extract.phrases import PhraseMatch, PhraseMatcher
from rasid.kb import KnowledgeBase, load_kb
from rasid.model import Annotation, Document, Span
from rasid.pipeline import register_stage
from rasid.text.segment import sentences

STAGE = "rasid.events.v2"
ONTOLOGY = "PLOVER-0.7"
#: "UNNAMED": a force or group described, not named (مسلحون, "des terroristes", боевики), or what an attack hits
ACTOR_TYPES = frozenset({"PER", "ORG", "ARMED_GROUP", "MEDIA", "GPE", "UNNAMED"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: How far after an Arabic verb its subject may start (characters): further on, an actor is its object.
_VSO_REACH = 25
#: How far a person's name may stand after the place or body that ends his title (بالجوف الدكتور X).
_TITLE_TAIL = 20
#: Endings of a Russian noun in the instrumental case (боевиками, террористами, боевиком): the doer of a passive.
_INSTRUMENTAL = re.compile(r"(?:ами|ями|ом|ем)$")
#: How far before an entity its marking preposition may be (characters, same clause).
_MARK_REACH = 24
#: No cue phrase is longer than this (characters): a look-up starts this far before its window.
_LONGEST_CUE = 80
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


def _lang_of(word: str) -> str:
    """The script of a word: ``ar``, ``ru``, or ``en`` for Latin (French and English marks go together)."""
    for ch in word:
        if "\u0600" <= ch <= "\u06ff":
            return "ar"
        if "\u0400" <= ch <= "\u04ff":
            return "ru"
    return "en"


def _folded_set(words: Sequence[str]) -> frozenset[str]:
    return frozenset(fold_gap(w).strip() for w in words)


def _by_lang(marks: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """Marks per script: Latin merges French and English (a mark list is small, collisions harmless)."""
    latin = [*marks.get("fr", ()), *marks.get("en", ())]
    return {
        "ar": _folded_set(marks.get("ar", ())),
        "ru": _folded_set(marks.get("ru", ())),
        "en": _folded_set(latin),
    }


#: A word that opens a reported clause: an actor before it is a speaker, not a party to the event.
_COMPLEMENTIZERS = frozenset({"ان", "بان", "انه", "انها", "that", "que", "qu", "что", "чтобы"})
#: A full stop ends a clause, not the dot of an initial or an abbreviation (S.E.M. Diop, M.Lavrov).
_STOP = r"(?<!\b\w)\.(?=\s|$)"
_CLAUSE_BREAK = re.compile(rf"[;؛:!?]|{_STOP}")
#: The end of the trigger's clause: a full stop, or a comma opening another coordinated clause ("، وقال");
#: not "، في": the preposition في is no conjunction ف; nor is the و that begins a title or a body
#: ("استقبل الملك، في جدة، وزير الدفاع": the minister is the one received).
_WAW_WORDS = r"زير|زيرة|زراء|زارة|فد|لي\b|لي\s+العهد|كيل|كالة|الي\b|كلاء"
_CLAUSE_END = re.compile(
    rf"[;؛:!?]|{_STOP}|[,،]\s*(?:و(?!{_WAW_WORDS})|ف(?!ي\b|ى\b)|and\b|et\b|и\b|while\b|alors\b)"
)
#: Prepositions that make an actor an argument of some other word (تعاونها مع روسيا, "talks with"):
#: after the trigger, an actor behind one that the event type does not use is no subject or object.
_OBLIQUE = _by_lang({
    "ar": ("مع", "عن", "في", "الي", "حتي", "بعد", "قبل", "ب", "ك", "لدي", "عند", "بين", "التابعه", "التابع"),  # not من: مسلحون من داعش
    "fr": ("avec", "pour", "dans", "sur", "après", "avant", "depuis", "chez", "entre"),
    "en": ("with", "from", "for", "in", "on", "at", "after", "before", "since", "between", "about"),
    "ru": ("с", "со", "из", "от", "для", "после", "до", "о", "об", "между", "в", "на"),
})  # fmt: skip
_GLUED = frozenset("بلك")
#: "تعرضت دورية لهجوم", "est tombée dans une embuscade", "a été victime d'une attaque", "стали жертвами нападения"
_UNDERGO = (
    "تعرض",
    "يتعرض",
    "تتعرض",
    "suffered",
    "subi",
    "underwent",
    "подверг",
    "tombe",
    "victime",
    "жертв",
    "came under",
    "попал",
    "fell",
)
_NISBA = re.compile(r"^ال\S+ي(?:ة|ه)?$")
_NAMED_GROUPS = frozenset({"ORG", "ARMED_GROUP", "EVENT", "MEDIA"})
#: Frame members read from the entities and equipment layers rather than from a lexicon group.
_ENTITY_KINDS = frozenset({"armed_actor", "actor", "person", "place", "equipment"})
_AGENT_BY_SCRIPT = _by_lang(_AGENT_MARKS)
_LOCATIVE_BY_SCRIPT = _by_lang(_LOCATIVE_MARKS)
_PASSIVE_MARKS = _by_lang(_PASSIVE)


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
    #: trigger phrase as written -> a lexicon group that, right around it in its sentence (`trigger_unless_window`
    #: characters before it, `trigger_unless_window_after` after it), gives the trigger another reading (an
    #: official who arrives is on a visit, not a force deployed)
    trigger_unless: dict[str, str]
    trigger_unless_window: int
    trigger_unless_window_after: int
    theme_role: str
    target_marks: dict[str, frozenset[str]]
    source_marks: dict[str, frozenset[str]]
    #: trigger nouns whose unmarked follower is the agent (هجوم جهاديين, attaque des jihadistes)
    agent_nouns: frozenset[str] = frozenset()
    #: whether unnamed actors (مسلحون, "des terroristes", the army, a convoy) can take a role
    unnamed_actors: bool = False
    #: of the actors after a verb, a person is the object (a guest received), before a body or a place
    prefer_person: bool = False
    #: lexicon group -> the type to code instead when a member is in the trigger's clause
    recode: tuple[tuple[str, str], ...] = ()
    #: whether a country where the event happens is its recipient when no other is named (aid, training)
    place_recipient: bool = False
    #: trigger phrases with no other sense in news (an ambush, shelling): they need no frame word
    frame_free: frozenset[str] = frozenset()
    #: trigger nouns whose frame is also met by a country or body, whose act they name (le retrait de la France)
    actor_nouns: frozenset[str] = frozenset()
    #: participles (folded, as written in the text) that, right after a force and before a place, describe
    #: where it stands rather than report its deployment ("les soldats français déployés au Niger")
    attributive: frozenset[str] = frozenset()
    #: parties of equal standing (a meeting, an agreement): of a coordinated pair ("France and Chad signed"), the
    #: first is the source and the second the target, not a second doer
    symmetric: bool = False


@dataclass(frozen=True)
class Catalogue:
    """Everything the stage matches, compiled once per set of event files."""

    triggers: (
        PhraseMatcher  # keys "type|v" (a verb), "type|r" (a verb of receiving), "type|n" (a noun or phrase)
    )
    context: PhraseMatcher  # keys "x|type" (excluded collocation), "lex|group", "mod|kind", "mode|type|mode"
    types: dict[str, EventType]
    #: modality kinds in the order they are tried: (kind, flag it reports, window before the trigger)
    modality: tuple[tuple[str, str, int], ...]


def _phrases(entry: Mapping[str, Any] | None) -> list[str]:
    return [p for phrases in (entry or {}).values() for p in phrases or ()]


#: Last letters after which an Arabic noun takes no alif of the indefinite accusative (مدرسةً, مستشفى, عملاء),
#: and the wildcard (a phrase ending in * matches any ending already).
_NO_TANWEEN_ALIF = tuple("ةاىيءه*")


#: Lexicon groups of nouns, which also match in the indefinite accusative.
_NOUN_GROUPS = frozenset({"unnamed_actor", "bystanders", "attack_object", "visit_object"})


def _with_article(phrases: list[str], nouns: bool = False) -> list[str]:
    """Arabic lexicon words match with and without ال (the matcher strips clitics, not the article); with
    ``nouns``, a one-word noun also in the indefinite accusative: مسجد, مسجدا (استهدف مسجدا)."""
    out = list(phrases)
    for phrase in phrases:
        if _lang_of(phrase) == "ar" and not phrase.startswith("ال"):
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


@lru_cache(maxsize=8)
def catalogue(extra_files: Sequence[str] = ()) -> Catalogue:
    """The packaged event catalogue with the user's files layered over it (an entry replaces its id)."""
    files = tuple(extra_files)
    definitions = load_definitions("rasid.data.events", "event_types.yaml", "event_types", files)
    lexicon, modality = _sections(files)
    trigger_phrases: dict[str, list[str]] = {}
    context_phrases: dict[str, list[str]] = {}
    types: dict[str, EventType] = {}
    for d in definitions:
        type_id = str(d["id"])
        trigger_phrases[f"{type_id}|v"] = _phrases(d.get("verbs"))
        trigger_phrases[f"{type_id}|n"] = _phrases(d.get("triggers"))
        trigger_phrases[f"{type_id}|r"] = _phrases(d.get("receive_verbs"))
        context_phrases[f"x|{type_id}"] = _phrases(d.get("exclude"))
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
            veto=tuple(d.get("veto") or ()),
            veto_ambiguous=_folded_set(_phrases(d.get("veto_ambiguous"))),
            veto_window=int(d.get("veto_window", 30)),
            veto_windows={str(g): int(w) for g, w in (d.get("veto_windows") or {}).items()},
            trigger_needs={str(t): str(g) for t, g in (d.get("trigger_needs") or {}).items()},
            trigger_needs_window=int(d.get("trigger_needs_window", 40)),
            trigger_unless={str(t): str(g) for t, g in (d.get("trigger_unless") or {}).items()},
            trigger_unless_window=int(d.get("trigger_unless_window", 30)),
            trigger_unless_window_after=int(d.get("trigger_unless_window_after", 12)),
            theme_role=str(d.get("theme_role", "target")),
            target_marks=_by_lang(d.get("target_marks") or {}),
            source_marks=_by_lang(d.get("source_marks") or {}),
            agent_nouns=frozenset(_phrases(d.get("agent_nouns"))),
            unnamed_actors=bool(d.get("unnamed_actors", False)),
            prefer_person=bool(d.get("prefer_person", False)),
            recode=tuple((str(k), str(v)) for k, v in (d.get("recode") or {}).items()),
            place_recipient=bool(d.get("place_recipient", False)),
            frame_free=frozenset(_phrases(d.get("frame_free"))),
            actor_nouns=frozenset(_phrases(d.get("actor_nouns"))),
            attributive=_folded_set(_phrases(d.get("attributive"))),
            symmetric=bool(d.get("symmetric", False)),
        )
    for group, words in lexicon.items():
        context_phrases[f"lex|{group}"] = _with_article(_phrases(words), nouns=group in _NOUN_GROUPS)
    for etype in types.values():
        unknown = {k for g in etype.frame for k in g} | set(etype.veto) | set(etype.veto_windows)
        unknown |= set(etype.trigger_needs.values()) | set(etype.trigger_unless.values())
        unknown |= {k for k, _ in etype.recode}
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
    )


def event_definitions(extra_files: Sequence[str] = ()) -> list[dict[str, Any]]:
    """The event types (packaged, then the user's), as written in the data files."""
    return [t.definition for t in catalogue(tuple(extra_files)).types.values()]


# --- the stage ------------------------------------------------------------------------------------


@register_stage(
    STAGE,
    requires=("language", "published", "entities", "dates", "equipment"),
    provides=("events",),
    description="Events in PLOVER types with source/target actors by role, location, date and modality.",
    defaults={"event_files": (), "kb_files": (), "use_kb": True},
)
def code_events(doc: Document, config: Mapping[str, Any]) -> Document:
    """Code events: triggers with an event reading, their roles, place, date and modality."""
    cat = catalogue(tuple(config.get("event_files") or ()))
    prepared = prepare(doc.text)
    triggers = cat.triggers.find(prepared)
    if not triggers:
        return doc.with_layer("events", [])
    kb = load_kb(tuple(config.get("kb_files") or ())) if config.get("use_kb", True) else None
    context = _Context(doc, prepared, cat.context.find(prepared), kb)
    sentence_spans = _joined_at_initials(doc.text, sentences(doc.text))
    starts = [s.start for s in sentence_spans]
    tags_start = _tags_start(doc.text)
    # One event of a type per clause: of its triggers with an event reading, the one whose roles
    # are filled best (زار روسيا over the وفد before it), the first on a tie.
    best: dict[tuple[str, int], Annotation] = {}
    #: the roles of the last event of each type, and of each type and mode: "cette attaque", "خلال الاتصال"
    #: refer back to them
    last: dict[tuple[str, str | None], tuple[int, dict[str, Any]]] = {}
    last_doer: Annotation | None = None  # the source of the last event told: "ils", "they" may refer to it
    for trigger in triggers:
        type_id, form = trigger.key.split("|")
        k = bisect_left(starts, trigger.span.start + 1) - 1
        if k < 0 or trigger.span.end > sentence_spans[k].end or trigger.span.start >= tags_start:
            continue
        # "خلال الاتصال" refers back to the last call, not to a visit told in between
        mode = _trigger_mode(context, type_id, trigger.span)
        previous = (last.get((type_id, mode)) if mode else None) or last.get((type_id, None))
        if previous is not None and trigger.span.start - previous[0] > _ANAPHORA_REACH:
            previous = None
        coded = _code(context, cat, cat.types[type_id], trigger, form, sentence_spans[k], previous, last_doer)
        if coded is None:
            continue
        event, clause_end, roles = coded
        if roles["source"] is not None:
            last_doer = roles["source"][0]
        last[(type_id, None)] = last[(type_id, mode)] = (trigger.span.end, roles)
        key = (event.label, clause_end)
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    annotations = sorted(best.values(), key=lambda a: (a.start, a.attrs["trigger_start"]))
    return doc.with_layer("events", annotations)


#: A news site's tag line closing the article ("سمات الرمادي العراق تفجير داعش"): keywords, no sentence.
_TAGS = re.compile(r"(?:^|(?<=[.!?؟\n]))\s*(سمات)\s+\S[^\n]{0,150}\s*$")
_TAG_WORDS = 12


def _tags_start(text: str) -> int:
    """Where the closing tag line starts (the text's end when there is none): its words tell no event."""
    found = _TAGS.search(text, max(0, len(text) - 200))
    # after some text, and a few keywords only: a sentence that opens with سمات (features) goes on longer
    if found is None or not text[: found.start(1)].strip() or len(found.group().split()) > _TAG_WORDS:
        return len(text)
    return found.start(1)


def _trigger_mode(ctx: _Context, type_id: str, trigger: Span) -> str | None:
    """The mode a trigger word itself names (a call, a visit), if any."""
    for key in ctx.cues:
        if key.startswith(f"mode|{type_id}|") and ctx.cues_between(key, trigger.start, trigger.end):
            return key.rsplit("|", 1)[1]
    return None


#: A sentence that ends on initials or a title's abbreviation (S.E.M., M., Mr.) goes on in the next one.
_ENDS_ON_INITIALS = re.compile(r"(?:\b[A-Z]\.){1,4}\s*$|\b(?:Mr|Mrs|Dr|Mme|Mgr)\.\s*$")


def _joined_at_initials(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        if out and _ENDS_ON_INITIALS.search(text, out[-1].start, out[-1].end):
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


class _Context:
    """One document's entities, equipment, dates and context cues, sorted for window look-ups."""

    def __init__(
        self, doc: Document, prepared: PreparedText, cues: list[PhraseMatch], kb: KnowledgeBase | None
    ):
        self.doc = doc
        self.text = doc.text
        self.tokens = prepared.tokens
        self.token_starts = [t.start for t in prepared.tokens]
        self.kb = kb
        self.entities = sorted(doc.layer("entities"), key=lambda a: a.start)
        self.entity_starts = [a.start for a in self.entities]
        self.equipment = [a.start for a in sorted(doc.layer("equipment"), key=lambda a: a.start)]
        self.dates = sorted(doc.layer("dates"), key=lambda a: a.start)
        self.cues: dict[str, list[PhraseMatch]] = {}
        for cue in cues:  # in text order, so a look-up can stop at the first cue past its window
            self.cues.setdefault(cue.key, []).append(cue)
        self.cue_starts = {key: [c.span.start for c in found] for key, found in self.cues.items()}
        self._unnamed: list[Annotation] | None = None
        self._unnamed_starts: list[int] = []

    def unnamed_in(self, lo: int, hi: int) -> list[Annotation]:
        """Unnamed actors (مسلحون, "des terroristes", the army, a convoy) starting in ``[lo, hi)``."""
        if self._unnamed is None:
            self._unnamed = _unnamed_actors(self)
            self._unnamed_starts = [a.start for a in self._unnamed]
        i = bisect_left(self._unnamed_starts, lo)
        out = []
        while i < len(self._unnamed) and self._unnamed[i].start < hi:
            out.append(self._unnamed[i])
            i += 1
        return out

    def token_index(self, offset: int) -> int:
        """The index of the first token starting at or after ``offset``."""
        return bisect_left(self.token_starts, offset)

    def cue_near(self, key: str, lo: int, hi: int) -> PhraseMatch | None:
        found = self.cues_between(key, lo, hi)
        return found[0] if found else None

    def cues_between(self, key: str, lo: int, hi: int) -> list[PhraseMatch]:
        """The cues of ``key`` overlapping ``[lo, hi)``, in text order (a bisect: no scan from the start)."""
        cues = self.cues.get(key)
        if not cues:
            return []
        i = bisect_left(self.cue_starts[key], lo - _LONGEST_CUE)
        out = []
        while i < len(cues) and cues[i].span.start < hi:
            if cues[i].span.end > lo:
                out.append(cues[i])
            i += 1
        return out

    def entities_in(self, lo: int, hi: int, limit: int) -> list[Annotation]:
        """Entities starting in ``[lo, hi)`` and ending by ``limit`` (the sentence end)."""
        i = bisect_left(self.entity_starts, lo)
        out = []
        while i < len(self.entities) and self.entities[i].start < hi:
            if self.entities[i].end <= limit:
                out.append(self.entities[i])
            i += 1
        return out

    def clause(self, trigger: Span, lo: int, hi: int) -> tuple[int, int]:
        """Where the trigger's arguments may be: after the last "that" before it, up to the next comma.

        "قال الوزير إن القوات انتشرت": the minister is the speaker, not the deployed force.
        "استعادة الأراضي، بفضل تعاونها مع روسيا": Russia, after the comma, is no party to it.
        """
        i = bisect_left(self.token_starts, trigger.start)
        j = i - 1
        while j >= 0 and self.tokens[j].start >= lo:
            if self.tokens[j].text in _COMPLEMENTIZERS or _CLAUSE_BREAK.search(
                self.text, self.tokens[j].end, self.tokens[j + 1].start
            ):
                lo = self.tokens[j].end
                break
            j -= 1
        comma = _CLAUSE_END.search(self.text, trigger.end, hi)
        return lo, comma.start() if comma else hi

    def gap_without_titles(self, start: int, end: int) -> int:
        """Characters between two points, titles left out (التقى صاحب السمو الملكي الأمير محمد …)."""
        titles = sum(
            min(end, c.span.end) - max(start, c.span.start)
            for c in self.cues.get("lex|official", ())
            if c.span.start < end and start < c.span.end
        )
        return end - start - titles

    def inside_name(self, span: Span) -> bool:
        """Whether the span lies inside an organisation, armed group or event name."""
        i = bisect_left(self.entity_starts, span.start + 1) - 1
        while i >= 0 and self.entity_starts[i] > span.start - 80:
            ann = self.entities[i]
            if ann.start <= span.start and span.end <= ann.end and ann.label in _NAMED_GROUPS:
                return True
            i -= 1
        return False

    def has_equipment(self, lo: int, hi: int) -> bool:
        i = bisect_left(self.equipment, lo)
        return i < len(self.equipment) and self.equipment[i] < hi


# --- unnamed actors -------------------------------------------------------------------------------

#: Words after an unnamed actor that belong to it: a nisba (الجيش التركي, ميليشيات الحوثي), "unknown"
#: (مسلحون مجهولون), a French adjective of nationality or kind (soldats maliens, groupe armé terroriste).
_AR_ADJECTIVE = re.compile(
    r"^ال\w+ي(?:ه|ين|ون)?$"
    r"|^(?:ال)?(?:مجهول|مسلح|ارهابي|متطرف|عسكري|امني|حكومي|تركي|روسي|فرنسي|امريكي|اميركي|سعودي|يمني|عراقي|سوري)\w*$"
)
#: Words that look like a nisba and are not one: directions (شمالي بوركينا), prepositions.
_AR_NOT_ADJECTIVE = re.compile(r"^(?:[وف]?(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)|في|الي|علي|لدي|حتي|الذي|التي)")
_FR_ADJECTIVE = re.compile(
    r"^\w+(?:ien|ienne|iens|iennes|ais|aise|aises|ain|aine|ains|aines|ois|oise|oises)$"
    r"|^arme(?:e|es|s)?$|^(?:d?j|dj)ihadiste?s?$|^terroristes?$|^islamistes?$|^presumee?s?$"
)
#: Words before one: "Malian soldiers", "Russian troops", "малийских военных", "вооруженные боевики".
_EN_ADJECTIVE = re.compile(r"^\w+(?:ian|ese|ish|ean|i|an)$")
_RU_ADJECTIVE = re.compile(r"^\w+(?:ские|ских|ский|ская|ские|ные|ных|ный|ная|ой|ую|ые|ых)$")
_MAX_EXTENSION = 3
#: A clitic glued to an unnamed actor is not part of its name: والجيش -> الجيش.
_AR_CLITIC_BEFORE_ARTICLE = re.compile(r"^(?:و|ف|ب|ك)(?=ال)|^(?:و|ف)(?=لل)")


def _unnamed_actors(ctx: _Context) -> list[Annotation]:
    """The unnamed actors of a document, each extended over the words that belong to it, names left out."""
    found: list[tuple[int, int, str]] = []
    for group in ("unnamed_actor", "attack_object"):
        for cue in ctx.cues.get(f"lex|{group}", ()):
            start, end = _extend_left(ctx, cue.span.start), _extend_right(ctx, cue.span.end)
            found.append((start, end, group))
    found.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, group in found:
        gap = ctx.text[merged[-1][1] : start].strip() if merged else "x"
        adjacent = gap in ("", "ل")
        owned = (
            adjacent
            and (
                (
                    merged[-1][2] == "attack_object" and "ل" in (gap, ctx.text[start : start + 1])
                )  # موقعا للجيش
                or (
                    group == "attack_object" and _lang_of(ctx.text[start : start + 2]) != "ar"
                )  # "police checkpoint"
                or (
                    group == "unnamed_actor"
                    and ctx.text.startswith("ال", start)
                    and "\n" not in ctx.text[merged[-1][1] : start]
                )  # طائرات التحالف, جنود الجيش: a construct (إضافة) names one actor
                or (
                    merged[-1][2] == "attack_object"
                    and _lang_of(ctx.text[start : start + 2]) == "ru"
                    and "\n" not in ctx.text[merged[-1][1] : start]
                )  # "колонна военных", "подразделение армии": the genitive owner follows
            )
        )  # a post and its owner are one target
        if merged and (start < merged[-1][1] or owned):
            prev_start, prev_end, prev_group = merged[-1]
            merged[-1] = (prev_start, max(prev_end, end), prev_group)
        else:
            merged.append((start, end, group))
    out = []
    for start, end, group in merged:
        if (
            _followed_by_name(ctx, end)
            or _preceded_by_name(ctx, start)
            or (group == "attack_object" and _named_after(ctx, end))
        ):
            continue  # مسلحون من جماعة نصرة الإسلام, قاعدة للجيش المالي, "Wagner fighters": the name is the actor
        clitic = _AR_CLITIC_BEFORE_ARTICLE.match(ctx.text, start, end)
        if clitic:
            start = clitic.end()
        if _inside_named(ctx, start, end) or not _stands_as_actor(ctx, start):
            continue
        out.append(
            ctx.doc.annotation("entities", start, end, "UNNAMED", attrs={"unnamed": group}, stage=STAGE)
        )
    return sorted(_group_anaphors(ctx, out), key=lambda a: a.start)


#: How far back (characters) "the group" may find the armed group it refers to.
_GROUP_ANAPHORA_REACH = 1500


def _group_anaphors(ctx: _Context, unnamed: list[Annotation]) -> list[Annotation]:
    """The unnamed actors with "the group" ("الجماعة", "le groupe") as the armed group named last before it.

    "تبنت جماعة النصرة الهجوم ... ونفذت الجماعة الهجوم": the group that carried it out is النصرة, and the role
    carries that name (``canonical``, ``kb_id``, ``refers_to``: where it is named). With no armed group named
    before it, the phrase is no actor ("صلاة الجماعة").
    """
    out = list(unnamed)
    for cue in ctx.cues.get("lex|group_anaphor", ()):
        start, end = cue.span.start, cue.span.end
        if _inside_named(ctx, start, end) or _followed_by_name(ctx, end):
            continue  # جماعة نصرة الإسلام, "the group Ansar Dine": the name itself follows
        i = bisect_left(ctx.entity_starts, start) - 1
        while i >= 0 and ctx.entities[i].label != "ARMED_GROUP":
            i -= 1
        if i < 0 or start - ctx.entities[i].end > _GROUP_ANAPHORA_REACH or ctx.entities[i].end > start:
            continue
        named = ctx.entities[i]
        attrs = {
            "unnamed": "group_anaphor",
            "canonical": named.attrs.get("canonical") or named.text,
            "kb_id": named.attrs.get("kb_id"),
            "refers_to": named.start,
        }
        out = [a for a in out if not (a.start < end and start < a.end)]  # "le groupe armé": one actor
        out.append(ctx.doc.annotation("entities", start, end, "UNNAMED", attrs=attrs, stage=STAGE))
    return out


#: A French noun phrase has a determiner or a number: "terroriste" bare after a noun is an adjective.
_FR_DETERMINERS = frozenset(
    [
        "des",
        "les",
        "la",
        "le",
        "l'",
        "du",
        "de",
        "d'",
        "un",
        "une",
        "ces",
        "leurs",
        "leur",
        "ses",
        "son",
        "sa",
        "nos",
        "notre",
        "cet",
        "cette",
        "ce",
        "plusieurs",
        "par",
        "aux",
        "au",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize",
        "quarante",
        "soixante",
        "dizaine",
        "centaine",
        "centaines",
        "milliers",
        "vingt",
        "trente",
        "cinquante",
        "cent",
        "dizaines",
    ]
)


def _stands_as_actor(ctx: _Context, start: int) -> bool:
    """Not a name (Forces armées maliennes is one), not part of a title (وزير الدفاع, le ministère des Forces
    armées, المفوض الأعلى للشرطة), not a French adjective (une attaque terroriste)."""
    i = ctx.token_index(start)
    if ctx.cue_near("lex|title_head", max(0, start - 26), start) is not None:
        return False
    previous = ctx.tokens[i - 1] if i > 0 else None
    if ctx.doc.language == "fr" and previous is not None and not ctx.text[previous.end : start].strip():
        return previous.text in _FR_DETERMINERS or previous.text.isdigit()
    return True


#: Words between an unnamed actor and the name of what it belongs to: مسلحون من داعش, des combattants du JNIM.
_OF_WORDS = frozenset({"من", "de", "du", "des", "d'", "of", "from", "из"})
#: Words of belonging before that name: مسلحين ينتمون لجماعة X, "des hommes affiliés au JNIM", "fighters linked to".
_BELONGING = _folded_set(
    ["ينتمون", "ينتمي", "تنتمي", "المنتمين", "منتمين", "التابعين", "تابعين", "affiliés", "affilié", "affiliée",
     "appartenant", "liés", "linked", "affiliated", "belonging", "loyal", "принадлежащие"]
)  # fmt: skip
_BELONGING_PREPOSITIONS = frozenset({"a", "au", "aux", "to", "with", "k", "к"})


def _followed_by_name(ctx: _Context, end: int) -> bool:
    i = ctx.token_index(end)
    if i >= len(ctx.tokens) or ctx.text[end : ctx.tokens[i].start].strip():
        return False
    token = ctx.tokens[i]
    offset = token.start
    if token.text in _BELONGING and i + 1 < len(ctx.tokens):
        i += 1  # مسلحين ينتمون لجماعة نصرة الإسلام: the group named after "belonging to" is the actor
        if ctx.tokens[i].text in _BELONGING_PREPOSITIONS and i + 1 < len(ctx.tokens):
            i += 1
        offset = ctx.tokens[i].start
    elif token.text in _OF_WORDS and i + 1 < len(ctx.tokens):
        offset = ctx.tokens[i + 1].start
    elif token.text.startswith("و") and _entity_at(ctx, offset) is not None:
        return False  # المقاومة الشعبية وميليشيات الحوثي: a second party, not the first one's owner
    name = _entity_at(ctx, offset)
    return name is not None and name.label in _BODY_NAMES and name.start <= offset + 2


_BODY_NAMES = frozenset({"ORG", "ARMED_GROUP"})


def _named_after(ctx: _Context, end: int) -> bool:
    """ "the oil tanker Torm Thor", "le navire X": in Latin script a name right after a thing hit is its name."""
    i = ctx.token_index(end)
    if (
        i >= len(ctx.tokens)
        or ctx.text[end : ctx.tokens[i].start].strip()
        or _lang_of(ctx.text[end - 2 : end]) != "en"
    ):
        return False
    name = _entity_at(ctx, ctx.tokens[i].start)
    return (
        name is not None
        and name.label != "GPE"
        and name.start == ctx.tokens[i].start
        and name.text[:1].isupper()
    )


def _preceded_by_name(ctx: _Context, start: int) -> bool:
    """ "Wagner fighters", "JNIM militants", "боевики ИГ" are the named group's (Latin and Cyrillic word order)."""
    i = bisect_left(ctx.entity_starts, start) - 1
    if i < 0 or _lang_of(ctx.text[start : start + 3]) == "ar":
        return False
    name = ctx.entities[i]
    return name.label in _BODY_NAMES and name.end <= start and not ctx.text[name.end : start].strip()


def _inside_named(ctx: _Context, start: int, end: int) -> bool:
    i = bisect_left(ctx.entity_starts, start + 1) - 1
    while i >= 0 and ctx.entity_starts[i] > start - 80:
        ann = ctx.entities[i]
        if ann.start <= start and end <= ann.end:
            return True
        i -= 1
    return False


def _entity_at(ctx: _Context, offset: int) -> Annotation | None:
    i = bisect_left(ctx.entity_starts, offset)
    if (
        i < len(ctx.entities)
        and ctx.entities[i].start <= offset + 2
        and ctx.entities[i].label in _GENITIVE_NAMES
    ):
        return ctx.entities[i]
    return None


_GENITIVE_NAMES = frozenset({"GPE", "ORG", "ARMED_GROUP", "PER"})


def _extend_right(ctx: _Context, end: int) -> int:
    i = ctx.token_index(end)
    for _ in range(_MAX_EXTENSION):
        if i >= len(ctx.tokens) or ctx.text[end : ctx.tokens[i].start].strip():
            break  # punctuation or the end: the phrase stops
        token = ctx.tokens[i]
        name = _entity_at(ctx, token.start)
        if name is not None and name.start < token.end:
            # جيش بوركينا فاسو: the country it belongs to ends it; a named body after it is the actor itself
            return name.end if name.label == "GPE" else end
        word = token.text
        script = _lang_of(word)
        if not (
            (script == "ar" and _AR_ADJECTIVE.match(word) and not _AR_NOT_ADJECTIVE.match(word))
            or (script == "en" and _FR_ADJECTIVE.match(word))
        ):
            break
        end = token.end
        i += 1
    return end


def _extend_left(ctx: _Context, start: int) -> int:
    i = ctx.token_index(start) - 1
    for _ in range(2):
        if i < 0 or ctx.text[ctx.tokens[i].end : start].strip():
            break
        token = ctx.tokens[i]
        original = ctx.text[token.start : token.end]
        country = _gpe_ending_at(ctx, token.end)
        if country is not None and _lang_of(original) != "ar":
            # "attacks on two US vessels", "French troops' base": the country in front is the phrase's own
            start = country.start
            i = ctx.token_index(start) - 1
            if (
                i > 0
                and ctx.tokens[i].text in ("and", "et", "и")
                and not ctx.text[ctx.tokens[i].end : start].strip()
            ):
                other = _gpe_ending_at(ctx, ctx.tokens[i - 1].end)
                if other is not None:  # "US and UK forces": one force of two countries
                    start = other.start
                    i = ctx.token_index(start) - 1
            continue
        if (original[:1].isupper() and _EN_ADJECTIVE.match(token.text)) or (
            _lang_of(original) == "ru" and _RU_ADJECTIVE.match(token.text)
        ):
            start = token.start
            i -= 1
        else:
            break
    return start


def _gpe_ending_at(ctx: _Context, end: int) -> Annotation | None:
    i = bisect_left(ctx.entity_starts, end) - 1
    while i >= 0 and ctx.entities[i].end > end:
        i -= 1
    if i >= 0 and ctx.entities[i].end == end and ctx.entities[i].label == "GPE":
        return ctx.entities[i]
    return None


def _before_trigger(ctx: _Context, ann: Annotation, trigger: Span) -> Annotation | None:
    """A statistical name that ran on into the trigger (محمد بن سلمان اتصالا هاتفيا) is the words before it."""
    if ann.label != "PER" or ann.start >= trigger.start or ann.attrs.get("kb_id"):
        return None
    end = trigger.start
    while end > ann.start and not ctx.text[end - 1].isalnum():
        end -= 1
    if end - ann.start < 3:
        return None
    return ctx.doc.annotation("entities", ann.start, end, ann.label, attrs={}, stage=ann.stage)


def _in_title(ctx: _Context, ann: Annotation) -> bool:
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
_ACCORDING_TO = _folded_set(
    ["وفق", "وفقا", "وفقا ل", "وفقاً ل", "حسب", "بحسب", "نقلا عن", "نقلاً عن", "selon", "d'après", "according to", "according",
     "по данным", "по словам", "согласно"]
)  # fmt: skip


def _is_speaker(ctx: _Context, ann: Annotation, trigger: Span) -> bool:
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
            and not _COMMA.search(ctx.text, cue.span.end, ann.start)
            and not _COMPLEMENTIZERS.intersection(fold_gap(ctx.text[cue.span.end : ann.start]).split())
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
                _COMMA.search(ctx.text, ann.end, cue.span.start)
                and not _COMMA.search(ctx.text, max(0, ann.start - 3), ann.start)
            )
        )
        if (before or after) and not _CLAUSE_BREAK.search(
            ctx.text, min(cue.span.end, ann.end), max(cue.span.start, ann.start)
        ):
            return True
    return False


_COMMA = re.compile(r"[,،]")
#: A verbal noun or an infinitive of doing that a speech verb takes as its object: "أعلن الجيش تنفيذ ضربات",
#: "l'armée dit avoir frappé", "announced having struck": the speaker tells of its own act.
_DOING = _folded_set(["تنفيذ", "شن", "قيامه", "قيامها", "avoir", "having"])


def _reports_own_act(ctx: _Context, ann: Annotation, trigger: Span) -> bool:
    """The speaker is the doer: its speech verb's object is the act itself, with no "that" between."""
    if ann.end > trigger.start:
        return False
    words = fold_gap(ctx.text[ann.end : trigger.start]).split()
    return bool(words) and words[-1] in _DOING and not _COMPLEMENTIZERS.intersection(words)


_ATTRIBUTION_TAIL = re.compile(r"[,،]\s*$")


#: Words of a count between a casualty word and its victims: "ما لا يقل عن 51", "au moins cinq", "не менее".
_COUNT_WORDS = _folded_set(
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
_AMONG = _folded_set(["بينهم", "بينهما", "منهم", "dont", "parmi", "including", "among", "среди", "включая"])


#: English counted people followed by a bare participle, as in a headline: "11 soldiers killed, nine missing".
_COUNTED_CASUALTY = re.compile(r"[ \t]+(?:killed|wounded|injured|dead|missing)\b")
_NUMBER_WORDS = frozenset(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
     "dozens", "scores", "hundreds"]
)  # fmt: skip


def _counted_casualty(ctx: _Context, ann: Annotation) -> bool:
    i = ctx.token_index(ann.start) - 1
    if i < 0 or _COUNTED_CASUALTY.match(ctx.text, ann.end) is None:
        return False
    word = ctx.tokens[i].text
    return word.isdigit() or word.lower() in _NUMBER_WORDS


def _is_victim(ctx: _Context, ann: Annotation, trigger: Span) -> bool:
    """ "قتل 15 جنديا", "cinq soldats tués", "убили 50 военнослужащих": the actor was killed or wounded."""
    if _counted_casualty(ctx, ann):
        return True  # "Niger says 11 soldiers killed after gun assault"
    for key, lo, hi in (
        ("lex|casualty", ann.start - 40, ann.start),
        ("lex|casualty_after", ann.end, ann.end + 26),
    ):
        for cue in ctx.cues_between(key, max(0, lo), hi):
            gap = (cue.span.end, ann.start) if key == "lex|casualty" else (ann.end, cue.span.start)
            between = ctx.text[gap[0] : gap[1]]
            words = [w for w in fold_gap(between).split() if not w.isdigit() and w not in _COUNT_WORDS]
            among = [n for n, w in enumerate(words) if w.strip(",،") in _AMONG]
            if key == "lex|casualty" and among and among[-1] <= 3:
                # "five died, among them civilians and customs agents", توفي خمسة، بينهم مدنيون وعناصر: the list
                # after "among them" names the dead
                words = words[among[-1] + 1 :]
            if (
                gap[0] <= gap[1]
                and not (gap[0] <= trigger.start < gap[1])  # погибли при нападении боевиков: the attackers
                and len(words) <= 3
                and not _CLAUSE_BREAK.search(between)
                and "\n" not in between
            ):
                return True  # three words at most between: a number, "de", "ont été"
    return False


def _code(
    ctx: _Context,
    cat: Catalogue,
    etype: EventType,
    trigger: PhraseMatch,
    form: str,
    sentence: Span,
    previous: tuple[int, dict[str, Any]] | None = None,
    last_doer: Annotation | None = None,
) -> tuple[Annotation, int, dict[str, Any]] | None:
    """The event of one trigger, the end of its clause and its roles; None when the trigger has no event reading.

    ``previous`` is the last event of the type just before: a noun that refers back to it ("cette attaque",
    "الهجوم", "خلال الاتصال") is an event of its own with that event's parties when its clause names none.
    """
    t_start, t_end = trigger.span.start, trigger.span.end
    # An excluded collocation (نشر الإعلانات, تحرير محضر, deliver a speech) is another sense of the word.
    for cue in ctx.cues.get(f"x|{etype.id}", ()):
        if cue.span.start < t_end and t_start < cue.span.end:
            return None
    needed = etype.trigger_needs.get(trigger.phrase)
    if (
        needed is not None
        and ctx.cue_near(f"lex|{needed}", t_end, min(sentence.end, t_end + etype.trigger_needs_window))
        is None
    ):
        return None
    unless = etype.trigger_unless.get(trigger.phrase)
    if unless is not None:
        lo = max(sentence.start, t_start - etype.trigger_unless_window)
        hi = min(sentence.end, t_end + etype.trigger_unless_window_after)
        if ctx.cue_near(f"lex|{unless}", lo, hi) is not None:
            return None
    for group in etype.veto:
        reach = etype.veto_windows.get(group, etype.veto_window)
        lo, hi = max(sentence.start, t_start - reach), min(sentence.end, t_end + reach)
        veto = ctx.cue_near(f"lex|{group}", lo, hi)
        if veto is not None and not _veto_overruled(ctx, etype, veto, lo, hi):
            return None
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
    refers_back = previous is not None and (form == "n" or both_sides)
    framed = refers_back or trigger.phrase in etype.frame_free
    if not framed and form == "n" and trigger.phrase in etype.actor_nouns:
        framed = _frame_group_met(ctx, ("actor",), nearby, lo, hi)
    if not framed and not all(_frame_group_met(ctx, group, nearby, lo, hi) for group in etype.frame):
        return None
    lang = _lang_of(trigger.phrase)
    clause_lo, clause_hi = ctx.clause(trigger.span, lo, hi)
    in_clause = [a for a in nearby if clause_lo <= a.start < clause_hi]
    if etype.unnamed_actors:
        in_clause = _with_unnamed(in_clause, ctx.unnamed_in(max(lo, clause_lo), min(hi, clause_hi)))
    roles = _roles(ctx, etype, trigger, form != "n", lang, in_clause, receive=form == "r")
    if roles["source"] is None and etype.unnamed_actors and etype.theme_role == "target":
        claimer = _claimed_by(ctx, sentence)
        if claimer is not None and (roles["target"] is None or not _same(claimer, roles["target"][0])):
            roles["source"] = (
                claimer,
                "claimed",
            )  # وأعلن تنظيم داعش مسؤوليته, "le JNIM a revendiqué l'attaque"
    denied_claim = _claim_denied(ctx, sentence, roles["source"][0] if roles["source"] is not None else None)
    if denied_claim:
        # "no group has claimed the attack", ни одна группировка не взяла ответственность: nobody is named as its
        # doer, and the sentence is about the claim, so it takes no parties from the attack told before either
        roles["source"] = None
    if etype.unnamed_actors and etype.theme_role == "target":
        defender = _repelled_by(ctx, sentence, trigger.span, _with_unnamed(nearby, ctx.unnamed_in(lo, hi)))
        if defender is not None:
            if roles["source"] is not None and _same(roles["source"][0], defender):
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
        if owner is not None and (roles["target"] is None or not _same(owner, roles["target"][0])):
            roles["source"] = (owner, "possessor")
    if (
        roles["source"] is None
        and last_doer is not None
        and form != "n"
        and last_doer.end <= sentence.start
        and t_start - last_doer.end <= _ANAPHORA_REACH
        and _pronoun_subject(ctx.text, t_start, clause_lo)
        and (roles["target"] is None or not _same(last_doer, roles["target"][0]))
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
    if roles["location"] is None:
        taken = [r[0] for r in (roles["source"], roles["target"]) if r is not None]
        roles["location"] = _sentence_place(ctx, sentence, trigger.span, lang, taken)
    nobody = roles["source"] is None and roles["target"] is None
    told_before = (
        previous is not None
        and refers_back
        and nobody
        and not denied_claim
        and (roles["location"] is None or both_sides or _definite(ctx, trigger.span))
    )
    if told_before and previous is not None:
        if etype.two_parties:
            # "خلال الاتصال", "the two sides discussed": the parties of the meeting just told. Not so for an
            # attack or a delivery told again ("the attack occurred on Monday", "L'attaque s'est produite"):
            # a sentence that names no attacker does not say who it was, even if the sentence before did
            for role in ("source", "target"):
                earlier = previous[1][role]
                roles[role] = (earlier[0], "previous") if earlier is not None else None
        roles["location"] = roles["location"] or previous[1]["location"]
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
    visit = ctx.cue_near(f"mode|{etype.id}|visit", trigger.span.start, trigger.span.end) is not None
    if etype.two_parties and not _two_parties(ctx, roles, clause_lo, clause_hi, visit):
        return None  # a meeting of one: "he spoke at a meeting", "a visit to the hospital"
    if visit and roles["target"] is None and roles["source"] is not None and _country(ctx, roles["location"]):
        # "a visit by Lavrov to Burkina Faso": the country is the other party
        roles["target"] = (roles["location"], "visited")
    for group, other in etype.recode:
        if ctx.cue_near(f"lex|{group}", clause_lo, clause_hi) is not None:
            etype = cat.types[other]  # "instructors arrived": a training mission, not a deployment
            break
    if etype.place_recipient and roles["target"] is None and _country(ctx, roles["location"]):
        roles["target"] = (roles["location"], "recipient-place")  # "instructors arrived in Burkina Faso"
    # the clause ends at its break, else with the sentence (not at the type's window): "instructors" and
    # "arrived" in one clause are one training event
    clause_end = clause_hi if clause_hi < hi else sentence.end
    return _annotation(ctx, cat, etype, trigger, sentence, roles), clause_end, roles


_PLACE_HEAD = re.compile(r"^(?:[وبل]?ال)?(?:منطق|محافظ|مدين|جمهوري|مملك|إمار|امار|ولاي|إقليم|اقليم)")
_BLESSING = re.compile(r"^(?:حفظ|رحم|رعا)\w*\s+الله")
#: A mention this far (characters) after an event of its type may refer back to it.
_ANAPHORA_REACH = 400
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


def _modifies_force(ctx: _Context, etype: EventType, trigger: Span, sentence: Span) -> bool:
    """Whether a participle trigger modifies the force right before it and is followed by where it stands."""
    if fold_gap(ctx.text[trigger.start : trigger.end]).strip() not in etype.attributive:
        return False
    _, words = _words_before(ctx.text, trigger.start, sentence.start)
    if words and words[-1] in _AUXILIARIES:
        return False
    if ctx.cue_near("lex|force", max(sentence.start, trigger.start - 30), trigger.start) is None:
        return False
    after = fold_gap(ctx.text[trigger.end : min(sentence.end, trigger.end + 12)]).split()
    return bool(after) and after[0] in _STANDING_PLACE


def _names_combatants(ctx: _Context, in_clause: list[Annotation], lo: int, hi: int) -> bool:
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
    ctx: _Context, trigger: Span, target: tuple[Annotation, str] | None, clause_end: int
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
            if _COMMA.search(between) or _CLAUSE_BREAK.search(between):
                continue
            if any(a.label == "PER" for a in ctx.entities_in(cue.span.end, country.start, country.start)):
                continue
            latin = _lang_of(cue.phrase) in ("fr", "en")
            if (latin and _OFFICE_OF.search(between)) or (
                _lang_of(cue.phrase) == "ru" and len(between) <= 30
            ):
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
        if _COMMA.search(lead_words) or _CLAUSE_BREAK.search(lead_words):
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
_POSSESSIVES = _folded_set(["his", "her", "sa", "son", "его", "её", "ее"])
#: An Arabic noun with a pronoun suffix of the third person singular: زيارته, لقائه, زيارتها.
_AR_POSSESSED = re.compile(r"[\u0621-\u064a]{3,}(?:ه|ها)$")
#: How far back a sentence may look for the person its possessive refers to.
_POSSESSOR_REACH = 500


def _possessed(text: str, trigger: Span) -> bool:
    """Whether the noun trigger is "his" or "her" something: زيارته, "his visit", "sa visite"."""
    word_end = trigger.end
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    word_start = trigger.start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    if _AR_POSSESSED.match(text[word_start:word_end]):
        return True
    before = text[max(0, word_start - 8) : word_start].split()
    return bool(before) and fold_gap(before[-1]) in _POSSESSIVES


def _last_person_before(ctx: _Context, start: int) -> Annotation | None:
    people = [a for a in ctx.entities_in(max(0, start - _POSSESSOR_REACH), start, start) if a.label == "PER"]
    return people[-1] if people else None


#: Words that deny a claim of responsibility made by the actor just before them (no group, ни одна, لم).
_CLAIM_NEGATIONS = _folded_set(
    ["لم", "لا", "ما", "لن", "aucun", "aucune", "n'a", "n'ont", "ne", "no", "not", "never", "none", "ни", "не", "никто"]
)  # fmt: skip


def _claim_denied(ctx: _Context, sentence: Span, actor: Annotation | None) -> bool:
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


def _repelled_by(ctx: _Context, sentence: Span, trigger: Span, actors: list[Annotation]) -> Annotation | None:
    """ "L'armée a repoussé l'attaque", "troops repelled an assault", صد الجيش هجوما: who holds off an attack
    was attacked, not its doer. The subject of the repel word, else None."""
    cues = [
        c
        for c in ctx.cues_between(
            "lex|repel", max(sentence.start, trigger.start - _REPEL_REACH), trigger.start
        )
        if c.span.end <= trigger.start
    ]
    if not cues or _CLAUSE_BREAK.search(ctx.text, cues[-1].span.end, trigger.start):
        return None
    cue = cues[-1].span
    if _lang_of(cues[-1].phrase) == "ar":
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
        and not _CLAUSE_BREAK.search(ctx.text, a.end, cue.start)
        and not _COMMA.search(ctx.text, a.end, cue.start)
    ]
    return before[-1] if before else None


#: An Arabic verb in the plural (هاجموا, يهاجمون): its subject is a pronoun, the group named before it.
_AR_PLURAL_VERB = re.compile(r"(?:وا|ون)$")


def _earlier_armed_doer(
    ctx: _Context, lo: int, hi: int, trigger: Span, target: tuple[Annotation, str] | None
) -> Annotation | None:
    """The last armed group or fighters named in ``[lo, hi)``, not the victims nor the target."""
    candidates = [a for a in ctx.entities_in(lo, hi, hi) if a.label == "ARMED_GROUP"]
    candidates += [a for a in ctx.unnamed_in(lo, hi) if a.attrs.get("unnamed") == "unnamed_actor"]
    for ann in sorted(candidates, key=lambda a: a.start, reverse=True):
        if ctx.cue_near("lex|bystanders", ann.start, ann.end) is not None or _is_victim(ctx, ann, trigger):
            continue
        if target is not None and _same(ann, target[0]):
            continue
        return ann
    return None


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


def _definite(ctx: _Context, trigger: Span) -> bool:
    """الهجوم, خلال الاتصال, cette attaque, the attack, это нападение: a mention of something already told."""
    i = ctx.token_index(trigger.start)
    if i < len(ctx.tokens) and ctx.tokens[i].text.lstrip("وفب").startswith(("ال", "خلال")):
        return True
    return i > 0 and ctx.tokens[i - 1].text in _DEMONSTRATIVES


def _claimed_by(ctx: _Context, sentence: Span) -> Annotation | None:
    """The group that claims the attack in its sentence: named right before the claim or, in Arabic, after it."""
    for cue in ctx.cues_between("lex|claim_responsibility", sentence.start, sentence.end):
        groups = [
            a
            for a in ctx.entities_in(
                max(sentence.start, cue.span.start - 40), cue.span.end + 30, sentence.end
            )
            if a.label in _BODY_NAMES and a.end <= sentence.end
        ]
        if groups:
            return min(groups, key=lambda a: abs(a.start - cue.span.start))
    return None


def _veto_overruled(ctx: _Context, etype: EventType, veto: PhraseMatch, lo: int, hi: int) -> bool:
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


def _two_parties(ctx: _Context, roles: dict[str, Any], lo: int, hi: int, visit: bool = False) -> bool:
    """Both roles, or one of them and an official by title not part of that party's own name and title, or a
    person visiting a country or city ("وصل الرئيس إلى الرياض في زيارة رسمية": the host is the place)."""
    parties = [r[0] for r in (roles["source"], roles["target"]) if r is not None]
    if len(parties) == 2:
        return True
    if not parties:
        return False
    party = parties[0]
    location = roles["location"]
    if visit and party.label == "PER" and location is not None and location.label == "GPE":
        return True
    own_title = (party.start - 40, party.end)  # "الأمير محمد بن سلمان": the title before the name is his
    return any(
        lo <= c.span.start < hi and not (own_title[0] <= c.span.start < own_title[1])
        for c in ctx.cues.get("lex|official", ())
    )


def _frame_group_met(ctx: _Context, group: Sequence[str], nearby: list[Annotation], lo: int, hi: int) -> bool:
    for kind in group:
        if kind == "armed_actor":
            if any(a.label == "ARMED_GROUP" for a in nearby):
                return True
        elif kind == "actor":
            if any(a.label in ACTOR_TYPES for a in nearby):
                return True
        elif kind == "person":
            if any(a.label == "PER" for a in nearby):
                return True
        elif kind == "place":
            if any(a.label in PLACE_TYPES for a in nearby):
                return True
        elif kind == "equipment":
            if ctx.has_equipment(lo, hi):
                return True
        elif ctx.cue_near(f"lex|{kind}", lo, hi) is not None:
            return True
    return False


# --- roles ----------------------------------------------------------------------------------------


_TITLE_NISBA = re.compile(r"^ال\w{2,}ي(?:ه)?$")


def _words_before(text: str, start: int, floor: int) -> tuple[str, list[str]]:
    """The clitic glued to the word at ``start`` (Arabic) and the folded words just before it."""
    token_start = start
    while token_start > floor and not text[token_start - 1].isspace() and text[token_start - 1].isalpha():
        token_start -= 1
    clitic = fold_gap(text[token_start:start]).strip()
    left_start = max(floor, token_start - _MARK_REACH)
    while left_start > floor and not text[left_start - 1].isspace():
        left_start -= 1  # whole words only: وتعرضت, not عرضت
    left = _ABBREVIATION.sub(" ", text[left_start:token_start])
    for stop in ',،؛;:.()"«»\n':
        if stop in left:
            left = left[left.rindex(stop) + 1 :]
    # a nisba between a mark and the name is part of a title: من وزير الخارجية الأمريكي جون كيري
    return clitic, [w for w in fold_gap(left).split() if not _TITLE_NISBA.match(w)]


#: Initials and titles written with dots (S.E.M., M., Mr.) stand between a mark and a name: read past them.
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Dr|Mme|Mgr|Sr|Jr)\.")


def _nearest_mark(clitic: str, words: list[str], kinds: Sequence[tuple[str, frozenset[str]]]) -> str | None:
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


def _marked(clitic: str, words: list[str], marks: frozenset[str]) -> bool:
    return _nearest_mark(clitic, words, (("mark", marks),)) is not None


def _is_passive(text: str, trigger_start: int, floor: int, script: str) -> bool:
    """تم نشر / was deployed / a été livré / были переброшены: the actor after the trigger is its patient."""
    _, words = _words_before(text, trigger_start, floor)
    progressive = script == "en" and re.match(r"\w+ing\b", text[trigger_start:]) is not None
    if not progressive and any(w in _PASSIVE_MARKS[script] for w in words[-2:]):
        return True  # not "the Houthis have been targeting ships": a progressive is active
    # "تعرضت دورية للجيش لهجوم", "a subi une attaque", "suffered an attack": the subject underwent it
    return any(w.startswith(_UNDERGO) or w[1:].startswith(_UNDERGO) for w in words[-5:])


#: Words that are never an actor's name: the marks and clause words above, and particles.
_FUNCTION_WORDS = (
    frozenset().union(*_OBLIQUE.values(), *_AGENT_BY_SCRIPT.values())
    | _COMPLEMENTIZERS
    | _folded_set(["على", "علي", "إلى", "الى", "ان", "أن", "إن", "قد", "لقد", "لم", "لن", "ما", "كما", "هذا", "هذه", "ذلك"])
)  # fmt: skip


def _function_word(ann: Annotation) -> bool:
    return fold_gap(ann.text).strip() in _FUNCTION_WORDS


#: The second half of a hyphenated modifier: a name before it describes a thing ("a U.S.-owned ship").
_MODIFIER = re.compile(
    r"\.?-(?:owned|flagged|based|controlled|backed|made|registered|operated|bound|linked|affiliated|aligned|held)\b"
)


def _modifier(text: str, ann: Annotation) -> bool:
    return _MODIFIER.match(text, ann.end) is not None


#: Words that join two names into one argument: "X et le Y", "X and Y", "X وY", "X и Y".
_CONJOINED = re.compile(
    r"\s*(?:,\s*)?(?:et|and|и|ou|or)(?:\s+(?:le|la|les|l'|the))?\s+|\s+و\s*", re.IGNORECASE
)


_BETWEEN = _folded_set(["بين", "between", "entre", "между"])


#: Relative pronouns (folded): the verb after one has the noun right before it as subject.
_RELATIVES = _folded_set(
    ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "qui", "lequel", "laquelle", "lesquels",
     "who", "which", "который", "которая", "которое", "которые"]
)  # fmt: skip


_CLEFT_PRONOUNS = _folded_set(["هو", "هي", "هم", "هما", "هن"])


def _relative_between(text: str, start: int, end: int) -> bool:
    """Whether a relative pronoun stands between ``start`` and ``end`` with words before it (so the noun it
    refers to is not the actor ending at ``start``): "المسلحون الذين هاجموا" keeps المسلحون."""
    words = [fold_gap(m.group()) for m in re.finditer(r"\w+", text[start:end])]
    # "مقاتلات إسرائيلية حلقت ... هي التي نفذت الهجمات": after a pronoun (a cleft) the subject is the actor before
    return any(w in _RELATIVES and i > 0 and words[i - 1] not in _CLEFT_PRONOUNS for i, w in enumerate(words))


def _opens_clause(text: str, start: int) -> bool:
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


def _after_between(text: str, start: int, floor: int) -> bool:
    """Whether "between" (بين, entre, между) stands among the words right before a name."""
    _, words = _words_before(text, start, floor)
    return bool(_BETWEEN.intersection(words[-3:]))


_CONJUNCTION_BEFORE = re.compile(r"\b(?:and|et|и|then|puis)\s+$", re.IGNORECASE)


def _after_conjunction(text: str, start: int) -> bool:
    """A verb right after "and" (Latin and Cyrillic script) shares its subject with the verb before."""
    return _CONJUNCTION_BEFORE.search(text, max(0, start - 8), start) is not None


def _coordinated(text: str, first: Annotation, second: Annotation) -> bool:
    """The second name is joined to the first by a conjunction alone (it shares the first's mark)."""
    if first.end > second.start:
        return False
    if _CONJOINED.fullmatch(text, first.end, second.start) is not None:
        return True
    # Arabic: the conjunction is glued to the second name (روسيا وفرنسا)
    return second.text.startswith("و") and not text[first.end : second.start].strip()


#: How far before a name the head phrase it belongs to may start (a title, "gunmen belonging to").
_HEAD_REACH = 48


def _head_start(ctx: _Context, ann: Annotation, floor: int) -> int:
    """Where the phrase that a name heads starts: its title ("by Foreign Minister X", "التقى مدير عام الشؤون
    الصحية بمنطقة الجوف X", "بالمدير التنفيذي ... الدكتور X") or the unnamed actor it belongs to ("مسلحين
    ينتمون لجماعة X"). A mark before that phrase marks the name; the name's own start when there is none."""
    lo = max(floor, ann.start - _HEAD_REACH)
    head = ann.start
    if ann.label == "PER":
        for key in ("lex|official", "lex|title_head"):
            for cue in ctx.cues_between(key, lo, ann.start):
                if cue.span.start < head and _joins(ctx, cue.span.end, ann):
                    head = cue.span.start
    else:
        for cue in ctx.cues_between("lex|unnamed_actor", lo, ann.start):
            between = fold_gap(ctx.text[cue.span.end : ann.start]).split()
            words = [w.removeprefix("ل") if w not in _BELONGING else w for w in between]
            if (
                words
                and words[0] in _BELONGING | _OF_WORDS
                and cue.span.start < head
                and _joins(ctx, cue.span.end, ann)
            ):
                head = cue.span.start
    if ann.label in PLACE_TYPES:
        head = min(head, _place_head_start(ctx.text, lo, ann.start))
    return head


#: Words that head a place's phrase in Arabic: "على محيط العاصمة السورية دمشق", "قصفت مدينة بعلبك". Not the
#: directions (وسط مالي, شمال إسرائيل): they are marks of where themselves.
_PLACE_HEAD_WORDS = _folded_set(
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


def _titled_subject(ctx: _Context, trigger: Span, person: Annotation) -> bool:
    """ "استقبل معالي المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان ... الدكتور X": a title right
    after the verb and nothing but title words up to the person (however long the title): he is the subject."""
    if person.label != "PER":
        return False
    opens = any(
        cue.span.start - trigger.end <= 2
        for key in ("lex|official", "lex|title_head")
        for cue in ctx.cues_between(key, trigger.end, trigger.end + 3)
    )
    return opens and _joins(ctx, trigger.end, person)


def _joins(ctx: _Context, end: int, ann: Annotation) -> bool:
    """Nothing but words between a head phrase and the name: no comma or clause break, no other person."""
    if _COMMA.search(ctx.text, end, ann.start) or _CLAUSE_BREAK.search(ctx.text, end, ann.start):
        return False
    return not any(
        a.label == "PER" and a is not ann and not _namesake(ctx, a)
        for a in ctx.entities_in(end, ann.start, ann.start)
    )


#: Nouns of a place or an institution named after a person: مدينة الملك فهد الطبية, جامعة الأمير سطام,
#: مطار الملك خالد, مركز الملك سلمان للإغاثة.
_NAMED_AFTER = _folded_set(
    ["مدينة", "مدينه", "جامعة", "جامعه", "مستشفى", "مستشفي", "مركز", "مطار", "شارع", "طريق", "مؤسسة", "مؤسسه", "ميناء",
     "قاعدة", "قاعده", "جائزة", "جائزه", "برنامج", "كلية", "كليه", "معهد", "مجمع", "قاعة", "قاعه", "حي", "مسجد", "جسر"]
)  # fmt: skip


def _namesake(ctx: _Context, ann: Annotation) -> bool:
    """A person's name inside an institution's or a place's name (مدينة الأمير محمد بن عبدالعزيز الطبية)."""
    if ann.label != "PER" or _lang_of(ann.text) != "ar":
        return False
    _, words = _words_before(ctx.text, ann.start, max(0, ann.start - 30))
    for word in reversed(words[-3:]):
        bare = word[1:] if word[:1] in "وبلف" and word[1:] in _NAMED_AFTER else word
        bare = bare[2:] if bare.startswith("ال") else bare
        if bare in _NAMED_AFTER:
            return True
        if fold_gap(word) not in _TITLE_WORDS:
            return False
    return False


_TITLE_WORDS = _folded_set(
    ["الملك", "الأمير", "الامير", "الشيخ", "السلطان", "الإمام", "الامام", "خادم", "الحرمين", "الشريفين"]
)


#: "his counterpart" (folded): the person after it is the other party of a meeting, wherever it stands.
_COUNTERPART = _folded_set(["نظيره", "نظيرته", "نظيريه", "homologue", "counterpart", "коллегой", "коллега"])


def _roles(
    ctx: _Context,
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
        ("agent", _AGENT_BY_SCRIPT[script]),
        ("source", etype.source_marks.get(script, frozenset())),
        ("target", etype.target_marks.get(script, frozenset())),
        ("locative", _LOCATIVE_BY_SCRIPT[script]),
        ("oblique", _OBLIQUE[script]),
    )
    passive = _is_passive(text, trigger.span.start, max(0, trigger.span.start - 45), script)
    source: tuple[Annotation, str] | None = None
    target: tuple[Annotation, str] | None = None
    location: Annotation | None = None
    unmarked_before: list[Annotation] = []
    unmarked_after: list[Annotation] = []
    victims_are_targets = etype.unnamed_actors and etype.theme_role == "target"
    victim: Annotation | None = None
    heads: dict[int, int] = {}  # id of an actor -> where the phrase it heads starts (its title)
    previous: tuple[Annotation, str | None] | None = None  # the last actor read and its mark
    for ann in nearby:
        if trigger.span.start < ann.end and ann.start < trigger.span.end:
            trimmed = _before_trigger(ctx, ann, trigger.span)
            if trimmed is None:
                continue  # the trigger is inside a name (a "visit" in an event name)
            ann = trimmed
        if _BLESSING.match(ann.text) or (ann.label == "PER" and _PLACE_HEAD.match(ann.text)):
            continue  # حفظه الله, منطقة عسير: a blessing or a region the statistical NER took for a person
        if etype.prefer_person and ann.label != "PER" and _in_title(ctx, ann):
            continue  # أمير منطقة عسير, رئيس جمهورية مصر: the place or body names a person's office
        if _function_word(ann) or _namesake(ctx, ann) or _modifier(text, ann):
            continue  # على: a preposition taken for a name; جامعة الملك سعود: an institution; "U.S.-owned"
        # a victim first: "أفاد المرصد عن مقتل تسعة من قوات النظام" names no speaker after أفاد
        if (
            victims_are_targets
            and ann.label in ACTOR_TYPES
            and ann.label != "GPE"
            and _is_victim(ctx, ann, trigger.span)
        ):
            victim = victim or ann  # قتل 15 جنديا في هجوم, cinq soldats tués dans une embuscade
            continue
        if (
            etype.unnamed_actors
            and ann.label in ACTOR_TYPES
            and _is_speaker(ctx, ann, trigger.span)
            and not _reports_own_act(ctx, ann, trigger.span)
        ):
            continue  # أعلن الجيش ... مقتل, "l'armée a annoncé": who reports it is no party to it
        if ann.label == "GPE" and not ann.attrs.get("kb_id") and _NISBA.match(ann.text):
            continue  # المالي, الروسي: an adjective the statistical NER took for a place
        floor = trigger.span.end if ann.start >= trigger.span.end else max(0, ann.start - _MARK_REACH)
        clitic, words = _words_before(text, ann.start, floor)
        if ctx.doc.language == "en":
            words = [w for w in words if w != "a"]  # the article, not the French à the Latin marks share
        if not clitic and not ann.attrs.get("kb_id") and ann.text[:1] in _GLUED and len(ann.text) > 4:
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
        mark = _nearest_mark(clitic, words, kinds)
        head = _head_start(ctx, ann, floor)
        heads[id(ann)] = head
        if head < ann.start:
            # "a visit by Foreign Minister X", "بالمدير التنفيذي ... الدكتور X", "نسب إلى مسلحين ينتمون لتنظيم X":
            # the mark before the phrase the name heads is the name's; words inside that phrase mark nothing
            head_clitic, head_words = _words_before(text, head, floor)
            if ctx.doc.language == "en":
                head_words = [w for w in head_words if w != "a"]
            mark = _nearest_mark(head_clitic, head_words, kinds)
        # "الوزير ونظيره الروسي X", "son homologue X": the counterpart is the meeting's other party, even where the
        # word heads his title
        counterpart = etype.two_parties and any(w.removeprefix("و") in _COUNTERPART for w in words[-3:])
        if counterpart:
            mark = "target"
        if (
            previous is not None
            and previous[1] in ("source", "target", "locative")
            and _coordinated(text, previous[0], ann)
        ):
            # "près des frontières avec le Burkina Faso et le Niger": both after "avec"; "between X and Y",
            # "اشتباكات بين الجيش والمسلحين": the second of the pair is the other party
            between = previous[1] == "source" and _after_between(text, previous[0].start, floor)
            mark = "target" if between else previous[1]
        else:
            between = mark == "source" and _after_between(text, ann.start, floor)
        if between and etype.unnamed_actors and ann.label == "GPE":
            mark = "locative"  # "المثلث الحدودي بين مالي والنيجر", "between Jerusalem and Tel Aviv": where, not who
        previous = (ann, mark)
        if (
            mark in ("locative", "oblique")
            and ann.label == "PER"
            and _nearest_mark(clitic, words[-1:], kinds) is None
        ):
            mark = None  # "سفير البيرو لدى المملكة إدوارد", "une audience à M. Lavrov": the mark is not his
        elif mark == "locative" and ann.label == "PER":
            mark = None  # a person is nowhere: "une audience à Sergueï Lavrov"
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
            target = target or (ann, "target-mark")
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
            and holder.start - target[0].end <= _TITLE_TAIL
            and _joins(ctx, target[0].end, holder)
        ):
            unmarked_after.remove(holder)
            target = (holder, "target-mark")
    before = unmarked_before[-1] if unmarked_before else None
    first = len(unmarked_before) - 1
    while first > 0 and _coordinated(text, unmarked_before[first - 1], unmarked_before[first]):
        first -= 1  # "the United States and Britain conducted strikes": the pair's first names the doer
    before = unmarked_before[first] if unmarked_before else None
    # "ووقعت السعودية وفرنسا اتفاقية", "France and Chad signed an agreement": the second of the pair is the other party
    partner = unmarked_before[first + 1] if etype.symmetric and first < len(unmarked_before) - 1 else None
    if before is not None and _relative_between(text, before.end, trigger.span.start):
        # "استنكر السفير العمل الإرهابي الذي استهدف المسجد", "the attack which hit the base": the relative
        # clause's subject is the noun right before "which", not an actor further back
        before = None
    if is_verb and unmarked_before and _after_conjunction(text, trigger.span.start):
        # "Houthi militants fired a missile from areas of Yemen and struck X": the first verb's subject
        before = unmarked_before[0]
    if etype.prefer_person and before is not None and before.label != "PER":
        # أجرى الأمير محمد ... لرئيس مجلس الوزراء وزير الدفاع اتصالا: the body is in his title
        before = next((a for a in reversed(unmarked_before) if a.label == "PER"), before)
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
            ctx.gap_without_titles(trigger.span.end, objects[0].start) <= _VSO_REACH
            or ctx.gap_without_titles(trigger.span.end, heads.get(id(objects[0]), objects[0].start)) <= 2
            or _titled_subject(ctx, trigger.span, objects[0])
        )
        if (subject is None or _opens_clause(text, trigger.span.start)) and near and lang == "ar":
            # Arabic VSO; "... ضد الاتفاق، والتقى أوباما زعماء": a verb that opens a coordinated clause with an
            # actor right after it has that actor as subject, not the last actor of the clause before
            subject = (objects.pop(0), "subject-after")  # Arabic VSO: the subject follows its verb
            last = subject[0]
            while objects and not etype.symmetric and _coordinated(text, last, objects[0]):
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
            doer = next((a for a in after if _INSTRUMENTAL.search(a.text.split()[0])), None)
            if doer is not None:
                after.remove(doer)
                source = (doer, "agent")
        # the genitive after the noun, counted from its title: "visite du président X", لقاء وزير الخارجية X مع
        genitive_start = heads.get(id(after[0]), after[0].start) if after else 0
        if (
            source is None
            and after
            and trigger.phrase in etype.agent_nouns
            and after[0].attrs.get("unnamed") != "attack_object"
            and ctx.gap_without_titles(trigger.span.end, genitive_start) <= 16
            and (not etype.prefer_person or after[0].label == "PER")  # زيارة روسيا: the place visited
            and not (etype.two_parties and before is not None)  # أجرى X اتصالا هاتفيا بالملك Y: X called
        ):
            source = (after.pop(0), "genitive")  # هجوم جهاديين, attaque des jihadistes, нападение боевиков
        for ann in after:
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
            source = (before, "before")  # "Russian troops' deployment", "the Russian delivery"
        elif (
            before is not None
            and source is not None
            and source[1] == "source-mark"
            and (target is None or target[1] == "theme")
            and not _same(before, source[0])
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
    if source is not None and target is not None and _same(source[0], target[0]):
        target = None
    return {"source": source, "target": target, "location": location}


def _sentence_place(
    ctx: _Context, sentence: Span, trigger: Span, script: str, taken: list[Annotation]
) -> Annotation | None:
    """Where the sentence places things (في مالي, in Mali) when the trigger's clause names no place: the nearest."""
    best: Annotation | None = None
    for ann in ctx.entities_in(sentence.start, sentence.end, sentence.end):
        if ann.label not in PLACE_TYPES or any(_same(ann, t) for t in taken) or _modifier(ctx.text, ann):
            continue  # "a U.S.-owned ship" is not in the U.S.
        clitic, words = _words_before(ctx.text, ann.start, max(sentence.start, ann.start - _MARK_REACH))
        if not _marked(clitic, words, _LOCATIVE_BY_SCRIPT[script]):
            continue
        if best is None or abs(ann.start - trigger.start) < abs(best.start - trigger.start):
            best = ann
    return best


def _same(a: Annotation, b: Annotation) -> bool:
    ka, kb_ = a.attrs.get("kb_id"), b.attrs.get("kb_id")
    return (ka is not None and ka == kb_) or a.attrs.get("canonical", a.text) == b.attrs.get(
        "canonical", b.text
    )


def _country(ctx: _Context, place: Annotation | None) -> bool:
    """A country (a place name that is no city or region): it can be a party, a visit's host or aid's recipient."""
    return place is not None and place.label == "GPE" and not _is_settlement(ctx.kb, place)


def _is_settlement(kb: KnowledgeBase | None, ann: Annotation) -> bool:
    """A city or region (a KB place with coordinates) is somewhere, not someone; a country can be both."""
    entry = kb.get(ann.attrs["kb_id"]) if kb is not None and ann.attrs.get("kb_id") else None
    return entry is not None and entry.coords is not None


# --- output ---------------------------------------------------------------------------------------


def _article_restored(text: str, ann: Annotation) -> str | None:
    """An Arabic name whose article the preposition ل swallowed (للحوثيين: ل + الحوثيين), written with it again."""
    if ann.text.startswith("لل"):
        return "ال" + ann.text[2:]
    if ann.text.startswith("ل") and ann.start > 0 and text[ann.start - 1] == "ل" and len(ann.text) > 3:
        return "ال" + ann.text[1:]
    return None


def _actor(ann: Annotation, via: str, text: str = "") -> dict[str, Any]:
    attrs = ann.attrs
    out: dict[str, Any] = {
        "text": ann.text,
        "type": ann.label,
        "canonical": attrs.get("canonical") or ann.text,
        "kb_id": attrs.get("kb_id"),
        "start": ann.start,
        "end": ann.end,
        "via": via,
    }
    if attrs.get("country"):
        out["country"] = attrs["country"]
    restored = _article_restored(text, ann) if text else None
    if restored is not None:
        out["name"] = restored  # "قصفت الطائرات تجمعات للحوثيين": the actor named is الحوثيين
    return out


def _place(kb: KnowledgeBase | None, ann: Annotation) -> dict[str, Any]:
    out = _actor(ann, "place")
    del out["via"]
    entry = kb.get(ann.attrs["kb_id"]) if kb is not None and ann.attrs.get("kb_id") else None
    if entry is not None:
        if entry.coords is not None:
            out["lat"], out["lon"] = entry.coords
        if entry.ids.get("geonames"):
            out["geonames"] = entry.ids["geonames"]
        out["precision"] = "point" if entry.coords is not None else "country"
    return out


def _date(ctx: _Context, sentence: Span, trigger: Span) -> dict[str, Any]:
    """The sentence's date nearest to the trigger, else the publication date (marked as such)."""
    best: Annotation | None = None
    for ann in ctx.dates:
        if ann.start >= sentence.end:
            break
        value = gregorian_value(ann.attrs)
        if ann.start < sentence.start or not value or not (value[0].isdigit() or value.startswith("XXXX")):
            continue  # no value, or only "recently" (PAST_REF): not a date to put on the event
        distance = trigger.start - ann.end if ann.end <= trigger.start else ann.start - trigger.end
        if best is None or distance < abs(trigger.start - best.start):
            best = ann
    if best is not None:
        return {
            "date": gregorian_value(best.attrs),
            "date_precision": best.attrs.get("precision"),
            "date_source": "text",
            "date_start": best.start,
            "date_end": best.end,
        }
    if ctx.doc.published:
        return {
            "date": ctx.doc.published,
            "date_precision": ctx.doc.published_precision,
            "date_source": "published",
        }
    return {"date": None, "date_source": None}


def _modality(ctx: _Context, cat: Catalogue, sentence: Span, trigger: Span) -> tuple[str, PhraseMatch | None]:
    # negation binds to the words right before the trigger (لم يتم نشر، not deployed): its window is short
    for kind, flag, window in cat.modality:
        # up to the trigger's end: a future verb is its own cue (ستنتشر، سيسلم)
        cue = ctx.cue_near(f"mod|{kind}", max(sentence.start, trigger.start - window), trigger.end)
        if cue is not None:
            return flag, cue
    for (
        kind,
        flag,
        _,
    ) in cat.modality:  # "…, selon l'agence TASS", "…، بحسب المتحدث": attribution after the fact
        if flag == "reported" and (cue := ctx.cue_near(f"mod|{kind}", trigger.end, sentence.end)) is not None:
            return flag, cue
    return "asserted", None


def _annotation(
    ctx: _Context,
    cat: Catalogue,
    etype: EventType,
    trigger: PhraseMatch,
    sentence: Span,
    roles: dict[str, Any],
) -> Annotation:
    d = etype.definition
    plover = d.get("plover") or {}
    mode = plover.get("mode")
    lo = max(sentence.start, trigger.span.start - etype.window_before)
    hi = min(sentence.end, trigger.span.end + etype.window)
    for mode_id in d.get("modes") or {}:
        if ctx.cue_near(f"mode|{etype.id}|{mode_id}", lo, hi) is not None:
            mode = mode_id
            break
    modality, cue = _modality(ctx, cat, sentence, trigger.span)
    source, target, location = roles["source"], roles["target"], roles["location"]
    attrs: dict[str, Any] = {
        "ontology": ONTOLOGY,
        "type": plover.get("type"),
        "mode": mode,
        "context": list(plover.get("context") or ()),
        "rasid_type": etype.id,
        "type_label": (d.get("label") or {}).get("en", etype.id),
        "trigger": ctx.text[trigger.span.start : trigger.span.end],
        "trigger_start": trigger.span.start,
        "trigger_end": trigger.span.end,
        "source": _actor(source[0], source[1], text=ctx.text) if source else None,
        "target": _actor(target[0], target[1], text=ctx.text) if target else None,
        "location": _place(ctx.kb, location) if location is not None else None,
        "modality": modality,
        "method": "trigger+frame+roles",
    }
    if plover.get("extension"):
        attrs["extension"] = True
    acled = d.get("acled")
    if acled:
        attrs["acled_event_type"] = acled.get("event_type")
        attrs["acled_sub_event_type"] = acled.get("sub_event_type")
    if cue is not None:
        attrs["modality_cue"] = ctx.text[cue.span.start : cue.span.end]
    attrs.update(_date(ctx, sentence, trigger.span))
    confidence = 0.5 + 0.15 * bool(source) + 0.15 * bool(target) + 0.1 * bool(location)
    confidence += 0.05 * (attrs["date_source"] == "text")
    return ctx.doc.annotation(
        "events",
        sentence.start,
        sentence.end,
        etype.id,
        attrs=attrs,
        stage=STAGE,
        confidence=round(min(confidence, 0.95), 2),
    )
