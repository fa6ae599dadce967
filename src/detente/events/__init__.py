"""Events: triggers from the lexicon, their arguments, contexts, merging and scores."""
