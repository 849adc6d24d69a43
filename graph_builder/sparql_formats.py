"""SPARQL result formats: content negotiation and writers for capped results.

SELECT results are written by pyoxigraph's own serialisers (Rust, without the GIL) into a
:class:`CappedOutput`, which counts the row separators of the bytes going by. The count is
exact for XML and TSV and an upper bound for JSON and CSV (a literal may contain the
separator); once it passes ``result_limit``, the output finds where rows end exactly, and
at the first row past the cap it keeps the rows before it, closes the document and stops
the serialiser: one evaluation, whatever the result's size. The exact Python writers below
(:func:`write_solutions`) serve results that come from elsewhere (a remote store). RDF
results (CONSTRUCT/DESCRIBE) go through ``pyoxigraph.serialize`` on the capped list of
triples.

>>> negotiate("solutions", "text/csv;q=0.5, application/sparql-results+xml", None)
'application/sparql-results+xml'
>>> negotiate("triples", "", "json")
'application/ld+json'
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from graph_builder.errors import QueryError

SPARQL_JSON = "application/sparql-results+json"
SPARQL_XML = "application/sparql-results+xml"
CSV = "text/csv"
TSV = "text/tab-separated-values"
TURTLE = "text/turtle"
N_TRIPLES = "application/n-triples"
JSON_LD = "application/ld+json"
RDF_XML = "application/rdf+xml"
TRIG = "application/trig"

# Kinds of query result; CSV/TSV of an ASK carry the bare boolean.
SOLUTIONS, BOOLEAN, TRIPLES = "solutions", "boolean", "triples"
RESULT_TYPES = (SPARQL_JSON, SPARQL_XML, CSV, TSV)
RDF_TYPES = (TURTLE, N_TRIPLES, JSON_LD, RDF_XML, TRIG)
RDF_FORMAT_OF: dict[str, ox.RdfFormat] = {
    TURTLE: ox.RdfFormat.TURTLE,
    N_TRIPLES: ox.RdfFormat.N_TRIPLES,
    JSON_LD: ox.RdfFormat.JSON_LD,
    RDF_XML: ox.RdfFormat.RDF_XML,
    TRIG: ox.RdfFormat.TRIG,
}

# ``format=`` values (SPARQLWrapper sends json, xml, csv, tsv, turtle, n3, json-ld, rdf+xml)
# and generic media types, per kind: "xml" means results XML for SELECT, RDF/XML for CONSTRUCT.
_RESULT_ALIASES = {
    "json": SPARQL_JSON, "application/json": SPARQL_JSON, "srj": SPARQL_JSON,
    "xml": SPARQL_XML, "application/xml": SPARQL_XML, "text/xml": SPARQL_XML, "srx": SPARQL_XML,
    "csv": CSV, "tsv": TSV,
}  # fmt: skip
_RDF_ALIASES = {
    "turtle": TURTLE, "ttl": TURTLE, "n3": TURTLE, "text/n3": TURTLE, "application/turtle": TURTLE,
    "application/x-turtle": TURTLE,
    "nt": N_TRIPLES, "ntriples": N_TRIPLES, "n-triples": N_TRIPLES, "text/plain": N_TRIPLES,
    "json-ld": JSON_LD, "jsonld": JSON_LD, "json": JSON_LD, "application/json": JSON_LD,
    "application/x-json+ld": JSON_LD,
    "xml": RDF_XML, "rdf+xml": RDF_XML, "rdfxml": RDF_XML, "application/xml": RDF_XML, "text/xml": RDF_XML,
    "trig": TRIG,
}  # fmt: skip


class NotAcceptableError(QueryError):
    """No result format the client accepts fits this kind of query (HTTP 406)."""


def _choices(kind: str) -> tuple[tuple[str, ...], dict[str, str]]:
    if kind == TRIPLES:
        return RDF_TYPES, _RDF_ALIASES
    return RESULT_TYPES, _RESULT_ALIASES


def _accept_ranges(accept: str) -> list[str]:
    """Media ranges of an Accept header, best first (stable for equal quality)."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0:
            ranked.append((-quality, position, fields[0].lower()))
    return [media for _q, _p, media in sorted(ranked)]


def negotiate(kind: str, accept: str, override: str | None) -> str:
    """Pick the response media type from ``format=`` (wins) or the Accept header."""
    supported, aliases = _choices(kind)
    if override:
        wanted = override.strip().lower()
        media = wanted if wanted in supported else aliases.get(wanted)
        if media is None:
            raise NotAcceptableError(f"unknown format {override!r} for this query: use one of {', '.join(supported)}")
        return media
    ranges = _accept_ranges(accept)
    if not ranges:
        return supported[0]
    for media in ranges:
        if media in supported:
            return media
        if media in aliases:
            return aliases[media]
        if media == "*/*":
            return supported[0]
        if media.endswith("/*"):
            major = media[:-1]
            match = next((s for s in supported if s.startswith(major)), None)
            if match:
                return match
    raise NotAcceptableError(f"cannot answer in {accept!r}: this query can return {', '.join(supported)}")


