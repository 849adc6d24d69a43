"""``parley bench``: how fast Parley is against the tools users would pick instead.

Every figure in BENCHMARKS.md comes from :func:`run_benchmarks`. Each measure runs Parley
and its peer side by side in one process, alternating, ``reps`` times; what is reported
is the median of the per-repetition ratios, never a lone absolute time (the machines are
small and shared, so absolute times drift by tens of percent).

Measures: ``extraction`` (Builder.build against raw ``nlp.pipe``), ``parallel`` (1 vs 2
worker processes), ``store`` (bulk and per-document loads against raw pyoxigraph and
rdflib), ``queries`` (neighbourhood, aggregate, date range, in process), ``http`` (three
servers under a bounded load: ``bench/http_bench.py``) and ``memory`` (peak RSS of a build).
The corpus is synthetic: sentences of the dev passages (``bench/passages.jsonl``) mixed
with templates, reproducible from a seed.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph_builder.config import Settings
from graph_builder.errors import ParleyError
from graph_builder.ingest import SourceDocument

BENCH_DIR = Path(__file__).resolve().parents[1] / "bench"
MEASURES = ("extraction", "parallel", "store", "queries", "http", "memory")
SENTENCES_PER_ARTICLE = 8
HTTP_CENTERS = 10  # most nodes per kind (actor, event) the HTTP runs rotate over
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Sizes:
    """How much work each measure does; ``PRESETS`` holds tiny (tests), quick and full."""

    name: str
    sentences: tuple[int, ...]
    reps: int
    parallel_sentences: int
    triples: tuple[int, ...]
    query_calls: int
    http_requests: int
    http_seconds: float
    memory_articles: int


PRESETS = {
    "tiny": Sizes("tiny", (48,), 1, 48, (3_000,), 20, 20, 1.0, 4),
    "quick": Sizes("quick", (1_000,), 3, 320, (100_000,), 60, 200, 0.8, 40),
    "medium": Sizes("medium", (1_000, 10_000), 3, 2_000, (100_000, 1_000_000), 200, 1_000, 5.0, 1_000),
    "full": Sizes("full", (1_000, 10_000, 100_000), 3, 10_000, (100_000, 1_000_000), 300, 3_000, 10.0, 10_000),
}

ACTORS = ["Russia", "Ukraine", "Israel", "Hamas", "Sudan", "the Rapid Support Forces", "Armenia", "Azerbaijan",
          "the United States", "Qatar", "Egypt", "Turkey", "the United Nations", "NATO", "Iran", "Hezbollah"]
PLACES = ["Istanbul", "Doha", "Kharkiv", "Gaza", "Khartoum", "Geneva", "Cairo", "Donetsk", "El Fasher", "Beirut"]
WHEN = ["on Monday", "on Tuesday", "last week", "on March 3", "in February", "on June 2", "earlier this month"]
TEMPLATES = [
    "{a} shelled {p} {w}, killing {n} civilians, officials said.",
    "{a} and {b} agreed to a ceasefire in {p} {w}.",
    "Talks between {a} and {b} were held in {p} {w}.",
    "{a} released {n} prisoners of war, according to a statement from {b}.",
    "{a} accused {b} of a drone attack on {p} that wounded {n} people.",
    "Delegations from {a} and {b} met in {p} to discuss an exchange of prisoners.",
    "{a} said it would send humanitarian aid to {p} {w}.",
    "The foreign minister of {a} visited {p} {w} and called for negotiations with {b}.",
    "At least {n} people were killed in an air strike on {p}, {a} said.",
    "{a} imposed new sanctions on {b} {w}.",
]


def bench_dir() -> Path:
    """The checkout's ``bench/`` folder (passages and the HTTP script live there)."""
    if not (BENCH_DIR / "passages.jsonl").is_file():
        raise ParleyError(f"{BENCH_DIR} not found: `parley bench` runs from a source checkout of Parley")
    return BENCH_DIR


def passage_sentences(path: Path) -> list[str]:
    """The sentences of the dev passages, split at sentence-final punctuation."""
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    split = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
    return [s.strip() for text in texts for s in split.split(text) if len(s.split()) >= 4]


