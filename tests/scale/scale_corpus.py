"""The generated corpus the scale tests share: short dated articles, one event each."""

from __future__ import annotations

BAD_JSON_LINE = "{not json"
TOO_LONG_ID = "too-long"
N_GOOD = 30
PAIRS = [("Turkey", "Israel"), ("Egypt", "Jordan"), ("France", "Germany"), ("Russia", "Ukraine")]
ACTIONS = [
    "{a} foreign minister visited {b} on Monday and met his counterpart.",
    "{a} accused {b} of violating the ceasefire on Tuesday.",
    "{a} and {b} signed an agreement on energy cooperation on Wednesday.",
    "{a} imposed sanctions on {b} banks on Thursday.",
    "{a} pledged humanitarian aid to {b} on Friday.",
]


def generate_articles(n: int) -> list[dict[str, str]]:
    """`n` short dated articles, one political event sentence each, over two years."""
    out = []
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        text = ACTIONS[i % len(ACTIONS)].format(a=a, b=b)
        text += " Officials said further talks were planned."
        published = f"{2021 + i % 2}-{1 + i % 12:02d}-{1 + i % 27:02d}"
        out.append({"id": f"scale-{i:03d}", "date": published, "text": text})
    return out
