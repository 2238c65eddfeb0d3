"""Compose a digest email: one multipart/alternative message (text, then HTML)."""

from __future__ import annotations

import datetime as dt
import email.policy
import email.utils
from dataclasses import dataclass
from email.message import EmailMessage

from monitor.deliver.message_id import make_message_id
from monitor.digest import render
from monitor.types import Digest


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A composed digest for one recipient, with what a mailer needs to file or send it."""

    watchlist: str
    recipient: str
    sender: str
    since: dt.date
    until: dt.date
    message_id: str
    message: EmailMessage
    html: str

    def as_bytes(self) -> bytes:
        """The message as an RFC 5322 file (CRLF line ends), e.g. for an .eml file."""
        return self.message.as_bytes(policy=email.policy.SMTP)


def compose(
    digest: Digest,
    *,
    sender: str,
    recipient: str,
    message_id: str,
    date: dt.datetime,
    text: str | None = None,
    html: str | None = None,
) -> Outgoing:
    """Build the message. ``date`` is the Date header (a retry passes the delivery's creation time,
    so every attempt carries the same headers)."""
    text = render.render_text(digest) if text is None else text
    html = render.render_html(digest) if html is None else html
    message = EmailMessage(policy=email.policy.default)
    message["Subject"] = render.subject(digest)
    message["From"] = sender
    message["To"] = recipient
    message["Date"] = email.utils.format_datetime(date.astimezone(dt.UTC))
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"
    message["X-Monitor-Watchlist"] = render.clean(digest.watchlist)
    message["X-Monitor-Period"] = f"{digest.since.isoformat()}/{digest.until.isoformat()}"
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return Outgoing(
        watchlist=digest.watchlist,
        recipient=recipient,
        sender=sender,
        since=digest.since,
        until=digest.until,
        message_id=message_id,
        message=message,
        html=html,
    )


def compose_digest(
    digest: Digest,
    *,
    sender: str,
    recipient: str,
    date: dt.datetime,
    message_id: str | None = None,
) -> Outgoing:
    """:func:`compose` with the deterministic Message-ID of (watchlist, recipient, period)."""
    mid = message_id or make_message_id(digest.watchlist, recipient, digest.since, digest.until, sender)
    return compose(digest, sender=sender, recipient=recipient, message_id=mid, date=date)
