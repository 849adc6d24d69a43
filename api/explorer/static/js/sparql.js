// SPARQL: YASGUI (vendored @zazuko/yasgui) against this server's own /sparql endpoint.
import { authHeaders, esc } from "./core.js";

const PREFIXES = `PREFIX pa: <https://w3id.org/parley/ontology#>
PREFIX pid: <https://w3id.org/parley/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX geo: <http://www.opengis.net/ont/geosparql#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
`;

export const EXAMPLES = [
  ["Events by type", `SELECT ?type (COUNT(?event) AS ?events) WHERE {
  ?event pa:evidence ?mention ; a ?type .
} GROUP BY ?type ORDER BY DESC(?events)`],
  ["Latest events with actors", `SELECT ?event ?date ?type ?actor ?name WHERE {
  ?event a ?type ; pa:participant ?actor .
  OPTIONAL { ?event pa:date ?date }
  ?actor rdfs:label ?name .
} ORDER BY DESC(?date) LIMIT 50`],
  ["Evidence of prisoner exchanges", `SELECT ?event ?text ?document WHERE {
  ?event a pa:PrisonerExchange ; pa:evidence ?mention .
  ?mention pa:text ?text ; prov:wasDerivedFrom ?document .
} LIMIT 50`],
  ["Places with coordinates", `SELECT ?place ?name ?point (COUNT(?event) AS ?events) WHERE {
  ?event pa:location ?place .
  ?place rdfs:label ?name ; wdt:P625 ?point .
} GROUP BY ?place ?name ?point ORDER BY DESC(?events)`],
  ["Actors linked to Wikidata", `SELECT ?actor ?name ?wikidata WHERE {
  ?actor owl:sameAs ?wikidata ; rdfs:label ?name .
} ORDER BY ?name LIMIT 100`],
];

let loading = null;

function loadYasgui() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = "/static/vendor/yasgui/yasgui.min.css";
      document.head.append(css);
      const script = document.createElement("script");
      script.src = "/static/vendor/yasgui/yasgui.min.js";
      script.onload = () => resolve(window.Yasgui);
      script.onerror = () => reject(new Error("could not load YASGUI"));
      document.head.append(script);
    });
  }
  return loading;
}

export async function renderSparql(root) {
  document.title = "SPARQL · Parley";
  root.innerHTML = `<h1>SPARQL</h1>
    <p class="lead">Queries run against this server's <code>/sparql</code> endpoint (read-only unless you send the admin token).
    Press <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to run.</p>
    <div class="controls" role="group" aria-label="Example queries">${EXAMPLES.map(([name], i) =>
      `<button type="button" data-example="${i}">${esc(name)}</button>`).join("")}</div>
    <div id="yasgui"></div>`;
  const Yasgui = await loadYasgui();
  // The class and property completers ask an outside vocabulary service: the explorer stays offline.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  const yasgui = new Yasgui(root.querySelector("#yasgui"), {
    requestConfig: { endpoint: `${location.origin}/sparql`, method: "POST", headers: () => authHeaders() },
    copyEndpointOnNewTab: true,
    persistenceId: null, // nothing remembered between visits: no UI state anywhere
    populateFromUrl: false, // the hash is the explorer's route, not a shared query
    endpointCatalogueOptions: { getData: () => [{ endpoint: `${location.origin}/sparql` }] },
    yasqe: { value: PREFIXES + EXAMPLES[0][1] },
  });
  const show = (i, run) => {
    const yasqe = yasgui.getTab().getYasqe();
    yasqe.setValue(PREFIXES + EXAMPLES[i][1]);
    if (run) yasqe.query();
  };
  root.querySelectorAll("[data-example]").forEach((button) =>
    button.addEventListener("click", () => show(Number(button.dataset.example), true)));
  window.parleyYasgui = yasgui; // for the browser tests
}
