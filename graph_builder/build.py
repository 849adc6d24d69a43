"""The build function: documents → per-document quads, N-Quads and a manifest line.

Engine-free on purpose: no store, no Spark, no process pool is imported here. ``parley
build`` (in-process or with worker processes), the API's ingestion and the Spark job all
call this module; each process keeps one :class:`Builder` (:func:`cached_builder`), loaded
on first use, because loading spaCy and the knowledge base costs seconds and a document
tens of milliseconds.

A manifest line per input document says what happened to it::

    {"id": "a1", "digest": "…", "quads": 120, "entity_quads": 14, "events": 5,
     "relations": 2, "error": null, "source": "part-3:17"}
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from graph_builder.config import Settings
from graph_builder.entities import (
    EntityLinker,
    EntityResolver,
    LinkCandidate,
    derive_relations,
    resolve_document,
)
from graph_builder.errors import InputError
from graph_builder.extract import Extractor
from graph_builder.extract.records import DocumentExtraction
from graph_builder.ingest import IngestProblem, SourceDocument, make_document
from graph_builder.nlp import add_known_names, build_nlp, phoenix_actors
from graph_builder.nlp.document_names import FILED_FROM, mask_dateline
from graph_builder.rdf import MappedDocument, RdfMapper
from graph_builder.terms import Quad, lexical, nquad_line
from graph_builder.validation import ontology_terms

if TYPE_CHECKING:
    from graph_builder.link import KnowledgeBase, Linker
    from graph_builder.link.names import KnownNames
    from graph_builder.link.online import OnlineLinker

# Bump when extraction changes, so unchanged articles are rebuilt with the new rules.
EXTRACTOR_VERSION = "23"  # 3: CAMEO verb dictionary and wider nominal lexicon; 4: known names, generic actors;
# 5: second round of sense checks and paraphrases, the learned trigger check; 6: CAMEO phrase readings (round 3);
# 7: datelines, acronyms and places the text defines, arguments of claims, sums, coalitions, "both sides" (round 4);
# 8: datelines blanked before parsing, participles, releases, aid, praise, blame, calling off (round 5);
# 9: surnames and state forces resolved, denials and verdicts, ultimatums, the sides of a fight (round 6);
# 10: the sentence's parties for an event without any, described groups, announcements and stances (round 7);
# 11: sanctions by links and envoys, relief in trucks, halts, questions and demanded events, groups (round 8);
# 12: terror and sanctions lists, handovers to courts, pledged aid, timeline dates, "must" demands (round 9);
# 13: swaps told in halves, promised harm as threats, weapons counted by the hundred as aid (round 10)
# 14: quoted first-person accounts, threats of more attacks, travel bans, titles before names (round 11)
# 15: unnamed office holders, headline speakers, shells that land, downed drones, names without clock times (round 12)
# 16: speakers of transcript turns, vetoes, warrants, concern, conditions as demands, bodies an office owns (round 13)
# 17: bidding and expecting as demands, goods handed over, welcomes, dismissals, the learned check's veto (round 14)
# 18: printed names as labels, bodies and truces' sides named before, interviewees, a state's forces (round 15)
# 19: digest verbs tagged as nouns, headings, capitals the city list lacked, pairs of states, envoys (round 16)
# 20: envoys summoned, sittings, governments and armies acting for their state, captors who free (round 17)
# 21: verdicts by naming verbs, stated opposition, fighters repelled, backed groups, dated colon datelines (round 18)
# 22: quoted "as", relative objects, security sweeps, apologies, "no …" objects, figurative wars (round 19)
# 23: line breaks end sentences, bracketed acronyms reparsed, fire under which troops come, acts by no one (round 20)


DEFAULT_LEARNED_FILE = Path("var/wikidata/learned.jsonl")


def learned_items_file(settings: Settings) -> Path:
    """Where online mode keeps the items it learned; every build reads it after the KB."""
    return settings.wikidata_learned or DEFAULT_LEARNED_FILE


def pipeline_fingerprint(settings: Settings) -> str:
    """What every document's graph depends on besides the document itself: the spaCy
    pipeline (name and version), the extractor version and its CAMEO lexicon, the linking settings and the
    knowledge-base files by name and content, so a dump import or items learned online make
    the next build relink instead of skipping. Content, not modification times: every node
    of a cluster, each with its own copy of the files, computes the same fingerprint."""
    from graph_builder.link import default_kb_dir
    from graph_builder.nlp.cameo_lexicon import lexicon_dir

    parts = [settings.spacy_model, _package_version(settings.spacy_model), EXTRACTOR_VERSION, f"link={settings.link}"]
    # The compiled CAMEO/Phoenix lexicon is data the extractor reads: a regenerated lexicon rebuilds.
    parts += [f"{path.name}:{file_digest(path)}" for path in sorted(lexicon_dir().glob("*.json"))]
    if settings.learned_triggers:  # so are the learned check's weights
        from graph_builder.extract.learned import MODEL_FILE

        parts.append(f"{MODEL_FILE.name}:{file_digest(MODEL_FILE)}")
    if settings.link:
        parts.append(f"online={settings.wikidata_online}:{settings.wikidata_api}")
        kb_dir = settings.kb_dir or default_kb_dir()
        for path in [*sorted(kb_dir.glob("*.jsonl")), learned_items_file(settings)]:
            if path.is_file():
                parts.append(f"{path.name}:{file_digest(path)}")
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


_FILE_DIGESTS: dict[tuple[str, int, int], str] = {}


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, remembered per (path, size, mtime) within the process."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _FILE_DIGESTS:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        _FILE_DIGESTS[key] = digest.hexdigest()
    return _FILE_DIGESTS[key]


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    for candidate in (name, name.replace("_", "-")):
        try:
            return version(candidate)
        except PackageNotFoundError:
            continue
    return "unknown"


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


def load_linker(settings: Settings) -> tuple[EntityLinker, KnownNames]:
    """The resolver's view of :func:`wikidata_linker`, and the knowledge base's names with
    the NER labels of their classes (see :func:`graph_builder.link.names.known_names`)."""
    from graph_builder.link.names import known_names

    linker, kb = wikidata_linker(settings)
    return WikidataEntityLinker(linker), known_names(kb)


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
        names: dict[str, str] = {}
        add: list[str] = []
        places: list[str] = []
        if linker is None and settings.link:
            linker, known = load_linker(settings)
            names, add, places = known.names, known.add, known.places
        # Armed groups and international bodies are named whether or not anything links them.
        add_known_names(self.nlp, names, add, phoenix_actors(), places)
        self.resolver = EntityResolver(linker)
        self.mapper = RdfMapper(ontology_terms())
        self.fingerprint = pipeline_fingerprint(settings)

    def extract(self, docs: Iterable[SourceDocument]) -> Iterator[tuple[SourceDocument, DocumentExtraction]]:
        """Parse in batches with ``nlp.pipe`` and extract each document."""
        for parsed, source in parse_sources(self.nlp, docs, self.settings.batch_size):
            yield source, self.extractor(parsed, source.id, source.published)

    def map(self, source: SourceDocument, extraction: DocumentExtraction) -> MappedDocument:
        """Link the mentions and map the extraction to quads."""
        resolution = resolve_document(extraction, self.resolver)
        mapped = self.mapper.map_document(source, extraction, resolution, derive_relations(resolution))
        mapped.doc_quads.append(self.mapper.digest_quad(source.id, content_digest(source, self.fingerprint)))
        return mapped

    def build(
        self, docs: Iterable[SourceDocument]
    ) -> Iterator[tuple[SourceDocument, DocumentExtraction, MappedDocument]]:
        for source, extraction in self.extract(docs):
            yield source, extraction, self.map(source, extraction)




Item = TypeVar("Item", bound=SourceDocument | IngestProblem)


def parse_sources(nlp: Language, items: Iterable[Item], batch_size: int) -> Iterator[tuple[Doc, Item]]:
    """Parse in batches with ``nlp.pipe``, each text with its dateline masked out and the
    place it names kept on the parse (``FILED_FROM``)."""
    # Problems ride through nlp.pipe as empty texts (parsed in microseconds), so results keep
    # the input's order whatever the pipe's batching reads ahead.
    pairs = (_masked(nlp, item) for item in items)
    for parsed, (item, filed) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        if filed is not None:
            parsed.user_data[FILED_FROM] = filed
        yield parsed, item


def _masked(nlp: Language, item: Item) -> tuple[str, tuple[Item, str | None]]:
    if isinstance(item, IngestProblem):
        return "", (item, None)
    text, filed = mask_dateline(nlp, item.text)
    return text, (item, filed)


_BUILDERS: dict[str, Builder] = {}


def cached_builder(settings: Settings) -> Builder:
    """This process's :class:`Builder` for ``settings``, loaded on first use.

    Engines import and call this inside their workers (a Spark executor's Python worker,
    a pool process) rather than shipping a Builder: it does not pickle, and loading it once
    per process is the point.
    """
    key = settings.model_dump_json()
    if key not in _BUILDERS:
        _BUILDERS[key] = Builder(settings)
    return _BUILDERS[key]


@dataclass(frozen=True)
class BuiltDocument:
    """One document built: its quads and how much was found."""

    source: SourceDocument
    mapped: MappedDocument
    events: int
    relations: int

    @property
    def digest(self) -> str:
        return lexical(self.mapped.doc_quads[-1][2])


@dataclass(frozen=True)
class FailedDocument:
    """A document that could not be read or built, and why."""

    problem: IngestProblem


def build_documents(
    builder: Builder, items: Iterable[SourceDocument | IngestProblem]
) -> Iterator[BuiltDocument | FailedDocument]:
    """Build each document, in input order; one that fails is reported and the rest go on."""
    for parsed, item in parse_sources(builder.nlp, items, builder.settings.batch_size):
        if not isinstance(item, SourceDocument):
            assert isinstance(item, IngestProblem)
            yield FailedDocument(item)
            continue
        try:
            extraction = builder.extractor(parsed, item.id, item.published)
            mapped = builder.map(item, extraction)
        except Exception as exc:  # one bad document never stops a partition
            yield FailedDocument(IngestProblem(item.id, item.id, f"build failed: {type(exc).__name__}: {exc}"))
            continue
        yield BuiltDocument(item, mapped, len(extraction.events), len(extraction.relations))


class EntityDeduplicator:
    """Entity descriptions seen before: each is written once per build, not once per document."""

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def fresh(self, quads: Iterable[Quad]) -> list[Quad]:
        """The quads not written yet (hashes of the terms: a few bytes per entity line)."""
        return [q for q in quads if hash(q) not in self._seen]

    def remember(self, quads: Iterable[Quad]) -> None:
        self._seen.update(hash(q) for q in quads)


def document_from_line(line: str, where: str, *, max_chars: int) -> SourceDocument | IngestProblem | None:
    """One JSON-lines record (``id, text, published, title, url``); ``None`` for a blank line."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return IngestProblem(where, None, f"not valid JSON: {exc.msg}")
    if not isinstance(record, dict):
        return IngestProblem(where, None, "each line must be a JSON object")
    doc_id = record.get("id")
    try:
        return make_document(doc_id, record.get("text"), published=record.get("published"),
                             title=record.get("title"), url=record.get("url"), max_chars=max_chars)  # fmt: skip
    except InputError as exc:
        return IngestProblem(where, doc_id if isinstance(doc_id, str) else None, str(exc))


