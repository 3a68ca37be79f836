"""Speakers that are described rather than named: unnamed sources (typed anonymous), organisations
and bodies, statements and their issuers, and the subject slot of a verb that holds one of them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from rasid.extract.cues import B_END, B_START, fold
from rasid.extract.quotes.cues import ARABIC, WORD, without_article
from rasid.extract.quotes.discourse import (
    INVERTED_PRONOUN,
    LOOKBACK_CHARS,
    MAX_DESCRIPTION_WORDS,
    NOT_NAME_WORDS,
    PHRASE_STOP,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    Discourse,
    Speaker,
    from_chain,
    gender_of,
    inside_quotation,
    is_role_word,
    issuer_opening_sentence,
    last_part,
    opens_its_clause,
    start_of_sentence,
    words_between,
)
from rasid.extract.quotes.marks import trim
from rasid.extract.quotes.mentions import (
    DETERMINER,
    SPEAKER_LABELS,
    Mention,
    fold_word,
    name_tokens,
    no_russian_subject,
)
from rasid.extract.quotes.subjects import (
    CAPITALISED_NAME,
    CAPITALISED_WORD,
    DESCRIPTION_STOP,
    TOLD_AFTER_NAME,
    anonymous_phrase,
    names_a_subject,
    person_role,
    role_phrase,
    skip_arabic_outlet,
    skip_told_to,
    subject_after_verb,
    subject_before,
    unmarked_name_ending,
)
from rasid.extract.quotes.titles import same_name
from rasid.ner.features import default_resources
from rasid.text.normalize import normalize_for_search

#: Articles and possessives: a speech verb right after one is a noun (cette annonce, the report, sa note).
_NOUN_BEFORE = re.compile(
    r"(?<![^\W_])(?:le|la|les|l'|un|une|des|du|cette|ce|cet|ces|son|sa|ses|leur|leurs|notre|votre"
    r"|the|a|an|this|that|his|her|its|their|our)\s*$"
)


def noun_use(folded: str, verb: re.Match[str]) -> bool:
    """A one-word fr/en speech verb used as a noun ("Depuis cette annonce", "une note")."""
    if verb.group("other") is None or " " in verb.group() or "-" in verb.group():
        return False
    if verb.group() in _NAMING_VERBS and _QUOTE_RIGHT_AFTER.match(folded, verb.end()):
        return True  # 'a group called "Friends of the Sahel"': a name, not words said
    return _NOUN_BEFORE.search(folded, max(0, verb.start() - 8), verb.start()) is not None


#: Verbs that name as often as they report: right before a quotation they give its name.
_NAMING_VERBS = frozenset({"called", "described", "назвал", "назвала", "назвали", "qualifie"})
_QUOTE_RIGHT_AFTER = re.compile(r"\s*[«“„\"']")


def is_participle(ctx: Discourse, verb: re.Match[str]) -> bool:
    return re.sub(r"^[وف]", "", verb.group()) in ctx.cues.participles or verb.group() in ctx.cues.participles


def _declitic(word: str) -> str:
    """للمحكمة -> المحكمة, لوزارة -> وزارة (the issuer after بيان)."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    return word[1:] if word[:1] in "لب" and len(word) > 3 else word


