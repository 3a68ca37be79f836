"""The write API builds its document with the readers: the JSON reader's fields and aliases, the HTML reader
for ``html``; what a reader would repair is refused with 400 (see test_write_api_checks.py for those)."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from rasid import api
from rasid.readers import read_bytes
from rasid.store import open_store
from rasid.web.app import create_app

TOKEN = "readers-token"
AUTH = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
PARAGRAPH = (
    "Les autorités de transition ont annoncé mardi à Niamey la réouverture progressive de la frontière avec "
    "le Bénin, fermée depuis plusieurs mois, après une réunion des ministres chargés des transports."
)


def page(paragraph: str = PARAGRAPH) -> str:
    return f"""<!doctype html><html lang="fr"><head><title>Frontière rouverte</title>
<meta property="og:site_name" content="Le Courrier du Fleuve">
<meta property="article:published_time" content="2025-03-04T08:00:00+01:00"></head>
<body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Frontière rouverte</h1><p>{paragraph}</p><p>{paragraph.replace("mardi", "mercredi")}</p></article>
<footer>Tous droits réservés</footer></body></html>"""


PAGE = page()


@pytest.fixture(scope="module")
def db(module_store_url: str) -> str:
    """An empty store: a SQLite file, then a PostgreSQL database (tests/backends.py)."""
    open_store(module_store_url).close()
    return module_store_url


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(
        create_app(db, allow_write=True, token=TOKEN, warm_up=False), raise_server_exceptions=False
    )


def _post(client: TestClient, body: dict[str, object]) -> tuple[int, dict[str, object]]:
    response = client.post("/api/ingest", content=json.dumps(body).encode(), headers=AUTH)
    return response.status_code, response.json()


def test_write_api_takes_the_json_readers_aliases_and_keeps_other_fields(client: TestClient, db: str) -> None:
    record = {"content": PARAGRAPH, "link": "https://example.net/x", "lang": "fr", "section": "Afrique"}
    status, data = _post(client, {**record, "analyze": False})
    assert status in (200, 201), data
    [read] = read_bytes(json.dumps(record).encode(), "same.json")
    assert read.document is not None and data["id"] == read.document.id
    stored = api.get_document(str(data["id"]), db=db)
    assert (stored.url, stored.outlet, stored.language) == ("https://example.net/x", "example.net", "fr")
    assert stored.meta["section"] == "Afrique" and "analyze" not in stored.meta
    assert (stored.meta["format"], stored.meta["source"]) == ("api", "api")


def test_write_api_reads_html_with_the_html_reader(client: TestClient, db: str) -> None:
    status, data = _post(client, {"html": PAGE, "analyze": False})
    assert status in (200, 201), data
    [read] = read_bytes(PAGE.encode(), "page.html")
    assert read.document is not None
    stored = api.get_document(str(data["id"]), db=db)
    assert stored.text == read.document.text and "Accueil" not in stored.text
    assert (stored.title, stored.outlet, stored.published) == (
        "Frontière rouverte",
        "Le Courrier du Fleuve",
        "2025-03-04",
    )


def test_write_api_fields_win_over_the_page(client: TestClient, db: str) -> None:
    # another text: a document already stored under the same text is not stored again
    body = {
        "html": page(PARAGRAPH.replace("Bénin", "Burkina Faso")),
        "title": "Mon titre",
        "published": "2025-03-05",
        "analyze": False,
    }
    status, data = _post(client, body)
    assert status in (200, 201), data
    stored = api.get_document(str(data["id"]), db=db)
    assert (stored.title, stored.published, stored.outlet) == (
        "Mon titre",
        "2025-03-05",
        "Le Courrier du Fleuve",
    )


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"html": "<html><body><nav>Accueil</nav></body></html>"}, "no article text found"),
        ({"html": 5}, "'html' must be a string"),
        ({"content": PARAGRAPH, "author": ["A", "B"]}, "'author' must be a string"),
        ({"text": PARAGRAPH, "lang": "<b>"}, "'language' must be a language code"),
    ],
)
def test_write_api_refuses_what_a_reader_would_repair(
    client: TestClient, body: dict[str, object], words: str
) -> None:
    status, data = _post(client, body)
    assert status == 400, data
    assert words in str(data["error"]["message"])  # type: ignore[index]


def test_write_api_refuses_an_infinite_number_in_the_metadata(client: TestClient) -> None:
    body = '{"text": "' + PARAGRAPH + '", "analyze": false, "score": 1e999}'
    response = client.post("/api/ingest", content=body.encode(), headers=AUTH)
    assert response.status_code == 400
    assert "'score' is not valid Unicode or not a finite number" in response.json()["error"]["message"]
