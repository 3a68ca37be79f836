"""rasid.sources.v1, forms of a tenth development round: a subject after the reporting verb ("«…», indique-t-il",
"…, indique l'AFP") so the name before it reported nothing, a time between a French participle and "par"
("révélée mardi par Le Monde"), "une information de <outlet>", "Об этом <outlet> рассказал …" (the outlet was
told) and a Russian name with a domain ending declined ("«Газете.Ru»"). Sentences written for these tests, each
with a near miss."""

from __future__ import annotations

import pytest
from cited_sources import cited, covers, sources_pipeline

from rasid.extract import default_pipeline
from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return sources_pipeline()


@pytest.fixture(scope="module")
def tagged_pipeline() -> Pipeline:
    """With the name tagger, whose MEDIA names the stage also tries as cited outlets."""
    return default_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "Selon le quotidien, «les vitres ont toutes cédé», précise-t-il dans son édition du soir.",
        "Le siège de l'hebdomadaire Courrier du Lac, indique l'AFP de sources judiciaires, a été perquisitionné.",
    ],
)
def test_subject_after_the_verb_means_the_name_before_reported_nothing(
    tagged_pipeline: Pipeline, text: str
) -> None:
    found = cited(tagged_pipeline, text, "fr")
    assert not any("vitres" in t or "Courrier du Lac" in t for _, t in found), found


def test_inverted_agency_after_a_comma_is_still_cited(tagged_pipeline: Pipeline) -> None:
    found = cited(tagged_pipeline, "Le pont reste fermé, indique l'AFP, faute de contrôle technique.", "fr")
    assert covers(found, "cited_outlet", "AFP"), found


def test_name_then_comma_relative_clause_is_still_the_reporter(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Le Figaro indique que la ligne rouvrira lundi.", "fr")
    assert covers(found, "cited_outlet", "Le Figaro"), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("La piste a été révélée mardi soir par Le Figaro, sans plus de détails.", "cited_outlet"),
        ("Une hypothèse évoquée ce lundi par Libération circule dans la commune.", "cited_outlet"),
        # (a request he refused, "n'a pas souhaité réagir", names no source: see test_sources_eu26)
        ("Le maire, joint hier par l'AFP, a confirmé la fermeture de l'école.", "told_outlet"),
    ],
)
def test_time_between_participle_and_par(pipeline: Pipeline, text: str, kind: str) -> None:
    assert any(k == kind for k, _ in cited(pipeline, text, "fr")), cited(pipeline, text, "fr")


def test_participle_par_a_person_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Le projet évoqué mardi par le maire sera soumis au conseil.", "fr") == []


@pytest.mark.parametrize(
    "text",
    [
        "Confirmant une information de BFMTV, la préfecture a fermé le stade.",
        "Une information du Parisien fait état de trois interpellations.",
        "Des révélations de Mediapart ont relancé l'enquête.",
    ],
)
def test_an_outlets_information_is_cited(pipeline: Pipeline, text: str) -> None:
    assert any(k == "cited_outlet" for k, _ in cited(pipeline, text, "fr")), cited(pipeline, text, "fr")


def test_an_information_of_a_body_is_no_outlet(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Une information de la mairie fait état de trois interpellations.", "fr") == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Об этом ТАСС рассказал представитель оператора связи.", "ТАСС"),
        ("Об этом «Известиям» сообщили в пресс-службе театра.", "Известиям"),
        ("Об этом «Газете.Ru» рассказал преподаватель колледжа.", "Газете.Ru"),
    ],
)
def test_outlet_between_ob_etom_and_a_speech_verb_was_told(
    pipeline: Pipeline, text: str, outlet: str
) -> None:
    assert covers(cited(pipeline, text, "ru"), "told_outlet", outlet), cited(pipeline, text, "ru")


def test_person_between_ob_etom_and_a_speech_verb_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Об этом Петров рассказал на встрече с жителями.", "ru") == []


def test_russian_domain_named_outlet_declines(pipeline: Pipeline) -> None:
    found = cited(pipeline, "По данным Газеты.Ru, сделка сорвалась.", "ru")
    assert covers(found, "cited_outlet", "Газеты.Ru"), found


@pytest.mark.parametrize(
    ("text", "language", "outlet"),
    [
        ("The state news agency SANA, citing a military source, said ten rebels died.", "en", "SANA"),
        ("Агентство Bloomberg, ссылаясь на свои источники, сообщило о сделке.", "ru", "Bloomberg"),
    ],
)
def test_outlet_then_comma_and_a_participle_still_reports(
    pipeline: Pipeline, text: str, language: str, outlet: str
) -> None:
    assert covers(cited(pipeline, text, language), "cited_outlet", outlet), cited(pipeline, text, language)


