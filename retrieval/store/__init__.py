"""Stage 2, the index: embedders, the keyword (BM25) index, vector stores and the saved build folder."""
