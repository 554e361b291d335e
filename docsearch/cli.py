"""The `docsearch` command: parses options, calls the API, renders the result."""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
from dataclasses import asdict
from pathlib import Path

import click

from .errors import DocsearchError, IndexNotFound
from .render import (
    print_answer,
    print_documents,
    print_hits,
    print_paragraph_context,
    print_paragraphs,
    print_report,
)

log = logging.getLogger("docsearch")

INDEX_ENV = "DOCSEARCH_INDEX"
CHECKOUT = Path(__file__).resolve().parent.parent


def default_index() -> Path:
    """$DOCSEARCH_INDEX, else indexes/default here, else in the checkout docsearch runs from."""
    if os.environ.get(INDEX_ENV):
        return Path(os.environ[INDEX_ENV])
    here = Path("indexes/default")
    if here.parent.exists() or Path("corpora").exists() or not (CHECKOUT / "corpora").exists():
        return here
    return CHECKOUT / "indexes" / "default"


def default_corpus() -> Path:
    return Path("corpora") if Path("corpora").exists() else CHECKOUT / "corpora"


def progress_bar(stage: str, total: int):
    from tqdm import tqdm

    return tqdm(total=total, desc=f"{stage:<9}", unit="item", file=sys.stderr, leave=False,
                disable=os.environ.get("DOCSEARCH_PROGRESS") == "0")


def emit_json(value: object) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def handle_errors(func):
    """DocsearchError -> one line and exit 1; any other failure -> one line (traceback with -v)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except DocsearchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit, KeyboardInterrupt):
            raise
        except BrokenPipeError:  # output piped into `head` and the like: stop quietly, as `cat` does
            sys.stderr.close()  # nothing more can be said, and Python's own flush would complain
            os._exit(141)  # 128 + SIGPIPE, the shell's status for a command whose reader went away
        except Exception as exc:
            log.debug("unexpected error", exc_info=True)
            click.echo(f"error: unexpected {type(exc).__name__}: {exc} (run with -v for details)", err=True)
            sys.exit(1)

    return wrapper


def index_option(func):
    return click.option("--index", "index_dir", type=click.Path(path_type=Path), default=None,
                        help=f"Index folder (default: ${INDEX_ENV} or indexes/default).")(func)


def json_option(func):
    return click.option("--json", "as_json", is_flag=True, help="Machine-readable JSON on stdout.")(func)


def indexes_option(func):
    return click.option("--index", "index_dirs", type=click.Path(path_type=Path), multiple=True,
                        help=f"Index folder; repeat to search several as one (default: ${INDEX_ENV} "
                             "or indexes/default).")(func)


def open_many_or_build(index_dirs: tuple[Path, ...]):
    """One index (built on first use if it is the default), or several searched as one."""
    if len(index_dirs) <= 1:
        return open_or_build(index_dirs[0] if index_dirs else None)
    from .multi import open_indexes

    return open_indexes(index_dirs)


def open_or_build(index_dir: Path | None):
    """Open the index; the default index is built from corpora/ on first use."""
    from . import build_index, open_index

    folder = index_dir or default_index()
    try:
        return open_index(folder)
    except IndexNotFound:
        if index_dir is not None or not default_corpus().exists():
            raise
    click.echo(f"No index at {folder} yet: building it from {default_corpus()} (once).", err=True)
    index, report = build_index([default_corpus()], folder, progress=progress_bar)
    print_report(report, err=True)
    return index


def filter_options(func):
    options = [
        click.option("--document", help="Only this document (id, or words of its title or path)."),
        click.option("--body", help="Only papers of this body or committee (words of its name)."),
        click.option("--from", "date_from", help="Meetings on or after this date (2017-01-04 or 2017-01)."),
        click.option("--to", "date_to", help="Meetings on or before this date."),
        click.option("--entity", help="Only paragraphs naming this entity, e.g. SITE:Lutterworth or ORG:UHL."),
        click.option("--min-amount", help="Only paragraphs with a sum of at least this, e.g. 1m or 250k."),
        click.option("--kind", type=click.Choice(["table", "table_row", "paragraph", "list_item"]),
                     help="Only this kind of passage (table = table rows)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(document, body, date_from, date_to, entity, min_amount, kind) -> dict[str, object]:
    return dict(document=document, body=body, date_from=date_from, date_to=date_to, entity=entity,
                min_amount=min_amount, kind=kind)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="More detail on stderr (-vv for debug).")
@click.version_option(package_name="docsearch")
def main(verbose: int) -> None:
    """Search council and NHS papers; every answer cited by document, meeting date, page and paragraph."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if verbose < 2:
        for noisy in ("sentence_transformers", "transformers", "filelock", "httpx"):
            logging.getLogger(noisy).setLevel(logging.ERROR)


