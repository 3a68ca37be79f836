"""The analyst web app (``rasid serve``): server-side pages plus a JSON API, offline and read-only by default.

>>> from rasid.web import create_app            # doctest: +SKIP
>>> app = create_app("rasid.db")                 # an ASGI app for uvicorn  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any


def create_app(*args: Any, **kwargs: Any) -> Any:
    """Build the FastAPI app; imported lazily so ``rasid`` works without the web extra."""
    from rasid.web.app import create_app as _create_app

    return _create_app(*args, **kwargs)


__all__ = ["create_app"]
