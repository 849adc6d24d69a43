// Documents: the built documents, one document's text with its evidence marked, and (with the
// admin token) uploading an article or a JSONL batch to see what was extracted.
import { api, authHeaders, classOf, esc, eventHref, localName, setToken, token } from "./core.js";
import { highlight } from "./events.js";

const PAGE = 50;
const MARKED_EVENTS = 60; // events whose evidence is fetched to mark a document's text

export async function renderDocuments(root) {
  document.title = "Documents · Parley";
  root.innerHTML = `<h1>Documents</h1>
    <div class="split">
      <section class="panel" aria-labelledby="list-title"><h2 id="list-title">Built documents</h2>
        <ul id="doc-list" class="plain"></ul><p class="more"></p></section>
      <section class="panel" aria-labelledby="upload-title"><h2 id="upload-title">Add an article</h2>
        <form id="upload">
          <label>Admin token <input name="token" type="password" autocomplete="off" value="${esc(token())}"></label>
          <fieldset><legend>Format</legend>
            <label><input type="radio" name="format" value="text" checked> Article text</label>
            <label><input type="radio" name="format" value="jsonl"> JSON lines (one document a line)</label></fieldset>
          <div data-format="text">
            <label>Id <input name="id" pattern="[A-Za-z0-9._\\-]{1,200}" placeholder="letters, digits, . _ -"></label>
            <label>Title <input name="title"></label>
            <label>Published <input name="published" placeholder="YYYY-MM-DD" pattern="\\d{4}-\\d{2}-\\d{2}"></label>
          </div>
          <label>Text or JSON lines <textarea name="body" rows="10" required></textarea></label>
          <label>…or a file <input type="file" name="file" accept=".txt,.jsonl,.json,text/plain"></label>
          <button type="submit">Extract</button>
        </form>
        <div id="report" aria-live="polite"></div></section>
    </div>`;
  const list = root.querySelector("#doc-list");
  const more = root.querySelector(".more");
  const load = async (cursor) => {
    const page = await api("/documents", { limit: PAGE, cursor });
    list.insertAdjacentHTML("beforeend", page.documents.map((d) =>
      `<li><a href="#/document/${encodeURIComponent(d.id)}">${esc(d.title || d.id)}</a> <small>${esc(d.id)}${d.issued ? ` · ${esc(d.issued)}` : ""}</small></li>`).join(""));
    more.innerHTML = "";
    if (!list.children.length) more.textContent = "No documents yet.";
    if (page.next_cursor) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = "More documents";
      button.addEventListener("click", () => load(page.next_cursor));
      more.append(button);
    }
  };
  const form = root.querySelector("#upload");
  form.file.addEventListener("change", async () => {
    const file = form.file.files[0];
    if (!file) return;
    form.body.value = await file.text();
    if (/\.jsonl?$/i.test(file.name)) form.format.value = "jsonl";
    else if (!form.id.value) form.id.value = file.name.replace(/\.[^.]*$/, "").replace(/[^A-Za-z0-9._-]/g, "-");
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    upload(form, root.querySelector("#report")).then(() => { list.innerHTML = ""; return load(null); });
  });
  await load(null);
}

async function upload(form, report) {
  setToken(form.token.value.trim());
  const jsonl = form.format.value === "jsonl";
  const body = jsonl ? form.body.value : JSON.stringify({
    id: form.id.value.trim(), text: form.body.value,
    title: form.title.value.trim() || null, published: form.published.value.trim() || null,
  });
  report.innerHTML = "<p>Extracting…</p>";
  try {
    const result = await api("/documents", {}, {
      method: "POST", body,
      headers: { "Content-Type": jsonl ? "application/x-ndjson" : "application/json", ...authHeaders() },
    });
    report.innerHTML = `<h3>Extracted</h3><p>${result.events} events, ${result.relations} relations, ${result.quads} quads.</p>
      ${result.built.map((d) => `<h4><a href="#/document/${encodeURIComponent(d.id)}">${esc(d.id)}</a></h4>
        <ul>${d.events.map((e) => `<li><a href="${eventHref(e.iri)}">${esc(classOf(e.types))}</a> <small>${esc(localName(e.iri))}</small></li>`).join("") || "<li>no events</li>"}</ul>`).join("")}
      ${result.unchanged.length ? `<p>Unchanged: ${result.unchanged.map(esc).join(", ")}</p>` : ""}
      ${result.problems.map((p) => `<p class="error">${esc(p.source)}${p.doc_id ? ` (${esc(p.doc_id)})` : ""}: ${esc(p.reason)}</p>`).join("")}`;
  } catch (error) {
    report.innerHTML = `<p class="error" role="alert">${esc(error.detail || error)}</p>`;
  }
}

export async function renderDocument(root, id) {
  const doc = await api(`/documents/${encodeURIComponent(id)}`);
  document.title = `${doc.title || doc.id} · Parley`;
  root.innerHTML = `<article class="card"><h1>${esc(doc.title || doc.id)}</h1>
      <dl class="facts"><dt>Id</dt><dd>${esc(doc.id)}</dd><dt>Published</dt><dd>${esc(doc.issued || "—")}</dd>
      ${doc.url ? `<dt>Source</dt><dd><a href="${esc(doc.url)}" rel="noreferrer">${esc(doc.url)}</a></dd>` : ""}
      <dt>Events</dt><dd>${doc.events.length}</dd></dl></article>
    <div class="split"><section class="panel" aria-labelledby="text-title"><h2 id="text-title">Text</h2>
      <div class="article" id="doc-text">${doc.text ? esc(doc.text) : "<p class=\"note\">This store holds no text for the document (built before texts were kept): rebuild it with --force.</p>"}</div></section>
    <section class="panel" aria-labelledby="doc-events-title"><h2 id="doc-events-title">Events</h2>
      <ul class="plain">${doc.events.map((e) => `<li><a href="${eventHref(e.iri)}">${esc(classOf(e.types))}</a> <small>${esc(localName(e.iri))}</small></li>`).join("")}</ul></section></div>`;
  if (!doc.text || !doc.events.length) return;
  const events = await Promise.all(doc.events.slice(0, MARKED_EVENTS).map((e) => api(`/events/${encodeURI(localName(e.iri))}`).catch(() => null)));
  const spans = events.filter(Boolean).flatMap((e) => e.evidence.filter((ev) => ev.document === doc.iri));
  root.querySelector("#doc-text").innerHTML = highlight(doc.text, spans);
}
