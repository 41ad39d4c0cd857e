"""Shared fixtures: the seed article, the path of the shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

import analysis

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "articles" / "ria-novosti-ukraine-mobilization-underground-source.txt"
CORPORA = ROOT.parent / "shared" / "corpora" / "wikinews"


@pytest.fixture(scope="session")
def seed() -> analysis.Article:
    return analysis.read_article(SEED)


@pytest.fixture(scope="session")
def seed_doc(seed) -> analysis.Document:
    """The seed, prepared: its normalized copy, sentences, tokens and quotations."""
    return analysis.prepare(seed)


@pytest.fixture(scope="session")
def corpora() -> Path:
    if not CORPORA.is_dir():
        pytest.skip(f"the shared Wikinews corpora are not at {CORPORA}")
    return CORPORA


# --- no network: every test runs with outbound connections refused -----------------------

import ipaddress  # noqa: E402
import socket  # noqa: E402

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _allowed(address) -> bool:
    """Loopback and local (unix) sockets only: Dask's LocalCluster talks over 127.0.0.1."""
    if not isinstance(address, tuple):
        return True  # a unix socket path
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: resolving it would already be a network access


def _guarded_connect(self, address):
    if not _allowed(address):
        raise ConnectionRefusedError(f"the test suite blocks network access (to {address!r})")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _allowed(address):
        raise ConnectionRefusedError(f"the test suite blocks network access (to {address!r})")
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Run the whole suite with non-loopback connections refused: the workbook must work
    offline, so any code path that reaches for the network fails a test."""
    socket.socket.connect = _guarded_connect
    socket.socket.connect_ex = _guarded_connect_ex
    yield
    socket.socket.connect = _real_connect
    socket.socket.connect_ex = _real_connect_ex
