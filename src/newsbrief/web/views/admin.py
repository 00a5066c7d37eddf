"""The one write route, mounted only when `serve` is started with a token."""

from __future__ import annotations

from fastapi import APIRouter, Request

from ...store import Store
from ..common import json_response

router = APIRouter()


@router.post("/api/reindex", summary="Make articles stored since the last ingest run "
             "searchable (needs the serve token)", tags=["admin"])
def reindex(request: Request):
    from ..app import check_token

    check_token(request)
    with Store(request.app.state.db) as store:
        added = store.index_pending()
    return json_response({"indexed": added})
