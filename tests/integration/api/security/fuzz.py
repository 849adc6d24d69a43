"""A mutation-based SPARQL fuzzer: valid seed queries and updates, cut, spliced, repeated
and sprinkled with tokens that have broken parsers or made servers call out.

Used by ``test_fuzz.py`` for a bounded time; deterministic for a given random seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

SEED_QUERIES = [
    "SELECT ?s ?label WHERE { ?s a <https://w3id.org/parley/ontology#State> ; "
    "<http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 5",
    "PREFIX pa: <https://w3id.org/parley/ontology#> SELECT ?e (COUNT(?a) AS ?n) "
    "WHERE { ?e a pa:PrisonerExchange ; pa:participant ?a } GROUP BY ?e ORDER BY DESC(?n)",
    "ASK { <https://w3id.org/parley/id/actor/russia> ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?o)) } LIMIT 20",
    "DESCRIBE <https://w3id.org/parley/id/actor/russia>",
    'SELECT * WHERE { ?s ?p ?o . FILTER(REGEX(STR(?o), "^Rus", "i")) OPTIONAL { ?o ?q ?r } } LIMIT 3',
    "SELECT ?x WHERE { VALUES ?x { 1 2 3 } BIND(?x * 2 + 1 AS ?y) FILTER(?y > 2 && ?y < 9) }",
    "SELECT * WHERE { { ?s ?p 1 } UNION { ?s ?p 2 } MINUS { ?s a ?t } }",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s WHERE { ?s rdfs:label/^rdfs:label* ?o } LIMIT 2",
    'SELECT (CONCAT("a", STR(?n)) AS ?c) WHERE { BIND(STRLEN("abc") AS ?n) }',
]
SEED_UPDATES = [
    "INSERT DATA { GRAPH <urn:parley:fuzz> { <urn:s> <urn:p> 1, 2 ; <urn:q> \"x\"@en } }",
    "DELETE WHERE { GRAPH <urn:parley:fuzz> { ?s <urn:p> ?o } }",
    "INSERT { GRAPH <urn:parley:fuzz> { ?s <urn:r> ?o } } WHERE { GRAPH <urn:parley:fuzz> { ?s <urn:q> ?o } }",
    "DROP SILENT GRAPH <urn:parley:fuzz>",
    "WITH <urn:parley:fuzz> DELETE { ?s ?p ?o } INSERT { ?s ?p 3 } WHERE { ?s ?p ?o FILTER(?o = 2) }",
]
TOKENS = [
    "(", ")", "{", "}", "[", "]", " . ", ";", ",", "|", "/", "^", "*", "+", "?", "!", "&&", "||", "=",
    " UNION ", " OPTIONAL ", " MINUS ", " FILTER ", " BIND(", " GRAPH ", " VALUES ", " EXISTS ", " NOT ",
    " SERVICE ", "SERVICE", " SILENT ", " LOAD ", "LOAD", " BASE ", " PREFIX : ", ":x ", "e:y ",
    "?v", "$w", "_:b", "<urn:x>", "<>", "<http://127.0.0.1:{port}/x>", "<{listener}/sparql>",
    '"s"', "'''long'''", '"\\u0053"', "\\u0053ERVICE", "#c\n", "1e999", "-0.0", "99999999999999999999",
    "true", "\u00e9", "\U0001f600", "\x00", "\ud800", "\\", '"', "'", "@en", "^^<urn:t>",
    "COUNT(*)", "GROUP BY ?v", "ORDER BY ?v", "LIMIT 1", "OFFSET 99", "DISTINCT", "REDUCED",
    "CLEAR ALL", "DROP ALL", "ADD DEFAULT TO <urn:g>", "INSERT DATA {", "DELETE DATA {", "WITH <urn:g>",
]


@dataclass
class Fuzzer:
    """Turns seeds into mutants; ``listener`` is the origin that must never be contacted."""

    rng: random.Random
    listener: str
    port: int
    tried: dict[str, int] = field(default_factory=dict)

    def token(self) -> str:
        return self.rng.choice(TOKENS).replace("{listener}", self.listener).replace("{port}", str(self.port))

    def mutate(self, text: str) -> str:
        for _ in range(self.rng.randint(1, 4)):
            text = self.rng.choice(self._operators)(self, text)
        return text

    def _insert(self, text: str) -> str:
        at = self.rng.randint(0, len(text))
        return text[:at] + self.token() + text[at:]

    def _delete(self, text: str) -> str:
        at = self.rng.randint(0, len(text))
        return text[:at] + text[at + self.rng.randint(1, 12) :]

    def _repeat(self, text: str) -> str:
        # Repeat a span many times: deep nesting, long chains, big queries.
        at = self.rng.randint(0, len(text))
        span = text[at : at + self.rng.randint(1, 8)] or self.token()
        return text[:at] + span * self.rng.choice([2, 50, 500, 3000]) + text[at:]

    def _nest(self, text: str) -> str:
        depth = self.rng.choice([10, 200, 2000])
        opener, closer = self.rng.choice([("(", ")"), ("{", "}"), ("[", "]"), ("CONCAT(", ")")])
        at = self.rng.randint(0, len(text))
        return text[:at] + opener * depth + self.token() + closer * depth + text[at:]

    def _splice(self, text: str) -> str:
        other = self.rng.choice(SEED_QUERIES + SEED_UPDATES)
        return text[: self.rng.randint(0, len(text))] + other[self.rng.randint(0, len(other)) :]

    _operators = (_insert, _insert, _delete, _repeat, _nest, _splice)
