"""Noun phrases → actor mentions (before linking).

Named entities come from spaCy's NER; demonyms ("Russian delegations") and armed-force
phrases ("American forces") from the phrase's modifiers; references that need the
document's history ("the two countries", "the ministry", "he") become placeholder
mentions that the resolver fills in document order (``COREF_*`` labels).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graph_builder.extract import lexicon as lx
from graph_builder.extract.records import ActorRef

ACTOR_LABELS = frozenset(["GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"])
PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])
UNIT_WORDS = lx.ADMINISTRATIVE_UNITS | lx.LOCAL_UNITS
COREF_PAIR, COREF_DEFINITE, COREF_PERSON = "COREF_PAIR", "COREF_DEF", "COREF_PERSON"
DEFINITE_HEADS = frozenset(
    ["ministry", "department", "agency", "government", "military", "army", "kremlin", "council", "office"]
)


def entity_index(doc: Doc) -> dict[int, Span]:
    """Token index → the actor-like named entity that covers it."""
    return {t.i: ent for ent in doc.ents if ent.label_ in ACTOR_LABELS for t in ent}


def ref_from_span(span: Span, label: str, as_place: bool = False) -> ActorRef:
    if len(span) > 1 and span[0].lower_ == "the":  # NER sometimes takes the article in
        span = span[1:]
    start, end = span.start_char, span.end_char
    text = span.text
    if text.endswith(("'s", "\u2019s")):
        text, end = text[:-2], end - 2
    unit = _unit_after(span) if label in PLACE_LABELS else None
    return ActorRef(text=text, start=start, end=end, label=label, as_place=as_place, unit=unit)


def speaks_for_state(ent: Span) -> bool:
    """ "officials in Kyiv", "the authorities in Moscow": the officials of a capital speak
    for their state, so the name is not the place where something happened."""
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lower_ in lx.REPRESENTATIVE_HEADS


def _unit_after(span: Span) -> str | None:
    """ "region" in "the Kharkiv region" or "the Kharkiv and Sumy regions": the administrative
    noun a place name modifies (as a compound, not as an adjective: "Ukrainian regions"; a
    plural only after conjoined names: "the Gulf states" are not a unit)."""
    root = span.root
    conjoined = root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    noun = root.head
    word = noun.lemma_.lower()
    if root.dep_ not in ("compound", "nmod") or noun.i < root.i or word not in UNIT_WORDS:
        return None
    return word if noun.tag_ != "NNS" or conjoined else None


def conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def actors_for(token: Token, ents: dict[int, Span], *, as_place: bool = False) -> list[ActorRef]:
    """Actor mentions named by the phrase headed by ``token`` and its conjuncts."""
    refs: list[ActorRef] = []
    for head in conjuncts(token):
        refs.extend(_actors_for_head(head, ents, as_place))
    return list(dict.fromkeys(refs))


def _actors_for_head(head: Token, ents: dict[int, Span], as_place: bool) -> list[ActorRef]:
    ent = ents.get(head.i)
    if ent is not None:
        return [ref_from_span(_with_possessor(ent, ents), ent.label_, as_place and ent.label_ in PLACE_LABELS)]
    lower = head.lower_
    if lower in lx.PAIR_HEADS and _is_pair(head):
        return [ActorRef(_phrase(head).text, _phrase(head).start_char, _phrase(head).end_char, COREF_PAIR)]
    if head.pos_ == "PRON" and lower in ("he", "she", "him", "her", "his"):
        return [ActorRef(head.text, head.idx, head.idx + len(head), COREF_PERSON)]
    if head.pos_ == "PRON" and lower in ("it", "they") and head.dep_ in ("nsubj", "nsubjpass"):
        return _antecedent(head, ents)
    if lower in lx.ARMED_HEADS or lower in lx.INSTITUTION_HEADS:
        return _armed_force(head, ents)
    if lower in lx.REPRESENTATIVE_HEADS or head.lemma_.lower() in lx.REPRESENTATIVE_HEADS:
        return _represented(head, ents)
    if lower in lx.GROUP_HEADS:
        return [_group(head, ents)]
    if lower in DEFINITE_HEADS and any(c.lower_ == "the" for c in head.children):
        return [ActorRef(head.text, head.idx, head.idx + len(head), COREF_DEFINITE)]
    return []


def _with_possessor(ent: Span, ents: dict[int, Span]) -> Span:
    """ "Russia's Defense Ministry" names one body; "Defense Ministry" alone could be anyone's."""
    if ent.label_ != "ORG":
        return ent
    owners = [c for c in ent.root.children if c.dep_ == "poss" and c.i < ent.start and c.i in ents]
    if owners and ents[owners[0].i].label_ in ("GPE", "ORG") and ents[owners[0].i].end >= ent.start - 1:
        return ent.doc[ents[owners[0].i].start : ent.end]
    return ent


def _is_pair(head: Token) -> bool:
    return any(c.lower_ in ("both", "two", "each") for c in head.children)


def _phrase(head: Token) -> Span:
    left = min(
        (c.i for c in head.children if c.dep_ in ("det", "nummod", "amod", "compound", "predet")), default=head.i
    )
    return head.doc[left : head.i + 1]


def _modifier_entities(head: Token, ents: dict[int, Span]) -> list[Span]:
    found = []
    for child in head.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in ents:
            found.append(ents[child.i])
            found.extend(ents[c.i] for c in child.conjuncts if c.i in ents)
        if child.dep_ == "prep" and child.lower_ in ("from", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    found.extend(ents[t.i] for t in conjuncts(pobj) if t.i in ents)
    return list(dict.fromkeys(found))


def _armed_force(head: Token, ents: dict[int, Span]) -> list[ActorRef]:
    mods = _modifier_entities(head, ents)
    if not mods:
        return []
    phrase = head.doc[min(m.start for m in mods) : head.i + 1]
    return [ActorRef(phrase.text, phrase.start_char, phrase.end_char, "ORG")]


def _represented(head: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """ "Russian and Ukrainian delegations", "mediators from X and Y" stand for the states."""
    refs = []
    for ent in _modifier_entities(head, ents):
        if ent.label_ in ("NORP", "GPE", "ORG"):
            refs.append(ref_from_span(ent, ent.label_))
    return refs


def _group(head: Token, ents: dict[int, Span]) -> ActorRef:
    demonyms = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i in ents]
    start = min([d.i for d in demonyms] + [head.i])
    end = head.i + 1
    for clause in (c for c in head.children if c.dep_ == "acl" and c.i == head.i + 1):
        last = max([clause.i] + [o.right_edge.i for o in clause.children if o.dep_ == "dobj"])
        if last - head.i <= 3:  # "people facing famine", without its "in Kassala"
            end = last + 1
    span = head.doc[start:end]
    return ActorRef(span.text, span.start_char, span.end_char, "GROUP")


def _antecedent(pronoun: Token, ents: dict[int, Span]) -> list[ActorRef]:
    """ "it"/"they" as a subject: the subject of the main clause before it, if that is an actor."""
    sent = pronoun.sent
    candidates = []
    if pronoun.head != sent.root:
        candidates.append(sent.root)
    doc = pronoun.doc
    if sent.start > 0:
        candidates.append(doc[sent.start - 1].sent.root)
    for root in candidates:
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i]
        for subject in subjects:
            if subject.pos_ == "PRON":
                return []  # a chain of pronouns: too far to follow safely
            return actors_for(subject, ents)
    return []
