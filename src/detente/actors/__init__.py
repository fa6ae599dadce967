"""Actors: who is named (country, sector, person, office), resolved on the event's date.

lexicon.py   every name, adjective, seat of power, organisation, agent phrase and office
             holder's name from the knowledge tables, as folded token sequences
mentions.py  one mention per noun phrase ("Turkish President Recep Tayyip Erdogan"),
             plus group words ("the two", "both") and pronouns
resolve.py   what a mention names on a day: person (office tables), country, sector,
             the holder of a title ("the Israeli foreign minister")
places.py    named places that give a bare agent its country ("a court in Istanbul")
coref.py     in-document coreference, most precise rule first
build.py     drafts → the shared `ActorMention` / `Actor` records
dated.py     re-resolution at an event's date ("President Herzog" in 2015 → Rivlin)
lookup.py    `mention_at`, `concrete_members`: what the event stages ask
stage.py     `actors.mentions.v1` and `actors.dated.v1`
"""