RESULTS_FORMAT_OF: dict[str, ox.QueryResultsFormat] = {
    SPARQL_JSON: ox.QueryResultsFormat.JSON,
    SPARQL_XML: ox.QueryResultsFormat.XML,
    CSV: ox.QueryResultsFormat.CSV,
    TSV: ox.QueryResultsFormat.TSV,
}
# What oxigraph's writers put between (JSON) or before (XML) or after (CSV, TSV: the header
# line too) each row, and how many more marks than rows that makes. Inside a JSON string
# every '"' is escaped, but "},{" can still occur in a literal; XML escapes '<'; TSV
# escapes newlines; a CSV field may hold a quoted line break: JSON and CSV over-count.
_ROW_MARKS: dict[str, tuple[bytes, int]] = {
    SPARQL_JSON: (b"},{", -1),
    SPARQL_XML: (b"<result>", 0),
    CSV: (b"\r\n", 1),
    TSV: (b"\n", 1),
}
# The exact scan: tokens that may end a row, and whole strings (JSON) or quoted fields (CSV)
# to step over. A lone '"' is a string the bytes so far do not close: the scan waits there.
_ROW_TOKENS: dict[str, re.Pattern[bytes]] = {
    SPARQL_JSON: re.compile(rb'"(?:[^"\\]|\\.)*+"|[\[\]{}]|"'),
    SPARQL_XML: re.compile(rb"</result>"),
    CSV: re.compile(rb'"[^"]*+"|\r\n|"'),  # a doubled quote is two quoted runs: same parity
    TSV: re.compile(rb"\n"),
}
# What closes a document cut after a row.
_CLOSING: dict[str, bytes] = {SPARQL_JSON: b"]}}", SPARQL_XML: b"</results></sparql>", CSV: b"", TSV: b""}
_QUOTE, _OPENERS, _CLOSE_BRACE = ord('"'), (ord("{"), ord("[")), ord("}")
# A JSON row is an object in the "bindings" array: its "}" brings the nesting back to 3.
_JSON_ROW_DEPTH = 3


class PastCapError(Exception):
    """Raised into pyoxigraph's serialiser: the result has more rows than the cap."""


class _RowEnds:
    """Where the rows of a results document end, found exactly, as its bytes arrive."""

    def __init__(self, media_type: str) -> None:
        self.media_type = media_type
        self.pattern = _ROW_TOKENS[media_type]
        self.pos = 0  # the scan resumes here: no token before it is unread or cut short
        self.depth = 0  # JSON nesting
        self.header = media_type in (CSV, TSV)  # their first line end closes the header, not a row

    def scan(self, data: bytearray) -> list[int]:
        """The end offsets of the rows completed in ``data`` since the last call."""
        ends: list[int] = []
        # Past the last token, only what may begin a longer one is left for next time.
        resume = len(data)
        if self.media_type == SPARQL_XML:
            resume -= len(b"</result>") - 1
        elif self.media_type == CSV and data.endswith(b"\r"):
            resume -= 1
        for token in self.pattern.finditer(data, self.pos):
            start, end = token.span()
            first = data[start]
            if first == _QUOTE:
                if end - start == 1:
                    resume = start
                    break
            elif self.media_type == SPARQL_JSON:
                if first in _OPENERS:
                    self.depth += 1
                else:
                    self.depth -= 1
                    if first == _CLOSE_BRACE and self.depth == _JSON_ROW_DEPTH:
                        ends.append(end)
            elif self.header:
                self.header = False
            else:
                ends.append(end)
            resume = max(resume, end)
        self.pos = resume
        return ends


