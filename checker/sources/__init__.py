"""Articles in: discovery and ignores, bounded reads, text / Markdown / HTML readers."""
