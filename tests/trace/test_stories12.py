"""Stories across languages, twelfth round (issue 14).

* Candidates from shared event anchors: a translation, or a report of one event in another language, that the
  lead vectors rank below their few neighbours is still proposed when the two texts share several things a
  translation carries unchanged (figures of three digits or more, full days, places below the country). The
  anchors are stored, so a later run finds them too; a one-language store computes none.
* Numbers: thousands grouped by spaces are one number; figures carried in their order make a translation.
* Story days and cores: one member's background day is not the story's day; a day named without its year is
  the day other members name with it.

The texts are written for these tests (fictional events; the places are real).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from rasid.extract import analyze_documents
from rasid.model import Document
from rasid.store import open_store
from rasid.trace import candidates as cand
from rasid.trace import trace
from rasid.trace.ann import VectorIndex
from rasid.trace.features import DocFeatures, stable_hash
from rasid.trace.membership import Group, agreement, judge_join, judge_merge
from rasid.trace.relate import DEFAULT, Features, figures_in_order, relate_features
from rasid.trace.run import multilingual

ENGLISH = (
    "Floods swept through villages near Agadir and Taroudant on Monday 3 March 2025, killing 214 people and "
    "injuring 1,375, the interior ministry said. In Marrakesh, 96 houses collapsed and 4,210 residents were "
    "moved to schools. The ministry said 388 rescuers were still searching the valleys."
)
FRENCH = (
    "Des inondations ont ravagé des villages près d'Agadir et de Taroudant le lundi 3 mars 2025, faisant 214 "
    "morts et 1375 blessés, selon le ministère de l'Intérieur. À Marrakech, 96 maisons se sont effondrées et "
    "4210 habitants ont été relogés dans des écoles. Le ministère a indiqué que 388 secouristes fouillaient "
    "encore les vallées."
)
# the same actors and places another year, with other figures: nothing a translation would carry in common
OTHER_YEAR = (
    "Des pluies fortes ont touché la région d'Agadir le jeudi 14 novembre 2019 ; le ministère de l'Intérieur a "
    "recensé 12 morts et 57 maisons endommagées près de Taroudant."
)
SMALL_FIGURES = "Le ministère a compté 12 morts, 7 blessés et 30 maisons détruites en 2024 à Rabat."


def _analysed(*pairs: tuple[str, str]) -> list[Document]:
    return list(analyze_documents(Document(text=text, language=lang) for text, lang in pairs))


def _keys(*anchors: str) -> set[int]:
    return {stable_hash(a) for a in anchors}


def test_the_anchors_a_translation_carries_are_figures_days_and_places_not_years_or_small_numbers() -> None:
    (english,) = _analysed((ENGLISH, "en"))
    keys = set(cand.translation_anchors(DocFeatures(english)).tolist())
    assert _keys("numbers:214", "numbers:388", "dates:2025-03-03") <= keys
    assert _keys("kb_ids:rasid:gpe/ma-agadir") <= keys  # a place below the country, linked to the KB
    (small,) = _analysed((SMALL_FIGURES, "fr"))
    small_keys = set(cand.translation_anchors(DocFeatures(small)).tolist())
    # small numbers, a year alone and the capital name no event
    assert not small_keys & _keys("numbers:12", "numbers:30", "numbers:2024", "kb_ids:rasid:gpe/ma-rabat")


def test_the_index_proposes_texts_of_other_languages_sharing_several_anchors_only() -> None:
    index = cand.AnchorIndex()
    shared = np.array(sorted(_keys("numbers:214", "numbers:1375", "dates:2025-03-03")), dtype=np.uint32)
    two = np.array(sorted(_keys("numbers:214", "numbers:1375", "numbers:777")), dtype=np.uint32)
    index.add("fr-1", "fr", shared)
    index.add("en-2", "en", shared)  # the same language as the query: copies are found otherwise
    index.add("ar-3", "ar", two)  # two anchors in common only
    assert index.query("en-1", "en", shared) == ["fr-1"]
    assert index.query("en-1", None, shared) == []  # an unknown language is no other language


@pytest.fixture
def no_lead_neighbours(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lead vectors propose nothing, as when a pair ranks below each text's few nearest neighbours."""
    monkeypatch.setattr(VectorIndex, "neighbours", lambda self, *args, **kwargs: iter(()))


def _relations(tmp_path: Path, docs: list[Document]) -> dict[frozenset[str], str]:
    with open_store(tmp_path / "anchors.db") as store:
        store.add_documents(docs)
        trace(store)
        return {frozenset((r.a, r.b)): r.kind for r in store.relations_among([d.id for d in docs])}