@dataclass(frozen=True)
class DocumentOutput:
    """What the build function gives an engine for one input document."""

    doc_id: str | None
    nquads: str
    manifest: str


def build_lines(
    lines: Iterable[str], settings: Settings, *, source: str = "input", builder: Builder | None = None
) -> Iterator[DocumentOutput]:
    """The build function: JSON lines → per-document N-Quads and a manifest line each.

    Entity descriptions are deduplicated within the batch: the first document that
    mentions an entity carries its lines, later ones only what is new.
    """
    builder = builder or cached_builder(settings)
    numbered = (document_from_line(line, f"{source}:{n}", max_chars=settings.max_document_chars)
                for n, line in enumerate(lines, start=1))  # fmt: skip
    seen = EntityDeduplicator()
    for outcome in build_documents(builder, (item for item in numbered if item is not None)):
        if isinstance(outcome, FailedDocument):
            problem = outcome.problem
            failed = manifest_line(problem.doc_id, problem.source, error=problem.reason)
            yield DocumentOutput(problem.doc_id, "", failed)
            continue
        fresh = seen.fresh(outcome.mapped.entity_quads)
        seen.remember(fresh)
        text = "\n".join(nquad_line(q) for q in [*outcome.mapped.doc_quads, *fresh])
        doc = outcome.source
        line = manifest_line(doc.id, source, digest=outcome.digest, quads=len(outcome.mapped.doc_quads),
                             entity_quads=len(fresh), events=outcome.events, relations=outcome.relations)  # fmt: skip
        yield DocumentOutput(doc.id, text, line)


