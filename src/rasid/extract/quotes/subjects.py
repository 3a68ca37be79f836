"""The subject of a speech verb when it is a name: before or after the verb, with a title, a role or an
apposition."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from rasid.extract.cues import fold
from rasid.extract.quotes.cues import AR_HONORIFIC_TITLES, ARABIC, WORD, cue_words, without_article
from rasid.extract.quotes.discourse import (
    CLAUSE_PARTICLES,
    COMPLEMENTIZER,
    LOOKBACK_CHARS,
    MAX_DESCRIPTION_WORDS,
    NOT_NAME_WORDS,
    SUBJECT_AFTER_VERB_WORDS,
    Discourse,
    Speaker,
    after_subordinator,
    in_colon_speech,
    is_role_word,
    nationality_stem,
    never_titled,
    only_title_before,
    possessive,
    quoted_before,
    start_of_sentence,
    words_between,
)
from rasid.extract.quotes.marks import trim
from rasid.extract.quotes.mentions import (
    DETERMINER,
    TITLE_CHARS,
    TURN_OPENER_CHARS,
    Mention,
    fold_word,
    oblique_russian_name,
    phrase_role_class,
    roles_agree,
    title_class_ending,
)
from rasid.extract.quotes.religious import religious_speaker
from rasid.extract.quotes.titles import titled_before

#: How far back a role phrase looks for the speaker it refers to (about two sentences).
ROLE_LOOKBACK_CHARS = 400
#: Between an inverted speech verb and its subject: whom it was told to and when ("a déclaré lundi
#: à l'AFP le ministre", "said on Monday", "заявил журналистам"), skipped before the subject is read.
_TOLD_TO = re.compile(
    r"\s*(?:(?:on\s+|в\s+|во\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|вчера|сегодня"
    r"|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?:\s+(?:soir|matin))?"
    r"|dans\s+la\s+(?:soirée|matinée|journée|nuit)|ce\s+(?:matin|soir|week-end)|plus\s+tard|également|aussi|later|also"
    r"|dans\s+(?:un|une|son|sa|leur)\s+(?:communiqué|déclaration|message)(?:\s+de\s+presse)?"
    r"|in\s+(?:a|its|their)\s+(?:statement|press\s+release)"
    r"|quant\s+à\s+(?:lui|elle|eux|elles)"  # « … », a assuré quant à lui le ministre
    # an aside: "«…», — отмечается, в частности, в сообщении", « … », a indiqué, notamment, le ministère
    r"|,?\s*(?:в\s+частности|notamment|en\s+particulier|in\s+particular)\s*,?"
    # how it was said: « … », a confié sous couvert de l'anonymat un responsable
    r"|sous\s+(?:le\s+)?couvert\s+(?:de\s+l['’]|d['’])anonymat|on\s+(?:the\s+)?condition\s+of\s+anonymity"
    # fr: whom it was told to, or where ("a déploré sur LCI la ministre", "a affirmé devant la presse")
    r"|(?:à|au|aux|to|auprès\s+de|auprès\s+du|sur|devant)\s+(?:(?:la|le|les|the)\s+|l['’])?[^\W\d_][\w.'’-]*"
    # up to two adjectives after the addressee ("à la télévision publique burkinabé le ministre")
    r"(?:(?:\s+(?!(?:le|la|les|l|un|une|des|the|a|an|de|du|d|of)(?![\w'’-]))[a-zà-ÿ][\w'’-]*){1,2}"
    r"(?=\s+(?:le|la|les|the|un|une)\s|\s+l['’]))?"
    r"|журналистам|прессе|репортерам"
    r"|(?:в|во)\s+(?:своем|своём|своих)\s+[^\W\d_][\w-]*"  # в своем Telegram-канале, в своем обращении
    # a date: "27 juillet", "le 27 juillet 2023", "27 июля", "July 27"
    r"|(?:le\s+)?\d{1,2}(?:er)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?"
    r"|(?:on\s+)?(?:january|february|march|april|june|july|august|september|october|november|december)"
    r"\s+\d{1,2}(?:,\s+\d{4})?"
    r")(?![^\W_])"
    # a comma closing the time before the subject ("a déclaré hier jeudi 27 juillet, le ministre X")
    r"(?:\s*,(?=\s*(?:le|la|les|the)\s|\s*l['’]|\s*[A-ZÀ-ÞА-ЯЁ]))?",
    re.IGNORECASE,
)


def skip_told_to(text: str, start: int, end: int) -> int:
    """Where the subject of an inverted verb (fr/en/ru) can start: after the time and the addressee."""
    while True:
        told = _TOLD_TO.match(text, start, end)
        if told is None or told.end() == start:
            return start
        start = told.end()


#: How it was told, after the outlet it was told to ("сказал ТАСС по телефону", "told AFP by phone").
_BY_PHONE = re.compile(r"\s*(?:по\s+телефону|by\s+phone|over\s+the\s+phone|par\s+téléphone|au\s+téléphone)?")


def skip_told_outlet(ctx: Discourse, start: int, end: int) -> int:
    """fr/en/ru: past an outlet the words were told to, right after an inverted verb, when a subject
    follows it ("— сказал ТАСС по телефону собеседник агентства"); else ``start``."""
    outlets = [
        m for m in ctx.mentions_in(start, end) if m.label == "MEDIA" and not ctx.text[start : m.start].strip()
    ]
    if not outlets:
        return start
    after = _BY_PHONE.match(ctx.text, outlets[0].end, end)
    rest = after.end() if after else outlets[0].end
    return rest if WORD.search(ctx.text, rest, end) else start


#: Arabic: ل (لـ) and an opening mark glued to an outlet right after a speech verb (أكد لـ«عكاظ»، قال لـ"الوطن").
_AR_TOLD_TO = re.compile(r"\s*لـ?\s*[«\"“]?\s*")
#: The closing mark after the outlet's name, and a comma setting the subject off after it
#: (قال لـ«الشرق الأوسط»، الدكتور X إن).
_AR_OUTLET_CLOSE = re.compile(r"\s*[»\"”]?(?:\s*[،,](?=\s*[^\W\d_]))?")
#: ل and an outlet in marks no stage tagged (تقول لـ"الاقتصادية"، X): whom it was told to all the same.
_AR_QUOTED_OUTLET = re.compile(r"\s*لـ?\s*[«\"“][^»\"”\n]{1,30}[»\"”]")


def skip_arabic_outlet(ctx: Discourse, start: int, end: int) -> int:
    """Arabic: past the outlet the words were told to, right after a speech verb, when a subject follows
    it ("أكد لـ«عكاظ» مدير المستشفى X أن"); else ``start``."""
    outlets = [m for m in ctx.mentions_in(start, end) if m.label == "MEDIA"]
    if outlets and _AR_TOLD_TO.fullmatch(ctx.text, start, outlets[0].start) is not None:
        told_end = outlets[0].end
    elif (quoted := _AR_QUOTED_OUTLET.match(ctx.text, start, end)) is not None:
        told_end = quoted.end()
    else:
        return start
    close = _AR_OUTLET_CLOSE.match(ctx.text, told_end, end)
    rest = close.end() if close else told_end
    return rest if WORD.search(ctx.text, rest, end) else start


def subject_after_verb(ctx: Discourse, start: int, end: int) -> Speaker | None:
    """The named subject between a cue and the quote (قال القائد العسكري في مالي: / أكد ديارا أن)."""
    if ARABIC.search(ctx.text, start, min(end, start + 20)) is None:
        start = skip_told_to(ctx.text, start, end)  # "a déclaré à la presse l'officier"
    zone = ctx.text[start:end]
    religious = religious_speaker(ctx, start, end)
    if religious is not None:  # "قال تعالى: «…»", "وقال رسول الله صلى الله عليه وسلم: «…»"
        return religious
    if not zone.strip(" \t:،,.-—–\n"):
        return None
    mentions = ctx.mentions_in(start, end)
    if (
        _written_body_subject(ctx, start, end)
        and not any(m.label == "PER" and not ctx.text[start : m.start].strip() for m in mentions)
        and not _member_then_ranked_name(ctx, start, mentions)
    ):
        return None  # "وأعلن البيان اختيار الشيخ X": the statement speaks; X is what it is about
    folded_zone = fold(zone)
    role = person_role(ctx, folded_zone)  # "a indiqué l'état-major général des armées": a body, not a general
    per = [
        m
        for m in mentions
        if m.label == "PER"
        and ctx.is_subject_position(m, start)
        and len(WORD.findall(ctx.text[start : m.start])) <= SUBJECT_AFTER_VERB_WORDS + 2
        and not re.search(r"[،,:]", ctx.text[start : m.start])  # past a comma the verb's subject slot is over
        and not COMPLEMENTIZER.search(
            ctx.text, start, m.start
        )  # "وقال البيان إن الحلو …": a clause's subject
        and not possessive(ctx.text, m)  # ", said Traoré's power grab was …": what was said
    ]
    if len(per) > 1 and _title_only(ctx, per[0]):
        per = per[1:]  # "وكيل وزارة الصحة طارق خاطر": a title a model took for a name, then the name
    while (
        len(per) > 1
        and not ctx.text[per[0].end : per[1].start].strip()
        and ARABIC.search(zone) is None
        and not oblique_russian_name(per[1].text)  # "сказал Иван Петров Анне Смирновой": told to her
    ):
        per = per[1:]  # "said President Ahmed Tinubu" marked as two people: one name, the last part holds it
    described = None if per else _described_then_named(ctx, start, end, mentions)
    if described is not None:  # "قال رئيس فريق البحث، سامي الخطيب إن": the name ends the subject
        return Speaker(described, described.start, described.end, "subject", None)
    if role and not per:
        return role_phrase(ctx, start, end, role.group("role") or role.group("bare"))
    if per:
        m = per[0]
        return Speaker(m, m.start, m.end, "subject", None)
    lead = zone.lstrip()
    offset = len(zone) - len(lead)
    article = DETERMINER.match(lead)
    for m in mentions:
        if (
            m.start in (start + offset, start + offset + (article.end() if article else 0))
            and (m.label != "GPE" or _country_speaks(ctx, m, end))
            and not possessive(ctx.text, m)
        ):
            if m.label == "MEDIA" and WORD.search(ctx.text[m.end : end]):
                break  # "сообщил ТАСС источник …", "told AFP a source": the outlet was told, not the speaker
            return Speaker(m, m.start, m.end, "subject", None)
    if ARABIC.search(zone) is None:
        placed = _name_opening_with_a_place(ctx, start, end) or _name_after_outlet(ctx, start, end)
        if placed is not None:  # "a déclaré Sami Abou Zouhri, un porte-parole": "Sami" was read as a place
            return Speaker(placed, placed.start, placed.end, "subject", None)
        honorific = _HONORIFIC_NAME.match(zone)
        if honorific is not None and fold(honorific.group("name")) not in NOT_NAME_WORDS:
            ns, ne = start + honorific.start("name"), start + honorific.end("name")
            surface = honorific.group("name")  # "affirme M. Katz": a surname after an honorific
            return Speaker(Mention(ns, ne, "PER", fold(surface), None, surface), ns, ne, "subject", None)
        name = unmarked_name_ending(ctx, start, end)
        told = TOLD_AFTER_NAME.search(zone)
        if name is None and told is not None:  # "a déclaré Abdullah Bu Habib à la chaîne CNN"
            name = unmarked_name_ending(ctx, start, start + told.start())
        if name is not None:  # "said Ajuri Ngelale", "— сообщил директор департамента Роман Чекушов"
            return Speaker(name, name.start, name.end, "subject", None)
        lone = single_name_described(ctx, start, end)
        if lone is not None:  # "said Tareq, a 30-year-old farmer"
            return Speaker(lone, lone.start, lone.end, "subject", None)
        surname = _RU_SURNAME_ALONE.fullmatch(zone)
        if surname is not None and not ctx.mentions_in(start, end):  # «…», — добавил Махонин.
            ns, ne = start + surname.start("name"), start + surname.end("name")
            surface = surname.group("name")
            return Speaker(Mention(ns, ne, "PER", fold(surface), None, surface), ns, ne, "subject", None)
    return None


#: What may follow a country that is the subject of an Arabic speech verb: the end, what was said, a statement.
_AFTER_COUNTRY_SUBJECT = re.compile(r"\s*(?:$|[:،,]|(?:[إأا]ن|[إأا]نه|[إأا]نها|ب[أا]ن|في بيان)(?![^\W_]))")


def _country_speaks(ctx: Discourse, m: Mention, end: int) -> bool:
    """A country right after the speech verb and nothing else in its subject (وقالت روسيا إن …، وأكدت
    السعودية في بيان …; "…", said Mali; « … », a déclaré le Mali; — заявила Россия): the state speaks (not
    "اعتبرت روسيا على لسان مندوبها X", "said Israel Katz": X does)."""
    if ARABIC.match(m.text) is None:
        return WORD.search(ctx.text, m.end, end) is None
    return _AFTER_COUNTRY_SUBJECT.match(ctx.text, m.end, end) is not None


#: en/fr: one capitalised Latin word as the whole subject zone.
_LONE_CAPITALISED = re.compile(r"\s*(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+)\s*")
#: Days and months, capitalised in English, that may stand where a subject would ("said Monday, a day …").
_CALENDAR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
     "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
)  # fmt: skip


def single_name_described(ctx: Discourse, start: int, end: int) -> Mention | None:
    """en/fr: one capitalised word, then an apposition describing a kind of unnamed person ("said
    Tareq, a 30-year-old farmer"; '"…," Amal, a mother of four, told AFP'): the one name the text
    gives that person, though no stage marked it."""
    lone = _LONE_CAPITALISED.fullmatch(ctx.text, start, end)
    if lone is None or ctx.mentions_in(start, end):
        return None
    name = fold(lone.group("name"))
    if name in NOT_NAME_WORDS or name in _CALENDAR_WORDS or is_role_word(ctx, lone.group("name")):
        return None
    comma = re.match(r"\s*,\s*", ctx.text[end : end + 5])
    if comma is None:
        return None
    described = ctx.cues.anonymous_other.match(fold(ctx.text[end + comma.end() : end + comma.end() + 80]))
    if described is None or described.group("latin") is None:
        return None
    ns, ne = lone.span("name")
    return Mention(ns, ne, "PER", name, None, lone.group("name"))


#: ru: one capitalised word with a surname's ending as the whole subject of an inverted verb
#: ("— добавил Махонин.", "— заявила Захарова"): a person no stage marked. Bodies and places end
#: otherwise or are marked (Минздрав, Кремль, Киев).
_RU_SURNAME_ALONE = re.compile(
    r"\s*(?P<name>[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|енко|ук|юк|ич|ян|дзе|швили))"
    r"\s*[.]?\s*"
)


def _name_opening_with_a_place(ctx: Discourse, start: int, end: int) -> Mention | None:
    """fr/en/ru: the whole subject after an inverted verb is two to four capitalised words of which only
    the first was marked, as a place ("Israël Katz", "Sami Abou Zouhri"): a person's name."""
    zone = ctx.text[start:end]
    lead = len(zone) - len(zone.lstrip())
    run = _CAPITALISED_RUN_LONG.match(ctx.text, start + lead, end)
    if run is None or ctx.text[run.end() : end].strip(" \t,.;:"):
        return None
    marks = ctx.mentions_in(run.start(), run.end())
    if len(marks) != 1 or marks[0].label not in ("GPE", "LOC") or marks[0].start != run.start():
        return None
    if marks[0].end >= run.end() or any(is_role_word(ctx, w) for w in run.group().split()):
        return None
    surface = run.group()
    return Mention(run.start(), run.end(), "PER", fold(surface), None, surface)


def _name_after_outlet(ctx: Discourse, start: int, end: int) -> Mention | None:
    """en: the whole subject after an inverted verb is an outlet's possessive and two to four capitalised
    words no stage marked ("said Al Jazeera's Hiba Morgan"): the outlet's reporter, a person."""
    zone = ctx.text[start:end]
    lead = len(zone) - len(zone.lstrip())
    outlets = [m for m in ctx.mentions_in(start, end) if m.start == start + lead and m.label == "MEDIA"]
    if not outlets or not possessive(ctx.text, outlets[0]):
        return None
    owner = re.match(r"['’]s?\s+", ctx.text[outlets[0].end : end])
    if owner is None:
        return None
    at = outlets[0].end + owner.end()
    run = _CAPITALISED_RUN_LONG.match(ctx.text, at, end)
    if run is None or ctx.text[run.end() : end].strip(" \t,.;:") or ctx.mentions_in(at, run.end()):
        return None
    if any(is_role_word(ctx, w) for w in run.group().split()):
        return None  # "said Reuters' Chief Correspondent": a title, no name
    surface = run.group()
    return Mention(run.start(), run.end(), "PER", fold(surface), None, surface)


#: Two to four capitalised words (a name with particles like "Abou" is capitalised word by word).
_CAPITALISED_RUN_LONG = re.compile(
    r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+){1,3}"
)


