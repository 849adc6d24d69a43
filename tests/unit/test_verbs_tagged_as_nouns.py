"""The repair of digest-style parses, on parses written out by hand (the shapes the small
model gives headlines), so each repair is checked whatever a model version happens to tag."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph_builder.nlp.verbs_tagged_as_nouns import verbs_tagged_as_nouns


def _doc(words: list[str], pos: list[str], tags: list[str], deps: list[str], heads: list[int],
         ents: list[str] | None = None, lemmas: list[str] | None = None) -> Doc:  # fmt: skip
    lemmas = lemmas or [w.lower() for w in words]
    return Doc(Vocab(), words=words, pos=pos, tags=tags, deps=deps, heads=heads, ents=ents, lemmas=lemmas)


def test_a_noun_with_a_subject_and_an_object_is_a_verb() -> None:
    doc = _doc(
        ["Rebels", "release", "two", "nurses", "."],
        ["NOUN", "NOUN", "NUM", "NOUN", "PUNCT"],
        ["NNS", "NN", "CD", "NNS", "."],
        ["nsubj", "ROOT", "nummod", "dobj", "punct"],
        [1, 1, 3, 1, 1],
    )
    verbs_tagged_as_nouns(doc)
    assert (doc[1].pos_, doc[1].tag_) == ("VERB", "VBP")
    assert doc[0].pos_ == "NOUN"  # the subject is left alone


def test_a_noun_phrase_with_a_determiner_stays_a_noun() -> None:
    doc = _doc(
        ["The", "ministry", "'s", "appeals", "failed", "."],
        ["DET", "NOUN", "PART", "NOUN", "VERB", "PUNCT"],
        ["DT", "NN", "POS", "NNS", "VBD", "."],
        ["det", "poss", "case", "nsubj", "ROOT", "punct"],
        [1, 3, 1, 4, 4, 4],
    )
    verbs_tagged_as_nouns(doc)
    assert doc[3].pos_ == "NOUN"


def test_a_name_hung_on_a_subjectless_verb_as_a_compound_is_its_subject() -> None:
    doc = _doc(
        ["Asmara", "demands", "that", "Cairo", "withdraw", "."],
        ["PROPN", "VERB", "SCONJ", "PROPN", "VERB", "PUNCT"],
        ["NNP", "VBZ", "IN", "NNP", "VB", "."],
        ["compound", "ROOT", "mark", "nsubj", "ccomp", "punct"],
        [1, 1, 4, 4, 1, 1],
        ents=["B-GPE", "O", "O", "B-GPE", "O", "O"],
    )
    verbs_tagged_as_nouns(doc)
    assert doc[0].dep_ == "nsubj"


def test_a_verb_with_a_subject_keeps_its_compounds() -> None:
    doc = _doc(
        ["Kenya", "police", "officers", "arrived", "."],
        ["PROPN", "NOUN", "NOUN", "VERB", "PUNCT"],
        ["NNP", "NN", "NNS", "VBD", "."],
        ["compound", "compound", "nsubj", "ROOT", "punct"],
        [2, 2, 3, 3, 3],
        ents=["B-GPE", "O", "O", "O", "O"],
    )
    verbs_tagged_as_nouns(doc)
    assert [t.dep_ for t in doc] == ["compound", "compound", "nsubj", "ROOT", "punct"]


def test_people_a_freeing_verb_lost_to_a_participle_are_its_object() -> None:
    doc = _doc(
        ["Rebels", "freed", "two", "nurses", "seized", "in", "May", "."],
        ["NOUN", "VERB", "NUM", "NOUN", "VERB", "ADP", "PROPN", "PUNCT"],
        ["NNS", "VBD", "CD", "NNS", "VBD", "IN", "NNP", "."],
        ["nsubj", "ROOT", "nummod", "nsubj", "ccomp", "prep", "pobj", "punct"],
        [1, 1, 3, 4, 1, 4, 5, 1],
        lemmas=["rebel", "free", "two", "nurse", "seize", "in", "May", "."],
    )
    verbs_tagged_as_nouns(doc)
    assert (doc[3].dep_, doc[3].head.i) == ("dobj", 1)
    assert (doc[4].dep_, doc[4].head.i, doc[4].tag_) == ("acl", 3, "VBN")


def test_a_clause_said_keeps_its_subject() -> None:
    doc = _doc(
        ["Police", "said", "gunmen", "seized", "the", "town", "."],
        ["NOUN", "VERB", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        ["NNS", "VBD", "NNS", "VBD", "DT", "NN", "."],
        ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"],
        [1, 1, 3, 1, 5, 3, 1],
        lemmas=["police", "say", "gunman", "seize", "the", "town", "."],
    )
    verbs_tagged_as_nouns(doc)
    assert [t.dep_ for t in doc] == ["nsubj", "ROOT", "nsubj", "ccomp", "det", "dobj", "punct"]
