"""rasid.sources.v1 on the source forms of real news, per language: channels and accounts, outlets
spoken to, datelines, citations, research groups and collective vague sources (sentences written
for these tests, in the shapes news uses)."""

from __future__ import annotations

import pytest

from rasid.extract import default_pipeline
from rasid.model import Document
from rasid.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    # the entities stage runs first: outlets it links (MEDIA) are cited by what surrounds them
    return default_pipeline({"rasid.ner": {"enabled": False}})


def _sources(pipeline: Pipeline, text: str) -> list[tuple[str, str, object]]:
    doc = pipeline(Document(text=text))
    return [(a.label, a.text, a.attrs.get("outlet")) for a in doc.layer("sources")]


@pytest.mark.parametrize(
    ("text", "kind", "evidence"),
    [
        # social_channel
        (
            "The defence ministry said on its Telegram channel that the convoy reached Gao.",
            "social_channel",
            "said on its Telegram channel",
        ),
        (
            "In a post on his official X account, the minister denied the report.",
            "social_channel",
            "post on his official X account",
        ),
        ("Le ministère a annoncé sur son compte X la fin de l'opération.", "social_channel", "compte X"),
        (
            "L'armée a indiqué sur son site internet que deux véhicules ont été détruits.",
            "social_channel",
            "sur son site internet",
        ),
        (
            "Об этом говорится в телеграм-канале «Полевая почта».",
            "social_channel",
            # (with its preposition, as "sur son site internet": говорится is a posting verb)
            "в телеграм-канале «Полевая почта»",
        ),
        (
            "وقال المتحدث العسكري عبر حسابه الرسمي في تويتر إن القوات تقدمت.",
            "social_channel",
            "حسابه الرسمي في تويتر",
        ),
        ("ونشرت الوزارة على قناتها في تلغرام مقطعا مصورا للعملية.", "social_channel", "قناتها في تلغرام"),
        # told_outlet
        ("A senior officer told Reuters the base had been evacuated.", "told_outlet", "told Reuters"),
        ("A military source confirmed the strike to Reuters on Sunday.", "told_outlet", "to Reuters"),
        (
            "Le porte-parole a déclaré à l'AFP que la ville était sous contrôle.",
            "told_outlet",
            "a déclaré à l'AFP",
        ),
        (
            "Deux officiers ont confirmé sous couvert d'anonymat à l'AFP l'arrivée des renforts.",
            "told_outlet",
            "à l'AFP",
        ),
        ("Об этом сообщил ТАСС источник в силовых структурах.", "told_outlet", "сообщил ТАСС"),
        ("В интервью РИА Новости командир рассказал об операции.", "told_outlet", "В интервью РИА Новости"),
        ("وقال مسؤول عسكري لوكالة رويترز إن الطائرات وصلت.", "told_outlet", "لوكالة رويترز"),
        ("وأكدت مصادر محلية لـ«الشرق الأوسط» أن الطريق أغلق.", "told_outlet", "لـ«الشرق الأوسط»"),
        (
            "وقال الخبير في تصريح لصحيفة وول ستريت جورنال إن الصفقة ألغيت.",
            "told_outlet",
            "في تصريح لصحيفة وول ستريت جورنال",
        ),
        # agency (datelines and credits)
        ("GAO (AFP) - Des renforts sont arrivés mardi.", "agency", "(AFP)"),
        ("NIAMEY, Aug 21 (Reuters) - Niger's junta said on Monday", "agency", "(Reuters)"),
        ("الرياض - واس: أكد وزير الخارجية أن المملكة", "agency", "واس"),
        ("وصل الوفد إلى جدة مساء أمس (واس).", "agency", "(واس)"),
        ("WASHINGTON (CNN) — The president said on Monday", "agency", "(CNN)"),
        ("МОСКВА, 21 авг — РИА Новости. Министр заявил", "agency", "РИА Новости"),
        # cited_outlet
        (
            "The Wall Street Journal reported on Friday that the deal had collapsed.",
            "cited_outlet",
            "The Wall Street Journal reported",
        ),
        ("as reported by Le Monde, the envoy was expelled.", "cited_outlet", "as reported by Le Monde"),
        (
            "La junte a expulsé l'ambassadeur, rapporte Jeune Afrique.",
            "cited_outlet",
            "rapporte Jeune Afrique",
        ),
        ("Как пишет «Коммерсантъ», сделка сорвалась.", "cited_outlet", "Как пишет «Коммерсантъ»"),
        ("Сделка сорвалась, сообщает «Голос Америки».", "cited_outlet", "сообщает «Голос Америки»"),
        ("ونقلت صحيفة واشنطن بوست عن مسؤولين أن القوات انسحبت.", "cited_outlet", "ونقلت صحيفة واشنطن بوست"),
        ("قتل جنديان، حسبما أعلنت وكالة الأناضول.", "cited_outlet", "أعلنت وكالة الأناضول"),
        (
            "ارتفعت الأسعار، وفقًا لصحيفة «بانكوك بوست». وقال الوزير",
            "cited_outlet",
            "وفقًا لصحيفة «بانكوك بوست»",
        ),
        ("وحسب ما نقلته وكالة (د ب أ) فإن الوزيرة", "cited_outlet", "وحسب ما نقلته وكالة (د ب أ)"),
        ('وقالت المؤسسة في بيان نشرته "واس"، أمس، إن القرار', "cited_outlet", 'نشرته "واس"'),
        ("وكانت صحيفة «الخبر» نقلت عن مصادر عسكرية أن الموكب", "cited_outlet", "صحيفة «الخبر»"),
        ("الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس  أودعت الإدارة", "agency", "واس"),
        (
            "وقال رئيس اللجنة في البرلمان لوكالة فارس نيوز أن البرلمان سيناقش",
            "told_outlet",
            "لوكالة فارس نيوز",
        ),
        ("The state news agency SANA reported that the convoy was hit.", "cited_outlet", "SANA reported"),
        (
            "Selon les informations de RFI, le convoi est arrivé.",
            "cited_outlet",
            "Selon les informations de RFI",
        ),
        (
            "D'après l'agence de presse officielle, le président a quitté Niamey.",
            "cited_outlet",
            "D'après l'agence de presse officielle",
        ),
        ("Передает корреспондент ТАСС, колонна прибыла.", "cited_outlet", "Передает корреспондент ТАСС"),
        ("وبث التلفزيون الرسمي صورا للعملية.", "cited_outlet", "وبث التلفزيون الرسمي"),
        (
            "According to a statement on its website, the ministry denied it.",
            "social_channel",
            "on its website",
        ),
        # research
        ("According to ACLED, more than 500 civilians were killed.", "research", "ACLED"),
        ("Satellite images from Maxar show new trenches near the base.", "research", "Maxar"),
        (
            "Human Rights Watch said in a report that soldiers executed villagers.",
            "research",
            "Human Rights Watch",
        ),
        ("Selon Human Rights Watch, les soldats ont exécuté des civils.", "research", "Human Rights Watch"),
        ("وأفاد المرصد السوري لحقوق الإنسان بمقتل عشرة مدنيين.", "research", "المرصد السوري لحقوق الإنسان"),
        ("وفقا لبيانات أكليد، قتل أكثر من 500 مدني.", "research", "أكليد"),
        # vague
        ("Local sources said the attackers came on motorbikes.", "vague", "Local sources"),
        ("Russian media reported that the aircraft landed.", "vague", "Russian media"),
        (
            "Selon des sources locales, une dizaine de civils ont été tués.",
            "vague",
            "Selon des sources locales",
        ),
        ("d'après les médias russes, l'avion a atterri.", "vague", "les médias russes"),
        ("По данным местных источников, погибли десять человек.", "vague", "местных источников"),
        ("Об этом сообщают местные СМИ.", "vague", "местные СМИ"),
        ("Sources said the talks had failed.", "vague", "Sources"),
        ("Источники сообщили, что колонна ушла.", "vague", "Источники"),
        ("وأفادت مصادر محلية بأن المسلحين انسحبوا.", "vague", "مصادر محلية"),
        ("وذكرت وسائل الإعلام اللبنانية أن الطريق أغلق.", "vague", "وسائل الإعلام اللبنانية"),
        ("وذكرت تقارير إعلامية أن الصفقة ألغيت.", "vague", "تقارير إعلامية"),
        ("ووفقا لمصادر تحدثت للقناة، فإن الموعد تأجل.", "vague", "لمصادر"),
        ("قال مسؤول محلي ومصادر بالشرطة إن 12 شخصا قتلوا.", "vague", "ومصادر بالشرطة"),
    ],
)
def test_sources_grammar_kind_and_evidence(pipeline: Pipeline, text: str, kind: str, evidence: str) -> None:
    assert (kind, evidence) in [(k, e) for k, e, _ in _sources(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "kind", "outlet"),
    [
        ("وقال مسؤول عسكري لوكالة رويترز إن الطائرات وصلت.", "told_outlet", "Reuters"),
        ("وأكدت مصادر محلية لـ«الشرق الأوسط» أن الطريق أغلق.", "told_outlet", "Asharq Al-Awsat"),
        (
            "وقالت مصادر صحفية لوكالة الأنباء الألمانية (د.ب.أ)، إن مدرعات وصلت.",
            "told_outlet",
            "Deutsche Presse-Agentur",
        ),
        ("الرياض - واس: أكد الوزير", "agency", "Saudi Press Agency (SPA)"),
        ("According to ACLED, 500 people died.", "research", "ACLED"),
    ],
)
def test_sources_grammar_links_the_outlet(pipeline: Pipeline, text: str, kind: str, outlet: str) -> None:
    assert outlet in [o for k, _, o in _sources(pipeline, text) if k == kind]