#: fr/en: an honorific and a name no stage marked, right after an inverted verb ("affirme M. Katz",
#: "said Mr. Abbas"), ending the subject.
_HONORIFIC_NAME = re.compile(
    r"\s*(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+){0,2})(?=\s*(?:$|[,.;:!?\n]))"
)


#: What may follow the subject of an inverted verb: whom or where it was told ("à la chaîne", "to CNN").
TOLD_AFTER_NAME = re.compile(
    r"(?<=[\w.])\s+(?:à|au|aux|to|lors|during|devant|before|in|on|dans|sur|в|на|журналистам)\s"
)


#: Words an Arabic description may take before the comma that sets off the speaker's name.
DESCRIPTION_BEFORE_NAME_WORDS = 8
#: What may follow the name in apposition when it is the subject: a clause opener, a colon, the end.
_AFTER_APPOSED_SUBJECT = re.compile(r"\s*(?:$|[:،,]|(?:إن|أن|ان|إنه|أنه|انه)\b)")


def _described_then_named(
    ctx: Discourse, start: int, end: int, mentions: Sequence[Mention]
) -> Mention | None:
    """Arabic "قال كبير الباحثين في الدراسة، سامي الخطيب، إن …": a description, a comma, then the
    name that ends the subject. Only when the description holds no person and no clause (إن/أن)."""
    comma = re.search(r"[،,]", ctx.text[start:end])
    if comma is None or ARABIC.search(ctx.text, start, min(end, start + 20)) is None:
        return None
    cut = start + comma.start()
    words = WORD.findall(ctx.text[start:cut])
    if not words or len(words) > DESCRIPTION_BEFORE_NAME_WORDS or COMPLEMENTIZER.search(ctx.text, start, cut):
        return None
    if any(m.label == "PER" and m.start < cut for m in mentions):
        return None  # "قال الوزير سامي، مخاطبا …": the subject was named before the comma
    at = cut + 1 + (len(ctx.text[cut + 1 : end]) - len(ctx.text[cut + 1 : end].lstrip()))
    for m in mentions:
        if (
            m.label == "PER"
            and (m.start == at or _UNMARKED_GIVEN_NAME.fullmatch(ctx.text, at, m.start))
            and _AFTER_APPOSED_SUBJECT.match(ctx.text[m.end : end])
        ):
            return m
    return None


#: One Arabic word a stage left out before a surname it marked (سيث بولاك), not a definite noun, a
#: participle in -ا (مخاطبا، مضيفا) or a preposition: those make the person an object, not the subject.
_UNMARKED_GIVEN_NAME = re.compile(
    r"(?!ال|(?:عن|مع|على|إلى|الى|في|من|لدى|أمام|عبر)\s)[\u0621-\u064A]{2,}(?<![اى])\s+"
)


#: Words before an unmarked capitalised run that make it part of a longer name (of the United Nations).
_NAME_LINKS = frozenset({"of", "the", "de", "du", "des", "la", "le", "les", "l", "d"})
#: The subject zone of an inverted verb may name someone no stage marked when it is this short.
UNMARKED_ZONE_WORDS = 14


_HYPHENATED_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
#: A word with both Latin and Cyrillic letters (Telegram-канал, YouTube-канале).
_MIXED_SCRIPTS = re.compile(r"[A-Za-z].*[а-яёА-ЯЁ]|[а-яёА-ЯЁ].*[A-Za-z]")


