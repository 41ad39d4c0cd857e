"""The errors of the workbook: one for the user's input, one for its own data, one for what is
installed.

- :class:`InputError` — the user's input cannot be analysed (a missing, empty, binary or wrongly
  encoded file, a broken record). The only exception a user should ever see for bad input: the
  CLI prints its one line and exits with code 2.
- :class:`PackageDataError` — a data file shipped *with the package* is broken (a lexicon row
  with an unknown category, a missing column): a bug of the workbook, not of the input.
- :class:`DependencyError` — an installed package is not the version a port of it was verified
  against (the VADER port, the Punkt internals).
"""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be analysed: missing, unreadable, empty, binary, wrongly encoded.

    The message is one line that names the file (or the record) and says what is wrong and,
    where there is one, what would be right. The CLI prints it and exits with code 2.
    """

    def __init__(self, where: object, problem: str) -> None:
        self.where = str(where)
        self.problem = problem
        super().__init__(f"{self.where}: {problem}")


class PackageDataError(RuntimeError):
    """A data file of the package itself is broken; the message names the file, the line and
    the bad value (``analysis/lexicons/attribution_cues.csv:3: needs 'anyy' is not one of …``).
    """

    def __init__(self, where: object, problem: str) -> None:
        self.where = str(where)
        self.problem = problem
        super().__init__(f"{self.where}: {problem}")


class DependencyError(ImportError):
    """An installed package is not the version the workbook was verified against."""
