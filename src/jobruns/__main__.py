from jobruns._signals import quiet_until_main

quiet_until_main()  # `python -m jobruns`: as the jobruns script, a signal while it starts ends it quietly

from jobruns.cli import entry  # noqa: E402

entry()
