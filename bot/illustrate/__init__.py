"""Exercise illustrations drawn from the pose data in content/<lang>/exercises.toml.

Each exercise's ``[exercise.pose]`` gives a starting posture, an optional prop (chair, wall,
mat) and one or more keyframes of joint angles. This module turns them into a side-view line
figure: one keyframe -> a PNG; several -> an animated GIF that eases between the keyframes and
holds on each (Telegram plays it with sendAnimation). The limb that moves (or the one named in
``focus``) is drawn in the accent colour. No text is drawn: the caption carries the words.

Why by hand: no library turns joint angles into a figure; Pillow (well kept) does the raster
drawing, anti-aliasing by supersampling, and PNG/GIF encoding. Output is deterministic: same
pose data -> same bytes (fixed palette, no timestamps), so the hash of the bytes identifies an
image for the upload cache (`bot.storage.plans_store`).

Angles are degrees. Standing and sitting: a limb angle is measured from straight down, forward
(the way the figure faces, to the right) positive. Lying (``lie`` on the back, head left;
``prone`` on the front, head right): limb angles are relative to the body's line. ``knee`` and
``el`` bend the joint, ``ankle`` lifts the toes (negative points them), ``torso`` leans forward,
``neck`` tips the head forward.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final, Literal

from bot.content.models import Exercise, Pose
from bot.illustrate import body
from bot.illustrate.body import Point

__all__ = [
    "HEIGHT",
    "WIDTH",
    "Illustration",
    "contact_sheet",
    "illustrate",
    "render_pose",
    "validate_illustrations",
]

WIDTH: Final = 480
HEIGHT: Final = 360
_SS: Final = 2  # supersampling factor
_UNIT: Final = 82.0  # pixels per body unit (final size)
_GROUND: Final = 326.0  # ground line, final pixels from the top

_BG = (246, 248, 251)
_GROUND_C = (203, 211, 222)
_PROP = (170, 182, 198)
_BODY = (31, 58, 95)
_FAR = (128, 148, 174)
_ACCENT = (226, 112, 30)
_ACCENT_FAR = (240, 176, 128)
_MAT = (221, 228, 238)

Kind = Literal["photo", "animation"]


@dataclass(frozen=True)
class Illustration:
    kind: Kind  # "photo" (PNG) or "animation" (GIF)
    data: bytes
    frames: int

    @property
    def sha(self) -> str:
        return hashlib.sha256(self.data).hexdigest()[:32]

    @property
    def filename(self) -> str:
        return f"{self.sha[:12]}.{'gif' if self.kind == 'animation' else 'png'}"


# --- drawing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Scene:
    frames: tuple[dict[str, Point], ...]  # placed points per drawn frame
    accent: frozenset[str]  # parts drawn in the accent colour
    prop: str
    chair: tuple[float, float, float] | None  # (x of the backrest, seat y, direction)
    wall: float | None
    offset: float  # units added to x to centre the figure


_SEGMENTS = {
    "torso": ("pelvis", "neck"),
    "head": ("neck", "head"),
    **{f"thigh{s}": ("pelvis", f"knee{s}") for s in ("_n", "_f")},
    **{f"shin{s}": (f"knee{s}", f"ankle{s}") for s in ("_n", "_f")},
    **{f"foot{s}": (f"heel{s}", f"toe{s}") for s in ("_n", "_f")},
    **{f"arm{s}": ("neck", f"elbow{s}") for s in ("_n", "_f")},
    **{f"fore{s}": (f"elbow{s}", f"hand{s}") for s in ("_n", "_f")},
}


def _accent(pose: Pose, keyframes: Sequence[Mapping[str, float]]) -> frozenset[str]:
    """The parts drawn in the accent colour: every segment that turns by more than 8° between
    keyframes (what the eye sees move), plus the pose's `focus`. Arms that only swing along
    with moving legs stay plain."""
    pts = [body.points(k) for k in keyframes]
    parts: set[str] = set()
    for name, (a, b) in _SEGMENTS.items():
        angles = [math.degrees(math.atan2(p[b][1] - p[a][1], p[b][0] - p[a][0])) for p in pts]
        spread = max(abs((x - angles[0] + 180) % 360 - 180) for x in angles)
        if spread > 8:
            parts.add(name)
    legs = {p for p in parts if p[:-2] in ("thigh", "shin", "foot")}
    if legs:
        parts -= {p for p in parts if p[:-2] in ("arm", "fore")}
    for f in pose.focus:
        if f.startswith(("leg", "arm")):
            limb = ("thigh", "shin", "foot") if f.startswith("leg") else ("arm", "fore")
            parts |= {seg + f[-2:] for seg in limb}
        else:
            parts.add(f)  # foot_n, foot_f, hips
    return frozenset(parts)


def _ease(t: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * t)


def _tween(a: Mapping[str, float], b: Mapping[str, float], t: float) -> dict[str, float]:
    return {k: a[k] + (b.get(k, a[k]) - a[k]) * t for k in a}


TWEENS: Final = 7  # drawn frames between two keyframes
HOLD_MS: Final = 600
STEP_MS: Final = 70


def _scene(pose: Pose) -> tuple[_Scene, list[int]]:
    keys = [body.angles(pose.base, f) for f in pose.frames]
    for k in keys:  # every key present in every keyframe (lengths, dx default)
        for extra, default in (("dx", 0.0), ("thigh_n", 1.0), ("thigh_f", 1.0),
                               ("shin_n", 1.0), ("shin_f", 1.0)):  # fmt: skip
            k.setdefault(extra, default)
    drawn: list[dict[str, float]] = []
    durations: list[int] = []
    if len(keys) == 1:
        drawn, durations = [keys[0]], [0]
    else:
        cycle = [*keys, keys[0]]
        for a, b in itertools.pairwise(cycle):
            drawn.append(a)
            durations.append(HOLD_MS)
            for i in range(1, TWEENS + 1):
                drawn.append(_tween(a, b, _ease(i / (TWEENS + 1))))
                durations.append(STEP_MS)
    placed = tuple(body.place(d) for d in drawn)
    # props
    chair: tuple[float, float, float] | None = None
    wall: float | None = None
    seated = [p for d, p in zip(drawn, placed, strict=True) if d.get("seated", 0) >= 0.5]
    if seated:
        px = seated[0]["pelvis"][0]
        chair = (px - 0.3, -body.SEAT + body.HALF, 1.0)
    elif pose.prop == "chair":
        hx = max(max(p["hand_n"][0], p["hand_f"][0]) for p in placed)
        hy = min(min(p["hand_n"][1], p["hand_f"][1]) for p in placed)
        chair = (hx + 0.04, hy, -1.0)
    if pose.prop == "wall":
        wall = max(max(p["hand_n"][0], p["hand_f"][0]) for p in placed) + body.HALF
    xs = [x for p in placed for (x, _) in p.values()]
    heads = [p["head"][0] for p in placed]
    lo = min(*xs, *(h - body.LIMB["head"] for h in heads))
    hi = max(*xs, *(h + body.LIMB["head"] for h in heads))
    if chair is not None:
        lo = min(lo, chair[0] - 0.1, chair[0] + 0.85 * chair[2])
        hi = max(hi, chair[0] + 0.1, chair[0] + 0.85 * chair[2])
    if wall is not None:
        hi = max(hi, wall + 0.1)
    offset = (WIDTH / _UNIT) / 2 - (lo + hi) / 2
    return (
        _Scene(placed, _accent(pose, keys), pose.prop, chair, wall, offset),
        durations,
    )


def _draw(scene: _Scene, pts: Mapping[str, Point], ghosts: Sequence[Mapping[str, Point]] = ()):  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw

    W, H, u = WIDTH * _SS, HEIGHT * _SS, _UNIT * _SS
    img = Image.new("RGB", (W, H), _BG)
    d = ImageDraw.Draw(img)
    g = _GROUND * _SS

    def xy(p: Point) -> tuple[float, float]:
        return ((p[0] + scene.offset) * u, g + p[1] * u)

    lw = round(2 * body.HALF * u)
    thin = max(2, round(lw * 0.55))

    def seg(a: Point, b: Point, color: tuple[int, int, int], w: int = lw) -> None:
        pa, pb = xy(a), xy(b)
        d.line([pa, pb], fill=color, width=w)
        for p in (pa, pb):
            d.ellipse([p[0] - w / 2, p[1] - w / 2, p[0] + w / 2, p[1] + w / 2], fill=color)

    # ground, mat, props
    if scene.prop == "mat" or any(p["pelvis"][1] > -0.5 for p in scene.frames):
        xs = [x for p in scene.frames for (x, _) in p.values()]
        a, b = xy((min(xs) - 0.35, 0)), xy((max(xs) + 0.35, 0.1))
        d.rounded_rectangle([a, b], radius=round(0.05 * u), fill=_MAT)
    d.line([(0, g + lw / 2), (W, g + lw / 2)], fill=_GROUND_C, width=thin)
    if scene.wall is not None:
        x = xy((scene.wall, 0))[0] + lw
        d.rectangle([x, g - 3.9 * u, x + lw, g], fill=_PROP)
    if scene.chair is not None:
        bx, sy, dirn = scene.chair
        front = bx + 0.85 * dirn
        seg((bx, sy + body.HALF), (front, sy + body.HALF), _PROP, thin + 2)
        seg((bx, sy + body.HALF), (bx, sy - 0.95), _PROP, thin + 2)
        seg((bx, sy + body.HALF), (bx, 0), _PROP, thin)
        seg((front, sy + body.HALF), (front, 0), _PROP, thin)

    def figure(p: Mapping[str, Point], ghost: bool) -> None:
        def col(part: str, far: bool) -> tuple[int, int, int]:
            if ghost:
                return (214, 221, 231) if not far else (228, 233, 240)
            if part in scene.accent:
                return _ACCENT_FAR if far else _ACCENT
            return _FAR if far else _BODY

        for s, far in (("_f", True), ("_n", False)):
            if not far:  # torso and head between the far and the near limbs
                seg(p["pelvis"], p["neck"], col("torso", False))
                hx, hy = xy(p["head"])
                r = body.LIMB["head"] * u
                d.ellipse([hx - r, hy - r, hx + r, hy + r], fill=col("head", False))
                if "hips" in scene.accent and not ghost:
                    cx, cy = xy(p["pelvis"])
                    rr = lw * 1.25
                    d.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], fill=_ACCENT)
            seg(p["pelvis"], p["knee" + s], col("thigh" + s, far))
            seg(p["knee" + s], p["ankle" + s], col("shin" + s, far))
            seg(p["heel" + s], p["toe" + s], col("foot" + s, far))
            seg(p["neck"], p["elbow" + s], col("arm" + s, far))
            seg(p["elbow" + s], p["hand" + s], col("fore" + s, far))

    for gp in ghosts:
        figure(gp, True)
    figure(pts, False)
    return img.reduce(_SS)  # box-filter downsampling: the anti-aliasing, and fast


@cache
def _palette():  # type: ignore[no-untyped-def]
    """A fixed palette: every drawing colour blended with the background in 16 steps."""
    from PIL import Image

    colours: list[tuple[int, int, int]] = []
    for c in (_BODY, _FAR, _ACCENT, _ACCENT_FAR, _PROP, _GROUND_C, _MAT, (214, 221, 231)):
        for i in range(16):
            t = i / 15
            r, g, b = (round(bg + (x - bg) * t) for x, bg in zip(c, _BG, strict=True))
            colours.append((r, g, b))
    flat = [v for c in colours for v in c]
    flat += [0] * (768 - len(flat))
    pal = Image.new("P", (1, 1))
    pal.putpalette(flat)
    return pal


def render_pose(pose: Pose) -> Illustration:
    """The illustration of one pose: PNG for one keyframe, looping GIF for several."""
    from PIL import Image

    scene, durations = _scene(pose)
    if len(scene.frames) == 1:
        buf = io.BytesIO()
        _draw(scene, scene.frames[0]).save(buf, format="PNG", optimize=True)
        return Illustration("photo", buf.getvalue(), 1)
    frames = [
        _draw(scene, p).quantize(palette=_palette(), dither=Image.Dither.NONE) for p in scene.frames
    ]
    buf = io.BytesIO()
    frames[0].save(
        buf,
        format="GIF",
        save_all=True,
        append_images=frames[1:],
        duration=durations,
        loop=0,
        optimize=False,
        disposal=1,
    )
    return Illustration("animation", buf.getvalue(), len(frames))


def still(pose: Pose, size: tuple[int, int] | None = None):  # type: ignore[no-untyped-def]
    """One still picture of a pose for the contact sheet: the first keyframe, with the other
    keyframes as light ghosts so the movement shows at a glance."""
    scene, durations = _scene(pose)
    keyframes = [p for p, ms in zip(scene.frames, durations, strict=True) if ms != STEP_MS]
    img = _draw(scene, keyframes[0], ghosts=keyframes[1:])
    return img if size is None else img.resize(size)


_BY_ID: dict[tuple[str, int], Illustration] = {}


def illustrate(ex: Exercise) -> Illustration | None:
    """The exercise's illustration (rendered once per process), or None without pose data."""
    if ex.pose is None:
        return None
    key = (ex.id, id(ex.pose))
    hit = _BY_ID.get(key)
    if hit is None:
        hit = _BY_ID[key] = render_pose(ex.pose)
    return hit


