"""The coder version recorded on every event and run."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("detente")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"

CODER_VERSION = f"detente-{__version__}"
