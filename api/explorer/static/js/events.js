// Events: the filtered, sorted, paged list with its timeline, and one event with its
// evidence highlighted inside the source article.
import { api, classOf, entityHref, esc, eventHref, EVENT_CLASSES, localName, MODALITIES, shortId } from "./core.js";

const PAGE = 50;

export function eventTitle(event) {
  const actors = event.actors.filter((a) => a.role === "participant").map((a) => a.label || localName(a.iri));
  const place = event.locations.map((l) => l.label || localName(l.iri));
  const who = [...new Set(actors)].slice(0, 3).join(", ");
  return `${event.date || "undated"} · ${classOf(event.types)}${who ? ` · ${who}` : ""}${place.length ? ` @ ${place.join(", ")}` : ""}`;
}

function value(event, name) {
  return (event.values[name] || [])[0];
}

function modalityOf(event) {
  const iri = value(event, "modality");
  return iri ? localName(iri) : "";
}

function actorLinks(event) {
  const seen = new Map();
  for (const a of event.actors) {
    if (!seen.has(a.iri) || a.role !== "participant") seen.set(a.iri, a);
  }
  return [...seen.values()].map((a) =>
    `<a href="${entityHref(a.iri)}">${esc(a.label || localName(a.iri))}</a>${a.role !== "participant" ? ` <small>(${esc(a.role)})</small>` : ""}`).join(", ");
}

function row(event) {
  return `<tr>
    <td>${esc(event.date || "")}</td>
    <td><a href="${eventHref(event.iri)}">${esc(classOf(event.types))}</a></td>
    <td>${actorLinks(event)}</td>
    <td>${event.locations.map((l) => `<a href="${entityHref(l.iri)}">${esc(l.label || localName(l.iri))}</a>`).join(", ")}</td>
    <td>${esc(modalityOf(event))}</td>
    <td>${esc(value(event, "confidence") || "")}</td>
  </tr>`;
}

// A paged table of events: `params` are the API's filters; "More" follows next_cursor.
export function eventList(container, params, { limit = PAGE, moreHref = null, onPage = null } = {}) {
  container.innerHTML = `<table class="events"><thead><tr><th scope="col">Date</th><th scope="col">Type</th>
    <th scope="col">Actors</th><th scope="col">Place</th><th scope="col">Modality</th><th scope="col">Confidence</th></tr></thead>
    <tbody></tbody></table><p class="more"></p>`;
  const body = container.querySelector("tbody");
  const more = container.querySelector(".more");
  const load = async (cursor) => {
    more.textContent = "Loading…";
    const page = await api("/events", { ...params, limit, cursor });
    body.insertAdjacentHTML("beforeend", page.events.map(row).join(""));
    if (onPage) onPage(page.events);
    more.innerHTML = "";
    if (!body.children.length) more.textContent = "No events match.";
    if (page.next_cursor && moreHref) more.innerHTML = `<a href="${moreHref}">All events…</a>`;
    else if (page.next_cursor) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = `Load ${limit} more`;
      button.addEventListener("click", () => load(page.next_cursor));
      more.append(button);
    }
  };
  return load(null).catch((error) => (more.innerHTML = `<span class="error">${esc(error.detail || error)}</span>`));
}

export async function renderEvents(root, query) {
  document.title = "Events · Parley";
  const sort = query.get("sort") || "-date";
  const field = (name) => esc(query.get(name) || "");
  root.innerHTML = `<h1>Events</h1>
    <form id="event-filters" class="filters">
      <label>Type <select name="type"><option value="">any</option>${EVENT_CLASSES.map((c) =>
        `<option ${query.get("type") === c ? "selected" : ""}>${c}</option>`).join("")}</select></label>
      <label>Actor <input name="actor" value="${field("actor")}" placeholder="actor/russia"></label>
      <label>Place <input name="location" value="${field("location")}" placeholder="place/istanbul"></label>
      <label>From <input name="from" value="${field("from")}" placeholder="YYYY-MM-DD" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" size="10"></label>
      <label>To <input name="to" value="${field("to")}" placeholder="YYYY-MM-DD" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" size="10"></label>
      <label>Modality <select name="modality"><option value="">any</option>${MODALITIES.map((m) =>
        `<option ${query.get("modality") === m ? "selected" : ""}>${m}</option>`).join("")}</select></label>
      <label>Text <input name="q" value="${field("q")}" placeholder="words in the evidence"></label>
      <label>Order <select name="sort">
        <option value="-date" ${sort === "-date" ? "selected" : ""}>newest first</option>
        <option value="date" ${sort === "date" ? "selected" : ""}>oldest first</option>
        <option value="iri" ${sort === "iri" ? "selected" : ""}>by document</option></select></label>
      <button type="submit">Filter</button> <a href="#/events">Clear</a>
    </form>
    <h2 class="sr-only">Timeline</h2><div id="timeline" class="timeline"></div>
    <h2 class="sr-only">List</h2><div id="event-list"></div>`;
  root.querySelector("#event-filters").addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(event.target);
    const params = new URLSearchParams([...data].filter(([, v]) => v));
    location.hash = `#/events?${params}`;
  });
  const params = Object.fromEntries([...query].filter(([, v]) => v));
  params.sort = sort;
  const loaded = [];
  await eventList(root.querySelector("#event-list"), params, {
    onPage: (events) => {
      loaded.push(...events);
      drawTimeline(root.querySelector("#timeline"), loaded);
    },
  });
}