def test_a_one_language_store_computes_no_anchors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("anchors computed or indexed for a one-language store")

    monkeypatch.setattr(cand, "translation_anchors", refuse)
    monkeypatch.setattr(cand.AnchorIndex, "add", refuse)
    first, second = _analysed((FRENCH, "fr"), (OTHER_YEAR, "fr"))
    _relations(tmp_path, [first, second])  # traced without them


def test_a_later_run_finds_the_translation_of_an_earlier_document_through_stored_anchors(
    tmp_path: Path, no_lead_neighbours: None
) -> None:
    english, french, other_year = _analysed((ENGLISH, "en"), (FRENCH, "fr"), (OTHER_YEAR, "fr"))
    with open_store(tmp_path / "incremental.db") as store:
        store.add_documents([french, other_year])
        trace(store)
        store.add_documents([english])  # the next day's run: its translation
        trace(store)
        found = {frozenset((r.a, r.b)): r.kind for r in store.relations_among([english.id, french.id])}
    assert found == {frozenset((english.id, french.id)): "translation"}


def test_a_few_documents_of_another_language_do_not_make_a_run_multilingual() -> None:
    assert multilingual(Counter({"ar": 1, "en": 1}))  # a text and its translation, traced together
    assert multilingual(Counter({"ar": 60, "fr": 40}))
    assert not multilingual(Counter({"ar": 2997, "en": 3}))
    assert not multilingual(Counter({"ar": 2, None: 1}))  # an unknown language is none


def test_a_translation_the_lead_vectors_miss_is_found_through_its_anchors(
    tmp_path: Path, no_lead_neighbours: None
) -> None:
    english, french, other_year = _analysed((ENGLISH, "en"), (FRENCH, "fr"), (OTHER_YEAR, "fr"))
    relations = _relations(tmp_path, [english, french, other_year])
    assert relations.get(frozenset((english.id, french.id))) == "translation"
    # the same places and ministry in another year share no figure or day: never proposed, never related
    assert frozenset((english.id, other_year.id)) not in relations


def test_thousands_grouped_by_spaces_are_one_number_as_in_the_other_languages() -> None:
    french = DocFeatures(
        Document(text="L'explosion a fait 2 800 blessés et 1\u00a0305 morts le 9 mars 2024.", language="fr")
    )
    russian = DocFeatures(
        Document(
            text="Погибли 1 305 человек, еще 2 800 ранены; в 2024 году 300 км дорог закрыты.", language="ru"
        )
    )
    english = DocFeatures(Document(text="The blasts injured 2,800 people and killed 1,305.", language="en"))
    assert {"2800", "1305"} <= french.numbers & russian.numbers & english.numbers
    assert not {"2", "1", "800", "305"} & french.numbers
    assert {"2024", "300"} <= russian.numbers  # a year before a number stays two numbers


def test_arabic_and_english_never_group_thousands_by_spaces() -> None:
    arabic = DocFeatures(Document(text="تتراوح الرسوم بين 150 300 ريال للمتر الواحد.", language="ar"))
    english = DocFeatures(
        Document(text="Fees ranged from 150 300 riyals a metre, officials said.", language="en")
    )
    assert {"150", "300"} <= arabic.numbers and "150300" not in arabic.numbers
    assert {"150", "300"} <= english.numbers and "150300" not in english.numbers


HEZ = ("kb_ids", "rasid:group/hezbollah")


def test_one_members_background_day_is_not_the_days_of_a_story_most_of_whose_members_name_none() -> None:
    members = {f"d{n}": frozenset({HEZ, ("numbers", "2800")}) for n in range(6)}
    members["d6"] = frozenset({HEZ, ("dates", "2023-10-07")})  # the war's first day, recalled as background
    story = Group.of("st", members)
    assert story.days() == frozenset()
    # a report dated on the event's day is judged on its anchors, not turned away for that recalled day
    report = frozenset({HEZ, ("numbers", "2800"), ("dates", "2024-09-17")})
    ok, reason = judge_join(report, story, links=1, cohesion=0.6)
    assert ok and reason["decided_by"] == "anchors"


