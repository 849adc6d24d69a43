"""A spaCy component for verbs the tagger took for nouns.

Headline and digest style tells past events in the present: "The RSF shell the camp", "The
Taliban release a British couple", "Rebels free two nurses". The small tagger reads "Taliban
release" and "RSF shell" as compound nouns, while the parser, which sees the whole clause,
still gives the word a subject and a direct object. A word with both is a verb whatever its
tag, and the extractor's verb rules must see it as one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

CLAUSE_DEPS = frozenset(["ROOT", "ccomp", "conj", "advcl", "relcl"])


@Language.component("parley_verbs_tagged_as_nouns", assigns=["token.pos", "token.tag"])
def verbs_tagged_as_nouns(doc: Doc) -> Doc:
    for token in doc:
        if token.pos_ != "NOUN" or token.dep_ not in CLAUSE_DEPS:
            continue
        deps = {c.dep_ for c in token.children}
        if "nsubj" in deps and "dobj" in deps and not any(c.dep_ == "det" for c in token.children):
            token.pos_ = "VERB"
            token.tag_ = "VBZ" if token.tag_ == "NNS" else "VBP"
    return doc
