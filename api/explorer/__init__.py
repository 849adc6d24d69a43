"""The analysts' explorer at ``/`` and the offline API docs at ``/docs`` and ``/redoc``.

Everything the pages load is served from ``static/`` in this package: the explorer's own
HTML, CSS and JavaScript, and the libraries vendored from the npm registry at pinned
versions by ``scripts/vendor_assets.sh`` (Cytoscape.js, YASGUI, Swagger UI, Redoc, Natural
Earth outlines). No page asks another origin for anything, so the explorer works with no
network. The pages read the JSON API; the server keeps no UI state.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"
VENDOR = "/static/vendor"


def mount_explorer(app: FastAPI) -> None:
    """Serve the explorer, its assets and the API docs pages on ``app``.

    The app must be created with ``docs_url=None`` and ``redoc_url=None``: FastAPI's own
    pages load their scripts from a CDN, these load the vendored copies.
    """
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/", include_in_schema=False)
    def explorer() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=openapi_url,
            title=f"{app.title} API",
            swagger_js_url=f"{VENDOR}/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url=f"{VENDOR}/swagger-ui/swagger-ui.css",
            swagger_favicon_url=f"{VENDOR}/swagger-ui/favicon-32x32.png",
            # The validator badge would ask an outside service about the spec.
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=openapi_url,
            title=f"{app.title} API",
            redoc_js_url=f"{VENDOR}/redoc/redoc.standalone.js",
            redoc_favicon_url=f"{VENDOR}/swagger-ui/favicon-32x32.png",
            with_google_fonts=False,
        )
