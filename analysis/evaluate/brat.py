"""Reading brat standoff annotations of attribution: ``T`` and ``E`` lines.

``T7<TAB>Cue 338 342<TAB>said`` — a text-bound annotation; discontinuous spans are written
``300 335;387 402``. ``E1<TAB>Cue:T8 Source:T7 Content:T9`` links an attribution's parts.
``A1<TAB>SourceType T7 named_person`` types a source (one of
:data:`analysis.vocabulary.sources.GOLD_SOURCE_TYPES`; anything else is an error), and
``A2<TAB>Entity T7 Jane_Roe`` names the entity a source is a mention of (an id of the
annotator's: two mentions with one id are one entity). Labels are
matched without regard to case; other lines (``R``, other ``A`` attributes, ``#`` notes) are
read past. The text of ``doc.ann`` is ``doc.txt`` beside it or in a sibling ``text/`` folder; one
text may have several ``.ann`` files, one per annotator.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import InputError
from analysis.spine.decoding import decode
from analysis.vocabulary.sources import GOLD_SOURCE_TYPES

LABELS = {"source": "Source", "cue": "Cue", "content": "Content"}


@dataclass(frozen=True)
class Span:
    """A text-bound annotation: its label and its fragments' ``(start, end)`` offsets."""
    label: str
    fragments: tuple[tuple[int, int], ...]


@dataclass
class Annotation:
    """One annotator's annotation of one text."""

    path: Path
    text_path: Path
    annotator: str
    spans: dict[str, Span] = field(default_factory=dict)
    events: list[dict[str, str]] = field(default_factory=list)
    #: The type of each typed span, by its ``T`` id (``SourceType`` attribute lines).
    types: dict[str, str] = field(default_factory=dict)
    #: The entity each span is a mention of, by its ``T`` id (``Entity`` attribute lines).
    entities: dict[str, str] = field(default_factory=dict)

    def of(self, label: str) -> list[Span]:
        return [s for s in self.spans.values() if s.label == label]


def find_annotations(folder: str | Path) -> dict[Path, list[Annotation]]:
    """Every ``.ann`` file under ``folder``, grouped by the text it annotates."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(folder, "no such folder of brat annotations")
    grouped: dict[Path, list[Annotation]] = {}
    for ann in sorted(folder.rglob("*.ann")):
        text_path = _text_for(ann)
        annotator = ann.parent.name if ann.parent != text_path.parent else "annotator"
        grouped.setdefault(text_path, []).append(read_ann(ann, text_path, annotator))
    if not grouped:
        raise InputError(folder, "holds no .ann files")
    return grouped


def _text_for(ann: Path) -> Path:
    for candidate in (ann.with_suffix(".txt"), ann.parent.parent / "text" / f"{ann.stem}.txt",
                      ann.parent / "text" / f"{ann.stem}.txt"):
        if candidate.is_file():
            return candidate
    raise InputError(ann, f"no text for it: looked for {ann.stem}.txt beside it and in text/")


def read_text(path: Path) -> str:
    """The text a brat annotation indexes, decoded strictly."""
    return decode(path.read_bytes(), path)


def read_ann(path: Path, text_path: Path, annotator: str) -> Annotation:
    """One annotator's ``.ann`` file: its spans (``T`` lines) and attributions (``E`` lines)."""
    text = read_text(text_path)
    out = Annotation(path, text_path, annotator)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path}:{number}"
        if line.startswith("T"):
            ident, span = _t_line(line, where, len(text))
            if span is not None:
                out.spans[ident] = span
        elif line.startswith("E"):
            parts = line.split("\t")
            if len(parts) < 2:
                raise InputError(where, "an E line needs an id, a tab and its arguments")
            args = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                args[role.lower()] = ref
            out.events.append(args)
        elif line.startswith("A"):
            _a_line(line, where, out)
    for attribute, values in (("SourceType", out.types), ("Entity", out.entities)):
        for ident in values:
            if ident not in out.spans:
                raise InputError(path, f"an attribute line ({attribute}) names {ident}, "
                                       "which is no span of the file")
    return out


def _a_line(line: str, where: str, out: Annotation) -> None:
    parts = line.split("\t")
    fields = parts[1].split() if len(parts) >= 2 else []
    if fields and fields[0] == "SourceType":
        if len(fields) != 3 or fields[2] not in GOLD_SOURCE_TYPES:
            raise InputError(where, "a SourceType line is 'A<n><TAB>SourceType T<k> TYPE', TYPE "
                             "one of " + ", ".join(GOLD_SOURCE_TYPES))
        out.types[fields[1]] = fields[2]
    elif fields and fields[0] == "Entity":
        if len(fields) != 3:
            raise InputError(where, "an Entity line is 'A<n><TAB>Entity T<k> ID', ID one word "
                             "(the same for every mention of one entity)")
        out.entities[fields[1]] = fields[2]
    # another attribute: not ours


def _t_line(line: str, where: str, length: int) -> tuple[str, Span | None]:
    parts = line.split("\t")
    if len(parts) < 2:
        raise InputError(where, "a T line needs an id, a tab, a label and offsets")
    ident, middle = parts[0], parts[1]
    label, _, offsets = middle.partition(" ")
    label = LABELS.get(label.lower())
    if label is None:
        return ident, None  # another annotation layer: not ours
    fragments = []
    for fragment in offsets.split(";"):
        try:
            start, end = (int(x) for x in fragment.split())
        except ValueError:
            raise InputError(where, f"offsets must be 'start end' pairs, got {offsets!r}") from None
        if not 0 <= start < end <= length:
            raise InputError(where, f"span {start}-{end} lies outside the text ({length} chars)")
        fragments.append((start, end))
    return ident, Span(label, tuple(fragments))


def iter_texts(folder: str | Path) -> Iterator[tuple[Path, str, list[Annotation]]]:
    """Every annotated text under ``folder``: its path, its text and its annotations."""
    for text_path, anns in find_annotations(folder).items():
        yield text_path, read_text(text_path), anns


def gold_sources(path: str | Path) -> list[tuple[int, int, str, str]]:
    """The annotated sources of one ``.ann`` file (its text beside it or in ``text/``), in
    text order: ``(start, end, source_type, entity)`` per ``Source`` span — a discontinuous
    span from its first character to its last; the type from its ``SourceType`` line and
    the entity from its ``A… Entity T… ID`` line (underscores read as spaces), ``""`` where
    the file gives none."""
    path = Path(path)
    ann = read_ann(path, _text_for(path), "annotator")
    return sorted((span.fragments[0][0], span.fragments[-1][1], ann.types.get(ident, ""),
                   ann.entities.get(ident, "").replace("_", " "))
                  for ident, span in ann.spans.items() if span.label == "Source")
