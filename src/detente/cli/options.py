"""Option bundles shared by several commands, so every command speaks the same flags."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click

from detente.config import Config
from detente.read.article import parse_published

F = TypeVar("F", bound=Callable[..., Any])


def config_option(fn: F) -> F:
    return click.option(
        "--config",
        "config_path",
        type=click.Path(exists=True, dir_okay=False),
        help="TOML file overriding default settings (see docs/configuration.md).",
    )(fn)


def date_option(fn: F) -> F:
    return click.option(
        "--date",
        "default_date",
        help="Publication date (YYYY-MM-DD) for inputs that carry none, e.g. stdin.",
    )(fn)


def load_config(config_path: str | None) -> Config:
    return Config.from_toml(config_path) if config_path else Config()


def parse_date_option(value: str | None) -> date | None:
    return parse_published(value, where="--date", field_name="--date") if value else None