@pytest.mark.parametrize(
    "text",
    [
        "ونشر الكاتب مقالات في بعض وسائل الإعلام المحلية قبل سفره.",
        "وقد انجرفت وسائل إعلام غربية وراء هذا الوصف في تغطيتها.",
    ],
)
def test_media_named_by_whose_they_are_without_a_cue_is_no_source(pipeline: Pipeline, text: str) -> None:
    assert cited(pipeline, text, "ar") == []


@pytest.mark.parametrize(
    "text",
    [
        "وذكرت وسائل إعلام رسمية أن الجسر سيفتتح الشهر المقبل.",
        "ووصفت وسائل الإعلام المحلية الأضرار بأنها جسيمة.",
    ],
)
def test_media_named_by_whose_they_are_with_a_cue_is_vague(pipeline: Pipeline, text: str) -> None:
    assert any(kind == "vague" for kind, _ in cited(pipeline, text, "ar")), cited(pipeline, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت الوزارة أمس أن السلطات سمحت لصحيفة الفجر بالصدور مجددا.",
        "وقال المتحدث إن الحكومة منحت ترخيصا لقناة الشروق بعد توقف دام شهرا.",
    ],
)
def test_lam_outlet_inside_a_reported_clause_was_not_told(pipeline: Pipeline, text: str) -> None:
    assert not any(kind == "told_outlet" for kind, _ in cited(pipeline, text, "ar")), cited(
        pipeline, text, "ar"
    )


def test_lam_outlet_right_after_the_speech_verb_was_told(pipeline: Pipeline) -> None:
    found = cited(pipeline, "وقال مدير المستشفى لصحيفة الفجر إن الجرحى في حالة مستقرة.", "ar")
    assert covers(found, "told_outlet", "الفجر"), found


@pytest.mark.parametrize(
    "text",
    ["وسبق لصحيفة الفجر أن نشرت تفاصيل الصفقة.", "وكان قد سبق لمجلة «النهار» أن كشفت عن الخلاف."],
)
def test_sabaqa_li_outlet_cites_it(pipeline: Pipeline, text: str) -> None:
    found = cited(pipeline, text, "ar")
    assert any(kind == "cited_outlet" for kind, _ in found) and not any(
        k == "told_outlet" for k, _ in found
    ), found


def test_name_before_a_passive_participle_reported_nothing(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Le magazine «Horizons» diffusé par la chaîne a été primé à Cannes.", "fr")
    assert not any("Horizons" in t for _, t in found), found


def test_station_after_the_hosts_name(pipeline: Pipeline) -> None:
    found = cited(
        pipeline, "«Rien n'a été payé», a affirmé la directrice au micro de Paul Martin sur Europe 1.", "fr"
    )
    assert any("Europe 1" in t for _, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Представитель завода в разговоре с РИАН заявил, что цех закрыт.",
        "Экономист в комментарии РБК отметил рост цен на жильё.",
    ],
)
def test_russian_conversation_and_comment_with_an_outlet(pipeline: Pipeline, text: str) -> None:
    assert cited(pipeline, text, "ru"), text


def test_conversation_with_colleagues_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "В разговоре с коллегами он отметил рост цен.", "ru") == []


@pytest.mark.parametrize(
    "text",
    [
        "Un barrage a été installé jeudi a appris Radio Littoral FM auprès des pompiers.",
        "Le club a recruté un gardien, a appris Le Courrier du Lac.",
    ],
)
def test_an_outlet_that_learned_it(pipeline: Pipeline, text: str) -> None:
    assert any(kind == "cited_outlet" for kind, _ in cited(pipeline, text, "fr")), cited(pipeline, text, "fr")


