"""Stage 5, the service: the `Library` that owns the current index and the `Assistant` that answers."""
