"""Where each joint of the line figure is, from a pose's joint angles (no drawing here).

The angle conventions are in :mod:`bot.illustrate`; this module holds the body's proportions,
the base postures (stand, sit, lie, prone) and the forward kinematics from angles to points.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Final

# body proportions in units (the torso is 1)
LIMB = {"torso": 1.0, "neck": 0.1, "head": 0.2, "arm": 0.52, "fore": 0.48}
LIMB |= {"thigh": 0.86, "shin": 0.82, "foot": 0.3, "heel": 0.07}
HALF: Final = 0.07  # half the body line width, units
SEAT: Final = LIMB["shin"] + HALF  # pelvis height when seated with feet flat

_BASES: dict[str, dict[str, float]] = {
    "stand": {"torso": 0, "neck": 0, "hip": 0, "knee": 0, "ankle": 0, "sh_n": 6, "sh_f": -6,
              "el": 12, "seated": 0},
    "sit": {"torso": -4, "neck": 0, "hip": 90, "knee": 90, "ankle": 0, "sh": 28, "el": 50,
            "seated": 1},
    "lie": {"torso": -90, "neck": 0, "hip": 0, "knee": 0, "ankle": 0, "sh": 0, "el": 0,
            "seated": 0},
    "prone": {"torso": 90, "neck": -10, "hip": 0, "knee": 0, "ankle": -70, "sh": 150,
              "el": 150, "seated": 0},
}  # fmt: skip
_SIDED = ("hip", "knee", "ankle", "sh", "el")


def angles(base: str, frame: Mapping[str, float | str]) -> dict[str, float]:
    """A keyframe's full set of angles: the base's, then the frame's (``hip`` = both sides)."""
    b = str(frame.get("base", base))
    out: dict[str, float] = {}
    for layer in (_BASES[b], {k: float(v) for k, v in frame.items() if k != "base"}):
        for key, value in layer.items():  # both sides first, then a sided value wins
            if key in _SIDED:
                out[key + "_n"] = out[key + "_f"] = value
        out |= {k: v for k, v in layer.items() if k not in _SIDED}
    out["lying"] = 1.0 if b in ("lie", "prone") else 0.0
    return out


def _dir(a: float) -> tuple[float, float]:
    r = math.radians(a)
    return math.sin(r), math.cos(r)  # 0 = straight down, +90 = forward (right)


Point = tuple[float, float]


def points(a: Mapping[str, float]) -> dict[str, Point]:
    """Joint positions in units, pelvis at (dx, 0), y downwards."""
    pel = (a.get("dx", 0.0), 0.0)
    th = a["torso"]
    rel = -th if a["lying"] else 0.0  # lying: limbs relative to the body line

    def step(p: Point, ang: float, length: float) -> Point:
        d = _dir(ang)
        return p[0] + d[0] * length, p[1] + d[1] * length

    pts: dict[str, Point] = {"pelvis": pel}
    neck = step(pel, 180 - th, LIMB["torso"])  # leaning forward = towards +x
    pts["neck"] = neck
    pts["head"] = step(neck, 180 - th - a["neck"], LIMB["neck"] + LIMB["head"])
    for s in ("_n", "_f"):
        thigh = rel + a["hip" + s]
        knee = step(pel, thigh, LIMB["thigh"] * a.get("thigh" + s, 1.0))
        shin = thigh - a["knee" + s]
        ankle = step(knee, shin, LIMB["shin"] * a.get("shin" + s, 1.0))
        foot = shin + 90 + a["ankle" + s]
        pts["knee" + s] = knee
        pts["ankle" + s] = ankle
        pts["heel" + s] = step(ankle, foot, -LIMB["heel"])
        pts["toe" + s] = step(ankle, foot, LIMB["foot"])
        arm = rel + a["sh" + s]
        elbow = step(neck, arm, LIMB["arm"])
        pts["elbow" + s] = elbow
        pts["hand" + s] = step(elbow, arm + a["el" + s], LIMB["fore"])
    return pts


def place(a: Mapping[str, float]) -> dict[str, Point]:
    """Stand the figure on the ground (or sit it on the seat): y = 0 is the ground."""
    pts = points(a)
    if a.get("seated", 0.0) >= 0.5:
        dy = -SEAT
    else:
        dy = -max(y for k, (_, y) in pts.items() if k != "head") - HALF
    return {k: (x, y + dy) for k, (x, y) in pts.items()}
