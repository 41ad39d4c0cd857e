"""The one exception type a user of the workbook should ever see for bad input."""

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