function dayOf(date) {
  const [y, m = "07", d = "01"] = date.split("-"); // a year alone sits mid-year, a month on its first
  return Date.UTC(+y, +m - 1, +d);
}

// Loaded events on a time axis: one dot each, a link to the event.
function drawTimeline(container, events) {
  const dated = events.filter((e) => e.date);
  if (!dated.length) {
    container.innerHTML = "<p class=\"note\">No dated events loaded.</p>";
    return;
  }
  const times = dated.map((e) => dayOf(e.date));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = Math.max(max - min, 86400000);
  const width = 1000;
  const x = (t) => 20 + ((t - min) / span) * (width - 40);
  const stack = new Map();
  const dots = dated.map((e, i) => {
    const px = Math.round(x(times[i]));
    const level = stack.get(px) || 0;
    stack.set(px, level + 1);
    return `<a href="${eventHref(e.iri)}" aria-label="${esc(eventTitle(e))}"><circle cx="${px}" cy="${62 - level * 11}" r="5"><title>${esc(eventTitle(e))}</title></circle></a>`;
  });
  const fmt = (t) => new Date(t).toISOString().slice(0, 10);
  container.innerHTML = `<svg viewBox="0 0 ${width} 90" role="group" aria-label="Timeline of ${dated.length} loaded events">
    <line x1="20" y1="70" x2="${width - 20}" y2="70" class="axis"></line>
    <text x="20" y="86" class="tick">${fmt(min)}</text><text x="${width - 20}" y="86" class="tick" text-anchor="end">${fmt(max)}</text>
    ${dots.join("")}</svg>`;
}

export async function renderEvent(root, id) {
  const event = await api(`/events/${encodeURI(id)}`);
  document.title = `${classOf(event.types)} · Parley`;
  const facts = [
    ["Type", event.types.map(localName).join(", ")],
    ["Date", event.date ? `${event.date}${event.date_text ? ` (“${event.date_text}”)` : ""}` : "—"],
    ["Modality", modalityOf(event) || "—"],
    ["Confidence", value(event, "confidence") || "—"],
  ];
  for (const name of ["quantity", "fatalities", "injuries", "quantityText"]) {
    if (event.values[name]) facts.push([name, event.values[name].join(", ")]);
  }
  const reporters = event.actors.filter((a) => a.role === "reportedBy");
  root.innerHTML = `<article class="card">
      <h1>${esc(eventTitle(event))}</h1>
      <dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}
        <dt>Actors</dt><dd>${actorLinks(event) || "—"}</dd>
        <dt>Place</dt><dd>${event.locations.map((l) => `<a href="${entityHref(l.iri)}">${esc(l.label || localName(l.iri))}</a>`).join(", ") || "—"}</dd>
        <dt>Attribution</dt><dd>${reporters.map((a) => `<a href="${entityHref(a.iri)}">${esc(a.label || localName(a.iri))}</a>`).join(", ") || "—"}</dd>
        <dt>In the graph</dt><dd><a href="#/entity/${encodeURI(shortId(event.iri))}">neighbourhood of this event</a> · <code>${esc(event.iri)}</code></dd>
      </dl></article>
    <section aria-labelledby="evidence-title"><h2 id="evidence-title">Evidence in the source</h2><div id="sources"></div></section>`;
  const byDocument = new Map();
  for (const ev of event.evidence) {
    if (!byDocument.has(ev.document)) byDocument.set(ev.document, []);
    byDocument.get(ev.document).push(ev);
  }
  const sources = root.querySelector("#sources");
  for (const [docIri, spans] of byDocument) {
    const section = document.createElement("section");
    section.className = "source";
    sources.append(section);
    const docId = docIri ? docIri.split("/doc/").pop() : null;
    const doc = docId ? await api(`/documents/${encodeURIComponent(docId)}`).catch(() => null) : null;
    const first = spans[0];
    const url = first.url ? ` · <a href="${esc(first.url)}" rel="noreferrer">original</a>` : "";
    section.innerHTML = `<h3><a href="#/document/${encodeURIComponent(docId || "")}">${esc(first.title || docId || "source")}</a></h3>
      <p class="note">${esc(first.issued || "no date")}${url} · ${spans.length} evidence span${spans.length > 1 ? "s" : ""}</p>
      ${doc && doc.text ? `<div class="article">${highlight(doc.text, spans)}</div>`
        : `<ul>${spans.map((s) => `<li><mark>${esc(s.text)}</mark></li>`).join("")}</ul>`}`;
  }
  const mark = sources.querySelector("mark");
  if (mark) mark.scrollIntoView({ block: "center" });
}

// The article text with each span marked. Offsets count Unicode code points (Python's str
// indices), so the text is sliced as an array of code points, not of UTF-16 units.
export function highlight(text, spans) {
  const chars = Array.from(text);
  const ranges = spans
    .filter((s) => Number.isInteger(s.char_start) && Number.isInteger(s.char_end))
    .map((s) => [s.char_start, s.char_end])
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  let html = "";
  let at = 0;
  for (const [start, end] of merged) {
    html += esc(chars.slice(at, start).join("")) + `<mark>${esc(chars.slice(start, end).join(""))}</mark>`;
    at = end;
  }
  return html + esc(chars.slice(at).join(""));
}
