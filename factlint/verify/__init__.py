"""Claim verifiers: heuristic (default, offline) and nli (a CrossEncoder)."""
