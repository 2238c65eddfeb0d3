"""kill -9 of ``monitor run`` between sending a digest and recording it, then start again: nothing
lost, no second distinct copy (a resend carries the same Message-ID, at most once), and a further
restart sends nothing.

The SMTP server (aiosmtpd on loopback) kills the daemon process while it holds the message's DATA,
before answering: the message has reached the server, the daemon never learns so.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

from monitor.storage import open_storage
from tests.daemon_support import DaemonProcess, SmtpSink, smtp_server, wait_until, write_config

FAST = ("--tick", "1", "--reload-every", "0.2")
ANN, BOB = "ann@example.org", "bob@example.org"


def deliveries(db: str) -> dict[str, tuple[str, int, str]]:
    """recipient -> (status, attempts, message_id) of watchlist w's deliveries."""
    store = open_storage(db)
    try:
        rows = store.deliveries("w")
    finally:
        store.close()
    assert len({(r.since, r.until) for r in rows}) <= 1, "one period only in these tests"
    return {r.recipient: (r.status, r.attempts, r.message_id) for r in rows}


def test_kill_between_send_and_record_then_restart_loses_nothing_and_sends_no_second_copy(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "config"
    sink = SmtpSink()
    with smtp_server(sink) as port:
        config = write_config(folder, smtp_port=port, recipients=(ANN, BOB))
        db = f"sqlite:///{folder / 'monitor.db'}"

        # 1. The daemon starts, finds the latest weekly digest due (never sent) and sends it; the
        #    server takes the first message and kills the daemon before answering.
        first = DaemonProcess(config, *FAST)

        def kill_before_answering(_data: bytes) -> None:
            os.kill(first.pid, signal.SIGKILL)
            first.proc.wait(30)  # dead before the reply could reach it

        sink.on_data = kill_before_answering
        try:
            first.proc.wait(60)
        finally:
            first.kill()
        assert first.proc.returncode == -signal.SIGKILL, first.log()
        assert len(sink.received) == 1
        crashed_copy = sink.received[0]
        victim = crashed_copy.recipients[0]
        after_crash = deliveries(db)
        status, attempts, message_id = after_crash[victim]
        assert (status, attempts) == ("pending", 1)  # recorded before the send, never marked sent
        assert crashed_copy.message_id == message_id

        # 2. Restart: the pending delivery is finished with the same Message-ID; the other
        #    recipient gets theirs; nobody gets a second distinct message.
        sink.on_data = None
        second = DaemonProcess(config, *FAST)
        try:
            second.wait_for("monitor run: started")
            wait_until(
                lambda: {s for s, _, _ in deliveries(db).values()} == {"sent"} and len(deliveries(db)) == 2,
                "both deliveries marked sent",
                timeout=30,
            )
        finally:
            assert second.stop() == 0, second.log()
        final = deliveries(db)
        by_recipient = sink.by_recipient()
        assert set(by_recipient) == {ANN, BOB}  # nothing lost
        for recipient, messages in by_recipient.items():
            ids = {m.message_id for m in messages}
            assert ids == {final[recipient][2]}, f"{recipient} got distinct messages: {ids}"
        assert len(by_recipient[victim]) == 2  # the crashed copy, resent once with the same id
        assert by_recipient[victim][0].message["Date"] == by_recipient[victim][1].message["Date"]
        other = BOB if victim == ANN else ANN
        assert len(by_recipient[other]) == 1

        # 3. Another restart: everything is recorded as sent, so nothing is sent again.
        third = DaemonProcess(config, *FAST)
        try:
            third.wait_for("start-up: first poll done, digests due while down checked")
        finally:
            assert third.stop() == 0, third.log()
        assert len(sink.received) == 3
        assert deliveries(db) == final
