"""The protocol's ``using-graph-uri`` / ``using-named-graph-uri`` for a SPARQL Update.

pyoxigraph's ``Store.update`` takes no dataset, so the parameters become the ``USING`` and
``USING NAMED`` clauses the SPARQL 1.1 Protocol says they stand for, added to every
``DELETE``/``INSERT … WHERE`` operation of the request (``DELETE WHERE { P }`` is first
spelled out as ``DELETE { P } WHERE { P }``, its definition, since it has no room for
``USING``). An update that already has ``USING`` or ``WITH`` conflicts with the parameters
and is refused, as the protocol requires.

Only the structure of the update is read, at brace depth 0 (outside every group), where the
grammar allows a handful of keywords; strings, IRIs and comments are skipped whole so that
nothing inside them is mistaken for a keyword. The added text is made only of graph IRIs
validated by pyoxigraph and written back by its N-Triples serialiser: no request text is
pasted. The engine parses the result, so a mistake here is a syntax error, never a silent
change of meaning.

>>> with_using("INSERT { ?s a <urn:T> } WHERE { ?s ?p ?o }", ["urn:g"], [])
'INSERT { ?s a <urn:T> } USING <urn:g> WHERE { ?s ?p ?o }'
>>> with_using("DELETE WHERE { ?s <urn:p> ?o }", [], ["urn:n"])
'DELETE { ?s <urn:p> ?o } USING NAMED <urn:n> WHERE { ?s <urn:p> ?o }'
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import pyoxigraph as ox

from graph_builder.errors import QueryError

# IRIREF of the SPARQL grammar; a "<" that does not start one is the less-than operator.
_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_STRING = re.compile(
    r"'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|"(?:[^"\\\n\r]|\\.)*"',
    re.S,
)
_COMMENT = re.compile(r"#[^\n\r]*")
_VARIABLE = re.compile(r"[?$][\w\u00B7\u00C0-\uFFFF]+")
# Keywords, prefixed names, blank node labels and numbers alike: ":where" is not "WHERE".
_WORD = re.compile(r"[\w:\u00C0-\uFFFF][\w\-.:%\u00B7\u00C0-\uFFFF]*")


def _tokens(update: str) -> Iterator[tuple[int, str, int]]:
    """(offset, upper-cased word or brace, brace depth outside it) for each word and brace."""
    depth, position = 0, 0
    while position < len(update):
        char = update[position]
        if char.isspace():
            position += 1
            continue
        for pattern in (_COMMENT, _STRING, _IRI, _VARIABLE):
            match = pattern.match(update, position)
            if match:
                position = match.end()
                break
        else:
            word = _WORD.match(update, position)
            if word:
                yield position, word.group().upper(), depth
                position = word.end()
                continue
            if char == "{":
                yield position, char, depth
                depth += 1
            elif char == "}":
                depth -= 1
                yield position, char, depth
            position += 1


def _clauses(default_graphs: Sequence[str], named_graphs: Sequence[str]) -> str:
    def iri(value: str) -> str:
        try:
            return str(ox.NamedNode(value))
        except ValueError as exc:
            raise QueryError(f"invalid graph IRI {value!r}: {exc}") from exc

    using = [f"USING {iri(g)}" for g in default_graphs] + [f"USING NAMED {iri(g)}" for g in named_graphs]
    return " ".join(using)


def _closing_brace(tokens: list[tuple[int, str, int]], start: int) -> int:
    """Offset just past the group that opens at token ``start``."""
    for offset, token, depth in tokens[start + 1 :]:
        if token == "}" and depth == 0:
            return offset + 1
    raise QueryError("malformed SPARQL update: unbalanced braces")


def with_using(update: str, default_graphs: Sequence[str], named_graphs: Sequence[str]) -> str:
    """``update`` with the protocol's dataset as USING clauses on each of its WHERE operations."""
    if not default_graphs and not named_graphs:
        return update
    clauses = _clauses(default_graphs, named_graphs)
    tokens = list(_tokens(update))
    inserts: list[tuple[int, str]] = []
    for index, (offset, token, depth) in enumerate(tokens):
        if depth != 0:
            continue
        if token in ("USING", "WITH"):
            raise QueryError(
                "using-graph-uri and using-named-graph-uri cannot be combined with USING or WITH in the update"
            )
        if token != "WHERE":
            continue
        if index > 0 and tokens[index - 1][1] == "DELETE":
            # DELETE WHERE { P } is DELETE { P } WHERE { P }: write the template out.
            if index + 1 >= len(tokens) or tokens[index + 1][1] != "{":
                raise QueryError("malformed SPARQL update: DELETE WHERE without a pattern")
            group = update[tokens[index + 1][0] : _closing_brace(tokens, index + 1)]
            inserts.append((offset, f"{group} {clauses} "))
        else:
            inserts.append((offset, f"{clauses} "))
    for offset, text in reversed(inserts):
        update = update[:offset] + text + update[offset:]
    return update
