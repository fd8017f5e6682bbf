"""Inline SVG charts (no script, no network): the HTML report stays one self-contained file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
ROW = 26
LABEL_WIDTH = 320
BAR_WIDTH = 420


def _short(text: str, limit: int = 44) -> str:
    return text if len(text) <= limit else "…" + text[-(limit - 1) :]


def bar_chart(title: str, values: Sequence[tuple[str, int]], *, unit: str = "") -> str:
    """Horizontal bars, one per label."""
    if not values:
        return ""
    peak = max(v for _, v in values) or 1
    height = ROW * len(values) + 30
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{LABEL_WIDTH + BAR_WIDTH + 90}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f'<text x="0" y="16" font-weight="bold">{escape(title)}</text>',
    ]
    for i, (label, value) in enumerate(values):
        y = 28 + i * ROW
        width = max(1, round(BAR_WIDTH * value / peak))
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end"><title>{escape(label)}</title>'
            f"{escape(_short(label))}</text>"
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width}" height="{ROW - 8}" fill="{PALETTE[0]}"/>'
            f'<text x="{LABEL_WIDTH + width + 4}" y="{y + 15}">{value:,}{escape(unit)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def stacked_chart(title: str, rows: Sequence[tuple[str, Mapping[str, int]]], names: Mapping[str, str]) -> str:
    """Horizontal stacked bars: one bar per row label, one colour per series, with a legend."""
    if not rows:
        return ""
    series = sorted({key for _, values in rows for key in values})
    colour = {key: PALETTE[i % len(PALETTE)] for i, key in enumerate(series)}
    peak = max(sum(values.values()) for _, values in rows) or 1
    legend_rows = (len(series) + 3) // 4
    height = ROW * len(rows) + 40 + legend_rows * 20
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" width="{LABEL_WIDTH + BAR_WIDTH + 90}" '
        f'height="{height}" xmlns="http://www.w3.org/2000/svg">',
        f'<text x="0" y="16" font-weight="bold">{escape(title)}</text>',
    ]
    for i, (label, values) in enumerate(rows):
        y = 28 + i * ROW
        x = float(LABEL_WIDTH)
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end"><title>{escape(label)}</title>'
            f"{escape(_short(label))}</text>"
        )
        for key in series:
            value = values.get(key, 0)
            if not value:
                continue
            width = BAR_WIDTH * value / peak
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{max(width, 1):.1f}" height="{ROW - 8}" '
                f'fill="{colour[key]}"><title>{escape(names.get(key, key))}: {value:,}</title></rect>'
            )
            x += width
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 15}">{sum(values.values()):,}</text>')
    top = 36 + len(rows) * ROW
    for i, key in enumerate(series):
        lx = (i % 4) * 200
        ly = top + (i // 4) * 20
        parts.append(
            f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{colour[key]}"/>'
            f'<text x="{lx + 16}" y="{ly + 11}">{escape(names.get(key, key))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
