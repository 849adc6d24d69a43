"""``parley``: thin commands over the library; every ParleyError becomes a clean exit."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import wraps
from pathlib import Path
from typing import Annotated, ParamSpec, TypeVar

import typer
from pydantic import ValidationError

from graph_builder.config import Settings
from graph_builder.errors import ParleyError

app = typer.Typer(help="Parley: build a knowledge graph of conflict and diplomacy news.", no_args_is_help=True)

P = ParamSpec("P")
R = TypeVar("R")
StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Store directory, or the http(s):// URL of a SPARQL server (default: $PARLEY_STORE or ./var/store).",
    ),
]


def clean_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Report library errors as one line on stderr and exit 1, without a traceback."""

    @wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except ParleyError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from exc
        except ValidationError as exc:  # a bad PARLEY_* setting
            for problem in exc.errors():
                name = "PARLEY_" + str(problem["loc"][0]).upper() if problem["loc"] else "setting"
                typer.echo(f"error: invalid setting {name}: {problem['msg']}", err=True)
            raise typer.Exit(1) from exc

    return wrapper


def _settings(store: str | None = None) -> Settings:
    """The settings, with ``--store`` validated like ``PARLEY_STORE``."""
    return Settings(store=store) if store is not None else Settings()


@app.command()
@clean_errors
def build(
    paths: Annotated[list[Path], typer.Argument(help=".txt or .jsonl files, or directories of them.")],
    store: StoreOption = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD for .txt files without metadata.")
    ] = None,
    output: Annotated[
        Path | None, typer.Option(help="Also write the built documents to FILE (.trig, .nq, .ttl, .jsonld).")
    ] = None,
    force: Annotated[bool, typer.Option(help="Rebuild documents even if unchanged.")] = False,
    workers: Annotated[
        int, typer.Option(min=1, help="Processes that parse documents (each loads its own spaCy pipeline).")
    ] = 1,
) -> None:
    """Extract events and relations from articles into the store."""
    from graph_builder.ingest import parse_date, read_documents
    from graph_builder.parallel import ParallelBuilder, parallel_build_into_store
    from graph_builder.pipeline import Builder, build_into_store, export_documents
    from graph_builder.store import GraphStore, rdf_format_for

    settings = _settings(store)
    if output is not None:
        rdf_format_for(output)  # fail before the long part
    day: date | None = parse_date(published, field="--published")
    docs = read_documents(paths, published=day, max_chars=settings.max_document_chars)
    with GraphStore(settings.store) as graph_store:
        if workers == 1:
            report = build_into_store(docs, graph_store, Builder(settings), force=force, on_document=_progress)
        else:
            with ParallelBuilder(settings, workers=workers) as pool:
                report = parallel_build_into_store(docs, graph_store, pool, force=force, on_document=_progress)
        if output is not None:
            export_documents(graph_store, report.built + report.unchanged, output)
    typer.echo(
        f"built {len(report.built)}, unchanged {len(report.unchanged)}, failed {len(report.problems)} "
        f"document(s): {report.events} events, {report.relations} relations → {settings.store}"
    )
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for problem in report.problems:
        typer.echo(f"error: {problem.source}: {problem.reason}", err=True)
    if not report.ok:
        raise typer.Exit(2)


def _progress(doc_id: str, status: str) -> None:
    typer.echo(f"  {status:<9} {doc_id}", err=True)


@app.command()
@clean_errors
def serve(
    store: StoreOption = None,
    host: Annotated[str | None, typer.Option(help="Bind address (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
) -> None:
    """Serve the SPARQL endpoint and graph API with uvicorn."""
    from api.app import run_server

    settings = _settings(store)
    updates = {k: v for k, v in (("host", host), ("port", port)) if v is not None}
    run_server(settings.model_copy(update=updates))


@app.command()
@clean_errors
def export(
    output: Annotated[
        Path, typer.Argument(help="File to write: .trig, .nq, .ttl, .nt, .jsonld, .graphml, .gexf or .cyjs.")
    ],
    store: StoreOption = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="graphml, gexf, cytoscape (actors and events as nodes, roles as edges, for Gephi and "
            "Cytoscape), or nquads, trig, turtle, ntriples, jsonld (the RDF). Default: from the extension.",
        ),
    ] = None,
) -> None:
    """Write the whole store to a file, as RDF or as a graph for Gephi and Cytoscape."""
    from graph_builder.projection import export as export_store
    from graph_builder.projection import export_format
    from graph_builder.store import GraphStore

    settings = _settings(store)
    chosen = export_format(output, fmt)  # fail on a bad name before opening the store
    # Read-only: exporting never writes, so it can run beside `parley serve`; a read-only
    # store has nothing to flush, hence no `with … close()`.
    export_store(GraphStore(settings.store, read_only=True), output, chosen)
    typer.echo(f"wrote {output} ({chosen})")


