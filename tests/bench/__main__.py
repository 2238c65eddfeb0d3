"""``python -m tests.bench``: see :mod:`tests.bench.main`."""

import sys

from tests.bench.main import main

sys.exit(main())
