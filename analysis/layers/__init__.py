"""The layers: each reads a prepared document and returns a tidy table keyed by sentence,
whose spans index the article's text. A layer knows one document; it never imports another
layer, the pipeline that joins them, or any view."""
