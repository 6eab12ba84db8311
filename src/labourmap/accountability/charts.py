"""Charts drawn on the server as inline SVG (no script, no CDN): horizontal bars."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from markupsafe import Markup

PALETTE = ("#b5482f", "#d98c4a", "#7d8a96", "#3a7d6b", "#4f6fa8", "#8b5a9e", "#a8a04f",
           "#5f9ea0")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # what the bar's length shows (a percentage)
    text: str  # what is written after the bar ("77 · 60.6%")


def bar_chart(bars: list[Bar], *, title: str, maximum: float = 100.0, width: int = 560,
              label_width: int = 230) -> Markup:
    """A horizontal bar chart; each bar's length is ``value / maximum`` of the plot."""
    row, pad = 26, 6
    plot = width - label_width - 110
    height = pad * 2 + row * max(len(bars), 1) + 20
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
             f'viewBox="0 0 {width} {height}" width="100%" style="max-width:{width}px">'
             f"<title>{escape(title)}</title>"
             f'<text x="0" y="14" font-size="13" font-weight="600">{escape(title)}</text>']
    if not bars:
        parts.append(f'<text x="0" y="{14 + row}" font-size="12" fill="#666">—</text>')
    for i, bar in enumerate(bars):
        y = 20 + pad + i * row
        length = 0.0 if maximum <= 0 else max(0.0, min(bar.value / maximum, 1.0)) * plot
        color = PALETTE[i % len(PALETTE)]
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 15}" font-size="12" text-anchor="end">'
            f"{escape(bar.label)}</text>"
            f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{row - 8}" '
            f'fill="{color}"><title>{escape(bar.label)}: {escape(bar.text)}</title></rect>'
            f'<text x="{label_width + length + 6:.1f}" y="{y + 15}" font-size="12">'
            f"{escape(bar.text)}</text>")
    parts.append("</svg>")
    return Markup("".join(parts))
