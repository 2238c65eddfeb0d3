"""docker-compose.yml and the Dockerfile, checked without a Docker engine: their structure, and that
the config the container runs with validates (with the environment compose gives it)."""

from __future__ import annotations

import fnmatch
import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitor.config import load_settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line = pending + line
        pending = ""
        word, _, rest = line.partition(" ")
        out.append((word.upper(), rest.strip()))
    return out


def instructions(name: str) -> list[str]:
    return [args for word, args in dockerfile_instructions() if word == name]


def substitute(value: str) -> str:
    """Compose's ${VAR:-default} with nothing set in the environment: the default."""
    return re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", value)


def container_path(compose: dict[str, Any], host_relative: str) -> str:
    """Where the repo path lands in the monitor container through its bind mounts."""
    for mount in compose["services"]["monitor"]["volumes"]:
        source, target, *_ = mount.split(":")
        if source.startswith("./") and host_relative.startswith(source[2:]):
            return target + host_relative[len(source[2:]) :]
    raise AssertionError(f"{host_relative} is not mounted into the monitor container")


def test_services_and_profiles(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"monitor", "mailpit", "postgres"}
    assert "profiles" not in services["monitor"]
    assert "profiles" not in services["mailpit"]
    assert services["postgres"]["profiles"] == ["postgres"]
    depends = services["monitor"]["depends_on"]
    assert "mailpit" in depends
    assert depends["postgres"]["required"] is False  # without the profile, monitor starts alone


def test_monitor_is_built_from_the_dockerfile_and_runs_the_daemon(compose: dict[str, Any]) -> None:
    monitor = compose["services"]["monitor"]
    build = monitor["build"]
    context = ROOT / build["context"]
    assert (context / build.get("dockerfile", "Dockerfile")).resolve() == DOCKERFILE
    assert monitor.get("command", ["monitor", "run"]) == ["monitor", "run"]
    assert monitor["stop_signal"] == "SIGTERM"


def test_mailpit_is_the_smtp_server_with_its_web_inbox(compose: dict[str, Any]) -> None:
    mailpit = compose["services"]["mailpit"]
    assert mailpit["image"].startswith("axllent/mailpit")
    container_ports = {str(p).split(":")[-1] for p in mailpit["ports"]}
    assert container_ports == {"1025", "8025"}
    env = compose["services"]["monitor"]["environment"]
    assert env["MONITOR_SMTP_HOST"] == "mailpit"
    assert env["MONITOR_SMTP_PORT"] == "1025"


def test_the_container_config_validates_with_the_compose_environment(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monitor = compose["services"]["monitor"]
    env = {key: substitute(str(value)) for key, value in monitor["environment"].items()}
    config = ROOT / "config/docker/monitor.toml"
    assert container_path(compose, "config/docker/monitor.toml") == env["MONITOR_CONFIG"]
    assert f"MONITOR_CONFIG={env['MONITOR_CONFIG']}" in " ".join(instructions("ENV"))
    monkeypatch.chdir(ROOT)  # watchlist baselines are relative to the working folder (/app)
    settings = load_settings(config, env)
    assert settings.smtp.host == "mailpit"
    assert settings.smtp.port == 1025
    assert settings.smtp.security == "none"
    assert settings.smtp.password_env is None
    assert settings.watchlists, "the container would start with no watchlist"
    # The SQLite file and the outbox live in the data volume.
    data_mount = next(v.split(":")[1] for v in monitor["volumes"] if v.startswith("monitor-data:"))
    assert settings.database_url.startswith(f"sqlite:///{data_mount}/")
    assert settings.outbox.startswith(f"{data_mount}/")
    assert "monitor-data" in compose["volumes"]


def test_the_postgres_profile_url_matches_the_service_and_validates(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = compose["x-postgres-url"]
    pg_env = compose["services"]["postgres"]["environment"]
    user, password, db = pg_env["POSTGRES_USER"], pg_env["POSTGRES_PASSWORD"], pg_env["POSTGRES_DB"]
    assert url == f"postgresql://{user}:{password}@postgres:5432/{db}"
    assert url in COMPOSE.read_text(encoding="utf-8").split("x-postgres-url")[0]  # the usage comment
    assert "healthcheck" in compose["services"]["postgres"]
    monitor_env = compose["services"]["monitor"]["environment"]
    assert monitor_env["MONITOR_DB"].startswith("${MONITOR_DB:-")  # overridable from the shell
    env = {k: substitute(str(v)) for k, v in monitor_env.items()} | {"MONITOR_DB": url}
    monkeypatch.chdir(ROOT)
    settings = load_settings(ROOT / "config/docker/monitor.toml", env)
    assert settings.database_url == url


def test_dockerfile_base_user_command_and_volume() -> None:
    assert instructions("FROM") == ["python:3.11-slim"]
    users = instructions("USER")
    assert users, "the image must not run as root"
    assert users[-1] not in ("root", "0")
    commands = instructions("CMD") + instructions("ENTRYPOINT")
    assert [json.loads(c) for c in commands] == [["monitor", "run"]]
    volumes = [v for args in instructions("VOLUME") for v in json.loads(args)]
    assert "/data" in volumes
    envs = " ".join(instructions("ENV"))
    assert "MONITOR_DB=sqlite:////data/" in envs
    assert "MONITOR_OUTBOX=/data/" in envs


def test_dockerfile_installs_the_package_with_its_console_script() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["scripts"]["monitor"] == "monitor.cli:main"
    assert "postgres" in pyproject["project"]["optional-dependencies"]
    runs = " ".join(instructions("RUN"))
    assert 'pip install ".[postgres]"' in runs


def test_dockerfile_copies_what_the_image_needs_and_dockerignore_keeps_it() -> None:
    copied = {src for args in instructions("COPY") for src in args.split()[:-1]}
    needed = {"pyproject.toml", "README.md", "monitor", "config", "seeds"}
    assert needed <= copied
    for src in copied:
        assert (ROOT / src).exists(), f"COPY {src}: no such path in the repo"
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for src in needed:
        assert not any(fnmatch.fnmatch(src, p) for p in patterns), f".dockerignore drops {src}"
    assert ".venv" in patterns
    assert ".git" in patterns
