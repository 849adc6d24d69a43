// The explorer: a hash router over pages that read the JSON API, and the as-you-type search.
import { api, debounce, entityHref, errorBox, esc, eventHref, EVENT_CLASSES, classOf, shortId } from "./core.js";
import { renderEntity } from "./entity.js";
import { renderEvent, renderEvents, eventTitle } from "./events.js";
import { renderMap } from "./map.js";
import { renderSparql } from "./sparql.js";
import { renderDocument, renderDocuments } from "./documents.js";

const main = document.getElementById("main");

const ROUTES = [
  [/^#\/entity\/(.+)$/, (m) => renderEntity(main, decodeURI(m[1]))],
  [/^#\/event\/(.+)$/, (m) => renderEvent(main, decodeURI(m[1]))],
  [/^#\/events(?:\?(.*))?$/, (m) => renderEvents(main, new URLSearchParams(m[1] || ""))],
  [/^#\/map$/, () => renderMap(main)],
  [/^#\/sparql$/, () => renderSparql(main)],
  [/^#\/documents$/, () => renderDocuments(main)],
  [/^#\/document\/(.+)$/, (m) => renderDocument(main, decodeURIComponent(m[1]))],
];

async function route() {
  const hash = location.hash || "#/";
  const section = hash.split(/[/?]/)[1] || "";
  document.querySelectorAll("[data-nav]").forEach((a) => {
    if (a.dataset.nav === section || (section === "event" && a.dataset.nav === "events")) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  });
  for (const [pattern, render] of ROUTES) {
    const match = hash.match(pattern);
    if (match) {
      await guarded(() => render(match));
      return;
    }
  }
  await guarded(() => renderHome(main));
}

async function guarded(render) {
  try {
    await render();
  } catch (error) {
    main.innerHTML = errorBox(error);
  }
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

async function renderHome(root) {
  document.title = "Parley explorer";
  root.innerHTML = `<h1>Explore the news graph</h1>
    <p class="lead">Search actors, places and events above (names, aliases or Wikidata ids such as <kbd>Q159</kbd>),
    or start from the <a href="#/events">latest events</a>, the <a href="#/map">map</a> or a <a href="#/sparql">SPARQL query</a>.</p>
    <div id="home-stats" class="stats"></div><h2>Latest events</h2><div id="home-events">Loading…</div>`;
  // /health counts every quad (half a second at 1M triples): it fills in when it answers.
  api("/health").then((health) => {
    const plural = (n, word) => `<span><b>${n.toLocaleString()}</b> ${word}${n === 1 ? "" : "s"}</span>`;
    root.querySelector("#home-stats").innerHTML = plural(health.documents, "document") + plural(health.triples, "triple");
  }).catch(() => {});
  const page = await api("/events", { sort: "-date", limit: 10 });
  root.querySelector("#home-events").innerHTML = page.events.length
    ? `<ul class="plain">${page.events.map((e) => `<li><a href="${eventHref(e.iri)}">${esc(eventTitle(e))}</a></li>`).join("")}</ul>`
    : "<p>No events yet: build some documents.</p>";
}

// --- Search: entities (labels, aliases, Q-ids), event types, and events by their evidence text.
const input = document.getElementById("search-input");
const list = document.getElementById("search-results");
let active = -1;

function options() {
  return [...list.querySelectorAll("[role=option]")];
}

function setActive(index) {
  const items = options();
  if (!items.length) return;
  active = (index + items.length) % items.length;
  items.forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
  input.setAttribute("aria-activedescendant", items[active].id);
  items[active].scrollIntoView({ block: "nearest" });
}

function closeSearch() {
  list.hidden = true;
  input.setAttribute("aria-expanded", "false");
  input.removeAttribute("aria-activedescendant");
  active = -1;
}

function option(href, label, detail, n) {
  return `<li role="option" id="search-opt-${n}" aria-selected="false"><a href="${href}" tabindex="-1">
    <span>${esc(label)}</span><small>${esc(detail)}</small></a></li>`;
}

function showResults(html, q) {
  list.innerHTML = html || `<li class="empty">No match for “${esc(q)}”</li>`;
  list.hidden = false;
  input.setAttribute("aria-expanded", "true");
  active = -1;
}

// Names first (fast, from an in-memory index); events whose evidence contains the text are
// appended when their scan answers, so a slow scan never holds the names back.
const search = debounce(async () => {
  const q = input.value.trim();
  if (!q) return closeSearch();
  let html = "";
  let n = 0;
  // A failed event scan (e.g. past the deadline) adds nothing: the names are already shown.
  const events = q.length >= 3 ? api("/events", { q, limit: 5, sort: "-date" }).catch(() => null) : null;
  try {
    const entities = await api("/entities", { q, limit: 8 });
    if (q !== input.value.trim()) return; // a newer keystroke is on its way
    for (const hit of entities.results) {
      const aka = hit.matched !== hit.label ? ` · matched “${hit.matched}”` : "";
      html += option(entityHref(hit.iri), hit.label || shortId(hit.iri), `${classOf(hit.types)}${aka}`, n++);
    }
    for (const cls of EVENT_CLASSES.filter((c) => c.toLowerCase().includes(q.toLowerCase()))) {
      html += option(`#/events?type=${cls}&sort=-date`, `${cls} events`, "event type", n++);
    }
  } catch (error) {
    html = `<li class="error">${esc(error.detail || error)}</li>`;
  }
  showResults(html, q);
  const found = events && (await events);
  if (!found || !found.events.length || q !== input.value.trim()) return;
  for (const event of found.events) html += option(eventHref(event.iri), eventTitle(event), "event", n++);
  showResults(html, q);
}, 150);

input.addEventListener("input", search);
input.addEventListener("keydown", (event) => {
  if (event.key === "ArrowDown") { event.preventDefault(); setActive(active + 1); }
  else if (event.key === "ArrowUp") { event.preventDefault(); setActive(active - 1); }
  else if (event.key === "Escape") closeSearch();
  else if (event.key === "Enter") {
    const items = options();
    const chosen = items[active >= 0 ? active : 0];
    if (chosen) {
      event.preventDefault();
      location.hash = chosen.querySelector("a").getAttribute("href");
      input.value = "";
      closeSearch();
    }
  }
});
list.addEventListener("click", () => {
  input.value = "";
  closeSearch();
});
document.addEventListener("click", (event) => {
  if (!event.target.closest(".search")) closeSearch();
});

window.addEventListener("hashchange", route);
route();