def test_sources_grammar_channel_name_is_kept_as_written(pipeline: Pipeline) -> None:
    doc = pipeline(
        Document(text="Министерство сообщило в своем телеграм-канале «Военная хроника», что колонна прибыла.")
    )
    (channel,) = [a for a in doc.layer("sources") if a.label == "social_channel"]
    assert channel.attrs["channel"] == "Военная хроника"
    assert channel.attrs["platform"] == "телеграм-канале"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("ونشر حساب وزارة الدفاع على تويتر صورا للعملية", "وزارة الدفاع"),
        ("Об этом говорится в телеграм-канале Минобороны России.", "Минобороны России"),
        (
            "Il a annoncé sur le compte X du ministère de la Défense la fin des combats.",
            "ministère de la Défense",
        ),
        ("The video was posted on the Telegram channel of Wagner Group.", "Wagner Group"),
        ("The ministry said on Telegram Monday that the convoy arrived.", None),
        ("وقال المتحدث عبر حسابه في تويتر إن القوات تقدمت.", None),
    ],
)
def test_sources_grammar_channel_owner(pipeline: Pipeline, text: str, owner: str | None) -> None:
    doc = pipeline(Document(text=text))
    (channel,) = [a for a in doc.layer("sources") if a.label == "social_channel"]
    assert channel.attrs.get("owner") == owner


