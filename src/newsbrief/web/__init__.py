"""The web app behind `newsbrief serve`: pages and a JSON API over a store,
read-only. Needs the `web` extra (`pip install 'newsbrief[web]'`)."""

from __future__ import annotations

from typing import Any

INSTALL_HINT = "install the web extra: pip install 'newsbrief[web]'"


def create_app(db: str, **options: Any):
    """The ASGI app over the store at `db` (see `newsbrief.web.app.create_app`)."""
    try:
        from .app import create_app as make
    except ModuleNotFoundError as err:
        if (err.name or "").split(".")[0] not in ("fastapi", "starlette", "uvicorn"):
            raise
        from ..errors import ConfigError

        raise ConfigError(f"the web app needs {err.name}", fix=INSTALL_HINT) from None
    return make(db, **options)
