"""detente: dated news articles in, a time-resolved record of political events out.

import detente
events = detente.code("Turkey and Israel signed a deal on Monday.", published="2022-02-18")
"""

from typing import TYPE_CHECKING

from detente.coder import Coder, CodingResult, code
from detente.config import Config
from detente.errors import DetenteError, InputError
from detente.records import Actor, Article, Event, EventDate, Evidence, Failure, Location, Span
from detente.version import CODER_VERSION, __version__

if TYPE_CHECKING:
    from detente.store.database import Database


def __getattr__(name: str) -> object:
    """`detente.Database` is imported on first use, so `import detente` stays light."""
    if name == "Database":
        from detente.store.database import Database

        return Database
    raise AttributeError(f"module 'detente' has no attribute {name!r}")


__all__ = [
    "CODER_VERSION",
    "Actor",
    "Article",
    "Coder",
    "CodingResult",
    "Config",
    "Database",
    "DetenteError",
    "Event",
    "EventDate",
    "Evidence",
    "Failure",
    "InputError",
    "Location",
    "Span",
    "__version__",
    "code",
]