def test_sources_grammar_an_abbreviation_after_the_outlet_is_not_a_dateline(pipeline: Pipeline) -> None:
    found = _sources(pipeline, "وقالت مصادر لوكالة الأنباء الأردنية (بترا) إن المملكة")
    assert [k for k, _, _ in found if k == "agency"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a platform as a company or a topic, not where something was posted
        "Facebook plans to enter the payments market next year.",
        "تعتزم فيسبوك الدخول في مجال خدمات الدفع.",
        # a columnist's handle under a platform name is a signature
        "مقال الرأي ينتهي هنا.\nتويتر\n@columnist",
        # research organisations as subjects of news, not evidence
        "Human Rights Watch opened an office in Bamako.",
        # sources of something else
        "يمثل الوقود أحد مصادر الاحتباس الحراري.",
        "تعتمد المملكة على مصادر مائية متعددة.",
        "The country needs new sources of water.",
        # the media as a topic
        "عقد الوزير مؤتمرا صحفيا مع وسائل الإعلام.",
        # a quoted title after ل is not an outlet
        "وقال العبادي خلال كلمة في المؤتمر الأول لـ«التعايش بين الشباب» إن الإصلاح مستمر.",
    ],
)
def test_sources_grammar_no_source(pipeline: Pipeline, text: str) -> None:
    assert _sources(pipeline, text) == []


