"""Mailers against a real SMTP server on loopback (aiosmtpd), and the outbox folder."""

from __future__ import annotations

import dataclasses
import ssl
import subprocess
from pathlib import Path
from typing import Any

import pytest

from monitor.deliver.compose import Outgoing, compose_digest
from monitor.deliver.mailers import OutboxMailer, SmtpMailer, mailer_for
from monitor.errors import PermanentDeliveryError, TemporaryDeliveryError
from monitor.types import SmtpSettings
from tests.digest_fixture import GENERATED, fixture_digest, make_settings
from tests.smtpserver import SmtpServer, closed_port, smtp_server

__all__ = ["smtp_server"]
SENDER = "Defenders Monitor <monitor@example.org>"


def outgoing(recipient: str = "alice@example.com") -> Outgoing:
    return compose_digest(fixture_digest(), sender=SENDER, recipient=recipient, date=GENERATED)


def smtp_for(server: SmtpServer, **changes: Any) -> SmtpMailer:
    settings = SmtpSettings(host=server.host, port=server.port, sender=SENDER, security="none", timeout=5)
    return SmtpMailer(dataclasses.replace(settings, **changes))


def test_accepted_message_arrives_whole(smtp_server: SmtpServer) -> None:
    out = outgoing()
    smtp_for(smtp_server).send(out)
    [got] = smtp_server.messages
    assert got.recipients == ["alice@example.com"]
    assert got.sender == "monitor@example.org"
    msg = got.message
    assert msg["Message-ID"] == out.message_id
    assert msg.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in msg.iter_parts()] == ["text/plain", "text/html"]


@pytest.mark.parametrize(
    ("setup", "error"),
    [
        (lambda s: setattr(s, "mail_reply", "421 4.3.2 Service shutting down"), TemporaryDeliveryError),
        (lambda s: setattr(s, "data_reply", "451 4.3.0 Try again later"), TemporaryDeliveryError),
        (lambda s: setattr(s, "data_reply", "550 5.7.1 Message rejected as spam"), PermanentDeliveryError),
        (lambda s: s.refuse.update({"alice@example.com": "550 5.1.1 No such user"}), PermanentDeliveryError),
        (lambda s: s.refuse.update({"alice@example.com": "450 4.2.1 Mailbox busy"}), TemporaryDeliveryError),
        (lambda s: setattr(s, "drop_after_data", True), TemporaryDeliveryError),
    ],
    ids=["421-mail", "451-data", "550-data", "550-rcpt", "450-rcpt", "drop-after-data"],
)
def test_server_answers_are_translated_once(smtp_server: SmtpServer, setup, error) -> None:  # type: ignore[no-untyped-def]
    setup(smtp_server)
    with pytest.raises(error) as info:
        smtp_for(smtp_server).send(outgoing())
    assert not smtp_server.messages
    assert f"{smtp_server.host}:{smtp_server.port}" in str(info.value)
    assert isinstance(info.value.__cause__, Exception)  # the smtplib/socket error is kept as the cause


def test_reply_code_and_text_are_in_the_error(smtp_server: SmtpServer) -> None:
    smtp_server.data_reply = "550 5.7.1 Message rejected as spam"
    with pytest.raises(PermanentDeliveryError, match=r"SMTP 550 5\.7\.1 Message rejected as spam"):
        smtp_for(smtp_server).send(outgoing())


def test_one_refused_recipient_does_not_affect_another(smtp_server: SmtpServer) -> None:
    smtp_server.refuse["bob@example.com"] = "550 5.1.1 No such user"
    mailer = smtp_for(smtp_server)
    mailer.send(outgoing("alice@example.com"))
    with pytest.raises(PermanentDeliveryError, match=r"bob@example\.com"):
        mailer.send(outgoing("bob@example.com"))
    mailer.send(outgoing("carol@example.com"))
    assert [m.recipients for m in smtp_server.messages] == [["alice@example.com"], ["carol@example.com"]]


def test_connection_refused_is_temporary() -> None:
    mailer = SmtpMailer(SmtpSettings(host="127.0.0.1", port=closed_port(), security="none", timeout=5))
    with pytest.raises(TemporaryDeliveryError, match="cannot connect"):
        mailer.send(outgoing())


def test_login_uses_the_configured_password() -> None:
    with SmtpServer(credentials=("digest", "s3cret")) as server:
        smtp_for(server, username="digest", password="s3cret").send(outgoing())
        assert server.logins == ["digest"]
        assert len(server.messages) == 1
        with pytest.raises(PermanentDeliveryError, match="refused the login"):
            smtp_for(server, username="digest", password="wrong").send(outgoing())
        assert len(server.messages) == 1


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
             "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
             "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"openssl cannot make a test certificate: {exc}")
    return cert, key


def test_starttls_is_used_and_verified(tls_files: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    cert, key = tls_files
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    with SmtpServer(tls_context=context) as server:
        # Without trusting the test certificate, verification fails: not sent, temporary.
        with pytest.raises(TemporaryDeliveryError):
            smtp_for(server, security="starttls").send(outgoing())
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        smtp_for(server, security="starttls").send(outgoing())
        # The server requires STARTTLS: a plain session is refused (530, permanent).
        with pytest.raises(PermanentDeliveryError):
            smtp_for(server, security="none").send(outgoing())
    assert len(server.messages) == 1


def test_outbox_writes_eml_and_html_atomically(tmp_path: Path) -> None:
    mailer = OutboxMailer(tmp_path / "outbox")
    out = outgoing("Alice Smith <alice@example.com>")
    mailer.send(out)
    folder = tmp_path / "outbox" / "defenders"
    names = sorted(p.name for p in folder.iterdir())
    stem = "2025-04-28_2025-05-04-Alice_Smith_alice@example.com"
    assert names == [f"{stem}.eml", f"{stem}.html"]
    assert (folder / f"{stem}.eml").read_bytes() == out.as_bytes()
    assert (folder / f"{stem}.html").read_text(encoding="utf-8") == out.html
    mailer.send(out)  # the same delivery again replaces, never duplicates
    assert sorted(p.name for p in folder.iterdir()) == names


def test_outbox_that_cannot_be_written_is_a_temporary_error(tmp_path: Path) -> None:
    blocker = tmp_path / "outbox"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(TemporaryDeliveryError, match="cannot write to the outbox"):
        OutboxMailer(blocker).send(outgoing())


def test_mailer_for_picks_smtp_only_with_a_host(tmp_path: Path) -> None:
    assert isinstance(mailer_for(make_settings(tmp_path)), OutboxMailer)
    settings = make_settings(tmp_path, smtp=SmtpSettings(host="127.0.0.1"))
    assert isinstance(mailer_for(settings), SmtpMailer)
