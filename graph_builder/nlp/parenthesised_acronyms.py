"""Parse sentences as if a name's parenthesised acronym were not there.

News defines an acronym right after the name ("Fighter jets of the Sudanese Armed Forces (SAF)
bombed positions held by the Rapid Support Forces (RSF) …"), and the small parser, which has
seen few such brackets mid-clause, then loses the clause: "bombed" becomes an adjective of
"positions" and the sentence's verb is the attribution at its end. The sentence is parsed again
without the brackets, and the parse is copied back: each bracket hangs on its acronym and the
acronym on the name as an apposition, as the parser does when it reads them well. The tokens,
their offsets and the named entities stay those of the text, so the acronym is still defined
and linked (:mod:`graph_builder.nlp.document_names`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

# Components that embed, tag and parse (a transformer pipeline embeds with "transformer"); the NER
# and everything after it keep the text's own reading.
PARSING_COMPONENTS = ("transformer", "tok2vec", "tagger", "parser")


def _is_acronym(token: Token) -> bool:
    text = token.text
    return 2 <= len(text) <= 10 and text[0].isupper() and sum(c.isupper() for c in text) >= 2 and text.isalnum()


def _bracketed_acronyms(sentence: Span) -> list[int]:
    """Indices of the "(" that open "Name (ACRONYM)" inside the sentence, with words after it."""
    doc = sentence.doc
    opens = []
    for token in sentence[1:]:
        i = token.i
        if token.text != "(" or i + 3 >= sentence.end:
            continue
        if _is_acronym(doc[i + 1]) and doc[i + 2].text == ")" and doc[i - 1].is_alpha:
            opens.append(i)
    return opens


CLAUSE_DEPS = frozenset(["ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp"])


def _recovers_a_clause(first: Token, again: Token) -> bool:
    """The word after the brackets is a clause's verb without them, and was not with them:
    "the Sudanese Armed Forces (SAF) bombed positions", where "bombed" had become an adjective.
    ``_reparse`` asks the first half before parsing again, so sentences read well cost nothing."""
    return again.tag_.startswith("VB") and again.dep_ in CLAUSE_DEPS and first.dep_ not in CLAUSE_DEPS


class ParenthesisedAcronyms:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def _parsers(self) -> list[Callable[[Doc], Doc]]:
        return [self.nlp.get_pipe(name) for name in PARSING_COMPONENTS if name in self.nlp.pipe_names]

    def __call__(self, doc: Doc) -> Doc:
        if "(" not in doc.text:
            return doc
        for sentence in list(doc.sents):
            opens = _bracketed_acronyms(sentence)
            if opens:
                self._reparse(doc, sentence, opens)
        return doc

    def _reparse(self, doc: Doc, sentence: Span, opens: list[int]) -> None:
        if all(doc[i + 3].dep_ in CLAUSE_DEPS for i in opens):
            return  # every word after the brackets already heads a clause: no second parse can recover one
        dropped = {i + offset for i in opens for offset in range(3)}
        kept = [t for t in sentence if t.i not in dropped]
        words = [t.text for t in kept]
        spaces = [bool(t.whitespace_) for t in kept]
        for n, token in enumerate(kept[:-1]):
            if token.i + 1 in dropped:
                spaces[n] = True  # "Forces (SAF) bombed" reads "Forces bombed"
        bare = Doc(doc.vocab, words=words, spaces=spaces)
        for component in self._parsers():
            bare = component(bare)
        if sum(1 for t in bare if t.dep_ == "ROOT") != 1:
            return  # the bare sentence parsed as two: keep the parser's first reading
        position = {token.i: n for n, token in enumerate(kept)}
        after = [bare[position[i + 3]] for i in opens if i + 3 in position]
        if not any(_recovers_a_clause(kept[t.i], t) for t in after):
            return  # the brackets did not cost the clause its verb: the first reading stands
        array = doc.to_array([HEAD, DEP])
        heads = array[:, 0].astype("int64")  # relative offsets, stored unsigned
        deps = array[:, 1]
        for token, parsed in zip(kept, bare, strict=True):
            heads[token.i] = kept[parsed.head.i].i - token.i
            deps[token.i] = doc.vocab.strings.add(parsed.dep_)
            token.tag_ = parsed.tag_
        for i in opens:  # "(" and ")" on the acronym, the acronym on the name it abbreviates
            heads[i : i + 3] = (1, -2, -1)
            deps[i : i + 3] = [doc.vocab.strings.add(dep) for dep in ("punct", "appos", "punct")]
        array[:, 0] = heads.astype("uint64")
        doc.from_array([HEAD, DEP], cast(Ints2d, array))


@Language.factory("parley_parenthesised_acronyms", assigns=["token.dep", "token.head", "token.tag"])
def make_parenthesised_acronyms(nlp: Language, name: str) -> ParenthesisedAcronyms:
    return ParenthesisedAcronyms(nlp)
