"""A real SMTP server on loopback (aiosmtpd) whose answers a test can script.

    with SmtpServer() as server:            # accepts everything
        server.data_reply = "451 4.3.0 try again later"
        server.refuse["bob@example.com"] = "550 5.1.1 no such user"
        server.drop_after_data = True       # close the connection instead of answering DATA
        server.close_after_accepting = 1    # accept the next message, then close its connection
        ...
        server.messages                     # what was accepted: Received(sender, recipients, message)
        server.connections, server.quits    # how many connections (sessions) were opened; QUITs seen

Also as the pytest fixture ``smtp_server`` (import it into a test module or conftest). Optional
login (``SmtpServer(credentials=("user", "secret"))``) and STARTTLS (``tls_context=``).
"""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes
    connection: int = 0  # which connection brought it: 1 for the first one the server accepted

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class _Handler:
    server: SmtpServer

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname  # this hook's duty (aiosmtpd 5-argument form)
        self.server.connection_of(server)
        return responses

    async def handle_HELO(self, server: Any, session: Any, envelope: Any, hostname: str) -> str:
        session.host_name = hostname
        self.server.connection_of(server)
        return f"250 {server.hostname}"

    async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:
        with self.server.lock:
            self.server.quits += 1
        return "221 Bye"

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if self.server.mail_reply:
            return self.server.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        refusal = self.server.refuse.get(address.lower())
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.server.lock:
            self.server.data_count += 1
            received = Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                bytes(envelope.original_content),
                self.server.connection_of(server),
            )
            if self.server.drop_after_data:
                # The message reached the server, but the client never hears so: the ambiguous case.
                self.server.dropped.append(received)
                server.transport.close()
                return "250 never seen"
            if self.server.data_reply:
                return self.server.data_reply
            self.server.messages.append(received)
            close = self.server.close_after_accepting > 0
            if close:
                self.server.close_after_accepting -= 1
        if close:  # answer, then hang up: the client's next command finds the connection gone
            await server.push("250 Message accepted")
            server.transport.close()
        return "250 Message accepted"


@dataclass
class SmtpServer:
    credentials: tuple[str, str] | None = None
    tls_context: ssl.SSLContext | None = None
    # scriptable behaviour, changeable while running
    mail_reply: str | None = None  # e.g. "421 4.3.2 shutting down": answer MAIL FROM with this
    data_reply: str | None = None  # e.g. "451 ..." or "550 ...": answer DATA with this
    refuse: dict[str, str] = field(default_factory=dict)  # recipient (lower case) -> reply
    drop_after_data: bool = False
    close_after_accepting: int = 0  # this many accepted messages each end their connection
    # what happened
    messages: list[Received] = field(default_factory=list)
    dropped: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    data_count: int = 0
    quits: int = 0
    _sessions: list[Any] = field(default_factory=list)  # aiosmtpd's per-connection protocol objects
    lock: threading.Lock = field(default_factory=threading.Lock)
    host: str = "127.0.0.1"
    port: int = 0
    _controller: Controller | None = None

    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
        if isinstance(auth_data, LoginPassword) and self.credentials is not None:
            user = auth_data.login.decode()
            ok = (user, auth_data.password.decode()) == self.credentials
            if ok:
                self.logins.append(user)
            return AuthResult(success=ok, handled=False)
        return AuthResult(success=False, handled=False)

    @property
    def connections(self) -> int:
        """How many connections said EHLO/HELO (STARTTLS's second EHLO is the same connection)."""
        return len(self._sessions)

    def connection_of(self, protocol: Any) -> int:
        """1-based number of the connection served by this aiosmtpd protocol object."""
        for number, known in enumerate(self._sessions, 1):
            if known is protocol:
                return number
        self._sessions.append(protocol)
        return len(self._sessions)

    def start(self) -> SmtpServer:
        with socket.socket() as probe:
            probe.bind((self.host, 0))
            self.port = probe.getsockname()[1]
        kwargs: dict[str, Any] = {}
        if self.credentials is not None:
            kwargs.update(authenticator=self._authenticate, auth_require_tls=False)
        if self.tls_context is not None:
            kwargs.update(tls_context=self.tls_context, require_starttls=True)
        self._controller = Controller(
            _Handler(self), hostname=self.host, port=self.port, ready_timeout=10, **kwargs
        )
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def reset(self) -> None:
        """Back to accepting everything (the record of what happened is kept)."""
        self.mail_reply = None
        self.data_reply = None
        self.refuse.clear()
        self.drop_after_data = False
        self.close_after_accepting = 0

    def to(self, recipient: str) -> list[Received]:
        return [m for m in self.messages if recipient in m.recipients]


def closed_port() -> int:
    """A loopback port nothing listens on (connections are refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server
