"""The three errors: the user's input, the package's own data, what is installed."""

from __future__ import annotations

from analysis.errors import DependencyError, InputError, PackageDataError


def test_an_input_error_is_one_line_naming_where_and_what():
    err = InputError("articles/a.txt", "not valid UTF-8: byte 0xe9 at offset 3")
    assert str(err) == "articles/a.txt: not valid UTF-8: byte 0xe9 at offset 3"
    assert (err.where, err.problem) == ("articles/a.txt", "not valid UTF-8: byte 0xe9 at offset 3")
    assert isinstance(err, ValueError)


def test_a_package_data_error_is_not_the_users_bad_input():
    err = PackageDataError("analysis/lexicons/hedges.csv:3", "pos 'modall' is not one of modal")
    assert str(err) == "analysis/lexicons/hedges.csv:3: pos 'modall' is not one of modal"
    assert not isinstance(err, (ValueError, InputError))


def test_a_dependency_error_is_an_import_error():
    assert issubclass(DependencyError, ImportError)
