"""One delivery run sends all its messages over one SMTP connection, ended with
QUIT when the run ends (also when it raises); a refusal keeps the connection, a dropped one is
replaced. Real SQLite storage and a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.deliver.mailers import SmtpMailer
from monitor.deliver.service import deliver_due, deliver_period
from monitor.storage.sql import SqlStorage
from monitor.types import SmtpSettings
from tests.digest_fixture import make_watchlist
from tests.smtpserver import SmtpServer, closed_port, smtp_server
from tests.test_deliver import DUE, Loader, smtp_settings, storage
from tests.test_mailers import outgoing

__all__ = ["smtp_server", "storage"]
ANNA, BRUNO, CLARA = "anna@example.net", "bruno@example.net", "clara@example.net"


class Stop(BaseException):
    """Stands for an interruption (Ctrl-C, SIGTERM) in the middle of a run."""


def statuses(results: tuple[object, ...]) -> list[str]:
    return [r.status for r in results]  # type: ignore[attr-defined]


def test_a_run_sends_every_recipient_over_one_connection_and_quits(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ANNA, BRUNO, CLARA))
    results = deliver_due(smtp_settings(tmp_path, smtp_server, wl), storage, wl, DUE, loader=Loader())
    assert statuses(results) == ["sent", "sent", "sent"]
    assert [m.recipients for m in smtp_server.messages] == [[ANNA], [BRUNO], [CLARA]]
    assert [m.connection for m in smtp_server.messages] == [1, 1, 1]
    assert smtp_server.connections == 1
    assert smtp_server.quits == 1  # closed when the run ended


def test_an_explicit_period_run_also_uses_one_connection(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    wl = make_watchlist((ANNA, BRUNO))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    since, until = DUE.date().replace(day=1), DUE.date().replace(day=3)
    results = deliver_period(settings, storage, wl, since, until, DUE, loader=Loader())
    assert statuses(results) == ["sent", "sent"]
    assert (smtp_server.connections, smtp_server.quits) == (1, 1)


@pytest.mark.parametrize(
    ("reply", "status"), [("550 5.1.1 No such user", "failed"), ("450 4.2.1 Mailbox busy", "retry_later")]
)
def test_a_refused_recipient_does_not_poison_the_connection(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer, reply: str, status: str
) -> None:
    smtp_server.refuse[BRUNO] = reply
    wl = make_watchlist((ANNA, BRUNO, CLARA))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    results = deliver_due(settings, storage, wl, DUE, loader=Loader(), retry_pause=0)
    assert statuses(results) == ["sent", status, "sent"]
    # smtplib reset the transaction after each refusal (the 450 one was tried three times), so
    # the next recipient's envelope on the same connection carries no trace of Bruno.
    assert [m.recipients for m in smtp_server.messages] == [[ANNA], [CLARA]]
    assert [m.connection for m in smtp_server.messages] == [1, 1]
    assert (smtp_server.connections, smtp_server.quits) == (1, 1)


def test_a_connection_closed_by_the_server_is_replaced_for_the_next_message(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    smtp_server.close_after_accepting = 1
    wl = make_watchlist((ANNA, BRUNO, CLARA))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    waits: list[float] = []
    results = deliver_due(settings, storage, wl, DUE, loader=Loader(), sleep=waits.append)
    assert statuses(results) == ["sent", "sent", "sent"]
    assert waits == []  # the mailer saw (NOOP) that the kept connection was gone: no failed attempt
    assert [m.connection for m in smtp_server.messages] == [1, 2, 2]
    assert (smtp_server.connections, smtp_server.quits) == (2, 1)


def test_a_connection_lost_after_data_is_temporary_and_the_quick_retry_reconnects(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    smtp_server.drop_after_data = True  # Anna's message reaches the server, the answer is lost
    wl = make_watchlist((ANNA, BRUNO, CLARA))
    settings = smtp_settings(tmp_path, smtp_server, wl)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        smtp_server.reset()

    results = deliver_due(settings, storage, wl, DUE, loader=Loader(), sleep=sleep, retry_pause=0)
    assert statuses(results) == ["sent", "sent", "sent"]
    assert len(waits) == 1  # one temporary failure, then the quick retry
    assert [m.recipients for m in smtp_server.dropped] == [[ANNA]]
    assert [(m.recipients, m.connection) for m in smtp_server.messages] == [
        ([ANNA], 2),
        ([BRUNO], 2),
        ([CLARA], 2),
    ]
    assert (smtp_server.connections, smtp_server.quits) == (2, 1)


def test_the_connection_is_closed_when_the_run_raises(
    tmp_path: Path, storage: SqlStorage, smtp_server: SmtpServer
) -> None:
    smtp_server.refuse[BRUNO] = "450 4.2.1 Mailbox busy"
    wl = make_watchlist((ANNA, BRUNO, CLARA))
    settings = smtp_settings(tmp_path, smtp_server, wl)

    def interrupted(_seconds: float) -> None:
        assert smtp_server.quits == 0  # the connection is still open here
        raise Stop

    with pytest.raises(Stop):
        deliver_due(settings, storage, wl, DUE, loader=Loader(), sleep=interrupted)
    assert [m.recipients for m in smtp_server.messages] == [[ANNA]]
    assert (smtp_server.connections, smtp_server.quits) == (1, 1)


def test_a_mailer_logs_in_once_per_connection_and_closes_on_leaving_with() -> None:
    with SmtpServer(credentials=("digest", "s3cret")) as server:
        settings = SmtpSettings(
            host=server.host,
            port=server.port,
            sender="monitor@example.org",
            security="none",
            timeout=5,
            username="digest",
            password="s3cret",
        )
        with SmtpMailer(settings) as mailer:
            for recipient in (ANNA, BRUNO, CLARA):
                mailer.send(outgoing(recipient))
            assert server.quits == 0
        assert server.logins == ["digest"]
        assert (server.connections, server.quits) == (1, 1)
        mailer.send(outgoing(ANNA))  # still usable after close(): a new connection, logged in again
        mailer.close()
        assert server.logins == ["digest", "digest"]
        assert (server.connections, server.quits) == (2, 2)


def test_close_without_a_connection_does_nothing() -> None:
    mailer = SmtpMailer(SmtpSettings(host="127.0.0.1", port=closed_port(), security="none", timeout=5))
    mailer.close()  # never connected: no error, no connection attempt
    mailer.close()