def test_sources_grammar_citation_after_wafqan_is_not_told(pipeline: Pipeline) -> None:
    found = _sources(pipeline, "وقال الوزير إن الأسعار ارتفعت وفقا لصحيفة «الوطن» الكويتية.")
    assert [k for k, _, _ in found] == ["cited_outlet"]


@pytest.mark.parametrize(
    ("text", "url", "kind"),
    [
        ("وقال مصدر لـ«الشرق الأوسط» إن القوات تقدمت", "http://aawsat.com/home/article/1", "publisher"),
        ("وقال مصدر لـ«الشرق الأوسط» إن القوات تقدمت", "http://www.okaz.com.sa/article/1", "told_outlet"),
        ('وأضاف المسؤول لـ"الوطن" أن المشروع اكتمل', "http://www.alwatan.com.sa/article/1", "publisher"),
        ("وقال مصدر لـ«الشرق الأوسط» إن القوات تقدمت", None, "told_outlet"),
    ],
)
def test_sources_grammar_the_publisher_naming_itself_is_not_a_cited_source(
    pipeline: Pipeline, text: str, url: str | None, kind: str
) -> None:
    doc = pipeline(Document(text=text, url=url))
    (source,) = doc.layer("sources")
    assert source.label == kind
    assert source.attrs.get("self") is (True if kind == "publisher" else None)


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # the publisher's own dateline: no shorter piece of it is left as an agency
        ("ТЕЛЬ-АВИВ, 4 января. /ТАСС/. Армия провела учения у границы.", "https://tass.ru/politika/1", []),
        # the publisher's own "as Day.Az reports": no "Day" is left as a cited outlet; the agency it cites stays
        (
            "Армия провела учения у границы.\nКак передает Day.Az со ссылкой на ТАСС, учения продлятся неделю.",
            "https://news.day.az/world/1.html",
            [("cited_outlet", "со ссылкой на ТАСС")],
        ),
        # a fully qualified host name ends in a dot: still the publisher's own address
        (
            "Le ministre a déclaré à l'agence SANA que les routes étaient rouvertes.",
            "https://sana.sy./fr/?p=1",
            [],
        ),
    ],
)
def test_sources_grammar_nothing_is_left_on_the_publishers_own_name(
    pipeline: Pipeline, text: str, url: str, expected: list[tuple[str, str]]
) -> None:
    doc = pipeline(Document(text=text, url=url))
    cited = [(a.label, a.text) for a in doc.layer("sources") if a.label != "publisher"]
    assert cited == expected


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # social media as where the information comes from
        (
            "Des vidéos diffusées sur les réseaux sociaux montrent des blindés dans les rues.",
            "les réseaux sociaux",
        ),
        ("Selon les réseaux sociaux, le convoi a été attaqué près du pont.", "les réseaux sociaux"),
        ("Social media users reported explosions near the airport.", "Social media users"),
        ("Videos circulating on social media showed armoured vehicles in the streets.", "social media"),
        ("Колонна попала в засаду, сообщают в соцсетях.", "соцсетях"),
        ("По данным социальных сетей, колонна попала в засаду.", "социальных сетей"),
        ("В соцсетях появились кадры взрыва на складе.", "соцсетях"),
        # an adverb between the unnamed group and its verb
        ("Witnesses also reported heavy gunfire near the airport.", "Witnesses"),
        ("Residents later said the militants had left the town.", "Residents"),
        # a Russian speech verb before its unnamed subject
        ("Колонна попала в засаду, рассказали местные жители.", "местные жители"),
        ("Колонна попала в засаду, говорят очевидцы.", "очевидцы"),
    ],
)
def test_sources_grammar_vague_social_media_and_inverted_groups(
    pipeline: Pipeline, text: str, evidence: str
) -> None:
    assert ("vague", evidence) in [(k, t) for k, t, _ in _sources(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement veut réguler les réseaux sociaux.",
        "The government plans to regulate social media.",
        "Правительство хочет ограничить соцсети для подростков.",
    ],
)
def test_sources_grammar_social_media_as_a_topic_is_no_source(pipeline: Pipeline, text: str) -> None:
    assert _sources(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "kind", "evidence"),
    [
        # an outlet closing its paragraph, in parentheses or after a dash on its own line
        ("Le convoi est arrivé à Gao après deux jours de route. (BBC)", "agency", "BBC"),
        ("Колонна прибыла в Гао после двух дней пути.\n— Lenta.ru", "agency", "Lenta.ru"),
        # a site's domain closing the story, with a full stop
        ("Колонна прибыла в Гао после двух дней пути.\nHaqqin.az.", "agency", "Haqqin.az"),
        # where a republished story first appeared
        (
            "The convoy reached Gao after two days.\nThis post was originally published on France24",
            "cited_outlet",
            "originally published on France24",
        ),
        # the publisher's name in two words, then the agency it took the story from
        ("Le convoi est arrivé à Gao après deux jours de route.\nLe Monde avec AFP", "agency", "AFP"),
    ],
)
def test_sources_grammar_closing_credits(pipeline: Pipeline, text: str, kind: str, evidence: str) -> None:
    assert (kind, evidence) in [(k, t) for k, t, _ in _sources(pipeline, text)]