@app.command()
@clean_errors
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL SELECT query, or @FILE to read it from a file.")],
    store: StoreOption = None,
    limit: Annotated[int, typer.Option(help="Most rows to print.")] = 100,
) -> None:
    """Run a SPARQL SELECT against the store and print the rows as JSON lines."""
    from graph_builder.store import GraphStore

    text = Path(sparql[1:]).read_text(encoding="utf-8") if sparql.startswith("@") else sparql
    settings = _settings(store)
    with GraphStore(settings.store) as graph_store:
        for row in graph_store.select(text, limit=limit, timeout=settings.query_timeout):
            typer.echo(json.dumps({k: str(v) for k, v in row.items()}, ensure_ascii=False))


@app.command()
@clean_errors
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold passages (gold-format JSON lines), a RAMS / WikiEvents / GENEVA file, "
            "or a directory holding those three (shared/eval/external)."
        ),
    ],
    half: Annotated[
        str,
        typer.Option(
            help="The tuning half (tune), the sealed half, both, or all documents; on gold passages, "
            "tune or sealed keeps that half of the passages (split by id) and both means all."
        ),
    ] = "both",
    corpus: Annotated[
        str | None, typer.Option(help="Corpora only: rams, wikievents or geneva (default: detected).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List the misses per passage (per document on corpora).")
    ] = False,
) -> None:
    """Score extraction against gold annotations: event, argument, relation F1 and linking on gold
    passages; per-class trigger P/R/F1, argument recall by role and class confusion on corpora."""
    from graph_builder.evaluation import format_report
    from graph_builder.evaluation.corpus_score import format_corpus_report
    from graph_builder.evaluation.runner import evaluate_corpus_file, evaluate_file, is_corpus_input

    if is_corpus_input(gold):
        halves = {"both": ("tune", "sealed"), "tune": ("tune",), "sealed": ("sealed",), "all": ("all",)}.get(half)
        if halves is None:
            raise ParleyError(f"unknown half {half!r}: choose tune, sealed, both or all")
        reports = evaluate_corpus_file(gold, Settings(), halves=halves, corpus=corpus)
        if as_json:
            typer.echo(json.dumps([r.to_dict(with_misses=verbose) for r in reports], indent=2))
        else:
            typer.echo("\n\n".join(format_corpus_report(r, verbose=verbose) for r in reports))
        return
    if half not in ("both", "all", "tune", "sealed"):
        raise ParleyError(f"unknown half {half!r}: choose tune, sealed, both or all")
    report = evaluate_file(gold, Settings(), half=half if half in ("tune", "sealed") else None)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        typer.echo(format_report(report, verbose=verbose))


@app.command()
@clean_errors
def bench(
    quick: Annotated[bool, typer.Option("--quick", help="Smallest sizes only (under 2 minutes).")] = False,
    size: Annotated[
        str | None, typer.Option(help="Preset: tiny (tests), quick, medium or full (the default without --quick).")
    ] = None,
    only: Annotated[
        list[str] | None,
        typer.Option(help="Run only this measure (extraction, parallel, store, queries, http, memory); repeatable."),
    ] = None,
    workdir: Annotated[Path | None, typer.Option(help="Where temporary stores go (default: the system's).")] = None,
    reps: Annotated[int | None, typer.Option(min=1, help="Repetitions per measure (default: the preset's).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object with every figure.")] = False,
) -> None:
    """Measure Parley against raw spaCy, pyoxigraph, rdflib, the Oxigraph server and rdflib-endpoint."""
    from dataclasses import replace

    from graph_builder.benchmark import MEASURES, PRESETS, format_summary, run_benchmarks

    name = size or ("quick" if quick else "full")
    if name not in PRESETS:
        raise ParleyError(f"unknown size {name!r}: choose from {', '.join(PRESETS)}")
    sizes = PRESETS[name] if reps is None else replace(PRESETS[name], reps=reps)
    result = run_benchmarks(sizes, only=only or MEASURES, workdir=workdir, progress=_bench_progress)
    typer.echo(json.dumps(result, indent=2) if as_json else format_summary(result))


def _bench_progress(message: str) -> None:
    typer.echo(f"  bench: {message}", err=True)


kb_app = typer.Typer(help="The offline Wikidata knowledge base the linker reads.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")


