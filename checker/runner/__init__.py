"""Many articles: streamed in input order, in one process or several, each in a guard."""
