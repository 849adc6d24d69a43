"""A spaCy component for verbs the tagger took for nouns, and their subjects.

Headline and digest style tells past events in the present: "The RSF shell the camp", "The
Taliban release a British couple", "Zulum appeals to Abuja for troops". The small tagger reads
"Taliban release" and "Zulum appeals" as noun phrases, while the parser, which sees the whole
clause, still gives the word a subject, an object or a clause. A word with a subject and an
object is a verb whatever its tag, and the extractor's verb rules must see it as one.

The same style drops articles, and the parser then hangs the subject on its verb as a compound
("Asmara demands that …": "Asmara" a compound of "demands"); a name right before a verb with
no subject of its own is that verb's subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

CLAUSE_DEPS = frozenset(["ROOT", "ccomp", "conj", "advcl", "relcl"])
NAME_TYPES = frozenset(["GPE", "ORG", "PERSON", "NORP"])


@Language.component("parley_verbs_tagged_as_nouns", assigns=["token.pos", "token.tag", "token.dep"])
def verbs_tagged_as_nouns(doc: Doc) -> Doc:
    for token in doc:
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
