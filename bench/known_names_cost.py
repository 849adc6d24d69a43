"""What the known-names component costs: extraction over the synthetic corpus with and without
``parley_known_names``, interleaved in one process so machine load hits both alike.

    .venv/bin/python bench/known_names_cost.py --sentences 1000 --reps 5

Prints words/s of ``Builder.extract`` for each repetition and the ratio of the medians, and,
steadier on a loaded machine, the component's own time over documents already parsed as a
share of the whole extraction's time.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import deque

from graph_builder.benchmark import synthetic_corpus
from graph_builder.config import Settings
from graph_builder.pipeline import Builder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1000, help="corpus size (8 sentences an article)")
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    builder = Builder(Settings())
    docs = synthetic_corpus(args.sentences)
    words = sum(len(doc.text.split()) for doc in docs)
    deque(builder.extract(docs[:5]), maxlen=0)  # warm-up
    rates: dict[str, list[float]] = {"with": [], "without": []}
    for _ in range(args.reps):
        for mode in rates:
            start = time.perf_counter()
            if mode == "with":
                deque(builder.extract(docs), maxlen=0)
            else:
                with builder.nlp.select_pipes(disable=["parley_known_names"]):
                    deque(builder.extract(docs), maxlen=0)
            rates[mode].append(words / (time.perf_counter() - start))
    for mode, values in rates.items():
        print(f"{mode:<8} words/s {[round(v) for v in values]} median {statistics.median(values):.0f}")
    print(f"ratio with/without: {statistics.median(rates['with']) / statistics.median(rates['without']):.3f}")
    with builder.nlp.select_pipes(disable=["parley_known_names"]):
        parsed = list(builder.nlp.pipe(doc.text for doc in docs))
    component = builder.nlp.get_pipe("parley_known_names")
    own = []
    for _ in range(args.reps):
        start = time.perf_counter()
        for doc in parsed:
            component(doc)
        own.append(time.perf_counter() - start)
    share = statistics.median(own) / (words / statistics.median(rates["with"]))
    print(f"component alone: {statistics.median(own):.3f} s for {len(docs)} documents, {share:.1%} of extraction time")


if __name__ == "__main__":
    main()
