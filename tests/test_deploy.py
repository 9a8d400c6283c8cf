"""Deployment files: structure checks (the image cannot be built here: no Docker daemon)."""

from __future__ import annotations

import configparser
import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"


def dockerfile_instructions(text: str) -> list[tuple[str, str]]:
    """``(INSTRUCTION, arguments)`` pairs, continuation lines joined, comments dropped."""
    out: list[tuple[str, str]] = []
    buf = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not buf and (not line or line.startswith("#")):
            continue
        if buf and line.startswith("#"):
            continue  # comment lines inside a continuation are ignored by Docker
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        buf += line
        word, _, rest = buf.strip().partition(" ")
        out.append((word.upper(), rest.strip()))
        buf = ""
    assert not buf, "dangling line continuation"
    return out


def stages(instructions: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    result: list[list[tuple[str, str]]] = []
    for instr, args in instructions:
        if instr == "FROM":
            result.append([])
        if result:
            result[-1].append((instr, args))
    return result


@pytest.fixture(scope="module")
def dockerfile() -> list[tuple[str, str]]:
    return dockerfile_instructions((DEPLOY / "Dockerfile").read_text("utf-8"))


def test_dockerfile_is_multi_stage_on_slim_python(dockerfile: list[tuple[str, str]]) -> None:
    args = {
        a.split("=", 1)[0]: a.split("=", 1)[1] for i, a in dockerfile if i == "ARG" and "=" in a
    }
    froms = [a for i, a in dockerfile if i == "FROM"]
    assert len(froms) >= 2, "expected a build stage and a runtime stage"
    for spec in froms:
        image = spec.split()[0]
        image = re.sub(r"\$\{(\w+)\}", lambda m: args[m.group(1)], image)
        assert re.fullmatch(r"python:3\.\d+-slim(-\w+)?", image), image
    names = [spec.split()[-1] for spec in froms if " AS " in spec.upper()]
    assert len(names) == len(froms), "every stage is named"
    runtime = stages(dockerfile)[-1]
    copies_from_build = [a for i, a in runtime if i == "COPY" and a.startswith("--from=")]
    assert copies_from_build, "the runtime stage copies the build stage's results"
    assert not any(i == "RUN" and "pip install" in a for i, a in runtime), "no pip in runtime"


def test_the_image_ships_bytecode(dockerfile: list[tuple[str, str]]) -> None:
    """The container runs with PYTHONDONTWRITEBYTECODE=1: every module not compiled at build
    time would be compiled again at each start (the dependencies alone are about half a
    second of the cold start on 2 cores)."""
    runs = [a for i, a in stages(dockerfile)[0] if i == "RUN"]
    assert any("pip install" in a for a in runs)
    assert not any("--no-compile" in a for a in runs), "pip must compile the dependencies"
    assert any("compileall" in a and "/app/bot" in a for a in runs), "the bot's code compiled"
    systemd = (DEPLOY / "README.md").read_text("utf-8")
    assert "compileall -q /opt/pinbot/app/bot" in systemd


def test_dockerfile_runs_as_non_root(dockerfile: list[tuple[str, str]]) -> None:
    runtime = stages(dockerfile)[-1]
    users = [a for i, a in runtime if i == "USER"]
    assert users, "the runtime stage sets USER"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0"), user
    if user.isdigit():
        assert int(user) >= 1000
    # Nothing runs after USER that would need root, and the user exists (created in this stage).
    assert any(i == "RUN" and ("useradd" in a or "adduser" in a) for i, a in runtime)


def test_dockerfile_healthcheck_uses_healthz(dockerfile: list[tuple[str, str]]) -> None:
    checks = [a for i, a in dockerfile if i == "HEALTHCHECK"]
    assert len(checks) == 1
    check = checks[0]
    assert "--interval=" in check and "--timeout=" in check
    cmd = check[check.index("CMD") + 3 :].strip()
    argv = json.loads(cmd)  # exec form
    assert "/healthz" in argv
    assert argv[:3] == ["python", "-m", "bot.ops.healthcheck"]
    assert (ROOT / "bot" / "ops" / "healthcheck.py").is_file()


def test_dockerfile_database_on_volume(dockerfile: list[tuple[str, str]]) -> None:
    volumes = [json.loads(a) for i, a in dockerfile if i == "VOLUME"]
    assert volumes == [["/data"]]
    env = " ".join(a for i, a in dockerfile if i == "ENV")
    assert "PINBOT_DB=/data/" in env
    assert any(i == "STOPSIGNAL" and a == "SIGTERM" for i, a in dockerfile)
    entry = [json.loads(a) for i, a in dockerfile if i == "ENTRYPOINT"]
    assert entry == [["python", "-m", "bot"]], "exec form, so SIGTERM reaches Python directly"


def test_dockerfile_copies_only_existing_paths(dockerfile: list[tuple[str, str]]) -> None:
    for instr, args in dockerfile:
        if instr != "COPY" or args.startswith("--from="):
            continue
        parts = [p for p in shlex.split(args) if not p.startswith("--")]
        for src in parts[:-1]:
            assert (ROOT / src).exists(), f"COPY source {src} missing from the repository"


def test_dockerignore_keeps_secrets_out() -> None:
    lines = (DEPLOY / "Dockerfile.dockerignore").read_text("utf-8").splitlines()
    rules = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    assert rules[0] == "**", "deny everything by default"
    allowed = {r[1:] for r in rules if r.startswith("!")}
    assert allowed == {"pyproject.toml", "bot/", "content/", "migrations/"}


def test_compose_file_shape() -> None:
    text = (DEPLOY / "compose.yaml").read_text("utf-8")
    # No YAML parser is installed; check the essentials textually.
    assert re.search(r"^  bot:$", text, re.M)
    assert re.search(r"^      - pinbot-data:/data$", text, re.M)
    assert re.search(r"^volumes:\n  pinbot-data:", text, re.M)
    assert "dockerfile: deploy/Dockerfile" in text
    assert re.search(r"^  proxy:\n(    .*\n)*?    profiles: \[\"webhook\"\]", text, re.M)
    assert "127.0.0.1:8080:8080" in text, "ops endpoints published on loopback only"
    assert "stop_grace_period: 30s" in text
    assert "\t" not in text


def test_compose_replicas_profile_has_postgres_two_replicas_and_a_balancer() -> None:
    text = (DEPLOY / "compose.yaml").read_text("utf-8")
    # the anchor every replica merges: PostgreSQL URL, in the profile, after postgres is healthy
    anchor = text.split("x-replica: &replica\n", 1)[1].split("\n\n", 1)[0]
    assert '  profiles: ["replicas"]' in anchor
    assert re.search(
        r"PINBOT_DB: postgresql://pinbot:\$\{PINBOT_PG_PASSWORD:\?[^}]*\}@postgres:5432/", anchor
    )
    assert re.search(r"postgres:\n      condition: service_healthy", anchor)
    assert "read_only: true" in anchor
    for name in ("replica-1", "replica-2"):
        assert re.search(rf"^  {name}:\n    <<: \*replica$", text, re.M), name
    for name in ("postgres", "balancer"):
        block = text.split(f"\n  {name}:\n", 1)[1].split("\n\n", 1)[0]
        assert '    profiles: ["replicas"]' in block, name
    bot = text.split("\n  bot:\n", 1)[1].split("\n\n", 1)[0]
    assert "profiles" not in bot, "the default `up` still starts the SQLite bot"
    assert "PINBOT_UPSTREAM: replica-1:8080 replica-2:8080" in text
    caddy = (DEPLOY / "Caddyfile").read_text("utf-8")
    assert "lb_policy round_robin" in caddy and "health_uri /healthz" in caddy


def test_proxy_snippets_forward_only_the_webhook() -> None:
    caddy = (DEPLOY / "Caddyfile").read_text("utf-8")
    assert "method POST" in caddy and "reverse_proxy" in caddy and "respond 404" in caddy
    nginx = (DEPLOY / "nginx-pinbot.conf").read_text("utf-8")
    assert "location = /telegram" in nginx and "limit_except POST" in nginx
    assert "location /metrics" not in nginx and "location /healthz" not in nginx


def unit() -> configparser.RawConfigParser:
    parser = configparser.RawConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string((DEPLOY / "pinbot.service").read_text("utf-8"))
    return parser


def test_systemd_unit_is_hardened() -> None:
    svc = unit()["Service"]
    expected = {
        "DynamicUser": "yes",
        "StateDirectory": "pinbot",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "NoNewPrivileges": "yes",
        "PrivateTmp": "yes",
        "PrivateDevices": "yes",
        "KillSignal": "SIGTERM",
        "CapabilityBoundingSet": "",
    }
    for key, value in expected.items():
        assert svc.get(key) == value, key
    assert svc["EnvironmentFile"].lstrip("-") == "/etc/pinbot/pinbot.env"
    assert "PINBOT_DB=/var/lib/pinbot/" in (DEPLOY / "pinbot.service").read_text("utf-8")
    assert int(svc["TimeoutStopSec"]) > 10, "longer than the bot's own 10 s drain"
    assert svc["ExecStart"].split()[1:] == ["-m", "bot", "run"]
    assert "multi-user.target" in unit()["Install"]["WantedBy"]


def _verifiable_copy(tmp_path: Path) -> Path:
    """The unit with ExecStart pointing at a Python that exists on this machine."""
    text = (DEPLOY / "pinbot.service").read_text("utf-8")
    text = text.replace("/opt/pinbot/venv/bin/python", sys.executable)
    path = tmp_path / "pinbot.service"
    path.write_text(text, "utf-8")
    return path


SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed here")
def test_systemd_analyze_verify(tmp_path: Path) -> None:
    assert SYSTEMD_ANALYZE is not None
    path = _verifiable_copy(tmp_path)
    proc = subprocess.run(
        [SYSTEMD_ANALYZE, "verify", "--man=no", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    # verify exits 0 even for unknown keys; any diagnostic about our file is a failure.
    problems = [line for line in proc.stderr.splitlines() if str(path) in line or "pinbot" in line]
    assert proc.returncode == 0 and not problems, proc.stderr


@pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed here")
def test_systemd_security_exposure_is_low(tmp_path: Path) -> None:
    assert SYSTEMD_ANALYZE is not None
    path = _verifiable_copy(tmp_path)
    proc = subprocess.run(
        [SYSTEMD_ANALYZE, "security", "--offline=yes", "--no-pager", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", proc.stdout + proc.stderr)
    if match is None:
        pytest.skip(f"this systemd-analyze cannot rate units offline: {proc.stderr.strip()[:200]}")
    assert float(match.group(1)) <= 2.0, proc.stdout[-2000:]


def test_env_example_names_every_setting() -> None:
    text = (DEPLOY / "pinbot.env.example").read_text("utf-8")
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "PINBOT_WEBHOOK_URL",
        "PINBOT_WEBHOOK_SECRET",
        "PINBOT_LISTEN",
        "PINBOT_ADMIN_IDS",
        "PINBOT_RETENTION_DAYS",
        "PINBOT_LOG_FORMAT",
    ):
        assert re.search(rf"^#?{name}=", text, re.M), name
    assert re.search(r"^TELEGRAM_BOT_TOKEN=$", text, re.M), "no token value in the example"


def test_readme_covers_each_path_and_says_image_is_not_built_here() -> None:
    text = (DEPLOY / "README.md").read_text("utf-8")
    for needle in ("Docker Compose", "systemd", "webhook", "pinbot db backup", "pinbot db restore"):
        assert needle in text, needle
    assert "not built" in text.lower()


def test_pyproject_dependencies_are_installable_by_the_dockerfile_recipe() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    assert any(d.startswith("python-telegram-bot") for d in deps)
    assert any(d.startswith("prometheus-client") for d in deps)