def unmarked_name_ending(ctx: Discourse, start: int, end: int) -> Mention | None:
    """Two or three capitalised words (Latin or Cyrillic) that end the subject of an inverted speech
    verb and that no entity covers: a person no stage marked ("said Ajuri Ngelale", "— сообщил
    директор департамента … Роман Чекушов"). Acronyms (РФ, AFP) and words after "of/de" are not
    part of it; a zone naming an organisation, or longer than a subject, gives none."""
    zone = ctx.text[start:end]
    words = list(_HYPHENATED_WORD.finditer(zone))  # "Al-Aiser", "al-Burhan" are one word of a name
    if not words or len(words) > UNMARKED_ZONE_WORDS or zone[words[-1].end() :].strip(" \t.,;:"):
        return None
    organizations = [o.span() for o in ctx.cues.organization_other.finditer(fold(zone))]
    if organizations and ARABIC.search(zone) is not None:
        return None
    run: list[re.Match[str]] = []
    for word in reversed(words):
        w = word.group()
        if not (w[0].isupper() and not w.isupper() and (w[0].isascii() or "\u0400" <= w[0] <= "\u04ff")):
            break
        if _MIXED_SCRIPTS.search(w):
            break  # "Telegram-канале": a Latin brand glued to a Russian noun, no part of a name
        run.insert(0, word)
    if not run or any(a < run[-1].end() and run[0].start() < b for a, b in organizations):
        return None  # the capitalised words name a body ("the Defence Ministry"); a "Government spokesman" before is a title
    link = fold(words[-4].group()) if len(run) == 3 and len(words) > 3 else ""
    if link in ("and", "et", "и") or (
        link in ("of", "de", "du") and title_class_ending(zone[: words[-4].start()]) is not None
    ):
        # "Minister of Culture and Information X Y", "Minister of Water X Y": the title's last word, then
        # the name ("officials of World Food Programme" is no title: the run stays a body's name)
        run = run[1:]
    if len(run) > 3 and title_class_ending(zone[: run[-2].start()]) is not None:
        run = run[-2:]  # "Minister of Foreign Affairs Hassoumi Massoudou": a capitalised title, then the name
    titled = False
    while run and (fold(run[0].group()) in NOT_NAME_WORDS or is_role_word(ctx, run[0].group())):
        titled = titled or fold(run[0].group()) not in NOT_NAME_WORDS
        run = run[1:]  # "The President", "The Minister": a capitalised role at a sentence start, no name
    # four words that are the whole subject are one person's names (Roch Marc Christian Kaboré)
    most = 4 if len(run) == 4 and run[0].start() == words[0].start() else 3
    if not (2 if not titled else 1) <= len(run) <= most:
        return None  # one word may be anything; four after other words name a body (the United Nations Development …)
    first = run[0].start()
    before = [fold(w.group()) for w in words if w.end() <= first]
    if before and before[-1] in _NAME_LINKS:
        return None
    s, e = start + first, start + run[-1].end()
    if any(m.start < e and s < m.end for m in ctx.mentions_in(max(0, s - 80), e + 80)):
        return None  # part of something a stage named
    surface = ctx.text[s:e]
    return Mention(s, e, "PER", fold(surface), None, surface)


#: Ranks and honorifics written right before a person's name (الدكتور عبدالله X), folded.
_AR_RANK_BEFORE_NAME = re.compile(
    r"(?:الدكتور|الدكتوره|المهندس|الشيخ|الاستاذ|اللواء|العميد|العقيد|الفريق|الامير|السيد)\s*$"
)
#: Words after which a name is not the subject's own (مصدر مقرب من الدكتور X), folded.
_OF_SOMEONE = frozenset(fold(w) for w in ("من", "في", "عن", "مع", "لدى", "مقرب", "قريب", "باسم"))


def _member_then_ranked_name(ctx: Discourse, start: int, mentions: Sequence[Mention]) -> bool:
    """Arabic: an indefinite head (عضو, مسؤول) and its complement, then a rank and a name: "وأكد عضو مجلس
    الشورى الدكتور X": X is the member, a named subject (not "مصدر مقرب من الدكتور X")."""
    if ctx.cues.statement.match(fold(ctx.text[start : start + 30])):
        return False
    for m in mentions:
        if m.label != "PER":
            continue
        before = ctx.text[start : m.start]
        words = [fold_word(w) for w in WORD.findall(before)]
        return (
            2 <= len(words) <= DESCRIPTION_BEFORE_NAME_WORDS
            and not re.search(r"[،,:;؛]", before)
            and _AR_RANK_BEFORE_NAME.search(fold(before)) is not None
            and not any(w in _OF_SOMEONE for w in words)
        )
    return False


def _title_only(ctx: Discourse, m: Mention) -> bool:
    """The mention is nothing but a role word (وكيل، الوزير): a title, not a name."""
    folded = fold_word(m.text)
    role = ctx.cues.role.match(folded)
    return role is not None and role.end() == len(folded)


def _written_body_subject(ctx: Discourse, start: int, end: int) -> bool:
    """Arabic: the words after the verb open with a statement, an organisation or an unnamed source
    (البيان، الوزارة، منظمة …، مصدر …): that is the subject, whatever person is named after it."""
    words = words_between(ctx, start, end)
    if not words or ARABIC.match(words[0][2]) is None:
        return False
    first = words[0][2]
    if ctx.cues.statement.match(first):
        return True
    return without_article(first) in ctx.cues.organization_ar or (
        not first.startswith("ال") and first in ctx.cues.anonymous_ar
    )


#: A rank or honorific (الفريق, الدكتور, الشيخ) then two or three words, the first without the article,
#: ending a role phrase: a name that no stage marked.
_AR_RANKED_NAME_END = re.compile(
    r"(?<![^\W_])(?:الفريق|اللواء|العميد|العقيد|المقدم|الرائد|النقيب|الجنرال|الأدميرال|الدكتور|المهندس|الشيخ)\s+"
    r"(?P<name>(?!ال|(?:على|إلى|الى|حول|خلال|منذ|بعد|قبل|عند|لدى|أمام)\s)[\u0621-\u064a]{3,}"
    r"(?:\s+[\u0621-\u064a]{3,}){1,2})\s*$"
)


#: ru: where or to whom it was said, after a role noun ("— сказал дипломат в интервью ведущему X"):
#: the role phrase ends there; the capitalised words after it are whom it was said to.
_RU_VENUE = (
    r"\s(?:в|во)\s+(?:интервью|беседе|эфире|разговоре|ходе|своем|своём)(?![^\W_])"
    r"|\sна\s+(?:брифинге|пресс-конференции)(?![^\W_])"
)


