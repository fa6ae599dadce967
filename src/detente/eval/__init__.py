"""Evaluation on public gold sets: `detente eval SET`. Gold data is read from ../shared, never copied."""
