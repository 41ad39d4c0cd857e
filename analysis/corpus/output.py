"""Writing a corpus run to disk batch by batch: Parquet parts, CSV files, a summary page."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.corpus.batch import ERROR_COLUMNS, TABLES, BatchResult
from analysis.errors import InputError

ALL_TABLES = (*TABLES, "summary", "errors")


@dataclass
class CorpusWriter:
    """Appends each batch's tables to ``out/<table>.csv`` and ``out/parquet/<table>/part-N``.
    Only the per-article summary and the errors are kept in memory (for the summary page)."""

    out: Path
    summaries: list[pd.DataFrame] = field(default_factory=list)
    errors: list[pd.DataFrame] = field(default_factory=list)
    n_sentences: int = 0
    _started: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.out = Path(self.out)
        try:
            self.out.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise InputError(self.out, f"cannot create the output folder: {err.strerror}") from None
        for name in ALL_TABLES:  # a fresh run replaces an old one
            (self.out / f"{name}.csv").unlink(missing_ok=True)
            folder = self.out / "parquet" / name
            if folder.is_dir():
                for part in folder.glob("part-*.parquet"):
                    part.unlink()

    def add(self, result: BatchResult) -> None:
        for name in TABLES:
            self._write(name, result.tables[name], result.index)
        self._write("summary", result.summary, result.index)
        self._write("errors", result.errors, result.index)
        self.summaries.append(result.summary)
        self.errors.append(result.errors)
        self.n_sentences += len(result.tables["sentences"])

    def add_read_errors(self, read_errors) -> None:
        frame = pd.DataFrame([("", e.where, "read", e.problem) for e in read_errors],
                             columns=ERROR_COLUMNS)
        self._write("errors", frame, 999_999)
        self.errors.append(frame)

    def _write(self, name: str, frame: pd.DataFrame, index: int) -> None:
        if frame is None or frame.empty:
            return
        csv = self.out / f"{name}.csv"
        frame.to_csv(csv, mode="a", header=name not in self._started, index=False)
        self._started.add(name)
        folder = self.out / "parquet" / name
        folder.mkdir(parents=True, exist_ok=True)
        text = {c: "string" for c in frame.columns if frame[c].dtype == object}
        frame.astype(text).to_parquet(folder / f"part-{index:06d}.parquet", index=False)

    def summary(self) -> pd.DataFrame:
        frames = [f for f in self.summaries if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    def error_table(self) -> pd.DataFrame:
        frames = [f for f in self.errors if len(f)]
        return (pd.concat(frames, ignore_index=True) if frames
                else pd.DataFrame(columns=ERROR_COLUMNS))
