"""fr/en/ru: a quotation set inside a sentence whose subject is a known person (a partial quote).

News quotes a few of someone's words inside the reporter's own sentence, with a verb that is no speech
verb ("X cite nommément les « … »", "X a invité les citoyens à aider, « … »", "He expects "…"", "Il a
cité « … »"). The words are the subject's: the sentence opens with one person (or, naming no person,
one body: "L'armée a souligné que ses soldats avaient « … »"), or with a personal pronoun that the
discourse chain resolves, and names nobody else; no speech verb or attribution stands
in the sentence (those are read by :mod:`rasid.extract.quotes.attribution`, and when they named nobody
known the quote stays without a speaker). Also "« … », lit-on" / "est-il souligné dans le communiqué": words
read in the statement the text spoke of last are its issuer's.
"""

from __future__ import annotations

import re

from rasid.extract.cues import fold
from rasid.extract.quotes.attribution import COLON_SENTENCE_CHARS
from rasid.extract.quotes.cues import ARABIC, WORD
from rasid.extract.quotes.descriptions import is_participle, main_clause_subject, statement_issuer
from rasid.extract.quotes.discourse import (
    CLAUSE_PARTICLES,
    OPENING_TITLE_WORDS,
    SENTENCE_SUBJECT_WORDS,
    Discourse,
    Speaker,
    from_chain,
    gender_of,
    is_role_word,
    quoted_before,
    start_of_sentence,
)
from rasid.extract.quotes.marks import Quote
from rasid.extract.quotes.mentions import no_russian_subject, oblique_russian_name

#: A personal pronoun opening the sentence (after a conjunction), with its gender.
_OPENING_PRONOUN = re.compile(
    r"\s*(?:(?:Mais|Et|Or|Puis|But|And|Yet|Но|А|И|Однако)\s+)?"
    r"(?:(?P<m>[Ii]l|[Hh]e|[Оо]н)|(?P<f>[Ee]lle|[Ss]he|[Оо]на))\s"
)
#: A verb of naming or describing before the quote: the words are whoever gave that name ("ce que la
#: Maison blanche a décrit comme « … »", "Иванов указан как «…»"), not the sentence's subject.
_NAMED_AS = re.compile(
    r"(?i)\b(?:décrit|décrite|qualifi\w*|surnomm\w*|baptis\w*|présenté\w*|describ\w*|"
    # not "a appelé (les habitants) à …", "called (them) for …": urging, not naming
    r"(?:appel|call)\w*+(?!.*\b(?:à|au|aux|for|on|upon)\b)|"
    r"dubb\w*|brand\w*|label\w*|term\w*|назва\w*|назыв\w*|указан\w*|описа\w*|именуе\w*|характеризу\w*)\b"
)
#: How many words before the quote a naming verb governs it: "ce que X a décrit comme « … »", "qui a
#: qualifié l'attaque de « … »"; not "X a appelé depuis Dakar, frontalier du Mali, à ne laisser « … »" (urged).
NAMED_AS_WORDS = 5
#: Who may be the subject whose words a partial quote gives: a person or a body (not a place or country).
_SUBJECT_LABELS = frozenset({"PER", "ORG", "ARMED_GROUP", "MEDIA"})
#: Where the quote's sentence ends after the closing mark.
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)|\n")
#: How far after the quote its sentence is read, at most.
AFTER_CHARS = 200


