"""The vocabulary of policy texts and questions: one definition of each concept (levels, money,
numbering, sentences, grant and draft words) and the tokenizer with its word lists."""
