"""Benchmarks: each module's ``figures()`` measures ratios against in-process baselines (see common.Figure)."""
