"""CPU seconds of Parley's spaCy pipeline over gold-format passages, as written.

The RAMS windows of ``extraction_cpu.py`` are joined tokens: no line breaks, few brackets.
News as people paste it has both, and the pipeline's own components read them (line breaks that
end sentences, a clause a bracketed acronym broke parsed again). Run it once per checkout to
compare two versions side by side:

    .venv/bin/python bench/parse_cpu.py bench/eval/blind-93/passages.jsonl bench/eval/blind-92/passages.jsonl
    PYTHONPATH=/path/to/other/checkout .venv/bin/python bench/parse_cpu.py ...
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from graph_builder.config import Settings
from graph_builder.nlp import build_nlp


def passages(paths: list[str]) -> list[str]:
    texts = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: parse_cpu.py PASSAGES.jsonl [PASSAGES.jsonl ...]")
    texts = passages(sys.argv[1:])
    nlp = build_nlp(Settings())
    list(nlp.pipe(texts[:5]))  # load lazily built tables outside the timing
    started = time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    print(json.dumps({"passages": len(texts), "spacy_cpu_s": round(time.process_time() - started, 3)}))


if __name__ == "__main__":
    main()