def quoted_in_subject_sentence(ctx: Discourse, q: Quote) -> Speaker | None:
    """The subject of the sentence a quotation is embedded in, when that sentence has no speech verb
    or attribution, opens with one known person (or one body, or a pronoun for the last speaker) and
    names nobody else: "Le général X cite les « … »" -> X; "Mais il a cité « … »" -> who "il" is."""
    text = ctx.text
    if q.close is None:
        return None
    if ARABIC.search(text, q.start, min(q.end, q.start + 40)):
        return _arabic_subject_quoted(ctx, q)
    quoted_words = WORD.findall(text[q.start : q.end])
    if all(w[:1].isupper() for w in quoted_words):
        return None  # « Conseil national pour la sauvegarde »: a name in quotation marks
    sent_start = start_of_sentence(text, q.open, max(0, q.open - COLON_SENTENCE_CHARS))
    before = text[sent_start : q.open]
    if "\n" in before or len(WORD.findall(before)) < 2:
        return None  # the quote opens its sentence or line: not set inside the reporter's words
    stop = _SENTENCE_END.search(text, q.close + 1, q.close + 1 + AFTER_CHARS)
    sent_end = stop.start() if stop else min(len(text), q.close + 1 + AFTER_CHARS)
    folded = ctx.norm.text
    for start, end in ((sent_start, q.open), (q.close + 1, sent_end)):
        fs, fe = ctx.folded_range(start, end)
        verbs = ctx.cues.verb.finditer(folded, fs, fe)
        if (
            # a participle after the quote goes on with the same subject ("Le X a « … », qualifiant Y de « … »")
            any(start == sent_start or not is_participle(ctx, v) for v in verbs)
            or ctx.cues.attribution.search(folded, fs, fe)
            or ctx.cues.pronoun_attribution.search(folded, fs, fe)
        ):
            return None  # a speech verb or "selon X" there was read already, whoever it named
    if _NAMED_AS.search(_last_words(before, NAMED_AS_WORDS)) or any(
        m.label == "PER" for m in ctx.mentions_in(q.close + 1, sent_end)
    ):
        return None  # "les accusations de « … » portées par Y": maybe Y's words
    named = [
        m
        for m in ctx.mentions_in(sent_start, q.open)
        if m.label in _SUBJECT_LABELS and not quoted_before(text, sent_start, m.start)
    ]
    # a person when one is named ("Wagner's leader, X has urged …"), else a body ("L'armée a souligné …")
    people = [m for m in named if m.label == "PER"] or named
    if people:
        if len({m.key for m in people}) != 1:
            return None
        m = people[0]
        # the subject opens the sentence, or its main clause after an opening phrase ("Lundi, lors
        # d'une conférence de presse, le colonel X a fait le point, parlant de « … »")
        clause_start = max(sent_start, text.rfind(",", sent_start, m.start) + 1)
        words = WORD.findall(text[clause_start : m.start])
        if (
            # words before the subject, unless they are its title ("le Premier ministre français X")
            (len(words) > SENTENCE_SUBJECT_WORDS and not _title_words(ctx, words))
            or not ctx.is_subject_position(m)
            or no_russian_subject(m.text)
            or oblique_russian_name(m.text)
        ):
            return None
        return Speaker(m, m.start, m.end, "explicit", None)
    pronoun = _OPENING_PRONOUN.match(text, sent_start)
    if pronoun is None:
        # a body named by its head ("Le gouvernement a salué le « … »"), or a role for a known person
        described, _ = main_clause_subject(ctx, sent_start, q.open)
        if described is None or (described.kind != "organization" and described.mention is None):
            return None
        fs, fe = ctx.folded_range(described.end, q.open)
        if ctx.cues.organization_other.search(ctx.norm.text, fs, fe):
            return None  # "L'agence X a cité le ministère disant que « … »": maybe the other body's words
        return described
    gender = "m" if pronoun.group("m") else "f"
    found = from_chain(ctx, pronoun.start(gender), "pronoun", gender, pronoun.group(gender))
    if found is not None:
        found.cue = None
    return found


def _last_words(text: str, count: int) -> str:
    """The end of ``text`` holding its last ``count`` words."""
    words = list(WORD.finditer(text))
    return text[words[-count].start() :] if len(words) > count else text


def _title_words(ctx: Discourse, words: list[str]) -> bool:
    """The words before a name are its title: a few, one of them a role ("le Premier ministre français",
    "the former army chief")."""
    return len(words) <= OPENING_TITLE_WORDS + 1 and any(is_role_word(ctx, w) for w in words)


#: Arabic words of naming or describing before a partial quote ("ما وصفه بـ«…»", "ما يسمى «…»", "تحت شعار
#: «…»"): the words are a name or whoever gave it, not the sentence subject's statement (folded stems).
_AR_NAMED_AS = re.compile(
    r"(?<![\u0621-\u064a])(?:[وف]?(?:ما\s+)?(?:وصف|يصف|تصف|بوصف|يسمى|تسمى|سمي|سميت|يعرف|تعرف|عرف)[\u0621-\u064a]*|"
    r"[وب]?(?:اسم|عنوان|شعار|لقب|مسمى)[\u0621-\u064a]*|تحت)\s*(?:ب|بـ|ب\s*ـ)?\s*$"
)
#: Arabic: the fewest words a partial quote holds to be someone's words rather than a name, a title or a term.
AR_PARTIAL_QUOTE_WORDS = 6


