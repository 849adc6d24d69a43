"""The OWL ontology defines every term of the contract (docs/ontology-contract.md), as stated there.

The term lists below are copied from the contract on purpose: a rename in the ontology must
fail here, because it breaks users' saved queries.
"""

from __future__ import annotations

import owlrl
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

from graph_builder.namespaces import PA, PID
from graph_builder.validation import ONTOLOGY_DIR, load_ontology, ontology_terms

ONTOLOGY_IRI = URIRef("https://w3id.org/parley/ontology")

# child -> parent, from the contract's "Classes" section.
CLASS_PARENTS: dict[str, str | None] = {
    "Actor": None,
    "State": "Actor",
    "Person": "Actor",
    "Organization": "Actor",
    "GovernmentBody": "Organization",
    "ArmedForce": "Organization",
    "InternationalOrganization": "Organization",
    "Group": "Actor",
    "Place": None,
    "Event": None,
    "Negotiation": "Event",
    "Agreement": "Event",
    "Ceasefire": "Event",
    "PrisonerExchange": "Event",
    "Release": "Event",
    "Repatriation": "Event",
    "Attack": "Event",
    "Sanction": "Event",
    "Aid": "Event",
    "Statement": "Event",
    "Accusation": "Event",
    "Threat": "Event",
    "Demand": "Event",
    "Document": None,
    "Mention": None,
    "Modality": None,
}

# The contract table "04 (046)" is written as the codes "04" and "046" (GDELT's root and
# full codes), "18-20" as 18, 19 and 20, "02 / 10" as 02 and 10. Statement has no PLOVER type.
EVENT_CODES: dict[str, tuple[frozenset[str], str | None]] = {
    "Negotiation": (frozenset({"04", "046"}), "CONSULT"),
    "Agreement": (frozenset({"057", "03"}), "AGREE"),
    "Ceasefire": (frozenset({"0871"}), "CONCEDE"),
    "PrisonerExchange": (frozenset({"0841"}), "CONCEDE"),
    "Release": (frozenset({"0841"}), "CONCEDE"),
    "Repatriation": (frozenset({"084"}), "CONCEDE"),
    "Attack": (frozenset({"18", "19", "20"}), "ASSAULT"),
    "Sanction": (frozenset({"16", "163"}), "SANCTION"),
    "Aid": (frozenset({"07"}), "AID"),
    "Statement": (frozenset({"01"}), None),
    "Accusation": (frozenset({"11", "112"}), "ACCUSE"),
    "Threat": (frozenset({"13"}), "THREATEN"),
    "Demand": (frozenset({"02", "10"}), "REQUEST"),
}

# property -> (OWL kind, domain, range); a tuple domain/range is an owl:unionOf.
Spec = tuple[URIRef, str | tuple[str, ...], URIRef | str | tuple[URIRef | str, ...]]
PROPERTIES: dict[str, Spec] = {
    "participant": (OWL.ObjectProperty, "Event", "Actor"),
    "agent": (OWL.ObjectProperty, "Event", "Actor"),
    "target": (OWL.ObjectProperty, "Event", "Actor"),
    "location": (OWL.ObjectProperty, "Event", ("Place", "State")),
    "date": (OWL.DatatypeProperty, "Event", (XSD.date, XSD.gYearMonth, XSD.gYear)),
    "dateText": (OWL.DatatypeProperty, "Event", XSD.string),
    "quantity": (OWL.DatatypeProperty, "Event", XSD.integer),
    "quantityText": (OWL.DatatypeProperty, "Event", XSD.string),
    "fatalities": (OWL.DatatypeProperty, "Event", XSD.integer),
    "injuries": (OWL.DatatypeProperty, "Event", XSD.integer),
    "reportedBy": (OWL.ObjectProperty, "Event", "Actor"),
    "ledTo": (OWL.ObjectProperty, "Event", "Event"),
    "about": (OWL.ObjectProperty, "Event", "Event"),
    "modality": (OWL.ObjectProperty, "Event", "Modality"),
    "evidence": (OWL.ObjectProperty, "Event", "Mention"),
    "allyOf": (OWL.ObjectProperty, "Actor", "Actor"),
    "memberOf": (OWL.ObjectProperty, "Person", ("Organization", "State")),
    "partOf": (OWL.ObjectProperty, "Organization", ("Organization", "State")),
    "locatedIn": (OWL.ObjectProperty, "Place", ("Place", "State")),
    "text": (OWL.DatatypeProperty, "Mention", XSD.string),
    "charStart": (OWL.DatatypeProperty, "Mention", XSD.integer),
    "charEnd": (OWL.DatatypeProperty, "Mention", XSD.integer),
}

