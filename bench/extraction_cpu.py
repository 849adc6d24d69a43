"""CPU seconds of extraction alone (the Extractor on parsed docs) beside spaCy's parse of the same docs.

CPU time (``time.process_time``), not wall time, so a busy machine moves the figures less.
Run it once per checkout to compare two versions of the extractor side by side:

    .venv/bin/python bench/extraction_cpu.py ../shared/eval/external/rams-dev.jsonlines 300
    PYTHONPATH=/path/to/other/checkout .venv/bin/python bench/extraction_cpu.py ...
"""

from __future__ import annotations

import json
import sys
import time

from graph_builder.config import Settings
from graph_builder.extract import Extractor
from graph_builder.nlp import build_nlp

PASSES = 3


def rams_windows(path: str, limit: int) -> list[str]:
    texts = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts.append(" ".join(token for sentence in record["sentences"] for token in sentence))
            if len(texts) == limit:
                break
    return texts


def main() -> None:
    texts = rams_windows(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 300)
    nlp = build_nlp(Settings())
    extractor = Extractor(nlp)
    start = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=64))
    parsed = time.process_time()
    for _ in range(PASSES):
        for doc in docs:
            extractor(doc, "bench", None)
    done = time.process_time()
    extract = (done - parsed) / PASSES
    spacy_seconds = parsed - start
    print(json.dumps({
        "documents": len(docs),
        "spacy_cpu_s": round(spacy_seconds, 3),
        "extract_cpu_s": round(extract, 3),
        "extract_share_of_spacy": round(extract / spacy_seconds, 4),
    }))


if __name__ == "__main__":
    main()
