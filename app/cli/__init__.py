"""The scripting CLI (../shared/CLI.md): argument parsing and output over the ``app.core`` services.
No business rule lives here."""

from .main import run

__all__ = ["run"]
