"""The reading guide: what the analysis shows, stated with its numbers and nothing else.

Every line is a count, a share or a quotation of the article's own words, so a reader can
check it. The guide does not judge: it never says an article is biased or unreliable.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from analysis.attribution.view import primary_type
from analysis.charts.palette import SOURCE_LABELS
from analysis.profile import unattributed_runs

TYPE_ORDER = ("named_person", "named_organization", "media_outlet", "document", "anonymous",
              "vague", "implicit", "pronoun")


@dataclass(frozen=True)
class Guide:
    lines: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join(f"- {line}" for line in self.lines)

    def _repr_html_(self) -> str:
        return "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in self.lines) + "</ul>"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def reading_guide(analysis) -> Guide:
    """A short summary of the analysis: who is cited and how often, by type; the longest
    stretch without attribution; unattributed assertions; anonymous reliance; the most boosted
    and the most negative paragraphs."""
    s = analysis.sentences
    body = s[~s.is_title]
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_id > 0]
    in_body = analysis.attributions.sentence_id.isin(body.sentence_id)
    attributions = analysis.attributions[in_body]
    kinds = (attributions.resolved_source_type.fillna(attributions.source_type)
             .fillna("implicit"))
    in_title = int((~in_body).sum())
    lines = [f"{_plural(len(body), 'sentence')} in {_plural(len(profile), 'paragraph')} "
             f"after the title; {_plural(len(attributions), 'attribution')} in them"
             + (f" (and {in_title} in the title)." if in_title else ".")]

    counts = kinds.value_counts()
    if len(counts):
        parts = [f"{counts[k]} {SOURCE_LABELS.get(k, k).split(' (')[0]}"
                 for k in TYPE_ORDER if k in counts]
        named = int(counts.get("named_person", 0) + counts.get("named_organization", 0)
                    + counts.get("media_outlet", 0))
        line = "Attributions by source type: " + ", ".join(parts) + "."
        if named == 0:
            line += " No person, organization or outlet is named as a source."
        lines.append(line)
        named_sources = attributions[kinds.isin(["named_person", "named_organization",
                                                 "media_outlet"]).to_numpy()]
        if len(named_sources):
            top = named_sources.resolved_source.fillna(named_sources.source).value_counts()
            lines.append("Named sources: " + ", ".join(
                f"{name} ({n})" for name, n in top.head(5).items()) + ".")
    else:
        lines.append("No attribution was found: nobody is cited.")

    rests = body.source_types.map(primary_type)
    attributed = int(body.attributed.sum())
    anonymous = int(body.source_types.str.contains("anonymous").sum())
    if attributed:
        lines.append(f"{anonymous} of {attributed} attributed body sentences "
                     f"({anonymous / attributed:.0%}) rest on an anonymous source; "
                     f"{int((rests == 'vague').sum())} on a vague one.")
    assertions = int(body.unattributed_assertion.sum())
    share = assertions / max(1, len(body))
    lines.append(f"{assertions} of {len(body)} body sentences ({share:.0%}) "
                 "are unattributed assertions: statements with no source.")
    runs = unattributed_runs(analysis.paragraphs)
    if len(runs):
        r = runs.iloc[0]
        span = (f"paragraph {r['first']}" if r["length"] == 1
                else f"paragraphs {r['first']}–{r['last']} ({r['length']} in a row)")
        lines.append(f"The longest stretch without any attribution: {span}.")

    cues = analysis.hedges[analysis.hedges.sentence_id.isin(body.sentence_id)]
    boosters = cues[(cues.kind == "booster") & ~cues.negated]
    hedges = cues[cues.kind == "hedge"]
    lines.append(f"{_plural(len(boosters), 'booster')} and {_plural(len(hedges), 'hedge')}.")
    if len(boosters):
        para_of = s.set_index("sentence_id")["paragraph_id"]
        by_para = boosters.groupby(boosters.sentence_id.map(para_of))["term"].agg(list)
        best = max(by_para.index, key=lambda p: (len(by_para[p]), -p))
        silent = set(profile.paragraph_id[profile.n_attributed == 0])
        in_silent = sum(len(v) for p, v in by_para.items() if p in silent)
        lines.append(f"Most boosted: paragraph {best} ("
                     + ", ".join(f"“{t}”" for t in by_para[best]) + "); "
                     f"{in_silent} of {len(boosters)} boosters stand in paragraphs that cite "
                     "no one.")
    hearsay = hedges[hedges.category == "evidential"].term.tolist()
    if hearsay:
        lines.append("Hearsay markers: " + ", ".join(f"“{t}”" for t in hearsay) + ".")
    if len(profile):
        worst = profile.loc[profile.sentiment_mean.idxmin()]
        if worst.sentiment_mean <= -0.05:
            lines.append(f"Most negative: paragraph {int(worst.paragraph_id)} "
                         f"(mean sentence sentiment {worst.sentiment_mean:+.2f}); the article's "
                         f"sentences average {body.compound.mean():+.2f}, "
                         f"{(body.compound <= -0.05).mean():.0%} of them negative.")
    return Guide(tuple(lines))


def guide_frame(analysis) -> pd.DataFrame:
    """The guide as a one-column frame (for CSV export)."""
    return pd.DataFrame({"finding": list(reading_guide(analysis).lines)})