def described_subject(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """A subject after a verb that no entity names: an organisation (وقالت الوزارة، منظمة الشفافية
    الدولية), a statement (بيان للمحكمة العليا; وأضاف البيان continues its issuer: ``via`` "statement")
    or an unnamed source (مصدر عسكري مالي، ناخب بوروندي; "said a senior official", "сообщил источник")."""
    words = words_between(ctx, start, end)
    if not words:
        return None
    text, cues = ctx.text, ctx.cues
    zone = fold(text[words[0][0] : end])
    statement = cues.statement.match(zone)
    if statement is not None:
        head = statement.group("head")
        if head.startswith(("ال", "the ", "le ", "la ", "в ")):
            return Speaker(None, words[0][0], words[0][0] + len(head), "statement", None)
        issuer = words[1:]
        construct = bool(issuer) and (
            issuer[0][2] in cues.organization_ar
            or any(
                m.start == issuer[0][0] and m.label in ("ORG", "ARMED_GROUP", "MEDIA")
                for m in ctx.mentions_in(issuer[0][0], end)
            )
        )  # بيان وزارة الصحة، تقرير لجنة التحقيق: the body in construct with the statement
        if construct:
            return _organization_phrase(ctx, issuer)
        if issuer and issuer[0][2][:1] == "ل":
            return _organization_phrase(ctx, issuer, declitic=True)  # بيان للمحكمة العليا
        skipped = 0
        while skipped < len(issuer) and (
            issuer[skipped][2] in _ISSUED or issuer[skipped][2] in cues.statement_signed
        ):
            skipped += 1  # بيان صادر عن وزارة الدفاع
        if skipped:
            while skipped < len(issuer) and issuer[skipped][2] in cues.adverbial:
                skipped += 1  # "تقرير أصدرته مؤخرا وكالة التنمية": its time before the issuer
            issuer = issuer[skipped:]
            if issuer and not (
                issuer[0][0] in ctx.mention_starts
                or without_article(issuer[0][2]) in cues.organization_ar
                or any(m.label == "PER" for m in ctx.mentions_in(issuer[0][0], issuer[-1][1]))
            ):  # "بيان صادر عن رئيس الوزراء X": a title before the name
                return None  # "بيان أصدره حول هذه النقطة": the issuer is the verb's pronoun, not written
        if issuer and len(issuer) < len(words) - 1:
            people = [m for m in ctx.mentions_in(issuer[0][0], issuer[-1][1]) if m.label == "PER"]
            if people:
                return Speaker(people[0], people[0].start, people[0].end, "explicit", None)
            return _organization_phrase(ctx, issuer)
        if issuer and without_article(issuer[0][2]) in cues.organization_ar and issuer[0][2].startswith("ال"):
            # بيان الوزارة، بيان النادي الإنجليزي: its issuer, when named (a bare النادي names nobody)
            found = _organization_phrase(ctx, issuer)
            named = found is not None and (found.mention is not None or len((found.name or "").split()) > 1)
            return found if named else None
        return None
    first = words[0][2]
    if ARABIC.match(first):
        if first in ("احد", "احدي") or (not first.startswith("ال") and first in cues.anonymous_ar):
            # "شقيق الضحية X", "مسؤول الإعلام X", 'أحد سكان الحي "X"': the head, its complement ending
            # in a definite noun, then the one it names (not "مصدر مقرب من X": a preposition comes first)
            for k in range(2, min(len(words), 5)):
                if not words[k - 1][2].startswith("ال") or any(
                    w in DESCRIPTION_STOP or w in ctx.cues.non_subject for _, _, w in words[1:k]
                ):
                    continue
                at = words[k][0]
                mark = re.search(r"[«\"“]\s*$", text[words[k - 1][1] : at])
                people = [
                    m
                    for m in ctx.mentions_in(at - (len(mark.group()) if mark else 0), end)
                    if m.label == "PER" and m.start in (at, at - (len(mark.group()) if mark else 0))
                ]
                if people:
                    return Speaker(people[0], people[0].start, people[0].end, "explicit", None)
                break
            quoted = _QUOTED_NAME.match(text, words[-1][1], end)
            if (
                quoted is not None
                and 1 < len(words) <= 4
                and words[-1][2].startswith("ال")
                and not any(w in DESCRIPTION_STOP or w in ctx.cues.non_subject for _, _, w in words[1:])
            ):
                quoted_people = [
                    m for m in ctx.mentions_in(quoted.start("name"), quoted.end("name")) if m.label == "PER"
                ]
                if (
                    quoted_people
                ):  # 'أحد سكان الحي "محمد القرشي"': the name in quotation marks after the description
                    return Speaker(
                        quoted_people[0], quoted_people[0].start, quoted_people[0].end, "explicit", None
                    )
            return anonymous_phrase(ctx, words)
        if without_article(first) in cues.organization_ar or first in cues.organization_ar:
            return _organization_phrase(ctx, words)
        return _body_by_its_name(ctx, words[0])
    anonymous = cues.anonymous_other.match(zone)
    if anonymous is not None:
        told = [
            m.end for m in ctx.mentions_in(words[0][0], end) if m.start == words[0][0] and m.label == "MEDIA"
        ]
        described = [w for w in words if not told or w[0] >= told[0]]  # after the outlet it was told to
        return anonymous_phrase(ctx, described or words)
    return None


def _body_by_its_name(ctx: Discourse, word: tuple[int, int, str]) -> Speaker | None:
    """Arabic: one word that is the name a body's head governed before (كتائب القسام … وقالت القسام,
    تنظيم داعش … وأضاف داعش): that body, when it is the only one so named and no person bears the
    word as a name."""
    ws, we, folded = word
    name = without_article(folded)
    if len(name) < 3:
        return None
    floor = max(0, ws - ORGANIZATION_LOOKBACK_CHARS)
    bodies, people = set(), False
    found = None
    for m in ctx.mentions_in(floor, ws):
        tokens = [without_article(t) for t in name_tokens(m.text)]
        if m.label == "PER" and name in tokens:
            people = True
        elif (
            m.label in ("ORG", "ARMED_GROUP")
            and len(tokens) == 2
            and tokens[-1] == name
            and tokens[0] in ctx.cues.organization_ar
        ):
            bodies.add(m.key)
            found = m
    if people or len(bodies) != 1 or found is None:
        return None
    # no earlier use of the word outside that body's name follows a given name ("عبدالملك الحوثي",
    # a person no stage marked, beside "جماعة الحوثي")
    inside = [(m.start, m.end) for m in ctx.mentions_in(floor, ws) if m.key == found.key]
    fs, fe = ctx.folded_range(floor, ws)
    for use in re.finditer(rf"{B_START}[وفبل]?(?:ال)?{re.escape(name)}{B_END}", ctx.norm.text[fs:fe]):
        at, _ = ctx.orig(fs + use.start(), fs + use.end())
        before = WORD.findall(ctx.text[max(floor, at - 30) : at])
        if not any(s <= at < e for s, e in inside) and before and _given_name(before[-1]):
            return None
    return Speaker(found, ws, we, "surname", None, kind="organization")


def _given_name(word: str) -> bool:
    """An Arabic given name of the NER gazetteer, or a compound one (عبدالملك, أبوبكر)."""
    folded = normalize_for_search(word)
    return default_resources().gazetteer.get(folded) == "PER" or folded.startswith(("عبد", "ابو"))


#: Words between a statement and its issuer (بيان صادر عن …، البيان الصادر من …).
_ISSUED = frozenset(
    fold(w) for w in ("صادر", "الصادر", "صادرة", "الصادرة", "صدر", "عن", "من", "issued", "by", "de")
)


def _organization_phrase(
    ctx: Discourse, words: Sequence[tuple[int, int, str]], *, declitic: bool = False
) -> Speaker | None:
    """An organisation as speaker: its head and the definite words after it (منظمة الشفافية الدولية);
    an entity inside it names it; a bare definite head (الوزارة) is the one organisation of that
    kind named before it, or stays as written when none was, or unresolved when two were."""
    kept = [words[0]]
    construct = not words[0][2].startswith("ال") and ARABIC.match(words[0][2]) is not None and not declitic
    quoted = _QUOTED_NAME.match(ctx.text, words[0][1]) if construct else None
    if quoted is not None:  # وقالت شركة «فليت كوينز»: the head and the name in quotation marks
        name = f"{ctx.text[words[0][0] : words[0][1]]} {quoted.group('name').strip()}"
        return Speaker(None, words[0][0], quoted.end(), "explicit", None, kind="organization", name=name)
    if construct and len(words) > 1:  # تنظيم داعش، جامعة الدمام: the head and the name it governs
        named = [m for m in ctx.mentions_in(words[1][0], words[-1][1] + 1) if m.start == words[1][0]]
        if named and named[0].label != "GPE":
            return Speaker(named[0], words[0][0], named[0].end, "explicit", None, kind="organization")
        kept.append(words[1])
    for word in words[len(kept) : 6]:
        w = word[2]
        if (
            not w.startswith("ال")
            or w in _RELATIVE
            or w in ctx.cues.adverbial
            or word[0] in ctx.mention_starts
        ):
            break  # "دعا المجلس الاتحاد الأوروبي": a name after the subject is its object
        kept.append(word)
    ps, pe = kept[0][0], kept[-1][1]
    named = [m for m in ctx.mentions_in(ps, pe + 1) if m.label != "GPE" and m.start == ps]
    if named:
        m = named[0]
        return Speaker(m, m.start, m.end, "explicit", None, kind="organization")
    phrase = ctx.text[ps:pe]
    if declitic:  # بيان للمحكمة العليا: the issuer, without its ل
        first = ctx.text[ps : kept[0][1]]
        phrase = ("ال" + first[2:] if first.startswith("لل") else first[1:]) + ctx.text[kept[0][1] : pe]
    head = _declitic(kept[0][2]) if declitic else kept[0][2]
    if len(kept) == 1 and head.startswith("ال"):  # الوزارة، بيان للوزارة: the one named before
        return _resolve_organization(ctx, without_article(head), ps, pe, written=phrase)
    if head.startswith("ال") and not declitic:
        # النادي الإسباني after نادي برشلونة الإسباني: the one named before, when its words agree
        resolved = _resolve_organization(ctx, without_article(head), ps, pe, [w for _, _, w in kept[1:]])
        if resolved.via == "role" and (resolved.mention is not None or resolved.name):
            antecedent = resolved.mention or resolved
            start, end = antecedent.start, antecedent.end
            around = set(WORD.findall(fold(ctx.text[start : end + ORGANIZATION_MODIFIER_CHARS])))
            if all(w in around for _, _, w in kept[1:]):
                return resolved
    return Speaker(None, ps, pe, "explicit", None, kind="organization", name=phrase)


#: How far after an organisation's name the words of a later description of it may stand
#: (نادي برشلونة الإسباني … النادي الإسباني).
ORGANIZATION_MODIFIER_CHARS = 30


#: A name in quotation marks right after an organisation's head (شركة «فليت كوينز»، منظمة "أطباء بلا حدود").
_QUOTED_NAME = re.compile(r'\s*[«"“](?P<name>[^«»"“”\n]{2,60})[»"”]')
#: Relative pronouns (they start with ال but end the name: "الحركة التي بدأت").
_RELATIVE = frozenset(
    {"التي", "الذي", "اللذان", "اللتان", "الذين", "اللواتي", "اللاتي", "اللتي", "اللذين", "اللتين"}
)
#: Days and times that follow a name without being part of it (أكدت الخارجية المصرية الجمعة), folded.
_AR_TIME_WORDS = "(?:" + "|".join(
    fold(w) for w in ("الجمعة", "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس",
                      "الماضي", "الماضية", "المقبل", "المقبلة", "الحالي", "الجاري", "اليوم")
) + ")"  # fmt: skip
#: How far back a bare definite organisation (الوزارة, the ministry) looks for the one it names.
ORGANIZATION_LOOKBACK_CHARS = 2000


def _resolve_organization(
    ctx: Discourse, head: str, ps: int, pe: int, modifiers: Sequence[str] = (), written: str | None = None
) -> Speaker:
    """الوزارة -> the one organisation whose name starts with وزارة named before (an entity or the
    written words وزارة الداخلية السعودية), or, for a head the cues tie to a KB category (النادي:
    sports_club), an entity of that category (مانشستر سيتي); several: the one whose words around
    hold all ``modifiers`` (النادي الإنجليزي), else unresolved; none: the words as written."""
    floor = max(0, ps - ORGANIZATION_LOOKBACK_CHARS)
    bodies = [m for m in ctx.mentions_in(floor, ps) if m.label in ("ORG", "ARMED_GROUP", "MEDIA")]
    entities = [m for m in bodies if head in {without_article(w) for w in name_tokens(m.text)[:1]}]
    categories = ctx.cues.category_heads.get(head, frozenset())
    if not entities and categories:
        entities = [m for m in bodies if m.category in categories]
        if entities and _head_names_another(ctx, head, floor, ps):
            return Speaker(None, ps, pe, "role", None, kind="organization")  # نادي فالنسيا too: which club?
    if len({m.key for m in entities}) > 1 and modifiers:
        entities = [m for m in entities if _described_by(ctx, m, modifiers)] or entities
    if entities:
        if len({m.key for m in entities}) == 1:
            m = entities[-1]
            return Speaker(m, ps, pe, "role", None, kind="organization")
        return Speaker(None, ps, pe, "role", None, kind="organization")
    fs, fe = ctx.folded_range(floor, ps)
    pattern = re.compile(
        rf"{B_START}[وفبل]?(?P<name>(?:(?:ال)?{re.escape(head)}"
        # an indefinite head in construct may govern one indefinite noun first (نقابة سائقي المترو)
        rf"|{re.escape(head)}\s+(?!ال)[^\W\d_]{{3,}}(?=\s+ال))"
        rf"(?:\s+(?!{_AR_TIME_WORDS}(?![^\W_]))ال[^\W\d_]+){{1,4}})"
    )
    names: dict[str, tuple[int, int]] = {}
    for found in pattern.finditer(ctx.norm.text, fs, fe):
        names[without_article(found.group("name"))] = found.span("name")
    # a head before a name a stage marked: نادي برشلونة, جامعة هارفارد, حكومة مالي
    # or in quotation marks (شركة “زيمبيريوم”): the name is what the marks hold
    bare = re.compile(rf"{B_START}[وفبل]?(?P<name>{re.escape(head)})\s+(?P<mark>[«\"“]\s*)?")
    for found in bare.finditer(ctx.norm.text, fs, fe):
        _, after_head = ctx.orig(found.start("name"), found.end())
        named = next((m for m in ctx.mentions_in(after_head, ps) if m.start == after_head), None)
        if named is not None and named.label != "PER":
            name_fs = (
                ctx.folded_range(named.start, named.end)[0] if found.group("mark") else found.start("name")
            )
            name_fe = ctx.folded_range(named.start, named.end)[1]
            names[without_article(ctx.norm.text[name_fs:name_fe])] = (name_fs, name_fe)
    if len(names) == 1:
        ((name_fs, name_fe),) = names.values()
        name_start, name_end = ctx.orig(name_fs, name_fe)
        return Speaker(
            None, name_start, name_end, "role", None, kind="organization", name=ctx.text[name_start:name_end]
        )
    if names:
        return Speaker(None, ps, pe, "role", None, kind="organization")
    # none named before: the words as written (``written``: without the ل of "بيان للنقابة")
    return Speaker(None, ps, pe, "explicit", None, kind="organization", name=written or ctx.text[ps:pe])


def _head_names_another(ctx: Discourse, head: str, start: int, end: int) -> bool:
    """The head in construct form (نادي فالنسيا) outside any mention between ``start`` and ``end``:
    a body no stage marked, another candidate for the bare head to refer to."""
    fs, fe = ctx.folded_range(start, end)
    for found in re.finditer(rf"{B_START}[وفبل]?{re.escape(head)}{B_END}", ctx.norm.text[fs:fe]):
        at, _ = ctx.orig(fs + found.start(), fs + found.end())
        if not any(m.start <= at < m.end for m in ctx.mentions_in(max(0, at - 60), at + 60)):
            return True
    return False


def _described_by(ctx: Discourse, m: Mention, modifiers: Sequence[str]) -> bool:
    """Every one of ``modifiers`` (folded words: الانجليزي) stands in or shortly after one of the
    mentions of ``m``'s entity (مانشستر سيتي وصيف الدوري الإنجليزي)."""
    for other in ctx.mentions:
        if other.key == m.key:
            around = set(WORD.findall(fold(ctx.text[other.start : other.end + ORGANIZATION_MODIFIER_CHARS])))
            if all(w in around for w in modifiers):
                return True
    return False


def described_before(
    ctx: Discourse, sent_start: int, verb_start: int, *, after_quote: bool = False
) -> Speaker | None:
    """SVO (fr/en/ru): the words right before the verb describe the speaker: a pronoun (he said; ``via``
    "pronoun", resolved by the caller), a role (the officer said), an unnamed source (a diplomatic source
    in the Sahel said) or an organisation (the ministry said, le ministère a indiqué)."""
    clause_start = sent_start
    for mark in PHRASE_STOP.finditer(ctx.text, sent_start, verb_start):
        clause_start = mark.end()
    words = [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(ctx.text, clause_start, verb_start)]
    if not words and not after_quote:
        return _name_before_comma(ctx, sent_start, clause_start)  # "X, a researcher at Y, said"
    if _ru_opener_then_circumstance(ctx, clause_start, verb_start, [w for _, _, w in words]):
        return None  # "Об этом в эфире телеканала сказал X": the phrase is where, the subject follows
    if not words or len(words) > MAX_DESCRIPTION_WORDS + 3:
        return None
    ps, pe = words[0][0], words[-1][1]
    clause = fold(ctx.text[ps:pe])
    last = words[-1][2]
    if (
        len(words) == 1
        and clause_start > sent_start
        and CAPITALISED_WORD.fullmatch(ctx.text, ps, pe)
        and not ctx.mentions_in(ps, pe)
        and last not in ctx.cues.not_names  # '” He described': a pronoun after a closing mark
        and not ctx.cues.anonymous_other.match("a " + last)
        and not ctx.cues.organization_other.search(last)
    ):  # "However, Tacuno warned": one capitalised word after a comma is not a sentence's first word
        return Speaker(Mention(ps, pe, "PER", last, None, ctx.text[ps:pe]), ps, pe, "subject", None)
    if ctx.cues.pronoun.fullmatch(last) and (len(words) <= 3 or last in RELATIVE_PRONOUNS):
        # he said, Ранее он добавил, puis il a dit; "un message qui rapporte": what it refers to
        return Speaker(None, words[-1][0], pe, "pronoun", None, gender=PRONOUN_GENDER.get(last))
    while words and (
        words[0][2] in ("and", "but", "et", "mais", "и", "а", "но", "в", "во")
        or words[0][2] in _OPENING_ADVERBS
    ):
        words = words[1:]  # "Ранее правительственный телеканал …", "Also the ministry …"
    if not words:
        return None
    ps = words[0][0]
    clause = fold(ctx.text[ps:pe])
    by = _STATEMENT_BY.search(ctx.text, ps, pe)
    if by is not None:  # "Sunday's statement by the CNSP said", "un communiqué du ministère indique"
        issuer = [m for m in ctx.mentions_in(by.end(), pe) if m.start == by.end() and m.label != "GPE"]
        if issuer:
            m = issuer[0]
            return Speaker(
                m, m.start, m.end, "subject", None, kind="organization" if m.label != "PER" else "person"
            )
        # "Un communiqué publié par un responsable du groupe a précisé": a body, else an unnamed source
        issuing_body = organization_after(ctx, by.end(), pe) or _unnamed_issuer(ctx, by.end(), pe)
        if issuing_body is not None:
            return issuing_body
    statement = ctx.cues.statement.match(clause)
    if statement is not None and statement.end() == len(clause):
        return Speaker(None, ps, pe, "statement", None)
    role = person_role(ctx, clause)
    if role is not None:
        return role_phrase(ctx, ps, pe, role.group("role") or role.group("bare"))
    if ctx.cues.anonymous_other.match(clause):
        return Speaker(None, ps, pe, "explicit", None, kind="anonymous")
    organization = ctx.cues.organization_other.search(clause)
    if organization is not None:
        name_end = None if ARABIC.search(ctx.text, ps, pe) else _predicate_start(ctx, words)
        if (
            name_end is not None
        ):  # "L'armée a accusé les rebelles et a dénoncé": the body before its first verb
            subject = fold(ctx.text[ps:name_end])
            statement = ctx.cues.statement.match(subject)
            if statement is not None and statement.end() == len(subject):
                return Speaker(None, ps, name_end, "statement", None)  # "Le communiqué ajoute que …"
            organization = ctx.cues.organization_other.search(subject)
            if organization is None:
                return None
            words, pe = [w for w in words if w[1] <= name_end], name_end
        if _refers_back(words):
            return resolve_named_organization(ctx, organization.group(), ps, pe)
        return Speaker(None, ps, pe, "explicit", None, kind="organization", name=ctx.text[ps:pe])
    name = CAPITALISED_NAME.fullmatch(ctx.text, ps, pe) or (
        CAPITALISED_WORD.fullmatch(ctx.text, ps, pe) if after_quote else None
    )
    if name is not None and fold(name.group("name").split()[0]) in NOT_NAME_WORDS:
        name = None  # "Le Monde critique", "The President": an article is no given name
    if name is not None and no_russian_subject(name.group("name")):
        return None  # "Вадиму Ступину ответила X", "Слова Вадима Ступина прокомментировала X": no subject
    if name is not None:  # "Шогель Кокалла Майга сказал", '"…," Traoré said': a name no stage marked
        surface = name.group("name")
        return Speaker(Mention(ps, pe, "PER", fold(surface), None, surface), ps, pe, "subject", None)
    unmarked = unmarked_name_ending(ctx, ps, pe)
    if unmarked is not None:  # "… министр … этой африканской страны Мохамед Тумба заявил"
        return Speaker(unmarked, unmarked.start, unmarked.end, "subject", None)
    return None


#: fr/en/ru words that open a predicate or a clause, not a body's name: an auxiliary, a negation or a
#: relative ("Le gouvernement malien a exprimé …", "le journal qui …", "Mali's government has", "the radio
#: also"). Not "et/and/и": a body's name may hold one (ministère de la Défense et des Anciens combattants).
_PREDICATE_WORDS = frozenset(
    {
        *("ont", "avait", "avaient", "aurait", "est", "sont", "etait", "n", "ne", "qui", "que", "qu", "dont"),
        *("has", "have", "had", "was", "were", "is", "are", "also", "which", "that", "who", "whose"),
        *("что", "который", "которая", "которое", "которые", "не"),
    }
)
#: A French past participle after "a" ("a condamné", "a dit", "a pris", "a ouvert"): "a" is the auxiliary.
_FRENCH_PARTICIPLE = re.compile(r"\w+(?:e|es|ee|ees|i|is|ie|it|u|us|ert|ait)")


def _predicate_start(ctx: Discourse, words: Sequence[tuple[int, int, str]]) -> int | None:
    """fr/en/ru: where the words before a speech verb stop naming a body, at the first word (past the
    first) opening a predicate — an auxiliary, a speech verb, a relative, a conjunction — or None when
    they never do. The end of the words before it."""
    for i in range(1, len(words)):
        start, _, word = words[i]
        fs, _ = ctx.folded_range(start, start + 1)
        auxiliary = (
            word == "a" and i + 1 < len(words) and _FRENCH_PARTICIPLE.fullmatch(words[i + 1][2]) is not None
        )
        if word in _PREDICATE_WORDS or auxiliary or ctx.cues.verb.match(ctx.norm.text, fs):
            return words[i - 1][1]
    return None


#: fr/en: the word opening an absolute participle's own clause before its subject ("with the army saying").
_ABSOLUTE_OPENERS = frozenset({"with", "avec"})
#: fr/en: determiners opening a noun phrase, as the subject of an absolute participle opens ("the ministry saying").
_NOUN_PHRASE_OPENERS = frozenset(
    {"le", "la", "les", "l", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces",
     "the", "a", "an", "his", "her", "its", "their", "this", "these", "one", "some", "several", "plusieurs"}
)  # fmt: skip


def participle_subject(ctx: Discourse, sent_start: int, v_start: int) -> tuple[Speaker | None, bool]:
    """fr/en: the subject a participle has in its own clause, written right before it ("…, the ministry
    saying it had hit "…"", "…, with Hamas saying", "…, le ministère affirmant avoir …"): that body or
    person. ``(None, True)`` when words stand there that name nobody known ("his aides saying"), ``(None,
    False)`` when the clause holds nothing but the participle (it goes on with the main clause)."""
    clause_start = sent_start
    for mark in PHRASE_STOP.finditer(ctx.text, sent_start, v_start):
        clause_start = mark.end()
    words = list(WORD.finditer(ctx.text, clause_start, v_start))
    if clause_start == sent_start or not words:
        return None, False
    if fold(ctx.text[v_start : v_start + 6]).startswith(("en ", "avant ")):
        return (
            None,
            False,
        )  # "en affirmant", "avant de préciser": the main clause's subject, never one of its own
    if fold(words[0].group()) in _ABSOLUTE_OPENERS:
        words = words[1:]
        clause_start = words[0].start() if words else v_start
    named = [
        m for m in ctx.mentions_in(clause_start, v_start) if m.label in SPEAKER_LABELS and m.label != "GPE"
    ]
    if (
        named
        and not ctx.text[named[-1].end : v_start].strip()
        and _opens_clause(ctx, clause_start, named[-1])
    ):
        m = named[-1]
        kind = "person" if m.label == "PER" else "organization"
        return Speaker(m, m.start, m.end, "subject", None, kind=kind), True
    if not words or fold(words[0].group()) not in _NOUN_PHRASE_OPENERS:
        return None, False  # ", balaie ces critiques avant de préciser": the main clause goes on, no subject
    if _predicate_start(ctx, [(w.start(), w.end(), fold(w.group())) for w in words]) is not None:
        return None, False  # "Selon X, l'armée a repoussé l'attaque, affirmant": a clause, not a subject
    found = described_before(ctx, clause_start, v_start)
    if found is not None and found.via == "pronoun":
        return None, False
    return found, True


def opening_person_only(ctx: Discourse, sent_start: int, found: Speaker | None) -> Speaker | None:
    """fr/en/ru: a participle's subject is no person named after the main verb ("The president met X,
    saying …": X is whom he met): a person only when they open the sentence or its clause."""
    if found is None or found.mention is None or found.mention.label != "PER":
        return found
    return found if opens_its_clause(ctx, sent_start, found.mention) else None


def main_clause_subject(ctx: Discourse, sent_start: int, v_start: int) -> tuple[Speaker | None, bool]:
    """fr/en/ru: a participle with no subject of its own goes on with the subject opening the sentence,
    whatever its main verb ("L'armée a mené des frappes, affirmant qu'elle visait les « … »"): the words
    before the first predicate of the sentence's first clause (a body, a role, an unnamed source; a person
    is read by ``subject_before``). ``(None, True)`` when they are written but describe nobody known (not
    whoever spoke before then), ``(None, False)`` when none are or they are a pronoun."""
    stop = PHRASE_STOP.search(ctx.text, sent_start, v_start)
    clause_end = stop.start() if stop else v_start
    named = [m for m in ctx.mentions_in(sent_start, clause_end) if m.label in SPEAKER_LABELS]
    if named and _opens_clause(ctx, sent_start, named[0]):
        # "Le Groupe de soutien … (GSIM) a revendiqué l'attaque, affirmant": the body opening it (a person or a
        # country opening it is read elsewhere)
        m = named[0]
        return (
            None
            if m.label in ("PER", "GPE")
            else Speaker(m, m.start, m.end, "subject", None, kind="organization")
        ), False
    words = [(m.start(), m.end(), fold(m.group())) for m in WORD.finditer(ctx.text, sent_start, clause_end)]
    name_end = _predicate_start(ctx, words) or _opening_head_end(ctx, words)
    if name_end is None:
        return None, False
    found = described_before(ctx, sent_start, name_end)
    if found is not None and found.via == "pronoun":
        return None, False
    return found, True


#: How many words may open a sentence before a body's head noun ("Et l'armée", "The army").
_HEAD_WITHIN_WORDS = 2


def _opening_head_end(ctx: Discourse, words: Sequence[tuple[int, int, str]]) -> int | None:
    """Where a body's head noun or a role noun opening the sentence ends ("The army urged …", "Правительство
    высоко оценило …", "Маршал обсудил …"), when only an article, a conjunction or an adverb stands before it;
    else None."""
    for _start, end, word in words[: _HEAD_WITHIN_WORDS + 1]:
        if ctx.cues.organization_other.fullmatch(word) or is_role_word(ctx, word):
            return end
        if word not in _BEFORE_BODY and word not in _OPENING_ADVERBS:
            return None
    return None


def _name_before_comma(ctx: Discourse, sent_start: int, comma_end: int) -> Speaker | None:
    """A verb right after a comma: its subject is the name before, alone or before an apposition
    ("In turn, Baba Dagono, a researcher at …, said"; "The group's director, Rinaldo Depagne, told")."""
    segments = list(re.finditer(r"[^,،]+", ctx.text[sent_start:comma_end]))
    for back in (1, 2):
        if len(segments) < back:
            return None
        segment = segments[-back]
        s, e = trim(ctx.text, sent_start + segment.start(), sent_start + segment.end())
        people = [m for m in ctx.mentions_in(s, e) if m.label == "PER" and (m.start, m.end) == (s, e)]
        if people:
            return Speaker(people[0], s, e, "subject", None)
        name = CAPITALISED_NAME.fullmatch(ctx.text, s, e)
        if name is not None and not ctx.mentions_in(s, e) and not no_russian_subject(ctx.text[s:e]):
            surface = ctx.text[s:e]
            return Speaker(Mention(s, e, "PER", fold(surface), None, surface), s, e, "subject", None)
        if back == 2 and _RELATIVE_SEGMENT.match(segments[-1].group()):
            described = ctx.cues.anonymous_other.match(fold(ctx.text[s:e]))
            if described is not None and described.end() == len(fold(ctx.text[s:e])):
                # "One officer, who crossed the border, told me": the unnamed one the relative clause is about
                return Speaker(None, s, e, "explicit", None, kind="anonymous")
        if (
            back == 1
            and not DETERMINER.match(ctx.text[s:e])
            and not re.match(r"(?:a|an|un|une)\s", ctx.text[s:e])
            and not _RELATIVE_SEGMENT.match(segment.group())
        ):
            return None  # not an apposition: what stands before the comma is not a name either
    return None


#: A relative clause set off by commas between a subject and its verb ("X, who …, said"; "X, qui …, a dit").
_RELATIVE_SEGMENT = re.compile(r"\s*(?:who|qui|которы[йеа]|которая)\s", re.IGNORECASE)


def _latin(text: str) -> bool:
    return ARABIC.search(text) is None and re.search(r"[а-яёА-ЯЁ]", text) is None


#: fr/en/ru words of time that end a body's name after a verb (folded).
#: en: what stands before a day that ends a body's name ("late on Sunday", "early on Monday").
_BEFORE_TIME = frozenset({"on", "late", "early"})
#: fr/en/ru (folded) prepositions that end no body's name: one left last where a quoted name was cut off.
_PREPOSITIONS_AFTER_BODY = frozenset(
    {"в", "во", "на", "по", "из", "от", "у", "in", "on", "at", "via", "dans", "sur", "en"}
)
_TIME_WORDS = frozenset(
    {
        *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"),
        *("вчера", "сегодня", "ранее"),
    }
)


def organization_after(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """« … », a indiqué le ministère malien de la Défense / "…," said the Defence Ministry."""
    words = words_between(ctx, start, end)
    if words and ctx.cues.pronoun.fullmatch(words[0][2]):
        return None  # "— сказал он в интервью агентству": the pronoun is the subject, the agency was told
    if words and words[0][2] in ("в", "во"):
        words = words[1:]  # "— сообщили в пресс-службе министерства"
    if len(words) > 1 and words[0][2] in _DEMONSTRATIVES:
        head = ctx.cues.organization_other.fullmatch(words[1][2])
        if head is not None:  # "a ajouté ce groupe principalement touareg soutenant …": whatever describes it
            return resolve_named_organization(ctx, head.group(), words[0][0], words[1][1])
    if not words or len(words) - _statement_words(ctx, words) > MAX_DESCRIPTION_WORDS:
        return None
    when = next((i for i in range(1, len(words)) if words[i][2] in _TIME_WORDS), None)
    if when is not None:  # "a annoncé l'armée samedi soir": the body, not when it spoke
        words = words[:when]
        while len(words) > 1 and words[-1][2] in _BEFORE_TIME:
            words = words[:-1]  # "the ministry late on Sunday"
    while len(words) > 1 and words[-1][2] in _PREPOSITIONS_AFTER_BODY:
        words = words[:-1]  # "в заявлении СБ Судана в «Твиттере»": the name ends before where it was said
    ps, pe = words[0][0], words[-1][1]
    told = TOLD_AFTER_NAME.search(ctx.text, ps, pe)
    if told is not None and _latin(ctx.text[ps:pe]):
        pe = told.start()  # "a déclaré l'armée israélienne dans un communiqué": where it said it, cut off
    issued = _STATEMENT_BY.search(ctx.text, ps, pe)
    if issued is not None and len(WORD.findall(ctx.text[ps : issued.start()])) <= 1:
        ps = issued.end()  # "selon un communiqué de l'état-major": the issuer, not the statement
        issuer = [m for m in ctx.mentions_in(ps, pe) if m.start == ps and m.label != "GPE"]
        if issuer:
            return Speaker(issuer[0], issuer[0].start, issuer[0].end, "explicit", None, kind="organization")
    organization = ctx.cues.organization_other.search(fold(ctx.text[ps:pe]))
    if organization is None:
        return None
    if _refers_back(words) or _group_described_back(ctx, [w for w in words if w[1] <= pe]):
        return resolve_named_organization(ctx, organization.group(), ps, pe)
    return Speaker(None, ps, pe, "explicit", None, kind="organization", name=ctx.text[ps:pe])


def _group_described_back(ctx: Discourse, words: Sequence[tuple[int, int, str]]) -> bool:
    """fr/en: an armed group's head and one adjective after an article ("le groupe jihadiste", "the jihadist
    group"): like the head alone, it refers back to the one armed group named before."""
    return (
        len(words) == 3
        and words[0][2] in _DEFINITE_ARTICLES
        and (words[1][2] in ctx.cues.group_heads or words[2][2] in ctx.cues.group_heads)
        and all(ctx.text[w[0]].islower() for w in words[1:])
    )


def _unnamed_issuer(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """An unnamed source that issued a statement ("par un responsable du groupe"), else None."""
    if not ctx.cues.anonymous_other.match(fold(ctx.text[start:end])):
        return None
    found = described_subject(ctx, start, end)
    return found if found is not None and found.kind == "anonymous" else None


def _statement_words(ctx: Discourse, words: Sequence[tuple[int, int, str]]) -> int:
    """How many of ``words`` name a statement before its issuer ("un communiqué de la 6e division …"): the
    issuer's own words are what a description's length is measured by."""
    issued = _STATEMENT_BY.search(ctx.text, words[0][0], words[-1][1]) if words else None
    if issued is None or len(WORD.findall(ctx.text[words[0][0] : issued.start()])) > 1:
        return 0
    return sum(1 for w in words if w[1] <= issued.end())


#: Determiners of a body's head alone ("the ministry", "l'armée"), and demonstratives, which refer back
#: whatever describes the head after them ("ce groupe principalement touareg soutenant l'armée").
_DEFINITE_ARTICLES = frozenset({"the", "le", "la", "l", "les"})
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces", "this", "these"})


def _refers_back(words: Sequence[tuple[int, int, str]]) -> bool:
    """A body's head written to refer back to one named before: after an article and nothing else, or after
    a demonstrative."""
    return words[0][2] in _DEMONSTRATIVES or (len(words) <= 2 and words[0][2] in _DEFINITE_ARTICLES)


def resolve_named_organization(ctx: Discourse, head: str, ps: int, pe: int) -> Speaker:
    """ "the ministry" -> the one organisation entity named before whose name holds the head word, or
    else the one fuller name written before ("le ministère de la Défense", "the Defence Ministry")."""
    floor = max(0, ps - ORGANIZATION_LOOKBACK_CHARS)
    entities = [
        m for m in ctx.mentions_in(floor, ps)
        if m.label in ("ORG", "ARMED_GROUP", "MEDIA") and head in fold(m.text)
    ]  # fmt: skip
    if not entities and head in ctx.cues.group_heads:  # "le groupe", "the rebels": the one armed group before
        entities = _main_group([m for m in ctx.mentions_in(floor, ps) if m.label == "ARMED_GROUP"])
    if len({m.key for m in entities}) == 1:
        return Speaker(entities[-1], ps, pe, "role", None, kind="organization")
    if entities:
        return Speaker(None, ps, pe, "role", None, kind="organization")
    written = _written_organization(ctx, head, floor, ps)
    if written is not None:
        return Speaker(None, ps, pe, "role", None, kind="organization", name=written)
    return Speaker(None, ps, pe, "explicit", None, kind="organization", name=ctx.text[ps:pe])


def _main_group(groups: list[Mention]) -> list[Mention]:
    """The armed group the story is about: named more often than all the others together ("les Houthis" five
    times, "le Hamas" once: "les rebelles" are the Houthis); else all of them (no guess)."""
    counts = Counter(m.key for m in groups)
    if not counts:
        return groups
    key, most = counts.most_common(1)[0]
    return [m for m in groups if m.key == key] if most > len(groups) - most else groups


#: Words inside a written organisation name ("ministère de la Défense", "Ministry of Foreign Affairs").
ORGANIZATION_LINKS = frozenset({"de", "du", "des", "d", "la", "l", "of", "the", "and", "et", "for", "pour"})
#: French adjectives of nationality after the head ("le ministère malien de la Défense").
_NATIONALITY_ENDING = re.compile(r"(?:ien|ienne|ain|aine|ais|aise|ois|oise|in|ine|en|enne)s?$")
#: French adjectives after a capitalised word of the name ("Forces armées", "Garde nationale").
_ADJECTIVE_ENDING = re.compile(r"(?:é|ée|és|ées|ale|ales|aux|ique|iques)$")
_LATIN_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|[^\w\s]")


def _organization_extent(
    text: str, hs: int, he: int, name_words: frozenset[str] = frozenset()
) -> tuple[int, int]:
    """The written name around an organisation head (fr/en): capitalised words before it ("the Defence
    Ministry"), and after it links and capitalised words ("ministère de la Défense", "ministère malien
    des Forces armées"). Returns the head alone when nothing names it further."""
    start = hs
    for word in reversed(list(_LATIN_TOKEN.finditer(text, max(0, hs - 40), hs))):
        w = word.group()
        if (
            not w[:1].isupper()
            or fold(w) in NOT_NAME_WORDS
            or word.end() > start
            or text[word.end() : start].strip()
        ):
            break
        start = word.start()
    end, pending, previous_capital = he, he, False
    for n, token in enumerate(_LATIN_TOKEN.finditer(text, he, min(len(text), he + 80))):
        w = token.group()
        if not w[:1].isalpha():
            break
        if fold(w) in ORGANIZATION_LINKS:
            pending = token.end()
            continue
        adjective = _ADJECTIVE_ENDING.search(w) if previous_capital and pending == end else None
        named = fold(w) in name_words
        if w[:1].isupper() or adjective or named or (n == 0 and _NATIONALITY_ENDING.search(w)):
            end = pending = token.end()
            previous_capital = w[:1].isupper() or named
            continue
        break
    return start, end


def _written_organization(ctx: Discourse, head: str, floor: int, ps: int) -> str | None:
    """The one fuller name written before ``ps`` whose head is ``head`` (fr/en), or None (none, or
    several different ones: no guess)."""
    if ARABIC.search(head) or not head.isalpha():
        return None
    names: dict[str, str] = {}
    fs, fe = ctx.folded_range(floor, ps)
    for found in re.finditer(rf"{B_START}{re.escape(head)}s?{B_END}", ctx.norm.text[fs:fe]):
        hs, he = ctx.orig(fs + found.start(), fs + found.end())
        s, e = _organization_extent(ctx.text, hs, he, ctx.cues.organization_words)
        if (s, e) != (hs, he):
            names.setdefault(fold(ctx.text[s:e]), ctx.text[s:e])
    return next(iter(names.values())) if len(names) == 1 else None


#: en: an adverb or conjunction opening a sentence before its subject ("However, broadcaster X showed …").
_SENTENCE_OPENER = re.compile(r"\s*(?:(?:However|But|Meanwhile|Also|And|Earlier|Later|Then)\s*,?\s+)?")
#: en: the word right after a body's name that makes the name the subject of a verb ("… broadcaster showed",
#: "… army says", "… ministry has"): a verb's form, or an adverb or time before it.
_VERB_AFTER_BODY = re.compile(
    r"(?:[a-z]+ed|[a-z]+s|has|had|was|is|will|would|also|then|later|earlier|late|on)"
)
#: en: lower-case words that cannot stand before a body's head in its name (the attack on the army).
_NOT_BEFORE_HEAD = frozenset({"of", "on", "in", "at", "to", "for", "with", "by", "from", "and", "or", "that"})
#: How many words may stand before a body's head in the subject opening a sentence.
OPENING_HEAD_WORDS = 5


def it_antecedent(ctx: Discourse, pos: int, pronoun: str | None) -> Speaker | None:
    """en: the body an impersonal "it" refers to when a body opens the sentence as its subject: the
    pronoun's own sentence when it stands further in ("Broadcaster X showed …, as it reported that “…”"),
    else the sentence before ("The X broadcaster showed a plane landing. It said “…”"). Only a body can be
    "it"; a speaker quoted earlier is further back than the body the reader has just met. None otherwise."""
    if pronoun is None or fold(pronoun) != "it":
        return None
    text = ctx.text
    floor = max(0, pos - LOOKBACK_CHARS)
    start = start_of_sentence(text, pos, floor)
    if [fold_word(w) for w in WORD.findall(text, start, pos)] in ([], ["it"]):
        last = start - 1  # "It said" opens its sentence: the sentence before, from inside it
        while last > floor and (text[last].isspace() or text[last] in ".!?"):
            last -= 1
        if last <= floor:
            return None
        end, start = last + 1, start_of_sentence(text, last, floor)
    else:
        end = pos
    return _opening_body(ctx, start, end)


def _opening_body(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """en: a body that opens ``text[start:end]`` as the subject of its verb ("The X broadcaster showed",
    "Broadcaster X Y showed", "The army says"): a head of the organisation list among the first words,
    articles and capitalised words (one other lower-case word at most) before it, capitalised words after
    it, then a verb. A mention spanning it, else the organisation the words describe."""
    text = ctx.text
    ps = _SENTENCE_OPENER.match(text, start, end)
    words = list(WORD.finditer(text, ps.end() if ps else start, min(end, start + 200)))[
        : OPENING_HEAD_WORDS + 6
    ]
    if not words or ARABIC.search(text, start, end) is not None:
        return None
    head = next(
        (
            i
            for i, w in enumerate(words[: OPENING_HEAD_WORDS + 1])
            if ctx.cues.organization_other.fullmatch(fold_word(w.group()))
        ),
        None,
    )
    if head is None:
        return None
    lower = [w.group() for w in words[:head] if w.group()[0].islower() and fold_word(w.group()) != "the"]
    if len(lower) > 1 or any(fold_word(w) in _NOT_BEFORE_HEAD for w in lower):
        return None  # "The attack on the army base": the head is in a complement, not the subject
    last = head
    while last + 1 < len(words) and words[last + 1].group()[0].isupper():
        last += 1  # "Broadcaster Tele Sahel": the body's name after its head
    if last + 1 >= len(words) or not _VERB_AFTER_BODY.fullmatch(words[last + 1].group()):
        return None  # "The army base was hit": the head names something else
    if any(text[a.end() : b.start()].strip() for a, b in pairwise(words[: last + 2])):
        return None  # a mark between the words: no one noun phrase
    np_start, np_end = words[0].start(), words[last].end()
    named = [
        m
        for m in ctx.mentions_in(np_start, np_end)
        if m.label in ("ORG", "MEDIA", "ARMED_GROUP") and m.end == np_end
    ]
    if named:
        return Speaker(named[-1], named[-1].start, named[-1].end, "pronoun", None, kind="organization")
    found = organization_after(ctx, np_start, np_end)
    return replace(found, via="pronoun") if found is not None else None


def resolve_reference(ctx: Discourse, found: Speaker | None, pos: int, gender: str | None) -> Speaker | None:
    """A pronoun or a statement ("وأضاف البيان", "the statement added") found as the subject: the chain
    (fr/en/ru: a statement is first its issuer's, as the text named it before)."""
    if found is None or found.via not in ("pronoun", "statement"):
        return found
    if found.via == "statement" and ARABIC.search(ctx.text, found.start, found.end) is None:
        issuer = statement_issuer(ctx, found.start)
        if issuer is not None:
            return issuer
        # no statement spoken of before: one continues an organisation's words, never a person's
        chained = from_chain(ctx, pos, "role", found.gender or gender)
        is_person = chained is not None and (
            chained.mention.label == "PER" if chained.mention is not None else chained.kind != "organization"
        )
        if chained is None or is_person:
            # the statement speaks, whoever issued it: kept as the last speaker, so that a pronoun
            # after it ("« … », note le rapport. « … », ajoute-t-il") is not taken for a person
            return replace(found, kind="organization")
        return chained
    via = "pronoun" if found.via == "pronoun" else "role"
    pronoun = ctx.text[found.start : found.end] if found.via == "pronoun" else None
    if found.via == "statement":
        # the verb agrees with البيان, not with the ministry that issued it; so do the verbs after it
        issuer = from_chain(ctx, pos, via, None)
        return replace(issuer, gender=gender) if issuer is not None else None
    return it_antecedent(ctx, pos, pronoun) or from_chain(ctx, pos, via, found.gender or gender, pronoun)


#: A statement and its issuer before a speech verb: "statement by the CNSP", "communiqué du ministère".
_STATEMENT_BY = re.compile(
    r"(?i)(?<![^\W_])(?:(?:statement|communiqué|déclaration)\s+"
    # "un communiqué publié jeudi par", "a statement issued on Sunday by"
    r"(?:(?:issued|released|published|publié|diffusé|signé)\s+(?:(?:on\s+)?[^\W\d_]+\s+)?(?=by|par))?"
    r"(?:by|from|of|de|du|des|par)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?"
    # ru: the issuer in the genitive, with no preposition ("в коммюнике правительства страны")
    r"|(?:коммюнике|заявлени[еия]|сообщени[еия])\s+(?=[^\W\d_]))"
)
#: Statement nouns whose issuer a later "the statement"/"le communiqué" refers to (fr/en/ru).
_STATEMENT_NOUN = re.compile(
    r"(?<![^\W_])(?:statement|communique|declaration|заявлени[еия]|сообщени[еия]|коммюнике)(?![^\W_])"
)
#: How far the sentence that speaks of a statement may run around its noun.
STATEMENT_SENTENCE_CHARS = 300


def statement_issuer(ctx: Discourse, pos: int) -> Speaker | None:
    """ "the statement said", "selon le communiqué", "говорится в заявлении" (fr/en/ru): the issuer of
    the last statement the text spoke of before ``pos``: the speaker of a speech verb in that sentence,
    the one named after it ("a statement by the CNSP"), or the organisation or person that is the
    sentence's subject ("Dans un communiqué, le ministère de la Défense a fait état …"). None when the
    text spoke of no statement before or names nobody there."""
    floor = max(0, pos - ORGANIZATION_LOOKBACK_CHARS)
    fs, fe = ctx.folded_range(floor, pos)
    nouns = [
        n for n in _STATEMENT_NOUN.finditer(ctx.norm.text, fs, fe)
        if not inside_quotation(ctx.text, floor, ctx.orig(n.start(), n.end())[0])
    ]  # fmt: skip
    if not nouns:
        return _issuer_just_before(ctx, pos)
    n_start, n_end = ctx.orig(nouns[-1].start(), nouns[-1].end())
    text = ctx.text
    s0 = start_of_sentence(text, n_start, max(0, n_start - STATEMENT_SENTENCE_CHARS))
    stop = re.search(r"[.!?](?:\s|$)|\n", text[n_end : n_end + STATEMENT_SENTENCE_CHARS])
    s1 = min(pos, n_end + stop.start() if stop else n_end + STATEMENT_SENTENCE_CHARS)
    # a speech verb or a quote of that sentence with its speaker
    said = [
        e.speaker
        for e in ctx.events
        if s0 <= e.start < s1 and e.speaker is not None and e.speaker.via != "statement"
    ]
    if said:
        return replace(said[0], via="role", cue=None)
    # "a statement by the CNSP", "un communiqué du ministère", "заявлении Минобороны"
    by = re.match(
        r"\s*(?:(?:issued\s+)?by|from|of|de|du|des|d['’])?\s*(?:the\s+|la\s+|l['’])?", text[n_end:s1]
    )
    after = n_end + (by.end() if by else 0)
    named = [m for m in ctx.mentions_in(after, s1) if m.start == after and m.label != "GPE"]
    if named and by is not None and by.end() > 0:
        m = named[0]
        return Speaker(m, m.start, m.end, "role", None, kind="organization" if m.label != "PER" else "person")
    # the sentence's subject: a named body or person, else a body written with its head word
    for m in ctx.mentions_in(s0, s1):
        if m.label != "GPE" and ctx.is_subject_position(m) and not inside_quotation(text, s0, m.start):
            return Speaker(
                m, m.start, m.end, "role", None, kind="organization" if m.label != "PER" else "person"
            )
    fs0, fs1 = ctx.folded_range(s0, s1)
    head = ctx.cues.organization_other.search(ctx.norm.text, fs0, fs1)
    if head is None or ARABIC.search(text, s0, s1):
        return None
    hs, he = ctx.orig(head.start(), head.end())
    start, end = _organization_extent(text, hs, he, ctx.cues.organization_words)
    return Speaker(None, hs, he, "role", None, kind="organization", name=text[start:end])


def _issuer_just_before(ctx: Discourse, pos: int) -> Speaker | None:
    """fr/en/ru: "« … », précise le communiqué" with no statement spoken of before: the one whose words
    the sentence right before reported when it is a body (its last speech verb), else None."""
    text = ctx.text
    s0 = start_of_sentence(text, pos, max(0, pos - STATEMENT_SENTENCE_CHARS))
    if ARABIC.search(text, s0, pos) is not None:
        return None
    prev0 = start_of_sentence(text, max(0, s0 - 1), max(0, s0 - STATEMENT_SENTENCE_CHARS))
    said = [e.speaker for e in ctx.events if prev0 <= e.start < pos and e.speaker is not None]
    if not said or said[-1].via == "statement" or said[-1].kind != "organization":
        return None  # a person who spoke last did not issue "the statement" (told reporters, then …)
    return replace(said[-1], via="role", cue=None)


#: "قوله": his saying, after "نقل عن X" (X is the speaker, never the one who passed it on).
SAYING = frozenset({"قوله", "قولها", "قولهم", "القول"})


def quoted_from(ctx: Discourse, sent_start: int, v_start: int, cue: str) -> Speaker | None:
    """ "ونقلت وسائل الإعلام عن مسؤول في قوات الدرك قوله إن "…"": the speaker is who the words were
    taken from (after عن), named, described or unnamed; without عن, nobody."""
    fs, fe = ctx.folded_range(sent_start, v_start)
    froms = list(re.finditer(r"(?<![^\W_])عن(?![^\W_])", ctx.norm.text[fs:fe]))
    from_pronoun = list(re.finditer(r"(?<![^\W_])عن(?P<pronoun>ه|ها)(?![^\W_])", ctx.norm.text[fs:fe]))
    if from_pronoun and (not froms or from_pronoun[-1].start() > froms[-1].start()):
        # "ونقلت هيئة الإذاعة عنه القول إن …": taken from "him", the last speaker of that gender
        gender = "f" if from_pronoun[-1].group("pronoun") == "ها" else "m"
        speaker = from_chain(ctx, v_start, "pronoun", gender)
        if speaker is not None:
            speaker.cue = cue
        return speaker
    if not froms:
        return None
    found_an = froms[-1]
    _, an_end = ctx.orig(fs + found_an.start(), fs + found_an.end())
    speaker = subject_after_verb(ctx, an_end, v_start) or described_subject(ctx, an_end, v_start)
    if speaker is None or speaker.via == "statement":
        return None
    speaker.cue = cue
    return speaker


def inverted_verb(ctx: Discourse, sent_start: int, v_start: int) -> bool:
    """A fr/en/ru speech verb whose subject follows it: after a comma, a closing mark or a dash,
    or with nothing but a conjunction or an adverb before it in its clause."""
    if INVERTED_AFTER.search(ctx.text, max(0, v_start - 3), v_start):
        return True
    clause_start = sent_start
    for mark in PHRASE_STOP.finditer(ctx.text, sent_start, v_start):
        clause_start = mark.end()
    words = [fold(w) for w in WORD.findall(ctx.text[clause_start:v_start])]
    if all(w in COORDINATION or w in BETWEEN_SUBJECT_AND_VERB or w in _RU_INVERSION for w in words):
        return True
    return _ru_opener_then_circumstance(ctx, clause_start, v_start, words)


#: ru: clause openings after which the verb comes before its subject ("Об этом …", "Как …", "О том …").
_RU_OPENERS = (("об", "этом"), ("о", "том"), ("как",))
#: ru: prepositions that open a phrase of place, time or means before the verb (в эфире, на брифинге).
_RU_CIRCUMSTANCE_PREPOSITIONS = frozenset(
    {"в", "во", "на", "по", "при", "после", "перед", "с", "со", "из", "для", "у"}
)
#: ru: words such a phrase runs over at most ("в эфире телеканала «Прямой»", "на брифинге в Медиацентре").
RU_CIRCUMSTANCE_WORDS = 6


def _ru_opener_then_circumstance(ctx: Discourse, clause_start: int, v_start: int, words: list[str]) -> bool:
    """ru: "Об этом в эфире ТВi сказал X", "Как на брифинге заявил X": an inverting opener, then a phrase of
    circumstance opening with a preposition and naming no person: the verb's subject still follows it."""
    opener = next((o for o in _RU_OPENERS if tuple(words[: len(o)]) == o), None)
    if opener is None:
        return False
    rest = words[len(opener) :]
    return (
        0 < len(rest) <= RU_CIRCUMSTANCE_WORDS
        and rest[0] in _RU_CIRCUMSTANCE_PREPOSITIONS
        and not any(m.label == "PER" for m in ctx.mentions_in(clause_start, v_start))
    )


#: Russian words before a verb whose subject follows it ("Как заявил Лавров, …", "Об этом сообщил X", "Такое
#: заявление сделал X"), also whom it was told to ("Об этом журналистам сообщил X").
_RU_INVERSION = frozenset(
    {"как", "об", "этом", "о", "том", "так", "такое", "журналистам", "репортерам", "корреспонденту", "корреспондентам",
     "прессе", "изданию", "агентству"}
)  # fmt: skip


#: Arabic: "in which" right after a speech verb (قال فيها، وكتب فيه).
_IN_WHICH = re.compile(r"\s*فيه[ا]?(?![^\W_])")


def subject_of_verb(
    ctx: Discourse, verb: re.Match[str], v_start: int, v_end: int, zone_end: int, sent_start: int
) -> tuple[Speaker | None, bool]:
    """The subject of a speech verb, however it is written; ``(None, True)`` when a subject is written
    but names nobody we know (no guess from the chain then), ``(None, False)`` when none is written."""
    cue = ctx.text[v_start:v_end]
    gender = gender_of(cue)
    arabic = verb.group("ar") is not None
    # fr/en/ru: what follows a verb is its subject only when the verb is inverted (", said X:",
    # sentence-initial); after "X told Y that", Y is whom it was told to
    subject_follows = arabic or (
        inverted_verb(ctx, sent_start, v_start) and subject_before(ctx, sent_start, v_start) is None
    )  # "X, for his part, told Y": the comma closed an aside, X is the subject
    # ar: past the outlet told to (أكد لـ«عكاظ» مدير المستشفى X); fr/en/ru: past whom it was told to ("à
    # l'AFP" folds to "a l'afp", which reads as "a" + a noun)
    subject_start = (
        skip_arabic_outlet(ctx, v_end, zone_end) if arabic else skip_told_to(ctx.text, v_end, zone_end)
    )
    found = subject_after_verb(ctx, subject_start if arabic else v_end, zone_end) if subject_follows else None
    if found is None and (arabic or ctx.cues.anonymous_other.match(fold(ctx.text[subject_start:zone_end]))):
        found = described_subject(ctx, subject_start, zone_end)
    if found is None and arabic and _IN_WHICH.match(fold(ctx.text[v_end:zone_end])):
        # "ألقى X كلمة قال فيها: «…»": the verb goes on with the subject of the clause that named
        # the speech or the post, as a participle does, a body too ("وأكدت الوزارة في بيان …، وقالت
        # فيه"); nobody from the chain when none is written
        found = subject_before(ctx, sent_start, v_start, participle=True)
        return found or issuer_opening_sentence(ctx, sent_start, v_start, gender), True
    if found is None and arabic and names_a_subject(ctx, v_end, zone_end):
        found = described_by_apposition(ctx, v_end, zone_end)
        if found is None:
            return None, True
    if found is None and arabic:
        found = _arabic_described_before(ctx, sent_start, v_start)
    if found is None:
        after = fold(ctx.text[v_end:zone_end])
        pronoun = ctx.cues.pronoun.match(after)
        if pronoun is not None and not subject_follows and _ROMAN.search(cue) is not None:
            pronoun = (
                None  # "The army said it fired after «…»": the reported clause's subject, not the verb's
            )
        inverted = INVERTED_PRONOUN.search(fold(cue))
        if pronoun is not None or inverted is not None:
            word = pronoun.group().strip(" -—–") if pronoun is not None else last_part(inverted)
            return from_chain(ctx, v_start, "pronoun", gender_of(cue, word), word), False
    if found is None and not arabic and is_participle(ctx, verb):
        found, own = participle_subject(ctx, sent_start, v_start)  # "…, the ministry saying it had hit "…""
        if own and found is None:
            return None, True  # "…, his aides saying he was "…"": someone we do not know, no guess
    if found is None and not arabic:
        # "he said" first (a name earlier in the sentence is not the subject then), then a name right
        # before the verb, then a role, an unnamed source or an organisation written before it
        described = described_before(ctx, sent_start, v_start)
        if described is None:
            # "Un proche collaborateur du président X, …, ajoute :": X only completes the description
            described = opening_anonymous(ctx, sent_start, v_start)
        if described is None or (described.via != "pronoun" and described.kind != "anonymous"):
            found = subject_before(ctx, sent_start, v_start)
            if is_participle(ctx, verb):
                found = opening_person_only(ctx, sent_start, found)
        found = found or described or _body_right_before(ctx, sent_start, v_start, v_end, zone_end)
    if found is None and not arabic and not subject_follows and re.search("[а-яё]", cue):
        # ru: an object first, then the verb and its subject ("Вадиму Ступину ответила Мария X:")
        subject_after = subject_after_verb(ctx, v_end, zone_end)
        if (
            subject_after is not None
            and subject_after.mention is not None
            and subject_after.mention.label == "PER"
            and not ctx.text[v_end : subject_after.mention.start].strip()
            and not no_russian_subject(subject_after.mention.text)
        ):
            found = subject_after
    found = resolve_reference(ctx, found, v_start, gender)
    if found is not None and found.gender is None and verb_agrees_with(ctx, v_end, found):
        found.gender = gender
    return found, found is not None


#: A fr/en verb (Latin letters): its subject follows it only when it is inverted (a-t-il dit, said he).
_ROMAN = re.compile(r"[A-Za-z]")
#: What may stand before a named body opening its clause ("Et le Hezbollah a ajouté", "Also Hamas said").
_BEFORE_BODY = frozenset({"le", "la", "les", "l", "the", "et", "and", "mais", "but"})


def _body_right_before(
    ctx: Discourse, sent_start: int, v_start: int, v_end: int, zone_end: int
) -> Speaker | None:
    """fr/en/ru: a named body opening the verb's clause right before it ("Hamas said:", "L'ONU a déclaré :",
    "Hier, le Hezbollah a ajouté :"): that organisation, else None. A country that is the whole subject
    speaks as its government ("Israel said", "Le Mali a déclaré"), as Arabic reads وقالت روسيا."""
    if ARABIC.search(ctx.text, sent_start, v_start) is not None:
        return None
    clause_start = sent_start
    for mark in PHRASE_STOP.finditer(ctx.text, sent_start, v_start):
        clause_start = mark.end()
    bodies = [
        m for m in ctx.mentions_in(clause_start, v_start) if m.label in SPEAKER_LABELS and m.label != "PER"
    ]
    if not bodies:
        return _body_before_apposition(ctx, sent_start, v_start)
    m = bodies[-1]
    between = [fold(w) for w in WORD.findall(ctx.text[m.end : v_start])]
    if any(w not in BETWEEN_SUBJECT_AND_VERB for w in between) or not _opens_clause(ctx, clause_start, m):
        return None
    if m.label == "GPE":  # "La Russie a déclaré, par la voix de son porte-parole X :": X speaks
        fs, fe = ctx.folded_range(v_end, zone_end)
        voice = ctx.cues.voice.search(ctx.norm.text, fs, fe)
        if voice is not None:
            after = ctx.orig(voice.start(), voice.end())[1]
            people = [p for p in ctx.mentions_in(after, zone_end) if p.label == "PER"]
            return Speaker(people[0], people[0].start, people[0].end, "subject", None) if people else None
    return Speaker(m, m.start, m.end, "subject", None, kind="organization")


#: An apposition between commas right before the verb ("Le JNIM, lié à Al-Qaïda, affirme"): no sentence mark.
_APPOSITION_BEFORE_VERB = re.compile(r"\s*,\s*[^,.;:!?«»\"“”\n]{1,80},\s*")


def _body_before_apposition(ctx: Discourse, sent_start: int, v_start: int) -> Speaker | None:
    """fr/en/ru: a named body opening its clause, then an apposition between commas right before the verb
    ("Le JNIM, lié à Al-Qaïda, affirme avoir …", "Hamas, which runs Gaza, said"): that body, not one the
    apposition names; no person named there (whose words the verb may be)."""
    bodies = [
        m
        for m in ctx.mentions_in(sent_start, v_start)
        if m.label in SPEAKER_LABELS and m.label not in ("PER", "GPE")
    ]
    if not bodies or any(m.label == "PER" for m in ctx.mentions_in(sent_start, v_start)):
        return None
    m = bodies[0]
    if not _APPOSITION_BEFORE_VERB.fullmatch(ctx.text, m.end, v_start):
        return None
    clause_start = sent_start
    for mark in PHRASE_STOP.finditer(ctx.text, sent_start, m.start):
        clause_start = mark.end()
    if not _opens_clause(ctx, clause_start, m):
        return None
    return Speaker(m, m.start, m.end, "subject", None, kind="organization")


#: en: a compound adjective right before a body's name ("the Iran-backed Houthis", "al-Qaeda-linked JNIM").
_COMPOUND_ADJECTIVE = re.compile(r"[^\W\d_][\w'’]*(?:-[\w'’]+)*-(?:[a-z]+ed|run)\s+$")


def _opens_clause(ctx: Discourse, clause_start: int, m: Mention) -> bool:
    """The body ``m`` opens its clause: only an article, a conjunction or an adverb before it, and maybe a
    compound adjective describing it ("Hier, le Hezbollah", "The Iran-backed Houthis")."""
    before_text = ctx.text[clause_start : m.start]
    compound = _COMPOUND_ADJECTIVE.search(before_text)
    if compound is not None:
        before_text = before_text[: compound.start()]
    before = [fold(w) for w in WORD.findall(before_text)]
    return all(w in _BEFORE_BODY or w in _OPENING_ADVERBS for w in before)


def verb_agrees_with(ctx: Discourse, v_end: int, found: Speaker) -> bool:
    """Arabic: the verb's gender is the speaker's unless another body stands between them as the verb's
    own subject ("اعتبرت روسيا على لسان مندوبها X": اعتبرت agrees with روسيا, not with X)."""
    if found.mention is None or found.start < v_end or not ARABIC.match(ctx.text, max(0, v_end - 1)):
        return True
    return not any(m.start < found.start for m in ctx.mentions_in(v_end, found.start))


def described_by_apposition(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """Arabic: a definite noun as subject (وقال المدافع الذي …) that stood right after one person's name
    before (ريو فرديناند مدافع منتخب إنجلترا، فرديناند مدافع يونايتد): that person."""
    words = words_between(ctx, start, end)
    if not words or not words[0][2].startswith("ال") or len(words[0][2]) < 5 or words[0][2] in _RELATIVE:
        return None
    noun = words[0][2][2:]
    floor = max(0, start - LOOKBACK_CHARS)
    described = []
    for m in ctx.mentions_in(floor, start):
        after = WORD.findall(fold_word(ctx.text[m.end : m.end + 40]))
        if m.label == "PER" and after and after[0] == noun:
            described.append(m)
    if not described:
        return None
    last = ctx.event_before(start)
    if last is not None and last.speaker is not None and last.speaker.mention is not None:
        # two defenders named: the one who has been speaking
        spoken = set(name_tokens(last.speaker.mention.text))
        same = [m for m in described if same_name(set(name_tokens(m.text)), spoken)]
        described = same or described
    # ريو فرديناند … فرديناند: one person when every name is part of the fullest one
    fullest = max(described, key=lambda m: len(name_tokens(m.text)))
    if not all(set(name_tokens(m.text)) <= set(name_tokens(fullest.text)) for m in described):
        return None
    return Speaker(fullest, words[0][0], words[0][1], "role", None)


#: Arabic words between a subject written first and its verb: وكانت الوزارة قد أكدت (matched at the
#: sentence start: no "^", which would only match at the start of the text).
_AR_AUXILIARY_END = re.compile(r"(?:\s+(?:قد|لقد))?\s*$")
_AR_AUXILIARY_START = re.compile(r"\s*[وف]?(?:كان|كانت|كانوا)\s+")
#: A relative clause or aside set off by commas after the subject (وزير الخارجية، الذي التقى …، قال).
_AR_ASIDE_END = re.compile(r"\s*[،,]\s*(?:الذي|التي|الذين|وهو|وهي)\s[^،,.!?؟\n]{1,100}[،,]\s*$")


def _arabic_described_before(ctx: Discourse, sent_start: int, v_start: int) -> Speaker | None:
    """Arabic subject written before its verb that names no person: a role, an organisation or an
    unnamed source (وكانت وزارة الخارجية قد أكدت; وزير الخارجية الفرنسي، الذي …، قال). The words from
    the sentence start to the verb must be that subject and nothing else."""
    before = ctx.text[sent_start:v_start]
    auxiliary_end = _AR_AUXILIARY_END.search(before)
    end = sent_start + (auxiliary_end.start() if auxiliary_end else len(before))
    aside = _AR_ASIDE_END.search(ctx.text, sent_start, end)
    if aside is not None:
        end = aside.start()
    else:  # وكان مصدر مسؤول في الوزارة، قال: a comma closes the subject
        comma = re.search(r"[،,]\s*$", ctx.text[sent_start:end])
        end = sent_start + comma.start() if comma else end
    start = sent_start
    auxiliary = _AR_AUXILIARY_START.match(ctx.text, sent_start, end)
    if auxiliary is not None:
        start = auxiliary.end()
    s, e = trim(ctx.text, start, end)
    words = WORD.findall(ctx.text[s:e])
    if not words or len(words) > MAX_DESCRIPTION_WORDS or PHRASE_STOP.search(ctx.text, s, e):
        return None
    if any(m.label == "PER" for m in ctx.mentions_in(s, e)):
        return None  # a named subject is read by the other finders
    zone = fold(ctx.text[s:e])
    role = person_role(ctx, zone)  # "the general staff said": a body, not a general
    if role is not None and role.end() >= len(zone.rstrip()) - 30:
        return role_phrase(ctx, s, e, role.group("role") or role.group("bare"))
    described = described_subject(ctx, s, e)
    if described is not None and described.kind in ("organization", "anonymous"):
        return described
    return None


#: Words that join a verb to the subject of the clause before ("X a reçu Y et a déclaré").
COORDINATION = frozenset({"et", "and", "и", "а", "mais", "but", "puis", "then", "ensuite", "затем"})


#: Adverbs and auxiliaries between a subject and its speech verb.
BETWEEN_SUBJECT_AND_VERB = frozenset(
    {"also", "then", "later", "further", "again", "has", "had", "have", "was", "is", "reportedly",
     "aussi", "également", "egalement", "ensuite", "encore", "alors", "avait", "a", "enfin", "ont", "avaient",
     "также", "тоже", "ещё", "еще", "ранее", "затем", "позже", "потом", "уже"}
)  # fmt: skip


#: Adverbs that may open a clause before its subject ("Ранее правительственный телеканал …").
_OPENING_ADVERBS = frozenset(
    {"also", "then", "later", "earlier", "reportedly", "aussi", "egalement", "ensuite", "puis", "alors", "enfin",
     "auparavant", "также", "тоже", "ранее", "затем", "позже", "потом", "уже"}
)  # fmt: skip


#: A few words then a comma opening a clause ("Par ailleurs, ", "De son côté, ").
_OPENER_THEN_COMMA = re.compile(r"\W*(?P<opener>[^\W\d_]+(?:[ '’][^\W\d_]+){0,3})\s*,\s*")


def opening_anonymous(ctx: Discourse, sent_start: int, v_start: int) -> Speaker | None:
    """fr/en/ru: the sentence opens with an unnamed speaker, the subject of its verbs ("Un proche
    collaborateur de X, …, balaie … avant de préciser : « … »", "Notre interlocuteur, …, ajoute :")."""
    fs, fe = ctx.folded_range(sent_start, v_start)
    opener = _OPENER_THEN_COMMA.match(ctx.norm.text, fs, fe)
    if opener is not None and ctx.cues.turn_openers.fullmatch(opener.group("opener")):
        # "Par ailleurs, un élu … a parlé de « … »": the clause opens after the turn opener
        fs = opener.end()
        sent_start = ctx.orig(fs, fs)[0]
    if not ctx.cues.anonymous_other.match(ctx.norm.text[fs:fe]):
        return None
    words = words_between(ctx, sent_start, v_start)
    return anonymous_phrase(ctx, words) if words else None


#: What precedes an inverted speech verb (its subject follows it): a comma, a closing mark, a dash.
INVERTED_AFTER = re.compile(r"[,»”\"]\s*$|\s[—–-]\s*$")