def test_sources_grammar_a_photo_banks_address_credits_a_picture_not_the_story(pipeline: Pipeline) -> None:
    text = "Le Niger veut former ses officiers en Russie\n- Gettyimages.ru\nLe convoi est arrivé à Gao."
    assert _sources(pipeline, text) == []


def test_sources_grammar_an_acronym_spelled_out_before_is_no_closing_credit(pipeline: Pipeline) -> None:
    text = "Le convoi a été filmé par la British Broadcasting Corporation (BBC)."
    assert not any(k == "agency" for k, _, _ in _sources(pipeline, text))


@pytest.mark.parametrize(
    ("text", "kind", "evidence"),
    [
        # a state broadcaster someone announced on, or that aired the footage
        ("The governor announced on public TV that the road had reopened.", "interview", "on public TV"),
        (
            "Footage of the convoy was broadcast on Chad's state television.",
            "cited_outlet",
            "Chad's state television",
        ),
        (
            "Des images du convoi ont été diffusées sur la télévision nationale.",
            "cited_outlet",
            "la télévision nationale",
        ),
        (
            "Кадры колонны показало государственное телевидение Чада.",
            "cited_outlet",
            "государственное телевидение Чада",
        ),
    ],
)
def test_sources_grammar_state_broadcasters(pipeline: Pipeline, text: str, kind: str, evidence: str) -> None:
    assert (kind, evidence) in [(k, t) for k, t, _ in _sources(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("The ministry posted on @GaoCouncil that the bridge had reopened.", "posted on @GaoCouncil"),
        ("Le conseil a publié sur son compte @ConseilGao un communiqué.", "compte @ConseilGao"),
        ("Совет сообщил в своем канале @gao_council, что мост открыт.", "канале @gao_council"),
    ],
)
def test_sources_grammar_an_account_named_by_its_handle(pipeline: Pipeline, text: str, evidence: str) -> None:
    assert ("social_channel", evidence) in [(k, t) for k, t, _ in _sources(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "For more news, follow us on @GaoDaily.",
        "Contact the council at press@gao-council.org for details.",
        "Article by Awa Traoré @awatraore",
    ],
)
def test_sources_grammar_a_handle_alone_is_no_source(pipeline: Pipeline, text: str) -> None:
    assert not any(k == "social_channel" for k, _, _ in _sources(pipeline, text))


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        # the KB knows the outlet's domain: its own "as we wrote" on its page is the publisher
        ("Как писала газета ВЗГЛЯД, переговоры продолжатся.", "https://vz.ru/news/2025/1.html", "publisher"),
        (
            "Как писала газета ВЗГЛЯД, переговоры продолжатся.",
            "https://example.org/news/1.html",
            "cited_outlet",
        ),
        ("La caravane a été attaquée, rapporte Sahara Medias.", "https://fr.saharamedias.net/1", "publisher"),
    ],
)
def test_sources_grammar_outlets_known_by_their_domains(
    pipeline: Pipeline, text: str, url: str, expected: str
) -> None:
    doc = pipeline(Document(text=text, url=url))
    assert [a.label for a in doc.layer("sources")] == [expected]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Internet access was cut across the region, according to NetBlocks.", "NetBlocks"),
        ("وقالت الشبكة السورية لحقوق الإنسان إن القصف استهدف السوق.", "الشبكة السورية لحقوق الإنسان"),
    ],
)
def test_sources_grammar_monitors_cited_as_evidence(pipeline: Pipeline, text: str, evidence: str) -> None:
    assert ("research", evidence) in [(k, t) for k, t, _ in _sources(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "kind", "evidence"),
    [
        # a topic closed by a comma before ف: "as for the paper, it stressed"
        ("أما جريدة «الصباح»، فأكدت أن المفاوضات تعثرت.", "cited_outlet", "جريدة «الصباح»"),
        # the press of a country, cited
        ("وأكدت الصحافة البرازيلية أن المدرب تلقى عرضا رسميا.", "vague", "الصحافة البرازيلية"),
        ("ونقلت الصحافة المحلية أن المحكمة أجلت الجلسة.", "vague", "الصحافة المحلية"),
    ],
)
def test_sources_grammar_arabic_press_and_topicalised_outlets(
    pipeline: Pipeline, text: str, kind: str, evidence: str
) -> None:
    assert (kind, evidence) in [(k, t) for k, t, _ in _sources(pipeline, text)]


