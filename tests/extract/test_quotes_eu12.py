"""rasid.quotes.v1 speakers, fr/en/ru round 12: text hard-wrapped at a fixed width (a sentence and its
attribution broken over lines), a speaker's long apposition before the verb, the outlet a speaker told,
a person named inside an apposition. Sentences written for these tests; the people in them are invented."""

from __future__ import annotations

import re

from quote_speakers import direct_speakers

from rasid.extract import analyze_text
from rasid.extract.quotes.cues import quote_cues
from rasid.extract.quotes.marks import unwrap_lines

_WRAPPED = (
    "The provincial authorities on Tuesday rejected reports that the\n"
    "militia had taken over the northern district, calling them\n"
    "propaganda spread by the insurgents.\n"
    '"We are still holding the bridge and\n'
    'the market," Karim Dessouki, a local\n'
    "commander, told reporters by phone.\n"
    '"Nobody has left the town," he\n'
    "added.\n"
)


def test_unwrap_turns_soft_line_breaks_into_spaces_with_the_same_offsets() -> None:
    unwrapped = unwrap_lines(_WRAPPED)
    assert len(unwrapped) == len(_WRAPPED)
    assert "reports that the militia had" in unwrapped
    assert (
        '"We are still holding the bridge and the market," Karim Dessouki, a local commander, told'
        in unwrapped
    )
    # a line that ends a sentence keeps its break
    assert "insurgents.\n" in unwrapped


def test_unwrap_leaves_text_with_lines_as_paragraphs_alone() -> None:
    text = (
        "Attack on the base\nThe army said on Monday that it had repelled an assault.\nTwo soldiers died.\n"
    )
    assert unwrap_lines(text) == text


def test_wrapped_quote_gets_the_speaker_named_on_the_next_lines() -> None:
    assert direct_speakers(_WRAPPED) == ["Karim Dessouki", "Karim Dessouki"]


def test_long_apposition_between_the_name_and_the_verb() -> None:
    text = (
        '"The convoy was stopped at the checkpoint for six hours," Ahmed Salem, a field coordinator '
        "from the relief group that runs the two camps near the border, said on Friday."
    )
    assert direct_speakers(text) == ["Ahmed Salem"]


def test_person_in_the_apposition_after_by_does_not_take_the_next_pronoun() -> None:
    text = (
        "Rebels said the army attacked at dawn.\n"
        '"They are shelling our villages right now," Omar Tahir, a commander from the faction led by '
        "veteran leader Jamal Idris Bashir, told Reuters, speaking from the hills.\n"
        '"They are regular troops, and we will resist," he added.'
    )
    assert direct_speakers(text) == ["Omar Tahir", "Omar Tahir"]


def test_ru_acronym_after_a_title_is_no_person() -> None:
    text = (
        "Хафтар добавил, что прежние соглашения давно устарели.\n"
        "«Мы будем работать над созданием государства до самого конца», — заявил командующий ЛНА."
    )
    doc = analyze_text(text)
    assert "ЛНА" not in [a.text for a in doc.layer("entities") if a.label == "PER"]
    assert direct_speakers(text) != ["ЛНА"]


def test_ru_sentence_after_the_quote_names_the_speaker() -> None:
    quote = "«Мы не намерены отступать от наших требований ни на шаг»."
    assert direct_speakers(f"Переговоры продолжатся. {quote} Об этом заявил Сергей Петров.") == [
        "Сергей Петров"
    ]
    opinion = f"Переговоры продолжатся. {quote} Такое мнение выразил во вторник депутат Сергей Петров."
    assert direct_speakers(opinion) == ["Сергей Петров"]


def test_ru_outlet_reporting_the_quote_is_not_its_speaker() -> None:
    text = "Переговоры продолжатся. «Мы не намерены отступать от наших требований ни на шаг». Об этом сообщает ТАСС."
    assert direct_speakers(text) == [None]


def test_ru_surname_alone_after_the_verb_of_a_speaker_named_without_entity() -> None:
    opening = "Запад проиграл, заявил в интервью агентству министр информации Омран Аз-Зуфари.\n"
    quote = "«Руководство страны смогло раскрыть политику Запада», — сказал"
    assert direct_speakers(f"{opening}{quote} Аз-Зуфари.") == ["Омран Аз-Зуфари"]
    assert direct_speakers(f"{opening}{quote} Минздрав.") == [None]  # a body, not the speaker before


