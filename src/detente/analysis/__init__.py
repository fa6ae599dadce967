"""Questions analysts ask of the event database: dyad series, actor profiles, top dyads.

Library functions over a DuckDB connection; `detente.Database` exposes them as methods.
"""
