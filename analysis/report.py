"""The report of one article: its tables as CSV and a short summary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from analysis.reading import read_article
from analysis.sentences import sentence_table


@dataclass(frozen=True)
class ReportResult:
    folder: Path
    files: tuple[Path, ...]
    summary: str


def slug(name: str) -> str:
    """A file-name-safe version of ``name``."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "article"


def write_report(
    path: str | Path, out_dir: str | Path, *, has_title: bool = True, encoding: str | None = None
) -> ReportResult:
    """Analyse the article at ``path`` and write its tables under ``out_dir/<name>/``."""
    article = read_article(path, has_title=has_title, encoding=encoding)
    folder = Path(out_dir) / slug(Path(path).stem)
    folder.mkdir(parents=True, exist_ok=True)
    sentences = sentence_table(article)
    target = folder / "sentences.csv"
    sentences.to_csv(target, index=False)
    body = sentences[~sentences.is_title]
    summary = (
        f"{path}: {body.paragraph_id.nunique()} paragraphs, {len(body)} sentences, "
        f"{int(body.n_tokens.sum())} word tokens"
        f"{' (plus a title)' if sentences.is_title.any() else ''}\n"
        f"  wrote {target}"
    )
    return ReportResult(folder, (target,), summary)