def role_phrase(ctx: Discourse, start: int, end: int, role_word: str) -> Speaker | None:
    """A role phrase as speaker: resolved to the one person it refers back to, else unnamed."""
    zone = ctx.text[start:end]
    stop = re.search(
        # (and whom it was told to, an outlet in marks: رئيس الجمعية لـ"الصحيفة")
        r"[:،,؛;\"«“–—]|\.\s|\s-\s|\s(?:أن|إن|ان|انه|أنه|إنه|que|that|à|au|aux|to)\s|\sلـ|\sل(?=\s*[\"«“])|"
        + _RU_VENUE,
        zone,
    )
    phrase_end = start + (stop.start() if stop else len(zone))
    ps, pe = trim(ctx.text, start, phrase_end)
    honorific = re.match(rf"[وف]?(?:{AR_HONORIFIC_TITLES})\s+(?=[^\W\d_])", ctx.text[ps:pe])
    if honorific is not None:
        ps += honorific.end()  # سمو رئيس الوزراء: the title, which the honorific does not make indefinite
    phrase_words = WORD.findall(fold(ctx.text[ps:pe]))
    ranked = _AR_RANKED_NAME_END.search(ctx.text, ps, pe)
    if ranked is not None and not any(
        m.label not in ("GPE", "LOC") for m in ctx.mentions_in(ranked.start("name"), ranked.end("name"))
    ):
        # رئيس هيئة القناة الفريق مهاب مميش إن «…»: a rank, then a name no stage marked, ending the phrase
        # (a word of it may be read as a place: الجنرال بدر الدين هايتي)
        surface = ranked.group("name")
        mention = Mention(ranked.start("name"), ranked.end("name"), "PER", fold(surface), None, surface)
        return Speaker(mention, mention.start, mention.end, "subject", None)
    bare = (
        len(phrase_words) >= 2
        and not phrase_words[0].startswith("ال")
        and not phrase_words[1].startswith("ال")
        and ARABIC.match(phrase_words[0]) is not None
    )
    # "وزير خارجية فرنسا", "رئيس وزراء العراق": a construct ending in a named country or body is definite,
    # one office held by one person who may have been named before
    indefinite = bare and not any(m.label in ("GPE", "ORG") for m in ctx.mentions_in(ps, pe))
    head = without_article(re.sub(r"^[وف](?=ال)", "", phrase_words[0])) if phrase_words else ""
    if (
        role_word in ctx.cues.anonymous
        or head in ("مصدر", "مصادر")
        # دبلوماسي روسي، مسؤول وزارة الخارجية: one of many, whatever country or body follows
        or (bare and head in ctx.cues.anonymous_ar)
    ):
        # مسؤول أمني، مصدر عسكري، المصدر نفسه: somebody, not a known person, described up to what ends it
        return anonymous_phrase(ctx, words_between(ctx, ps, pe) or [(ps, pe, "")])
    if indefinite:
        # رئيس لجنة الاحتراف، ناطق باسم فرق الإطفاء: a new person the text does not name, described
        # (unless a name may follow in apposition: "رئيس جهاز الأمن، اللواء X، …")
        named_after = re.match(r"\s*[،,]\s*[^\W\d_]", ctx.text[pe:end]) is not None
        closing = _name_closing_the_subject(ctx, pe, end) if named_after else None
        if closing is not None:  # "مدير مكتب الحملة في سوريا، في لبنان X:": the name the titles lead to
            return Speaker(closing, closing.start, closing.end, "subject", None)
        titled = titled_before(ctx, ps, phrase_words) if not named_after else None
        if titled is not None:  # "X رئيس الجمعية الوطنية لحقوق الإنسان" … "وقال رئيس جمعية حقوق الإنسان"
            return Speaker(titled, ps, pe, "role", None)
        return Speaker(None, ps, pe, "role", None, kind="person" if named_after else "anonymous")
    inside = [m for m in ctx.mentions_in(ps, pe) if m.label == "PER"]
    if inside and "باسم" in phrase_words[:3]:
        # "المتحدث باسم الحكومة المالية عبد الله مايغا": a spokesman for a body, then their name
        return Speaker(inside[-1], inside[-1].start, inside[-1].end, "subject", None)
    if ARABIC.search(ctx.text, ps, pe) is None:
        unmarked = unmarked_name_ending(ctx, ps, pe)
        if unmarked is not None:  # "директор департамента … Роман Чекушов": the role, then the name
            return Speaker(unmarked, unmarked.start, unmarked.end, "subject", None)
        run_end = _CAPITALISED_RUN_END.search(ctx.text, ps, pe)
        if run_end is not None and any(
            fold(w) not in NOT_NAME_WORDS and not is_role_word(ctx, w) for w in run_end.group().split()
        ):
            # "Minister of Foreign Affairs Hassoumi Massoudou": a title and a name we cannot cut out
            # introduce someone new; this is no reference to who spoke before
            return Speaker(None, ps, pe, "role", None)
    rest = ctx.text[pe:end]
    named = apposition(ctx, pe)
    if named is not None:  # "le porte-parole du département d'État, Vedant Patel": the name in apposition
        return Speaker(named, named.start, named.end, "subject", None)
    quoted = _quoted_holder(ctx, pe, end)
    if quoted is not None:  # 'المتحدث باسم الوزارة "أنيل ساكسين": «…»': the title's holder, in marks
        return Speaker(quoted, quoted.start, quoted.end, "subject", None)
    titled = titled_before(ctx, ps, phrase_words)
    if titled is not None:  # "X، المتحدث الرسمي باسم الرئاسة، …" then "وتابع المتحدث الرسمي باسم الرئاسة"
        return Speaker(titled, ps, pe, "role", None)
    if "باسم" in phrase_words or (
        re.match(r"\s*[،,]\s*[^\W\d_]", rest) and not re.match(r"\s*[،,]\s*(?:إن|ان|أن)", rest)
    ):
        # "المتحدث باسمها"، "المتحدث، بيت جوست، إنه": someone other than a person named before;
        # "ناطق باسم فرق الإطفاء" (no article): someone the text does not name, described
        closing = _name_closing_the_subject(ctx, pe, end) if ARABIC.search(ctx.text, ps, pe) else None
        if closing is not None:  # "المدير العام لمستشفى X، استشاري …، الدكتور Y «": Y
            return Speaker(closing, closing.start, closing.end, "subject", None)
        unnamed = (
            "باسم" in phrase_words and ARABIC.match(phrase_words[0]) and not phrase_words[0].startswith("ال")
        )
        return Speaker(None, ps, pe, "role", None, kind="anonymous" if unnamed else "person")
    if any(w in _NEW_HOLDER for w in phrase_words):
        return Speaker(None, ps, pe, "role", None)  # "a affirmé le nouveau maire": not the one named before
    floor = max(0, ps - ROLE_LOOKBACK_CHARS)
    if ARABIC.search(ctx.text, ps, pe) is None:
        floor = _floor_past_quotations(ctx.text, floor, ps)
    opening = re.split(r"[.!?؟\n]", ctx.text[max(0, ps - TURN_OPENER_CHARS) : ps])[-1]
    if ctx.cues.turn_openers.search(fold(opening)):
        return Speaker(None, ps, pe, "role", None)  # "من جهته، قال وزير المالية": someone new
    # who has been speaking: people named as the subject of a speech verb (أكد رئيس الأركان … ديارا)
    speakers = [m for m in ctx.mentions_in(floor, ps) if m.label == "PER" and _after_speech_verb(ctx, m)]
    last = ctx.event_before(ps)
    while last is not None and last.end > ps:  # the phrase's own verb ("قال رئيس النادي"): before it
        last = ctx.event_before(last.start)
    if (
        last is not None
        and last.speaker is not None
        and last.speaker.mention is not None
        and last.speaker.mention.label == "PER"
        and (
            last.end >= floor
            or (  # fr/en/ru: further back, when nobody else was named since
                last.end >= ps - LOOKBACK_CHARS
                and ARABIC.search(ctx.text, ps, pe) is None
                and not any(
                    m.label == "PER" and m.key != last.speaker.mention.key
                    for m in ctx.mentions_in(last.end, ps)
                )
            )
        )
    ):
        speakers.append(last.speaker.mention)  # the last speaker of the chain ("a déclaré X … le ministre")
    phrase_class = phrase_role_class(ctx.text[ps:pe])
    if len({m.key for m in speakers}) == 1:  # exactly one speaker in view: the role phrase refers to them
        # Arabic: nor does it refer to a person never given a title (ونفى رئيس اللجنة after a researcher
        # spoke: the head of the commission, someone the text does not name)
        if (
            not roles_agree(phrase_class, ctx.person_classes(speakers[-1].key), evidence=False)
            or _nationalities_clash(ctx, ps, pe, speakers[-1].key)
            or (ARABIC.search(ctx.text, ps, pe) is not None and never_titled(ctx, speakers[-1].key))
        ):
            newcomer = _titled_newcomer(ctx, speakers[-1], phrase_class, ps, pe, floor)
            if newcomer is not None:  # "Army chief General X acknowledged …" then '"…," the officer said'
                return Speaker(newcomer, ps, pe, "role", None)
            return Speaker(None, ps, pe, "role", None)  # "the spokesman" after the president spoke
        titled = _one_titled_in_document(ctx, ps, pe) if phrase_class is None else None
        if titled is not None and titled.key != speakers[-1].key:
            # the president spoke, then "— написал губернатор": the one governor the text names, not him
            return Speaker(titled, ps, pe, "role", None)
        if _fits_a_newcomer_better(ctx, speakers[-1], phrase_class, ps, pe, floor):
            # the president spoke, then "General X met Colonel Y", then "a expliqué l'officier": one of
            # the officers named since, not the president whose office is only akin to theirs
            newcomer = _titled_newcomer(ctx, speakers[-1], phrase_class, ps, pe, floor)
            return Speaker(newcomer, ps, pe, "role", None)
        return Speaker(speakers[-1], ps, pe, "role", None)
    if (
        len({m.key for m in speakers}) > 1
        and phrase_class is not None
        and ARABIC.search(ctx.text, ps, pe) is None
    ):
        # fr/en/ru: several have spoken; the one whose title fits ("Army chief General X acknowledged …"
        # after the minister spoke, then '"…," the officer said')
        fitting = _nearest_titled(ctx, sorted(speakers, key=lambda m: m.start), phrase_class, ps, pe, floor)
        if fitting is not None:
            return Speaker(fitting, ps, pe, "role", None)
    if not speakers:  # nobody has spoken: the one person in view, if there is only one and the role fits
        sent_start = start_of_sentence(ctx.text, ps, floor)
        people = [
            m
            for m in ctx.mentions_in(floor, ps)
            if m.label == "PER" and not (m.start >= sent_start and _in_opening_clause(ctx, sent_start, m, ps))
        ]  # "Asked whether X would come, the official said": the official is someone else
        if ARABIC.search(ctx.text, ps, pe) is None and phrase_class is not None and len(people) > 1:
            titled = _nearest_titled(ctx, people, phrase_class, ps, pe, floor)
            if titled is not None:  # "Мария Захарова, официальный представитель МИД" … "— добавила дипломат"
                return Speaker(titled, ps, pe, "role", None)
        if (
            len({m.key for m in people}) == 1
            and roles_agree(phrase_class, ctx.person_classes(people[-1].key), evidence=True)
            and not _nationalities_clash(ctx, ps, pe, people[-1].key)
        ):
            return Speaker(people[-1], ps, pe, "role", None)
        if not people and phrase_class in _SINGLE_HOLDER_CLASSES:
            holder = _only_holder_before(ctx, ps, phrase_class)
            if holder is not None and not _nationalities_clash(ctx, ps, pe, holder.key):
                return Speaker(holder, ps, pe, "role", None)
        # fr/en/ru: "— написал губернатор" before the governor is named ("губернатор … Вадим X" later)
        titled = _one_titled_in_document(ctx, ps, pe)
        if titled is not None and all(m.key == titled.key or phrase_class is None for m in people):
            return Speaker(titled, ps, pe, "role", None)
        if titled is None and not people:
            # "Le Premier ministre centrafricain, André X, a appelé …" then "a déclaré le Premier ministre":
            # the one name no stage marked that the document writes with the title
            unmarked = _unmarked_title_holder(ctx, ps, pe)
            if unmarked is not None:
                return Speaker(unmarked, ps, pe, "role", None)
    return Speaker(None, ps, pe, "role", None)


#: Arabic: a name of two to four words in quotation marks, then a colon or the quotation itself.
_AR_QUOTED_HOLDER = re.compile(
    r'\s*["«“](?P<name>[\u0621-\u064a]+(?:\s+[\u0621-\u064a]+){1,3})["»”]\s*[:«"“]'
)


def _quoted_holder(ctx: Discourse, pe: int, end: int) -> Mention | None:
    """Arabic: the name a title is written with, in quotation marks, right before the quotation (المتحدث
    باسم الوزارة "X": "…"): a person, whatever type a stage gave the marked name (the marks make it
    look like a body's). A name no stage marked is not taken."""
    found = _AR_QUOTED_HOLDER.match(ctx.text, pe, min(len(ctx.text), end + 2))
    before = WORD.findall(fold(ctx.text[max(0, pe - 30) : pe]))
    if found is None or not before or before[-1] in ctx.cues.non_subject or before[-1] in ctx.cues.adverbial:
        return None  # 'وقال الوزير عن "…":' the title's words end with a preposition: no holder
    start, stop = found.span("name")
    marked = [m for m in ctx.mentions_in(start, stop) if m.start == start and m.end == stop]
    surface = found.group("name")
    first = fold(surface.split()[0])
    head = without_article(first)
    if first.startswith("ال"):
        return None  # 'رئيس "الهلال السعودي":' a person's name opens with a given name, not an article
    if (
        not marked
        or marked[0].label in ("GPE", "MEDIA")
        or head in ctx.cues.organization_ar | ctx.cues.title_nouns
    ):
        return None  # 'رئيس الشركة "مجموعة X"': a body's name
    if marked[0].label == "PER":
        return marked[0]
    # the person the marked name is (its canonical form: not to be turned back into the body)
    return Mention(start, stop, "PER", fold(surface), surface, surface)


#: Arabic prepositions, free or glued, that make the name after them someone else (مسؤول في حكومة الرئيس X).
_AR_PREPOSITION = re.compile(r"(?<![^\W_])(?:في|من|عن|على|إلى|الى|مع|لدى|ل\S+|ب\S+)(?![^\W_])")


