// A map of events that have a place: Natural Earth outlines (vendored TopoJSON) drawn as SVG,
// one marker per place or state with coordinates, its area proportional to its event count.
import { api, esc } from "./core.js";

const WIDTH = 960;
const HEIGHT = 480;
let outlines = null; // the base map is the same on every visit: parse it once

// Equirectangular: longitude and latitude map linearly onto the 2:1 box.
const project = ([lon, lat]) => [((lon + 180) / 360) * WIDTH, ((90 - lat) / 180) * HEIGHT];

function ringPath(ring) {
  return ring.map((point, i) => `${i ? "L" : "M"}${project(point).map((v) => v.toFixed(1)).join(",")}`).join("") + "Z";
}

function featurePath(geometry) {
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map(ringPath).join("")).join("");
}

async function baseMap() {
  if (!outlines) {
    const response = await fetch("/static/vendor/world-atlas/countries-110m.json");
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries).features;
    outlines = countries.map((c) => `<path d="${featurePath(c.geometry)}"><title>${esc(c.properties.name)}</title></path>`).join("");
  }
  return outlines;
}

export async function renderMap(root) {
  document.title = "Map · Parley";
  root.innerHTML = `<h1>Map of events</h1>
    <p class="lead">Places and states that events happened at and that carry coordinates (Wikidata P625, country
    centroids and city centres). A marker's area grows with its number of events; open one to list them.</p>
    <div class="controls"><button type="button" id="fit" aria-pressed="false">Zoom to markers</button></div>
    <div class="map-wrap"><svg id="map" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-label="World map of events">
      <rect width="${WIDTH}" height="${HEIGHT}" class="sea"></rect><g class="land"></g><g class="markers"></g></svg></div>
    <h2>Places</h2><ul id="places" class="plain cols"></ul>`;
  const [land, data] = await Promise.all([baseMap(), api("/events/places", { limit: 1000 })]);
  const svg = root.querySelector("#map");
  svg.querySelector(".land").innerHTML = land;
  const max = Math.max(1, ...data.places.map((p) => p.events));
  const href = (p) => `#/events?location=${encodeURIComponent(p.id)}&sort=-date`;
  // Largest first, so small markers stay on top and clickable.
  svg.querySelector(".markers").innerHTML = data.places.map((p) => {
    const [x, y] = project([p.longitude, p.latitude]);
    const r = 3 + 12 * Math.sqrt(p.events / max);
    const text = `${p.label || p.id}: ${p.events} event${p.events > 1 ? "s" : ""}`;
    return `<a href="${href(p)}" aria-label="${esc(text)}"><circle class="marker" cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${r.toFixed(1)}"><title>${esc(text)}</title></circle></a>`;
  }).join("");
  root.querySelector("#places").innerHTML = data.places.map((p) =>
    `<li><a href="${href(p)}">${esc(p.label || p.id)}</a> <small>${p.events}</small></li>`).join("") || "<li>No event has a place with coordinates yet.</li>";
  const fit = root.querySelector("#fit");
  fit.addEventListener("click", () => {
    const zoomed = fit.getAttribute("aria-pressed") !== "true";
    fit.setAttribute("aria-pressed", String(zoomed));
    fit.textContent = zoomed ? "Whole world" : "Zoom to markers";
    svg.setAttribute("viewBox", zoomed ? markerBox(data.places) : `0 0 ${WIDTH} ${HEIGHT}`);
  });
}

function markerBox(places) {
  if (!places.length) return `0 0 ${WIDTH} ${HEIGHT}`;
  const points = places.map((p) => project([p.longitude, p.latitude]));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const pad = 40;
  let [x0, x1, y0, y1] = [Math.min(...xs) - pad, Math.max(...xs) + pad, Math.min(...ys) - pad, Math.max(...ys) + pad];
  // Keep the map's 2:1 shape so outlines are not stretched.
  const w = Math.max(x1 - x0, 2 * (y1 - y0));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  [x0, y0] = [cx - w / 2, cy - w / 4];
  return `${x0.toFixed(0)} ${y0.toFixed(0)} ${w.toFixed(0)} ${(w / 2).toFixed(0)}`;
}
