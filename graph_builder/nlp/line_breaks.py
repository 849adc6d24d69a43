"""Line breaks that end a sentence the text did not close with a full stop.

Headlines, news tickers, bullet lists and live-blog entries are written one to a line with no
closing punctuation; the parser then runs two lines into one sentence and hangs the second line's
subject on the first line's verb ("Quad calls for a truce in Sudan⏎Khartoum rejects the plan").
Text hard-wrapped at a fixed width also breaks lines mid-sentence, so a single line break counts
as a sentence end only where the next line's first word would have fitted on the line before:
the test reflow tools use to tell a wrapped line from a short one. A blank line always ends one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token


def _widest_line(text: str) -> int:
    return max((len(line.rstrip()) for line in text.split("\n")), default=0)


def _ends_a_short_line(space: Token, width: int) -> bool:
    """The line before ``space`` stopped short of the text's widest line by more than the next
    line's first word: nothing forced the break, so the writer ended the line."""
    doc = space.doc
    line_start = doc.text.rfind("\n", 0, space.idx) + 1
    line = doc.text[line_start : space.idx].rstrip()
    return len(line) + 1 + len(doc[space.i + 1].text) <= width


@Language.component("parley_line_breaks", assigns=["token.is_sent_start"])
def line_breaks_end_sentences(doc: Doc) -> Doc:
    """Runs before the parser, which respects sentence starts already set."""
    if "\n" not in doc.text:
        return doc
    breaks = [t for t in doc[:-1] if t.is_space and "\n" in t.text and not doc[t.i + 1].is_space]
    single = [t for t in breaks if t.text.count("\n") == 1]
    width = _widest_line(doc.text)
    short = [t for t in single if _ends_a_short_line(t, width)]
    # Text wrapped at a width has most of its lines full; a headline list has one widest line.
    wrapped = len(short) * 2 < len(single)
    for space in breaks:
        if space.text.count("\n") > 1 or not wrapped or space in short:
            doc[space.i + 1].is_sent_start = True
    return doc