def _name_ending_description(ctx: Discourse, ps: int, pe: int) -> Mention | None:
    """Arabic: an unnamed source's head, its body and adjectives, then a person's name ending the phrase
    (عضو الائتلاف الوطني السوري X): the description names its holder. Not past a preposition, and not
    a name right after a title (مستشار الرئيس X may be the president)."""
    people = [m for m in ctx.mentions_in(ps, pe + 1) if m.label == "PER"]
    if not people or ctx.text[people[-1].end : pe].strip() or not ARABIC.match(ctx.text, ps):
        return None
    m = people[-1]
    words = WORD.findall(ctx.text[ps : m.start])
    if not words or without_article(fold(words[0])) in ("مصدر", "مصادر"):
        return None  # a source stays unnamed
    if len(words) < 2 or _AR_PREPOSITION.search(" ".join(words[1:])):
        return None
    last = without_article(fold(words[-1]))
    if (
        ctx.cues.role.match(words[-1])
        or last in ctx.cues.anonymous_ar
        or re.fullmatch(AR_HONORIFIC_TITLES, last)
    ):
        return None
    return m


#: How far after a title phrase, past commas and further titles, the name that closes the subject may end.
CLOSING_NAME_CHARS = 140
#: what opens a clause of its own between a title and a name (إن …، الذي التقى …): the name is not the subject
_AR_THAT = re.compile(r"(?<![^\W_])(?:إن|أن|ان|انه|أنه|إنه|بأن|الذي|التي|الذين|اللذين|اللتين)(?![^\W_])")


def _name_closing_the_subject(ctx: Discourse, pe: int, end: int) -> Mention | None:
    """Arabic: a title phrase, then commas and further titles, then the person's name right where the
    words after the verb end (before the colon, the quotation mark or إن): that person is the subject."""
    people = [m for m in ctx.mentions_in(pe, min(end, pe + CLOSING_NAME_CHARS)) if m.label == "PER"]
    if not people:
        return None
    m = people[-1]
    between = ctx.text[pe : m.start]
    after = ctx.text[m.end : end]
    if (
        not re.fullmatch(r"[\s:،,]*(?:(?:إن|ان|أن)(?![^\W_]).*)?", after, flags=re.S)
        or _AR_THAT.search(between)
        or ctx.cues.verb.search(fold(between))
        or re.search(r"[.!?؟\n«»\"“”]", between)
        or not ctx.is_subject_position(m)
    ):
        return None
    return m


#: fr/en/ru: words that make a role phrase someone who took over (le nouveau maire, his successor), folded.
_NEW_HOLDER = frozenset(
    {"nouveau", "nouvel", "nouvelle", "successeur", "remplacant", "remplacante", "new", "successor",
     "новый", "новая", "новоизбранный", "новоизбранная", "преемник", "преемница"}
)  # fmt: skip


def _title_head(ctx: Discourse, ps: int, pe: int) -> str | None:
    """fr/en/ru: the stem of a role phrase's title word (le gouverneur -> gouvern, губернатор -> губернат)."""
    if ARABIC.search(ctx.text, ps, pe) is not None:
        return None
    words = WORD.findall(fold(DETERMINER.sub("", ctx.text[ps:pe])))
    if not words or len(words[0]) < 4:
        return None
    head = words[0]
    return head[: max(4, len(head) - 2)]


def _carries_title(ctx: Discourse, m: Mention, stem: str) -> bool:
    """The title word with ``stem`` is written right before the name, or set off after it by a comma
    ("губернатор области Вадим X", "Vadim X, gouverneur de …")."""
    before = re.split(r"[.;:!?؟\n«»\"“”()]", ctx.text[max(0, m.start - TITLE_CHARS) : m.start])[-1]
    *earlier, last = before.split(",")
    if not last.strip() and earlier:
        last = earlier[-1]  # "Le maire de Lille, Paul X": the title set off before the name
    raw_before = WORD.findall(last)[-4:]
    before_words = [fold(w) for w in raw_before]
    titled = [k for k, w in enumerate(before_words) if w.startswith(stem)]
    if titled and not only_title_before(ctx, raw_before[titled[-1] :]):
        before_words = []  # "The president met X": a verb between, the title is someone else's
    # an apposition closed by a comma or a full stop ("X, gouverneur de la région, a dit"), not the
    # subject of the next clause ("Interrogé sur X, le porte-parole a déclaré :")
    after = re.match(
        r"\s*,\s*(?:(?:le|la|l['’]|the|a|an|un|une)\s*)?([^\W\d_]+)[^,.;:!?«»\"“”\n]{0,60}[,.]",
        ctx.text[m.end : m.end + 2 * TITLE_CHARS],
    )
    after_words = [fold(after.group(1))] if after else []
    return any(w.startswith(stem) for w in before_words + after_words)


def _one_titled_in_document(ctx: Discourse, ps: int, pe: int) -> Mention | None:
    """fr/en/ru: the one person the document names with the role phrase's title word (before or after
    the phrase), at one of their first mentions; None when none or several are."""
    stem = _title_head(ctx, ps, pe)
    if stem is None:
        return None
    holders: dict[str, Mention] = {}
    seen: dict[str, int] = {}
    for m in ctx.mentions:
        if m.label != "PER" or m.via != "explicit" or seen.get(m.key, 0) >= 3:
            continue
        seen[m.key] = seen.get(m.key, 0) + 1
        if m.key not in holders and _carries_title(ctx, m, stem):
            holders[m.key] = m
    return next(iter(holders.values())) if len(holders) == 1 else None


#: fr/en/ru: a capitalised name of two or three words (André Nzapayéké, Jean-Marie Le Pen).
_CAPITALISED_FULL_NAME = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+){1,2}"


#: fr/en/ru words after a role phrase's title that say where, when or to whom (folded).
_NOT_TITLE_WORDS = frozenset(
    {
        "dans",
        "a",
        "au",
        "aux",
        "lors",
        "devant",
        "sur",
        "en",
        "pendant",
        "apres",
        "in",
        "at",
        "on",
        "during",
        "to",
    }
    | {"в", "во", "на", "журналистам"}
)


def _unmarked_title_holder(ctx: Discourse, ps: int, pe: int) -> Mention | None:
    """fr/en/ru: the one name no stage marked that the document writes right after the role phrase's
    own title words, past up to two lower-case adjectives and a comma ("Le Premier ministre centrafricain,
    André X, a appelé …"); None when there is none or several, or a word of it is a title or no name."""
    if ARABIC.search(ctx.text, ps, pe) is not None:
        return None
    title = WORD.findall(DETERMINER.sub("", ctx.text[ps:pe]))
    # the title's own words, not where or when it was said ("le Premier ministre dans une allocution")
    cut = next((i for i, w in enumerate(title) if fold(w) in _NOT_TITLE_WORDS), len(title))
    title = title[:cut]
    if not title or len(title) > 3:
        return None
    pattern = re.compile(
        r"(?<![\w'’-])(?i:" + r"\s+".join(re.escape(w) for w in title) + r")"
        r"(?:\s+[a-zà-ÿа-яё][\w'’-]*){0,2}\s*,?\s+(?P<name>"
        + _CAPITALISED_FULL_NAME
        + r")(?=\s*[,.;:]|\s+[a-zà-ÿа-яё])"
    )
    found: dict[str, tuple[int, int]] = {}
    for match in pattern.finditer(ctx.text):
        start, end = match.span("name")
        if start >= ps and start < pe:
            continue
        words = match.group("name").split()
        if any(fold(w) in NOT_NAME_WORDS or is_role_word(ctx, w) for w in words) or ctx.mentions_in(
            start, end
        ):
            continue
        found.setdefault(fold(match.group("name")), (start, end))
    if len(found) != 1:
        return None
    ((key, (start, end)),) = found.items()
    return Mention(start, end, "PER", key, None, ctx.text[start:end])


#: fr/en/ru: a quotation in guillemets or curly quotes, whose words do not count towards how far back a
#: role phrase looks ("Постпред X … «<a long quote>», — сказал дипломат": X is still in view).
#: A quotation in guillemets or curly quotes; a closing guillemet may be typed reversed («…« , a-t-il dit).
_QUOTATION = re.compile(r"«[^«»]{1,3000}(?:»|«(?=\s*[,.]))|“[^“”]{1,3000}”")


def _floor_past_quotations(text: str, floor: int, pos: int) -> int:
    """``floor`` moved back by the length of the quotations between it and ``pos``."""
    for quotation in reversed(list(_QUOTATION.finditer(text, max(0, floor - 3000), pos))):
        if quotation.end() <= floor:
            break
        floor = max(0, floor - (quotation.end() - max(quotation.start(), floor)))
    return floor


def _titled_newcomer(
    ctx: Discourse, speaker: Mention, phrase_class: str | None, ps: int, pe: int, floor: int
) -> Mention | None:
    """fr/en/ru: the role phrase does not fit who spoke last; the person named since, in the sentences
    before, whose title fits it (see :func:`_nearest_titled`)."""
    if phrase_class is None or ARABIC.search(ctx.text, ps, pe) is not None:
        return None
    last_named = max((m.end for m in ctx.mentions_in(floor, ps) if m.key == speaker.key), default=floor)
    sent_start = start_of_sentence(ctx.text, ps, floor)
    since = [
        m
        for m in ctx.mentions_in(last_named, ps)
        if m.label == "PER"
        and m.key != speaker.key
        and not (m.start >= sent_start and _in_opening_clause(ctx, sent_start, m, ps))
    ]
    return _nearest_titled(ctx, since, phrase_class, ps, pe, floor) if since else None


def _fits_a_newcomer_better(
    ctx: Discourse, speaker: Mention, phrase_class: str | None, ps: int, pe: int, floor: int
) -> bool:
    """fr/en/ru: the last speaker's title is only of the same group as the role phrase, and someone
    named since holds a title of the phrase's own class."""
    if phrase_class is None or ARABIC.search(ctx.text, ps, pe) is not None:
        return False
    if phrase_class in ctx.person_classes(speaker.key):
        return False
    last_named = max((m.end for m in ctx.mentions_in(floor, ps) if m.key == speaker.key), default=floor)
    return any(
        m.label == "PER" and m.key != speaker.key and phrase_class in ctx.person_classes(m.key)
        for m in ctx.mentions_in(last_named, ps)
    )


