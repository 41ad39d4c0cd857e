"""The pipeline: the layers run in order on a prepared document and joined on its sentences —
an :class:`~analysis.pipeline.analyze.ArticleAnalysis`, its paragraph profile, its summary row."""
