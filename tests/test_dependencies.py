"""The ported references are the releases they were verified against, or a clear error."""

from __future__ import annotations

from importlib import metadata

import pytest

from analysis.dependencies import VERIFIED, require
from analysis.errors import DependencyError
from tests.conftest import ROOT


def test_the_installed_references_are_the_verified_releases():
    for package, version in VERIFIED.items():
        assert metadata.version(package) == version
        require(package)  # no error


def test_the_verified_releases_are_the_pins_of_requirements_txt():
    text = (ROOT / "requirements.txt").read_text()
    for package, version in VERIFIED.items():
        assert f"{package}=={version}" in text


@pytest.mark.parametrize("package, installed", [("vaderSentiment", "3.3.3"), ("nltk", "3.9.1")])
def test_another_release_is_refused_with_one_clear_line(package, installed):
    with pytest.raises(DependencyError) as caught:
        require(package, installed=installed)
    message = str(caught.value)
    assert "\n" not in message and f"{package} {installed} is installed" in message
    assert f"pip install {package}=={VERIFIED[package]}" in message


def test_a_missing_reference_is_a_clear_error(monkeypatch):
    def missing(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    with pytest.raises(DependencyError, match=r"nltk is not installed; the workbook needs "
                                              r"nltk==3\.10\.4"):
        require("nltk")
    assert issubclass(DependencyError, ImportError)
