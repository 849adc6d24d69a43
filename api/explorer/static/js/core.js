// Shared helpers: the JSON API client, HTML escaping, names of IRIs and classes.

const PID = "https://w3id.org/parley/id/";
const PA = "https://w3id.org/parley/ontology#";
const TOKEN_KEY = "parley-token";

export class ApiError extends Error {
  constructor(status, detail) {
    super(`${status}: ${detail}`);
    this.status = status;
    this.detail = detail;
  }
}

// The bearer token lives in this tab's sessionStorage only: the server keeps no UI state.
export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

export function setToken(value) {
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export function authHeaders() {
  return token() ? { Authorization: `Bearer ${token()}` } : {};
}

export async function api(path, params = {}, init = {}) {
  const url = new URL(path, location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) value.forEach((v) => url.searchParams.append(key, v));
    else if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, value);
  }
  const response = await fetch(url, { ...init, headers: { Accept: "application/json", ...authHeaders(), ...(init.headers || {}) } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail ?? body);
    throw new ApiError(response.status, detail);
  }
  return body;
}

export function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

export function localName(iri) {
  return String(iri).split(/[#/]/).pop();
}

// The id the API takes back: the part after pid:, else the IRI itself.
export function shortId(iri) {
  return iri.startsWith(PID) ? iri.slice(PID.length) : iri;
}

export function isEvent(types) {
  return (types || []).some((t) => EVENT_CLASSES.includes(localName(t)));
}

export function entityHref(iri) {
  return `#/entity/${encodeURI(shortId(iri))}`;
}

export function eventHref(iri) {
  return `#/event/${encodeURI(shortId(iri).replace(/^event\//, ""))}`;
}

export function nodeHref(iri, types) {
  if (isEvent(types)) return eventHref(iri);
  if (iri.startsWith(PID + "doc/")) return `#/document/${encodeURIComponent(iri.slice(PID.length + 4))}`;
  return entityHref(iri);
}

export const EVENT_CLASSES = [
  "Negotiation", "Agreement", "Ceasefire", "PrisonerExchange", "Release", "Repatriation", "Attack",
  "Sanction", "Aid", "Statement", "Accusation", "Threat", "Demand",
];
export const MODALITIES = ["Asserted", "Planned", "Alleged", "Denied"];

// One colour per class, dark enough for white labels and distinct on a white page.
const CLASS_COLOURS = {
  State: "#1f4e9e", Person: "#7b2a8c", Organization: "#2c6e49", GovernmentBody: "#2c6e49",
  ArmedForce: "#8c2d19", InternationalOrganization: "#00617a", Group: "#6b5a00", Place: "#8a4b08",
  Mention: "#5c5c5c", Document: "#3d3d3d",
};
const EVENT_COLOUR = "#b3261e";

export function classOf(types) {
  const names = (types || []).map(localName).filter((n) => n !== "Actor" && n !== "Event");
  return names[0] || "Thing";
}

export function colourOf(types) {
  const cls = classOf(types);
  if (EVENT_CLASSES.includes(cls)) return EVENT_COLOUR;
  return CLASS_COLOURS[cls] || "#444";
}

export function paTerm(name) {
  return PA + name;
}

export function setStatus(text) {
  document.getElementById("status").textContent = text;
}

export function errorBox(error) {
  const detail = error instanceof ApiError ? error.detail : String(error);
  return `<p class="error" role="alert">${esc(detail)}</p>`;
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
