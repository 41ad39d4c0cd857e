"""Offline by construction: no downloads, no pickles, no network clients, exact pins."""

from __future__ import annotations

import re
import socket

import pytest

from tests.conftest import ROOT

SOURCES = sorted([*ROOT.glob("analysis/**/*.py"), *ROOT.glob("benchmarks/*.py"),
                  *ROOT.glob("notebooks/*.ipynb")])
FORBIDDEN = {
    r"nltk\.download\s*\(": "downloads NLTK data at run time",
    r"\bpickle\.loads?\s*\(|joblib\.load\s*\(|cloudpickle\.loads?\s*\(": "loads a pickle",
    # (character classes keep these patterns from matching this file itself)
    r"\burllib\.request\b|\brequests\.(get|post)\s*\(|\burl[r]etrieve\b|\bhttpx\.": "fetches "
    "from the network",
    r"[!%][p]ip install": "installs packages from a notebook",
}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_forbidden_calls(path):
    text = path.read_text(encoding="utf-8")
    for pattern, what in FORBIDDEN.items():
        assert not re.search(pattern, text), f"{path.name} {what}"


def test_every_requirement_is_pinned_exactly():
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line or line.startswith("-e"):
            continue
        pinned = r"^[A-Za-z0-9_.\[\]-]+==[0-9][^;\s]*(\s*;\s*python_version.*)?$"
        assert re.match(pinned, line), line


def test_the_suite_blocks_the_network():
    with pytest.raises(ConnectionRefusedError, match="blocks network access"):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1: never routable
    with socket.socket() as s:  # loopback stays open (Dask's LocalCluster uses it)
        s.bind(("127.0.0.1", 0))
        s.listen()
        with socket.create_connection(s.getsockname(), timeout=1):
            pass


def _pins(lines) -> dict[tuple[str, str], str]:
    """``(package, marker) → version`` of the exact pins among requirement lines."""
    out = {}
    for line in lines:
        line = line.split("#")[0].strip()
        m = re.match(r"^([A-Za-z0-9_.-]+)==([^;\s]+)\s*(?:;\s*(.*))?$", line)
        if m:
            marker = (m.group(3) or "").replace("'", '"').replace(" ", "")
            out[(m.group(1).lower(), marker)] = m.group(2)
    return out


def test_the_package_pins_every_runtime_dependency_as_requirements_txt_does():
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = _pins([*project["dependencies"],
                      *(d for extra in project["optional-dependencies"].values() for d in extra)])
    required = _pins((ROOT / "requirements.txt").read_text().splitlines())
    assert len(declared) == len(project["dependencies"]) + sum(
        len(e) for e in project["optional-dependencies"].values()), "every one pinned exactly"
    for key, version in declared.items():
        assert required.get(key) == version, f"{key}: {version} in pyproject.toml, " \
                                             f"{required.get(key)} in requirements.txt"
    # what the package imports at run time is declared: the corpus engine's Arrow and tqdm
    names = {name for name, _ in declared}
    assert {"nltk", "numpy", "pandas", "matplotlib", "vadersentiment", "tqdm", "pyarrow",
            "dask", "distributed"} <= names