MODALITIES = ("Asserted", "Planned", "Alleged", "Denied")
ANNOTATION_PROPERTIES = ("cameoCode", "ploverType")
CONTRACT_TERMS = frozenset(
    PA[name]
    for name in (*CLASS_PARENTS, *PROPERTIES, "confidence", *MODALITIES, *ANNOTATION_PROPERTIES)
)


def _term(value: str | URIRef) -> URIRef:
    return value if isinstance(value, URIRef) else URIRef(PA[value])


def _is_pa(node: object) -> bool:
    return isinstance(node, URIRef) and node.startswith(str(PA))


def _list(graph: Graph, subject: URIRef | BNode, predicate: URIRef) -> list[object]:
    """The members of the RDF list that ``subject predicate`` points to."""
    head = graph.value(subject, predicate)
    assert head is not None, f"{subject} has no {predicate}"
    return list(Collection(graph, head))


def _class_or_union(graph: Graph, node: object) -> frozenset[URIRef]:
    """The named members of a class expression: itself, or the members of its owl:unionOf."""
    if isinstance(node, URIRef):
        return frozenset({node})
    assert isinstance(node, BNode), node
    return frozenset(m for m in _list(graph, node, OWL.unionOf) if isinstance(m, URIRef))


def test_ontology_parses_with_header() -> None:
    graph = Graph().parse(ONTOLOGY_DIR / "parley.ttl", format="turtle")
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    assert graph.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("1")
    assert len(graph) == len(load_ontology())


def test_every_contract_term_is_in_ontology_terms() -> None:
    assert ontology_terms() >= CONTRACT_TERMS
    assert len(CONTRACT_TERMS) == 55


def test_every_term_has_english_label_and_comment() -> None:
    graph = load_ontology()
    for term in ontology_terms():
        labels = [o for o in graph.objects(term, RDFS.label) if isinstance(o, Literal)]
        comments = [o for o in graph.objects(term, RDFS.comment) if isinstance(o, Literal)]
        assert any(lbl.language == "en" and str(lbl) for lbl in labels), term
        assert any(c.language == "en" and len(str(c)) > 10 for c in comments), term


def test_every_pa_iri_used_is_defined() -> None:
    # A typo such as pa:Organisation in a range would otherwise silently mint a new term.
    graph = load_ontology()
    used = {n for triple in graph for n in triple if isinstance(n, URIRef) and _is_pa(n)}
    assert used == ontology_terms()
    for term in used:
        assert graph.value(term, RDF.type) is not None, term


def test_class_tree() -> None:
    graph = load_ontology()
    for name, parent in CLASS_PARENTS.items():
        assert (PA[name], RDF.type, OWL.Class) in graph, name
        parents = {p for p in graph.objects(PA[name], RDFS.subClassOf) if _is_pa(p)}
        assert parents == ({PA[parent]} if parent else set()), name
    assert (PA.Document, RDFS.subClassOf, PROV.Entity) in graph
    assert (PA.Mention, RDFS.subClassOf, PROV.Entity) in graph


def test_event_classes_are_pairwise_disjoint() -> None:
    graph = load_ontology()
    declarations = list(graph.subjects(RDF.type, OWL.AllDisjointClasses))
    assert len(declarations) == 1
    assert isinstance(declarations[0], BNode)
    assert set(_list(graph, declarations[0], OWL.members)) == {PA[name] for name in EVENT_CODES}


def test_event_classes_carry_cameo_and_plover() -> None:
    graph = load_ontology()
    for name, (cameo, plover) in EVENT_CODES.items():
        codes = list(graph.objects(PA[name], PA.cameoCode))
        assert all(isinstance(c, Literal) and c.datatype is None for c in codes), name
        assert frozenset(str(c) for c in codes) == cameo, name
        plovers = [str(p) for p in graph.objects(PA[name], PA.ploverType)]
        assert plovers == ([plover] if plover else []), name


def test_annotation_properties_declared() -> None:
    graph = load_ontology()
    for name in ANNOTATION_PROPERTIES:
        assert (PA[name], RDF.type, OWL.AnnotationProperty) in graph


