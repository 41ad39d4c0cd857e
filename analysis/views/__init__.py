"""The views: what a reader sees of an analysis — the reading guide, the highlighted article,
the charts, the attribution table, concordances and the HTML report. A view reads the tables of
an :class:`~analysis.pipeline.analyze.ArticleAnalysis`; it never re-parses text."""
