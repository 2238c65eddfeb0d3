"""Mailers: how a composed digest leaves the machine. One small protocol, two implementations.

* :class:`SmtpMailer` talks to an SMTP server (STARTTLS, SSL or plain; optional login).
* :class:`OutboxMailer` writes ``<outbox>/<watchlist>/<since>_<until>-<recipient>.eml`` and the HTML
  beside it, for machines without a mail server.

Errors from smtplib and sockets are translated here, once: 4xx replies and refused, dropped or
timed-out connections become :class:`TemporaryDeliveryError` (retry later); 5xx replies
:class:`PermanentDeliveryError` (do not retry).
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
    """Send through an SMTP server, one connection per message."""

    def __init__(self, smtp: SmtpSettings) -> None:
        if not smtp.host:
            raise ValueError("SmtpMailer needs smtp.host; use OutboxMailer without one")
        self.smtp = smtp
        self.host: str = smtp.host

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

    def send(self, outgoing: Outgoing) -> None:
        where = f"{self.host}:{self.smtp.port}"
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
        try:
            try:
                if self.smtp.username:
                    client.login(self.smtp.username, self.smtp.password or "")
                refused = client.send_message(
                    outgoing.message, from_addr=outgoing.sender, to_addrs=[outgoing.recipient]
                )
            except smtplib.SMTPRecipientsRefused as exc:
                code, reply = exc.recipients.get(outgoing.recipient, (550, b"recipient refused"))
                raise classify(code, _reply_text(reply), f"{where} refused {outgoing.recipient}") from exc
            except smtplib.SMTPAuthenticationError as exc:
                raise classify(
                    exc.smtp_code,
                    _reply_text(exc.smtp_error) + " (check smtp.username and the password variable)",
                    f"{where} refused the login",
                ) from exc
            except smtplib.SMTPResponseException as exc:
                raise classify(
                    exc.smtp_code, _reply_text(exc.smtp_error), f"{where} refused the message"
                ) from exc
            except smtplib.SMTPServerDisconnected as exc:
                raise TemporaryDeliveryError(f"{where} dropped the connection: {exc}") from exc
            except (smtplib.SMTPException, OSError) as exc:
                raise TemporaryDeliveryError(
                    f"sending through {where} failed: {exc or type(exc).__name__}"
                ) from exc
            if refused:  # only possible with several recipients; kept for completeness
                code, reply = next(iter(refused.values()))
                raise classify(code, _reply_text(reply), f"{where} refused {outgoing.recipient}")
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()


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


def mailer_for(settings: Settings) -> Mailer:
    """SMTP when ``smtp.host`` is set, else the outbox folder."""
    if settings.smtp.host:
        return SmtpMailer(settings.smtp)
    return OutboxMailer(settings.outbox)