def synthetic_corpus(n_sentences: int, *, seed: int = 7) -> list[SourceDocument]:
    """Articles of eight sentences: dev-passage sentences mixed with filled templates."""
    rng = random.Random(seed)
    real = passage_sentences(bench_dir() / "passages.jsonl")
    sentences: list[str] = []
    for _ in range(n_sentences):
        if rng.random() < 0.4:
            sentences.append(rng.choice(real))
        else:
            a, b = rng.sample(ACTORS, 2)
            text = rng.choice(TEMPLATES).format(
                a=a, b=b, p=rng.choice(PLACES), w=rng.choice(WHEN), n=rng.choice([3, 12, 40, 250, 1200])
            )
            sentences.append(text[0].upper() + text[1:])
    start = date(2022, 1, 1)
    return [
        SourceDocument(
            id=f"bench-{i // SENTENCES_PER_ARTICLE:06d}",
            text=" ".join(sentences[i : i + SENTENCES_PER_ARTICLE]),
            published=start + timedelta(days=rng.randrange(4 * 365)),
        )
        for i in range(0, n_sentences, SENTENCES_PER_ARTICLE)
    ]


def words(docs: Iterable[SourceDocument]) -> int:
    return sum(len(d.text.split()) for d in docs)


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def drain(items: Iterable[object]) -> None:
    deque(items, maxlen=0)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 0.5), percentile([1.0, 2.0, 3.0, 4.0], 0.99)
    (2.0, 4.0)
    """
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(-(-q * len(ordered) // 1)) - 1))]


def latency(values_ms: Sequence[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(values_ms, 0.5), 3), "p99_ms": round(percentile(values_ms, 0.99), 3)}


def side_by_side(reps: int, runs: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Run each named measurement once per repetition, rotating the order; seconds each."""
    names = list(runs)
    times: dict[str, list[float]] = {n: [] for n in names}
    for rep in range(reps):
        for name in names[rep % len(names) :] + names[: rep % len(names)]:
            times[name].append(runs[name]())
    return times


def ratio(times: dict[str, list[float]], peer: str, ours: str) -> float:
    """Median over repetitions of ours' speed relative to the peer (peer time / our time)."""
    return round(statistics.median(p / o for p, o in zip(times[peer], times[ours], strict=True)), 3)


def resolve_settings(progress: Progress) -> Settings:
    """The default configuration (from the environment); without linking if it cannot load."""
    settings = Settings()
    if settings.link:
        from graph_builder.pipeline import load_linker

        try:
            load_linker(settings)
        except (ImportError, ParleyError, OSError) as exc:
            progress(f"linking unavailable ({exc!r}); measuring with PARLEY_LINK=0")
            settings = settings.model_copy(update={"link": False})
    return settings


def bench_extraction(settings: Settings, sizes: Sizes, progress: Progress) -> dict[str, Any]:
    from graph_builder.pipeline import Builder

    builder = Builder(settings)
    drain(builder.build(synthetic_corpus(16, seed=1)))  # warm-up: lazy loads, caches
    rows = []
    for n in sizes.sentences:
        docs = synthetic_corpus(n)
        progress(f"extraction: {n} sentences, {len(docs)} articles")
        rows.append({"sentences": n, **extraction_vs_spacy(builder, docs, sizes.reps)})
    return {"sizes": rows, "reps": sizes.reps}


def extraction_vs_spacy(builder: Any, docs: list[SourceDocument], reps: int) -> dict[str, Any]:
    """Builder.build (parse, extract, link, map; no store) against ``nlp.pipe`` on the same texts."""
    texts = [d.text for d in docs]
    times = side_by_side(reps, {
        "spacy": lambda: timed(lambda: drain(builder.nlp.pipe(texts, batch_size=builder.settings.batch_size))),
        "parley": lambda: timed(lambda: drain(builder.build(docs))),
    })
    count = words(docs)
    return {
        "articles": len(docs), "words": count,
        "spacy_words_per_s": round(count / statistics.median(times["spacy"])),
        "parley_words_per_s": round(count / statistics.median(times["parley"])),
        "ratio_vs_spacy": ratio(times, "spacy", "parley"),
    }


