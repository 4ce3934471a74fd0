"""Doors onto other systems' runners; each imports its system only when called (optional extras)."""
