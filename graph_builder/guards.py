"""Checks on untrusted text before any parser sees it: SPARQL, JSON(-LD) and RDF/XML.

Oxigraph's parsers recurse: a query of 10,000 nested parentheses, a chain of 10,000
``+`` or a JSON-LD object nested 6,000 deep overflows the stack and kills the process
(measured with pyoxigraph 0.5.13); an RDF/XML body may declare entities that expand a
few hundred bytes into a hundred megabytes; and ``SERVICE`` or ``LOAD`` make the
server fetch any URL. These checks run first, on the raw text, in linear time.

SPARQL is scanned with a small lexer that sets aside what cannot hold a keyword
(strings, ``<IRI>``s, comments, variables, the local part of prefixed names). Oxigraph's
parser needs no space around keywords (``SERVICESILENT<…>`` and ``SERVICE:x`` are both
a ``SERVICE``), so any ``SERVICE`` or ``LOAD`` left in the rest counts, even inside a
longer word: refusing a rare odd name is the price of never missing a call out.

>>> limits = SparqlLimits()
>>> check_sparql("SELECT * { ?s <urn:service> 'LOAD' } # SERVICE", limits)
SparqlShape(remote=())
>>> check_sparql("SELECT * { SERVICE <http://127.0.0.1:9999/> { ?s ?p ?o } }", limits)
Traceback (most recent call last):
...
graph_builder.errors.RemoteAccessError: SERVICE and LOAD of remote IRIs are disabled on this server ...
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from graph_builder.errors import InputError, QueryRefusedError, RemoteAccessError

# One alternative per token kind; "code" is everything else, one character at a time
# (runs of name characters at once). Whitespace and comments lead the token they precede,
# so the scan sees only tokens that count (a last match may hold only them: no kind).
# Possessive quantifiers keep hostile input linear; the token being optional keeps
# trailing whitespace from being read again from each of its positions.
# IRIs may hold \u escapes (Oxigraph decodes them there): an escaped IRI not taken for an
# IRI would let a quote inside it open a "string" that hides what follows.
_TOKEN = re.compile(
    r"""
    (?:\s++|\#[^\n\r]*+)*+
    (?:
      (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]++|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*+>)
    | (?P<string>\"\"\"(?:[^"\\]++|\\.|"(?!""))*+\"\"\"|'''(?:[^'\\]++|\\.|'(?!''))*+'''
                |"(?:[^"\\\n\r]++|\\.)*+"|'(?:[^'\\\n\r]++|\\.)*+')
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f\u2040]++)
    | (?P<local>(?<=:)(?=[\w%\\])(?:[\w\-%\u00b7]++|\\.)++)
    | (?P<code>[\w.\-]++|.)
    )?
    """,
    re.VERBOSE | re.DOTALL,
)
_REMOTE = re.compile(r"service|load", re.IGNORECASE)
_SILENT = re.compile(r"\s*silent", re.IGNORECASE)
_OPEN, _CLOSE = frozenset("({["), frozenset(")}]")
# Tokens that chain: each adds a level to the algebra tree the parser builds recursively.
_CHAINING = frozenset("+-*/|&!=<>^.;,")
# 4 to 8 letters: the scan tries the pattern only on tokens of those lengths.
_CHAINING_WORDS = re.compile(r"union|minus|optional|filter|bind|graph|exists", re.IGNORECASE)
_DATA_OPENERS = frozenset({("insert", "data"), ("delete", "data")})
_AMBIGUOUS = re.compile(r"['#()\[\]]|service|load", re.IGNORECASE)


@dataclass(frozen=True)
class SparqlLimits:
    """What a query or update may contain; ``allowed_origins`` are exact origins
    (``https://query.example.org``) that ``SERVICE`` and ``LOAD`` may reach."""

    max_depth: int = 100
    max_operators: int = 2000
    allowed_origins: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SparqlShape:
    """What the scan saw: the remote IRIs the text reaches (only allowed ones pass)."""

    remote: tuple[str, ...] = ()


def origin_of(iri: str) -> str | None:
    """``scheme://host[:port]`` of an absolute http(s) IRI, default port dropped; else None.

    >>> origin_of("HTTPS://Query.Example.org:443/sparql"), origin_of("urn:x"), origin_of("http://[::1]:8000/")
    ('https://query.example.org', None, 'http://[::1]:8000')
    """
    try:
        parts = urlsplit(iri)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        return None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    default = 80 if scheme == "http" else 443
    return f"{scheme}://{host}" + (f":{port}" if port not in (None, default) else "")


def check_sparql(text: str, limits: SparqlLimits) -> SparqlShape:
    """Refuse SPARQL text nested or chained past ``limits``, or reaching a remote IRI
    that is not allowed; return what it reaches."""
    depth = deepest = operators = 0
    data_depth: int | None = None  # inside INSERT DATA / DELETE DATA: flat, not counted
    values_depth: int | None = None  # inside a VALUES block: terms only, no expressions
    values_next = False  # a VALUES keyword was seen; its block opens at the next "{"
    previous: tuple[str, str] = ("", "")  # the last two code tokens
    last: re.Match[str] | None = None  # the last token
    innermost: list[str] = []
    remote: list[str] = []
    calls_out = _may_call_out(text)
    tokens = list(_TOKEN.finditer(text)) if calls_out else _TOKEN.finditer(text)
    for index, token in enumerate(tokens):
        kind = token.lastgroup
        if kind != "code":
            if kind == "iri" and innermost and innermost[-1] == "(" and values_depth is None and _ends_operand(last):
                _check_ambiguous_iri(token["iri"])
            if kind is not None:
                last = token
            continue
        last = token
        value = token["code"]
        if calls_out and _REMOTE.search(value):
            remote.append(_remote_target(value, tokens, index, limits))  # type: ignore[arg-type]  # a list here
        if value in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
            innermost.append(value)
            if value == "{" and data_depth is None and _opens_data(*previous):
                data_depth = depth
            if value == "{" and values_next:
                values_depth, values_next = depth, False
        elif value in _CLOSE:
            if data_depth is not None and depth == data_depth:
                data_depth = None
            if values_depth is not None and depth == values_depth:
                values_depth = None
            depth -= 1
            if innermost:
                innermost.pop()
        elif data_depth is None and (value in _CHAINING or (3 < len(value) < 9 and _CHAINING_WORDS.fullmatch(value))):
            operators += 1
        # Only variables and their parentheses stand between VALUES and its block: anything
        # else (the prefix of "values:x") means this was no VALUES keyword.
        values_next = (len(value) == 6 and values_depth is None and value.lower() == "values") or (
            values_next and value in ("(", ")")
        )
        previous = (previous[1], value)
    if deepest > limits.max_depth:
        raise QueryRefusedError(f"the SPARQL text nests brackets {deepest} deep; the limit is {limits.max_depth}")
    if operators > limits.max_operators:
        raise QueryRefusedError(
            f"the SPARQL text chains {operators} operators and patterns; the limit is {limits.max_operators}"
        )
    return SparqlShape(tuple(remote))


def _may_call_out(text: str) -> bool:
    """Whether any token of ``text`` may name SERVICE or LOAD: most texts then skip the
    per-token search and the look-ahead list it needs. ASCII text is searched lower-cased
    (a case-insensitive regex search cost a third of the scan); other text keeps the regex,
    whose case-insensitive match also takes 'ſ' for 's' and 'ı' for 'i'."""
    if text.isascii():
        lowered = text.lower()
        return "service" in lowered or "load" in lowered
    return _REMOTE.search(text) is not None


def _ends_operand(token: re.Match[str] | None) -> bool:
    """Whether ``token`` can end the left operand of ``<`` (less-than)."""
    if token is None:
        return False
    value = token[token.lastgroup or ""]
    return token.lastgroup != "code" or value in (")", "]", ":") or value[0].isalnum() or value[0] == "_"


def _check_ambiguous_iri(iri: str) -> None:
    """An ``<…>`` right after an operand inside parentheses may be a less-than to Oxigraph
    (its parser picks by context): then a quote, ``#`` or bracket inside it would start a
    string, a comment or a nesting that this scan never saw. Such text is refused."""
    if _AMBIGUOUS.search(iri):
        raise QueryRefusedError(
            f"ambiguous '<' in {iri[:40]!r}: after a value inside parentheses, write '< ' (with a space) "
            "for less-than, or the IRI as a prefixed name"
        )


def _opens_data(before: str, word: str) -> bool:
    return (before.lower(), word.lower()) in _DATA_OPENERS


def _remote_target(word: str, tokens: list[re.Match[str]], index: int, limits: SparqlLimits) -> str:
    """The IRI a ``SERVICE``/``LOAD`` reaches, if it is written out and its origin allowed."""
    disabled = (
        "SERVICE and LOAD of remote IRIs are disabled on this server (it makes no outbound requests); "
        "an operator can allow exact origins with PARLEY_FEDERATION_ORIGINS"
    )
    if not limits.allowed_origins:
        raise RemoteAccessError(disabled)
    match = _REMOTE.search(word)
    assert match is not None
    rest = word[match.end() :]
    following = [t for t in tokens[index + 1 :] if t.lastgroup is not None]
    if rest == "" and following and following[0].lastgroup == "code" and _SILENT.fullmatch(following[0]["code"]):
        following = following[1:]
    elif rest and not _SILENT.fullmatch(rest):
        following = []
    if not following or following[0].lastgroup != "iri" or "\\" in following[0]["iri"]:
        raise RemoteAccessError(
            "a SERVICE or LOAD target must be written as a full <IRI> of an allowed origin, without \\u escapes"
        )
    iri = following[0]["iri"][1:-1]
    if origin_of(iri) not in limits.allowed_origins:
        allowed = ", ".join(sorted(limits.allowed_origins))
        raise RemoteAccessError(f"<{iri}> is not on this server's federation allow-list ({allowed})")
    return iri


def check_json_depth(text: str | bytes, max_depth: int) -> None:
    """Refuse JSON nested deeper than ``max_depth`` (arrays and objects), before parsing.

    >>> check_json_depth('{"a": [[1]], "b": "[[[["}', 3)
    >>> check_json_depth('[[[[1]]]]', 3)
    Traceback (most recent call last):
    ...
    graph_builder.errors.InputError: the JSON body nests 4 deep; the limit is 3
    """
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    depth = deepest = 0
    for token in _JSON_TOKEN.finditer(raw):
        char = token.group()
        if char in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                deepest = max(deepest, depth)
        elif char in (b"]", b"}"):
            depth -= 1
    if deepest:
        raise InputError(f"the JSON body nests {deepest} deep; the limit is {max_depth}")


_JSON_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*+"|[\[\]{}]', re.DOTALL)


def check_rdf_xml(body: bytes) -> None:
    """Refuse RDF/XML that declares entities (expansion bombs, external fetches).

    >>> check_rdf_xml(b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aa">]><r/>')
    Traceback (most recent call last):
    ...
    graph_builder.errors.InputError: RDF/XML bodies may not declare entities (<!ENTITY …>): they are refused
    """
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("RDF/XML bodies must be UTF-8") from exc
    if "<!ENTITY" in text:
        raise InputError("RDF/XML bodies may not declare entities (<!ENTITY …>): they are refused")
