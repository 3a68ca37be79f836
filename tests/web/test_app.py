"""The app through its ASGI interface (no browser): JSON twins, the error shape, downloads, filters, i18n."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from rasid.model import Document
from rasid.store import open_store
from rasid.web.app import create_app

AR_TEXT = (
    "قال العقيد موسى ديارا إن المعدات الروسية وصلت إلى باماكو في 17 يناير 2025.\n"
    "وأضاف ديارا: «الوضع تحت السيطرة» 😀 بحسب وكالة تاس."
)
FR_TEXT = (
    "Le colonel Moussa Diarra a déclaré que les blindés russes sont arrivés à Bamako le 17 janvier 2025."
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def make_docs() -> list[Document]:
    ar = Document(text=AR_TEXT, title="معدات روسية في باماكو", outlet="الساحل اليوم", language="ar",
                  published="2025-01-18", url="https://sahel.example/a")  # fmt: skip
    person = {"canonical": "Moussa Diarra", "kb_id": "test:per/diarra"}
    bamako = {"canonical": "Bamako", "kb_id": "rasid:gpe/ml-bamako"}
    ar = ar.with_layer(
        "entities",
        [
            ar.annotation("entities", *_span(AR_TEXT, "موسى ديارا"), "PER", attrs=person),
            ar.annotation("entities", *_span(AR_TEXT, "باماكو"), "GPE", attrs=bamako),
        ],
    )
    ar = ar.with_layer("dates", [ar.annotation("dates", *_span(AR_TEXT, "17 يناير 2025"), "date",
                                               attrs={"value": "2025-01-17", "precision": "day"})])  # fmt: skip
    ar = ar.with_layer("quotes", [ar.annotation("quotes", *_span(AR_TEXT, "«الوضع تحت السيطرة»"), "direct",
                                                attrs={"speaker": "ديارا", "speaker_canonical": "Moussa Diarra"})])  # fmt: skip
    ar = ar.with_layer("sources", [ar.annotation("sources", *_span(AR_TEXT, "وكالة تاس"), "agency",
                                                 attrs={"outlet": "TASS"})])  # fmt: skip
    fr = Document(text=FR_TEXT, title="=HYPERLINK(\"http://evil\")", outlet="Le Courrier", language="fr",
                  published="2025-01-19")  # fmt: skip
    fr = fr.with_layer(
        "entities",
        [
            fr.annotation("entities", *_span(FR_TEXT, "Moussa Diarra"), "PER", attrs=person),
            fr.annotation("entities", *_span(FR_TEXT, "Bamako"), "GPE", attrs=bamako),
        ],
    )
    return [ar, fr]


@pytest.fixture(scope="module")
def client(module_store_url: str) -> TestClient:
    db = module_store_url  # a SQLite file, then a PostgreSQL database (tests/backends.py)
    store = open_store(db)
    for doc in make_docs():
        store.add_document(doc)
    store.close()
    return TestClient(create_app(db, warm_up=False))


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return make_docs()


ERROR_KEYS = {"status", "code", "message"}


@pytest.mark.parametrize(
    ("method", "path", "status", "code"),
    [
        ("get", "/api/doc/0000000000000000", 404, "not_found"),
        ("get", "/api/entity/nobody", 404, "not_found"),
        ("get", "/api/outlet/nobody", 404, "not_found"),
        ("get", "/api/no-such-endpoint", 404, "not_found"),
        ("get", "/api/search?since=yesterday", 400, "invalid_parameter"),
        ("get", "/api/search?limit=100000", 400, "invalid_parameter"),
        ("post", "/api/ingest", 403, "forbidden"),
        ("delete", "/api/search", 405, "method_not_allowed"),
    ],
)
def test_api_errors_share_one_shape(client, method, path, status, code):
    response = getattr(client, method)(path)
    assert response.status_code == status
    body = response.json()
    assert list(body) == ["error"] and set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status and body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_html_errors_are_a_friendly_page(client):
    response = client.get("/doc/0000000000000000")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert 'href="/search"' in response.text and "app.db" not in response.text  # no server paths leak


def test_openapi_describes_the_api_only(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for wanted in ("/api/search", "/api/search.csv", "/api/search.jsonl", "/api/doc/{doc_id}",
                   "/api/entity/{key}", "/api/story/{story_id}", "/api/outlet/{name}", "/api/map", "/api/ingest"):  # fmt: skip
        assert wanted in paths
    assert all(p.startswith("/api/") for p in paths)
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def test_article_json_twin_and_html_agree(client, docs):
    ar = docs[0]
    data = client.get(f"/api/doc/{ar.id}").json()
    assert data["document"]["dir"] == "rtl"
    assert "".join(s["text"] for s in data["segments"]) == ar.text
    for ann in data["annotations"]:
        covered = "".join(s["text"] for s in data["segments"] if ann["id"] in s["ann_ids"])
        assert covered == ann["text"] == ar.text[ann["start"] : ann["end"]]
    html = client.get(f"/doc/{ar.id}").text
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    assert html.count('class="anchor"') == len(data["annotations"])
    assert 'rel="noopener noreferrer nofollow"' in html


def test_search_arabic_with_clitics_and_filters(client, docs):
    ar, fr = docs
    hits = client.get("/api/search", params={"q": "ديارا"}).json()["results"]
    assert [h["id"] for h in hits] == [ar.id]
    html = client.get("/search", params={"q": "ديارا"}).text
    assert '<mark class="hit">ديارا</mark>' in html
    browse = client.get("/api/search", params={"language": "fr"}).json()
    assert [r["id"] for r in browse["results"]] == [fr.id]
    dated = client.get("/api/search", params={"since": "2025-01-19"}).json()
    assert [r["id"] for r in dated["results"]] == [fr.id]
    until = client.get("/api/search", params={"until": "2025-01-18"}).json()
    assert [r["id"] for r in until["results"]] == [ar.id]
    by_entity = client.get("/api/search", params={"entity": "test:per/diarra"}).json()
    assert {r["id"] for r in by_entity["results"]} == {ar.id, fr.id}
    by_outlet = client.get("/api/search", params={"outlet": "Le Courrier"}).json()
    assert [r["id"] for r in by_outlet["results"]] == [fr.id]


def test_downloads_csv_and_jsonl(client, docs):
    response = client.get("/api/search.csv", params={"entity": "test:per/diarra"})
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert {r["id"] for r in rows} == {d.id for d in docs}
    fr_row = next(r for r in rows if r["id"] == docs[1].id)
    assert fr_row["title"].startswith("'=")  # a formula in hostile text is neutralised
    lines = client.get("/api/search.jsonl", params={"q": "ديارا"}).text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [docs[0].id]


def test_entity_page_data(client, docs):
    data = client.get("/api/entity/test:per/diarra").json()
    assert data["name"] == "Moussa Diarra" and data["kb_id"] == "test:per/diarra"
    assert {a["text"] for a in data["aliases"]} == {"موسى ديارا", "Moussa Diarra"}
    assert data["over_time"] == [{"period": "2025-01", "count": 2}]
    assert [q["text"] for q in data["quotes"]] == ["«الوضع تحت السيطرة»"]
    assert "rasid:gpe/ml-bamako" in [c["key"] for c in data["co_mentioned"]]
    assert client.get("/entity/test:per/diarra").status_code == 200


def test_outlet_page_data(client):
    data = client.get("/api/outlet/الساحل اليوم").json()
    assert data["volume"] == [{"period": "2025-01", "count": 1}]
    assert data["languages"] == [{"language": "ar", "count": 1}]
    assert data["cites"][0]["name"] == "TASS"


def test_map_places_with_coordinates(client):
    data = client.get("/api/map").json()
    bamako = next(p for p in data["places"] if p["key"] == "rasid:gpe/ml-bamako")
    assert abs(bamako["lat"] - 12.6) < 0.5 and abs(bamako["lon"] + 8.0) < 0.5
    assert client.get("/map").status_code == 200


def test_ui_language_toggle(client):
    response = client.get("/search?lang=ar")
    assert '<html lang="ar" dir="rtl">' in response.text
    assert "rasid_lang=ar" in response.headers["set-cookie"]
    assert '<html lang="ar" dir="rtl">' in client.get("/outlets").text  # the cookie keeps the choice
    assert '<html lang="en" dir="ltr">' in client.get("/search?lang=en").text
    assert '<html lang="en" dir="ltr">' in client.get("/search?lang=xx").text  # unknown: English


def test_every_ui_label_is_translated():
    from rasid.web.app import load_labels

    labels = load_labels()
    assert set(labels["en"]) == set(labels["ar"])
    assert all(labels["ar"][k] for k in labels["ar"])