@pytest.mark.parametrize(
    "text", ["تحدث الوزير عن الصحافة الورقية ومستقبلها.", "يعمل في مجال الصحافة منذ عشرين عاما."]
)
def test_sources_grammar_the_press_as_a_topic_is_no_source(pipeline: Pipeline, text: str) -> None:
    assert _sources(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "kind", "evidence"),
    [
        # an interview described before "مع"
        (
            "ودعا الوزير في حوار مطول جدا مع صحيفة «حرييت» إلى التهدئة.",
            "interview",
            "حوار مطول جدا مع صحيفة «حرييت»",
        ),
        (
            "وقال في مقابلة حصرية مع قناة العربية إن الطريق سيفتح.",
            "interview",
            "مقابلة حصرية مع قناة العربية",
        ),
        # what an outlet obtained, saw or received
        ("وجاء ذلك في وثيقة اطلعت عليها رويترز.", "cited_outlet", "اطلعت عليها رويترز"),
        (
            "وقالت في رسالة تلقتها وكالة الصحافة الفرنسية إن الفريق سيصل.",
            "cited_outlet",
            "تلقتها وكالة الصحافة الفرنسية",
        ),
    ],
)
def test_sources_grammar_arabic_interviews_and_documents_obtained(
    pipeline: Pipeline, text: str, kind: str, evidence: str
) -> None:
    assert (kind, evidence) in [(k, t) for k, t, _ in _sources(pipeline, text)]


def test_sources_grammar_a_meeting_is_no_interview(pipeline: Pipeline) -> None:
    assert _sources(pipeline, "وعقد الوزير لقاء موسعا مع وفد الشركة.") == []


@pytest.mark.parametrize(
    "text", ["وارتفع الإنتاج، بحسب تقرير لـ«رويترز».", "وارتفع الإنتاج، وفقا لتقرير لـ«رويترز»."]
)
def test_sources_grammar_arabic_an_outlets_report_cited(pipeline: Pipeline, text: str) -> None:
    assert [k for k, _, o in _sources(pipeline, text) if o == "Reuters"] == ["cited_outlet"]


def test_sources_grammar_a_described_interview_needs_the_outlet_named(pipeline: Pipeline) -> None:
    text = "وشرح الوزير في أول حوار له مع صحيفة عربية منذ توليه المنصب أولويات بلاده."
    assert not any(k == "interview" for k, _, _ in _sources(pipeline, text))