def _nearest_titled(
    ctx: Discourse, people: Sequence[Mention], phrase_class: str, ps: int, pe: int, floor: int
) -> Mention | None:
    """fr/en/ru: of several people in view, the one whose title agrees with a specific role phrase, past
    people whose titles disagree (the presidents named beside a spokeswoman). Two people whose titles
    agree, or a person with no known title nearer than the one that agrees, could each be the one meant,
    and give none. People named inside a quotation are not who the phrase refers to."""
    quoted = [q.span() for q in _QUOTATION.finditer(ctx.text, floor, ps)]
    found: Mention | None = None
    untitled_nearer = False
    for m in reversed(people):
        if any(a < m.start and m.end < b for a, b in quoted) or (found is not None and m.key == found.key):
            continue
        classes = ctx.person_classes(m.key)
        if not classes:
            untitled_nearer = untitled_nearer or found is None
            continue
        if roles_agree(phrase_class, classes, evidence=True) and not _nationalities_clash(ctx, ps, pe, m.key):
            if found is not None:
                return None
            found = m
    if found is not None and untitled_nearer and not _state_leader_phrase(ctx, phrase_class, found):
        return None
    return found


def _state_leader_phrase(ctx: Discourse, phrase_class: str, holder: Mention) -> bool:
    """A phrase for the leader of a state ("le chef de la junte", "the transitional president") and a
    holder the knowledge base records as one: a person named since with no title is not who it means."""
    return phrase_class in _STATE_LEADER_CLASSES and any(
        ctx.kb_office(m) in _SINGLE_HOLDER_CLASSES for m in ctx.mentions if m.key == holder.key
    )


#: Offices one person holds in a story: "رئيس الوزراء" far from anyone still names the one head of
#: government the document titled so (a minister or a general has peers, so they stay within view).
_SINGLE_HOLDER_CLASSES = frozenset({"head_of_state", "head_of_government"})
#: Role phrase classes that name a state's leader (le président, le chef de la junte).
_STATE_LEADER_CLASSES = _SINGLE_HOLDER_CLASSES | {"leader"}


