"""One module per provider: how its API answers (routes, auth, bodies, paging). Mapping only."""
