"""Every error detente raises on purpose, and what the CLI and HTTP API make of it.

    DetenteError                    base; never raised itself
    ├── InputError                  an article or input file is unusable (exit 65)
    ├── ConfigError                 a setting, option or filter is wrong (exit 64)
    │   └── PipelineError           stages do not fit together (missing requirement)
    ├── KnowledgeError              a knowledge table is malformed (exit 78)
    ├── ModelError                  the spaCy pipeline is missing or the wrong version (exit 69)
    ├── StoreError                  the database cannot be opened, migrated or written (exit 74)
    └── NotFoundError               an event, article or actor id does not exist (exit 66)

Each message says what was wrong, where (file:line, field) and what to do.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class. `exit_code` follows sysexits.h so shell scripts can tell causes apart."""

    exit_code = 1
    http_status = 500
    code = "error"

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None):
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text = f"{text} ({self.hint})"
        return text


class InputError(DetenteError):
    """An article or an input file cannot be read: no date, bad JSON, empty text, not UTF-8."""

    exit_code = 65
    http_status = 400
    code = "input_error"


class ConfigError(DetenteError):
    """An option, setting or filter value is not valid; the message lists valid ones."""

    exit_code = 64
    http_status = 422
    code = "invalid_parameter"


class PipelineError(ConfigError):
    """A stage requires something no earlier stage assigns."""

    code = "pipeline_error"


class KnowledgeError(DetenteError):
    """A knowledge table (ours or a user's) breaks its schema."""

    exit_code = 78
    http_status = 500
    code = "knowledge_error"


class ModelError(DetenteError):
    """The spaCy English pipeline is missing or not the version detente was built for."""

    exit_code = 69
    http_status = 503
    code = "model_error"


class StoreError(DetenteError):
    """The database cannot be opened, migrated or written."""

    exit_code = 74
    http_status = 500
    code = "store_error"


class NotFoundError(DetenteError):
    """No event, article or actor with that id."""

    exit_code = 66
    http_status = 404
    code = "not_found"
