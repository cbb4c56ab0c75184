"""Stage 3, search: the question analysed once (`Query`) and hybrid retrieval with the one "not found" rule."""