@main.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@index_option
@click.option("--rebuild", is_flag=True, help="Build a fresh index beside the old one and swap it in.")
@click.option("--password", help="Password for encrypted PDFs.")
@click.option("--ray", "use_ray", is_flag=True, help="Read, tag and embed on a Ray cluster (needs the `ray` extra).")
@click.option("--ray-address", help="Address of a running Ray cluster (default: start a local one).")
@click.option("--encoder", type=click.Choice(["fp32", "int8"]),
              help="How a new index's model runs: fp32 (default) or int8 (about 1.4x faster to build; a "
                   "text's vector then depends slightly on its batch). An existing index keeps its own unless --rebuild.")
@json_option
@handle_errors
def index_command(paths, index_dir, rebuild, password, use_ray, ray_address, encoder, as_json):
    """Index PATHS (files or folders); only new or changed files are read, gone ones are dropped."""
    from . import build_index

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.BadParameter(f"no such file or folder: {', '.join(missing)}", param_hint="PATHS")
    folder = index_dir or default_index()
    processor = None
    if use_ray or ray_address:
        from .distributed import ray_processor

        processor = ray_processor(ray_address)
    index, report = build_index(paths, folder, rebuild=rebuild, password=password, progress=progress_bar,
                                processor=processor, encoder=encoder)
    if as_json:
        emit_json({"index": str(folder), **report.counts(), "failed_files": report.failed,
                   "warnings": report.warnings, "notices": report.notices})
    else:
        print_report(report)
    index.close()


@main.command("search")
@click.argument("query")
@indexes_option
@click.option("-k", "--k", "k", default=10, show_default=True, type=click.IntRange(1, 1000))
@filter_options
@json_option
@handle_errors
def search_command(query, index_dirs, k, as_json, **filters):
    """The best cited passages for QUERY."""
    index = open_many_or_build(index_dirs)
    hits = index.search(query, k=k, **_filters(**filters))
    if as_json:
        emit_json({"query": query, "hits": [asdict(h) for h in hits]})
    else:
        print_hits(hits, query)


@main.command("ask")
@click.argument("question")
@indexes_option
@click.option("-k", "--k", "k", default=5, show_default=True, type=click.IntRange(1, 100))
@filter_options
@json_option
@handle_errors
def ask_command(question, index_dirs, k, as_json, **filters):
    """A short answer to QUESTION from the papers, each sentence cited, then the passages in full."""
    index = open_many_or_build(index_dirs)
    result = index.ask(question, k=k, **_filters(**filters))
    if as_json:
        emit_json(asdict(result))
    else:
        print_answer(result)


@main.command("show")
@click.argument("document")
@click.argument("paragraph", required=False)
@index_option
@click.option("--context", "around", default=2, show_default=True, type=click.IntRange(0, 50),
              help="Paragraphs before and after.")
@json_option
@handle_errors
def show_command(document, paragraph, index_dir, around, as_json):
    """Print a cited paragraph (by label, e.g. 16 or 2.3, or #ordinal) with its neighbours."""
    from .browse import find_paragraph

    index = open_or_build(index_dir)
    doc, target, paragraphs = find_paragraph(index, document, paragraph, around)
    if as_json:
        emit_json({"document": asdict(doc), "target": target, "paragraphs": [asdict(p) for p in paragraphs]})
    else:
        print_paragraph_context(doc, paragraphs, target)


@main.command("docs")
@index_option
@json_option
@handle_errors
def docs_command(index_dir, as_json):
    """List the indexed documents."""
    index = open_or_build(index_dir)
    documents = index.documents()
    parts = index.parts()
    if as_json:
        emit_json({"documents": [asdict(d) for d in documents], "failed": index.failures(),
                   "parts": {doc_id: [asdict(p) for p in found] for doc_id, found in parts.items()}})
    else:
        print_documents(documents, index.failures(), parts)


@main.command("stats")
@index_option
@json_option
@handle_errors
def stats_command(index_dir, as_json):
    """Counts of documents, paragraphs, chunks, entities and vectors."""
    from . import open_index

    stats = open_index(index_dir or default_index()).stats()
    if as_json:
        emit_json(stats)
    else:
        for key, value in stats.items():
            click.echo(f"{key:<16} {value}")


