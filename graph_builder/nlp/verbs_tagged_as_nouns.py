"""A spaCy component for verbs the tagger took for nouns, and their subjects.

Headline and digest style tells past events in the present: "The RSF shell the camp", "The
Taliban release a British couple", "Zulum appeals to Abuja for troops". The small tagger reads
"Taliban release" and "Zulum appeals" as noun phrases, while the parser, which sees the whole
clause, still gives the word a subject, an object or a clause. A word with a subject and an
object is a verb whatever its tag, and the extractor's verb rules must see it as one.

A participle after a verb's object reads as a clause of its own to the parser: "freed two
fishermen seized off Sabah" comes out as "freed [that] two fishermen seized Sabah", the freeing
with no object. When the clause's verb is a participle of taking people and the freeing verb
has no object, the "subject" is the object and the participle qualifies it.

The same style drops articles, and the parser then hangs the subject on its verb as a compound
("Asmara demands that …": "Asmara" a compound of "demands"); a name right before a verb with
no subject of its own is that verb's subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

CLAUSE_DEPS = frozenset(["ROOT", "ccomp", "conj", "advcl", "relcl"])
NAME_TYPES = frozenset(["GPE", "ORG", "PERSON", "NORP"])
# Participles that qualify the people an act concerns: "hostages seized in 2023", "children taken to Russia".
TAKING_PARTICIPLES = frozenset(["seize", "abduct", "kidnap", "hold", "take", "capture", "detain", "deport", "snatch"])
# Acts done to such people, whose object the parser loses to the participle.
FREEING_VERBS = frozenset("free release return exchange swap repatriate rescue liberate trade".split())


@Language.component("parley_verbs_tagged_as_nouns", assigns=["token.pos", "token.tag", "token.dep"])
def verbs_tagged_as_nouns(doc: Doc) -> Doc:
    for token in doc:
        _object_read_as_a_subject(token)
        if token.dep_ not in CLAUSE_DEPS:
            continue
        deps = {c.dep_ for c in token.children}
        if token.pos_ == "NOUN" and "nsubj" in deps and "det" not in deps and deps & {"dobj", "ccomp", "prep"}:
            token.pos_ = "VERB"
            token.tag_ = "VBZ" if token.tag_ == "NNS" else "VBP"
        if token.pos_ == "VERB" and not deps & {"nsubj", "nsubjpass"}:
            names = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.ent_type_ in NAME_TYPES]
            if names and names[-1].i == token.i - 1:
                names[-1].dep_ = "nsubj"
    return doc


def _object_read_as_a_subject(verb: Token) -> None:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FREEING_VERBS:
        return
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or clause.tag_ not in ("VBN", "VBD"):
            continue
        if clause.lemma_.lower() not in TAKING_PARTICIPLES:
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in clause.children):
            continue  # "said that they were seized", "freed, they had been held": a real clause
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
            continue
        taken = subjects[0]
        taken.head, taken.dep_ = verb, "dobj"
        clause.head, clause.dep_, clause.tag_ = taken, "acl", "VBN"
        return
