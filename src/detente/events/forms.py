"""Dictionary forms an inflected word may have, for when the tagger's lemma is wrong.

spaCy's small English lemmatiser misreads some inflected words ("staged" → "stag", "raped" →
"rap", "fined" → "fin", "unbanned" → "unbanne"). The trigger finder asks for these forms only
when the tagger's lemma has no lexicon row, so a table lists each verb once, under its real
dictionary form.
"""

from __future__ import annotations

# Penn tags of inflected verbs and plural nouns, the only words whose form is undone here
PAST_TAGS = frozenset({"VBD", "VBN"})
GERUND_TAGS = frozenset({"VBG"})
THIRD_PERSON_OR_PLURAL_TAGS = frozenset({"VBZ", "NNS"})
# irregular forms the lemmatiser leaves as they are when the tagger reads them as present or
# as nouns ("retook" tagged VBP stays "retook"; its exception table has them for past tags)
IRREGULAR = {
    "retook": "retake", "retaken": "retake", "overran": "overrun", "shot": "shoot",
    "struck": "strike", "fought": "fight",
}  # fmt: skip


def base_forms(word: str, tag: str) -> list[str]:
    """Candidate dictionary forms of `word` by regular English inflection, likeliest first.

    `staged` → [stag, stage], `unbanned` → [unbann, unbanne, unban], `carries` → [carry, …].
    Words whose tag is not an inflection give no candidates."""
    word = word.lower()
    if word in IRREGULAR:
        return [IRREGULAR[word]]
    if tag in PAST_TAGS and word.endswith("ed") and len(word) > 4:
        return _candidates(word[:-2], word.endswith("ied"), e_form=word[:-1])
    if tag in GERUND_TAGS and word.endswith("ing") and len(word) > 5:
        return _candidates(word[:-3], False, e_form=word[:-3] + "e")
    if tag in THIRD_PERSON_OR_PLURAL_TAGS and word.endswith("s") and len(word) > 3:
        if word.endswith("ies"):
            return [word[:-3] + "y", word[:-1]]
        if word.endswith("es"):
            return [word[:-2], word[:-1]]
        return [word[:-1]]
    return []


def _candidates(stem: str, was_ied: bool, e_form: str) -> list[str]:
    """The stem as written, with a final -e restored, and with a doubled consonant undone."""
    if was_ied:
        return [stem[:-1] + "y"]
    out = [stem, e_form]
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
        out.append(stem[:-1])
    return out
