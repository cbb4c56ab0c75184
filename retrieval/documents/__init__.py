"""Stage 1, documents: file formats to text, text to documents and clauses, clause amounts, the corpus folder."""