def _arabic_subject_quoted(ctx: Discourse, q: Quote) -> Speaker | None:
    """Arabic: a partial quote in a sentence with no speech verb nor attribution, opened by a verb and one
    known person as its subject ("وحمّل X الحكومة «المسؤولية الكاملة عن …»"): that person's words. None
    when anyone else is named in the sentence or the words before name or describe ("ما وصفه بـ«…»")."""
    text = ctx.text
    assert q.close is not None
    if len(WORD.findall(text[q.start : q.end])) < AR_PARTIAL_QUOTE_WORDS:
        return None
    sent_start = start_of_sentence(text, q.open, max(0, q.open - COLON_SENTENCE_CHARS))
    before = text[sent_start : q.open]
    if "\n" in before or len(WORD.findall(before)) < 3 or _AR_NAMED_AS.search(fold(before)):
        return None
    stop = _SENTENCE_END.search(text, q.close + 1, q.close + 1 + AFTER_CHARS)
    sent_end = stop.start() if stop else min(len(text), q.close + 1 + AFTER_CHARS)
    folded = ctx.norm.text
    for start, end in ((sent_start, q.open), (q.close + 1, sent_end)):
        fs, fe = ctx.folded_range(start, end)
        if ctx.cues.verb.search(folded, fs, fe) or ctx.cues.attribution.search(folded, fs, fe):
            return None  # a speech verb or "بحسب X" there was read already, whoever it named
    if quoted_before(text, sent_start, q.open) or any(
        m.label == "PER" for m in ctx.mentions_in(q.close + 1, sent_end)
    ):
        return None
    people = [m for m in ctx.mentions_in(sent_start, q.open) if m.label == "PER"]
    if len({m.key for m in people}) != 1:
        return None
    m = people[0]
    words_before = WORD.findall(fold(text[sent_start : m.start]))
    if not 1 <= len(words_before) <= SENTENCE_SUBJECT_WORDS or not ctx.is_subject_position(m):
        return None  # the sentence opens with its verb, then the person: "وحمّل الوزير X …"
    last = ctx.event_before(sent_start)
    if (
        last is not None
        and last.speaker is not None
        and (last.speaker.mention is None or last.speaker.mention.key != m.key)
        and sent_start - last.end < COLON_SENTENCE_CHARS
    ):
        return None  # "وقال بيان الوزارة إن «X تفقد …». كما زار X المديرية «…»": still the statement's words
    verb = next(
        (w for w in words_before if w not in CLAUSE_PARTICLES and w not in ("كما", "قد", "وقد")), None
    )
    return Speaker(m, m.start, m.end, "explicit", None, gender=gender_of(verb))


#: fr/en: an impersonal reading cue right after a quotation ("« … », lit-on", "peut-on lire dans le message",
#: "est-il souligné dans le communiqué", "can be read in the statement").
_READ_AFTER = re.compile(
    r"[\s,.–—-]*(?:lit-on|peut-on\s+lire|pouvait-on\s+lire|est-il\s+(?:souligné|indiqué|précisé|écrit|ajouté)|"
    r"(?:it\s+)?can\s+be\s+read)\b",
    re.IGNORECASE,
)

#: The statement a reading cue names ("lit-on dans un communiqué", "can be read in the statement").
_READ_IN_NAMED = re.compile(
    r"\s+(?:dans|in)\s+(?:un|une|le|la|son|sa|leur|a|the|its|their)\s+"
    r"(?P<noun>communiqué|déclaration|statement|press\s+release)\b",
    re.IGNORECASE,
)


def read_in_statement(ctx: Discourse, q: Quote) -> Speaker | None:
    """'« … », lit-on' / 'est-il souligné dans le communiqué': words read in the statement the text spoke
    of last, whose issuer (the body or person that made it) speaks."""
    if q.close is not None and ARABIC.search(ctx.text, q.start, min(q.end, q.start + 40)):
        return _arabic_statement_issuer(ctx, q)
    read = _READ_AFTER.match(ctx.text, q.close + 1) if q.close is not None else None
    if read is None:
        return None
    issuer = statement_issuer(ctx, q.open)
    named = _READ_IN_NAMED.match(ctx.text, read.end())
    if issuer is None and named is not None:
        # "« … », lit-on dans un communiqué" naming no issuer: the statement speaks, as "the statement said"
        return Speaker(None, named.start("noun"), named.end(), "statement", None, kind="organization")
    return issuer


