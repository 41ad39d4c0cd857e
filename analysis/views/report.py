"""The report of one article: a self-contained HTML page and a CSV of every table.

The page needs no network and runs no script: charts are embedded as PNG data, styles are in
the page, and a Content-Security-Policy forbids scripts and outside resources, so even text
that slipped past escaping could not run. All article text is escaped (DESIGN decision 7).
"""

from __future__ import annotations

import base64
import hashlib
import html
import io
import re
from dataclasses import dataclass
from pathlib import Path

from matplotlib.figure import Figure

from analysis.errors import InputError
from analysis.outputs import (
    ensure_folder,
    file_record,
    locked,
    output_error,
    project_version,
    read_manifest,
    remove_folder,
    staging_folder,
    swap_into_place,
    utc_now,
    write_manifest,
)
from analysis.pipeline.analyze import ArticleAnalysis, analyze
from analysis.spine.reading import read_article
from analysis.views.attributions import attribution_view
from analysis.views.charts import feature_heatmap, profile_chart, sentiment_arc
from analysis.views.charts.framing import framing_by_paragraph
from analysis.views.framing import framing_view
from analysis.views.guide import guide_frame, reading_guide
from analysis.views.hedges import hedge_view
from analysis.views.highlight import CSP, highlight

STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; color: #111; background: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 1.5em 2em 4em; }
h1 { font-family: Georgia, serif; font-size: 1.6em; margin: 0.2em 0; }
.meta { color: #555; font-size: 0.9em; }
section { margin-top: 2em; }
h2 { font-size: 1.15em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
.guide li { margin: 0.25em 0; }
img { max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 0.85em; display: block; overflow-x: auto;
        max-width: 100%; }
th, td { border-bottom: 1px solid #eee; padding: 0.25em 0.6em; text-align: left;
         vertical-align: top; }
footer { margin-top: 3em; color: #666; font-size: 0.85em; }
"""


@dataclass(frozen=True)
class ReportResult:
    """What :func:`write_report` wrote: the folder, the page, every file, a summary line."""

    folder: Path
    page: Path
    files: tuple[Path, ...]
    summary: str


#: A folder name is cut to this many characters (file systems allow 255 bytes).
SLUG_LENGTH = 100


def slug(name: str) -> str:
    """A file-name-safe version of ``name`` (ASCII letters, digits, ``._-``; at most
    :data:`SLUG_LENGTH` characters)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name)[:SLUG_LENGTH].strip("-.") or "article"


def png(fig: Figure, *, alt: str | None = None) -> str:
    """``fig`` as an ``<img>`` of embedded PNG data; its ``alt`` text is the figure's title
    (which states the finding) unless another is given."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, metadata={"Software": None})
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    if alt is None:
        alt = fig._suptitle.get_text() if fig._suptitle is not None else ""
    return f'<img alt="{html.escape(alt, quote=True)}" src="data:image/png;base64,{data}">'


def render_page(result: ArticleAnalysis) -> str:
    """The report page of an :class:`~analysis.ArticleAnalysis`, as a string."""
    article = result.article
    title = article.title or article.article_id
    guide = reading_guide(result)
    view = attribution_view(result)
    profile = result.paragraphs[["paragraph_id", "first_words", "n_sentences",
                                 "attribution_density", "n_unattributed", "n_anonymous",
                                 "n_vague", "n_document", "hedge_density", "booster_density",
                                 "sentiment_mean"]].round(2)
    source = html.escape(Path(article.source).name) if article.source else "text"
    sections = [
        f"<header><h1>{html.escape(title)}</h1><p class=\"meta\">{source} · article "
        f"{html.escape(article.article_id)} · analysed by the news-reading workbook</p></header>",
        "<section class=\"guide\"><h2>Reading guide</h2>" + guide._repr_html_() + "</section>",
        "<section><h2>The whole picture, paragraph by paragraph</h2>"
        + png(profile_chart(result)) + "</section>",
        "<section><h2>The article, marked</h2>" + highlight(result).html + "</section>",
        "<section><h2>Every attribution</h2>" + view.to_html(index=False, escape=True,
                                                             border=0) + "</section>",
        "<section><h2>Every hedge, weasel word and booster</h2>"
        + hedge_view(result).to_html(index=False, escape=True, border=0) + "</section>",
        "<section><h2>How it is framed: the article's own voice and the words it cites</h2>"
        + png(framing_by_paragraph(result))
        + framing_view(result).to_html(index=False, escape=True, border=0) + "</section>",
        "<section><h2>Sentiment, sentence by sentence</h2>" + png(sentiment_arc(result))
        + "</section>",
        "<section><h2>Every sentence, every feature</h2>" + png(feature_heatmap(result))
        + "</section>",
        "<section><h2>Paragraph profile</h2>" + profile.to_html(index=False, escape=True,
                                                                border=0) + "</section>",
        "<footer>Attribution, hedging, framing and sentiment are found by transparent rules and "
        "word lists (the sentiment lexicon is VADER's). They are a first reading to check, not a "
        "verdict: see the lessons for how well each layer agrees with human annotators and "
        "where it is wrong.</footer>",
    ]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head>"
            "<body><main>" + "".join(sections) + "</main></body></html>\n")


def write_report(
    path: str | Path, out_dir: str | Path, *, has_title: bool = True, encoding: str | None = None,
    claimed: dict[str, str] | None = None,
) -> ReportResult:
    """Analyse the article at ``path``; write ``out_dir/<name>/report.html`` and the CSV of
    every table beside it (see :func:`save_report` for the name and how it is written)."""
    started = utc_now()
    article = read_article(path, has_title=has_title, encoding=encoding)
    return save_report(analyze(article), path, out_dir, claimed=claimed, started=started,
                       options={"has_title": has_title, "encoding": encoding})


def report_files(result: ArticleAnalysis) -> dict[str, bytes]:
    """The files of an article's report, by name: ``report.html`` and the CSV of every table
    (what :func:`save_report` writes; a corpus run's workers make them to write elsewhere)."""
    tables = {
        "sentences": result.sentences, "attributions": result.attributions,
        "hedges": result.hedges, "framing": result.framing, "sentiment": result.sentiment,
        "paragraphs": result.paragraphs, "guide": guide_frame(result),
    }
    files = {"report.html": render_page(result).encode("utf-8")}
    for name, table in tables.items():
        files[f"{name}.csv"] = table.to_csv(index=False).encode("utf-8")
    return files


def save_report(result: ArticleAnalysis, path: str | Path, out_dir: str | Path, *,
                claimed: dict[str, str] | None = None, started: str | None = None,
                options: dict | None = None) -> ReportResult:
    """Write the report of an analysis of the article read from ``path`` (as
    :func:`write_report` does, without reading and analysing it again).

    The folder is named after the file (:func:`report_name`), never after another article's
    report: a name another file's report holds — on disk, or in ``claimed`` (folder name →
    source, the names this run has given) — is passed over. The report is written into a
    hidden folder beside its place and swapped in whole, with a ``run.json`` saying which
    file it is of, so an earlier report of the same file is replaced only by a complete one."""
    out = ensure_folder(Path(out_dir))
    source = str(Path(path).resolve()) if Path(path).exists() else str(path)
    files = report_files(result)
    staged = staging_folder(out / "report")
    try:
        for name, data in files.items():
            (staged / name).write_bytes(data)
        write_manifest(staged, {
            "command": "report", "status": "complete", "version": project_version(),
            "started": started or utc_now(), "finished": utc_now(),
            "input": file_record(path) if Path(path).is_file() else {"path": str(path)},
            "source": source, "options": options or {},
        })
        folder = _place(staged, out, path, source, claimed if claimed is not None else {})
    except OSError as err:
        raise output_error(out, err) from None
    finally:
        remove_folder(staged)  # gone already if it was swapped in
    page = folder / "report.html"
    body = result.sentences[~result.sentences.is_title]
    summary = (
        f"{path}: {body.paragraph_id.nunique()} paragraphs, {len(body)} sentences, "
        f"{int(body.n_tokens.sum())} word tokens"
        f"{' (plus a title)' if result.sentences.is_title.any() else ''}, "
        f"{len(result.attributions)} attributions, {int(body.unattributed_assertion.sum())} "
        f"unattributed assertions\n  report: {page}"
    )
    return ReportResult(folder, page, tuple(folder / name for name in files), summary)


def report_name(path: str | Path) -> list[str]:
    """The folder names a report of the file at ``path`` may take, in order of preference:
    the file's name (``art``), its folder's and its own (``sub2-art``), and its name with a
    short hash of its full path (``art-1f3e2d9c``), which is as unique as the path."""
    path = Path(path)
    stem = slug(path.stem)
    names = [stem]
    parent = Path(path).resolve().parent.name if path.exists() else path.parent.name
    if parent:
        names.append(slug(f"{parent}-{path.stem}"))
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()
    names.append(f"{stem[:SLUG_LENGTH - 9]}-{digest[:8]}")
    return names


def _place(staged: Path, out: Path, path: str | Path, source: str,
           claimed: dict[str, str]) -> Path:
    """Swap ``staged`` in under the first of the file's names that is free or its own."""
    names = report_name(path)
    names += [f"{names[-1]}-{k}" for k in range(2, 1000)]
    for name in names:
        key = name.casefold()  # a case-insensitive file system holds one of Art and art
        if claimed.get(key, source) != source:
            continue
        target = out / name
        with locked(target, wait=30.0, what="report"):
            if not _is_own(target, source):
                continue
            swap_into_place(staged, target)
        claimed[key] = source
        return target
    raise InputError(path, f"no free folder name for its report in {out}")


def _is_own(folder: Path, source: str) -> bool:
    """Whether ``folder`` may take the report of ``source``: free, empty, or a report of the
    same file (or one written before reports named their file)."""
    if not folder.exists():
        return True
    if not folder.is_dir():
        return False
    manifest = read_manifest(folder)
    if manifest is not None:
        return manifest.get("source") == source
    return (folder / "report.html").is_file() or not any(folder.iterdir())
