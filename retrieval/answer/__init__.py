"""Stage 4, answers: the extractive composer, the calculator, and the guarded optional LLM path."""
