"""One document: scan, matcher hits, values placed on events, views, verdicts, reasons."""
