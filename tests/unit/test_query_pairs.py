"""The server's query-string parser answers what ``urllib.parse.parse_qsl`` answers, on
whatever a client may send: escapes valid or not, '+', bare names, raw non-ASCII octets."""

from __future__ import annotations

import random
from urllib.parse import parse_qsl, urlencode

import pytest

from api.guards import query_pairs

EDGES = [
    "", "&", "&&a=1&&", "a", "a=", "=b", "==", "a=b=c", "a+b=c+d", "%", "%2", "%zz=%G1", "a=%41%42%43",
    "q=%E2%82%AC", "q=%e2%82%ac", "q=%E2%82", "q=%FF%FE", "q=\\x41", "q=\\%41", "q=%5C%78%34%31", "q=%00",
    "q=caf\u00c3\u00a9", "q=\u00e9%41", "a=1&a=2&b=%26&c=%3D", "q=%2B+%20", "%71uery=ASK+%7B%7D",
]  # fmt: skip
PIECES = ["a", "Z", "9", "=", "&", "+", "%", "%4", "%41", "%4g", "%e9", "%C3%A9", "%F0%9F%98%80", "%ED%A0%80",
          "\\", "\\x", "\\u0041", "'", '"', " ", "\u00e9", "\u00ff", "~", ";", "%25", "%%"]  # fmt: skip


@pytest.mark.parametrize("errors", ["replace", "strict"])
def test_the_same_pairs_as_urllib(errors: str) -> None:
    rng = random.Random(13)
    texts = [*EDGES, *("".join(rng.choices(PIECES, k=rng.randint(1, 30))) for _ in range(3000))]
    texts.append(urlencode({"query": "SELECT ?s WHERE { ?s ?p 'caf\u00e9 + 100%' } # \\x41", "format": "json"}))
    for text in texts:
        try:
            expected: object = parse_qsl(text, keep_blank_values=True, errors=errors)
        except UnicodeDecodeError as exc:
            expected = type(exc)
        try:
            got: object = query_pairs(text, errors)
        except UnicodeDecodeError as exc:
            got = type(exc)
        assert got == expected, text
