"""A corpus run's manifest, ``run.json``, and its counts: one set of numbers, said three times.

The counts are taken from the tables the run wrote (:meth:`RunCounts.of`), so ``run.json``,
the last line the command prints and ``corpus.html`` (which both show :meth:`RunCounts.line`)
agree with ``summary.csv`` and ``errors.csv`` row for row:

- ``read``: the articles the reader gave whose batch finished (analysed, or failed in
  analysis);
- ``analysed``: the rows of ``summary.csv``;
- ``failed``: the rows of ``errors.csv``, and ``failed_by_reason`` the same rows by their
  ``reason`` — the reader's (``unreadable`` where it gives none: see
  :func:`~analysis.corpus.batch.read_reason`), ``analysis`` or ``report``. A record the reader
  could not read is one row each, however many there are;
- ``unfinished``: articles read but in batches that never finished (a run that stopped);
- ``sentences``: the rows of ``sentences.csv``.
"""

from __future__ import annotations

import sys
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from analysis.outputs import CORPUS_RUN_FORMAT, file_record, format_marker, project_version
from analysis.spine.reading import BadInputWarning, corpus_files


@dataclass(frozen=True)
class RunCounts:
    """The counts of a run (see the module's text for what each one counts)."""

    read: int
    analysed: int
    failed: int
    failed_by_reason: dict[str, int] = field(default_factory=dict)
    sentences: int = 0
    unfinished: int = 0

    @classmethod
    def of(cls, summary: pd.DataFrame, errors: pd.DataFrame, *, sentences: int,
           articles_read: int | None = None) -> RunCounts:
        """The counts of the tables a run wrote; ``articles_read`` is how many articles the
        reader gave in all (what was not finished is the difference)."""
        reasons = errors.reason.fillna("unreadable").astype(str)
        return cls.of_counts(analysed=len(summary),
                             failed_in_analysis=int((errors.stage == "analyze").sum()),
                             failed_by_reason=reasons.value_counts().to_dict(),
                             sentences=sentences, articles_read=articles_read)

    @classmethod
    def of_counts(cls, *, analysed: int, failed_in_analysis: int,
                  failed_by_reason: dict[str, int], sentences: int,
                  articles_read: int | None = None) -> RunCounts:
        """The counts of a run from those of its tables: the rows of the summary, the rows of
        the errors at the ``analyze`` stage, the rows of the errors by reason (for a writer
        that counts its tables a part at a time, never holding one whole)."""
        read = analysed + failed_in_analysis
        by_reason = {str(k): int(v) for k, v in sorted(failed_by_reason.items()) if v}
        unfinished = 0 if articles_read is None else max(0, articles_read - read)
        return cls(read, analysed, sum(by_reason.values()), by_reason, sentences, unfinished)

    def line(self) -> str:
        """The counts in one line: what the command prints last and the page shows."""
        if self.failed:
            reasons = ", ".join(f"{n} {reason.replace('_', ' ')}"
                                for reason, n in self.failed_by_reason.items())
            failed = f"failed {self.failed} ({reasons})"
        else:
            failed = "nothing failed"
        text = (f"read {self.read} articles, analysed {self.analysed}, {failed}; "
                f"{self.sentences} sentences")
        if self.unfinished:
            text += f"; {self.unfinished} articles read but not finished"
        return text

    def as_dict(self) -> dict:
        return asdict(self)


def input_files(path_or_glob: str | Path) -> list[Path]:
    """The files a corpus run reads, as :func:`analysis.read_corpus` finds them (a missing
    path or an empty folder is its one-line error)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BadInputWarning)  # the reader itself says it once
        return corpus_files(path_or_glob)


def manifest(*, status: str, started: str, finished: str, inputs: list[dict], options: dict,
             counts: RunCounts | None, tables: dict[str, int], batches: int,
             reports: int | None = None, error: str | None = None) -> dict:
    """The content of a run's ``run.json``.

    ``status`` is ``complete``, ``interrupted`` or ``failed`` (then ``error`` says why, in one
    line); ``inputs`` each file read with its size and SHA-256 (:func:`file_record`);
    ``tables`` the rows written to each table. It begins with the corpus run's format marker
    and version (:func:`~analysis.outputs.format_marker`): what proves the folder is a run
    of ours, which a later run may replace."""
    data = {
        **format_marker(CORPUS_RUN_FORMAT),
        "command": "corpus",
        "status": status,
        "version": project_version(),
        "python": sys.version.split()[0],
        "started": started,
        "finished": finished,
        "inputs": inputs,
        "options": options,
        "counts": counts.as_dict() if counts is not None else None,
        "tables": tables,
        "batches": batches,
        "reports": reports,
    }
    if error:
        data["error"] = error
    return data


def input_records(paths: list[Path]) -> list[dict]:
    """Each input as the manifest lists it: path, size in bytes, SHA-256."""
    return [file_record(p) for p in paths]
