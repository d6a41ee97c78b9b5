"""The reference provincial platform: the /v1 sync API (FastAPI on uvicorn), its storage behind
a narrow interface (SQLite here), enrolment and tokens, USB bundle import and reports.

Its dependencies are the ``hub`` extra; the station never imports this package."""
