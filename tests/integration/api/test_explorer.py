"""The explorer in a real browser: Debian's Chromium, driven by Playwright, against a real
uvicorn server over the seed store.

One analyst's journey (search → actor page → graph → click an event node → the evidence
highlighted in the article → map → a SPARQL query through YASGUI → documents upload), then
the offline API docs and a phone-width page. Every request the browser makes is recorded:
none may leave the server's origin, and no page may log an error. Screenshots go to
``$PARLEY_SCREENSHOTS`` (``make screenshots`` points it at docs/screenshots).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, ConsoleMessage, Error, Page, Request, sync_playwright

from tests.integration.api.conftest import ADMIN, Server

PID = "https://w3id.org/parley/id/"
# The flags a closed network needs: no background fetches, no QUIC, no first-run work.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 20_000


@dataclass
class Watch:
    """What the pages asked for and complained about."""

    origin: str
    foreign: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def request(self, request: Request) -> None:
        url = request.url
        # blob: and data: URLs are made by the page itself (Redoc's search worker, inline images).
        if not (url.startswith(self.origin + "/") or url.startswith(("data:", f"blob:{self.origin}/"))):
            self.foreign.append(url)

    def console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.errors.append(f"{message.text} at {message.location.get('url')}")

    def page_error(self, error: Error) -> None:
        self.errors.append(f"uncaught {error.name}: {error.message}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    chromium = Path(os.environ.get("PARLEY_CHROMIUM", "/usr/bin/chromium"))
    if not chromium.exists():
        pytest.fail(f"{chromium} not found: `make test` installs Debian's chromium (apt-get install chromium)")
    with sync_playwright() as playwright:
        # Playwright gives each launch a fresh, empty profile directory of its own.
        launched = playwright.chromium.launch(executable_path=str(chromium), args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture()
def watch(explorer_server: Server) -> Watch:
    return Watch(explorer_server.url)


def _page(browser: Browser, watch: Watch, width: int = 1280, height: int = 900) -> Page:
    context = browser.new_context(viewport={"width": width, "height": height})
    context.on("request", watch.request)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.on("console", watch.console)
    page.on("pageerror", watch.page_error)
    return page


def _shot(page: Page, name: str, tmp_path: Path, *, full_page: bool = False) -> None:
    folder = Path(os.environ.get("PARLEY_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(folder / f"{name}.png"), full_page=full_page)


# Picks the event node farthest from every other node, so a click at its centre hits it
# and nothing else; returns its IRI and where it is drawn on the page.
PICK_EVENT_NODE = """() => {
  const cy = window.parleyGraph;
  const box = document.getElementById('graph').getBoundingClientRect();
  const nodes = cy.nodes().toArray();
  const events = nodes.filter((n) => n.id().startsWith('%sevent/'));
  let best = null;
  for (const node of events) {
    const p = node.renderedPosition();
    const gap = Math.min(...nodes.filter((o) => o !== node).map((o) => {
      const q = o.renderedPosition();
      return Math.hypot(p.x - q.x, p.y - q.y);
    }));
    if (!best || gap > best.gap) best = { id: node.id(), x: box.left + p.x, y: box.top + p.y, gap };
  }
  return best;
}""".replace("%sevent/", PID + "event/")


def test_analyst_journey_stays_offline(browser: Browser, watch: Watch, explorer_server: Server, tmp_path: Path) -> None:
    page = _page(browser, watch)
    page.goto(explorer_server.url + "/")
    page.wait_for_selector("#home-events li")
    _shot(page, "home", tmp_path)

    # Search as you type, then choose with the keyboard.
    page.fill("#search-input", "Russ")
    page.wait_for_selector("#search-results [role=option]:has-text('Russia')")
    _shot(page, "search", tmp_path)
    page.keyboard.press("Enter")
    page.wait_for_function("location.hash === '#/entity/actor/russia'")

    # The actor page: card, graph with nodes, events beside it.
    page.wait_for_selector("#graph[data-nodes]")
    assert page.inner_text("main h1").startswith("Russia")
    assert int(page.get_attribute("#graph", "data-nodes") or 0) > 3
    page.wait_for_selector("#entity-events tbody tr")
    page.wait_for_timeout(300)  # let the layout settle before the picture and the click
    _shot(page, "actor", tmp_path)

    # Click an event node in the graph: the event page opens.
    page.locator("#graph").evaluate("(graph) => graph.scrollIntoView({ block: 'center' })")
    page.wait_for_timeout(300)  # Cytoscape re-reads where its canvas is on the scroll event, a frame later
    target = page.evaluate(PICK_EVENT_NODE)
    assert target is not None, "the graph of Russia holds no event node"
    page.mouse.click(target["x"], target["y"])
    event_id = target["id"].removeprefix(PID)
    page.wait_for_function("(id) => location.hash === '#/' + id", arg=event_id)

    # Its evidence is marked inside the article text, exactly the spans the API gives.
    page.wait_for_selector(".article mark")
    with httpx.Client(base_url=explorer_server.url) as http:
        event = http.get(f"/events/{event_id}").json()
    marked = page.locator(".article mark").all_inner_texts()
    spans = [ev["text"] for ev in event["evidence"]]
    assert spans and all(any(span in m for m in marked) for span in spans), (spans, marked)
    article = page.inner_text(".article")
    assert len(article) > 5 * sum(len(s) for s in spans), "the whole article is shown, not only the evidence"
    _shot(page, "event", tmp_path)

    # The map: Istanbul, where the talks were held, has a marker.
    page.goto(explorer_server.url + "/#/map")
    page.wait_for_selector("#map .land path")
    page.wait_for_selector("#map circle.marker")
    assert page.locator("#map a[aria-label^='Istanbul']").count() == 1
    _shot(page, "map", tmp_path)

    # The events list, newest first, with its timeline.
    page.goto(explorer_server.url + "/#/events")
    page.wait_for_selector("#event-list tbody tr")
    page.wait_for_selector("#timeline circle")
    dates = [d for d in page.locator("#event-list tbody tr td:first-child").all_inner_texts() if d]
    assert len(dates) > 1 and dates == sorted(dates, reverse=True), dates
    _shot(page, "events", tmp_path)

    # SPARQL through YASGUI against the server's own endpoint: the example runs and returns rows.
    page.goto(explorer_server.url + "/#/sparql")
    page.wait_for_selector("#yasgui .CodeMirror")
    page.click("button[data-example='0']")
    page.wait_for_selector(".yasr table tbody tr")
    cells = page.locator(".yasr table tbody tr").first.inner_text()
    assert "PrisonerExchange" in page.inner_text(".yasr table tbody"), cells
    _shot(page, "sparql", tmp_path)

    # Documents: the built list, then an upload with the admin token shows what was extracted.
    page.goto(explorer_server.url + "/#/documents")
    page.wait_for_selector("#doc-list li")
    page.fill("#upload input[name=token]", ADMIN)
    page.fill("#upload input[name=id]", "browser-upload")
    page.fill("#upload input[name=published]", "2025-07-01")
    page.fill(
        "#upload textarea[name=body]",
        "Russia and Ukraine exchanged 84 prisoners of war in Istanbul on Tuesday, "
        "the Russian Defence Ministry said.",
    )
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#report h4 a")
    assert "browser-upload" in page.inner_text("#report")
    assert page.locator("#report li a").count() >= 1, page.inner_text("#report")
    page.wait_for_selector("#doc-list a:has-text('browser-upload')")
    _shot(page, "documents", tmp_path)

    assert watch.foreign == [], watch.foreign
    assert watch.errors == [], watch.errors


def test_api_docs_load_offline(browser: Browser, watch: Watch, explorer_server: Server, tmp_path: Path) -> None:
    page = _page(browser, watch)
    page.goto(explorer_server.url + "/docs")
    page.wait_for_selector(".swagger-ui .opblock-tag")
    assert "Parley" in page.inner_text(".swagger-ui .title")
    _shot(page, "docs", tmp_path)
    page.goto(explorer_server.url + "/redoc")
    page.wait_for_selector("h1:has-text('Parley')")
    assert page.locator("h2:has-text('SPARQL query (GET)')").count() == 1
    _shot(page, "redoc", tmp_path)
    assert watch.foreign == [], watch.foreign
    assert watch.errors == [], watch.errors


def test_phone_width_has_no_sideways_scroll(
    browser: Browser, watch: Watch, explorer_server: Server, tmp_path: Path
) -> None:
    page = _page(browser, watch, width=390, height=844)
    for route, ready in (
        ("#/entity/actor/russia", "#graph[data-nodes]"),
        ("#/events", "#event-list tbody tr"),
        ("#/map", "#map circle.marker"),
    ):
        page.goto(f"{explorer_server.url}/{route}")
        page.wait_for_selector(ready)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{route} is {overflow}px wider than the phone"
    page.goto(f"{explorer_server.url}/#/entity/actor/russia")
    page.wait_for_selector("#graph[data-nodes]")
    _shot(page, "phone-actor", tmp_path, full_page=True)
    assert watch.foreign == [], watch.foreign
    assert watch.errors == [], watch.errors
