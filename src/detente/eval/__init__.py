"""Evaluation on public gold sets (`detente eval SET`); gold data stays in ../shared."""