def bench_parallel(settings: Settings, sizes: Sizes, progress: Progress) -> dict[str, Any]:
    from graph_builder.parallel import ParallelBuilder

    docs = synthetic_corpus(sizes.parallel_sentences)
    progress(f"parallel: {len(docs)} articles, 1 vs 2 worker processes")
    chunk = max(1, min(16, len(docs) // 8))  # enough chunks for both workers to stay busy
    with (
        ParallelBuilder(settings, workers=1, chunk_size=chunk) as one,
        ParallelBuilder(settings, workers=2, chunk_size=chunk) as two,
    ):
        times = side_by_side(sizes.reps, {
            "workers_1": lambda: timed(lambda: drain(one.build(docs))),
            "workers_2": lambda: timed(lambda: drain(two.build(docs))),
        })
    count = words(docs)
    return {
        "articles": len(docs), "words": count, "reps": sizes.reps, "cpus": os.cpu_count(), "chunk_size": chunk,
        "workers_1_words_per_s": round(count / statistics.median(times["workers_1"])),
        "workers_2_words_per_s": round(count / statistics.median(times["workers_2"])),
        "speedup_2_vs_1": ratio(times, "workers_1", "workers_2"),
    }


def base_documents(settings: Settings, n_articles: int) -> list[tuple[str, list[Any], list[Any]]]:
    """Real build output of a small synthetic corpus: the seed the store data grows from."""
    from graph_builder.pipeline import Builder

    builder = Builder(settings)
    return [(s.id, m.doc_quads, m.entity_quads) for s, _, m in builder.build(synthetic_corpus(n_articles * 8, seed=3))]


def write_nquads(base: Sequence[tuple[str, list[Any], list[Any]]], n_triples: int, path: Path) -> int:
    """Copies of the base documents under new ids (actors stay shared) up to ``n_triples``."""
    from graph_builder.store import to_ox

    def nq(quads: Iterable[Any]) -> str:
        data = ox.serialize([ox.Quad(*map(to_ox, q)) for q in quads], format=ox.RdfFormat.N_QUADS)  # type: ignore[arg-type]
        return (data or b"").decode()

    entity_lines = sorted({line for _, _, e in base for line in nq(e).splitlines()})
    docs = [(doc_id, nq(quads)) for doc_id, quads, _ in base]
    written = len(entity_lines)
    with path.open("w", encoding="utf-8") as out:
        out.write("\n".join(entity_lines) + "\n")
        replica = 0
        while written < n_triples:
            for doc_id, text in docs:
                if written >= n_triples:
                    break
                chunk = text.replace(doc_id, f"{doc_id}-r{replica}")
                out.write(chunk)
                written += chunk.count("\n")
            replica += 1
    return written


def _documents_of(path: Path) -> list[tuple[str, list[Any], list[Any]]]:
    """N-Quads → (doc id, doc quads, entity quads) per document graph, as rdflib terms."""
    from graph_builder.namespaces import DOC_GRAPH_PREFIX
    from graph_builder.store import _from_ox

    by_graph: dict[str, list[Any]] = {}
    for q in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
        by_graph.setdefault(str(q.graph_name.value), []).append(tuple(_from_ox(t) for t in q))  # type: ignore[union-attr]
    entities = [q for g, qs in by_graph.items() if not g.startswith(DOC_GRAPH_PREFIX) for q in qs]
    docs: list[tuple[str, list[Any], list[Any]]] = [
        (g[len(DOC_GRAPH_PREFIX) :], qs, []) for g, qs in by_graph.items() if g.startswith(DOC_GRAPH_PREFIX)
    ]
    docs[0] = (docs[0][0], docs[0][1], entities)
    return docs


def bench_store(base: Sequence[Any], sizes: Sizes, work: Path, progress: Progress) -> dict[str, Any]:
    rows = []
    for n in sizes.triples:
        path = work / f"data-{n}.nq"
        count = write_nquads(base, n, path)
        progress(f"store: {count} triples")
        rows.append(store_loads(path, count, sizes.reps, work / f"loads-{n}"))
    return {"sizes": rows, "reps": sizes.reps}


def store_loads(path: Path, count: int, reps: int, work: Path) -> dict[str, Any]:
    """One N-Quads file into fresh stores: raw pyoxigraph, Parley's two paths, rdflib in memory."""
    from rdflib import Dataset

    from graph_builder.bulk import load_rdf
    from graph_builder.store import GraphStore

    documents = _documents_of(path)
    fresh = (work / str(i) for i in itertools.count())

    def measure(load: Callable[[], None]) -> float:
        work.mkdir(parents=True, exist_ok=True)
        seconds = timed(load)
        shutil.rmtree(work)  # a million triples per store: keep one on disk at a time
        return seconds

    def raw() -> None:
        store = ox.Store(str(next(fresh)))
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        store.flush()

    def bulk() -> None:
        with GraphStore(next(fresh)) as store:
            load_rdf(store, path)

    def replace() -> None:
        with GraphStore(next(fresh)) as store:
            for doc_id, doc_quads, entity_quads in documents:
                store.replace_document(doc_id, doc_quads, entity_quads)

    # The bulk pair is the same operation behind two doors: three times the repetitions,
    # so the machine's noise shows as spread around 1 rather than as a verdict.
    times = side_by_side(3 * reps, {"pyoxigraph_bulk_load": lambda: measure(raw), "parley_bulk": lambda: measure(bulk)})
    slow = side_by_side(reps, {
        "pyoxigraph_bulk_load": lambda: measure(raw),
        "parley_replace_document": lambda: measure(replace),
        "rdflib_memory": lambda: timed(lambda: Dataset().parse(str(path), format="nquads")),
    })
    row: dict[str, Any] = {"triples": count, "documents": len(documents)}
    row.update({f"{k}_triples_per_s": round(count / statistics.median(v)) for k, v in {**slow, **times}.items()})
    row["bulk_ratio_vs_pyoxigraph"] = ratio(times, "pyoxigraph_bulk_load", "parley_bulk")
    row["bulk_ratio_spread"] = [round(p / o, 3) for p, o in zip(times["pyoxigraph_bulk_load"], times["parley_bulk"],
                                                                strict=True)]
    row["replace_ratio_vs_pyoxigraph"] = ratio(slow, "pyoxigraph_bulk_load", "parley_replace_document")
    row["replace_ratio_vs_rdflib"] = ratio(slow, "rdflib_memory", "parley_replace_document")
    # Parley's bulk path against rdflib: medians of separate runs (not paired repetitions).
    rdflib_s, bulk_s = statistics.median(slow["rdflib_memory"]), statistics.median(times["parley_bulk"])
    row["bulk_ratio_vs_rdflib"] = round(rdflib_s / bulk_s, 3)
    return row


def pick_centers(store: Any, k: int, seed: int = 11) -> dict[str, list[str]]:
    """Half actors (any actor in a role), half events, sampled reproducibly."""
    from graph_builder.namespaces import PA

    rng = random.Random(seed)
    actors = sorted({str(r["a"]) for r in store.select(f"SELECT DISTINCT ?a WHERE {{ ?e <{PA.participant}> ?a }}")})
    events = sorted({str(r["e"]) for r in store.select(f"SELECT ?e WHERE {{ ?e <{PA.modality}> ?m }}", limit=5000)})
    return {"actor": rng.sample(actors, min(k, len(actors))), "event": rng.sample(events, min(k, len(events)))}


AGGREGATE = """SELECT ?type (COUNT(?e) AS ?events) WHERE {
  ?e <https://w3id.org/parley/ontology#modality> ?m ; a ?type } GROUP BY ?type ORDER BY DESC(?events)"""
DATE_RANGE = """PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
SELECT ?doc ?day WHERE { ?doc <http://purl.org/dc/terms/issued> ?day
  FILTER(?day >= "2023-01-01"^^xsd:date && ?day < "2023-04-01"^^xsd:date) }"""


def timed_calls(work: Callable[[int], object], n: int) -> dict[str, float]:
    """p50 and p99 of ``n`` calls ``work(0)`` … ``work(n - 1)``, after one warm-up call."""
    work(0)
    return latency([timed(functools.partial(work, i)) * 1000 for i in range(n)])


def bench_queries(store_dir: Path, sizes: Sizes, progress: Progress) -> dict[str, Any]:
    from rdflib import URIRef

    from graph_builder.neighbourhood import neighbourhood
    from graph_builder.store import GraphStore

    with GraphStore(store_dir) as store:
        triples = len(store)
        progress(f"queries: {triples} triples, {sizes.query_calls} calls each")
        centers = pick_centers(store, sizes.query_calls // 2)
        kinds = {
            "one_hop": [c for pair in zip(centers["actor"], centers["event"], strict=False) for c in pair],
            "one_hop_actor": centers["actor"],
            "one_hop_event": centers["event"],
        }

        def hood(nodes: list[str], hops: int) -> Callable[[int], object]:
            return lambda i: neighbourhood(store, URIRef(nodes[i % len(nodes)]), hops=hops)

        result: dict[str, Any] = {"triples": triples, "centers": centers}
        for kind, nodes in kinds.items():
            result[kind] = timed_calls(hood(nodes, 1), len(nodes))
        result["two_hop_event"] = timed_calls(hood(centers["event"], 2), max(5, sizes.query_calls // 4))
        few = max(3, sizes.query_calls // 20)
        result["aggregate"] = timed_calls(lambda _: store.select(AGGREGATE), few)
        result["date_range"] = timed_calls(lambda _: store.select(DATE_RANGE), few)
    return result


# Runs a module or script and writes its own VmHWM (peak RSS, kB) to a file at exit.
# wait4's ru_maxrss would not do: Linux carries the parent's high-water mark over the
# fork into the child, so every child would look at least as large as this process.
PEAK_WRAPPER = """import runpy, sys
out, target = sys.argv.pop(1), sys.argv.pop(1)
sys.argv[0] = target
try:
    runpy.run_path(target, run_name="__main__") if target.endswith(".py") else runpy.run_module(
        target, run_name="__main__", alter_sys=True)
finally:
    hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM"))
    open(out, "w").write(hwm.split()[1])
"""
SPACY_PIPE = """import json, sys, spacy
nlp = spacy.load(sys.argv[1])
for _ in nlp.pipe(json.loads(line)["text"] for line in open(sys.argv[2])):
    pass
"""


def peak_rss_mb(target: str, args: list[str], env: dict[str, str], work: Path) -> tuple[float, float]:
    """Run a module or script; its peak resident memory (MB) and wall time (s)."""
    out = work / "peak-kb.txt"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK_WRAPPER, str(out), target, *args], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    if done.returncode != 0:
        raise ParleyError(f"{target} exited with {done.returncode}: {done.stderr[-2000:]}")
    return round(int(out.read_text()) / 1024, 1), time.perf_counter() - start


def bench_memory(settings: Settings, sizes: Sizes, work: Path, progress: Progress) -> dict[str, Any]:
    docs = synthetic_corpus(sizes.memory_articles * SENTENCES_PER_ARTICLE, seed=5)
    corpus, script = work / "memory.jsonl", work / "spacy_pipe.py"
    corpus.write_text("".join(json.dumps({"id": d.id, "text": d.text, "published": str(d.published)}) + "\n"
                              for d in docs), encoding="utf-8")
    script.write_text(SPACY_PIPE, encoding="utf-8")
    progress(f"memory: peak RSS of `parley build` over {len(docs)} articles")
    env = {**os.environ, "PARLEY_LINK": "1" if settings.link else "0"}
    build_args = ["build", str(corpus), "--store", str(work / "mem-store")]
    build_mb, build_s = peak_rss_mb("graph_builder.cli", build_args, env, work)
    spacy_mb, spacy_s = peak_rss_mb(str(script), [settings.spacy_model, str(corpus)], env, work)
    return {"articles": len(docs), "build_peak_rss_mb": build_mb, "spacy_pipe_peak_rss_mb": spacy_mb,
            "build_wall_s": round(build_s, 1), "spacy_pipe_wall_s": round(spacy_s, 1)}


def bench_http(nq: Path, store_dir: Path, centers: dict[str, list[str]], sizes: Sizes, work: Path,
               progress: Progress) -> dict[str, Any]:
    progress(f"http: three servers over {nq.name}, {sizes.http_requests} requests or {sizes.http_seconds} s per run")
    spec = work / "centers.json"
    per_kind = max(2, min(HTTP_CENTERS, sizes.query_calls // 8))
    spec.write_text(json.dumps({kind: nodes[:per_kind] for kind, nodes in centers.items()}), encoding="utf-8")
    command = [sys.executable, str(bench_dir() / "http_bench.py"), "--nq", str(nq), "--parley-store", str(store_dir),
               "--centers", str(spec), "--requests", str(sizes.http_requests), "--seconds", str(sizes.http_seconds),
               "--reps", str(sizes.reps), "--workdir", str(work)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ParleyError(f"bench/http_bench.py failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def machine() -> dict[str, Any]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "unknown")
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    return {"nproc": os.cpu_count(), "memory_gb": round(mem_kb / 2**20, 1), "cpu": cpu,
            "python": sys.version.split()[0], "load_average_at_start": os.getloadavg()[0]}


def load_serve_data(base: Sequence[Any], n_triples: int, work: Path) -> tuple[Path, Path]:
    """The N-Quads file and the Parley store that the query and HTTP measures read."""
    from graph_builder.bulk import load_rdf
    from graph_builder.store import GraphStore

    nq, store_dir = work / "serve.nq", work / "serve-store"
    write_nquads(base, n_triples, nq)
    with GraphStore(store_dir) as store:
        load_rdf(store, nq)
    return nq, store_dir


def run_benchmarks(sizes: Sizes, *, only: Sequence[str] = MEASURES, workdir: Path | None = None,
                   progress: Progress = lambda _: None) -> dict[str, Any]:
    """Run the selected measures and return one JSON-ready object with the headline ratios."""
    unknown = set(only) - set(MEASURES)
    if unknown:
        raise ParleyError(f"unknown measure(s) {sorted(unknown)}: choose from {', '.join(MEASURES)}")
    bench_dir()
    settings = resolve_settings(progress)
    out: dict[str, Any] = {"preset": asdict(sizes), "machine": machine(),
                           "config": {"link": settings.link, "spacy_model": settings.spacy_model}}
    with tempfile.TemporaryDirectory(prefix="parley-bench-", dir=workdir) as tmp:
        work = Path(tmp)
        if "extraction" in only:
            out["extraction"] = bench_extraction(settings, sizes, progress)
        if "parallel" in only:
            out["parallel"] = bench_parallel(settings, sizes, progress)
        if {"store", "queries", "http"} & set(only):
            base = base_documents(settings, 100 if sizes.name != "tiny" else 10)
            if "store" in only:
                out["store"] = bench_store(base, sizes, work, progress)
        if {"queries", "http"} & set(only):
            nq, store_dir = load_serve_data(base, sizes.triples[-1], work)
            out["queries"] = bench_queries(store_dir, sizes, progress)
            if "http" in only:
                out["http"] = bench_http(nq, store_dir, out["queries"]["centers"], sizes, work, progress)
        if "memory" in only:
            out["memory"] = bench_memory(settings, sizes, work, progress)
    out["machine"]["load_average_at_end"] = os.getloadavg()[0]  # other users of the cores: noise
    out.update(headline(out))
    return out


def headline(out: dict[str, Any]) -> dict[str, float | None]:
    """The figures the issue asks for, taken at the largest size measured."""
    def pick(*path: str) -> Any:
        node: Any = out
        for key in path:
            node = node[key] if isinstance(node, dict) and key in node else None
        return node

    http = out.get("http", {}).get("ratios", {})
    return {
        "extraction_ratio_vs_spacy": pick("extraction", "sizes") and out["extraction"]["sizes"][-1]["ratio_vs_spacy"],
        "parallel_speedup_2_vs_1": pick("parallel", "speedup_2_vs_1"),
        "load_ratio_vs_pyoxigraph": pick("store", "sizes") and out["store"]["sizes"][-1]["bulk_ratio_vs_pyoxigraph"],
        "one_hop_p50_ms": pick("queries", "one_hop", "p50_ms"),
        "http_ratio_vs_rdflib_endpoint": http.get("rdflib_endpoint"),
        "http_ratio_vs_oxigraph": http.get("oxigraph"),
    }


def format_summary(out: dict[str, Any]) -> str:
    """The headline figures as aligned lines, then where to find the rest."""
    keys = [k for k in out if k.endswith(("_ratio_vs_spacy", "_vs_pyoxigraph", "_p50_ms", "_vs_1"))
            or k.startswith("http_ratio")]
    lines = [f"{k:<32} {out[k]}" for k in keys]
    return "\n".join([f"preset {out['preset']['name']} on {out['machine']}", *lines, "(--json for every figure)"])