def test_a_person_who_learned_a_title_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Le garçon a appris Le Petit Prince par cœur.", "fr") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وأوضح المدير أن المبيعات ارتفعت، وفقاً لصحيفة “اليوم”.", "cited_outlet"),
        ("وقالت صحيفة «اليوم» إن المبيعات ارتفعت.", "cited_outlet"),
        ("في رواية كشفت عنها صحيفة «الغد» الأردنية أمس.", "cited_outlet"),
        ("وقال الضابط الذي اتصلت به وكالة الأنباء الألمانية إن الطريق أغلق.", "told_outlet"),
        ("وفي حواره مع جريدة «النهار» قال الوزير إن المفاوضات متعثرة.", "interview"),
        ("وحسب تقرير في صحيفة «الغد»، ارتفعت الأسعار.", "cited_outlet"),
        ("وفقا لما تم تداوله في بعض وسائل الإعلام، استقال المدرب.", "vague"),
    ],
)
def test_arabic_forms_of_the_tenth_round(pipeline: Pipeline, text: str, kind: str) -> None:
    assert any(k == kind for k, _ in cited(pipeline, text, "ar")), cited(pipeline, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "وقال الطبيب الذي اتصلت به الأسرة إن الحالة مستقرة.",
        "وقال الوزير اليوم إن المبيعات ارتفعت.",
        "وكشفت عنه الشرطة أمس بعد التحقيق.",
    ],
)
def test_arabic_near_misses_of_the_tenth_round(pipeline: Pipeline, text: str) -> None:
    assert cited(pipeline, text, "ar") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ونسبت وكالة الأنباء العراقية إلى المحافظ قوله إن الطريق سيفتح.", "cited_outlet"),
        ("ولاحظت صحيفة «الغد» أن الأسعار ارتفعت للمرة الأولى.", "cited_outlet"),
        ("وكتب الوزير في مقال نشر في صحيفة «الغد»: «لا حلول سهلة».", "cited_outlet"),
        ("وقد صرح المخرج لوسائل الإعلام الإيطالية بأنه أنهى التصوير.", "vague"),
    ],
)
def test_arabic_forms_mined_from_saudinewsnet(pipeline: Pipeline, text: str, kind: str) -> None:
    assert any(k == kind for k, _ in cited(pipeline, text, "ar")), cited(pipeline, text, "ar")


def test_media_given_a_licence_in_a_reported_clause_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "وأعلنت الوزارة أن الترخيص منح لبعض وسائل الإعلام الأجنبية.", "ar") == []


def test_arabic_name_stops_before_ila(pipeline: Pipeline) -> None:
    found = cited(pipeline, "ونسبت وكالة الأنباء العراقية الرسمية إلى المحافظ قوله إن الطريق سيفتح.", "ar")
    assert found and not any("إلى" in t for _, t in found), found


def test_a_noun_holding_a_speech_verb_reaches_no_outlet(pipeline: Pipeline) -> None:
    text = "ويهدف البرنامج إلى تطوير مهارات المتدربين في التحدث لوسائل الإعلام المختلفة."
    assert cited(pipeline, text, "ar") == []


@pytest.mark.parametrize(
    "text",
    [
        "« Nous avons trop attendu », confie le président dans l'Equipe.",
        "Le maire a déclaré dans Le Parisien qu'il quittait ses fonctions.",
    ],
)
def test_french_paper_someone_spoke_in(pipeline: Pipeline, text: str) -> None:
    assert any(k == "interview" for k, _ in cited(pipeline, text, "fr")), cited(pipeline, text, "fr")


@pytest.mark.parametrize(
    "text",
    [
        "« Rien ne va », confie le président dans l'équipe de nuit.",
        "Le ministre a déclaré dans un communiqué que le pont était fermé.",
    ],
)
def test_french_dans_without_an_outlet_is_no_source(pipeline: Pipeline, text: str) -> None:
    assert cited(pipeline, text, "fr") == []


def test_russian_magazine_spoken_to(pipeline: Pipeline) -> None:
    found = cited(pipeline, "Режиссёр сказал в интервью журналу «Сеанс», что фильм готов.", "ru")
    assert covers(found, "told_outlet", "Сеанс"), found


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Агентство Bloomberg проинформировало, что сделка закрыта.", "ru", "cited_outlet"),
        ("Ранее СМИ сообщали, что сделка закрыта.", "ru", "vague"),
        ("Le journal maintient son article, écrit de « sources concordantes ».", "fr", "vague"),
        ("وذكرت هيئة الإذاعة الكندية أن الجسر أغلق.", "ar", "cited_outlet"),
        ("وأغلق الجسر بعد الحادث، حسبما ذكر تقرير.", "ar", "vague"),
    ],
)
def test_forms_from_the_earlier_look_only_set(
    pipeline: Pipeline, text: str, language: str, kind: str
) -> None:
    assert any(k == kind for k, _ in cited(pipeline, text, language)), cited(pipeline, text, language)


def test_a_report_handed_in_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "وقدم الفريق تقرير.", "ar") == []


@pytest.mark.parametrize(
    "text",
    [
        "لكنه قال لهيئة الإذاعة الكندية إنه لن يترشح.",
        "ولم يبد المدرب في حديث خاص لوكالة الأنباء الألمانية أي قلق.",
        "وأكدت الممثلة في تصريحاتها لصحيفة «الغد» أنها ستعتزل.",
        "وردا على سؤال لـ«الغد» عن الوضع قال الوزير إن الطريق آمن.",
        "وقال الوزير لتلفزيون «الشرق» إن الوضع مستقر.",
    ],
)
def test_arabic_told_forms_mined_from_saudinewsnet(pipeline: Pipeline, text: str) -> None:
    assert any(k == "told_outlet" for k, _ in cited(pipeline, text, "ar")), cited(pipeline, text, "ar")