def _only_holder_before(ctx: Discourse, pos: int, role_class: str) -> Mention | None:
    """The one person before ``pos`` whose own title has ``role_class``, when no other person does."""
    holders = {
        m.key: m
        for m in ctx.mentions_in(0, pos)
        if m.label == "PER" and role_class in ctx.person_classes(m.key)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _nationalities_clash(ctx: Discourse, ps: int, pe: int, key: str) -> bool:
    """An Arabic role phrase of one country (وزير الخارجية الفرنسي, وزير خارجية فرنسا) cannot refer to
    a person introduced as another's (وزير الخارجية الأمريكي X)."""
    words = WORD.findall(ctx.text[ps:pe])
    if words and not ARABIC.match(words[-1]):
        return _latin_nationalities_clash(ctx, ps, pe, key)
    if not words:
        return False
    last = words[-1]
    stem = nationality_stem(last)
    if stem is None and any(m.label == "GPE" and m.end == pe for m in ctx.mentions_in(ps, pe)):
        stem = without_article(fold(last)).rstrip("اةى")  # فرنسا -> فرنس, العراق -> عراق
    if stem is None:
        return False
    theirs = ctx.person_nationalities(key)
    return bool(theirs) and not any(t.startswith(stem) or stem.startswith(t) for t in theirs)


#: fr/en/ru adjectives of nationality (nigérien, malienne, Russian, российский), matched folded.
_LATIN_NATIONALITY = re.compile(
    r"(?:ien|ienne|ain|aine|ais|aise|ois|oise|ian|ese|ish|ийский|ийская|инский|инская|анский|анская)$"
)


def _latin_nationalities_clash(ctx: Discourse, ps: int, pe: int, key: str) -> bool:
    """fr/en/ru: "le président nigérien" after "Macron a reçu son homologue nigérien Bazoum": the
    nationality of the role phrase was written before another person in view, not before this one."""
    adjectives = [
        fold(w)[:6]
        for w in WORD.findall(ctx.text[ps:pe])
        if w[:1].islower() and _LATIN_NATIONALITY.search(fold(w)) and not is_role_word(ctx, w)
    ]
    if not adjectives:
        return False

    def described(m: Mention) -> bool:
        before = fold(ctx.text[max(0, m.start - TITLE_CHARS) : m.start])
        return any(a in w for w in WORD.findall(before) for a in adjectives)

    people = [m for m in ctx.mentions_in(max(0, ps - LOOKBACK_CHARS), ps) if m.label == "PER"]
    theirs = any(described(m) for m in people if m.key == key)
    others = any(described(m) for m in people if m.key != key)
    return others and not theirs


#: fr/en: a second title in apposition, up to its comma ("…, porte-parole du gouvernement, X").
_SECOND_TITLE = re.compile(
    r"(?:(?:le|la|l['’]|the)\s*)?(?P<role>[a-zà-ÿ][\w'’-]*)[^,.;:!?\n«»\"“”()]{0,60}(?=,)"
)


#: A comma and an article before a body's name in apposition ("ce groupe, le Mouvement pour …").
_BODY_APPOSITION = re.compile(r"\s*,\s*(?:(?:le|la|les|the)\s+|l['’]\s*)?")


def body_apposition(ctx: Discourse, pos: int) -> Mention | None:
    """fr/en: an organisation or armed group named in apposition right after ``pos``, where a body's
    common noun ended ("a affirmé ce groupe, le Mouvement pour le salut de l'Azawad (MSA)")."""
    lead = _BODY_APPOSITION.match(ctx.text, pos)
    if lead is None or ARABIC.search(ctx.text, pos, lead.end() + 1):
        return None
    return next(
        (
            m
            for m in ctx.mentions_in(lead.end(), lead.end() + 80)
            if m.start == lead.end() and m.label in ("ORG", "ARMED_GROUP")
        ),
        None,
    )


def apposition(ctx: Discourse, pos: int, *, stacked: bool = True) -> Mention | None:
    """A person named in apposition right after ``pos``: "…, Vedant Patel." / "…، بيت جوست، إن";
    after a second title in its own commas ("le ministre de X, porte-parole du gouvernement, Y")."""
    comma = re.match(r"\s*[،,]\s*", ctx.text[pos : pos + 4])
    if comma is None:
        return None
    at = pos + comma.end()
    second = _SECOND_TITLE.match(ctx.text, at, min(len(ctx.text), at + 90)) if stacked else None
    if (
        second is not None
        and is_role_word(ctx, second.group("role"))
        and ctx.cues.verb.search(fold(second.group())) is None
        and not ctx.mentions_in(at, second.end())
    ):
        return apposition(ctx, second.end(), stacked=False)
    for m in ctx.mentions_in(at, at + 80):
        if (
            m.label == "PER"
            and (
                m.start == at
                or _TITLE_WORDS.fullmatch(ctx.text, at, m.start)  # "…, le général X."
                or _ARABIC_TITLE_WORDS.fullmatch(ctx.text, at, m.start)  # "…، الشيخ X،"
            )
            and (
                re.match(r"\s*(?:$|[.،,:;؛\n])", ctx.text[m.end : m.end + 2])
                # a last name the tagger left out (عادل بن أحمد| الجبير،)
                or _ARABIC_NAME_REST.match(ctx.text, m.end) is not None
            )
        ):
            return m
    # a capitalised name no stage marked, set off by commas: "…, Vidant Patel." (Latin or Cyrillic)
    name = CAPITALISED_NAME.match(ctx.text, at, min(len(ctx.text), at + 80))
    if name is None:
        return None
    surface = name.group("name")
    return Mention(at, at + len(surface), "PER", fold(surface), None, surface)


#: Two capitalised words (Latin or Cyrillic, not acronyms) ending a phrase: a name.
_CAPITALISED_RUN_END = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+\s+[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+\s*$")
#: Up to two Arabic titles with the article before a name in apposition (الشيخ, الدكتور, اللواء).
_ARABIC_TITLE_WORDS = re.compile(r"(?:ال[\u0621-\u064a]{2,}\s+){1,2}")
#: One more Arabic word, then the comma that closes an apposition: the rest of a name.
_ARABIC_NAME_REST = re.compile(r"\s+[\u0621-\u064a]{3,}\s*[،,]")
#: Up to three lower-case words before a name in apposition (le général, the colonel).
_TITLE_WORDS = re.compile(r"(?:[a-zà-ÿа-яё][\w'’-]*\s+){1,3}")
#: One capitalised word: a surname between a quotation and its verb ('"…," Traoré said').
CAPITALISED_WORD = re.compile(r"(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+)")
#: Two to four capitalised words ending a clause (a name in apposition).
CAPITALISED_NAME = re.compile(
    r"(?P<name>(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+\s+){1,3}[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]+)(?=\s*(?:$|[.,;:\n]))"
)


def _after_speech_verb(ctx: Discourse, m: Mention) -> bool:
    """The mention is the subject named after a speech verb in its clause (VSO), or right before one (SVO).
    ru: a name in another case than the nominative is no subject ("Песков объяснил поведение Владимира
    Зеленского": Zelensky did not speak)."""
    if oblique_russian_name(m.text):
        return False
    before = re.split(r"[.!?؟:;؛\n\"«»“”]", ctx.text[max(0, m.start - 120) : m.start])[-1]
    words = [fold(w) for w in WORD.findall(before)][-SUBJECT_AFTER_VERB_WORDS:]
    if any(ctx.cues.verb.fullmatch(w) for w in words) and ctx.is_subject_position(m):
        return True
    clause = re.split(r"[.!?؟:;؛\n\"«»“”،,]", ctx.text[m.end : m.end + 30])[0]
    after = WORD.findall(fold(clause))[:1]
    return bool(after) and ctx.cues.verb.fullmatch(after[0]) is not None


#: What may stand between a subject and its verb: nothing, an apposition between commas, an auxiliary.
_ADJACENT = re.compile(
    r"^\s*(?:[،,]\s*+(?![وبلفك])[^،,.!?؟\n]{1,80}[،,])?[\s،,]*(?:(?:قد|كان|كانت|الذي|التي|also|aussi|также)\s+)*$"
)
#: How many words may precede the subject of a sentence (ولم يكشف ديارا …، إذ قال).
SUBJECT_WITHIN_WORDS = 5


#: fr/en/ru: what may stand between a comma and the body that opens the clause after it (an article).
_BODY_OPENING = re.compile(r"\s*[,]\s*(?:(?:the|le|la|les|l['’])\s*)?$", re.IGNORECASE)


#: fr/en: a comma, then a subject written with its article before the verb ("…, le mouvement a affirmé").
_WRITTEN_SUBJECT_AFTER_COMMA = re.compile(
    r"\s*,\s*(?:the|le|la|les|l['’]|ce|cet|cette)\s*[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,2}\s*",
    re.IGNORECASE,
)


def _body_opening_clause_before_verb(ctx: Discourse, start: int, verb_start: int) -> Mention | None:
    """fr/en/ru: a named body opening the clause after a comma, right before the verb: the verb's subject,
    not the person named in the phrase before the comma (who signed the statement, who spoke for it)."""
    if ARABIC.search(ctx.text, start, verb_start) is not None:
        return None
    for b in ctx.mentions_in(start, verb_start):
        if (
            b.label in ("ORG", "ARMED_GROUP", "MEDIA")
            and _BODY_OPENING.search(ctx.text, start, b.start)
            and _ADJACENT.match(ctx.text[b.end : verb_start])
        ):
            return b
    return None


def subject_before(
    ctx: Discourse, sent_start: int, verb_start: int, *, participle: bool = False
) -> Speaker | None:
    """The subject named before the verb: right before it (X said / X، وزير…، قال), the author of
    a statement (في بيان صدر عن X، قال:), or the subject that opens the sentence (وأشار X إلى … وقال).
    A participle (…، قائلاً) takes the subject of the main clause, never the noun just before it."""
    candidates = [
        m
        for m in ctx.mentions_in(sent_start, verb_start)
        if m.label == "PER"
        and (ARABIC.search(m.text) or not quoted_before(ctx.text, sent_start, m.start))
        and not oblique_russian_name(m.text)  # ru: "X, комментируя слова Ивана Петрова, сказал": no subject
    ]  # fr/en/ru: « … C'est Tinubu du Nigeria … », a énuméré X: a name inside the quote is no subject
    if not candidates:
        return None
    last = candidates[-1]
    conjoined = ctx.text[verb_start : verb_start + 1] in ("و", "ف")  # "تصريحات المالكي وقال": a new clause
    if (
        not participle
        and not conjoined
        and _ADJACENT.match(ctx.text[last.end : verb_start])
        and ctx.is_subject_position(last)
    ):
        relative_head = _relative_clause_head(ctx, candidates, last)
        if relative_head is not None:  # "X الذي رفع شروطه في وجه Y يقول": the verb is X's, Y ends the clause
            if relative_head is last:
                return None
            return Speaker(relative_head, relative_head.start, relative_head.end, "subject", None)
        return Speaker(last, last.start, last.end, "subject", None)
    for m in reversed(candidates):
        # "بيان صدر عن X" / "statement by X" / "بيان وقعه X": the preposition or signer introduces the author
        head = fold(ctx.text[max(sent_start, m.start - 50) : m.start])
        phrase = [
            fold(w)
            for w in WORD.findall(
                re.split(r"[،,.:;؛\n]", ctx.text[max(sent_start, m.start - 40) : m.start])[-1]
            )
        ]
        if any(w in ("عن", "by", "de") or w in ctx.cues.statement_signed for w in phrase[-4:]) and any(
            n in head for n in ctx.cues.statement_nouns
        ):
            body = _body_opening_clause_before_verb(ctx, m.end, verb_start)
            if body is not None:  # "Dans un communiqué signé de son porte-parole X, le FLA affirme": the FLA
                return Speaker(body, body.start, body.end, "subject", None, kind="organization")
            if _WRITTEN_SUBJECT_AFTER_COMMA.fullmatch(ctx.text, m.end, verb_start):
                return None  # "…, le mouvement affirme": a subject of its own, which X only signed for
            return Speaker(m, m.start, m.end, "subject", None)
    first = candidates[0]
    if ARABIC.search(ctx.text, sent_start, verb_start) is None:
        opening = _clause_opening_person(ctx, sent_start, candidates[1:], verb_start)
        if opening is not None:
            # "X a rappelé que Y disait : « … »", "Как рассказал X, Y тогда сказал:": the verb is Y's
            return opening if isinstance(opening, Speaker) else None
    within = SUBJECT_WITHIN_WORDS * (2 if participle else 1)
    if _in_opening_clause(ctx, sent_start, first, verb_start):
        return None  # "Asked whether X would come, the official said": X is in a clause before the subject
    if _object_of_opening_verb(ctx, sent_start, first):
        return None  # "كما أدانت تشكيل وزيرة القضاء X لجنة …، مشيرة": X completes the verb's object
    if (
        ARABIC.match(first.text)
        and after_subordinator(ctx, verb_start)
        and COMPLEMENTIZER.search(ctx.text, first.end, verb_start)
    ):
        return None  # "وقال X إن … لما أعلنه سموه حينما قال «…»": the subordinate verb's subject is another's
    if ARABIC.match(first.text) and in_colon_speech(ctx, first.start):
        return None  # "وزاد: لقد التقيت رئيس الهيئة X …، وأضاف": X is in what was said
    if ARABIC.match(first.text) and _another_subject_spoke_since(ctx, first, verb_start):
        return None  # "وكان الحزب بزعامة X … وقال المتحدث باسمه Y … وأضاف": not X, who never spoke
    if len(WORD.findall(ctx.text[sent_start : first.start])) <= within and ctx.is_subject_position(first):
        return Speaker(first, first.start, first.end, "subject", None)
    if participle and ARABIC.match(ctx.text, verb_start):
        # "…، واكتفى الناطق باسمها X بالقول": the participle's main clause is the last one joined by و
        joins = list(_AR_CLAUSE_JOIN.finditer(ctx.text, sent_start, verb_start))
        clause_start = joins[-1].end() if joins else None
        clause_opening = [m for m in candidates if clause_start is not None and m.start >= clause_start]
        if (
            clause_opening
            and len(WORD.findall(ctx.text[clause_start : clause_opening[0].start])) <= SUBJECT_WITHIN_WORDS
            and ctx.is_subject_position(clause_opening[0])
            and not re.search(r"[،,:;؛]", ctx.text[clause_opening[0].end : verb_start])
        ):
            return Speaker(clause_opening[0], clause_opening[0].start, clause_opening[0].end, "subject", None)
    return None


#: Arabic relative pronouns opening a clause about the noun before them.
_AR_RELATIVE = re.compile(r"\s*[،,]?\s*(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?![\u0621-\u064a])")


def _relative_clause_head(ctx: Discourse, candidates: Sequence[Mention], last: Mention) -> Mention | None:
    """Arabic: ``last`` (the name right before the verb) is inside a relative clause about an earlier person
    ("فابيوس الذي غالبا ما رفع شروطه في وجه ظريف يقول"): that earlier person, whose verb it is, when
    they are in subject position; ``last`` itself when unsure (no subject then); None when no such clause."""
    if _AR_RELATIVE.match(ctx.text, last.end) is not None:
        return None  # "بحسب ما أكد X الذي قال:": the verb is in X's own relative clause
    for m in candidates:
        if m.end > last.start:
            break
        relative = _AR_RELATIVE.match(ctx.text, m.end)
        if m.key == last.key or relative is None:
            continue
        if re.search(r"[.!?؟\n«»\"“”،,]", ctx.text[relative.end() : last.start]):
            continue  # the relative clause ended before the name (X، الذي …، قال Y)
        return m if ctx.is_subject_position(m) else last
    return None


def _another_subject_spoke_since(ctx: Discourse, first: Mention, verb_start: int) -> bool:
    """Arabic: between the person opening a long sentence and a later verb, a speech verb of the chain
    has a subject resolved to someone else (a role's holder, a name no stage marked, another person):
    the later verb goes on with them, and the sentence's opening person is no longer in view. (A verb
    whose written subject names nobody known is no evidence here: كتبت تغريدة, an object, reads so.)"""
    at = bisect.bisect_left(ctx.event_starts, first.end)
    for event in ctx.events[at:]:
        if event.start >= verb_start:
            break
        speaker = event.speaker
        if (
            speaker is not None
            and speaker.via != "pronoun"
            and (speaker.mention is None or speaker.mention.key != first.key)
        ):
            return True
    return False


#: fr/en/ru: "that" right before a name (que, qu', что, that), up to its end.
_THAT_BEFORE = re.compile(r"(?<![^\W_])(?:que\s+|qu['’]|что\s+|that\s+)\Z", re.IGNORECASE)


#: fr/en/ru: a sentence opening with "as X said" (Как рассказал X, Comme l'a dit X, As X said).
_AS_OPENING = re.compile(r"\s*(?:как|comme|as)\b", re.IGNORECASE)


def _clause_opening_person(
    ctx: Discourse, sent_start: int, later: Sequence[Mention], verb_start: int
) -> Speaker | bool | None:
    """fr/en/ru: a person after the sentence's first one who opens a clause of their own (after a comma
    or that/que/что). The last of them with nothing but adverbs before the verb is its subject when the
    clause before is a report ("X a rappelé que Y disait", "Как рассказал X, Y сказал"); otherwise
    the subject is unsure (True); None when no such person."""

    def after_that(m: Mention) -> bool:  # "que Y", "что Y" (the "a" of "a rappelé que" is no "à")
        return _THAT_BEFORE.search(ctx.text, max(sent_start, m.start - 8), m.start) is not None

    openers = [
        m
        for m in later
        if not possessive(ctx.text, m)
        and (
            after_that(m)
            or (
                re.search(r",\s*$", ctx.text[sent_start : m.start]) is not None and ctx.is_subject_position(m)
            )
        )
    ]
    if not openers:
        return None
    last = openers[-1]
    reported = after_that(last) or _AS_OPENING.match(ctx.text, sent_start) is not None
    if (
        last is later[-1]
        and reported
        and not re.search(r"[,;:]", ctx.text[last.end : verb_start])
        and len(WORD.findall(ctx.text[last.end : verb_start])) <= 2
    ):
        return Speaker(last, last.start, last.end, "subject", None)
    return True


#: Arabic: a comma, then و opening a new clause with its own verb (…، واكتفى الناطق …).
_AR_CLAUSE_JOIN = re.compile(r"[،,]\s*(?=[وف][\u0621-\u064a]{3,})")


#: Arabic nouns that name a person in construct with a title (مساعد وزير الخارجية X: X is the aide), folded.
_PERSON_HEADS = frozenset(
    fold(w)
    for w in (
        "مساعد",
        "مساعدة",
        "نجل",
        "ابن",
        "ابنة",
        "أرملة",
        "محامي",
        "سكرتير",
        "أمين",
        "كبير",
        "رئيسة",
        "حرم",
    )
)


def _object_of_opening_verb(ctx: Discourse, sent_start: int, m: Mention) -> bool:
    """Arabic: the sentence opens with a verb, then a noun that is no title nor a person (تشكيل، قرار،
    زيارة) in construct with a title, and the name of that title's holder: the name completes the verb's
    object ("أدانت تشكيل وزيرة القضاء X لجنة"); the verb's subject is someone else."""
    if ARABIC.match(m.text) is None:
        return False
    words = [fold_word(w) for w in WORD.findall(ctx.text[sent_start : m.start])]
    if re.search(r"[،,:;؛]", ctx.text[sent_start : m.start]):
        return False
    for k in range(1, min(len(words) - 1, 3)):
        if k == 2 and words[0] not in _VERB_PARTICLES:
            break  # "وعقب المباراة حفز رئيس البعثة X": a phrase of time opens it, not the verb and its object
        head = words[k]
        if ctx.cues.role.fullmatch(words[k + 1]) is None:
            continue
        before = words[k - 1]
        return not (
            head.startswith("ال")
            or ctx.cues.role.fullmatch(head) is not None
            or head in ctx.cues.anonymous_ar
            or head in ctx.cues.adverbial
            or head in _PERSON_HEADS
            or re.fullmatch(f"[وف]?(?:{AR_HONORIFIC_TITLES})", head)
            or before in ctx.cues.adverbial
            or before in ctx.cues.non_subject
        )
    return False


#: Arabic particles that may stand before the verb opening a sentence (كما أدانت، وقد أعلن), folded.
_VERB_PARTICLES = CLAUSE_PARTICLES | {fold_word("كذلك"), fold_word("وكذلك")}


#: fr/en/ru words that open a clause before the sentence's subject ("Asked whether X …, the official
#: said"; "Interrogé sur X, le ministre a …"; "Отвечая на вопрос о X, министр …").
_OPENING_CLAUSE_WORDS = frozenset(
    {"asked", "speaking", "commenting", "responding", "referring", "after", "before", "when", "while",
     "following", "although", "unlike", "like", "interroge", "interrogee", "questionne", "evoquant",
     "commentant", "repondant", "apres", "avant", "lors", "quand", "contrairement", "comme",
     "отвечая", "комментируя", "говоря", "после", "когда", "в отличие"}
)  # fmt: skip


def _in_opening_clause(ctx: Discourse, sent_start: int, m: Mention, verb_start: int) -> bool:
    """fr/en/ru: ``m`` sits in a participial or subordinate clause that opens the sentence and ends
    with a comma before the verb: not the verb's subject."""
    words = WORD.findall(ctx.text[sent_start : m.start])
    if not words or ARABIC.search(words[0]) or fold(words[0]) not in _OPENING_CLAUSE_WORDS:
        return False
    return "," in ctx.text[m.end : verb_start]


def names_a_subject(ctx: Discourse, start: int, end: int) -> bool:
    """Arabic: the words between a verb and the quote begin with its subject (وقالت الوزارة:)."""
    words = WORD.findall(fold(ctx.text[start:end]))
    if words and (words[0] in _ABOUT_OR_TO_PRONOUN or _adverbial_with_pronoun(ctx, words[0])):
        # "ويقول عنه «…»", "قال له:": about or to someone named before; "أكد فيه"، "وتوعد خلاله": where it
        # was said; a subject may follow either (قالت عنها X، أكد فيه الوزير)
        first_word = WORD.search(ctx.text, start, end)
        return first_word is not None and names_a_subject(ctx, first_word.end(), end)
    if not words:
        return False
    first = words[0]
    if first in ctx.cues.adverbial or (first[:1] in "وف" and first[1:] in ctx.cues.adverbial):
        return False
    if ctx.cues.verb.fullmatch(first) or ctx.cues.pronoun.fullmatch(first):
        return False  # واستدرك بقوله:، وتابع قائلا:، وقال سموه: no name is written
    if first in ("ل", "ب") or (first[:1] == "ل" and without_article(first[1:]) in ctx.cues.organization_ar):
        return False  # يقول لـ"الوطن"، قال لشبكة سي إن إن: whom it was said to
    if first in _CIRCUMSTANTIAL_PRONOUNS:
        return False  # "وقالت وهي تبكي إنها …": a clause about the verb's own (unwritten) subject
    if first in _OBJECT_PRONOUNS:
        return False  # "معتبرا إياها «…»": what the words are about, the verb's own subject unwritten
    if first in cue_words("object_nouns_ar"):
        return False  # "وأكد أهمية …", "وجدد رفضه …": what was said, the verb's own subject unwritten
    if first[:1] == "ل" and _told_to_mention(ctx, start):
        return False  # "وقالت لرويترز", "وقال لمحمد": the name glued to ل is whom it was said to
    return not first.startswith(("لل", "بال", "وبال", "ولل"))


#: Arabic (folded): عن or ل with an attached pronoun right after a speech verb (ويقول عنه، قال لها): whom the
#: words are about or said to, no subject. Not عليه (وقال عليه السلام: an honorific of the one speaking).
_ABOUT_OR_TO_PRONOUN = frozenset(
    fold(w) for w in ("عنه", "عنها", "عنهم", "عنهما", "له", "لها", "لهم", "لهما")
)
#: Arabic (folded): a separate pronoun after و opening a circumstantial clause right after a speech verb
#: ("وقالت وهي تبكي", "وأضاف وهو يشير"): it stands for the verb's own subject, it names none.
_CIRCUMSTANTIAL_PRONOUNS = frozenset(fold(w) for w in ("وهو", "وهي", "وهم", "وهن", "وهما"))
#: Arabic (folded): a detached object pronoun right after a verb of saying or describing ("واصفا إياه
#: بـ«…»", "معتبرة إياها «…»"): the object, never the verb's subject.
_OBJECT_PRONOUNS = frozenset(fold(w) for w in ("إياه", "إياها", "إياهم", "إياهما", "إياهن"))


#: Arabic (folded): third-person pronouns attached to a preposition or an adverb (فيه، خلالها، عليهم).
_ATTACHED_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")


def _adverbial_with_pronoun(ctx: Discourse, word: str) -> bool:
    """A preposition or adverb of the words that may follow a speech verb, with a pronoun attached (قال فيها،
    أكد خلاله، ردت عليها): it refers back to a statement or a person, it is no subject."""
    if word in ctx.cues.adverbial:
        return False  # أنه، إنها: what was said follows, read as such
    for suffix in _ATTACHED_PRONOUNS:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and stem in ctx.cues.adverbial and stem not in _NOT_PLACE_STEMS:
            return True
    return False


#: Stems the pronoun makes no place of the saying (folded): أن/إن + ه opens what was said; على + ه is
#: an inscription ("وكتب عليه «…»") or the honorific of the one speaking ("قال عليه السلام").
_NOT_PLACE_STEMS = frozenset({"ان", "علي"})


def about_or_to_last_named(ctx: Discourse, v_start: int, v_end: int, found: Speaker) -> bool:
    """Arabic: عنه/له right after the speech verb refers to someone named before, most likely the last
    person named before the verb (وتحول X إلى الحديث عن Y وقال عنه؛ ألح عليه Y … قال له): when the speaker
    found is that person, the words are about or to them, not theirs."""
    words = WORD.findall(fold(ctx.text[v_end : v_end + 12]))
    if not words or words[0] not in _ABOUT_OR_TO_PRONOUN or found.mention is None or found.start > v_end:
        return False  # "التي قال عنها X «…»": X is written as the subject after the pronoun
    people = [m for m in ctx.mentions_in(max(0, v_start - LOOKBACK_CHARS), v_start) if m.label == "PER"]
    return bool(people) and people[-1].key == found.mention.key


def _told_to_mention(ctx: Discourse, start: int) -> bool:
    """Arabic: the first word after a speech verb is ل glued to a name a stage marked (لرويترز, لسلمان):
    the addressee, not the subject."""
    first = WORD.search(ctx.text, start)
    if first is None:
        return False
    return any(m.start == first.start() + 1 for m in ctx.mentions_in(first.start(), first.end() + 80))


#: Words that end an Arabic description (مصدر عسكري مالي | لوكالة …، أن …، خلال …).
DESCRIPTION_STOP = frozenset(
    fold(w)
    for w in (
        "أن",
        "إن",
        "أنه",
        "إنه",
        "أنها",
        "إنها",
        "بأنه",
        "بأنها",
        "بأن",
        "خلال",
        "أمس",
        "اليوم",
        "عن",
        "على",
        "إلى",
        "الى",
        "لدى",
        "مع",
        "قائلا",
        "قائلة",
    )
)
#: Latin/Cyrillic words that end a described subject (a source close to X | told, that, que, что).
_LATIN_STOP = frozenset(
    ("that", "que", "qu", "что", "told", "on", "a", "à", "au", "ce", "when", "lors", "during")
)


def anonymous_phrase(ctx: Discourse, words: Sequence[tuple[int, int, str]]) -> Speaker:
    """The description of an unnamed source as written, up to what ends it (لوكالة، أن، told, that)."""
    kept = [words[0]]
    for word in words[1 : MAX_DESCRIPTION_WORDS + 1]:
        w = word[2]
        if w in DESCRIPTION_STOP or w in _LATIN_STOP:
            break
        if w[:1] == "ل" and ARABIC.match(w) and len(kept) > 1:
            break  # لوكالة فرانس برس، للصحفيين: whom it was told to
        if w == "في" and any(
            n in w2 for _, _, w2 in words[len(kept) : len(kept) + 2] for n in ctx.cues.statement_nouns
        ):
            break  # في تصريح، في بيان
        if ctx.cues.verb.fullmatch(w):
            break
        if ARABIC.match(w) and len(w) > 4 and w.endswith("ا") and not w.startswith("ال"):
            break  # مكتفيا، رافضا: an accusative participle or adverb after the description
        kept.append(word)
    named = _name_ending_description(ctx, kept[0][0], kept[-1][1])
    if named is not None:  # "عضو الائتلاف الوطني السوري X": the member is named
        return Speaker(named, named.start, named.end, "subject", None)
    return Speaker(None, kept[0][0], kept[-1][1], "explicit", None, kind="anonymous")


def person_role(ctx: Discourse, folded: str) -> re.Match[str] | None:
    """The role phrase opening ``folded``, unless its role word is part of a body's head (fr/en/ru: the
    general staff, l'état-major général: the words name the body, not a person of that rank)."""
    role = ctx.cues.role.match(folded)
    if role is None:
        return None
    at = role.start("role" if role.group("role") else "bare")
    return (
        None if any(o.start() <= at < o.end() for o in ctx.cues.organization_other.finditer(folded)) else role
    )
