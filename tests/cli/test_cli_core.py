"""`rasid ingest/search/show/stats`: run the command, then check the result through the Python API."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from rasid import api

# Written for these tests.
GAO_AR = (
    "تعزيزات عسكرية في غاو\n\n"
    "قال مصدر عسكري إن تعزيزات وصلت إلى مدينة غاو، وأضاف أن الجيش المالي نشر مدرعات على مداخل المدينة."
)
MOPTI_FR = "Patrouille à Mopti\n\nUne patrouille de l'armée malienne a sécurisé la route de Mopti mardi, selon un communiqué."
KIDAL_HTML = """<!doctype html><html><head><title>اشتباكات قرب كيدال</title>
<meta property="article:published_time" content="2024-07-27"></head><body><article><h1>اشتباكات قرب كيدال</h1>
<p>أفادت مصادر محلية بوقوع اشتباكات عنيفة قرب مدينة كيدال شمال مالي، وسط أنباء عن خسائر في صفوف القوات.</p>
<p>وقالت المصادر إن المواجهات استمرت عدة ساعات قبل أن تنسحب المجموعات المسلحة نحو الصحراء.</p>
<p>ولم يصدر أي تعليق رسمي من السلطات في باماكو حتى مساء اليوم، بحسب ما نقلته وسائل إعلام محلية.</p>
</article></body></html>"""

# Written for these tests: one French article stored twice (a copy makes a story of two).
COPIED_FR = (
    "Convoi attaqué près de Tessalit\n\n"
    "Un convoi logistique de l'armée a été visé lundi matin par un engin explosif sur la route de Tessalit, "
    "a annoncé l'état-major dans un communiqué publié mardi. Deux véhicules ont été endommagés et trois "
    "soldats légèrement blessés ont été évacués vers Gao. Les recherches se poursuivent dans la zone, où "
    "des patrouilles ont été renforcées depuis le début du mois selon les autorités locales."
)


def _warc(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, html in pages:
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "gao.txt").write_text(GAO_AR, encoding="utf-8")
    (folder / "mopti.txt").write_text(MOPTI_FR, encoding="utf-8")
    (folder / "kidal.html").write_text(KIDAL_HTML, encoding="utf-8")
    return folder


def test_cli_ingest_stores_then_reports_duplicates(rasid, inbox: Path, db: str) -> None:
    first = rasid("ingest", str(inbox), "--db", db, "--no-analyze")
    assert first.code == 0, first.stderr
    assert first.stdout.splitlines()[0] == "stored 3, duplicate 0, failed 0"
    assert api.stats(db=db)["documents"] == 3
    assert api.stats(db=db)["languages"] == {"ar": 2, "fr": 1}
    second = rasid("ingest", str(inbox), "--db", db, "--no-analyze")
    assert second.code == 0
    assert second.stdout.splitlines()[0] == "stored 0, duplicate 3, failed 0"


def test_cli_ingest_with_a_user_kb_links_its_names(rasid, tmp_path: Path, db: str) -> None:
    kb = tmp_path / "kb.yaml"
    kb.write_text(
        "version: 1\nentries:\n- id: rasid:org/test-militia\n  name: Test Militia\n  type: ARMED_GROUP\n"
        "  aliases: {ar: [كتيبة الاختبار]}\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("هاجمت كتيبة الاختبار قرية قرب غاو يوم الأحد.", encoding="utf-8")
    result = rasid("ingest", str(article), "--db", db, "--kb", str(kb), "--quiet")
    assert result.code == 0, result.stderr
    doc = api.get_document(api.search("كتيبة", db=db)[0].id, db=db)
    linked = {a.text: a.attrs.get("kb_id") for a in doc.layer("entities")}
    assert linked["كتيبة الاختبار"] == "rasid:org/test-militia"
    assert rasid("ingest", str(article), "--db", db, "--kb", str(tmp_path / "missing.yaml")).code == 2


def test_cli_ingest_with_a_broken_user_file_stops_with_one_line_and_stores_nothing(
    rasid, tmp_path: Path, db: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("هاجمت كتيبة الاختبار قرية قرب غاو يوم الأحد.", encoding="utf-8")
    kb = tmp_path / "kb.yaml"
    kb.write_text("version: 1\nentries:\n- id: rasid:org/x\n  aliases: [\n", encoding="utf-8")
    cues = tmp_path / "quotes.yaml"
    cues.write_text("speech_verbs:\n  ar: [قال\n", encoding="utf-8")
    config = tmp_path / "rasid.toml"
    config.write_text(f'[stage.rasid.quotes]\ncue_files = ["{cues}"]\n', encoding="utf-8")
    for args, named in ((["--kb", str(kb)], "kb.yaml:"), (["--config", str(config)], "quotes.yaml:3:")):
        result = rasid("ingest", str(article), "--db", db, *args)
        assert result.code == 3, result.stdout
        # one line naming the file and the line, not a document stored with its entities or quotes missing
        assert len(result.stderr.strip().splitlines()) == 1 and named in result.stderr, result.stderr
        assert api.stats(db=db)["documents"] == 0
    kb.write_text("version: 1\nentries: []\n", encoding="utf-8")
    assert rasid("ingest", str(article), "--db", db, "--kb", str(kb), "--quiet").code == 0
    assert api.stats(db=db)["documents"] == 1


def test_cli_db_from_environment(rasid, inbox: Path, db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RASID_DB", db)
    assert rasid("ingest", str(inbox / "gao.txt"), "--no-analyze", "--quiet").code == 0
    assert api.stats(db=db)["documents"] == 1


def test_cli_search_table_and_json(rasid, inbox: Path, db: str) -> None:
    rasid("ingest", str(inbox), "--db", db, "--no-analyze")
    table = rasid("search", "المالى", "--db", db)  # ى/ي folded
    assert table.code == 0
    assert "⟦المالي⟧" in table.stdout
    out = rasid("search", "كيدال", "--db", db, "--format", "json")
    hits = json.loads(out.stdout)
    assert len(hits) == 1 and hits[0]["published"] == "2024-07-27"
    doc = api.get_document(hits[0]["id"], db=db)
    assert "كيدال" in doc.text
    filtered = json.loads(rasid("search", "مالي", "--db", db, "--lang", "fr", "--format", "json").stdout)
    assert filtered == []
    dated = json.loads(rasid("search", "كيدال", "--db", db, "--since", "2024-08", "--format", "json").stdout)
    assert dated == []
    nothing = rasid("search", '"', "--db", db)
    assert nothing.code == 0 and "no results" in nothing.stderr


def test_cli_search_by_entity_and_story(rasid, inbox: Path, db: str) -> None:
    assert rasid("ingest", str(inbox), "--db", db, "--quiet").code == 0
    everything = {h["id"] for h in json.loads(rasid("search", "مالي", "--db", db, "--format", "json").stdout)}
    assert len(everything) == 2  # Gao (الجيش المالي) and Kidal (شمال مالي)
    kidal = api.get_document(api.search("كيدال", db=db)[0].id, db=db)
    (kidal_id,) = {
        a.attrs["kb_id"] for a in kidal.layer("entities") if a.text == "كيدال" and a.attrs.get("kb_id")
    }
    by_entity = rasid("search", "مالي", "--db", db, "--entity", kidal_id, "--format", "json")
    assert by_entity.code == 0, by_entity.stderr
    assert [h["id"] for h in json.loads(by_entity.stdout)] == [kidal.id]
    no_story = rasid("search", "مالي", "--db", db, "--story", "st-none", "--format", "json")
    assert json.loads(no_story.stdout) == []


def test_cli_show_json_and_text(rasid, inbox: Path, db: str) -> None:
    rasid("ingest", str(inbox / "gao.txt"), "--db", db, "--no-analyze")
    (doc,) = api.search("غاو", db=db)
    shown = json.loads(rasid("show", doc.id, "--db", db, "--format", "json").stdout)
    stored = api.get_document(doc.id, db=db)
    assert shown["text"] == stored.text and shown["language"] == "ar"
    text = rasid("show", doc.id[:6], "--db", db)  # a unique prefix is enough
    assert text.code == 0 and stored.text in text.stdout and f"id: {doc.id}" in text.stdout


def test_cli_show_missing_id_exits_4_with_hint(rasid, inbox: Path, db: str) -> None:
    rasid("ingest", str(inbox / "gao.txt"), "--db", db, "--no-analyze")
    result = rasid("show", "ffffffffffffffff", "--db", db)
    assert result.code == 4
    assert "[S002]" in result.stderr and "rasid search" in result.stderr


def test_cli_read_commands_without_database_exit_3(rasid, db: str) -> None:
    """No SQLite file, or a PostgreSQL database without Rasid's tables: reading creates neither."""
    for args in (("search", "مالي"), ("show", "abcd"), ("stats",), ("search", "مالي")):
        result = rasid(*args, "--db", db)
        assert result.code == 3 and "[S003]" in result.stderr
    assert db.startswith("postgresql:") or not Path(db).exists()


