"""``python -m pengaduan``: the same as the ``pengaduan`` command."""

import sys

from pengaduan.cli import main

sys.exit(main())
