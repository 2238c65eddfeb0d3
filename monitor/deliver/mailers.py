"""Mailers: how a composed digest leaves the machine. One small protocol, two implementations.

* :class:`SmtpMailer` talks to an SMTP server (STARTTLS, SSL or plain; optional login) over one
  kept connection: opened on the first send, reused by the next ones, ended by ``close()``.
* :class:`OutboxMailer` writes ``<outbox>/<watchlist>/<since>_<until>-<recipient>.eml`` and the HTML
  beside it, for machines without a mail server.

Errors from smtplib and sockets are translated here, once: 4xx replies and refused, dropped or
timed-out connections become :class:`TemporaryDeliveryError` (retry later); 5xx replies
:class:`PermanentDeliveryError` (do not retry).

The protocol is ``send`` alone; a mailer may also have ``close()`` (end any
connection it keeps; it stays usable, and never raises), which the delivery service calls when a
run ends, also when it raises. Both mailers here have it (OutboxMailer's does nothing) and are
context managers; a mailer without ``close`` (a test's fake) is simply not closed
(:func:`close_mailer`).
"""

from __future__ import annotations

import logging
import os
import re
import smtplib
import ssl
import tempfile
from pathlib import Path
from typing import Protocol

from monitor.deliver.compose import Outgoing
from monitor.errors import DeliveryError, PermanentDeliveryError, TemporaryDeliveryError
from monitor.types import Settings, SmtpSettings

log = logging.getLogger(__name__)

_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9@._+-]+")


class Mailer(Protocol):
    def send(self, outgoing: Outgoing) -> None:
        """Deliver one message to ``outgoing.recipient``; raise a DeliveryError subclass on failure."""


def close_mailer(mailer: Mailer) -> None:
    """Call the mailer's ``close()`` if it has one (at the end of a delivery run)."""
    close = getattr(mailer, "close", None)
    if callable(close):
        close()


