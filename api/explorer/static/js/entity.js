// An actor or place: its card, its neighbourhood as a Cytoscape.js graph, and its events.
import { api, classOf, colourOf, esc, localName, nodeHref, shortId } from "./core.js";
import { eventList } from "./events.js";

const EDGE_LIMIT = 150; // a bounded graph stays readable and fast whatever the store's size

export async function renderEntity(root, id) {
  const entity = await api(`/entities/${encodeURI(id)}`);
  const name = entity.labels[0] || shortId(entity.iri);
  document.title = `${name} · Parley`;
  const isPlace = entity.types.some((t) => ["Place"].includes(localName(t)));
  const wikidata = entity.wikidata.map((w) => `<a href="${esc(w)}" rel="noreferrer">${esc(localName(w))}</a>`).join(", ");
  root.innerHTML = `
    <article class="card">
      <h1>${esc(name)} <span class="badge" style="background:${colourOf(entity.types)}">${esc(classOf(entity.types))}</span></h1>
      <dl class="facts">
        <dt>Types</dt><dd>${entity.types.map((t) => esc(localName(t))).join(", ") || "—"}</dd>
        ${entity.alt_labels.length ? `<dt>Also called</dt><dd>${entity.alt_labels.map(esc).join(", ")}</dd>` : ""}
        ${entity.labels.length > 1 ? `<dt>Labels</dt><dd>${entity.labels.map(esc).join(", ")}</dd>` : ""}
        <dt>Wikidata</dt><dd>${wikidata || "not linked"}</dd>
        <dt>Counts</dt><dd>${entity.counts.events} events · ${entity.counts.documents} documents ·
          ${entity.counts.statements_out} statements out · ${entity.counts.statements_in} in</dd>
        <dt>IRI</dt><dd><code>${esc(entity.iri)}</code></dd>
      </dl>
    </article>
    <div class="split">
      <section aria-labelledby="graph-title" class="panel">
        <h2 id="graph-title">Neighbourhood</h2>
        <form class="controls" id="graph-controls">
          <label>Hops <select name="hops"><option selected>1</option><option>2</option><option>3</option></select></label>
          <fieldset id="class-filter"><legend>Classes</legend></fieldset>
        </form>
        <div id="graph" class="graph" role="img" aria-label="Graph of ${esc(name)} and its neighbours"></div>
        <p id="graph-note" class="note"></p>
        <details><summary>Nodes as a list</summary><ul id="graph-list" class="plain cols"></ul></details>
      </section>
      <section aria-labelledby="events-title" class="panel">
        <h2 id="events-title">Events</h2>
        <div id="entity-events" class="scroll-x"></div>
      </section>
    </div>`;
  const filter = isPlace ? { location: shortId(entity.iri) } : { actor: shortId(entity.iri) };
  const more = new URLSearchParams({ ...filter, sort: "-date" });
  eventList(root.querySelector("#entity-events"), { ...filter, sort: "-date" }, { limit: 10, moreHref: `#/events?${more}` });
  await drawGraph(root, entity.iri);
}

async function drawGraph(root, center) {
  const form = root.querySelector("#graph-controls");
  const fieldset = root.querySelector("#class-filter");
  let classes = null; // every class of the unfiltered neighbourhood, offered as filters
  let cy = null;
  const load = async () => {
    const hops = form.hops.value;
    const checked = [...fieldset.querySelectorAll("input:checked")].map((i) => i.value);
    const all = classes && checked.length === classes.length;
    const hood = await api(`/entities/${encodeURI(shortId(center))}/neighbourhood`, {
      hops,
      limit: EDGE_LIMIT,
      types: classes && !all ? checked : undefined,
    });
    if (!classes) {
      classes = [...new Set(hood.nodes.flatMap((n) => n.data.types))].sort((a, b) => localName(a).localeCompare(localName(b)));
      fieldset.insertAdjacentHTML("beforeend", classes.map((c) =>
        `<label><input type="checkbox" value="${esc(c)}" checked> <span class="swatch" style="background:${colourOf([c])}"></span>${esc(localName(c))}</label>`).join(""));
    }
    cy = draw(root.querySelector("#graph"), hood, cy);
    root.querySelector("#graph-note").textContent =
      `${hood.nodes.length} nodes, ${hood.edges.length} edges${hood.truncated ? ` (cut at ${EDGE_LIMIT} edges: filter by class or use fewer hops)` : ""}. Click a node to open it.`;
    root.querySelector("#graph-list").innerHTML = hood.nodes.map((n) =>
      `<li><a href="${nodeHref(n.data.id, n.data.types)}">${esc(n.data.label)}</a> <small>${esc(classOf(n.data.types))}</small></li>`).join("");
  };
  form.addEventListener("change", () => load().catch((e) => (root.querySelector("#graph-note").textContent = e.detail || e)));
  await load();
}

function draw(container, hood, previous) {
  if (previous) previous.destroy();
  const elements = [
    ...hood.nodes.map((n) => ({ data: { ...n.data, colour: colourOf(n.data.types), center: n.data.id === hood.center } })),
    ...hood.edges.map((e) => ({ data: e.data })),
  ];
  const cy = cytoscape({
    container,
    elements,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      { selector: "node", style: {
        "background-color": "data(colour)", label: "data(label)", color: "#1a1a1a", "font-size": 11,
        "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "ellipsis", "text-max-width": 140,
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1,
        width: 22, height: 22,
      } },
      { selector: "node[?center]", style: { width: 34, height: 34, "border-width": 3, "border-color": "#111" } },
      { selector: "edge", style: {
        width: 1.5, "line-color": "#8a8a8a", "target-arrow-color": "#8a8a8a", "target-arrow-shape": "triangle",
        "curve-style": "bezier", label: "data(label)", "font-size": 9, color: "#333", "text-rotation": "autorotate",
        "text-background-color": "#ffffff", "text-background-opacity": 0.85,
      } },
    ],
    layout: { name: "cose", animate: false, nodeDimensionsIncludeLabels: true, randomize: true, idealEdgeLength: () => 90, randomSeed: 1 },
  });
  cy.on("tap", "node", (event) => {
    const node = event.target.data();
    if (node.id !== hood.center) location.hash = nodeHref(node.id, node.types);
  });
  cy.on("mouseover", "node", () => (container.style.cursor = "pointer"));
  cy.on("mouseout", "node", () => (container.style.cursor = ""));
  container.dataset.nodes = String(cy.nodes().length);
  window.parleyGraph = cy; // for the browser tests: where each node was drawn
  return cy;
}
