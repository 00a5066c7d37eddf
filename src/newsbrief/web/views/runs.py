"""Runs and feeds: what was ingested, from where, and what failed with which message."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from ...store import web_reads as reads
from ..common import json_response, render, use_store

router = APIRouter()


def runs_data(request: Request) -> dict[str, Any]:
    with use_store(request) as store:
        return {"runs": reads.runs(store), "feeds": reads.feeds(store),
                "summary": reads.store_summary(store)}


@router.get("/api/runs", summary="Ingest runs with their failures, and the inputs (feeds, "
            "files) articles came from", tags=["runs"])
def api_runs(request: Request):
    return json_response(runs_data(request))


@router.get("/runs", include_in_schema=False)
def page(request: Request):
    return render(request, "runs.html", data=runs_data(request))
