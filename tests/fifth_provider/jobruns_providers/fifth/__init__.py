"""Fifth's registry entry: jobruns finds it here, in the jobruns_providers namespace package (no __init__.py of its
own), once this distribution is installed beside jobruns. See docs/adding-a-provider.md."""

from jobruns.adapters import Provider

PROVIDER = Provider(
    name="fifth",
    title="Fifth",
    adapter="jobruns_providers.fifth.adapter:Fifth",
    emulator="jobruns_providers.fifth.emulator:Fifth",
    demo_settings={"space": "demo"},
)
