"""Allow ``python -m httpcodes``."""

from httpcodes.cli.main import main

raise SystemExit(main())