def contact_sheet(exercises: Sequence[Exercise], columns: int = 5) -> bytes:
    """One PNG with every exercise's picture (animations: keyframes ghosted), in order, with
    the exercise id under each tile (the sheet is for reviewers; the pictures carry no text)."""
    from PIL import Image, ImageDraw, ImageFont

    tile_w, tile_h, label = WIDTH // 2, HEIGHT // 2, 18
    rows = math.ceil(len(exercises) / columns)
    sheet = Image.new("RGB", (columns * tile_w, rows * (tile_h + label)), (255, 255, 255))
    d = ImageDraw.Draw(sheet)
    font = ImageFont.load_default()
    for n, ex in enumerate(exercises):
        if ex.pose is None:
            continue
        x, y = (n % columns) * tile_w, (n // columns) * (tile_h + label)
        sheet.paste(still(ex.pose, (tile_w, tile_h)), (x, y))
        d.rectangle([x, y, x + tile_w - 1, y + tile_h - 1], outline=(225, 230, 236))
        kind = "GIF" if len(ex.pose.frames) > 1 else "PNG"
        d.text((x + 4, y + tile_h + 3), f"{ex.id} ({kind})", fill=(60, 60, 60), font=font)
    buf = io.BytesIO()
    sheet.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def validate_illustrations(root: Path | None = None, lang: str = "en") -> list[str]:
    """Every exercise has pose data and renders to a non-blank picture of the right size."""
    from bot.content.library import load_bundle
    from bot.content.models import ContentError

    try:
        bundle = load_bundle(lang, root)
    except ContentError:
        return []
    problems = []
    for ex in bundle.exercises.values():
        where = f"exercises.toml: exercise '{ex.id}'"
        if ex.pose is None:
            problems.append(f"{where}: no [exercise.pose] to draw it from")
            continue
        try:
            ill = render_pose(ex.pose)
        except (ValueError, KeyError, OSError) as exc:
            problems.append(f"{where}: the pose does not render ({exc})")
            continue
        problems += [f"{where}: {p}" for p in check_image(ill)]
    return problems


def check_image(ill: Illustration) -> list[str]:
    """Size, format and 'not blank' (enough figure pixels in every frame)."""
    from PIL import Image, ImageSequence

    out = []
    if len(ill.data) > 1_000_000:
        out.append(f"{len(ill.data)} bytes, over 1 MB")
    with Image.open(io.BytesIO(ill.data)) as img:
        if img.size != (WIDTH, HEIGHT):
            out.append(f"size {img.size}, expected {(WIDTH, HEIGHT)}")
        if img.format != ("GIF" if ill.kind == "animation" else "PNG"):
            out.append(f"format {img.format} for a {ill.kind}")
        for n, frame in enumerate(ImageSequence.Iterator(img)):
            dark = sum(frame.convert("L").histogram()[:150])
            if dark < WIDTH * HEIGHT // 100:
                out.append(f"frame {n} is nearly blank ({dark} figure pixels)")
                break
    return out
