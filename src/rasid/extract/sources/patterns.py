"""The source patterns per language, compiled from the cue data: citing and telling verbs, credits, channels,
research and vague sources, and the anchor words that decide where each is tried."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from rasid.extract.cues import (
    B_END,
    B_START,
    alternation,
    first_words,
    fold,
    load_cues,
)
from rasid.extract.sources.cues import (
    INTERVIEW_LEADS,
    LATIN_LETTER_NAMES,
    QUOTED_NAME,
    RussianDeclension,
    SourceCues,
    russian_declension,
    russian_phrase_case_forms,
    source_cues,
)


@lru_cache(maxsize=8)
def patterns(
    extra_files: tuple[str, ...], kb_files: tuple[str, ...], use_kb: bool
) -> dict[str, re.Pattern[str]]:
    data = load_cues("sources", extra_files)
    sc = source_cues(extra_files, kb_files, use_kb)
    heads = alternation(data["outlet_heads"])
    # a name of up to three words, which stops before a function word ("… الألمانية إن", "… nabaa that")
    # (ان opens a name spelled in Latin letter names: "قناة ان اتش كي", "قناة إن بي سي")
    word = (
        rf"(?!ان(?![^\W_])(?![\s.]+(?:{LATIN_LETTER_NAMES})(?![^\W_])))"
        # (a clause opener after the name: "وفقا لمجلة ساينس فإن …", "… حيث", "… والتي")
        r"(?!(?:بان|بانه|انه|انها|انهم|فان|فانه|فانها|حيث|كما|وقد|قد|والتي|والذي|بينما|لكن|وذلك|الاسبوع|الشهر|مؤخرا|"
        r"عن|التي|الذي|في|من|علي|الى|الي|مع|بعد|قبل|امس|اليوم|هذا|هذه|ذلك|تلك|يوم|بتاريخ|خلال|حول|"
        r"الجمعه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|"
        r"that|on|in|de|du|que|a|о|что|в)(?![^\W_]))"
    )
    # later words of a name are not indefinite accusatives ("التلفزيون الرسمي صورا": صورا is an object)
    later = r"(?![^\s،,.:;!?\"«»“”()\[\]]*[اى](?![^\W_]))"
    # a word, or letter names joined by dots ("إن.بي.سي", "سي.إن.إن"), which a sentence's full stop is not
    token = r"(?:(?:[^\W\d_]{1,3}\.){1,4}[^\W\d_]{1,3}(?![^\W_])|[^\s،,.:;!?\"«»“”()\[\]]+)"
    name_words = rf"{word}{token}(?:\s+{word}{later}{token}){{0,2}}"
    article = r"(?:(?:the|le|la|les)\s+|l'|d')?"
    # an outlet the KB knows, a head noun and a name (صحيفة …, le journal …), or a short quoted name, which
    # may follow its head noun whatever its words ("لصحيفة “اليوم”": a quoted name is no time word)
    # or, after its head noun only, a name in parentheses ("قناة (إن.تي.في)")
    quoted = (
        rf"|(?:(?:{heads})\s+)?[\"«“](?P<qname>[^\"»”\n\d]{{2,40}}?)[\"»”]"
        rf"|(?:{heads})\s+\((?P<pname>[^()\"»”\n\d]{{2,40}}?)\)"
    )
    # "a confié au Monde", "au Figaro": à + le contracted before an outlet whose name starts with Le (the
    # capital is checked on the written text: "au monde entier" is no outlet)
    contracted = alternation([k[3:] for k in sc.outlets if k.startswith("le ") and len(k) >= 6]) or "(?!x)x"
    outlet = (
        rf"(?:(?:{heads})\s+)?{article}[\"«“(]?\s*(?P<known>{sc.outlet_alt})[\"»”)]?{B_END}"
        rf"|{article}(?P<head>{heads})\s+[\"«“]?(?P<named>{name_words})[\"»”]?{quoted}"
        rf"|(?:(?<=au )|(?<=du ))(?P<contracted>{contracted}){B_END}"
        if sc.outlet_alt
        else rf"(?P<head>{heads})\s+[\"«“]?(?P<named>{name_words})[\"»”]?{quoted}"
    )
    ar_verbs = alternation(data["ar_report_verbs"])
    ar_times = alternation(data["ar_time_fillers"])
    ar_staff = alternation(data["ar_staff_words"])
    # Arabic agency names long enough not to be another word after ل: "قال … لرويترز" (not لبنا, لقنا)
    long_agencies = (
        alternation(
            [k for k in sc.agencies if re.search("[\u0600-\u06ff]", k) and len(k.replace(" ", "")) >= 5]
        )
        or "(?!x)x"
    )
    cited = alternation(data["cited_cues"])
    centre_heads = alternation(data["research_centre_heads"])
    centre_word = r"[^\s.,،:؛;\"«»“”()]+"
    # the Arabic outlet head nouns, folded, that the told slot "ل + head + name" takes (موقع apart, see told_outlet)
    told_heads = alternation(
        [fold(h) for h in data["outlet_heads"] if re.match("[\u0600-\u06ff]", h) and not h.startswith("موقع")]
    )
    agency_adjectives = alternation([fold(a)[2:] for a in data["agency_adjectives"]])
    told = alternation(data["told_cues"])
    platforms = alternation(
        [*data["platforms"], *_declined_platforms(data["platforms"], russian_declension(extra_files))]
    )
    channel_words = alternation(data["channel_words"])
    evidence = alternation(data["research_evidence"])
    reported = alternation(russian_past_forms(data["reported_verbs"]))
    glue = alternation(data["channel_glue"])
    vague_cues = alternation([*data["vague_cues"], *data["cited_cues"], *data["ar_report_verbs"]])
    return {
        "label_line": re.compile(
            # (a dash between spaces for the colon, folded to "-": "Источник — Lenta.ru")
            rf"(?m)^[ \t]*(?:{alternation(data['source_labels'])})(?:[ \t]*:|[ \t]+-)[ \t]*(?P<rest>[^\n]+?)[ \t]*$"
        ),
        "original_label": re.compile(rf"{B_START}(?:{alternation(data['original_labels'])}){B_END}\s*:?"),
        "paren_agency": re.compile(rf"[(\[]\s*(?P<known>{sc.agency_alt})\s*[)\]]"),
        # an agency's archive or pool picture credited in a caption: "[POOL/AFP/Archives]", "AFP/Archives"
        # (the agency alternation is tried only in a text that has such a credit word by a slash)
        "photo_agency_hint": re.compile(rf"/\s*(?:archives?|files?|pool){B_END}|{B_START}pool\s*/"),
        "photo_agency": re.compile(
            rf"(?:{B_START}pool\s*/\s*)?(?:{sc.agency_alt})\s*/\s*(?:archives?|files?|pool){B_END}"
            rf"|{B_START}pool\s*/\s*(?:{sc.agency_alt}){B_END}"
        ),
        # "/ТАСС/", "/Корр. ТАСС/" (the agency's correspondent)
        "slash_agency": re.compile(rf"/\s*(?:корр\.\s*)?(?P<known>{sc.agency_alt})\s*/"),
        "dash_agency": re.compile(rf"(?m)[-—–]\s*(?P<known>{sc.agency_alt})\s*\.?[ \t]*$"),
        # any KB outlet closing its paragraph as a credit: "… de combats. (BBC)", a line "— Lenta.ru"
        "closing_outlet": re.compile(
            rf"(?m)(?:(?<=[.!?\"»”])[ \t]*[(\[]|^[ \t]*[-—–])[ \t]*(?P<known>{sc.outlet_alt or '(?!x)x'})"
            rf"[ \t]*[)\]]?[ \t]*\.?[ \t]*$"
        ),
        # a dateline: "الرياض - واس:", "باماكو 14 تموز (أ ف ب) -" is paren_agency
        # or the agency first, then the place: "واس- الرياض:"
        "lead_agency": re.compile(
            rf"(?m)(?:^[^\n\d:]{{0,40}}?[-—–]\s*"
            rf"|^[ \t]*(?=(?:{sc.agency_alt})\s*[-—–]\s*[^\n\d:\-—–]{{2,30}}:))"
            rf"(?P<known>{sc.agency_alt})\s*(?=[:\-—–])"
        ),
        # datelines naming any KB outlet: "WASHINGTON (CNN) —", "МОСКВА, 21 авг — РИА Новости."
        "paren_outlet_dateline": re.compile(
            rf"[(\[]\s*(?P<known>{sc.outlet_alt or '(?!x)x'})\s*[)\]]\s*(?=[-—–:])"
        ),
        # a KB outlet opening a line of the lead, then a dash: "VOA Afrique – Selon l'état-major, …" (not in
        # Arabic, whose datelines open with a city that may also name a paper: "الرياض - ")
        "outlet_first_dash": re.compile(
            rf"(?m)^[ \t]*(?=[^\u0600-\u06ff])(?P<known>{sc.outlet_alt or '(?!x)x'})[ \t]*[-—–][ \t]+(?=[^\W\d_])"
        ),
        # "MOSCOU, 5 juillet - RIA Novosti.", also with the dash glued to the date ("5 juillet-RIA Novosti.")
        "lead_dash_outlet": re.compile(
            rf"(?m)^[^\n]{{0,50}}?(?:\s|(?<=[^\W_]))[-—–]\s*(?P<known>{sc.outlet_alt or '(?!x)x'})\s*[.:](?=\s)"
        ),
        # the same dateline anywhere in a page, where the place, the day and the month make it one: "МОСКВА,
        # 27 июн — РИА Новости." after a page's menus (a title "… - РИА Новости, 02.03.2020" has no place)
        "dated_dash_outlet": re.compile(
            rf"(?m)^[^\W\d_][^\n\d,]{{0,30}},\s*\d{{1,2}}\s+[^\W\d_]{{3,9}}\.?\s*[-—–]\s*"
            rf"(?P<known>{sc.outlet_alt or '(?!x)x'})\s*[.:](?=\s)"
        ),
        # a filler may stand between: "selon les informations du Parisien", "بحسب تقديرات رويترز"
        "cited": re.compile(
            # (a Russian day and date may follow the cue: "Об этом написали в четверг, 29 января, «Гаарец»")
            rf"{B_START}(?:[وف])?(?:{cited})(?:\s+(?:{_RU_DAYS})(?:\s*,?\s*\d{{1,2}}\s+[а-я]+)?\s*,?)?"
            rf"(?:(?:\s+|(?<=ل))(?:{alternation(data['cited_fillers'])}))?"
            rf"(?:\s+|(?<=ل))(?:{outlet})"
        ),
        "study_journal": re.compile(
            rf"{B_START}(?:[وف])?(?:ال|لل|ل|ب|بال)?(?:{alternation(data['study_nouns'])})"
            rf"(?:\s+(?!في|ب)[^\s.,،:؛;\"«»“”()]+){{0,3}}?\s+(?:(?:نشرت|نشر|المنشوره|منشوره)\s+)?(?:في\s+|ب)"
            rf"(?P<journal>(?:ال)?(?:{alternation(data['journal_heads'])})(?:\s+ال[^\s\"«“]+يه){{0,3}}"
            # (a journal left unnamed, "بالدورية الطبية الشهيرة", is none: an adjective is no name)
            rf"(?:\s*[\"«“](?P<qname>[^\"»”\n\d]{{2,80}}?)[\"»”]|\s+(?!ال[^\s]+ه(?![^\W_]))(?P<named>{name_words})))"
        ),
        "org_website": re.compile(
            rf"{B_START}(?:[وف])?(?:{alternation([*data['posted_on_cues'], *data['site_cues']])}|{ar_verbs})\s+"
            # (the owner may be an outlet with its quoted name: "الموقع الإلكتروني لصحيفة «…»")
            rf"(?P<site>(?:ال)?موقع\s+(?:{alternation(data['site_adjectives'])})\s+(?:لل|ل)"
            rf"(?P<owner>(?:{heads})\s+[\"«“][^\"»”\n]{{2,40}}[\"»”]|{name_words})"
            rf"|موقع\s+(?P<owner_before>{name_words})\s+(?:{alternation(data['site_internet'])})){B_END}"
        ),
        # an interview right before the site it was posted on is found as the interview: "في مقابلة نشرت على موقع …"
        "interview_just_before": re.compile(
            rf"{B_START}(?:{alternation(data['interview_nouns'])})(?:\s+[^\s]+)?\s*$"
        ),
        "posted_on": re.compile(
            rf"{B_START}(?:[وف])?(?:{alternation(data['posted_on_cues'])})\s+"
            rf"(?:(?:(?:{heads})\s+)?[\"«“]?(?P<known>{sc.outlet_alt or '(?!x)x'})[\"»”]?{B_END}"
            rf"|(?:{heads})\s+[\"«“](?P<qname>[^\"»”\n\d]{{2,40}}?)[\"»”])"
        ),
        # "ذكرت صحيفة …", "قالت وكالة رويترز": an Arabic reporting verb, then an outlet with its head noun
        # an agency named by its nationality after a citing cue: "وفقا للألمانية.", "ذكرت الفرنسية أن"
        "agency_adjective": re.compile(
            rf"{B_START}(?:[وف])?(?:{cited}|{ar_verbs})(?:\s+|(?<=ل))(?P<adjective>(?:ال|ل)(?:{agency_adjectives}))"
            r"(?=\s*(?:[.,،:؛]|$)|\s+(?:ان|بان)(?![^\W_]))"
        ),
        # the verb may carry its object: "فيما قدرته مجلة «…»", "هذا ما أوضحته جريدة «…»"
        # or a preposition with its pronoun: "في قصة كشفت عنها صحيفة …", "ما أعلنت عنه وكالة …"; a quoted name
        # after its head noun is a name whatever its words ("وقالت صحيفة «اليوم»")
        "reported_before": re.compile(
            # (a day after the time word: "نقلتها عنه اليوم الاثنين صحيفة …")
            rf"{B_START}(?:[وف])?(?:{ar_verbs})(?:ه|ها)?(?:\s+عن(?:ه|ها|هم))?(?:\s+(?:{ar_times})){{0,2}}"
            rf"(?:\s+(?P<staff>{ar_staff}))?\s+"
            rf"(?:(?:(?:{heads})\s+)?[\"«“]?(?P<known>{sc.outlet_alt})[\"»”]?{B_END}"
            rf"|(?P<head>{heads})\s+[\"«“]?(?P<named>{name_words})[\"»”]?"
            # (after a staff word the head noun may be left out: "مراسل «العربية»")
            # (adjectives of the head before a quoted name: "أوردتها القناة التلفزيونية الألمانية «…»")
            rf"|(?(staff)(?:(?:{heads})\s+)?|(?:ال)?(?:{heads})\s+(?:ال[^\s\"«“]+يه\s+){{0,3}})[\"«“](?P<qname>[^\"»”\n\d]{{2,40}}?)[\"»”]"
            rf"|(?:{heads})\s+\((?P<pname>[^()\"»”\n\d]{{2,40}}?)\))"
            if sc.outlet_alt
            else rf"{B_START}(?:[وف])?(?:{ar_verbs})(?:ه|ها)?\s+(?P<head>{heads})\s+[\"«“]?(?P<named>{name_words})[\"»”]?"
        ),
        "interview": re.compile(
            rf"{B_START}(?:[وف]?(?:{'|'.join(INTERVIEW_LEADS)})\s+)?(?P<cue>{alternation(data['interview_cues'])}"
            # an interview described before "مع": "في حوار جريء جدا مع صحيفة …", "مقابلة حصرية مع قناة …"
            rf"|(?P<described>{alternation(data['interview_nouns'])})(?:\s+(?!مع(?![^\W_]))[^\s،,.:;!?\"«»“”]+){{1,2}}\s+مع)"
            rf"\s+(?:{outlet})"
        ),
        "told": re.compile(
            rf"{B_START}(?:[وف]?(?:في|خلال)\s+)?(?:[وف])?(?P<cue>{told})(?:\s+|(?<=ل))(?:{outlet})"
        ),
        "photo": re.compile(rf"(?m)(?:^|(?<=\s))(?:{alternation(data['photo_labels'])})\s*:\s*\S[^\n]*"),
        # "قال … لقناة الجزيرة", "قالت مصادر لـ«الشرق الأوسط»": a statement given to an outlet (the speech
        # verb is checked by the caller). The word boundary is checked after the ل, not before it: a
        # pattern that begins with a literal lets re jump from one ل to the next (7x faster, same matches).
        "told_outlet": re.compile(
            rf"ل(?<![^\W_]ل)(?:(?=[\"«“]|قناه|صحيفه|وكاله|اذاعه|مجله|موقع|(?:{long_agencies}){B_END})(?:(?:قناه|صحيفه|وكاله|اذاعه|مجله|موقع)\s+)?"
            rf"[\"«“]?(?P<known>{sc.outlet_alt})[\"»”]?{B_END}"
            # any Arabic outlet head noun ("لشبكة إي.بي.سي نيوز"); موقع is a website only before a quoted name or
            # a name "on the internet" ("لموقع إيفرتون على الإنترنت"), else a place ("لموقع الحادث")
            rf"|(?P<head>{told_heads}|موقع(?=\s+[\"«“]|(?:\s+[^\s،,.:;!?]+){{1,2}}\s+علي\s+(?:ال)?انترنت(?![^\W_])))"
            # the name in quotes or in parentheses ("لشبكة (إن.بي.سي) الأمريكية")
            rf"\s+(?:[\"«“]?(?P<named>{name_words})[\"»”]?|\((?P<pname>[^()\"»”\n\d]{{2,40}}?)\))"
            # any short quoted name, a paper the KB knows only with its head noun ("لـ«الشرق الأوسط»", "لـ «الوطن»"):
            # told when a speech verb reaches it or "that" follows (checked by the caller, as for the others)
            # (spaces may pad it inside its marks: "لـ " سبق "")
            rf"|\s?\"\s?(?P<quoted>[^\"\s]+(?:\s[^\"\s]+)?)\s?\")"
            if sc.outlet_alt
            else r"(?!x)x"
        ),
        # (a whole word, so that a noun holding one is none: "مهارات التحدث لوسائل الإعلام")
        "speech_before": re.compile(
            r"(?<![^\W_])[وف]?(?:قال|قالت|قالوا|صرح|صرحت|اكد|اكدت|اكدوا|اوضح|اوضحت|كشف|كشفت|اعلن|اعلنت|افاد|افادت|اضاف|"
            r"اضافت|اشار|اشارت|ذكر|ذكرت|تحدث|تحدثت|تحدثوا|نفى|نفت|شدد|شددت|توقع|توقعت|بين|بينت|لفت|لفتت|تابع|تابعت|"
            # the present tense and the told narrative ("وتقول … لوكالة فرانس برس", "وروى أحد السكان لـ…"), and the
            # verb with what was said as its object ("بحسب ما قاله أحد أقاربه لوكالة …")
            # statements given ("التصريحات التي أدلى بها … لقناة …") and what was mentioned ("بحسب ما ذكره … لـ«…»")
            r"يقول|تقول|يقولون|يضيف|تضيف|روي|روت|رووا|يروي|تروي|قاله|قالته|قالها|قالوه|ادلي|ادلت|ادلوا|ذكره|ذكرته)\s"
        ),
        # a quotation opens right after the told slot: "… لمجلة أرت نيوز قائلا «…»", "… لوكالة فرانس برس «…»"
        # (not a title: "في عدد سابق لجريدة الحياة بعنوان «…»" cites an issue, nobody spoke to the paper)
        "quote_after_told": re.compile(r"(?<!عنوان)\s*(?:\"|(?:قائلا|قائله|قائلين)(?![^\W_]))"),
        # "لوكالة فارس نيوز أن …": the outlet was told what follows
        # a colon or a comma right after a quoted name in the told slot: "وقال لـ"دنيا الرياضة": …"
        "told_quoted_after": re.compile(r"\s*[:،,]"),
        # (or with its pronoun: "لـ«سبق» أنه …", or after a time: "لـ"الوطن" أمس أن …")
        "that_after": re.compile(rf"\s*(?:(?:{ar_times})\s*)?[,،]?\s*(?:ان|بان)(?:ه|ها|هم)?(?![^\W_])"),
        # "l'agence française de presse (AFP) citant …": a reporting verb right after an outlet's name
        "read_more": re.compile(
            rf"{B_START}(?:{alternation(data['read_more_cues'])})\s+(?:(?:сайте|le site|the site|the website)\s+)?"
            rf"(?:(?P<domain>(?:https?://)?(?:www\.)?{_DOMAIN_NAME})|[\"«“]?(?P<name>[^\W\d_][^\n.,;:!?\"»”]{{1,40}}?)[\"»”]?\s*(?:\.{{3}}|…|[.!]|$))",
            re.MULTILINE,
        ),
        # an outlet's own staff as witnesses: "un correspondant de l'AFP a vu", "des journalistes de Reuters
        # présents sur place", "an AFP correspondent saw" (an indefinite: "le journaliste de RFI Wassim Nasr" is a
        # person, see staff_witness_person)
        "staff_witness": re.compile(
            rf"{B_START}(?:(?:un|une|des|deux|trois|plusieurs|selon un|selon une|selon des|d'apres un|d'apres des)\s+"
            rf"(?:{_STAFF_FR})\s+(?:de\s+|du\s+|d')(?:(?:la|le|les)\s+|l')?"
            rf"|(?:an?|two|three|several)\s+(?:{_STAFF_EN})\s+(?:for|from|with)\s+(?:the\s+)?)"
            rf"(?P<known>{sc.outlet_alt}){B_END}"
            rf"|{B_START}(?:an?|two|three|several)\s+(?P<known_first>{sc.outlet_alt})\s+(?:{_STAFF_EN}){B_END}"
        )
        if sc.outlet_alt
        else re.compile(r"(?!x)x"),
        "staff_witness_word": re.compile(rf"{B_START}(?:{alternation(data['staff_witness_words'])}){B_END}"),
        # a person's name right after the outlet: "un journaliste de RFI Wassim Nasr" is that person
        "staff_witness_person": re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+"),
        "aired_before": re.compile(
            r"(?<![^\W_])(?:lue?s?|diffusee?s?|retransmise?s?|read|aired|broadcast)\s+(?:a|au|sur|on|par|by)\s+"
            rf"{article}(?:{_FOLDED_ADJECTIVE}\s+){{0,2}}(?:(?:{alternation([fold(h) for h in data['outlet_heads']])})\s+)?"
            r"[\"«“]?\s*$"
        ),
        "aired_statement_before": re.compile(
            rf"{B_START}(?:{alternation(data['aired_statement_nouns'])})(?:\s+[^\s,.;:!?]+){{0,4}}\s*$"
        ),
        "reports_after": re.compile(rf"\s*,?\s*(?:{reported}){B_END}"),
        # "وكانت صحيفة «الخبر» نقلت عن …": an Arabic outlet with its head noun, then a reporting verb
        "outlet_then_verb": re.compile(
            rf"{B_START}(?:[وف])?(?:(?:كانت|كان)\s+)?(?P<head>{heads})\s+[\"«“](?P<qname>[^\"»”\n\d]{{2,40}}?)[\"»”]"
            # "صحيفة «…» كانت قد كشفت": the auxiliary may follow the name too
            # "أما صحيفة «…» البريطانية فأكدت", "صحيفة «…» الأميركية من جانبها قالت": ف or "for its part" between
            rf"(?:\s+[^\s]+ي?ه)?(?:\s+(?:كانت|كان))?(?:\s+(?:{alternation(data['ar_subject_fillers'])}))?"
            # (a comma may close the topic before ف: "أما جريدة «…»، فأكدت")
            rf"(?:\s*[,،]\s*ف|\s+(?:قد\s+)?ف?)(?:{ar_verbs}){B_END}"
        ),
        # two outlets under one head in the dual or plural: "وذكرت صحيفتا «…» و«…»", "نقلت وكالتا «…» و«…»"
        # (tried only in a text where such a head comes before a quoted name)
        "outlet_pair_hint": re.compile(rf"{B_START}(?:{alternation(data['outlet_heads_dual'])})\s+[\"«“]"),
        "outlet_pair": re.compile(
            rf"{B_START}(?:[وف])?(?:{cited}|{ar_verbs})\s+(?:{alternation(data['outlet_heads_dual'])})\s+"
            r"[\"«“](?P<first>[^\"»”\n\d]{2,40}?)[\"»”]\s*و\s*[\"«“](?P<second>[^\"»”\n\d]{2,40}?)[\"»”]"
        ),
        # a reprint's credit on its own line: "نقلا عن الجزيرة" (any name: the line says it is the source)
        "reprint_credit": re.compile(
            r"(?m)^[ \t]*نقلا\s+عن\s+(?P<name>[^\s\d:،,.][^\n\d:،,.]{1,40}?)[ \t]*\.?[ \t]*$"
        ),
        "cited_before": re.compile(
            # a filler may be glued to the cue's ل: "وفقا لبيانات …"
            rf"(?:{B_START}(?:[وف])?(?:{cited}|{ar_verbs})(?:(?:\s+|(?<=ل))(?:{alternation(data['cited_fillers'])}))?"
            rf"(?:(?:\s+{_FOLDED_ADJECTIVE}){{0,3}}\s*(?:{heads}))?"
            # "نقلت وكالة رويترز عن تلفزيون …": what an outlet passed on from another
            rf"|{B_START}(?:[وف])?(?:نقل|نقلت|نقلا|نقلته|نقلتها)(?:\s+[^\s]+){{1,4}}\s+عن)\s*{article}[\"«“]?\s*$"
        ),
        # a cue whose slot governs a noun phrase headed by any one word, before the outlet that noun belongs to:
        # "حسب بوابة الأهرام", "وذكرت تلفزة «سي إن إن»", "وفق لصحيفة «واشنطن بوست»"; a role, a statement or a
        # rule is no outlet's ("بحسب مدير الأهرام": a person speaks; the same words as between a cue and a body)
        "free_head_before": re.compile(
            rf"{B_START}(?:[وف])?(?:{cited}|{ar_verbs})(?:\s+|(?<=ل))"
            rf"(?!(?:{alternation([fold(w) for w in data['organisation_not_between']])})(?![^\W_]))"
            rf"(?:{article})?[^\W\d_]{{2,20}}\s+{article}[\"«“]?\s*$"
        ),
        "told_before": re.compile(
            rf"{B_START}(?:[وف])?(?P<cue>{told})(?:\s+(?:ранее|также|накануне|earlier|also|aussi|egalement))?"
            rf"{_RU_INTERVIEW_FILLER}"
            # "сообщил катарский телеканал Al Jazeera": adjectives may stand before the head noun
            rf"(?:(?:\s+{_FOLDED_ADJECTIVE}){{0,2}}\s*(?:{heads}))?\s*{article}[\"«“]?\s*$"
        ),
        "to_before": re.compile(rf"{B_START}(?:a|au|aux|to)\s+{article}[\"«“]?\s*$"),
        "told_verb": re.compile(rf"{B_START}(?:{alternation(data['told_verbs'])})(?:e|s|es)?{B_END}"),
        "reported_after": re.compile(rf"[\"»”]?\s*(?:[,،]\s*)?(?:{reported}|{ar_verbs}){B_END}"),
        # "عبر حسابه بتويتر": the preposition ب may be joined to the platform's name
        "platform": re.compile(
            rf"(?:{B_START}|(?<=(?<![^\W_])ب))[\"«“(]?(?P<platform>{platforms})[\"»”)]?{B_END}"
        ),
        # (ب may be glued to the channel word: "في تغريدة بحسابه الرسمي على «تويتر»")
        "channel_before": re.compile(
            rf"{B_START}ب?(?P<cue>{channel_words})(?:[\s\"«»“”()]+(?:{glue})(?![^\W_]))*[\s\"«»“”()]*$"
        ),
        "weak_channel_before": re.compile(
            rf"{B_START}(?P<cue>{alternation(data['weak_channel_words'])})"
            rf"(?:[\s\"«»“”()]+(?:{glue})(?![^\W_]))*[\s\"«»“”()]*$"
        ),
        "other_sense": re.compile(
            "|".join(
                # one adjective may come between: "الوكالة الدولية للطاقة الذرية"
                rf"{B_START}(?:[وفبل]|لل)?(?:ال)?(?:{alternation([head])})[\s\"«“]+(?:[^\s]+(?:يه|ي)\s+)?"
                rf"(?:{alternation(words)}){B_END}"
                for head, words in data["medium_other_senses"].items()
            )
        ),
        "broadcast_before": re.compile(rf"{B_START}(?:{alternation(data['broadcast_words'])})\s*$"),
        "org_report": re.compile(
            rf"{B_START}(?:[وف])?(?:{alternation(data['org_report_cues'])})\s+(?:احدث\s+|اخر\s+)?(?:ال|لل|ل)?"
            rf"(?:{alternation(data['org_report_nouns'])})"
            rf"(?:(?:\s+(?!ل|الذي|التي|(?:{alternation(data['org_report_made'])})(?![^\W_]))[^\s،,.:;!?\"«»“”]+){{0,3}}?"
            rf"\s+(?:ل|(?:(?:الذي|التي)\s+)?(?:{alternation(data['org_report_made'])})\s+[\"«“]?)"
            # or an institution right after the report, in the construct: "وفقا لتقرير شركة يوغوف"
            rf"|\s+(?=(?:{alternation(data['org_report_author_heads'])})\s))"
            rf"(?!(?:{alternation(data['org_report_not_author'])})(?![^\W_]))(?P<author>[^\s،,.:;!?\"«»“”]+"
            rf"(?:[\s\"«»“”]+(?!ل|\d|(?:{alternation(data['org_report_not_author'])})(?![^\W_]))[^\s،,.:;!?\"«»“”]+){{0,2}})"
        ),
        # an unknown research centre right after a citing cue or a reporting verb (an outlet's figures word may
        # stand between: "وفقا لحسابات مركز …"); quoted with any words, or unquoted with its subject word
        "research_centre": re.compile(
            rf"{B_START}(?:[وف])?(?:{cited}|{ar_verbs})(?:(?:\s+|(?<=ل))(?:{alternation(data['cited_fillers'])}))?"
            rf"(?:\s+|(?<=ل))(?P<name>[\"«“](?:ال)?(?:{centre_heads})\s[^\"»”\n]{{2,60}}?[\"»”]"
            rf"|(?:ال|ل)?(?:{centre_heads})(?:\s+{centre_word}){{0,4}}?\s+(?:{alternation(data['research_centre_subjects'])})"
            rf"(?:\s+و?ال{centre_word}){{0,2}}){B_END}"
        ),
        "posting_verb": re.compile(
            rf"{B_START}(?:[وف])?(?:{alternation(russian_past_forms(data['posting_verbs']))}){B_END}"
        ),
        # a French verb in the perfect right before "sur <platform>": "a prévenu sur Twitter", "ont réagi
        # dimanche sur Facebook" (a passive, "a été harcelé sur X", posts nothing)
        "french_perfect_before": re.compile(
            r"(?<![^\W_])(?:a|ont|avait|avaient)\s+(?!ete(?![^\W_]))[a-z]+(?:e|i|u|it|is)(?:\s+[^\s,.;:]+){0,2}\s+$"
        ),
        # a tweet or an account whose platform goes unsaid (see implied_channels)
        "implied_channel": re.compile(
            rf"{B_START}(?P<cue>{alternation(data['implied_channels']['prepositions'])})\s*"
            rf"(?:(?P<tweet>{alternation(data['implied_channels']['tweets'])})"
            rf"|(?P<account>{alternation(data['implied_channels']['accounts'])})"
            rf"(?P<adjective>\s+(?:{alternation(data['implied_channels']['account_adjectives'])}))?"
            rf"|(?P<channels>{'|'.join(data['implied_channels']['channels'])})){B_END}"
        ),
        "adjective_needed_after": re.compile(
            rf"(?:{alternation(data['implied_channels']['prepositions_needing_adjective'])})$"
        ),
        "own_channel_before": re.compile(
            rf"{B_START}(?:{alternation(data['own_channel_cues'])})(?:\s+[^\s,.;:!?]+)?\s*[\"«“(]?\s*$"
        ),
        "account_action": re.compile(
            rf"{B_START}(?:[وف])?(?:{alternation(data['account_action_verbs'])}){B_END}[^.!?\n]{{0,25}}$"
        ),
        "owner_before": re.compile(
            r"(?<![^\W_])(?P<cue>حساب|صفحه|قناه)\s+(?!الرسمي|الخاص|الشخصي)[^\s\"«»“”()،,]+"
            # (ب may be glued to موقع: "حساب مرسيليا بموقع «تويتر» على الإنترنت")
            r"(?:\s+(?!علي|في|ب|عبر)[^\s\"«»“”()،,]+){0,3}\s+(?:(?:علي|في|عبر)\s+|ب\s*)(?:موقع\s+)?"
            r"(?:(?:التواصل\s+)?(?:الاجتماعي\s+)?)?(?:علي\s+الانترنت\s+)?[\"«“(]?\s*$"
        ),
        # "حساب وزارة الدفاع على تويتر": the account word without a pronoun, then its owner
        "owner_between": re.compile(
            r"(?:حساب|صفحه|قناه|موقع)\s+(?P<owner>(?!الرسمي|الخاص|الشخصي)[^\s\"«»“”()،,]+"
            r"(?:\s+(?!علي|في|ب|عبر)[^\s\"«»“”()،,]+){0,3})\s+(?:علي|في|ب|عبر)\s"
        ),
        "channel_after": re.compile(
            rf"(?:[\s-]*(?:channels|accounts|pages|channel|account|page|feed|post|chaines|chaine|comptes|compte|canal|page|"
            rf"каналы|каналов|каналах|канал|канале|аккаунт|аккаунте|пост|посте|"
            rf"странице)(?![^\W_]))?(?:{QUOTED_NAME})?"
        ),
        "research": re.compile(rf"{B_START}(?:[وفبل])?(?P<known>{alternation(sc.research)}){B_END}"),
        "research_before": re.compile(
            rf"(?:{B_START}(?:[وف])?(?:{cited}|{ar_verbs}|{told})|(?:{evidence}))"
            rf"(?:(?:\s+|(?<=ل))[^\s]+){{0,4}}?\s*[\"«“(]?\s*$"
        ),
        # "the Syrian Observatory for Human Rights, a war monitor, said", "l'OSDH (…), une ONG …, a pour sa part
        # fait état": an acronym, an apposition and an adverb may stand between the name and its verb
        "research_after": re.compile(
            r"[\"»”)]?(?:\s*\([^()\n]{1,12}\))?(?:\s*,[^,.;:\n\"«»“”]{1,90},)?"
            # what the group is, right after its name: "the Syrian Observatory for Human Rights war monitor said"
            r"(?:\s+(?:war|conflict|rights|human rights)?\s*(?:monitor|monitoring group|monitoring service))?"
            r"(?:\s*(?:a|avait|ont|has|had)?\s*,?\s*(?:pour sa part|de son cote|d'abord|aussi|egalement|also|later|earlier)"
            r"\s*,?)?"
            rf"\s*(?:[,،]\s*)?(?:{reported}|{evidence}|{ar_verbs}|show|shows|showed|found|documented|"
            rf"estimated|estimates|counted|recorded|montrent|montre|a recense|a documente|показывают|показали)"
            rf"{B_END}"
        ),
        # a second outlet joined to one cited or told: "told Reuters and the French AFP news agency", "сообщили
        # Reuters и Al Jazeera", "according to CNN, the BBC and Sky News"
        "coordinated_outlet": re.compile(
            r"\s*(?:,\s*(?:(?:and|et|и)\s+)?|\s+(?:and|et|и|as well as|ainsi que|а также)\s+)(?:(?:a|au|to)\s+)?"
            rf"(?:(?:the|le|la|les)\s+|l')?(?:[a-z]+\s+)?[\"«“]?(?P<known>{sc.outlet_alt or '(?!x)x'})[\"»”]?{B_END}"
        ),
        "unnamed_assessment": re.compile(
            rf"{B_START}(?:{alternation(data['assessment_cues'])})\s+(?P<assessment>{'|'.join(data['unnamed_assessments'])}){B_END}"
        ),
        "vague": re.compile(
            rf"{B_START}(?:[وفبل])?(?:{'|'.join(fold(p) for p in data['vague_sources'])}){B_END}"
        ),
        "vague_cited": re.compile(
            # "وفقا للتقارير", "طبقا للمصادر": ل and the article contracted (لل)
            rf"{B_START}(?:لل(?=تقارير|مصادر)|[وفبل])?(?:{'|'.join(fold(p) for p in data['vague_cited'])}){B_END}"
        ),
        # a demonstrative between points back to sources named before: "نقلا عن تلك المصادر"
        "vague_cue_before": re.compile(
            # a day may stand between a Russian verb and its subject: "сообщили в среду сирийские СМИ"
            rf"{B_START}(?:[وف])?(?:{vague_cues})(?:\s+(?:{_RU_DAYS})(?![^\W_]))?"
            rf"(?:\s+(?!(?:تلك|هذه|هذا|ذلك)(?![^\W_]))[^\s]+)?\s*[\"«“]?\s*$"
        ),
        # reports need a citing word, not any report verb: "نشرت تقارير عن الأداء" publishes, it cites nothing
        "vague_cue_adjacent": re.compile(rf"{B_START}(?:[وف])?(?:{alternation(data['vague_cues'])})\s*$"),
        "vague_cue_social": re.compile(
            rf"{B_START}(?:[وف])?(?:{vague_cues})(?:\s+(?:{alternation(data['social_media_cue_gap'])}))?\s*$"
        ),
        "vague_inverted_speech": re.compile(
            rf"{B_START}(?:{alternation(data['vague_inverted_speech'])})(?:\s+[^\s]+)?\s*[\"«“]?\s*$"
        ),
        "vague_inverted_end": re.compile(rf"\s*(?:$|(?:{'|'.join(data['vague_inverted_end'])})(?![^\W_]))"),
        # (a place may stand between in English: "witnesses in southern Khartoum said", "residents of Gao reported")
        "vague_after": re.compile(
            r"(?:\s+(?:in|of|from|near)\s+(?:[^\s,.;:!?\"«»“”]+\s+){0,2}?[^\s,.;:!?\"«»“”]+)?"
            rf"\s*(?:[,،]\s*)?(?:{alternation(data['vague_after'])}){B_END}"
        ),
        # "… 10 أغسطس 2015 م واس  أودعت": an Arabic agency abbreviation standing alone in the lead
        "lead_credit": re.compile(
            rf"(?:^|(?<=\s))(?P<known>{alternation(data['standalone_credits'])})(?=\s|$)"
        ),
        "publisher_head": re.compile(rf"^(?:[وف])?(?:{alternation(data['publisher_heads'])}){B_END}"),
        **_attribution_patterns(data, sc, article, reported, ar_verbs),
    }


#: An adjective between a citing cue and an outlet's head noun (folded): Russian adjectival endings
#: ("официального сирийского информационного агентства"), French and English status words.
_FOLDED_ADJECTIVE = (
    r"(?:[а-я]+(?:ого|его|ому|ему|ой|ей|ых|их|ое|ее|ый|ий|ая|яя|ую|юю|ым|им|ом|ем)|officielle?|publique?|nationale?|"
    r"gouvernementale?|semi-officielle?|official|state|state-run|semi-official)"
)
#: The same between an outlet's head noun and its name, in the written text: "l'agence officielle syrienne
#: Sana", "l'agence de presse officielle syrienne Sana", "la télévision d'État ORTM", "le site d'investigation
#: Disclose", "le média en ligne Malijet", "la chaîne de télévision qatarie Al Jazeera".
_WRITTEN_ADJECTIVE = (
    r"(?:de presse|d['’]informations?|d['’]investigation|d['’]actualités?|de télévision|de radio|en ligne|"
    r"indépendante?|satirique|spécialisée?|régionale?|locale?|"
    r"d['’][ÉE]tat|officielle?|publique?|nationale?|gouvernementale?|semi-officielle?|"
    r"privée?|[a-zéèêï]+(?:ienne|ien|aise|ais|aine|ain|oise|ois|ique)s?|burkinab[èeé]s?|russes?|belges?|suisses?|"
    r"turc|turque|arabes?|official|semi-official|state-run)"
)
#: An adjective before an English outlet's head noun: "the local outlet Sahel Today", "the French magazine …".
_ADJECTIVE_BEFORE_HEAD = (
    r"(?:(?i:local|state-run|state-owned|state|national|independent|private|pro-government|opposition|online|weekly)|"
    r"[A-Z][a-z]+(?:ian|ese|ish|an|i|ch))"
)
#: "nos confrères de", "notre confrère du" before an outlet's name (folded).
_COLLEAGUES_OF = r"(?:(?:nos|notre|leurs|leur)\s+confreres?\s+(?:de\s+|du\s+|d'))?"
#: Words that may stand between a Russian interview or "told" cue and its outlet (folded): "в эфире
#: белорусского телеканала СТВ", "в интервью для РИА Новости", "в интервью журналистам из газеты …", "сказал
#: в интервью ведущему RT": "для", "из", an adjective in an oblique case, the journalist or host spoken to (in
#: the dative), an outlet head noun in the genitive.
_RU_INTERVIEW_FILLER = (
    r"(?:\s+(?:(?:для|из|[а-яё]+(?:ого|его|ому|ему|ой|ей)|(?:журналист|корреспондент|обозревател)(?:у|ю|ам|ям)|"
    r"ведущ(?:ему|ей)|телеканала|радиостанции|газеты|агентства|информагентства|издания|журнала|портала|сайта)"
    r"(?![^\W_]))){0,3}"
)
#: A day between a Russian reporting verb and its subject (folded): "сообщили в среду …", "пишут накануне …".
_RU_DAYS = r"в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|накануне|вечером|утром"
#: A day or a date between the punctuation closing a clause and a Russian reporting verb: "…, 18 апреля сообщает
#: Africa News", "…, в среду передает …" (a person's name never follows these verbs: see inverted_outlet_verbs).
_RU_WHEN = (
    r"(?:(?:\d{1,2}[ \t]+[а-яё]+|в[ \t]+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|"
    r"накануне|ранее|вечером|утром)[ \t]+)?"
)
#: An auxiliary and an adverb before an inverted participle: "a de son côté précisé l'OSDH" (folded).
_AUX_ADVERB = r"(?:(?:a|ont|avait|avaient)\s+(?:de son cote|pour sa part|d'abord|aussi|egalement|deja|encore|plus tot)\s+)?"
#: A capitalised word of a Latin or Cyrillic name ("RTN", "Tele", "INTERFAX.RU", "Al-Hadath").
_CAP_WORD = r"(?:[A-ZА-ЯЁ][\w'’&-]*(?:\.(?:[A-Z]{2,}|[a-z]{2,3})(?!\w))?|\d[\w-]*)"
#: An outlet named by its web address, often in lower case after its head noun ("l'agence ura.ru",
#: "Информагентство ura.ru", "le site bamada.net"): a few country and generic endings only.
_DOMAIN_NAME = (
    r"[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)?\.(?:ru|com|net|org|info|fr|ua|by|kz|ml|bf|ne|sn|ci|gn|td|cm|africa|news|tv|media)"
    r"(?![\w.-]|\.\w)"
)
#: A web address written as a name in running text, not inside a link or an e-mail address.
DOMAIN_MENTION = re.compile(rf"(?<![\w.@/:-]){_DOMAIN_NAME}")
#: An outlet's staff who saw or heard something themselves (folded French and English words).
_STAFF_FR = (
    r"journalistes?|correspondante?s?|reporters?|photographes?|videastes?|envoyee?s? speciale?s?|envoyes speciaux"
    r"|equipes?|cameramans?"
)
_STAFF_EN = r"correspondents?|reporters?|journalists?|photographers?|crews?|teams?"
#: A name of up to four capitalised words, with "du/of/al" inside and an acronym in parentheses after it.
CAP_NAME = (
    rf"{_CAP_WORD}(?:[ \t]+(?:(?:du|de|des|de la|of|of the|al|el)[ \t]+)?{_CAP_WORD}){{0,3}}"
    r"(?:[ \t]+\([A-ZА-ЯЁ][\w.-]{1,10}\))?"
)
#: Words that end an organisation's name ("le ministère des Affaires étrangères a indiqué").
_ORG_STOP = (
    r"(?:a|ont|est|que|qui|qu'|dont|said|says|has|have|had|is|was|that|which|who|did|does|will|would|on|in|at|"
    r"что|который|которое|сообщил|сообщило|сообщили|заявил|заявило|заявили|и|в|на|не|from|to|и|ان|الى|في|على|فان|بان|وان|لان|من|امس|اليوم|الذي|التي|قد|فقد)"
)


#: A French past participle before "par" or "à" (folded): it agrees with what it describes, so "contacté par"
#: also stands for "contactées par", "joint par" for "jointes par", "lu à" for "lue à".
_FRENCH_PARTICIPLE_CUE = re.compile(r"(?P<participle>[a-z]+[eitus])(?P<preposition> (?:par|a|au))")


def _agreeing_alternation(cues: Sequence[str], fillers: Sequence[str] = ()) -> str:
    """:func:`alternation` of ``cues`` whose French participles also match their feminine and plural forms,
    with up to three of ``fillers`` (times: "révélée mardi soir par") between participle and preposition."""
    between = rf"(?:\s+(?:{alternation([fold(f) for f in fillers])})){{0,3}}" if fillers else ""
    parts = []
    for cue in sorted({fold(c) for c in cues if fold(c)}, key=lambda c: (-len(c), c)):
        if m := _FRENCH_PARTICIPLE_CUE.fullmatch(cue):
            parts.append(rf"{re.escape(m['participle'])}(?:e|s|es)?{between}\s+{m['preposition'].strip()}")
        else:
            parts.append(r"\s+".join(re.escape(part) for part in cue.split(" ")))
    return "|".join(parts)


def _attribution_patterns(
    data: Mapping[str, Any], sc: SourceCues, article: str, reported: str, ar_verbs: str
) -> dict[str, re.Pattern[str]]:
    """Patterns for a name cited by what surrounds it: an inverted reporting verb before it, "par"/"by"
    after a participle, a reporting verb after it; outlets named only by what they are; organisations."""
    filler = r"(?:\s+[^\s,.;:!?\"«»“”]+){0,5}?"
    heads = "|".join(
        r"[ \t]+".join(re.escape(part) for part in head.split(" "))
        for head in sorted(data["named_outlet_heads"], key=len, reverse=True)
    )
    return {
        # "…, relate Le Figaro", "», précise Télé Sahel", "says Niger state TV": punctuation, verb, name
        "inverted_before": re.compile(
            rf"(?:^|[,\"':;.!?()\-–—]|об этом)\s*{_AUX_ADVERB}(?:{alternation(data['inverted_verbs'])}){filler}"
            rf"\s+{article}[\"«“]?\s*$"
        ),
        # the same, for an organisation: only a time may stand between the verb and the body
        "org_inverted_before": re.compile(
            rf"(?:^|[,\"':;.!?()\-–—]|об этом)\s*{_AUX_ADVERB}(?:{alternation(data['inverted_verbs'])}|"
            rf"{alternation(data['free_inverted_verbs'])})(?:\s+(?:{alternation(data['inverted_time_words'])}))*"
            rf"\s+{article}[\"«“]?\s*$"
        ),
        "free_inverted_before": re.compile(
            rf"{B_START}(?:{alternation(data['free_inverted_verbs'])}){filler}\s*{article}[\"«“]?\s*$"
        ),
        # "interrogé par nos confrères de RFI": the outlet's journalists for the outlet
        "by_told_before": re.compile(
            rf"{B_START}(?:{_agreeing_alternation(data['by_told'], data['participle_fillers'])})\s+{_COLLEAGUES_OF}{article}"
            r"[\"«“]?\s*$"
        ),
        # what a body did with a request in the rest of the sentence (see request_refused in the cue file)
        "request_refused_after": re.compile(
            rf"[^.!?\n]{{0,160}}?{B_START}(?:{alternation([fold(w) for w in data['request_refused']])}){B_END}"
        ),
        "by_cited_before": re.compile(
            # with the outlet's head noun: "relayée par l'agence APA", "diffusé par la chaîne …"
            rf"{B_START}(?:{_agreeing_alternation(data['by_cited'], data['participle_fillers'])})\s+{_COLLEAGUES_OF}{article}"
            rf"(?:{_FOLDED_ADJECTIVE}\s+){{0,2}}"
            rf"(?:(?:{alternation([fold(h) for h in data['outlet_heads']])})\s+)?[\"«“]?\s*$"
        ),
        # "Reuters news agency reports", "Radio Television du Niger (RTN) reported", "RTN also said"
        "reported_after_loose": re.compile(
            # an acronym given after the name, in parentheses or set off by "or": "(RTN)", ", or PTI,"
            r"[\"»”]?(?:\s*\([^()\n]{1,12}\)|\s*,\s*(?:or|ou|или)\s+(?P<apposed>[^\W\d_]{2,8})\s*(?=,))?(?:\s+(?:news agency|agency|newspaper|channel|tv|television|report|witness|reporter|correspondent|"
            r"journalist|photographer|tally|count|calculation))?"
            r"(?:\s*,\s*(?:qui|which|who|которое|который|которая)(?:\s+(?:first|also|earlier|had|has|a|avait))*)?"
            r"(?:\s+(?:also|later|earlier|then|aussi|egalement|также|ранее))?"
            rf"\s*(?:[,،]\s*)?{_AUX_ADVERB}(?:{reported}|{ar_verbs}){B_END}"
        ),
        "generic_outlet": re.compile(
            rf"{B_START}(?:[وفبل]|لل)?(?:{'|'.join(data['generic_outlets'])}){B_END}"
        ),
        "interview_before": re.compile(
            rf"{B_START}(?:{alternation(data['interview_cues'])}){_RU_INTERVIEW_FILLER}\s+{article}[\"«“]?\s*$"
        ),
        # "a video seen by Reuters showed": the outlet saw it, the video shows
        # a broadcast someone spoke on: "a confirmé ce lundi sur BFMTV", "a déclaré au micro de RFI", "said on
        # CNN"; a few words may stand between the verb and the outlet, not "que" ("a dit que … sur TF1")
        "on_air_before": re.compile(
            rf"{B_START}(?:{alternation(data['told_verbs'])})(?:e|s|es)?(?:\s+(?!que|qu'|that)[^\s,.;:!?\"«»]+){{0,3}}"
            # "a affirmé la directrice au micro de Jean Dupont sur Europe 1": the host's name before the station
            r"(?:\s+au micro d(?:e\s+|')[^\s,.;:!?\"«»]+(?:\s+[^\s,.;:!?\"«»]+){0,2}(?=\s+sur\s))?"
            # "confie le président dans L'Équipe", "a déclaré dans les colonnes du Parisien": a paper he spoke in
            rf"\s+(?P<cue>sur|au micro d[e']|a l'antenne d[e']|on|dans les colonnes d(?:e|u|')|dans)\s*{article}[\"«“]?\s*$"
        ),
        # a capitalised name after "sur", "au micro de", "à l'antenne de": an outlet if a speech verb comes before
        "on_air_then_name": re.compile(
            r"(?i:(?<![^\W_])(?:sur|au micro d(?:e|['’])|à l['’]antenne d(?:e|['’])))[ \t]*[\"«“]?"
            rf"(?P<name>{CAP_NAME})"
        ),
        "seen_by_before": re.compile(
            r"(?:seen|viewed|reviewed|obtained|verified|consulted|vue?s?|consultee?s?|obtenue?s?)\s+(?:by|par)\s+"
            rf"{article}\s*$"
        ),
        # "journaliste à France24": where someone works, not whom they spoke to
        "works_at_before": re.compile(
            r"(?:journaliste|correspondante?|reporter|envoyee? speciale?|chroniqueur|editorialiste|redacteur|"
            rf"redactrice|presentateur|presentatrice|analyste)\s+(?:a|au|de|du|pour|at|for)\s+{article}\s*$"
        ),
        "anaphoric_before": re.compile(
            r"(?:ledit|ladite|lesdits|lesdites|the same|le meme|la meme|этот|это)\s*$"
        ),
        # "as reported by The Africa Initiative", "selon Le Monde": a strong citing cue, then a capitalised name
        "cue_then_name": re.compile(
            rf"(?i:(?<![^\W_])(?:according to|as reported by|reported by|citing|quoting|selon|d'après|cité par|"
            rf"citée par|cités par|citées par|relayé par|relayée par|relayés par|relayées par|rapporté par|rapportée par|"
            rf"rapportés par|rapportées par|по данным|по информации|со ссылкой на|"
            rf"сообщили в|заявили в|рассказали в|пояснили в|как сообщает|как пишет|как отмечает|как передает|"
            rf"как передаёт|как выяснил|как выяснила|как выяснило|как узнал|как узнала|как узнало|как написал|"
            rf"как написала|как написало|согласно публикации|говорится в материале|говорится в публикации|"
            # an interview venue: "Entretien accordé à la RTN", "in an interview with The Continent"
            # (each begins with the word the pattern is anchored on)
            rf"entretien accordé à|entretien accordé au|interview accordée à|interview à|interview with))"
            # "d'après nos confrères de L'Observateur Paalga"
            r"(?:[ \t]+(?i:nos|notre)[ \t]+confr[èe]res?(?:[ \t]+d[eu]|[ \t]*d['’]))?"
            rf"[ \t]+[\"«“]?(?P<name>(?:[Tt]he |[Ll]e |[Ll]a |[Ll]es |[Ll]')?{CAP_NAME})"
        ),
        # an outlet named through its staff or its sources: "Журналисты «Медузы» выяснили", "корреспондент
        # «Ленты»", "источник «Фонтанки» в полиции" (cited when a reporting verb follows or a by-cue comes
        # before, see _attribution)
        "staff_of_name": re.compile(
            r"(?i:(?<![^\W_])(?:журналист|корреспондент|репортер|репортёр|обозревател|источник|собеседник)[а-яё]*)[ \t]+"
            # a quoted name, or one in Latin letters (Russian writes people's names in Cyrillic): "корреспондент
            # The Moscow Post"
            r"(?:[«“\"](?P<name>[A-ZА-ЯЁ][^«»“”\"\n]{1,40}?)[»”\"]"
            r"|(?P<latin>(?:The[ \t])?[A-Z][\w.&-]*(?:[ \t](?:of[ \t])?[A-Z][\w.&-]*){0,3}))"
        ),
        # "…, relate La Gazette du Nord.": a reporting verb, then a capitalised name closing the clause
        "inverted_then_name": re.compile(
            rf"(?:(?:(?:[,\"»”]|\.\.\.|(?i:об этом))(?:[ \t]*[—–-])?|[—–])[ \t]*{_RU_WHEN}"
            rf"(?i:{'|'.join(map(re.escape, data['inverted_outlet_verbs']))})"
            rf"|(?<=[^\W\d_] )(?:{'|'.join(map(re.escape, data['learned_verbs']))}))[ \t]+"
            # the name closes the clause, or the outlet cites in turn: "сообщает 24 Канал со ссылкой на полицию"
            rf"[\"«“]?(?P<name>(?:The |Le |La |Les |L'|L’)?{CAP_NAME})"
            r"(?=[\"»”]?[ \t]*(?:[.,;]|$)|[\"»”]?,?[ \t]+(?:со ссылкой на|citing|quoting|citant)(?![^\W_]))"
        ),
        # an outlet opening its clause ("L'agence de presse Saba dirigée par …", "De son côté, la chaîne …")
        "clause_start_before": re.compile(
            rf"(?:^|[.!?;:\n\"»”(—–])\s*(?:(?:{alternation(data['clause_openers'])})\s*,?\s*)?"
            r"(?:le |la |les |l'|the )?$"
        ),
        # ... written with its head noun ("le monde entier a annoncé" is no outlet)
        "head_at": re.compile(rf"(?:[^\s]+\s+){{0,2}}?(?:{alternation(data['named_outlet_heads'])}){B_END}"),
        # its reporting verb after a few words that give it no other subject ("… dirigée par Huthi a cité")
        "reported_far": re.compile(
            rf"[\"»”]?(?:\s+(?!(?:{alternation(data['far_verb_stop_words'])})(?![^\W_]))[^\s.;:!?\"«»“”,()]+){{1,5}}?"
            rf"\s+(?:{reported}){B_END}"
        ),
        # "…, Arab News reported.": a name, then "reported" at the end of a clause
        "name_then_reported": re.compile(
            rf"(?<=[,;] )(?P<name>(?:The )?{CAP_NAME})[ \t]+(?:reported|reports|a rapporté|rapporte|сообщает|пишет)"
            r"(?=[ \t]*[.,;])"
        ),
        # "Newsru.co.il передает: …", "Al-Masdar reports: …": a line led by its source and a reporting verb
        "line_name_reports": re.compile(
            rf"(?m)^[ \t]*(?P<name>[A-Za-z][\w-]*(?:\.[a-z]{{2,6}})+|{CAP_NAME})[ \t]+(?:передает|передаёт|сообщает|пишет|reports|writes|rapporte|écrit)"
            r"[ \t]*:"
        ),
        # a name before a media noun, cited by what follows: "Nigeria's Premium Times newspaper quoted …"
        "name_then_head": re.compile(
            rf"(?P<name>{CAP_NAME})[ \t]+(?:newspaper|online daily|daily|news agency|broadcaster|magazine|news website|"
            r"news portal|website|TV|"
            r"television|radio)(?![\w-])"
        ),
        # an acronym before a media noun names an outlet the text may cite later: "state RTN broadcaster said"
        "acronym_then_head": re.compile(
            r"(?<![\w-])(?P<name>[A-Z]{2,6})[ \t]+(?:broadcaster|television|TV|news agency|agency|newspaper|channel|radio)"
            r"(?![\w-])"
        ),
        "named_outlet": re.compile(
            rf"(?<![^\W_])(?:{_ADJECTIVE_BEFORE_HEAD}[ \t]+){{0,2}}"
            rf"(?i:(?:{heads})(?:[ \t]+{_WRITTEN_ADJECTIVE}){{0,3}})[ \t]+"
            # a quoted name whole, lower-case words too ("газета «Вечерний город»"), or capitalised words
            rf"(?:[«“\"](?=[A-ZА-ЯЁ])(?P<quoted>[^«»“”\"\n]{{2,40}}?)[»”\"]|[\"«“]?[ \t]*(?-i:(?P<name>{CAP_NAME}|{_DOMAIN_NAME})))"
        ),
        "organisation": re.compile(
            rf"{B_START}(?:[وبل]|لل)?{article}(?:{alternation(data['organisation_heads'])}){B_END}"
            rf"(?:[ \t]+(?!{_ORG_STOP}(?![^\W_]))[^\s,.;:!?\"«»“”()،؛؟]+){{0,4}}"
        ),
        "org_cue_before": re.compile(
            rf"{B_START}(?:[وف])?(?:{alternation(data['organisation_cues'])})"
            rf"(?:\s+(?!(?:{alternation(data['organisation_not_between'])})(?![^\W_]))[^\s,.;:!?\"]+){{0,2}}?\s*"
            rf"{article}[\"«“]?\s*$"
        ),
        "org_evidence": re.compile(rf"(?:{alternation(data['organisation_evidence_words'])})"),
        "speaking_body": re.compile(rf"{B_START}(?:[وفبل]|لل)?(?:{'|'.join(data['speaking_bodies'])})"),
        "org_cue_not_after": re.compile(
            rf"{B_START}(?:{alternation(data['organisation_cue_not_after'])})\s*$"
        ),
        # "Об этом ТАСС рассказал …", "об этом «Известиям» сообщили в …": the outlet named between "об этом"
        # and a speech verb is the one spoken to (a dative, or an indeclinable name)
        "ru_about_before": re.compile(r"(?<![^\W_])об\s+этом\s*[\"«“]?\s*$"),
        "ru_about_told_after": re.compile(
            rf"[\"»”]?\s+(?:{alternation(data['ru_about_told_verbs'])})(?![^\W_])"
        ),
        # "Ранее в НАК сообщили": the body named between в and its reporting verb
        "ru_in_before": re.compile(r"(?<![^\W_])в\s*$"),
        "ru_in_after": re.compile(
            r"\s+(?:сообщили|заявили|отметили|уточнили|подтвердили|сообщают|пояснили)(?![^\W_])"
        ),
        # a credit glued to the end of a sentence by an aggregator: "…террористов.ИА Регнум", "документе.ТАСС"
        "glued_credit": re.compile(
            rf"(?m)(?<=[.!?\"»])(?P<known>{sc.agency_alt}|{sc.outlet_alt or '(?!x)x'})[ \t]*$"
        ),
        # the last words of the text: "… a coup last year. REUTERS"
        "end_credit": re.compile(rf"(?<=[.!?\"»”])\s+(?P<known>{sc.agency_alt})\s*\.?\s*\Z"),
        # an agency alone on its line, under a headline or among the last lines: "Agence France-Presse", "Agences"
        "line_agency": re.compile(rf"(?m)^[ \t]*(?P<known>{sc.agency_alt})[ \t]*\.?[ \t]*$"),
        # an agency opening the text's first lines, then its first sentence: "РИА Новости. Глава МИД заявил …"
        "lead_dot_agency": re.compile(rf"(?m)^[ \t]*(?P<known>{sc.agency_alt})[ \t]*\.[ \t]+(?=[^\W\d_])"),
        # a KB outlet in parentheses closing a paragraph's last sentence: "… a local official said (BBC)."
        "closing_paren_outlet": re.compile(
            rf"(?m)(?<=[^\W_])[ \t]+(?P<paren>[(\[][ \t]*(?P<known>{sc.outlet_alt or '(?!x)x'})[ \t]*[)\]])[ \t]*[.!?][ \t]*$"
        ),
        # a headline led by its source: "AFP: в Мали…", "RFI: Президент ЦАР…"
        "headline_credit": re.compile(
            rf"(?m)^[ \t]*(?P<known>{sc.agency_alt or '(?!x)x'}|{sc.outlet_alt or '(?!x)x'})[ \t]*:[ \t]+(?=\S)"
        ),
        # a dateline with the agency before the dash: "Ростов-на-Дону. 15 февраля. INTERFAX.RU - …"
        "lead_outlet_dash": re.compile(
            rf"(?m)^[^\n]{{0,60}}?[.,][ \t]*(?P<known>{sc.agency_alt})[ \t]+[-—–][ \t]"
        ),
        # "(BSS/AFP)": two agencies in one credit
        "paren_agency_pair": re.compile(
            rf"[(\[]\s*(?P<known>{sc.agency_alt})\s*/\s*(?P<second>{sc.agency_alt})\s*[)\]]"
        ),
        # a credit closing a rewritten wire story: "Avec AFP" on its line, "… Gao. (Avec agences)", "With Reuters"
        "with_credit": re.compile(
            # (also without parentheses after a sentence: "… à Gao. Avec agences")
            rf"(?m)(?:^[ \t]*\(?|(?<=[.!?»”\"])[ \t]*\(?)[ \t]*(?:avec|with)[ \t]+(?P<known>{sc.agency_alt})"
            rf"(?:[ \t]*(?:,|/|et|and)[ \t]*(?:{sc.agency_alt}))*[ \t]*\)?[ \t]*\.?[ \t]*$"
        ),
        # a line naming the publisher, then the outlet it took the story from: "Tchadmedia avec RFI", "Le Monde
        # avec AFP"
        "publisher_with_credit": re.compile(
            rf"(?m)^[ \t]*[^\W\d_][\w.-]*(?:[ \t]+[^\W\d_][\w.-]*){{0,2}}[ \t]+(?:avec|with)[ \t]+(?P<known>{sc.outlet_alt}){B_END}[ \t]*\.?[ \t]*$"
        )
        if sc.outlet_alt
        else re.compile(r"(?!x)x"),
        # a credit line naming the wires in general and one agency: "Agences/AFP", "Agencies / Reuters"
        "agencies_credit": re.compile(
            rf"(?m)^[ \t]*(?:agences?|agencies)[ \t]*(?:/|,|et|and)[ \t]*(?P<known>{sc.agency_alt})[ \t]*\.?[ \t]*$"
        ),
        # "Avec LePaysTchad" alone on its line: a rewritten story credits the outlet it took it from. The name
        # looks like an outlet's, not a person's ("Avec Marie"): joined capitals, an acronym or a web address.
        "with_outlet_line": re.compile(
            r"(?m)^[ \t]*(?:Avec|With)[ \t]+(?P<name>[A-Z][a-z]+[A-Z][\w.-]{1,30}|[A-Z]{2,}[\w.-]*(?: [A-Z]{2,})?"
            r"|[A-Za-z][\w-]*\.[a-z]{2,4})[ \t]*$"
        ),
        # a source label after the last sentence of a paragraph: "… dans la nuit. Source : AFP"
        "inline_source_label": re.compile(
            rf"(?m)(?<=[.!?»”\"])[ \t]+(?:source|sources|источник|المصدر)(?:[ \t]*:|[ \t]+-)[ \t]*"
            rf"(?P<known>{sc.agency_alt}|{sc.outlet_alt or '(?!x)x'})"
            r"[ \t]*\.?[ \t]*$"
        ),
        # the site a summary was taken from, in parentheses at the end of its paragraph: "… du pays… (rfi.fr)"
        "paren_domain": re.compile(
            r"(?m)\([ \t]*(?P<domain>(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
            r"\.(?!(?:jpe?g|png|gif|pdf|html?|php|mp4|docx?)\b)[a-z]{2,6})[ \t]*\)[ \t]*\.?[ \t]*$"
        ),
        # an agency between slashes, named by its adjective: "/العمانية/" (Oman's agency), "/الكويتية/"
        "slash_nisba": re.compile(r"(?:^|(?<=\s))/[ \t]*(?P<name>ال[^\W\d_]{2,}يه)[ \t]*/(?=\s|$)"),
        # a byline naming an agency: "كتب: رويترز", "By Reuters", "Par AFP"
        # a byline naming an agency, or any KB outlet alone on its line ("par BFMTV" under a headline); the
        # byline may close a line giving the date and time ("12 mai 2020 à 23h29 par AFP")
        "byline_agency": re.compile(
            rf"(?m)^(?:[^\n]{{0,40}}\d[ \t]+)?[ \t]*(?:كتب|كتبت|بقلم|by|par)[ \t]*[:/-]?[ \t]*(?:(?P<known>{sc.agency_alt}){B_END}"
            rf"|(?P<outlet>{sc.outlet_alt or '(?!x)x'})[ \t.]*$)"
        ),
    }


@lru_cache(maxsize=8)
def _cue_anchors(extra_files: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """First words of the cue lists whose patterns are scanned with :func:`finditer_near`."""
    data = load_cues("sources", extra_files)
    anchors = {
        key: first_words(data[key])
        for key in (
            "original_labels",
            "read_more_cues",
            "cited_cues",
            "posted_on_cues",
            "study_nouns",
            "site_cues",
            "photo_labels",
            "told_cues",
            "ar_report_verbs",
            "platforms",
            "outlet_heads",
            "outlet_heads_dual",
        )
    }
    # an interview match may start with [وف]? + one of the leads, up to two characters before a lead
    anchors["interview_cues"] = first_words(data["interview_cues"]) + INTERVIEW_LEADS
    research_forms = [
        fold(form) for canonical, forms in data["research_groups"].items() for form in [canonical, *forms]
    ]
    anchors["research"] = first_words(
        research_forms
        + [
            declined
            for form in research_forms
            for declined in russian_phrase_case_forms(form, russian_declension(extra_files))
        ]
    )
    # every vague source contains one of these head words
    anchors["vague"] = tuple(
        fold(w)
        for w in (
            "مصادر",
            "مصدران",
            "مصدرين",
            "تقارير",
            "التقارير",
            "تقرير",
            "وسائل",
            "اعلام",
            "صحف",
            "صحافة",
            "صحيفة",
            "مواقع",
            "شبكات",
            "منصات",
            "sources",
            "source",
            "reports",
            "rapports",
            "report",
            "media",
            "medias",
            "presse",
            "источники",
            "источников",
            "источникам",
            "sites",
            "agencies",
            "outlets",
            "newspapers",
            "channels",
            "сми",
            "издания",
            "медиа",
            "средства",
            # every case the patterns list ("газет", "телеканалов"), and agencies ("государственные агентства")
            "телеканалы",
            "телеканалов",
            "газеты",
            "газет",
            "информагентства",
            "информагентств",
            "агентства",
            "агентств",
            # counted sources ("на два источника") and unnamed groups ("selon des habitants", "des ONG")
            "источника",
            "каналы",
            "журналисты",
            "журналистов",
            "ong",
            "habitants",
            "témoins",
            "riverains",
            "elus",
            "notables",
            "жителей",
            "жители",
            "очевидцев",
            "очевидцы",
            "witnesses",
            "eyewitnesses",
            "residents",
            # social media as where something comes from ("circulant sur les réseaux sociaux", "в соцсетях")
            "sociaux",
            "соцсетях",
            "соцсетей",
            "соцсети",
            "сетях",
            "сетей",
            "сети",
        )
    )
    return anchors


WORD = re.compile(r"[^\W_]+")
#: Words before ل that make "ل + outlet" a citation (وفقا لصحيفة), not the outlet someone spoke to.
CITING_BEFORE_LAM = ("وفقا", "طبقا", "استنادا", "نسبه", "وفق", "تبعا", "سبق")


def text_words(folded: Iterable[str]) -> set[str]:
    """The folded words of the text (:func:`~rasid.extract.cues.folded_words`), also without a clitic و ف ب ل."""
    words = set(folded)
    # "للتقارير" is ل + التقارير: also the word with its article and without it
    contracted = {w[2:] for w in words if w.startswith("لل")}
    words |= {w[1:] for w in words if w[:1] in "وفبل"} | contracted | {"ال" + w for w in contracted}
    # "وأشارت المصادر": a head word after its article; "فيما قدرته مجلة": a verb before its object pronoun
    # (ه is also the folded ة: a noun without it is one more word that anchors nothing)
    without_article = {w[2:] for w in words if w.startswith("ال") and len(w) > 4}
    without_pronoun = {w[:-1] for w in words if w.endswith("ه") and len(w) > 3} | {
        w[:-2] for w in words if w.endswith("ها") and len(w) > 4
    }
    return words | without_article | without_pronoun


def present_anchors(extra_files: tuple[str, ...], words: set[str]) -> dict[str, list[str]]:
    """The cue anchors whose first word occurs in the text (alone or after a clitic و ف ب ل): the
    others cannot start a match, and looking for each of them with ``str.find`` is most of the cost."""
    by_first_word = _anchors_by_first_word(extra_files)
    present: dict[str, list[str]] = {key: [] for key in _cue_anchors(extra_files)}
    for word in by_first_word.keys() & words:
        for key, anchor in by_first_word[word]:
            present[key].append(anchor)
    return present


@lru_cache(maxsize=8)
def _anchors_by_first_word(extra_files: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    index: dict[str, list[tuple[str, str]]] = {}
    for key, anchors in _cue_anchors(extra_files).items():
        for anchor in anchors:
            found = WORD.search(anchor)
            index.setdefault(found.group() if found else anchor, []).append((key, anchor))
    return index


#: The endings of a Russian verb in the past tense: masculine, feminine, neuter, plural.
_RU_PAST_ENDINGS = ("л", "ла", "ло", "ли")
_RU_PAST_VERB = re.compile(r"[а-яё]{3,}(?:л|ла|ло|ли)")


def russian_past_forms(verbs: Sequence[str]) -> list[str]:
    """The verbs with every form of their Russian past tense: a list naming "сообщало" also finds
    "сообщали" and "сообщала" (an outlet, a channel or channels report in any gender or number)."""
    out = list(verbs)
    for verb in verbs:
        if _RU_PAST_VERB.fullmatch(verb):
            stem = verb[:-2] if verb.endswith(("ла", "ло", "ли")) else verb[:-1]
            out.extend(stem + ending for ending in _RU_PAST_ENDINGS)
    return out


def _declined_platforms(platforms: Sequence[str], declension: RussianDeclension) -> list[str]:
    """The oblique cases of the Cyrillic platform names that end in a consonant: "telegram-канала",
    "Телеграмом", "Твиттеру" (folded)."""
    return [
        fold(name) + ending
        for name in platforms
        if re.search("[бвгджзклмнпрстфхцчшщ]$", fold(name))
        for ending in declension.name_endings
    ]