def test_property_kinds_domains_and_ranges() -> None:
    graph = load_ontology()
    for name, (kind, domain, range_) in PROPERTIES.items():
        prop = PA[name]
        assert (prop, RDF.type, kind) in graph, name
        expected_domain = domain if isinstance(domain, tuple) else (domain,)
        expected_range = range_ if isinstance(range_, tuple) else (range_,)
        got_domain = _class_or_union(graph, graph.value(prop, RDFS.domain))
        got_range = _class_or_union(graph, graph.value(prop, RDFS.range))
        assert got_domain == {_term(d) for d in expected_domain}, name
        assert got_range == {_term(r) for r in expected_range}, name


def test_confidence_is_a_decimal_between_zero_and_one_on_events_and_mentions() -> None:
    graph = load_ontology()
    assert (PA.confidence, RDF.type, OWL.DatatypeProperty) in graph
    domain = _class_or_union(graph, graph.value(PA.confidence, RDFS.domain))
    assert domain == {PA.Event, PA.Mention}
    datatype = graph.value(PA.confidence, RDFS.range)
    assert isinstance(datatype, BNode)
    assert graph.value(datatype, OWL.onDatatype) == XSD.decimal
    facets: dict[URIRef, float] = {}
    for restriction in _list(graph, datatype, OWL.withRestrictions):
        assert isinstance(restriction, BNode)
        for facet, value in graph.predicate_objects(restriction):
            assert isinstance(facet, URIRef) and isinstance(value, Literal)
            facets[facet] = float(value.toPython())
    assert facets == {XSD.minInclusive: 0.0, XSD.maxInclusive: 1.0}


def test_agent_and_target_are_participants() -> None:
    graph = load_ontology()
    assert (PA.agent, RDFS.subPropertyOf, PA.participant) in graph
    assert (PA.target, RDFS.subPropertyOf, PA.participant) in graph
    assert graph.value(PA.participant, RDFS.subPropertyOf) is None


def test_ally_of_is_symmetric_and_only_it() -> None:
    graph = load_ontology()
    assert set(graph.subjects(RDF.type, OWL.SymmetricProperty)) == {PA.allyOf}


def test_modalities_are_the_four_individuals() -> None:
    graph = load_ontology()
    individuals = {PA[name] for name in MODALITIES}
    assert set(graph.subjects(RDF.type, PA.Modality)) == individuals
    assert set(_list(graph, PA.Modality, OWL.oneOf)) == individuals
    for individual in individuals:
        assert (individual, RDF.type, OWL.NamedIndividual) in graph


def test_load_ontology_returns_independent_copies() -> None:
    first = load_ontology()
    first.remove((PA.Attack, None, None))
    assert (PA.Attack, RDF.type, OWL.Class) in load_ontology()
    assert PA.Attack in ontology_terms()


def test_turtle_round_trip_keeps_every_triple() -> None:
    graph = load_ontology()
    again = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
    assert len(again) == len(graph)
    assert set(ontology_terms()) == {s for s in again.subjects() if _is_pa(s)}


def _owl_rl_errors(graph: Graph) -> list[str]:
    # owlrl reports an inconsistency as an ErrorMessage node in the graph instead of raising.
    errors = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return [
        str(message)
        for node in graph.subjects(RDF.type, errors.ErrorMessage)
        for message in graph.objects(node, errors.error)
    ]


def test_owl_rl_semantics() -> None:
    event, russia, belarus = (URIRef(PID[path]) for path in ("event/d-0-5", "actor/r", "actor/b"))
    graph = load_ontology()
    graph.add((event, RDF.type, PA.Attack))
    graph.add((event, PA.agent, russia))
    graph.add((belarus, PA.allyOf, russia))
    assert _owl_rl_errors(graph) == []
    assert (event, PA.participant, russia) in graph  # agent is a sub-property of participant
    assert (russia, PA.allyOf, belarus) in graph  # allyOf is symmetric
    assert (event, RDF.type, PA.Event) in graph
    assert (russia, RDF.type, PA.Actor) in graph  # range of pa:agent


def test_owl_rl_detects_two_event_classes() -> None:
    event = URIRef(PID["event/d-0-5"])
    graph = load_ontology()
    graph.add((event, RDF.type, PA.Attack))
    graph.add((event, RDF.type, PA.Ceasefire))
    errors = _owl_rl_errors(graph)
    assert len(errors) == 1 and "Disjoint classes" in errors[0], errors
