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

``DIR`` must be new, empty, or an earlier run (it has a ``run.json`` or a ``corpus.html``): a
folder holding anything else is refused, since the run replaces the folder as a whole.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import InputError
from analysis.outputs import (
    FolderLock,
    ensure_folder,
    output_error,
    remove_folder,
    staging_folder,
    stamp,
    swap_into_place,
    utc_now,
)

#: The marker file of a run that did not finish.
PARTIAL = "PARTIAL"
#: The files that show a folder is an earlier corpus run (the page, before runs had manifests).
RUN_MARKERS = ("run.json", "corpus.html")


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
        return _keep(self.staging, self.target)

    def close(self) -> None:
        """Give up the lock (remove the staging folder if it is still there and empty)."""
        with contextlib.suppress(OSError):
            if self.staging.is_dir() and not any(self.staging.iterdir()):
                self.staging.rmdir()
        self.lock.release()


def _target(out: str | Path) -> Path:
    target = Path(os.path.abspath(out))
    if target.is_symlink():  # the run replaces the folder the link points to, not the link
        target = target.resolve()
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
        entries = [p.name for p in target.iterdir()]
    except OSError as err:
        raise output_error(target, err) from None
    if entries and not any((target / name).is_file() for name in RUN_MARKERS):
        shown = ", ".join(sorted(entries)[:3]) + (", …" if len(entries) > 3 else "")
        raise InputError(target, f"holds files that are not a corpus run ({shown}); a run "
                                 "replaces its folder as a whole: give a new or empty folder")


def _recover(target: Path) -> list[Path]:
    """Deal with what runs killed outright left beside ``target`` (the lock is held, so their
    writers are gone): a staging folder is kept as a partial run; a folder set aside in a
    swap is put back if the swap did not finish, or else deleted."""
    kept = []
    parent, name = target.parent, target.name
    for staged in sorted(parent.glob(f".{name}.tmp-*")):
        if not staged.is_dir():
            continue
        if not any(staged.iterdir()):
            staged.rmdir()
            continue
        if not (staged / PARTIAL).exists():
            _mark(staged, "This run was killed before it could finish (found by the next run "
                          f"on {target} at {utc_now()}). Its tables hold the batches it had "
                          "written; there is no run.json unless it wrote one.")
        kept.append(_keep(staged, target))
    for aside in sorted(parent.glob(f".{name}.old-*")):
        if not aside.is_dir():
            continue
        if target.exists():
            remove_folder(aside)
        else:
            os.rename(aside, target)
    return kept


def _mark(folder: Path, note: str) -> None:
    with contextlib.suppress(OSError):  # the run.json says it too, if it could be written
        (folder / PARTIAL).write_text(note.rstrip() + "\n", encoding="utf-8")


def _keep(folder: Path, target: Path) -> Path:
    base = f"{target.name}.partial-{stamp()}"
    for k in range(1, 1000):
        kept = target.with_name(base if k == 1 else f"{base}-{k}")
        if kept.exists():
            continue
        try:
            os.rename(folder, kept)
        except OSError as err:
            raise output_error(kept, err) from None
        return kept
    raise InputError(target, "too many partial runs beside it")

