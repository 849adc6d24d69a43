"""A spaCy component that corrects places the statistical NER tags as people.

The small English model tags "Kherson" or "Luhansk" as PERSON; an exact match against
place names the caller supplies (from the offline knowledge base) relabels such spans as
GPE. It only relabels whole PERSON entities that are exactly a known place name, so
"Michael Jordan" stays a person while a lone "Jordan" or "Kherson" becomes a place.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span


class PlaceNames:
    """Relabel PERSON entities whose exact text is a known place name."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(names)

    def __call__(self, doc: Doc) -> Doc:
        if not any(ent.label_ == "PERSON" and ent.text in self.names for ent in doc.ents):
            return doc
        doc.ents = [
            Span(doc, ent.start, ent.end, label="GPE") if ent.label_ == "PERSON" and ent.text in self.names else ent
            for ent in doc.ents
        ]
        return doc


@Language.factory(
    "parley_place_names",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"names": []},
)
def make_place_names(nlp: Language, name: str, names: list[str]) -> PlaceNames:
    return PlaceNames(names)
