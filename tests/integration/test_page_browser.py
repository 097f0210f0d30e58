"""The explorer page in a real browser: headless Chromium from the system's packages, driven by
Playwright for Python through ``executable_path`` (no browser is downloaded), on the examples
corpus served by uvicorn on a free port.

Chromium is found as ``PACTGRAPH_CHROMIUM``, else ``chromium`` or ``chromium-browser`` on PATH;
without it these tests are skipped, except under CI (``CI`` set), where that is a failure
(``.ci/run`` installs Debian's chromium when it is missing). Each step's screenshot is written to
``PACTGRAPH_TEST_OUTPUT`` (default ``test-output/`` in the clone), under ``browser/``.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .. import conftest
from .conftest import _holding

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

OUTPUT = Path(os.environ.get("PACTGRAPH_TEST_OUTPUT", conftest.ROOT / "test-output")) / "browser"
NLF_EDGE = "turkey|backs|asserted|national-liberation-front"
SEED_SENTENCE = "A senior commander in the Turkey-backed National Liberation Front"


def _chromium() -> str:
    path = (os.environ.get("PACTGRAPH_CHROMIUM") or shutil.which("chromium")
            or shutil.which("chromium-browser"))
    if path:
        return path
    if os.environ.get("CI"):
        pytest.fail("no Chromium: .ci/run installs Debian's chromium (apt-get install chromium)")
    pytest.skip("no Chromium on PATH (apt-get install chromium, or set PACTGRAPH_CHROMIUM)")


@pytest.fixture(scope="module")
def base_url(neo4j_driver, settings, examples_extractions) -> Iterator[str]:
    """The API and page on the examples, served by uvicorn on a free loopback port in a thread."""
    import uvicorn

    from pactgraph.api.app import create_app

    _holding(neo4j_driver, settings.neo4j_database, "examples", examples_extractions)
    port = conftest.free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = _chromium()
    with sync_api.sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                             args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1400, "height": 850}, base_url=base_url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"the page's scripts failed: {errors}"


def shot(page, name: str) -> None:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUTPUT / f"{name}.png"))


def settled(page, action) -> None:
    """Run ``action`` and wait until the page shows its outcome (a drawing, nothing found, an error)."""
    before = page.evaluate("window.pactgraph.view.settled")
    action()
    page.wait_for_function(f"window.pactgraph.view.settled > {before}", timeout=15_000)


def drawn_edges(page) -> dict[str, dict]:
    return page.evaluate("""() => Object.fromEntries(window.pactgraph.cy.edges().map(e => [e.id(), {
        source: e.data('source'), target: e.data('target'), predicate: e.data('predicate'),
        status: e.data('status'), line: e.style('line-style'), visible: e.visible()}]))""")


def drawn_nodes(page) -> set[str]:
    return set(page.evaluate("window.pactgraph.cy.nodes().map(n => n.id())"))


def click_element(page, element_id: str) -> None:
    """A real mouse click where Cytoscape drew the node or edge (its centre or midpoint)."""
    x, y = page.evaluate("""(id) => {
        const e = window.pactgraph.cy.getElementById(id);
        const at = e.isNode() ? e.renderedPosition() : e.renderedMidpoint();
        const box = document.getElementById('cy').getBoundingClientRect();
        return [box.left + at.x, box.top + at.y]; }""", element_id)
    page.mouse.click(x, y)


def search(page, text: str) -> None:
    page.goto("/")
    page.fill("#search", text)
    page.wait_for_selector("#suggestions li")
    settled(page, lambda: page.keyboard.press("Enter"))


def test_searching_turkey_draws_the_national_liberation_front(page):
    page.goto("/")
    assert page.is_visible("#search")
    page.fill("#search", "Turkey")
    page.wait_for_selector("#suggestions li")
    assert page.inner_text("#suggestions li[aria-selected=true]").startswith("Turkey")
    shot(page, "01-suggestions")
    settled(page, lambda: page.keyboard.press("Enter"))
    assert "national-liberation-front" in drawn_nodes(page)
    edge = drawn_edges(page)[NLF_EDGE]
    assert edge["line"] == "solid" and edge["visible"]
    assert page.get_attribute("#status", "data-state") == "ready"
    shot(page, "02-turkey")


def test_clicking_the_edge_shows_the_seed_sentence(page):
    search(page, "Turkey")
    click_element(page, NLF_EDGE)
    page.wait_for_selector("#evidence-list li")
    item = page.inner_text("#evidence-list li")
    assert SEED_SENTENCE in item
    assert "00_idlib_2019.txt" in item and "2019-05-06" in item and "asserted" in item
    assert "confidence" in item
    marks = page.eval_on_selector_all("#evidence-list li mark", "ms => ms.map(m => m.textContent)")
    assert "Turkey" in marks and "National Liberation Front" in marks
    shot(page, "03-evidence")


def test_denied_relations_show_iran_houthi_dashed(page):
    search(page, "Iran")
    before = drawn_edges(page)
    assert "iran|backs|denied|houthi" not in before
    assert all(e["status"] == "asserted" for e in before.values())
    settled(page, lambda: page.check("input[name=status][value=denied]"))
    edges = drawn_edges(page)
    denied = edges["iran|backs|denied|houthi"]
    assert denied["line"] == "dashed" and denied["visible"]
    assert all(e["line"] == "solid" for e in edges.values() if e["status"] == "asserted")
    shot(page, "04-denied")


def test_a_window_ending_before_2019_hides_the_idlib_backing(page):
    search(page, "Turkey")
    backing = {k for k, e in drawn_edges(page).items() if e["predicate"] == "backs"}
    assert NLF_EDGE in backing and "turkey|backs|asserted|anti-assad-rebels" in backing
    page.fill("#date-to", "2018-12-31")
    settled(page, lambda: page.click("#apply-dates"))
    assert not backing & set(drawn_edges(page))
    assert page.get_attribute("#status", "data-state") == "empty"
    shot(page, "05-before-2019")
    # stepping valid_at through time brings the backing back in 2019 and ends it after
    page.fill("#date-to", "")
    page.fill("#valid-at", "2018")
    settled(page, lambda: page.click("#apply-dates"))
    assert NLF_EDGE not in drawn_edges(page)
    settled(page, lambda: page.click("#step-forward"))
    assert page.input_value("#valid-at") == "2019" and NLF_EDGE in drawn_edges(page)
    settled(page, lambda: page.click("#step-forward"))
    assert NLF_EDGE not in drawn_edges(page)


def test_a_path_from_iran_to_turkey_is_drawn_with_its_sentences(page):
    page.goto("/")
    page.fill("#path-source", "Iran")
    page.fill("#path-target", "Turkey")
    settled(page, lambda: page.click("#path-form button"))
    assert {"iran", "turkey", "syria"} <= drawn_nodes(page)
    paths = page.query_selector_all("#paths > li")
    assert paths
    for path in paths:
        hops = path.query_selector_all(".hops > li")
        assert hops
        for hop in hops:
            assert hop.query_selector(".evidence blockquote").inner_text().strip()
    assert "Iran" in page.inner_text("#paths > li") and "Turkey" in page.inner_text("#paths > li")
    shot(page, "06-path")


def test_the_sochi_deal_lists_idlib_and_a_candidate_violation(page):
    search(page, "Turkey")
    sochi = page.evaluate("window.pactgraph.cy.nodes('[kind = \"Agreement\"]').map(n => n.data('name'))")
    assert "Sochi deal" in sochi
    agreement = page.evaluate("window.pactgraph.cy.nodes('[kind = \"Agreement\"]')[0].id()")
    click_element(page, agreement)
    page.wait_for_selector("#agreement-name")
    assert page.inner_text("#agreement-name") == "Sochi deal"
    panel = page.inner_text("#panel")
    assert re.search(r"Zones\s+Idlib", panel)
    violations = page.query_selector_all("#violations > li")
    assert violations and "Idlib" in violations[0].inner_text()
    assert all(v.query_selector("blockquote").inner_text().strip() for v in violations)
    shot(page, "07-agreement")


def test_nothing_found_and_api_errors_are_shown(page):
    page.goto("/?actor=narnia")
    page.wait_for_function("document.getElementById('status').dataset.state === 'empty'")
    assert "Nothing found" in page.inner_text("#status")
    search(page, "Turkey")
    page.fill("#valid-at", "2019-13")
    settled(page, lambda: page.click("#apply-dates"))
    assert page.get_attribute("#status", "data-state") == "error"
    assert "valid_at" in page.inner_text("#status")  # the API's own message
    shot(page, "08-error")


def test_suggestions_find_aliases_and_work_from_the_keyboard(page):
    page.goto("/")
    page.focus("#search")
    page.keyboard.type("ankara")
    page.wait_for_selector("#suggestions li")
    assert "Turkey (Ankara)" in page.inner_text("#suggestions")
    page.keyboard.press("Escape")
    assert page.is_hidden("#suggestions")
    page.keyboard.press("ArrowDown")
    page.wait_for_selector("#suggestions li[aria-selected=true]")
    settled(page, lambda: page.keyboard.press("Enter"))
    assert page.evaluate("window.pactgraph.view.centre") == "turkey"
    assert page.input_value("#search") == "Turkey"


def test_clicking_a_node_expands_it(page):
    search(page, "Turkey")
    assert "syria" not in drawn_nodes(page)
    settled(page, lambda: click_element(page, "russia"))
    assert "syria" in drawn_nodes(page)  # Russia backs Syria
    assert "russia|backs|asserted|syria" in drawn_edges(page)
