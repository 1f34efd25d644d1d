"""jobruns' maintainer tools, kept out of the jobruns wheel (`python -m jobruns_tools --help`).

- `pipeline`: validate each spec, generate its package with the pinned openapi-python-client and ruff, regenerate
  what is stale, check generated/ for drift, build the distributions;
- `facts`: the parts of a spec the generator drops, for the templates;
- `specsource`: refresh a vendored spec from upstream, keeping our overlay (`nox -s update_spec`);
- `specdiff`: what changed between two specs for a client (`nox -s spec_diff`).

None of them imports jobruns: they build it.
"""
