"""The three errors: the user's input, the package's own data, what is installed."""

from __future__ import annotations

from analysis.errors import (
    REASONS,
    DependencyError,
    InputError,
    PackageDataError,
    internal_error,
    printable,
)


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


def test_a_name_that_is_not_utf8_is_shown_with_its_bytes_escaped_and_never_crashes():
    """A file name's undecodable byte (surrogateescape) is \\xNN, another lone surrogate
    \\udNNN: the one line can always be printed and written as UTF-8."""
    name = b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    assert printable(name) == "caf\\xe9.txt"
    assert printable("a\ud800b") == "a\\ud800b" and printable("café ✓") == "café ✓"
    err = InputError(name, "holds \udfff")
    assert str(err) == "caf\\xe9.txt: holds \\udfff"
    str(err).encode("utf-8")  # strict


def test_an_internal_error_names_the_exception_and_what_became_of_the_record():
    try:
        raise RecursionError("too deep")
    except RecursionError as raised:
        err = internal_error("in.jsonl:line 3", raised, then="the record is skipped")
    assert err.reason == "internal_error" and err.reason in REASONS
    assert str(err) == ("in.jsonl:line 3: internal error (RecursionError: too deep (at "
                        "test_an_internal_error_names_the_exception_and_what_became_of_the_"
                        "record)); the record is skipped")
