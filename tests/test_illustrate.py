"""Exercise illustrations: every exercise renders, at the right size, not blank, deterministic,
an animation where the pose has several keyframes."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image, ImageSequence

from bot.content.library import load_bundle
from bot.content.models import Pose
from bot.illustrate import (
    HEIGHT,
    WIDTH,
    Illustration,
    check_image,
    contact_sheet,
    illustrate,
    render_pose,
    validate_illustrations,
)

EX = load_bundle().exercises


@pytest.mark.parametrize("ex_id", sorted(EX))
def test_every_exercise_renders_readable_and_not_blank(ex_id: str) -> None:
    ex = EX[ex_id]
    ill = illustrate(ex)
    assert ill is not None and ex.pose is not None
    assert check_image(ill) == []
    with Image.open(io.BytesIO(ill.data)) as img:
        assert img.size == (WIDTH, HEIGHT)
        fmt = img.format
        frames = [f.convert("RGB").tobytes() for f in ImageSequence.Iterator(img)]
        if len(ex.pose.frames) > 1:
            assert ill.kind == "animation" and fmt == "GIF"
            assert len(frames) == ill.frames > len(ex.pose.frames)
            # the figure really moves: some frames differ from the first
            assert len(set(frames)) > 2
        else:
            assert ill.kind == "photo" and fmt == "PNG" and len(frames) == 1
    assert len(ill.data) < 400_000  # cheap to upload once


def test_rendering_is_deterministic() -> None:
    ex = EX["ankle-pumps"]
    assert ex.pose is not None
    assert render_pose(ex.pose).data == render_pose(ex.pose).data


def test_different_poses_give_different_images() -> None:
    hashes = {illustrate(e).sha for e in EX.values()}  # type: ignore[union-attr]
    assert len(hashes) == len(EX)


def test_blank_and_wrong_size_images_are_caught() -> None:
    buf = io.BytesIO()
    Image.new("RGB", (WIDTH, HEIGHT), (255, 255, 255)).save(buf, format="PNG")
    assert any("blank" in p for p in check_image(Illustration("photo", buf.getvalue(), 1)))
    buf = io.BytesIO()
    Image.new("RGB", (10, 10), (0, 0, 0)).save(buf, format="PNG")
    assert any("size" in p for p in check_image(Illustration("photo", buf.getvalue(), 1)))


def test_the_moving_limb_is_highlighted() -> None:
    pose = Pose(base="sit", frames=({"ankle": 25}, {"ankle": -30}))
    still = Pose(base="sit", frames=({"ankle": 25}, {"ankle": 25}))

    def orange(p: Pose) -> int:
        with Image.open(io.BytesIO(render_pose(p).data)) as img:
            px = img.convert("RGB").tobytes()
            return sum(
                1
                for i in range(0, len(px), 3)
                if px[i] > 200 and 90 < px[i + 1] < 140 and px[i + 2] < 60
            )

    assert orange(pose) > 50
    assert orange(still) == 0


def test_content_check_reports_a_missing_pose() -> None:
    assert validate_illustrations() == []
    ex = replace(EX["bridge"], pose=None)
    assert illustrate(ex) is None


def test_contact_sheet_has_every_exercise() -> None:
    data = contact_sheet(list(EX.values()), columns=5)
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == "PNG"
        rows = -(-len(EX) // 5)
        assert img.size[0] == 5 * (WIDTH // 2) and img.size[1] >= rows * (HEIGHT // 2)
