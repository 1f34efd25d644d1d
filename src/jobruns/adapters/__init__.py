"""One module per provider, mapping its generated package to jobruns' model (see jobruns._adapter)."""