@kb_app.command("import")
@clean_errors
def kb_import(
    dump: Annotated[Path, typer.Argument(help="Wikidata dump: .json, .json.gz or .json.bz2 (latest-all framing).")],
    target: Annotated[
        Path | None, typer.Option(help="Knowledge-base directory or .jsonl file (default: data/wikidata).")
    ] = None,
    instance_of: Annotated[
        list[str] | None, typer.Option("--class", help="Keep items whose P31 is this QID; repeatable.")
    ] = None,
    qid: Annotated[list[str] | None, typer.Option("--qid", help="Keep this item; repeatable.")] = None,
    qid_file: Annotated[Path | None, typer.Option(help="File with one QID per line to keep.")] = None,
    quiet: Annotated[bool, typer.Option(help="No progress output.")] = False,
) -> None:
    """Stream a Wikidata dump into the knowledge base, keeping items by class or QID."""
    from graph_builder.link import default_kb_dir, import_dump

    wanted = list(qid or [])
    if qid_file is not None:
        wanted += [line.strip() for line in qid_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    destination = target or Settings().kb_dir or default_kb_dir()
    stats = import_dump(dump, destination, classes=instance_of or (), qids=wanted, progress=not quiet)
    typer.echo(
        f"read {stats.read:,} items, kept {stats.kept:,}, skipped {stats.filtered_out:,}, "
        f"malformed {stats.malformed:,}; {stats.total_in_target:,} items in {stats.target}"
    )


@kb_app.command("link")
@clean_errors
def kb_link(
    names: Annotated[list[str], typer.Argument(help="Names as they appear in text, e.g. 'the Houthis' 'Kyiv'.")],
    mention_class: Annotated[
        str | None,
        typer.Option("--class", help="spaCy label (GPE, ORG, PERSON, NORP, LOC, FAC) or contract class; default any."),
    ] = None,
    context: Annotated[
        list[str] | None, typer.Option(help="QID already linked in the document (breaks ties); repeatable.")
    ] = None,
    online: Annotated[
        bool, typer.Option(help="Also ask the Wikidata API, as PARLEY_WIKIDATA_ONLINE=1 builds do (learns items).")
    ] = False,
) -> None:
    """Show what each name links to, or why it stays unlinked (NIL).

    This is the linker's answer for a name. In a build, a capital or demonym acting as a
    party ("Moscow said", "Russian forces") stands for its state, and "the X region" is
    looked up as a region first.
    """
    from graph_builder.entities import clean_surface
    from graph_builder.pipeline import wikidata_linker

    linker, _ = wikidata_linker(Settings().model_copy(update={"wikidata_online": online}))
    for name in names:
        surface = clean_surface(name)
        found = linker.link(surface, mention_class, context or ())
        if found is not None:
            how = f"{found.contract_class}; {found.method}, {found.score:.0f}"
            typer.echo(f"{name} → {found.qid} {found.label} ({how})")
            continue
        same_name = linker.named(surface)
        why = "; ".join(f"{e.qid} {e.label} ({e.contract_class})" for e in same_name) or "no entity has this name"
        typer.echo(f"{name} → NIL ({'ambiguous or wrong class: ' if same_name else ''}{why})")


spark_app = typer.Typer(help="Build on Spark and load its output into a store.", no_args_is_help=True)
app.add_typer(spark_app, name="spark")


@spark_app.command("build")
@clean_errors
def spark_build(
    input_path: Annotated[
        str, typer.Argument(metavar="INPUT", help="JSON lines: a file, directory or glob that Spark reads.")
    ],
    output_dir: Annotated[str, typer.Argument(help="New directory for the quads/ and manifest/ part files.")],
    master: Annotated[str, typer.Option(help="Spark master.")] = "local[2]",
    partitions: Annotated[int | None, typer.Option(min=1, help="Minimum input partitions.")] = None,
) -> None:
    """Extract events and relations on Spark (mapPartitions, one pipeline per executor)."""
    from graph_builder.spark import spark_build as run

    report = run(input_path, output_dir, Settings(), master=master, partitions=partitions)
    typer.echo(f"built {report.built}, failed {report.failed} document(s) → {report.output}")
    if report.failed:
        raise typer.Exit(2)


@spark_app.command("load")
@clean_errors
def spark_load(
    output_dir: Annotated[Path, typer.Argument(help="The output directory of `parley spark build`.")],
    store: StoreOption = None,
) -> None:
    """Load a Spark build's output into the store with the store's own bulk loader."""
    from graph_builder.bulk import load_build_output
    from graph_builder.store import GraphStore

    settings = _settings(store)
    with GraphStore(settings.store) as graph_store:
        loaded, failed = load_build_output(graph_store, output_dir)
    typer.echo(f"loaded {loaded} document(s) ({failed} had failed in the build) → {settings.store}")


def main() -> None:
    """Entry point of the ``parley`` console script."""
    app(prog_name="parley")


if __name__ == "__main__":
    main()