def _reply_text(message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return " ".join(text.split())


def classify(code: int, text: str, what: str) -> DeliveryError:
    """An SMTP reply code as a delivery error: 4xx temporary, anything else permanent."""
    detail = f"{what}: SMTP {code} {text}".rstrip()
    if 400 <= code < 500:
        return TemporaryDeliveryError(detail)
    return PermanentDeliveryError(detail)


class SmtpMailer:
    """Send through an SMTP server over one kept connection.

    The connection is opened, secured and logged in on the first :meth:`send`, checked with NOOP
    and reused by the following ones, and ended with QUIT by :meth:`close` (or leaving a ``with``
    block). A refusal (smtplib answers it with RSET) keeps the connection; a dropped or failed one
    is discarded, and the next send opens a fresh one. The mailer stays usable after close().
    """

    def __init__(self, smtp: SmtpSettings) -> None:
        if not smtp.host:
            raise ValueError("SmtpMailer needs smtp.host; use OutboxMailer without one")
        self.smtp = smtp
        self.host: str = smtp.host
        self.where = f"{self.host}:{smtp.port}"
        self._client: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpMailer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _connect(self) -> smtplib.SMTP:
        s = self.smtp
        if s.security == "ssl":
            return smtplib.SMTP_SSL(
                self.host, s.port, timeout=s.timeout, context=ssl.create_default_context()
            )
        client = smtplib.SMTP(self.host, s.port, timeout=s.timeout)
        if s.security == "starttls":
            client.ehlo()
            client.starttls(context=ssl.create_default_context())
            client.ehlo()
        return client

    def _open(self) -> smtplib.SMTP:
        """A new connection, secured and logged in (once per connection)."""
        where = self.where
        try:
            client = self._connect()
        except smtplib.SMTPNotSupportedError as exc:
            raise PermanentDeliveryError(
                f'{where} does not offer STARTTLS; set smtp.security to "ssl" or "none" in monitor.toml'
            ) from exc
        except smtplib.SMTPResponseException as exc:
            raise classify(
                exc.smtp_code, _reply_text(exc.smtp_error), f"{where} refused the connection"
            ) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise TemporaryDeliveryError(f"cannot connect to {where}: {exc or type(exc).__name__}") from exc
        if self.smtp.username:
            try:
                client.login(self.smtp.username, self.smtp.password or "")
            except (smtplib.SMTPException, OSError) as exc:
                _quit(client)
                raise _translate(exc, where, "") from exc
        return client

    def _connection(self) -> smtplib.SMTP:
        """The kept connection if the server still answers NOOP on it, else a new one."""
        client = self._client
        if client is not None:
            try:
                alive = client.noop()[0] == 250
            except (smtplib.SMTPException, OSError):
                alive = False
            if alive:
                return client
            self._client = None
            client.close()
        self._client = self._open()
        return self._client

    def send(self, outgoing: Outgoing) -> None:
        client = self._connection()
        try:
            refused = client.send_message(
                outgoing.message, from_addr=outgoing.sender, to_addrs=[outgoing.recipient]
            )
        except (smtplib.SMTPException, OSError) as exc:
            # smtplib has reset the transaction after a refusal (or closed on 421): keep the
            # connection only if it is still open and the error was the server's answer.
            answered = isinstance(exc, (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused))
            if not answered or client.sock is None:
                self._client = None
                client.close()
            raise _translate(exc, self.where, outgoing.recipient) from exc
        if refused:  # only possible with several recipients; kept for completeness
            code, reply = next(iter(refused.values()))
            raise classify(code, _reply_text(reply), f"{self.where} refused {outgoing.recipient}")

    def close(self) -> None:
        """End the kept connection with QUIT, if there is one; never raises."""
        client, self._client = self._client, None
        if client is not None:
            _quit(client)


def _quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def _translate(exc: smtplib.SMTPException | OSError, where: str, recipient: str) -> DeliveryError:
    """An smtplib or socket error during login or sending as a delivery error (the one place)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = exc.recipients.get(recipient, (550, b"recipient refused"))
        return classify(code, _reply_text(reply), f"{where} refused {recipient}")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return classify(
            exc.smtp_code,
            _reply_text(exc.smtp_error) + " (check smtp.username and the password variable)",
            f"{where} refused the login",
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return classify(exc.smtp_code, _reply_text(exc.smtp_error), f"{where} refused the message")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return TemporaryDeliveryError(f"{where} dropped the connection: {exc}")
    return TemporaryDeliveryError(f"sending through {where} failed: {exc or type(exc).__name__}")


def _safe_name(value: str) -> str:
    return _UNSAFE_NAME.sub("_", value).strip("._") or "_"


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class OutboxMailer:
    """Write each digest to ``<outbox>/<watchlist>/<since>_<until>-<recipient>.eml`` (+ ``.html``),
    atomically (temporary file, then rename). Writing the same delivery again replaces the files."""

    def __init__(self, outbox: str | os.PathLike[str]) -> None:
        self.outbox = Path(outbox)

    def paths(self, outgoing: Outgoing) -> tuple[Path, Path]:
        folder = self.outbox / _safe_name(outgoing.watchlist)
        stem = f"{outgoing.since.isoformat()}_{outgoing.until.isoformat()}-{_safe_name(outgoing.recipient)}"
        return folder / f"{stem}.eml", folder / f"{stem}.html"

    def send(self, outgoing: Outgoing) -> None:
        eml, html = self.paths(outgoing)
        try:
            eml.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(html, outgoing.html.encode("utf-8"))
            _write_atomic(eml, outgoing.as_bytes())  # last: its presence means "delivered"
        except OSError as exc:
            raise TemporaryDeliveryError(f"cannot write to the outbox {eml.parent}: {exc}") from exc
        log.info("digest written to %s", eml)

    def close(self) -> None:
        """Nothing to end: each send writes and closes its files."""

    def __enter__(self) -> OutboxMailer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def mailer_for(settings: Settings) -> Mailer:
    """SMTP when ``smtp.host`` is set, else the outbox folder."""
    if settings.smtp.host:
        return SmtpMailer(settings.smtp)
    return OutboxMailer(settings.outbox)
