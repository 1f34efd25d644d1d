from jobruns.cli import entry

entry()