def test_cli_stats_text_and_json(rasid, inbox: Path, tmp_path: Path, db: str) -> None:
    rasid("ingest", str(inbox), str(tmp_path / "nothing-here.txt"), "--db", db, "--no-analyze")
    data = json.loads(rasid("stats", "--db", db, "--format", "json").stdout)
    assert data == api.stats(db=db)
    assert data["documents"] == 3 and data["last_run"]["failed"] == 1
    text = rasid("stats", "--db", db).stdout
    assert "documents: 3" in text and "failed: " in text


def test_cli_ingest_nothing_readable_exits_3(rasid, tmp_path: Path, db: str) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = rasid("ingest", str(tmp_path / "empty.txt"), "--db", db)
    assert result.code == 3
    assert "failed: " in result.stdout
    missing = rasid("ingest", str(tmp_path / "no-such-dir"), "--db", db)
    assert missing.code == 3


def test_cli_ingest_stdin(rasid, db: str) -> None:
    result = rasid("ingest", "-", "--db", db, "--no-analyze", input=GAO_AR.encode("utf-8"))
    assert result.code == 0, result.stdout + result.stderr
    assert api.stats(db=db)["documents"] == 1


def test_cli_ingest_max_size_reports_and_goes_on(rasid, inbox: Path, db: str) -> None:
    (inbox / "big.txt").write_text("خبر طويل جدا " * 500, encoding="utf-8")
    result = rasid("ingest", str(inbox), "--db", db, "--no-analyze", "--max-size", "2K")
    assert result.code == 1
    failed = [line for line in result.stdout.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and "big.txt" in failed[0]


def test_cli_ingest_unknown_config_key_fails_clearly(rasid, inbox: Path, tmp_path: Path, db: str) -> None:
    config = tmp_path / "c.toml"
    config.write_text("[ingest]\nbach_size = 3\n", encoding="utf-8")
    result = rasid("ingest", str(inbox), "--db", db, "--config", str(config))
    assert result.code == 3 and "ingest.bach_size" in result.stderr


def test_cli_bad_input_directory(rasid, tmp_path: Path, db: str) -> None:
    """Binary, empty, Windows-1256, broken HTML, truncated WARC: good items stored, each bad one on one line."""
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "photo.png").write_bytes(bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(300))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "gao-cp1256.txt").write_bytes(GAO_AR.encode("cp1256"))
    (folder / "broken.html").write_bytes(
        b"<html><head><title>Menu</title><body><div class=nav><ul><li><a href=/a>Home</a>"
    )
    warc = _warc(
        [
            ("https://example.org/kidal", KIDAL_HTML),
            ("https://example.org/mopti", KIDAL_HTML.replace("كيدال", "موبتي")),
        ]
    )
    cut = gzip.compress(
        gzip.decompress(warc)[: len(gzip.decompress(warc)) * 3 // 4]
    )  # the second record is cut short
    (folder / "cut.warc.gz").write_bytes(cut)
    (folder / "good.txt").write_text(MOPTI_FR, encoding="utf-8")

    result = rasid("ingest", str(folder), "--db", db, "--no-analyze")

    assert result.code == 1, result.stdout + result.stderr
    failed = [line for line in result.stdout.splitlines() if line.startswith("failed: ")]
    names = sorted(Path(line.split(": ")[1].split("::")[0].split("#")[0]).name for line in failed)
    assert names == ["broken.html", "cut.warc.gz", "empty.txt", "photo.png"], failed
    stats = api.stats(db=db)
    assert stats["documents"] == 3  # cp1256 text, French text, the complete WARC record
    (hit,) = api.search("تعزيزات غاو", db=db)
    assert api.get_document(hit.id, db=db).text == GAO_AR  # decoded, readable
    assert api.search("كيدال", db=db)


def test_cli_seeds_acceptance(rasid, seeds_dir: Path, db: str) -> None:
    first = rasid("ingest", str(seeds_dir), "--db", db)
    assert first.code == 0, first.stdout + first.stderr
    assert first.stdout.startswith("stored 2, duplicate 0, failed 0")
    assert api.stats(db=db)["languages"] == {"ar": 2}
    again = rasid("ingest", str(seeds_dir), "--db", db)
    assert again.stdout.startswith("stored 0, duplicate 2, failed 0")

    seed_000 = next(seeds_dir.glob("000_*")).read_text(encoding="utf-8")
    hits = json.loads(rasid("search", "الفيلق الافريقي", "--db", db, "--format", "json").stdout)
    texts = [api.get_document(h["id"], db=db).text for h in hits]
    assert any(t.strip() == seed_000.strip() for t in texts)

    both = json.loads(rasid("search", "روسيا", "--db", db, "--format", "json").stdout)
    assert len(both) == 2

    shown = json.loads(rasid("show", hits[0]["id"], "--db", db, "--format", "json").stdout)
    assert shown["text"] == api.get_document(hits[0]["id"], db=db).text
    assert {"id", "language", "title", "published", "meta", "annotations"} <= set(shown)


def test_cli_id_prefixes_and_language_codes_ignore_case(rasid, inbox: Path, db: str) -> None:
    """SQLite's LIKE ignores ASCII case; the PostgreSQL store matches it (ILIKE), so both find the same."""
    from rasid.store import open_store
    from rasid.trace import list_stories

    for name, outlet in (("copy-a.txt", "Le Courrier"), ("copy-b.txt", "La Voix")):
        (inbox / name).write_text(f"{COPIED_FR}\n\n{outlet}", encoding="utf-8")
    assert rasid("ingest", str(inbox), "--db", db, "--no-analyze").code == 0
    assert rasid("trace", "--db", db).code == 0
    (doc,) = api.search("غاو", db=db)
    shown = rasid("show", doc.id[:6].upper(), "--db", db)
    assert shown.code == 0 and f"id: {doc.id}" in shown.stdout
    with open_store(db) as store:
        french = list_stories(store, language="fr")
        assert french and list_stories(store, language="FR") == french
        story_id = french[0]["id"]
        prefix = story_id[: len("st-") + 6].upper()
        assert store.story(prefix)["id"] == story_id  # the web app's story page
        assert store.story(story_id[:3] + "%") is None  # a wildcard is taken literally
    shown_story = json.loads(rasid("story", prefix, "--db", db, "--format", "json").stdout)
    assert [s["id"] for s in shown_story["stories"]] == [story_id]