def manifest_line(doc_id: str | None, source: str, *, digest: str | None = None, error: str | None = None,
                  quads: int = 0, entity_quads: int = 0, events: int = 0, relations: int = 0) -> str:
    """One manifest record as a JSON line (no newline).

    >>> json.loads(manifest_line("a1", "in:1", digest="d", quads=3))["quads"]
    3
    """
    record = {"id": doc_id, "digest": digest, "quads": quads, "entity_quads": entity_quads, "events": events,
              "relations": relations, "error": error, "source": source}  # fmt: skip
    return json.dumps(record, ensure_ascii=False)


def build_partition(index: int, lines: Iterable[str], settings_json: str) -> Iterator[tuple[str, str]]:
    """A Spark ``mapPartitionsWithIndex`` function: ``(nquads, manifest)`` per document.

    Settings travel as JSON (a few hundred bytes); the Builder is this worker's cached one.
    """
    settings = Settings.model_validate_json(settings_json)
    for output in build_lines(lines, settings, source=f"partition-{index}"):
        yield output.nquads, output.manifest


# The layout of a batch build's output (the Spark job writes it; `parley spark load` reads it).
QUADS_DIR = "quads"
MANIFEST_DIR = "manifest"


def read_manifest(output_dir: Path) -> list[dict[str, object]]:
    """Every manifest record of a build output on the local file system."""
    return [
        json.loads(line)
        for part in sorted((output_dir / MANIFEST_DIR).glob("part-*"))
        for line in part.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def quad_parts(output_dir: Path) -> list[Path]:
    """The non-empty N-Quads part files of a build output."""
    return [p for p in sorted((output_dir / QUADS_DIR).glob("part-*")) if p.stat().st_size > 0]
