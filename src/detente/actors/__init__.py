"""Actors: who is named and what they resolve to (country, sector, person, office) on the date."""
