"""rasid.sources.v1: names cited by what surrounds them (an inverted reporting verb, "par"/"by" after a
participle, a reporting verb after the name), outlets named only by what they are, organisations
cited as the origin of a fact, later mentions of an outlet the text introduced, and credits out of
the usual place. Sentences written for these tests, in the shapes news uses, with non-sources beside
them."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.extract.sources import sources_stage
from rasid.model import Document
from rasid.pipeline import Pipeline, registered_stages


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


@pytest.mark.parametrize(
    ("language", "text", "kind", "words"),
    [
        # French: the verb before its subject, a participle with "par", an outlet named by what it is
        (
            "fr",
            "Des tirs ont été entendus près du camp, relate La Gazette du Nord.",
            "cited_outlet",
            "Gazette",
        ),
        ("fr", "« Le calme est revenu », précise Radio Kayira.", "cited_outlet", "Radio Kayira"),
        (
            "fr",
            "Des renforts sont arrivés, a annoncé mardi en fin de journée la télévision d'État du Tchad.",
            "cited_outlet",
            "télévision d'État",
        ),
        ("fr", "Un élu joint par l'AFP a confirmé le bilan.", "told_outlet", "AFP"),
        ("fr", "La nouvelle a été confirmée à l'AFP par un notable.", "told_outlet", "AFP"),
        ("fr", "Le bilan dépasse 40 morts, selon un décompte de l'AFP.", "cited_outlet", "AFP"),
        (
            "fr",
            "Le texte a été lu à la télévision publique tchadienne.",
            "cited_outlet",
            "télévision publique",
        ),
        ("fr", "La chaîne Sahel Matin a montré l'arrivée des blindés.", "cited_outlet", "Sahel Matin"),
        (
            "fr",
            "Selon un rapport du ministère des Affaires étrangères, l'ambassadeur reste en poste.",
            "research",
            "ministère",
        ),
        (
            "fr",
            "Plusieurs sites d'information mauritaniens ont rapporté l'incident.",
            "vague",
            "sites d'information",
        ),
        # English
        ("en", "Troops left the base on Friday, the state broadcaster ORTM said.", "cited_outlet", "ORTM"),
        (
            "en",
            "Instructors arrived, national television Tele Bamako said. Tele Bamako also said a radar was delivered.",
            "cited_outlet",
            "Tele Bamako also said",
        ),
        (
            "en",
            "Five men were detained, the agency said in a statement, Desert Herald reported.",
            "cited_outlet",
            "Desert Herald",
        ),
        ("en", "Supplies ran short, as reported by The Sahel Monitor.", "cited_outlet", "The Sahel Monitor"),
        (
            "en",
            "He said so on Monday in an interview with state-run channel Kanal Dva.",
            "interview",
            "Kanal Dva",
        ),
        ("en", "Photos posted to Telegram by the unit showed a cargo plane.", "social_channel", "Telegram"),
        ("en", "Ten vehicles were seized, according to figures from the Kremlin.", "research", "Kremlin"),
        ("en", "ABIDJAN, May 2, 2021 (BSS/AFP) - Heavy rain fell overnight.", "agency", "BSS/AFP"),
        ("en", "The talks ended without a deal. REUTERS", "agency", "REUTERS"),
        # Russian: a declined outlet name, a verb anywhere before its subject, a body between в and its verb
        ("ru", "По данным Интерфакса, колонна прошла через Гао.", "cited_outlet", "Интерфакса"),
        ("ru", "Об этом сообщает телеканал Al Mayadeen.", "cited_outlet", "Al Mayadeen"),
        ("ru", "Указ публикует в субботу малийский портал Bamada.", "cited_outlet", "Bamada"),
        ("ru", "Ранее в НАК сообщили, что группа окружена.", "cited_outlet", "НАК"),
        ("ru", "AFP: в Ниамее прошел митинг\n\nТысячи людей вышли на улицы.", "cited_outlet", "AFP"),
        ("ru", "Траур объявлен на три дня.ИА Регнум", "agency", "Регнум"),
        # "сообщил телеканал …": the nominative head makes the channel the subject, which reports
        ("ru", "Об этом в четверг сообщил телеканал Al Ghad.", "cited_outlet", "Al Ghad"),
        ("ru", "Посол сообщил ранее РИА Новости, что переговоры идут.", "told_outlet", "РИА Новости"),
        ("en", "According to recent reports, the unit left Menaka.", "vague", "recent reports"),
        ("ru", "«Проекты развиваются», — сообщили в Росатоме.", "cited_outlet", "Росатоме"),
        ("ru", "О сделке писала Le Figaro со ссылкой на источники.", "cited_outlet", "Le Figaro"),
        ("ru", "Об этом пишет Sahel.ru.", "cited_outlet", "Sahel.ru"),
        ("fr", "information fournie par France 24 • 12/03/2023 à 10:00", "cited_outlet", "France 24"),
        ("fr", "Les soldats sont mis en cause dans un nouveau rapport de l'ONU.", "cited_outlet", "ONU"),
        ("ar", "واغادوغو (وكالات) - قتل عشرة جنود في هجوم.", "agency", "وكالات"),
        ("ar", "وفق ما أفاد مصدران أمنيان، أمس.", "vague", "مصدران أمنيان"),
        ("ar", "وقتل خمسة جنود، بحسب بيانات وزارة الدفاع المالية.", "research", "وزارة الدفاع"),
        ("ar", "ووفق صحيفة “صدى الساحل” فإن الحصيلة ارتفعت.", "cited_outlet", "صدى الساحل"),
        # Arabic
        ("ar", "ونقلت الوكالة الفرنسية عن مسؤول محلي أن الطريق أغلق.", "cited_outlet", "الوكالة الفرنسية"),
        (
            "ar",
            "ونقلت وكالة تاس عن تقرير للتلفزيون الحكومي أن الطائرة هبطت.",
            "cited_outlet",
            "للتلفزيون الحكومي",
        ),
        ("ar", 'وقال مسؤول منتخب لـ"فرانس برس" إن الحصيلة ارتفعت.', "told_outlet", "فرانس برس"),
        ("ar", 'وأضاف في مقابلة مع وكالة " نوفوستي" الروسية أن التدريب مستمر.', "interview", "نوفوستي"),
        ("ar", "وأفادت تقارير غربية بأن الاتفاق ألغي.", "vague", "تقارير غربية"),
        ("ar", 'وزعمت صحيفة "الوادي الأخضر" أن الطائرة هبطت.', "cited_outlet", "الوادي الأخضر"),
    ],
)
def test_sources_attribution_finds(
    pipeline: Pipeline, language: str, text: str, kind: str, words: str
) -> None:
    found = cited(pipeline, text, language)
    assert covers(found, kind, words), found


@pytest.mark.parametrize(
    ("language", "text", "not_a_source"),
    [
        ("fr", "Selon lui, l'attaque a été repoussée.", "lui"),
        ("fr", "Selon Abdoulaye Diop, la situation est calme.", "Diop"),
        ("fr", "« Nous sommes prêts », a annoncé Wassim Nasr, journaliste à France 24.", "France 24"),
        ("fr", "« Rien ne change », a indiqué ledit ministère.", "ministère"),
        ("fr", "« Nous partons », a déclaré le porte-parole du Pentagone, Pat Ryder.", "Pentagone"),
        ("en", "A video seen by Reuters showed burnt vehicles.", "showed"),
        ("en", "The troops will leave in May, according to the plan.", "plan"),
        ("en", "The road is shut, according to Ibrahim Kone, a local official.", "Kone"),
        (
            "en",
            "The refinery will be the largest, said Reuters citing Moussa Traore, the minister.",
            "Traore",
        ),
        ("en", "The Russian Defence Ministry did not reply to a request for comment.", "Ministry"),
        ("ru", "По словам Диопа, база пока не обсуждалась.", "Диопа"),
        ("ar", "وقالت وزارة الخارجية إن السفير غادر.", "وزارة"),  # the ministry speaks: a quote's speaker
        # a body's own statement makes it the speaker (the labelling guide), not a cited source
        ("ar", "وفقا لبيان وزارة الداخلية، أغلق الطريق.", "وزارة"),
        ("ru", "«Колонна уничтожена», – передает ТАСС сообщение НАК.", "НАК"),
        ("ar", 'وفق ما أفادت مصادر محلية وكالة "فرانس برس".', "مصادر محلية وكالة"),
    ],
)
def test_sources_attribution_leaves_non_sources(
    pipeline: Pipeline, language: str, text: str, not_a_source: str
) -> None:
    found = cited(pipeline, text, language)
    assert not any(not_a_source in words for _, words in found), found


def test_sources_attribution_learns_an_outlet_the_text_introduced(pipeline: Pipeline) -> None:
    text = (
        "The instructors landed on Wednesday, public broadcaster Radio Sahel Libre (RSL) reported. "
        "One of them spoke to RSL. Another was quoted by RSL as saying the mission would last a year."
    )
    found = cited(pipeline, text, "en")
    assert [k for k, words in found if "RSL" in words and "Libre" not in words] == [
        "told_outlet",
        "cited_outlet",
    ]


def test_sources_stage_declares_the_entities_it_reads() -> None:
    specs = {spec.family: spec for spec in registered_stages()}
    assert "entities" in specs["rasid.sources"].requires
    assert "entities" in specs["rasid.dates"].requires
    # without the entities layer the stage still runs on cue words alone
    doc = sources_stage(Document(text="Об этом сообщает телеканал Al Mayadeen."), {})
    assert [a.label for a in doc.layer("sources")] == ["cited_outlet"]


def _long_article(paragraphs: int) -> Document:
    """``paragraphs`` paragraphs, each introducing a new outlet by a head noun and citing it again later,
    naming a person after a citing cue and an organisation after one (what a long page accumulates)."""
    text = "".join(
        f"Troops moved north, public broadcaster Radio Kilo{i} (RK{i}) reported. RK{i} also said ten men died. "
        f"According to Alpha{i} Beta{i}, the road is shut. Selon le ministère de la Défense, le calme règne.\n"
        for i in range(paragraphs)
    )
    return Document(text=text, language="en")


def test_sources_attribution_cost_is_linear(pipeline: Pipeline) -> None:
    from conftest import lines_run

    entities = Pipeline([spec for spec in pipeline.stages if spec.family == "rasid.entities"])
    work = []
    for paragraphs in (20, 80):
        doc = entities(_long_article(paragraphs))
        cited = [a for a in sources_stage(doc, {}).layer("sources") if "RK" in a.text]
        assert len(cited) >= 2 * paragraphs
        work.append(lines_run(lambda doc=doc: sources_stage(doc, {})))
    assert work[1] / work[0] < 4.6, work  # 4x the text
