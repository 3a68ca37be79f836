"""Hostile article content never executes; the server refuses writes without --allow-write and a token."""

from __future__ import annotations

import httpx
import pytest

from web.hostile import hostile_document
from web.support import WRITE_TOKEN

CHECK_PAGE = """() => ({
  xss: window.__xss === undefined ? null : String(window.__xss),
  jsLinks: [...document.querySelectorAll('[href]')].filter(e => /^\\s*javascript:/i.test(e.getAttribute('href'))).length,
  foreignScripts: [...document.querySelectorAll('script')].filter(
      s => !(s.type === 'application/json' || (s.getAttribute('src') || '').startsWith('/static/'))).length,
  injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onmouseover]').length,
})"""


def hostile_pages(server) -> list[str]:
    doc = hostile_document()
    pages = [f"/doc/{doc.id}", "/search?q=Niamey", "/search?q=%D8%B2%D8%B1%D9%82%D8%A7%D8%A1"]
    html_hit = httpx.get(
        timeout=30, url=f"{server.url}/api/search", params={"q": "Niamey couvre-feu"}
    ).json()["results"]
    assert html_hit, "the hostile HTML page was ingested by the real reader"
    pages.append(f"/doc/{html_hit[0]['id']}")
    pages.append("/outlet/" + httpx.URL("/", params={"x": doc.outlet}).params["x"])
    article = httpx.get(timeout=30, url=f"{server.url}/api/doc/{doc.id}").json()
    for ann in article["annotations"]:
        if ann.get("entity_key"):
            pages.append("/entity/" + ann["entity_key"])
    return pages


@pytest.mark.browser
def test_xss_nothing_executes(server, page):
    for path in hostile_pages(server):
        response = page.goto(f"{server.url}{path}")
        assert response is not None and response.status == 200, path
        csp = response.all_headers().get("content-security-policy", "")
        assert "script-src 'self'" in csp and "object-src 'none'" in csp and "base-uri 'none'" in csp
        for mark in page.locator("mark").all()[:20]:  # hover and click what is highlighted
            mark.hover()
            mark.click()
        page.wait_for_timeout(200)
        state = page.evaluate(CHECK_PAGE)
        assert state == {"xss": None, "jsLinks": 0, "foreignScripts": 0, "injected": 0}, (path, state)
    assert page.dialogs == []


@pytest.mark.browser
def test_hostile_text_is_shown_as_text(server, page):
    doc = hostile_document()
    page.goto(f"{server.url}/doc/{doc.id}")
    assert page.locator("#article-body").evaluate("el => el.textContent") == doc.text
    assert "<img src=x onerror=" in (page.locator("h1.article-title").text_content() or "")
    assert page.locator("a.original-link").count() == 0  # javascript: URL is never a link


def test_security_headers_on_every_response(server):
    for path in ("/search", "/api/search?q=x", "/static/app.css", "/api/doc/0000", "/nope"):
        response = httpx.get(timeout=30, url=f"{server.url}{path}")
        assert "default-src 'self'" in response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_loopback_server_refuses_foreign_host_names(server):
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not read the API."""
    response = httpx.get(f"{server.url}/api/search", headers={"host": "evil.example"}, timeout=30)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_host"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert httpx.get(f"{server.url}/api/health", headers={"host": "localhost"}, timeout=30).status_code == 200


ARTICLE = {
    "text": "Un article ajouté par l'API à propos de Gao et de la MINUSMA.",
    "title": "Ajout",
    "language": "fr",
}


def test_writes_refused_when_read_only(server):
    response = httpx.post(
        timeout=30,
        url=f"{server.url}/api/ingest",
        json=ARTICLE,
        headers={"authorization": f"Bearer {WRITE_TOKEN}"},
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


@pytest.mark.parametrize("header", [None, "Bearer wrong-token", f"Basic {WRITE_TOKEN}", "Bearer"])
def test_writes_need_the_right_token(write_server, header):
    headers = {"authorization": header} if header else {}
    response = httpx.post(timeout=30, url=f"{write_server.url}/api/ingest", json=ARTICLE, headers=headers)
    assert response.status_code == 401
    assert set(response.json()["error"]) == {"status", "code", "message"}


def test_write_with_token_stores_the_article(write_server):
    response = httpx.post(
        f"{write_server.url}/api/ingest",
        json={**ARTICLE, "analyze": False},
        headers={"authorization": f"Bearer {WRITE_TOKEN}"},
        timeout=60,
    )
    assert response.status_code in (200, 201), response.text
    doc_id = response.json()["id"]
    stored = httpx.get(timeout=30, url=f"{write_server.url}/api/doc/{doc_id}").json()
    assert stored["text"] == ARTICLE["text"]
    hits = httpx.get(timeout=30, url=f"{write_server.url}/api/search", params={"q": "MINUSMA"}).json()[
        "results"
    ]
    assert doc_id in [h["id"] for h in hits]


def test_serve_refuses_allow_write_without_token(web_db):
    import subprocess

    from web.support import RASID

    done = subprocess.run([*RASID, "serve", "--db", web_db, "--allow-write"], capture_output=True, text=True,
                          timeout=60, env={"PATH": "/usr/bin:/bin"})  # fmt: skip
    assert done.returncode == 2 and "--token" in done.stderr
