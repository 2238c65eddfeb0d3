# The monitor daemon: `monitor run` as an unprivileged user, data in the /data volume.
# Build and run it with Mailpit via `docker compose up` (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# tzdata: the IANA zones digest schedules are written in (zoneinfo reads /usr/share/zoneinfo).
RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# The package first, so that editing config or seeds does not reinstall it.
COPY pyproject.toml README.md ./
COPY monitor ./monitor
RUN pip install ".[postgres]" && rm -rf build

COPY config ./config
COPY seeds ./seeds

RUN groupadd --system --gid 10001 monitor \
    && useradd --system --uid 10001 --gid monitor --home-dir /app --shell /usr/sbin/nologin monitor \
    && mkdir -p /data/outbox \
    && chown -R monitor:monitor /data

USER monitor

ENV MONITOR_CONFIG=/app/config/docker/monitor.toml \
    MONITOR_DB=sqlite:////data/monitor.db \
    MONITOR_OUTBOX=/data/outbox

# The SQLite database and the outbox (.eml files when no SMTP host is set).
VOLUME ["/data"]

# SIGTERM: finish the running feed or delivery, close the store, exit 0.
STOPSIGNAL SIGTERM
CMD ["monitor", "run"]