@main.command("eval")
@click.argument("questions", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@index_option
@json_option
@click.option("--show-misses", is_flag=True, help="List the questions not answered in the top 10.")
@handle_errors
def eval_command(questions, index_dir, as_json, show_misses):
    """Score retrieval on QUESTIONS (JSONL with gold snippets): hit@1/3/5/10, MRR@10, hit@300w."""
    from .evaluate import evaluate_index, load_questions

    index = open_or_build(index_dir)
    report = evaluate_index(load_questions(questions), index)
    if as_json:
        emit_json({"overall": report.metrics(), "by_kind": {k: report.metrics(k) for k in report.kinds()},
                   "results": [asdict(r) for r in report.results]})
        return
    header = f"{'':<12}{'n':>4}" + "".join(f"{m:>10}" for m in ("hit@1", "hit@3", "hit@5", "hit@10", "mrr@10",
                                                                "hit@300w"))
    click.echo(header)
    for name, metrics in [("overall", report.metrics())] + [(k, report.metrics(k)) for k in report.kinds()]:
        click.echo(f"{name:<12}{metrics['questions']:>4}" + "".join(
            f"{metrics[m]:>10.2f}" for m in ("hit@1", "hit@3", "hit@5", "hit@10", "mrr@10", "hit@300w")))
    if show_misses:
        for r in report.results:
            if r.rank is None or (r.words_before or 0) > 300:
                click.echo(f"  {r.id} rank={r.rank} words={r.words_before} {r.question}")


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--password", help="Password for encrypted PDFs.")
@json_option
@handle_errors
def extract_command(files, password, as_json):
    """Print the paragraphs of FILES (files or folders) with their citations."""
    from .extract import iter_document_files, read_document

    failures = 0
    results = []
    for path in iter_document_files(files):
        try:
            result = read_document(path, password=password)
        except DocsearchError as exc:
            failures += 1
            click.echo(f"error: {exc}", err=True)
            continue
        if as_json:
            results.append({"document": asdict(result.document), "paragraphs": [asdict(p) for p in result.paragraphs]})
        else:
            print_paragraphs(result.document, result.paragraphs)
    if as_json:
        emit_json({"documents": results})
    if failures:
        sys.exit(1)


@main.command("entities")
@click.argument("files", nargs=-1, type=click.Path(exists=True, path_type=Path))
@index_option
@click.option("--label", help="Only this label: MONEY, ORG, SITE, PLACE, BEDS, PERSON, DATE.")
@json_option
@handle_errors
def entities_command(files, index_dir, label, as_json):
    """Entities by label with counts and where they occur, from FILES or else from the index."""
    from .browse import entity_summary

    rows = entity_summary(files, index_dir or (None if files else default_index()), label)
    if as_json:
        emit_json({"entities": rows})
        return
    for row in rows:
        documents = len({w["doc_id"] for w in row.get("where", [])})
        forms = [f for f in row.get("surface_forms", []) if f != row["canonical"]][:4]
        also = f" (also: {', '.join(forms)})" if forms else ""
        click.echo(f"{row['label']:<7} {row['count']:>4}  {row['canonical']}{also}  in {documents} document(s)")


@main.command("check")
@index_option
@click.option("--repair", is_flag=True,
              help="Fix what can be rebuilt from what is there: full-text table, orphan rows, vectors.")
@json_option
@handle_errors
def check_command(index_dir, repair, as_json):
    """Check the index is whole and consistent; exit 1 with the problems listed if not."""
    from .check import check_index, format_report

    report = check_index(index_dir or default_index(), repair=repair)
    if as_json:
        emit_json(report.to_dict())
    else:
        for line in format_report(report):
            click.echo(line)
    if not report.ok:
        sys.exit(1)


@main.command("serve")
@indexes_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 127.0.0.1 keeps it on this machine.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@handle_errors
def serve_command(index_dirs, host, port):
    """Serve the search page and the JSON API (needs: pip install -e ".[server]").

    With several --index options the page and the API search them as one.
    """
    try:
        import uvicorn

        from .server import create_app
    except ImportError as exc:
        raise DocsearchError(f'the server needs its extra: pip install -e ".[server]" ({exc.name} is missing)') from exc
    if len(index_dirs) > 1:
        folders = list(index_dirs)
    else:
        index = open_or_build(index_dirs[0] if index_dirs else None)
        folders = [index.folder]
        index.close()
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: serving on {host}: anyone who can reach it can read the indexed papers", err=True)
    app = create_app(folders)  # opens the indexes now, so a problem is reported before the address
    click.echo(f"docsearch: http://{host}:{port}/  (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    main()
