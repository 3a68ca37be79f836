"""The write API checks its input like every reader: bad input is a 400 in the JSON error shape, never a 500.

Regression tests for issue 12 (defects 1 and 10): lone surrogates, deep nesting, NaN,
impossible dates and non-codes for the language, sent with the right token.
"""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from rasid import api
from rasid.store import open_store
from rasid.web.app import create_app

TOKEN = "write-checks-token"
AUTH = {"authorization": f"Bearer {TOKEN}", "content-type": "application/json"}
TEXT = "Un convoi russe est arrivé à Bamako lundi, selon des témoins sur place."


@pytest.fixture(scope="module")
def db(module_store_url: str) -> str:
    """An empty store: a SQLite file, then a PostgreSQL database (tests/backends.py)."""
    open_store(module_store_url).close()
    return module_store_url


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    # raise_server_exceptions=False: an unhandled error must show as the 500 a client would get
    return TestClient(
        create_app(db, allow_write=True, token=TOKEN, warm_up=False), raise_server_exceptions=False
    )


def _post(client: TestClient, body: str) -> tuple[int, dict[str, object]]:
    response = client.post("/api/ingest", content=body.encode("utf-8"), headers=AUTH)
    return response.status_code, response.json()


def _assert_bad_request(status: int, data: dict[str, object], words: str) -> None:
    assert status == 400, data
    error = data["error"]
    assert isinstance(error, dict) and set(error) == {"status", "code", "message"}
    assert error["status"] == 400 and error["code"] == "bad_request"
    assert words in str(error["message"]), error["message"]


@pytest.mark.parametrize("field", ["text", "title", "author", "outlet", "url", "published", "language"])
def test_lone_surrogate_in_any_field_is_400(client: TestClient, field: str) -> None:
    body = {"text": TEXT, "analyze": False}
    encoded = (
        json.dumps(body)[:-1] + f', "{field}": "x\\ud800y"' + "}"
    )  # JSON can spell it; Python cannot send it
    status, data = _post(client, encoded)
    _assert_bad_request(status, data, f"'{field}' is not valid Unicode")


@pytest.mark.parametrize("levels", [100, 900, 5000])
def test_deep_json_body_is_400(client: TestClient, levels: int) -> None:
    body = '{"text": "' + TEXT + '", "analyze": false, "x": ' + "[" * levels + "]" * levels + "}"
    status, data = _post(client, body)
    _assert_bad_request(status, data, "nested more than")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_400(client: TestClient, constant: str) -> None:
    status, data = _post(client, '{"text": "' + TEXT + '", "analyze": false, "score": ' + constant + "}")
    _assert_bad_request(status, data, "is not JSON")


@pytest.mark.parametrize("published", ["2024-13-45", "2024-02-30", "yesterday", "<b>", "1066-10-14"])
def test_impossible_published_date_is_400(client: TestClient, published: str) -> None:
    status, data = _post(client, json.dumps({"text": TEXT, "analyze": False, "published": published}))
    _assert_bad_request(status, data, "'published' must be a real date")


@pytest.mark.parametrize("language", ["<b>", "french!", "x", "123"])
def test_language_that_is_not_a_code_is_400(client: TestClient, language: str) -> None:
    status, data = _post(client, json.dumps({"text": TEXT, "analyze": False, "language": language}))
    _assert_bad_request(status, data, "'language' must be a language code")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ('{"title": 5, "text": "' + TEXT + '"}', "'title' must be a string"),
        ('{"text": "   \\n  "}', "give the article"),
        ("[1, 2]", "body must be a JSON object"),
        ('{"text": ', "body must be a JSON object"),
    ],
)
def test_other_bad_bodies_are_400(client: TestClient, body: str, words: str) -> None:
    status, data = _post(client, body)
    _assert_bad_request(status, data, words)


def test_body_that_is_not_utf8_is_400(client: TestClient) -> None:
    response = client.post("/api/ingest", content=b'{"text": "\xff\xfe"}', headers=AUTH)
    _assert_bad_request(response.status_code, response.json(), "not UTF-8")


def test_good_article_is_stored_as_the_readers_build_it(client: TestClient, db: str) -> None:
    from rasid.readers import read_bytes

    body = {
        "text": TEXT + "   \n",
        "title": "  Convoi  à Bamako ",
        "published": "2024-08-21T10:00:00Z",
        "language": "fr-ML",
        "url": "https://www.example.org/a",
        "analyze": False,
    }
    status, data = _post(client, json.dumps(body))
    assert status in (200, 201), data
    [read] = read_bytes(json.dumps(body).encode(), "same.json")
    assert read.document is not None and data["id"] == read.document.id and data["language"] == "fr"
    doc = api.get_document(str(data["id"]), db=db)
    assert (doc.published, doc.title, doc.outlet) == ("2024-08-21", "Convoi à Bamako", "example.org")