def test_relative_nouns_and_title_abbreviations_come_from_the_cue_data() -> None:
    cues = quote_cues()
    assert cues.ru_relative.fullmatch("помощника") and cues.ru_relative.fullmatch("адвокату")
    assert cues.ru_relative.fullmatch("министра") is None
    full_stop = re.compile(cues.full_stop)
    assert full_stop.search("Brig. Gen. Omar Said") is None
    assert full_stop.search("He left. Then") is not None


def test_en_reported_is_a_speech_verb() -> None:
    text = (
        "The clashes lasted three hours, rebel spokesman Daniel Okello reported on Monday. "
        "“Our fighters pushed them back to the river and took two trucks.”"
    )
    assert direct_speakers(text) == ["Daniel Okello"]


def test_person_met_in_the_speakers_relative_clause_keeps_the_pronoun_chain() -> None:
    text = (
        "« Il faut aller vite et frapper fort », a déclaré M. Ousmane Keita, qui a rencontré mardi son "
        "homologue Pierre Lambert et qui doit partir ce soir.\n\n"
        "« Nous ne laisserons pas le nord aux groupes armés », a-t-il précisé."
    )
    assert direct_speakers(text) == ["Ousmane Keita", "Ousmane Keita"]


def test_new_subject_after_the_relative_clause_still_breaks_the_chain() -> None:
    text = (
        "« Il faut aller vite et frapper fort », a déclaré M. Ousmane Keita, qui a rencontré mardi son "
        "homologue.\n\nPierre Lambert a ensuite pris la parole devant les députés.\n\n"
        "« Nous ne laisserons pas le nord aux groupes armés », a-t-il précisé."
    )
    assert direct_speakers(text)[1] != "Ousmane Keita"


def test_ru_a_woman_after_the_verb_is_an_unnamed_speaker() -> None:
    text = "Соседка погибших вышла к журналистам.\n«Мы всю ночь просидели в подвале и молились», — сказала женщина."
    quote = next(a for a in analyze_text(text).layer("quotes") if a.label == "direct")
    assert quote.attrs["speaker_type"] == "anonymous"
    assert quote.attrs["speaker"] is None


def test_ru_title_in_the_genitive_is_whose_spokesman_the_speaker_is() -> None:
    text = (
        "Об этом заявил пресс-секретарь президента России Дмитрий Песков.\n"
        "Пресс-секретарь добавил, что власти «прекрасно знают, что нужно сделать дальше»."
    )
    assert direct_speakers(text) == ["Дмитрий Песков"]


def test_ru_title_in_the_genitive_with_a_genitive_name_stays_theirs() -> None:
    text = (
        "Агентство приводит заявление генерала Абдурахмана Тчиани.\n"
        "«Ни армия, ни народ не хотят войны, но мы будем защищаться», — сказал генерал."
    )
    assert direct_speakers(text) == ["Абдурахман Тчиани"]


def test_ru_implicit_subject_after_a_sentence_opening_with_an_unmarked_name() -> None:
    text = (
        "Лавров ошибается: что ждет Мали после ухода французов\n\n"
        "Шогель Кокалла Маига, выступая на сессии ООН в Женеве, обвинил Париж в том, что он бросает страну.\n\n"
        "И добавил, что власти найдут замену французским военным, сообщает «Голос Америки».«В результате "
        "ухода войск возникла новая ситуация."
    )
    assert direct_speakers(text) == [None]  # not Lavrov of the headline, not the UN


def test_ru_sentence_after_the_one_holding_the_quote_names_the_speaker() -> None:
    text = (
        "Переговоры зашли в тупик. В Брюсселе «кто-то должен наконец принять решение» и закончить спор. "
        "Об этом заявил депутат Сергей Петров в интервью газете."
    )
    assert direct_speakers(text) == ["Сергей Петров"]


def test_en_outlet_reported_citing_an_unnamed_source() -> None:
    text = (
        "Jets struck two depots near the coast overnight.\n"
        "“The enemy fired missiles from the sea at a number of our positions,” SANA reported, citing "
        "a military source."
    )
    quote = next(a for a in analyze_text(text).layer("quotes") if a.label == "direct")
    assert quote.attrs["speaker_type"] == "anonymous"


def test_ru_person_in_the_genitive_after_a_verb_has_not_spoken() -> None:
    text = (
        "Об этом заявил пресс-секретарь президента России Дмитрий Песков.\n"
        "Песков объяснил поведение Владимира Зеленского желанием понравиться союзникам.\n"
        "«С каждым днем положение Киева становится только хуже», — добавил официальный представитель Кремля."
    )
    assert direct_speakers(text) == ["Дмитрий Песков"]
