"""Places: where an event happened (gazetteer lookup of named places)."""
