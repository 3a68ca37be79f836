"""The analyst flow in a real headless Chromium against a real ``rasid serve``.

search (Arabic, typed) → article (RTL, highlights equal their annotations, facts panel) →
entity page → story graph → outlet page → map. Each page is screenshotted into docs/screenshots/.
"""

from __future__ import annotations

import httpx
import pytest

from web.support import screenshot

pytestmark = [pytest.mark.browser]

ARABIC_QUERY = "مالي"


def api(server, path: str, **params):
    response = httpx.get(f"{server.url}{path}", params=params, timeout=30)
    response.raise_for_status()
    return response.json()


def richest_arabic_article(server) -> dict:
    """The Arabic hit for the query with the most annotations (the most to check)."""
    # the same first page the browser shows (20 results), Arabic ones only
    results = [r for r in api(server, "/api/search", q=ARABIC_QUERY)["results"] if r["language"] == "ar"]
    assert results, "the sample corpus must have Arabic articles about Mali"
    docs = [api(server, f"/api/doc/{r['id']}") for r in results]
    return max(docs, key=lambda d: len(d["annotations"]))


def test_search_typed_in_arabic_then_open_article(server, page):
    page.goto(f"{server.url}/search?lang=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"  # Arabic UI
    page.locator("#q").press_sequentially(ARABIC_QUERY, delay=30)  # typed, key by key
    page.wait_for_selector("#suggestions li a")  # search as you type
    typed = page.eval_on_selector_all("#suggestions li a", "els => els.map(e => e.getAttribute('href'))")
    expected = [f"/doc/{r['id']}" for r in api(server, "/api/search", q=ARABIC_QUERY, limit=6)["results"]]
    assert typed == expected
    page.press("#q", "Enter")
    page.wait_for_selector("li.result")
    hits = page.locator("li.result mark.hit")
    assert hits.count() >= 1
    assert all(ARABIC_QUERY in (hits.nth(i).text_content() or "") for i in range(min(hits.count(), 5)))
    screenshot(page, "search")

    target = richest_arabic_article(server)
    page.click(f'li.result a.result-title[href="/doc/{target["document"]["id"]}"]')
    page.wait_for_selector("#article-body")
    body = page.locator("#article-body")
    assert body.get_attribute("dir") == "rtl"
    assert body.get_attribute("lang") == "ar"
    # The rendered text is exactly the stored text: highlighting added nothing and lost nothing.
    assert body.evaluate("el => el.textContent") == target["text"]
    assert target["annotations"], "the Arabic article should carry extracted facts"
    for ann in target["annotations"]:
        pieces = page.eval_on_selector_all(
            f'#article-body mark[data-ann~="{ann["id"]}"]', "els => els.map(e => e.textContent)"
        )
        assert "".join(pieces) == ann["text"], ann
        classes = page.eval_on_selector(f'#article-body mark[data-ann~="{ann["id"]}"]', "e => e.className")
        assert f"l-{ann['layer']}" in classes
    first = page.locator("#article-body mark.hl").first
    assert first.is_visible() and first.bounding_box()["width"] > 0
    # A highlight's colour comes from its layer: the background is not transparent.
    background = first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")

    screenshot(page, "article-ar", full_page=False)

    # Facts panel: clicking a fact flashes its evidence and shows its details.
    fact = page.locator("a.fact").first
    target_id = fact.get_attribute("data-target")
    fact.click()
    page.wait_for_selector(f'#article-body mark.flash[data-ann~="{target_id}"]')
    details = page.locator("#details-body").text_content() or ""
    wanted = next(a for a in target["annotations"] if a["id"] == target_id)
    assert wanted["text"][:20] in details
    original = page.locator("a.original-link")
    if original.count():
        assert original.get_attribute("rel") == "noopener noreferrer nofollow"
        assert original.get_attribute("href").startswith(("http://", "https://"))
    screenshot(page, "article-ar-fact", full_page=False)


def test_entity_page(server, page):
    docs = [api(server, f"/api/doc/{r['id']}") for r in api(server, "/api/search", limit=100)["results"]]
    linked = [
        (doc, ann)
        for doc in docs
        for ann in doc["annotations"]
        if ann["layer"] == "entities" and ann["attrs"].get("kb_id") and "<" not in ann["text"]
    ]
    if not linked:
        pytest.skip("no linked entities in the database (the entity extraction stage is not installed)")
    # The most mentioned linked person who is quoted (else the most mentioned entity): the richest page.
    counts: dict[str, int] = {}
    for _, ann in linked:
        counts[ann["entity_key"]] = counts.get(ann["entity_key"], 0) + 1
    quoted = {
        a["attrs"].get("speaker_canonical") for d in docs for a in d["annotations"] if a["layer"] == "quotes"
    }
    people = [
        k
        for _, a in linked
        if a["label"] == "PER" and a["attrs"].get("canonical") in quoted
        for k in [a["entity_key"]]
    ]
    key = max(people or counts, key=lambda k: counts[k])
    doc, ann = next((d, a) for d, a in linked if a["entity_key"] == key)
    page.goto(f"{server.url}/doc/{doc['document']['id']}")
    page.locator(f'li:has(a.fact[data-target="{ann["id"]}"]) a.fact-link').click()
    page.wait_for_selector("body.page-entity")
    entity = api(server, f"/api/entity/{key}")
    assert page.locator("h1").text_content().strip() == entity["name"]
    assert ann["text"] in [a["text"] for a in entity["aliases"]]
    assert page.locator(".chips .chip").count() >= len(entity["aliases"])
    assert page.locator(".doc-list .doc-row").count() == min(entity["documents"], 50)
    if entity["over_time"]:  # one bar per month from the first mention to the last
        assert page.locator("svg.chart rect.bar").count() == len(entity["chart"]["bars"])
    screenshot(page, "entity")


def test_story_graph_renders(server, page):
    stories = api(server, "/api/stories")["stories"]
    if not stories:
        pytest.skip("no stories in the database (the tracing area is not installed yet)")
    page.goto(f"{server.url}/stories")
    page.locator("table.table a").first.click()
    page.wait_for_selector("#provenance-graph")
    nodes = page.locator("#provenance-graph g.node")
    assert nodes.count() >= 2
    box = page.locator("#provenance-graph").bounding_box()
    assert box["width"] > 100 and box["height"] > 40
    assert page.locator("#story-timeline circle").count() >= 1
    story_id = page.url.rsplit("/", 1)[-1]
    story = api(server, f"/api/story/{story_id}")
    assert nodes.count() >= len(story["story"]["documents"])
    screenshot(page, "story")
    # the story filter of the search narrows the results to the story's documents
    members = api(server, "/api/search", story=story_id, limit=100)["results"]
    assert {r["id"] for r in members} == set(story["story"]["documents"])


def test_outlet_page(server, page):
    outlets = [o["outlet"] for o in api(server, "/api/outlets")["outlets"] if "<" not in o["outlet"]]
    # the outlet whose articles cite the most agencies/outlets: the fullest page
    name = max(outlets, key=lambda o: len(api(server, f"/api/outlet/{o}")["cites"]))
    page.goto(f"{server.url}/outlets")
    page.click(f'table.table a:text-is("{name}")')
    page.wait_for_selector("body.page-outlet")
    assert page.locator("h1").text_content().strip() == name
    data = api(server, f"/api/outlet/{name}")
    assert page.locator(".doc-list .doc-row").count() == len(data["articles"])
    assert page.locator("svg.chart rect.bar").count() == len(data["chart"]["bars"])
    screenshot(page, "outlet")


def test_map_renders_boundaries_and_markers(server, page):
    places = api(server, "/api/map")["places"]
    page.goto(f"{server.url}/map")
    page.wait_for_selector('#map[data-ready="1"]', timeout=30000)
    assert page.locator("#map.leaflet-container").count() == 1
    assert page.locator("#map path.country").count() > 100  # vendored boundaries, no tile server
    if places:
        assert page.locator("#map path.place-marker").count() >= 1
    screenshot(page, "map", full_page=False)


def test_ui_language_toggle_sets_cookie(server, page):
    page.goto(f"{server.url}/stories?lang=ar")
    assert page.locator("html").get_attribute("lang") == "ar"
    page.goto(f"{server.url}/outlets")  # the cookie keeps Arabic
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.click("a.lang-switch")
    assert page.locator("html").get_attribute("lang") == "en"


def test_no_request_leaves_loopback(server, page):
    """Offline: every request a page makes goes to the app itself."""
    seen: list[str] = []
    page.on("request", lambda r: seen.append(r.url))
    for path in ("/search?q=%D9%85%D8%A7%D9%84%D9%8A", "/map", "/outlets"):
        page.goto(f"{server.url}{path}")
        page.wait_for_load_state("networkidle")
    assert seen and all(u.startswith(server.url) or u.startswith("data:") for u in seen), seen
