"""`python -m bot` is the same as the `pinbot` console script."""

from bot.cli import main

raise SystemExit(main())