class CappedOutput:
    """A binary file for ``QuerySolutions.serialize`` that keeps at most ``limit`` rows: it
    counts the format's row marks as chunks arrive (in C, cheap) and, once the rows may pass
    ``limit``, finds the rows' ends exactly; at the first row past ``limit`` it keeps the
    bytes of the first ``limit`` rows and raises :class:`PastCapError` to stop the
    serialiser. The query is evaluated once, whatever its size.

    >>> store = ox.Store()
    >>> store.extend(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(i)) for i in range(3))
    >>> write_native(store.query("SELECT ?o { ?s ?p ?o } ORDER BY ?o"), TSV, limit=3)
    (b'?o\\n0\\n1\\n2\\n', False)
    >>> write_native(store.query("SELECT ?o { ?s ?p ?o } ORDER BY ?o"), TSV, limit=2)
    (b'?o\\n0\\n1\\n', True)
    """

    def __init__(self, media_type: str, limit: int) -> None:
        if limit < 1:
            raise ValueError(f"the row cap must be at least 1, not {limit}")
        self.media_type = media_type
        self.limit = limit
        self.mark, surplus = _ROW_MARKS[media_type]
        self.most_marks = limit + surplus
        self.marks = 0
        self.data = bytearray()
        self.rows = 0  # rows known to be complete, once the exact scan has started
        self.row_ends: _RowEnds | None = None
        self.limit_end = 0  # where the ``limit``-th row ends, once the exact scan has seen it
        self.cut: int | None = None  # that end, once a row past it is certain

    def write(self, chunk: bytes) -> int:
        if self.cut is not None:  # the serialiser flushing what it holds as it stops
            return len(chunk)
        start = len(self.data)
        self.data += chunk
        # From len(mark) - 1 bytes back: a mark may straddle two chunks.
        self.marks += self.data.count(self.mark, max(0, start - len(self.mark) + 1))
        if self.marks > self.most_marks:
            self._count_exactly()
        return len(chunk)

    def _count_exactly(self) -> None:
        if self.row_ends is None:
            self.row_ends = _RowEnds(self.media_type)
        for end in self.row_ends.scan(self.data):
            self.rows += 1
            if self.rows == self.limit:
                self.limit_end = end
            elif self.rows > self.limit:
                self.cut = self.limit_end
                raise PastCapError

    def flush(self) -> None:
        """Nothing is buffered here."""

    def body(self) -> bytes:
        """The document: whole, or cut after the ``limit``-th row and closed."""
        if self.cut is None:
            return bytes(self.data)
        return bytes(self.data[: self.cut]) + _CLOSING[self.media_type]


def write_native(result: ox.QuerySolutions, media_type: str, *, limit: int) -> tuple[bytes, bool]:
    """``result`` written by pyoxigraph in ``media_type``, at most ``limit`` rows of it, and
    whether rows were left out."""
    output = CappedOutput(media_type, limit)
    with contextlib.suppress(PastCapError):  # the output stopped the serialiser at the cap
        result.serialize(output, RESULTS_FORMAT_OF[media_type])  # type: ignore[arg-type]  # write() is all it uses
    return output.body(), output.cut is not None


Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
Row = Sequence[Term | None]


def _term_json(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    parts = (("subject", term.subject), ("predicate", term.predicate), ("object", term.object))
    return {"type": "triple", "value": {k: _term_json(v) for k, v in parts}}


def _term_xml(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _term_csv(term: Term | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


XML_HEAD = '<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'


def write_solutions(variables: Sequence[str], rows: Sequence[Row], media_type: str) -> bytes:
    """Serialise SELECT rows in one of the four W3C result formats.

    >>> row = (ox.NamedNode("urn:a"), ox.Literal("x, y"))
    >>> write_solutions(["s", "o"], [row], CSV)
    b's,o\\r\\nurn:a,"x, y"\\r\\n'
    """
    if media_type == SPARQL_JSON:
        bindings = [{n: _term_json(v) for n, v in zip(variables, row, strict=True) if v is not None} for row in rows]
        return json.dumps({"head": {"vars": list(variables)}, "results": {"bindings": bindings}}).encode()
    if media_type == SPARQL_XML:
        head = "".join(f"<variable name={quoteattr(n)}/>" for n in variables)
        results = "".join(
            "<result>"
            + "".join(
                f"<binding name={quoteattr(n)}>{_term_xml(v)}</binding>"
                for n, v in zip(variables, row, strict=True)
                if v is not None
            )
            + "</result>\n"
            for row in rows
        )
        return f"{XML_HEAD}<head>{head}</head>\n<results>\n{results}</results>\n</sparql>\n".encode()
    if media_type == CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([_term_csv(v) for v in row] for row in rows)
        return buffer.getvalue().encode()
    if media_type == TSV:
        # TSV cells are terms in Turtle/N-Triples syntax, which escapes tabs and newlines.
        lines = ["\t".join(f"?{n}" for n in variables)]
        lines += ["\t".join("" if v is None else str(v) for v in row) for row in rows]
        return ("\n".join(lines) + "\n").encode()
    raise NotAcceptableError(f"{media_type} cannot carry SELECT results")


def write_boolean(value: bool, media_type: str) -> bytes:
    """Serialise an ASK answer."""
    if media_type == SPARQL_JSON:
        return json.dumps({"head": {}, "boolean": value}).encode()
    if media_type == SPARQL_XML:
        return f"{XML_HEAD}<head/>\n<boolean>{str(value).lower()}</boolean>\n</sparql>\n".encode()
    return f"{str(value).lower()}\n".encode()


def write_triples(triples: Sequence[ox.Triple], media_type: str, prefixes: dict[str, str] | None = None) -> bytes:
    """Serialise CONSTRUCT/DESCRIBE triples; TriG puts them in the default graph."""
    fmt = RDF_FORMAT_OF[media_type]
    if fmt == ox.RdfFormat.TRIG:
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
        return ox.serialize(quads, format=fmt, prefixes=prefixes) or b""
    if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.JSON_LD):
        return ox.serialize(triples, format=fmt) or b""
    return ox.serialize(triples, format=fmt, prefixes=prefixes) or b""
