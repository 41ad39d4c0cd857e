"""A corpus run's folder: written aside, swapped into place when complete, one run at a time.

``corpus … --out DIR`` never writes into ``DIR`` itself. It takes ``DIR``'s lock (``.DIR.lock``
beside it: a second run on the same ``DIR`` is refused at once, naming the first), writes
everything into a hidden staging folder beside it (``.DIR.tmp-STAMP-PID/``, which a folder
read as a corpus passes over), and only when the run is complete swaps it in: the earlier run
in ``DIR`` is set aside, the new one renamed into place, the earlier one deleted.

A run that fails or is interrupted never touches ``DIR``: what it finished is kept as
``DIR.partial-STAMP/`` (UTC), marked by a ``PARTIAL`` file and a ``run.json`` whose status
says why it stopped. A run that was killed outright (``kill -9``, a power cut) leaves its
staging folder; the next run on ``DIR`` finds it, keeps it as ``DIR.partial-STAMP/`` too, and
says so.

``DIR`` must be new, empty, or an earlier run — proven by its ``run.json``, which carries the
corpus run's format marker (:data:`~analysis.outputs.CORPUS_RUN_FORMAT`) and holds nothing a run
does not write (:data:`RUN_NAMES`): the run replaces the folder as a whole, so a folder holding
anything else (a ``run.json`` or ``corpus.html`` of someone else's beside their notes, a run
with a user's file added) is refused in one line and left as it is. A ``DIR`` that is a
symbolic link is followed: the folder it points to is held to the same proof and replaced (the
link goes on pointing at the new run); a link to nothing is refused.

What a killed run left is found by its exact names only (:func:`~analysis.outputs.leftovers`):
a staging folder of exactly ``DIR`` marked at its creation as ``DIR``'s, a set-aside folder of
exactly ``DIR`` that is an earlier run. A concurrent run's folders of another target, a user's
folder of a similar name and a link are never taken.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from analysis.corpus.batch import CORPUS_TABLES
from analysis.corpus.output import PARQUET, REPORTS
from analysis.errors import InputError
from analysis.locking import FolderLock
from analysis.outputs import (
    CORPUS_RUN_FORMAT,
    MANIFEST,
    STAGING_MARK,
    discard_staging,
    ensure_folder,
    is_marked,
    leftovers,
    output_error,
    remove_folder,
    staging_folder,
    stamp,
    swap_into_place,
    unmark_staging,
    utc_now,
    write_atomic,
)

#: The marker file of a run that did not finish.
PARTIAL = "PARTIAL"
#: A run's page and the Dask engine's log.
PAGE = "corpus.html"
DASK_LOG = "dask.log"
#: Every name a corpus run writes in its folder: a folder holding another is not wholly a run.
RUN_NAMES = frozenset({MANIFEST, PAGE, PARQUET, REPORTS, DASK_LOG, PARTIAL,
                       *(f"{name}.csv" for name in CORPUS_TABLES)})


@dataclass
class RunFolder:
    """The target folder of a run, its lock, and the staging folder the run writes in."""

    target: Path
    staging: Path
    lock: FolderLock
    #: What earlier runs, killed before they could finish, had left; kept as partial runs.
    recovered: list[Path] = field(default_factory=list)

    @classmethod
    def open(cls, out: str | Path) -> RunFolder:
        """Lock ``out`` and make the staging folder beside it (see the module's text); every
        refusal is one :class:`~analysis.errors.InputError` line naming ``out``."""
        target = _target(out)
        ensure_folder(target.parent)
        lock = FolderLock(target, what="corpus run").acquire()
        try:
            _check(target)
            recovered = _recover(target)
            staging = staging_folder(target)
        except BaseException:
            lock.release()
            raise
        return cls(target, staging, lock, recovered)

    def commit(self) -> Path:
        """Swap the complete run into place (the earlier one, if any, is deleted)."""
        swap_into_place(self.staging, self.target)
        return self.target

    def keep_partial(self, note: str) -> Path:
        """Keep what the run wrote as ``DIR.partial-STAMP/`` with a ``PARTIAL`` file holding
        ``note``; ``DIR`` is not touched."""
        _mark(self.staging, note)
        unmark_staging(self.staging)
        return _keep(self.staging, self.target)

    def close(self) -> None:
        """Give up the lock (remove the staging folder if it is still there and empty)."""
        discard_staging(self.staging)
        self.lock.release()


def _target(out: str | Path) -> Path:
    target = Path(os.path.abspath(out))
    if target.is_symlink():  # the run replaces the folder the link points to, not the link
        try:
            target = target.resolve(strict=True)
        except (OSError, RuntimeError):
            raise InputError(out, "is a symbolic link to nothing (or a loop of links): give a "
                                  "folder for --out") from None
    if not target.name or target == target.parent:
        raise InputError(out, "cannot be the output folder: give a folder of its own")
    return target


def _check(target: Path) -> None:
    if not target.exists():
        return
    if not target.is_dir():
        raise InputError(target, "is a file, not a folder: give a new folder, or an earlier "
                                 "run's, for --out")
    if os.path.ismount(target):
        raise InputError(target, "is a mount point, which a run cannot replace: give a folder "
                                 "inside it")
    if not os.access(target, os.W_OK | os.X_OK):
        raise InputError(target, "the folder is not writable (permission denied): a run "
                                 "replaces it as a whole, so give a folder you can write, "
                                 "or make this one writable")
    try:
        entries = sorted(os.listdir(target))
    except OSError as err:
        raise output_error(target, err) from None
    if not entries:
        return
    if not is_marked(target, CORPUS_RUN_FORMAT):
        raise InputError(target, f"holds files that are not a corpus run ({_shown(entries)}): "
                                 "no run.json of this workbook says it is one; a run replaces "
                                 "its folder as a whole: give a new or empty folder")
    others = [name for name in entries if name not in RUN_NAMES]
    if others:
        raise InputError(target, f"is a corpus run, but holds files a run does not write "
                                 f"({_shown(others)}); a run replaces its folder as a whole: "
                                 "move them out, or give another folder")


def _shown(names: list[str]) -> str:
    return ", ".join(names[:3]) + (", …" if len(names) > 3 else "")


def _recover(target: Path) -> list[Path]:
    """Deal with what runs killed outright left beside ``target`` (the lock is held, so their
    writers are gone): a staging folder is kept as a partial run; a folder set aside in a
    swap is put back if the swap did not finish, or else deleted. Only folders of exactly
    ``target``'s names that are provably ours are touched (see the module's text)."""
    kept = []
    staged_folders, asides = leftovers(target)
    for staged in staged_folders:
        if not any(name != STAGING_MARK for name in os.listdir(staged)):
            discard_staging(staged)
            continue
        if not (staged / PARTIAL).exists():
            _mark(staged, "This run was killed before it could finish (found by the next run "
                          f"on {target} at {utc_now()}). Its tables hold the batches it had "
                          "written; there is no run.json unless it wrote one.")
        unmark_staging(staged)
        kept.append(_keep(staged, target))
    for aside in asides:
        if os.listdir(aside) and not is_marked(aside, CORPUS_RUN_FORMAT):
            continue  # not provably a run of ours: left as it is
        if os.path.lexists(target):
            remove_folder(aside)
        else:
            os.rename(aside, target)
    return kept


def _mark(folder: Path, note: str) -> None:
    with contextlib.suppress(OSError, InputError):  # run.json says it too, if it was written
        write_atomic(folder / PARTIAL, (note.rstrip() + "\n").encode("utf-8"))


def _keep(folder: Path, target: Path) -> Path:
    base = f"{target.name}.partial-{stamp()}"
    for k in range(1, 1000):
        kept = target.with_name(base if k == 1 else f"{base}-{k}")
        if os.path.lexists(kept):
            continue
        try:
            os.rename(folder, kept)
        except OSError as err:
            raise output_error(kept, err) from None
        return kept
    raise InputError(target, "too many partial runs beside it")

