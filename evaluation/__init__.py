"""Evaluation: the Q&A test set, metrics, and the side-by-side run of four systems (`python app.py eval`)."""