def test_members_each_dated_on_its_own_day_still_date_the_story() -> None:
    # every member dated (a wire's cables, one a day): the days they name bound the story as before
    story = Group.of("st", {f"d{n}": frozenset({HEZ, ("published", f"2024-09-{10 + n}")}) for n in range(3)})
    assert story.days() == frozenset({"2024-09-10", "2024-09-11", "2024-09-12"})
    late = frozenset({HEZ, ("numbers", "2800"), ("published", "2024-10-20")})
    ok, reason = judge_join(late, story, links=1, cohesion=0.9)
    assert not ok and reason["decided_by"] == "days"


# a toll and its breakdown by province, in English and in Arabic (the figures in the same order)
TOLL_EN = (
    "The storm killed 418 people and injured 1,093, 72 of them seriously, according to a new toll from the "
    "interior ministry on Tuesday. It counted 236 deaths in Taroudant province, 121 in Chichaoua, 38 in "
    "Ouarzazate and 23 in Azilal."
)
TOLL_AR = (
    "أودت العاصفة بحياة 418 شخصا وأصابت 1093 آخرين، بينهم 72 في حالة خطيرة، وفق حصيلة جديدة لوزارة الداخلية "
    "يوم الثلاثاء. وسجلت الوزارة 236 وفاة في إقليم تارودانت و121 في شيشاوة و38 في ورزازات و23 في أزيلال."
)
# the same event reported on its own: some of the figures, in another order
OWN_REPORT_FR = (
    "À Chichaoua, 121 morts ont été recensés ; dans tout le pays la tempête a fait 418 morts, selon le "
    "ministère, qui signale 38 décès à Ouarzazate et un nombre de blessés encore inconnu."
)


def test_figures_carried_in_their_order_count_and_figures_in_another_order_do_not() -> None:
    english, arabic, french = (
        Features(d) for d in _analysed((TOLL_EN, "en"), (TOLL_AR, "ar"), (OWN_REPORT_FR, "fr"))
    )
    assert figures_in_order(english, arabic) == 7
    assert figures_in_order(english, french) == 0  # 121, 418, 38: two of three in the English order


def test_a_translation_is_known_by_its_figures_when_its_sentences_align_poorly() -> None:
    english, arabic, french = (
        Features(d) for d in _analysed((TOLL_EN, "en"), (TOLL_AR, "ar"), (OWN_REPORT_FR, "fr"))
    )
    # sentence alignment asked for more than it can give: only the figures can say "translation"
    blind = replace(DEFAULT, translation_coverage=1.01, partial_translation_coverage=1.01)
    found = relate_features(english, arabic, blind)
    assert found is not None and found.kind == "translation"
    assert found.evidence["metrics"]["figures_in_order"] == 7
    other = relate_features(english, french, blind)
    assert other is None or other.kind != "translation"
    without = relate_features(english, arabic, replace(blind, translation_figures=99))
    assert without is None or without.kind != "translation"


MARRAKESH = ("kb_ids", "rasid:gpe/ma-marrakesh")


def test_a_day_named_without_its_year_is_the_day_other_members_name_with_it() -> None:
    members = {
        "a": frozenset({MARRAKESH, ("dates", "2023-09-09")}),
        "b": frozenset({MARRAKESH, ("dates", "2023-09-09")}),
        "c": frozenset({MARRAKESH, ("dates", "XXXX-09-09")}),  # "on 9 September", no year given
        "d": frozenset({MARRAKESH}),
        "e": frozenset({MARRAKESH}),
    }
    assert ("dates", "2023-09-09") in Group.of("st", members).core()  # three of five hold that day
    assert (
        agreement(
            frozenset({("dates", "XXXX-09-09"), MARRAKESH}), frozenset({("dates", "2023-09-09"), MARRAKESH})
        )
        == 1.0
    )


def test_two_stories_of_one_day_merge_whether_they_give_its_year_or_not() -> None:
    early = {d: frozenset({MARRAKESH, ("numbers", "632"), ("dates", "2023-09-09")}) for d in ("a", "b")}
    later = {d: frozenset({MARRAKESH, ("numbers", "1305"), ("dates", "XXXX-09-09")}) for d in ("c", "d")}
    ok, reason = judge_merge(Group.of("s1", early), Group.of("s2", later), cohesion=0.6)
    assert ok and reason["shared"]["dates"] == ["2023-09-09"]
    # another day of the same place and actors: the cores share the place only
    other = {d: frozenset({MARRAKESH, ("numbers", "1305"), ("dates", "XXXX-09-20")}) for d in ("c", "d")}
    ok, _ = judge_merge(Group.of("s1", early), Group.of("s3", other), cohesion=0.6)
    assert not ok
