"""Where a build spends its time: pyinstrument over Builder.build on the synthetic corpus.

    .venv/bin/python bench/profile_build.py --sentences 1000 > profile.txt

Needs the bench extra (pyinstrument). The pipeline is loaded before profiling starts,
so the profile shows steady-state building: spaCy, extraction, linking, RDF mapping.
Configuration comes from the environment as for `parley build` (PARLEY_LINK=0 and so on).
"""

from __future__ import annotations

import argparse
from collections import deque

from pyinstrument import Profiler

from graph_builder.benchmark import resolve_settings, synthetic_corpus
from graph_builder.pipeline import Builder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=1000, help="corpus size (8 sentences an article)")
    parser.add_argument("--interval", type=float, default=0.001, help="sampling interval, seconds")
    args = parser.parse_args()
    settings = resolve_settings(print)
    builder = Builder(settings)
    docs = synthetic_corpus(args.sentences)
    deque(builder.build(docs[:4]), maxlen=0)  # warm-up
    profiler = Profiler(interval=args.interval)
    with profiler:
        deque(builder.build(docs), maxlen=0)
    print(f"# link={settings.link} model={settings.spacy_model} sentences={args.sentences}")
    print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
