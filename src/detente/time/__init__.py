"""Time: finding time expressions, normalising them against the publication date, dating events."""
