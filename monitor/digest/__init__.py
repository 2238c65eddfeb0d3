"""The digest: the view model built from stored facts, and its forms.

* :mod:`.build` — ``build_digest``: the pure view model (:class:`monitor.types.Digest`);
* :mod:`.assemble` — ``load_digest``: reads one period from storage and builds it;
* :mod:`.jsonform` — ``digest_to_json``: the JSON form (schema 1);
* :mod:`.render` — the text, HTML and email forms (templates in ``templates/``).
"""

from __future__ import annotations

from monitor.digest.build import build_digest
from monitor.digest.jsonform import digest_to_json

__all__ = ["build_digest", "digest_to_json"]
