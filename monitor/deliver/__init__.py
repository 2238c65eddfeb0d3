"""Delivery of digests: SMTP or outbox mailers behind one interface, exactly once per period."""
