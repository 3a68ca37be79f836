"""Each format on the sample corpus and on small inputs built here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid.errors import MalformedInputError, NoArticleError
from rasid.readers import read_bytes, read_paths
from rasid.readers.base import ReadResult, clean_text, parse_published
from rasid.readers.plaintext import title_of


def _docs(results: list[ReadResult]) -> dict[str, object]:
    assert all(r.ok for r in results), [(r.source, str(r.error)) for r in results if not r.ok]
    return {r.source: r.document for r in results}


@pytest.fixture(scope="module")
def sample_results() -> list[ReadResult]:
    samples = Path(__file__).resolve().parents[2] / "samples"
    return list(read_paths([str(samples)]))


def test_samples_all_read_without_errors(sample_results: list[ReadResult]) -> None:
    docs = _docs(sample_results)
    assert len(docs) == 15
    languages = sorted(d.language for d in docs.values())  # type: ignore[attr-defined]
    assert {lang: languages.count(lang) for lang in set(languages)} == {"ar": 5, "en": 4, "fr": 4, "ru": 2}
    formats = {d.meta["format"] for d in docs.values()}  # type: ignore[attr-defined]
    assert formats == {"text", "html", "jsonl", "feed", "warc"}
    assert len({d.id for d in docs.values()}) == len(docs)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("suffix", "language", "outlet", "published", "title_start"),
    [
        ("html/sahel-alyoum-malian-officer.html", "ar", "الساحل اليوم", "2025-01-18", "ضابط مالي"),
        (
            "html/courrier-sahel-officier-malien.html",
            "fr",
            "Le Courrier du Sahel",
            "2025-01-19",
            "Mali : un officier",
        ),
        ("html/annaba-kidal-attack.html", "ar", "النبأ الأفريقي", None, "مقتل جنود ماليين"),
        ("text/tass-ru-malian-officer.txt", "ru", None, None, "Малийский офицер"),
        ("text/afriqia-near-copy.cp1256.txt", "ar", None, None, "ضابط مالي"),
        ("text/media-influence-analysis.utf16.txt", "ar", None, None, "كيف تصنع"),
        ("jsonl/sahel-wire-mixed.jsonl#1", "en", "Sahel Wire", "2025-01-22", "Niger rules out"),
        ("jsonl/sahel-wire-mixed.jsonl#3", "ru", "Вестник Африки", "2025-01-20", "«Африканский корпус»"),
        (
            "feeds/radio-sahel-info.rss.xml#1",
            "fr",
            "Radio Sahel Info - Sécurité",
            "2024-08-21",
            "Mali : une patrouille",
        ),
        ("feeds/sahel-digest.atom.xml#1", "en", "Sahel Security Digest", "2025-01-19", "Africa Corps convoy"),
        ("warc/sahel-crawl.warc.gz#3", "en", "TASS", "2025-01-18", "Malian officer says"),
        ("warc/sahel-crawl.warc.gz#6", "en", "Sahel Watch", "2025-01-20", "How Russian state media"),
    ],
)
def test_sample_metadata(
    sample_results: list[ReadResult],
    suffix: str,
    language: str,
    outlet: str | None,
    published: str | None,
    title_start: str,
) -> None:
    matches = [r.document for r in sample_results if r.source.endswith(suffix)]
    assert len(matches) == 1, suffix
    doc = matches[0]
    assert doc is not None
    assert doc.language == language
    assert doc.outlet == outlet
    assert doc.published == published
    assert doc.published_precision == ("day" if published else None)
    assert doc.title is not None and doc.title.startswith(title_start)
    assert doc.meta["source"].endswith(suffix)


def test_windows_1256_sample_is_readable_arabic(sample_results: list[ReadResult]) -> None:
    (doc,) = [r.document for r in sample_results if r.source.endswith(".cp1256.txt")]
    assert doc is not None
    assert "وأضاف ديارا: «دبابات T-72B3" in doc.text
    assert doc.meta["encoding"] == "cp1256"
    assert "\r" not in doc.text


def test_html_canonical_url_author_and_date_source(sample_results: list[ReadResult]) -> None:
    (doc,) = [r.document for r in sample_results if r.source.endswith("sahel-alyoum-malian-officer.html")]
    assert doc is not None
    assert doc.url == "https://sahel-alyoum.example/africa/2025/01/18/malian-officer-russian-equipment"
    assert doc.author == "قسم الشؤون الأفريقية"
    assert doc.meta["date_source"] == "meta:article:published_time"
    assert "الأكثر قراءة" not in doc.text  # sidebar is not article text
    assert "window.analytics" not in doc.text


def test_html_arabic_visible_date_is_never_misread() -> None:
    """trafilatura/htmldate turn "الأربعاء 21 أغسطس/آب 2024" into 2024-01-01; we store unknown instead."""
    page = """<html lang="ar"><head><meta charset="utf-8"><title>هجوم قرب تمبكتو</title></head><body>
    <div class="date">الأربعاء 21 أغسطس/آب 2024</div>
    <article><h1>هجوم قرب تمبكتو</h1>
    <p>أعلن الجيش المالي أن دورية تعرضت لكمين على الطريق المؤدي إلى تمبكتو، وأن الاشتباك استمر ساعة كاملة قبل وصول التعزيزات.</p>
    <p>وقال مصدر عسكري إن المهاجمين انسحبوا نحو الحدود الموريتانية بعد أن خسروا عددا من الدراجات النارية.</p>
    </article></body></html>""".encode()
    (result,) = read_bytes(page, "timbuktu.html")
    assert result.document is not None
    assert result.document.published in (None, "2024-08-21")
    assert result.document.published != "2024-01-01"


def test_html_sample_date_trap_gives_unknown_date(sample_results: list[ReadResult]) -> None:
    (doc,) = [r.document for r in sample_results if r.source.endswith("annaba-kidal-attack.html")]
    assert doc is not None
    assert doc.published is None
    assert doc.published_precision is None


@pytest.mark.parametrize(
    ("markup", "expected", "source"),
    [
        (
            '<meta property="article:published_time" content="2024-08-21T07:00:00+02:00">',
            "2024-08-21",
            "meta",
        ),
        ('<meta itemprop="datePublished" content="2023-12-02">', "2023-12-02", "meta"),
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "datePublished": "2022-05-06T10:00:00Z"}]}</script>',
            "2022-05-06",
            "json-ld",
        ),
        ('<article><time datetime="2021-03-04">4 mars</time></article>', "2021-03-04", "time"),
        ('<link rel="canonical" href="https://x.example/2020/07/08/story">', "2020-07-08", "url"),
        ('<meta name="date" content="not a date">', None, None),
        (
            '<aside><a href="/older">Older story</a> <time datetime="2019-01-01">1 Jan</time></aside>',
            None,
            None,
        ),
    ],
)
def test_html_dates_come_only_from_explicit_markup(
    markup: str, expected: str | None, source: str | None
) -> None:
    body = "<p>" + "The delegation met officials in Niamey to discuss the security agreement. " * 4 + "</p>"
    head, extra = ("", markup) if markup.startswith(("<article", "<aside")) else (markup, "")
    page = f"<html><head>{head}</head><body>{extra}<article>{body}</article></body></html>".encode()
    (result,) = read_bytes(page, "page.html")
    assert result.document is not None, result.error
    assert result.document.published == expected
    if source:
        assert result.document.meta["date_source"].startswith(source)


def test_malicious_html_becomes_plain_text_only() -> None:
    page = b"""<html><head><script>alert('head')</script></head><body><article>
    <p>The governor said the market in Mopti reopened on Tuesday after a week of closures.<img src=x onerror="alert('img')"></p>
    <p>Traders told reporters that <a href="javascript:alert('link')">prices of grain</a> had doubled since the blockade began.</p>
    <p onclick="steal()">Residents heard aircraft overnight.<script>document.write('injected')</script><style>p{color:red}</style></p>
    <iframe src="javascript:alert('frame')">frame text</iframe>
    </article></body></html>"""
    (result,) = read_bytes(page, "evil.html")
    assert result.document is not None
    text = result.document.text
    for needle in (
        "alert",
        "javascript",
        "onerror",
        "onclick",
        "<",
        ">",
        "injected",
        "color:red",
        "frame text",
    ):
        assert needle not in text
    assert "prices of grain" in text


@pytest.mark.parametrize(
    "page",
    [
        b"<!doctype html><html><head><title>Only a title</title></head><body></body></html>",
        b"<html><head><title>Menu</title><body><div class=nav><ul><li><a href=/a>Home</a><li><a href=/b>World",
    ],
)
def test_html_without_article_body_is_no_article_error(page: bytes) -> None:
    (result,) = read_bytes(page, "empty.html")
    assert isinstance(result.error, NoArticleError)


def test_json_fields_and_unknown_fields_to_meta() -> None:
    record = {
        "body": "Troops from the Alliance of Sahel States held a joint exercise near Tillabéri.",
        "link": "https://www.example.org/aes-exercise",
        "published_at": "2025-02-03T08:00:00+01:00",
        "site": "Example Daily",
        "lang": "en-GB",
        "author": ["A. Writer", "B. Writer"],
        "section": "Security",
        "word_count": 13,
    }
    (result,) = read_bytes(json.dumps(record).encode(), "one.json")
    doc = result.document
    assert doc is not None
    assert result.source == "one.json"
    assert (doc.url, doc.outlet, doc.published, doc.language) == (
        "https://www.example.org/aes-exercise",
        "Example Daily",
        "2025-02-03",
        "en",
    )
    assert doc.author == "A. Writer, B. Writer"
    assert doc.meta["section"] == "Security" and doc.meta["word_count"] == 13
    assert doc.meta["published_field"] == "published_at"


def test_json_outlet_falls_back_to_domain() -> None:
    record = {"text": "Une délégation s'est rendue à Niamey.", "url": "https://www.exemple.fr/a"}
    (result,) = read_bytes(json.dumps(record).encode(), "x.json")
    assert result.document is not None and result.document.outlet == "exemple.fr"


def test_jsonl_malformed_line_only_fails_that_line() -> None:
    data = (
        b'{"text": "First article about Gao."}\n'
        b"{not json}\n"
        b"\n"
        b'{"content": "Second article about Menaka."}\n'
        b"[1, 2]\n"
        b'{"title": "no text here"}\n'
    )
    results = list(read_bytes(data, "feed.jsonl"))
    assert [r.source for r in results] == [
        "feed.jsonl#1",
        "feed.jsonl#2",
        "feed.jsonl#4",
        "feed.jsonl#5",
        "feed.jsonl#6",
    ]
    assert [r.ok for r in results] == [True, False, True, False, False]
    assert all(isinstance(r.error, MalformedInputError) for r in results if not r.ok)


def test_json_array_keeps_records_before_damage() -> None:
    data = b'[{"text": "one article"}, {"body": "two articles"}, {"body": "thr'
    results = list(read_bytes(data, "arr.json"))
    assert [r.ok for r in results] == [True, True, False]
    assert results[-1].source == "arr.json#3"
    assert "record 3" in str(results[-1].error)


def test_feed_entries_are_articles_with_html_stripped(sample_results: list[ReadResult]) -> None:
    (doc,) = [r.document for r in sample_results if r.source.endswith("radio-sahel-info.rss.xml#2")]
    assert doc is not None
    assert "alert" not in doc.text and "<" not in doc.text
    assert doc.text.count("\n") == 2  # three paragraphs
    assert doc.meta["tags"] == ("Burkina Faso",)


@pytest.mark.parametrize(
    "feed",
    [
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
        b"<rss><channel><title>cut",
    ],
)
def test_feed_without_entries_is_one_error(feed: bytes) -> None:
    results = list(read_bytes(feed, "news.rss"))
    assert len(results) == 1 and not results[0].ok
    assert results[0].source == "news.rss"


def test_warc_skips_non_html_and_error_pages(sample_results: list[ReadResult]) -> None:
    warc = [r for r in sample_results if "sahel-crawl.warc.gz" in r.source]
    assert [r.source.rsplit("#", 1)[1] for r in warc] == ["3", "6"]
    doc = warc[0].document
    assert doc is not None and doc.meta["warc_target_uri"] == "https://tass.com/world/1890412"
    assert doc.text.splitlines()[1].startswith("MOSCOW, January 18. /TASS/.")


@pytest.mark.parametrize(
    ("content", "name", "fmt"),
    [
        (
            b"<!DOCTYPE html><html><body><article><p>"
            + b"A page saved with the wrong extension. " * 4
            + b"</p></article></body></html>",
            "page.txt",
            "html",
        ),
        (b'{"text": "JSON without an extension"}', "export", "json"),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>T</title><description>An entry in a feed saved as .html</description></item></channel></rss>',
            "feed.html",
            "feed",
        ),
        ("نص عربي قصير محفوظ بامتداد خاطئ عن الجيش المالي".encode(), "article.json", "text"),
    ],
)
def test_content_sniffing_beats_wrong_or_missing_extension(content: bytes, name: str, fmt: str) -> None:
    results = list(read_bytes(content, name))
    assert results and results[0].document is not None, results
    assert results[0].document.meta["format"] == fmt


def test_same_text_gives_same_id_in_every_format(tmp_path: Path) -> None:
    paragraphs = [
        "Des blindés russes ont été filmés jeudi à Bamako, selon des images authentifiées par notre rédaction.",
        "« Le matériel est arrivé par la route depuis Conakry », a déclaré un responsable des douanes maliennes.",
    ]
    text = "\n\n".join(paragraphs)
    html_page = (
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></body></html>"
    )
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Blindés</title>'
        "<description><![CDATA["
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "]]></description></item></channel></rss>"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    (tmp_path / "c.json").write_text(json.dumps({"text": text}), encoding="utf-8")
    (tmp_path / "d.html").write_text(html_page, encoding="utf-8")
    (tmp_path / "e.rss").write_text(feed, encoding="utf-8")
    docs = _docs(list(read_paths([str(tmp_path)])))
    assert len(docs) == 5
    assert len({d.id for d in docs.values()}) == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Headline about Gao\n\nThe body paragraph follows after a blank line.", "Headline about Gao"),
        ("عنوان قصير\nفقرة طويلة تتبع العنوان مباشرة دون سطر فارغ.", "عنوان قصير"),
        ("This first line ends like a sentence.\n\nSecond paragraph.", None),
        ("Only one line, no body", None),
        ("x" * 201 + "\n\nbody", None),
        ("\n\n  Title after blank lines  \n\nBody.", "Title after blank lines"),
    ],
)
def test_plaintext_title_rule(text: str, title: str | None) -> None:
    assert title_of(text) == title


def test_plaintext_keeps_title_line_in_text() -> None:
    (result,) = read_bytes(b"Titre court\n\nLe corps de l'article.  \r\n", "a.txt")
    assert result.document is not None
    assert result.document.title == "Titre court"
    assert result.document.text == "Titre court\n\nLe corps de l'article."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\r\nline one  \r\nline two\t\r\n\r\n", "line one\nline two"),
        ("a\rb", "a\nb"),
        ("ـــالجيش  ", "ـــالجيش"),  # tatweel kept: only trailing spaces go
        ("  indented first line\n", "  indented first line"),
    ],
)
def test_clean_text_changes_only_newlines_and_trailing_space(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-17", ("2025-01-17", "day")),
        ("2025-01-17T23:30:00-05:00", ("2025-01-17", "day")),
        ("2015-07-21 02:51:32", ("2015-07-21", "day")),
        ("2025-01", ("2025-01", "month")),
        ("2024", ("2024", "year")),
        ("Wed, 21 Aug 2024 18:30:00 +0000", ("2024-08-21", "day")),
        ("20250117", ("2025-01-17", "day")),
        ("الأربعاء 21 أغسطس/آب 2024", None),
        ("2024-02-30", None),
        ("1066-10-14", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_published_accepts_only_machine_dates(
    value: str | None, expected: tuple[str, str] | None
) -> None:
    assert parse_published(value) == expected


@pytest.mark.parametrize("declared", ["windows-1256", "iso-8859-6", None, "windows-1252", "iso-8859-1"])
def test_html_in_legacy_arabic_code_page(declared: str | None) -> None:
    codec = "iso-8859-6" if declared == "iso-8859-6" else "cp1256"
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">' if declared else ""
    body = (
        "<p>قال مسؤول في وزارة الدفاع إن الجيش المالي تسلم طائرات مسيرة جديدة، وأضاف أن التدريب عليها بدأ في باماكو.</p>"
        "<p>وأكد المسؤول أن الطائرات ستستخدم في مراقبة الطرق بين موبتي وتمبكتو خلال الأشهر المقبلة.</p>"
    )
    page = (
        f"<html><head>{meta}<title>طائرات مسيرة</title></head><body><article>{body}</article></body></html>"
    )
    (result,) = read_bytes(page.encode(codec), "drones.html")
    assert result.document is not None, result.error
    assert "وأضاف أن التدريب عليها بدأ في باماكو" in result.document.text
    assert result.document.language == "ar"