#: Arabic: "جاء في بيان X «…»", "بيانا صادرا عن X جاء فيه: «…»" — words read in a statement (folded text).
AR_READ_IN = re.compile(r"(?<![\u0621-\u064a])[وف]?جاء\s+(?:في|فيه|فيها)(?![\u0621-\u064a])")
#: An Arabic statement noun, then its issuer: a name in the genitive ("بيان وزارة …", "بيان رئيس الإقليم X")
#: or after "صادر عن" ("بيانا صادرا عن الفرقة").
_AR_STATEMENT_NOUN = re.compile(
    r"(?<![\u0621-\u064a])(?:[وب]?(?:ال)?(?:بيان|رساله|كلمه|تغريده)[اه]?)(?:\s+(?:ال)?صادر[اه]?\s+عن)?(?![\u0621-\u064a])\s*"
)
#: A verb of relaying between a statement noun and a name: the name relayed it ("بيان نقلته الوكالة").
_AR_RELAYED = re.compile(r"(?<![\u0621-\u064a])(?:نقل|اورد|نشر|بث|تناقل|وزع)[\u0621-\u064a]*")
#: The owner of a statement written with ل after its noun ("تغريدة للناشط", "رسالة لرئيس"; folded).
_AR_OWNER_WRITTEN = re.compile(
    r"(?<![\u0621-\u064a])(?:لل|ل)(?!ه(?![\u0621-\u064a])|ها(?![\u0621-\u064a]))[\u0621-\u064a]{2,}"
)
#: What opens the statement's own words between its noun and a name: that name is whom it speaks of
#: ("وجاء في البيان، إن X «…»"; folded).
_AR_CLAUSE_OPENED = re.compile(r"[،,:]|(?<![\u0621-\u064a])(?:ان|انه|انها|بان|بانه)(?![\u0621-\u064a])")
#: How many words (a title) may stand between the statement noun and its issuer's name.
AR_ISSUER_TITLE_WORDS = 4


def _arabic_statement_issuer(ctx: Discourse, q: Quote) -> Speaker | None:
    """Arabic: a quote read in a statement whose issuer the sentence names ("وجاء في بيان رئيس الإقليم X
    «…»", "وأصدرت الوزارة بيانا صادرا عن مكتبها جاء فيه «…»"): the one person or body named right after
    the statement noun, a title between. None when the statement names no one there (whose it is was
    said earlier, or by whom it was relayed: "بيان نقلته الوكالة")."""
    text = ctx.text
    sent_start = start_of_sentence(text, q.open, max(0, q.open - COLON_SENTENCE_CHARS))
    fs, fe = ctx.folded_range(sent_start, q.open)
    folded = ctx.norm.text
    read_ins = list(AR_READ_IN.finditer(folded, fs, fe))
    if not read_ins:
        return None
    read_at = ctx.orig(read_ins[-1].start(), read_ins[-1].end())[0]
    if quoted_before(text, read_at, q.open):
        return None  # another quotation between "جاء فيه" and this one: read for that one
    nouns = list(_AR_STATEMENT_NOUN.finditer(folded, fs, fe))
    if nouns:
        # the statement spoken of last: "نشر تغريدة للناشط X، … وتغريدة أخرى للناشط Y، جاء فيها" is Y's
        n_end = ctx.orig(nouns[-1].start(), nouns[-1].end())[1]
        issuer_end = read_at if read_at > n_end else q.open
        named = [m for m in ctx.mentions_in(n_end, issuer_end) if m.label in _SUBJECT_LABELS]
        between = fold(text[n_end : named[0].start if named else issuer_end])
        if _AR_RELAYED.search(between) or (
            named
            and (
                len(WORD.findall(between)) > AR_ISSUER_TITLE_WORDS
                or ctx.cues.verb.search(between)
                or _AR_CLAUSE_OPENED.search(between)
            )
        ):
            # "بيان نقلته الوكالة": who relayed it; "وجاء في البيان، إن X «…»": whom it speaks of
            return None
        if named:
            m = named[0]
            kind = "person" if m.label == "PER" else "organization"
            return Speaker(m, m.start, m.end, "explicit", None, kind=kind)
        if _AR_OWNER_WRITTEN.search(between):
            return None  # "تغريدة للناشط Y" with Y unknown: written, not whom we know
    # "وأصدر النادي بيانا …، وجاء فيه: «…»": the one body or person the sentence opens with issued it
    named = [
        m
        for m in ctx.mentions_in(sent_start, read_at)
        if m.label in _SUBJECT_LABELS and not quoted_before(text, sent_start, m.start)
    ]
    if not named or not ctx.is_subject_position(named[0]):
        return None
    m = named[0]  # "نعت الوزارة المعماري X في بيان جاء فيه": the subject, not the object after it
    if len(WORD.findall(fold(text[sent_start : m.start]))) > SENTENCE_SUBJECT_WORDS:
        return None  # not the subject the sentence opens with
    kind = "person" if m.label == "PER" else "organization"
    return Speaker(m, m.start, m.end, "explicit", None, kind=kind)