@pytest.mark.parametrize(
    "text", ["وردا على سؤال للصحافيين قال الوزير إن الوضع مستقر.", "وقال إن الأموال تعود لتلفزيون الدولة."]
)
def test_arabic_told_near_misses(pipeline: Pipeline, text: str) -> None:
    assert cited(pipeline, text, "ar") == []


@pytest.mark.parametrize(
    "text",
    [
        "ونقل حساب النادي بموقع «تويتر» على الإنترنت عن المدرب قوله إنه باق.",
        "ونشر حساب البطولة بموقع التواصل الاجتماعي على الإنترنت (تويتر) صورة الكأس.",
    ],
)
def test_account_with_b_glued_to_its_site(pipeline: Pipeline, text: str) -> None:
    assert any(k == "social_channel" for k, _ in cited(pipeline, text, "ar")), cited(pipeline, text, "ar")


def test_an_account_created_is_no_channel(pipeline: Pipeline) -> None:
    assert cited(pipeline, "وأنشأ اللاعب حسابا بموقع تويتر.", "ar") == []


@pytest.mark.parametrize(
    "text",
    [
        "Le général est apparu sur Télé Sahel entouré d'officiers.",
        "Le colonel s'est adressé à la nation à la télévision nationale.",
        "Dans un discours diffusé par la radio nationale, le président a appelé au calme.",
    ],
)
def test_french_televised_address_is_an_interview_venue(pipeline: Pipeline, text: str) -> None:
    assert any(k == "interview" for k, _ in cited(pipeline, text, "fr")), cited(pipeline, text, "fr")


@pytest.mark.parametrize(
    "text", ["Le chanteur est apparu à la fenêtre.", "Le général a pris la parole à la tribune de l'ONU."]
)
def test_french_appearance_without_a_broadcaster(pipeline: Pipeline, text: str) -> None:
    assert cited(pipeline, text, "fr") == []


@pytest.mark.parametrize(
    "text",
    [
        "The general appeared on state television on Friday.",
        "He said in a speech broadcast on state TV that talks failed.",
    ],
)
def test_english_televised_address(pipeline: Pipeline, text: str) -> None:
    assert any(k == "interview" for k, _ in cited(pipeline, text, "en")), cited(pipeline, text, "en")


def test_english_appeared_on_a_list_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "His name appeared on the list of suspects.", "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "Генерал выступил с обращением по национальному телевидению.",
        "Президент выступил по местному радио вечером.",
    ],
)
def test_russian_televised_address(pipeline: Pipeline, text: str) -> None:
    assert any(k == "interview" for k, _ in cited(pipeline, text, "ru")), cited(pipeline, text, "ru")


def test_russian_vystupil_po_a_question_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Министр выступил по вопросу бюджета.", "ru") == []


def test_arabic_televised_speech(pipeline: Pipeline) -> None:
    found = cited(pipeline, "وقال الرئيس في خطاب متلفز عبر التلفزيون الرسمي إن الحكومة حلت.", "ar")
    assert any(k == "interview" for k, _ in found), found


def test_arabic_appearing_on_the_surface_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "وظهرت على السطح خلافات جديدة بين الشريكين.", "ar") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Interrogé par nos confrères de RFI, le procureur a évoqué un bilan provisoire.", "told_outlet"),
        ("Le texte, relayé par nos confrères de Jeune Afrique, circule depuis lundi.", "cited_outlet"),
    ],
)
def test_french_our_colleagues_of_an_outlet(pipeline: Pipeline, text: str, kind: str) -> None:
    assert any(k == kind for k, _ in cited(pipeline, text, "fr")), cited(pipeline, text, "fr")


def test_french_our_colleagues_unnamed_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Interrogé par nos confrères, le procureur a refusé de répondre.", "fr") == []


def test_russian_local_channel_in_the_dative(pipeline: Pipeline) -> None:
    found = cited(pipeline, "В интервью местному телеканалу мэр заявил, что мост откроют.", "ru")
    assert any(k == "told_outlet" for k, _ in found), found


def test_russian_working_at_a_local_channel_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "Он много лет работал на местном телеканале.", "ru") == []


def test_arabic_statement_through_national_television(pipeline: Pipeline) -> None:
    found = cited(pipeline, "وقال في بيان عبر التلفزيون الوطني انهم سيحترمون الاتفاقات.", "ar")
    assert any(k == "interview" and "انهم" not in t for k, t in found), found


def test_arabic_word_through_the_phone_is_no_source(pipeline: Pipeline) -> None:
    assert cited(pipeline, "وقال في كلمة عبر الهاتف إن الوضع مستقر.", "ar") == []
