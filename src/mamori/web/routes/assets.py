"""Assets of the current scan: filtered and paged; one asset with how its class and count were reached."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from mamori.ledger import Asset, Ledger
from mamori.ledger.asset_queries import AssetFilter
from mamori.report import AssetView, asset_view
from mamori.report.labels import exposure_label, size_label, trigger_label, type_label, yen
from mamori.scan.assess import APPI_CLASSES
from mamori.scan.exposure import EXPOSURE_LABELS
from mamori.sources.location import file_uri
from mamori.web.auth import Caller, viewer
from mamori.web.current import current_scan
from mamori.web.errors import NotFoundPageError
from mamori.web.pages import render
from mamori.web.params import MAX_ID, RecordId
from mamori.web.state import AppState, app_state

router = APIRouter()
PAGE_SIZE = 50


class AssetRowOut(BaseModel):
    id: int
    location: str
    kind: str
    appi_class: str | None
    people: int
    sensitive: bool
    triggers: list[str]
    exposure: list[str]
    owner: str | None


class AssetPageOut(BaseModel):
    scan_id: int | None
    total: int
    offset: int
    limit: int
    assets: list[AssetRowOut]


class ColumnOut(BaseModel):
    sheet: str | None
    name: str
    holds: str
    subject: str
    why: str


class FindingOut(BaseModel):
    type: str
    count: int
    preview: str


class AssetDetailOut(AssetRowOut):
    scan_id: int
    state: str
    error: str | None
    size: str
    jnsa: str
    people_method: str | None
    explanation: str
    columns: list[ColumnOut]
    findings: list[FindingOut]
    readers: list[str]


class AssetQuery(BaseModel):
    """The filters of the asset list, as the page's form and the API take them."""

    appi_class: str | None = None
    kind: str | None = None
    type: str | None = None
    folder: str | None = None
    exposure: str | None = None
    owner: str | None = None
    offset: int = Field(0, ge=0, le=MAX_ID)


def _row(view: AssetView) -> AssetRowOut:
    return AssetRowOut(
        id=view.id,
        location=view.display,
        kind=view.kind,
        appi_class=view.appi_class,
        people=view.people,
        sensitive=view.sensitive,
        triggers=[trigger_label(t) for t in view.report_triggers],
        exposure=[exposure_label(f) for f in view.exposure],
        owner=view.owner,
    )


def _prefix(folder: str | None) -> str | None:
    """A folder as typed (a path, or a database URL) into the location prefix the ledger stores."""
    if not folder or not folder.strip():
        return None
    typed = folder.strip()
    if "://" in typed:
        return typed
    return file_uri(Path(typed)).rstrip("/") + "/"


def asset_page(ledger: Ledger, query: AssetQuery, limit: int = PAGE_SIZE) -> AssetPageOut:
    scan = current_scan(ledger)
    if scan is None:
        return AssetPageOut(scan_id=None, total=0, offset=0, limit=limit, assets=[])
    wanted = AssetFilter(
        appi_class=query.appi_class or None,
        kind=query.kind or None,
        finding_type=query.type or None,
        location_prefix=_prefix(query.folder),
        exposure_flag=query.exposure or None,
        owner=query.owner or None,
    )
    page = ledger.asset_queries.page(scan.id, wanted, offset=max(query.offset, 0), limit=limit)
    rows = [_row(asset_view(a, ())) for a in page.assets]
    return AssetPageOut(scan_id=scan.id, total=page.total, offset=page.offset, limit=limit, assets=rows)


def asset_detail(ledger: Ledger, asset_id: RecordId) -> AssetDetailOut:
    asset: Asset | None = ledger.asset_queries.asset(asset_id)
    if asset is None:
        raise NotFoundPageError(f"資産 {asset_id} は台帳にありません")
    view = asset_view(asset, ledger.scans.findings(asset.id))
    return AssetDetailOut(
        **_row(view).model_dump(),
        scan_id=asset.scan_id,
        state=view.state,
        error=view.error,
        size=size_label(view.size),
        jnsa=yen(view.jnsa_yen),
        people_method=view.people_method,
        explanation=view.explanation,
        columns=[
            ColumnOut(
                sheet=c.sheet,
                name=c.name or "（見出しなし）",
                holds=type_label(c.holds) if c.holds else "—",
                subject=c.subject or "本人",
                why=c.why,
            )
            for c in view.columns
        ],
        findings=[
            FindingOut(type=type_label(f.type, f.subtype), count=f.count, preview=f.preview)
            for f in view.findings
        ],
        readers=list(view.readers),
    )


@router.get("/api/assets", response_model=AssetPageOut, tags=["assets"])
def api_assets(
    query: AssetQuery = Depends(),
    caller: Caller = Depends(viewer),
    state: AppState = Depends(app_state),
    limit: int = Query(PAGE_SIZE, ge=1, le=500),
) -> AssetPageOut:
    """Assets holding personal data in the current scan, most people first, filtered."""
    return asset_page(state.ledger, query, limit)


@router.get("/api/assets/{asset_id}", response_model=AssetDetailOut, tags=["assets"])
def api_asset(
    asset_id: RecordId, caller: Caller = Depends(viewer), state: AppState = Depends(app_state)
) -> AssetDetailOut:
    """One asset: how its class and count were reached, per-column decisions, masked previews."""
    return asset_detail(state.ledger, asset_id)


@router.get("/assets", response_class=HTMLResponse, include_in_schema=False)
def page_assets(
    request: Request,
    query: AssetQuery = Depends(),
    caller: Caller = Depends(viewer),
    state: AppState = Depends(app_state),
) -> HTMLResponse:
    page = asset_page(state.ledger, query)
    scan = current_scan(state.ledger)
    facts = state.scan_facts.get(state.ledger, scan) if scan else None
    choices = {
        "classes": list(APPI_CLASSES),
        "kinds": list(facts.kinds) if facts else [],
        "types": [(t, type_label(t)) for t in facts.finding_types] if facts else [],
        "exposure": list(EXPOSURE_LABELS.items()),
    }
    return render(
        request, "assets.html.j2", caller, page=page, query=query, choices=choices, links=_links(query, page)
    )


def _links(query: AssetQuery, page: AssetPageOut) -> dict[str, str | None]:
    """The previous and next pages, keeping the filters."""
    kept = {k: v for k, v in query.model_dump(exclude={"offset"}).items() if v}

    def at(offset: int) -> str:
        return "/assets?" + urlencode({**kept, "offset": offset})

    before = page.offset - page.limit
    after = page.offset + page.limit
    return {
        "prev": at(max(before, 0)) if page.offset > 0 else None,
        "next": at(after) if after < page.total else None,
    }


@router.get("/assets/{asset_id}", response_class=HTMLResponse, include_in_schema=False)
def page_asset(
    request: Request,
    asset_id: RecordId,
    caller: Caller = Depends(viewer),
    state: AppState = Depends(app_state),
) -> HTMLResponse:
    return render(request, "asset.html.j2", caller, asset=asset_detail(state.ledger, asset_id))
