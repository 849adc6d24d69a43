"""The build: documents → spaCy → extraction → linking → RDF → store.

:class:`Builder` holds the per-process parts (pipeline, matcher, linker, mapper); the
work on one document is a pure function of that document, so the same code can run in
worker processes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Literal
from spacy.language import Language

from graph_builder.config import Settings
from graph_builder.entities import (
    EntityLinker,
    EntityResolver,
    LinkCandidate,
    derive_relations,
    resolve_document,
)
from graph_builder.extract import Extractor
from graph_builder.extract.records import DocumentExtraction
from graph_builder.ingest import IngestProblem, SourceDocument
from graph_builder.namespaces import ENTITIES_GRAPH, PA, doc_graph, doc_iri
from graph_builder.nlp import add_place_names, build_nlp
from graph_builder.rdf import MappedDocument, RdfMapper, unresolved_date_texts
from graph_builder.store import GraphStore
from graph_builder.validation import ontology_terms

if TYPE_CHECKING:
    from graph_builder.link import KnowledgeBase, Linker
    from graph_builder.link.online import OnlineLinker

# Bump when extraction changes, so unchanged articles are rebuilt with the new rules.
EXTRACTOR_VERSION = "2"


DEFAULT_LEARNED_FILE = Path("var/wikidata/learned.jsonl")


def learned_items_file(settings: Settings) -> Path:
    """Where online mode keeps the items it learned; every build reads it after the KB."""
    return settings.wikidata_learned or DEFAULT_LEARNED_FILE


def pipeline_fingerprint(settings: Settings) -> str:
    """What every document's graph depends on besides the document itself: the spaCy
    pipeline, the extractor version, the linking settings and the knowledge-base files (by
    name, size and modification time, so a dump import or items learned online make the
    next build relink instead of skipping)."""
    from graph_builder.link import default_kb_dir

    parts = [settings.spacy_model, EXTRACTOR_VERSION, f"link={settings.link}"]
    if settings.link:
        parts.append(f"online={settings.wikidata_online}:{settings.wikidata_api}")
        kb_dir = settings.kb_dir or default_kb_dir()
        for path in [*sorted(kb_dir.glob("*.jsonl")), learned_items_file(settings)]:
            if path.is_file():
                stat = path.stat()
                parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def content_digest(doc: SourceDocument, fingerprint: str) -> str:
    """What a rebuild depends on: text, metadata and the :func:`pipeline_fingerprint`."""
    parts = [doc.text, str(doc.published), doc.title or "", doc.url or "", fingerprint]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


class WikidataEntityLinker:
    """Adapts the Wikidata linker (offline or online) to what the resolver asks of it."""

    def __init__(self, linker: object) -> None:
        self._linker = linker

    def link_entity(self, surface: str, mention_class: str | None, context: Collection[str]) -> LinkCandidate | None:
        result = self._linker.link(surface, mention_class, context)  # type: ignore[attr-defined]
        return None if result is None else result.entity  # type: ignore[no-any-return]

    def state_entity(self, surface: str) -> LinkCandidate | None:
        return self._linker.state_for(surface)  # type: ignore[attr-defined,no-any-return]


def wikidata_linker(settings: Settings) -> tuple[Linker | OnlineLinker, KnowledgeBase]:
    """The linker the settings ask for, and its knowledge base.

    Offline unless ``settings.wikidata_online``: then names the knowledge base cannot link
    are looked up in the Wikidata API (see :mod:`graph_builder.link.online`).
    """
    from graph_builder.link import KnowledgeBase, Linker, default_kb_dir
    from graph_builder.link.online import OnlineLinker, WikidataClient, user_agent

    learned = learned_items_file(settings)
    kb = KnowledgeBase.load(settings.kb_dir or default_kb_dir(), learned=learned)
    offline = Linker(kb)
    if not settings.wikidata_online:
        return offline, kb
    agent = user_agent(settings.wikidata_contact)
    client = WikidataClient(settings.wikidata_api, settings.wikidata_cache, agent, settings.wikidata_timeout)
    return OnlineLinker(offline, client, learned), kb


def load_linker(settings: Settings) -> tuple[EntityLinker, list[str]]:
    """The resolver's view of :func:`wikidata_linker`, and the knowledge base's place names."""
    linker, kb = wikidata_linker(settings)
    # Single words only: a person's full name never equals a one-word place name; and not
    # a name a known person goes by ("Rubio" is a town, but in the news it is the minister).
    people = {name for entity in kb if entity.contract_class == "Person" for name in (entity.label, *entity.aliases)}
    places = [
        name
        for entity in kb
        if entity.contract_class in ("Place", "State")
        for name in (entity.label, *entity.aliases)
        if len(name) >= 4 and " " not in name and name[:1].isupper() and name not in people
    ]
    return WikidataEntityLinker(linker), places


@dataclass
class BuildReport:
    """What a build did, per document."""

    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[IngestProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    events: int = 0
    relations: int = 0
    quads: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


class Builder:
    """Turns source documents into quads, one document at a time."""

    def __init__(
        self,
        settings: Settings,
        *,
        nlp: Language | None = None,
        linker: EntityLinker | None = None,
    ) -> None:
        self.settings = settings
        self.nlp = nlp or build_nlp(settings)
        self.extractor = Extractor(self.nlp)
        if linker is None and settings.link:
            linker, places = load_linker(settings)
            add_place_names(self.nlp, places)
        self.resolver = EntityResolver(linker)
        self.mapper = RdfMapper(ontology_terms())
        self.fingerprint = pipeline_fingerprint(settings)

    def extract(self, docs: Iterable[SourceDocument]) -> Iterator[tuple[SourceDocument, DocumentExtraction]]:
        """Parse in batches with ``nlp.pipe`` and extract each document."""
        pairs = ((doc.text, doc) for doc in docs)
        for parsed, source in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.settings.batch_size):
            yield source, self.extractor(parsed, source.id, source.published)

    def map(self, source: SourceDocument, extraction: DocumentExtraction) -> MappedDocument:
        """Link the mentions and map the extraction to quads."""
        resolution = resolve_document(extraction, self.resolver)
        mapped = self.mapper.map_document(source, extraction, resolution, derive_relations(resolution))
        digest = Literal(content_digest(source, self.fingerprint))
        mapped.doc_quads.append((doc_iri(source.id), self.mapper.term("contentDigest"), digest, doc_graph(source.id)))
        return mapped

    def build(
        self, docs: Iterable[SourceDocument]
    ) -> Iterator[tuple[SourceDocument, DocumentExtraction, MappedDocument]]:
        for source, extraction in self.extract(docs):
            yield source, extraction, self.map(source, extraction)


def stored_digest(store: GraphStore, doc_id: str) -> str | None:
    rows = store.select(
        f"SELECT ?g ?doc ?digest WHERE {{ GRAPH ?g {{ ?doc <{PA['contentDigest']}> ?digest }} }}",
        {"g": doc_graph(doc_id), "doc": doc_iri(doc_id)},
        limit=1,
    )
    return str(rows[0]["digest"]) if rows else None


def build_into_store(
    items: Iterable[SourceDocument | IngestProblem],
    store: GraphStore,
    builder: Builder,
    *,
    force: bool = False,
    on_document: Callable[[str, str], None] | None = None,
) -> BuildReport:
    """Build documents into the store; each document's graph is replaced atomically.

    Unchanged documents (same text and metadata, same :func:`pipeline_fingerprint`) are
    skipped unless ``force``; problems are collected, the rest of the batch goes on.
    """
    report = BuildReport()
    notify = on_document or (lambda _doc_id, _status: None)
    pending = documents_to_build(items, store, builder.fingerprint, report, notify, force=force)
    for source, extraction, mapped in builder.build(pending):
        write_built(store, report, notify, source, mapped, len(extraction.events), len(extraction.relations))
    return report


def documents_to_build(
    items: Iterable[SourceDocument | IngestProblem],
    store: GraphStore,
    fingerprint: str,
    report: BuildReport,
    notify: Callable[[str, str], None],
    *,
    force: bool = False,
) -> Iterator[SourceDocument]:
    """The documents a build must parse: problems and unchanged documents go to ``report``."""
    for item in items:
        if isinstance(item, IngestProblem):
            report.problems.append(item)
            notify(item.doc_id or item.source, "error")
        elif not force and stored_digest(store, item.id) == content_digest(item, fingerprint):
            report.unchanged.append(item.id)
            notify(item.id, "unchanged")
        else:
            yield item


def write_built(
    store: GraphStore,
    report: BuildReport,
    notify: Callable[[str, str], None],
    source: SourceDocument,
    mapped: MappedDocument,
    events: int,
    relations: int,
) -> None:
    """Replace one document's graph atomically and count it in ``report``."""
    store.replace_document(source.id, mapped.doc_quads, mapped.entity_quads)
    report.built.append(source.id)
    if source.published is None and (texts := unresolved_date_texts(mapped.doc_quads)):
        report.warnings.append(
            f"{source.id}: no publication date, so {len(texts)} relative date(s) such as {texts[0]!r} stay "
            "unresolved (give one: --published, a .meta.json file or the 'published' field)"
        )
    report.events += events
    report.relations += relations
    report.quads += len(mapped.doc_quads)
    notify(source.id, "built")


def export_documents(store: GraphStore, doc_ids: Iterable[str], path: Path) -> None:
    """Write the given documents' graphs plus the entity descriptions to ``path``."""
    subset = GraphStore(None)
    graphs = [ox.NamedNode(str(doc_graph(d))) for d in doc_ids] + [ox.NamedNode(str(ENTITIES_GRAPH))]
    subset.oxigraph.extend(q for g in graphs for q in store.oxigraph.quads_for_pattern(None, None, None, g))
    subset.export(path)
