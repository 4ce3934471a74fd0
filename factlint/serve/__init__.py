"""`factlint serve`: one HTTP service over the Engine, for review apps, LanguageTool clients
and Label Studio. A door like the CLI: it parses, calls the library, renders.

    from factlint.serve import create_app, Limits, run
    run(Engine.from_config(), host="127.0.0.1", port=8080, limits=Limits(token="..."))

Starlette (on uvicorn) rather than FastAPI: most of this service speaks other tools'
protocols (LanguageTool's form fields, Label Studio's task JSON, NDJSON streams) and needs
per-record errors rather than one validation error for a whole list, so what FastAPI adds
(request models, generated OpenAPI) would be bypassed more often than used; Starlette is
the part of it this needs, with fewer dependencies. Needs the `serve` extra.
"""

from factlint.serve.app import create_app
from factlint.serve.options import Limits
from factlint.serve.server import run

__all__ = ["Limits", "create_app", "run"]
