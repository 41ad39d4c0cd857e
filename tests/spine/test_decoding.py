from __future__ import annotations

import codecs
import os

import pytest

from analysis.errors import InputError
from analysis.spine.decoding import MAX_ARTICLE_BYTES, decode

TEXT = "Caf\u00e9 \u201cquotes\u201d.\n\nSecond paragraph."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with its byte-order mark
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "crlf", "cr"],
)
def test_decodes_to_the_same_text(data):
    assert decode(data, "f.txt") == TEXT


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "no text: it is empty or white space only"),
        (b" \n\t\r\n", "no text"),
        ("caf\u00e9".encode("latin-1"),
         "not valid UTF-8: byte 0xe9 at offset 3; .*pass --encoding cp1252"),
        ("na\u00efve".encode()[:-2] + b"\xc3", "not valid UTF-8"),
        ("Hello there, this is text.".encode("utf-16-le"),
         "UTF-16 without a byte-order mark; pass --encoding utf-16-le"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00", "binary"),
        (bytes(range(1, 9)) * 20 + b"text", "binary content"),
        (b"\x00\x01binary", "binary content"),  # short, and decodes "as UTF-16" to junk
    ],
)
def test_bad_bytes_are_clear_errors(data, message):
    with pytest.raises(InputError, match=message) as err:
        decode(data, "some/file.txt")
    assert str(err.value).startswith("some/file.txt: ")
    assert "\n" not in str(err.value)


def test_truncated_utf8_says_the_file_is_cut_off():
    with pytest.raises(InputError, match="ends inside a character \\(cut off\\?\\)"):
        decode("the end \u2014".encode()[:-1], "f.txt")


def test_named_encoding_is_used():
    assert decode("caf\u00e9".encode("latin-1"), "f.txt", encoding="latin-1") == "caf\u00e9"
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"abc", "f.txt", encoding="klingon")


def test_size_limit():
    with pytest.raises(InputError, match="limit for one article is 50 MiB"):
        decode(b"a" * (MAX_ARTICLE_BYTES + 1), "big.txt")


def test_an_article_is_capped_by_the_bytes_that_come_not_the_size_it_claims(monkeypatch):
    """A stream that says it has no size (a pipe: st_size 0), and gives more than the limit, is
    refused after the limit and one byte are read — never read to its end."""
    import analysis.spine.decoding as decoding

    monkeypatch.setattr(decoding, "MAX_ARTICLE_BYTES", 1000)
    read_end, write_end = os.pipe()
    os.write(write_end, b"x" * 4000)
    os.close(write_end)
    with open(read_end, "rb") as handle:
        with pytest.raises(InputError, match="holds more than") as err:
            decoding.read_article_bytes(handle, "stream")
        assert err.value.reason == "too_large"
        assert len(handle.read()) == 4000 - 1001  # the rest was left unread
