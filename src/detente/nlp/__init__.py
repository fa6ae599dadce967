"""Parsing: the spaCy English pipeline, loaded once and checked."""
