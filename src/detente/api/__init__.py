"""The HTTP API over the event database (FastAPI); `create_app(db_path)` builds it."""

from detente.api.app import create_app
from detente.api.state import Limits

__all__ = ["Limits", "create_app"]
