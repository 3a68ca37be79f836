"""rasid.entities.v1 and the matcher: Arabic clitics, normalisation, longest match, traps, other languages.

All texts here are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.extract.entities import entities_stage
from rasid.extract.matcher import alias_tokens, entity_matcher, prepare
from rasid.kb import load_kb
from rasid.model import Document


def _entities(text: str) -> list[tuple[str, str, str]]:
    doc = entities_stage(Document(text=text), {})
    return [(a.text, a.label, a.attrs["canonical"]) for a in doc.layer("entities")]


def _canonicals(text: str) -> list[str]:
    return [c for _, _, c in _entities(text)]


@pytest.mark.parametrize(
    ("word", "prefix"),
    [
        ("روسيا", ""),
        ("وروسيا", "و"),
        ("فروسيا", "ف"),
        ("بروسيا", "ب"),
        ("لروسيا", "ل"),
        ("كروسيا", "ك"),
        ("وبروسيا", "وب"),
        ("ولروسيا", "ول"),
        ("فبروسيا", "فب"),
    ],
)
def test_entities_clitic_prefix_stays_outside_the_span(word: str, prefix: str) -> None:
    text = f"وصل الوفد {word} أمس."
    found = _entities(text)
    assert ("روسيا", "GPE", "Russia") in found
    start = text.index(word) + len(prefix)
    doc = entities_stage(Document(text=text), {})
    assert [a.start for a in doc.layer("entities") if a.attrs["canonical"] == "Russia"] == [start]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("تحدث الوفد عن النيجر أمس", "النيجر"),
        ("ذهب الوفد إلى والنيجر", "النيجر"),
        ("ذهب الوفد إلى بالنيجر", "النيجر"),
        ("فالنيجر شريك", "النيجر"),
        ("كالنيجر وتشاد", "النيجر"),
        ("وبالنيجر قوات", "النيجر"),
        ("وللنيجر شركاء", "لنيجر"),
        ("قال إن للنيجر شركاء", "لنيجر"),  # لل = ل + ال: the article's lam stays in the span
        ("انتشر بالفيلق الأفريقي جنود", "الفيلق الأفريقي"),
        ("ووزارة الدفاع الروسية أعلنت", "وزارة الدفاع الروسية"),
        ("وللقوات المسلحة المالية دور", "لقوات المسلحة المالية"),
    ],
)
def test_entities_clitics_before_the_article(text: str, surface: str) -> None:
    assert surface in [t for t, _, _ in _entities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "زار الوزير رُوسِيَا الأسبوع الماضي",  # diacritics
        "زار الوزير روســـيا الأسبوع الماضي",  # tatweel
        "زار الوزير روسيا\u200f الأسبوع الماضي",  # bidi mark after the word
        "زار الوزير ﺭﻭﺳﻴﺎ الأسبوع الماضي",  # presentation forms
    ],
)
def test_entities_diacritics_tatweel_and_presentation_forms(text: str) -> None:
    doc = entities_stage(Document(text=text), {})
    russia = [a for a in doc.layer("entities") if a.attrs.get("kb_id") == "rasid:gpe/ru"]
    assert len(russia) == 1
    assert russia[0].text.replace("ـ", "").startswith(("ر", "ﺭ"))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("صرح سيرغي لافروف بأن", "Sergey Lavrov"),
        ("صرح سيرجي لافروف بأن", "Sergey Lavrov"),
        ("أعلنت الإيكواس قرارها", "Economic Community of West African States (ECOWAS)"),
        ("أعلنت ايكواس قرارها", "Economic Community of West African States (ECOWAS)"),
        ("اجتمع قادة تحالف دول الساحل", "Alliance of Sahel States (AES)"),
        ("هاجمت جماعة نصرة الإسلام والمسلمين موقعا", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
        ("نشرت وكالة تاس الخبر", "TASS"),
        ("نقلت أ ف ب عن مصدر", "Agence France-Presse (AFP)"),
        ("وصلت عناصر فاغنر", "Wagner Group"),
        ("في إقليم أزواد", "Azawad"),
        ("عرضت في منتدى الجيش ٢٠٢٣ مركبات", "Army-2023 International Military-Technical Forum"),
        ("في المنتدى العسكري الجيش-2024", "Army-2024 International Military-Technical Forum"),
    ],
)
def test_entities_arabic_spelling_variants(text: str, canonical: str) -> None:
    assert canonical in _canonicals(text)


def test_entities_longest_match_wins() -> None:
    found = _entities("أصدرت وزارة الدفاع الروسية بيانا حول الاتحاد الروسي")
    assert ("وزارة الدفاع الروسية", "ORG", "Ministry of Defence of the Russian Federation") in found
    assert ("الاتحاد الروسي", "GPE", "Russia") in found
    assert not any(t == "روسيا" for t, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت الأسواق المالية بعد القرار",  # مالية: financial
        "زار الوفد ماليزيا الشهر الماضي",  # Malaysia is not Mali
        "أكد الجيش المالي السيطرة",  # المالي is the adjective (the army is an entity, Mali is not)
        "قدم مستشار مالي تقريره عن الميزانية",  # مالي = financial, no Sahel context
        "شاركت روسيات في البطولة",  # a plural noun, not Russia
    ],
)
def test_entities_never_inside_a_word_or_an_everyday_word(text: str) -> None:
    assert "Mali" not in _canonicals(text)
    assert "Russia" not in _canonicals(text)


def test_entities_ambiguous_mali_needs_support() -> None:
    assert "Mali" in _canonicals("تحدث الرئيس عن الوضع في مالي")  # a place word before it
    assert "Mali" in _canonicals("وصل الوفد إلى باماكو. وقال مسؤول إن مالي تريد السلام")  # Sahel context
    assert "Mali" in _canonicals("تعاون بين روسيا ومالي")  # a clitic marks a name
    assert "Mali" in _canonicals("وقعت مالي وروسيا اتفاقا")  # listed with another country


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Le ministre a rencontré des responsables à Bamako et au Mali.", "Mali"),
        ("Les relations d'Algérie avec le Niger", "Algeria"),
        ("Mali's junta met Russia's envoy in Moscow.", "Mali"),
        ("Mali's junta met Russia's envoy in Moscow.", "Moscow"),
        ("Сергей Лавров встретился с министром.", "Sergey Lavrov"),
        ("Визит в Россию и переговоры с Лавровым", "Sergey Lavrov"),
        ("Визит в Россию и переговоры с Лавровым", "Russia"),
        ("поставки из России", "Russia"),
        ("Встреча с Сергеем Лавровым прошла", "Sergey Lavrov"),
        ("переговоры с Абдулаем Диопом в Москве", "Abdoulaye Diop"),
        ("переговоры с Абдулаем Диопом в Москве", "Moscow"),
        ("Le groupe Wagner et l'Africa Corps", "Africa Corps (Russia)"),
        ("The UN Security Council met on Mali", "United Nations Security Council"),
    ],
)
def test_entities_french_english_russian_forms(text: str, canonical: str) -> None:
    assert canonical in _canonicals(text)


def test_entities_latin_case_rules() -> None:
    assert "United Nations" not in _canonicals("Il a pris un avion pour un voyage.")  # un, not UN
    assert "United Nations" in _canonicals("L'ONU et the UN agree.")
    assert "Moscow" not in _canonicals("moscow mule is a drink")


def test_entities_ambiguous_place_prefers_the_big_one() -> None:
    doc = entities_stage(Document(text="زار الوزير موسكو أمس"), {})
    (moscow,) = [a for a in doc.layer("entities") if a.text == "موسكو"]
    assert moscow.attrs["kb_id"] == "rasid:gpe/ru-moscow" and moscow.attrs["country"] == "RU"


def test_entities_media_and_armed_groups_belong_to_the_org_family() -> None:
    doc = entities_stage(Document(text="قالت رويترز إن جماعة نصرة الإسلام والمسلمين هاجمت"), {})
    labels = {a.label: a.attrs.get("type_family") for a in doc.layer("entities")}
    assert labels == {"MEDIA": "ORG", "ARMED_GROUP": "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال الخبير العسكري كريم ولد أحمدو إن الوضع صعب", "كريم ولد أحمدو"),
        ("واستقبل العقيد مامادو كوليبالي الوفد", "مامادو كوليبالي"),
        ("وصرح السيد عبد الله ولد محمد للصحفيين", "عبد الله ولد محمد"),
        ("وقال المتحدث باسم الحكومة إبراهيم مايغا، إن", "إبراهيم مايغا"),
        ("Selon le général Fousseyni Sanogo, la situation", "Fousseyni Sanogo"),
        ("President Paul Biya said", "Paul Biya"),
        ("Photo: Jane Doeson/Agency", "Jane Doeson"),
        ("заявил генерал Иван Петров", "Иван Петров"),
    ],
)
def test_entities_person_not_in_kb_after_a_title(text: str, name: str) -> None:
    doc = entities_stage(Document(text=text), {})
    people = [a for a in doc.layer("entities") if a.label == "PER"]
    assert [a.text for a in people] == [name]
    assert people[0].attrs["canonical"] == name and "kb_id" not in people[0].attrs
    assert people[0].attrs["role_class"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن الحكومة ستعمل",  # no name after the title
        "وأكد الرئيس خلال الاجتماع",  # a stopword, not a name
        "وتم تعيينه نائبًا ثانيًا لرئيس مجلس الإدارة",  # tanwin words and ل + stopword
        "General Motors said sales rose; the General Assembly voted.",
    ],
)
def test_entities_title_without_a_name_gives_no_person(text: str) -> None:
    # also: a capitalised word after "General" that is a company or a body, not a person
    assert [a for a in entities_stage(Document(text=text), {}).layer("entities") if a.label == "PER"] == []


def test_entities_organisation_by_head_noun() -> None:
    found = _entities("وأعلنت وزارة الخارجية الجزائرية أن صحيفة الوطن الجديدة نشرت")
    assert ("وزارة الخارجية الجزائرية", "ORG", "وزارة الخارجية الجزائرية") in found
    assert ("صحيفة الوطن الجديدة", "MEDIA", "صحيفة الوطن الجديدة") in found


def test_entities_organisation_head_with_everyday_phrase_is_skipped() -> None:
    assert _entities("ازدحمت حركة المرور في المدينة") == []


def test_entities_no_kb_runs_cues_only() -> None:
    doc = entities_stage(Document(text="قال الخبير الأمني سليمان أمزات إن روسيا"), {"use_kb": False})
    assert [(a.text, a.label) for a in doc.layer("entities")] == [("سليمان أمزات", "PER")]


def test_entities_user_kb_file_is_matched(tmp_path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "version: 1\nentries:\n- id: rasid:org/test-militia\n  name: Test Militia\n  type: ARMED_GROUP\n"
        "  aliases: {ar: [كتيبة الاختبار]}\n",
        encoding="utf-8",
    )
    doc = entities_stage(Document(text="هاجمت وكتيبة الاختبار القرية"), {"kb_files": (str(user),)})
    assert [(a.text, a.attrs["kb_id"]) for a in doc.layer("entities")] == [
        ("كتيبة الاختبار", "rasid:org/test-militia")
    ]


def test_matcher_alias_tokens_fold_like_text_tokens() -> None:
    assert alias_tokens("الأمم المتّحدة") == tuple(t.text for t in prepare("الامم المتحدة").tokens)
    assert alias_tokens("Forces armées maliennes") == ("forces", "armees", "maliennes")


def test_matcher_is_built_once_per_kb() -> None:
    kb = load_kb()
    assert entity_matcher(kb) is entity_matcher(kb)


_ARABIC_PIECES = st.sampled_from(
    ["روسيا", "وروسيا", "مالي", "ومالي", "باماكو", "الفيلق الأفريقي", "سيرجي لافروف", "وزير الخارجية",
     "الخبير الأمني سليمان أمزات", "في", "قال", "ُ", "ـ", "\u200f", "😀", " ", "، ", "\n", "Mali", "L'ONU", "T-72B3",
     "ماليزيا", "المالية", "لافروف", "ﻻ", "«", "»"]
)  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(_ARABIC_PIECES, min_size=1, max_size=25))
def test_entities_every_annotation_points_at_its_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    doc = entities_stage(Document(text=text), {})
    for ann in doc.layer("entities"):
        assert doc.text[ann.start : ann.end] == ann.text
        assert ann.text and not ann.text[0].isspace() and not ann.text[-1].isspace()


def test_entities_no_span_inside_a_ligature() -> None:
    # the ligature ﻻ folds to two letters, لا: a clitic ل read off it cannot be left out of the original span
    doc = entities_stage(Document(text="ﻻفي"), {})
    assert all(ann.text for ann in doc.layer("entities"))
    glued = entities_stage(Document(text="قال لإفي"), {})
    assert [(a.text, a.attrs.get("kb_id")) for a in glued.layer("entities")] == [("إفي", "rasid:media/efe")]


def _country_aliases() -> list[tuple[str, str]]:
    """Every one-word Arabic alias of a country that needs no context (a deterministic sample)."""
    kb = load_kb()
    out = []
    for entry in kb.entities():
        if entry.id.count("/") == 1 and len(entry.id) == len("rasid:gpe/xx") and not entry.needs_context:
            for name in entry.aliases.get("ar", ()):
                if " " not in name and "،" not in name:
                    out.append((entry.id, name))
    return sorted(out)[::7]


@pytest.mark.parametrize("prefix", ["", "و", "ب", "ف", "وب", "فل"])
def test_entities_every_sampled_country_alias_with_clitics(prefix: str) -> None:
    missed = []
    for entry_id, name in _country_aliases():
        if prefix.endswith("ل") and name.startswith("ال"):
            continue  # written لل, tested above
        lead = "قال الوزير إن "
        doc = entities_stage(Document(text=f"{lead}{prefix}{name} مهمة"), {})
        hits = [a for a in doc.layer("entities") if a.start == len(lead) + len(prefix)]
        if not hits or hits[0].text != name:
            missed.append((entry_id, name, [(a.text, a.attrs.get("kb_id")) for a in doc.layer("entities")]))
    assert not missed, missed


@pytest.mark.parametrize(
    ("name", "entry_id"),
    [
        ("ولافروف", "rasid:person/sergey-lavrov"),
        ("موسكو", "rasid:gpe/ru-moscow"),
        ("Africa Corps", "rasid:org/africa-corps"),
    ],
)
def test_matcher_resolve_name_gives_the_best_known_entry_first(name: str, entry_id: str) -> None:
    from rasid.extract.matcher import resolve_name

    assert resolve_name(load_kb(), name)[0].id == entry_id
    assert resolve_name(load_kb(), f"{name} وغيره") == []  # the whole string must be the name


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Le Jnim a revendiqué l'embuscade près de Douentza.", "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"),
        ("Selon l'Onu, les déplacés sont plus nombreux.", "United Nations"),
        ("Le sommet de la Cedeao s'ouvre jeudi.", "Economic Community of West African States (ECOWAS)"),
    ],
)
def test_french_press_writes_sahel_acronyms_as_names(text: str, canonical: str) -> None:
    """French newsrooms write long acronyms with one capital (le Jnim, l'Onu): the KB lists those forms."""
    assert canonical in _canonicals(text)
