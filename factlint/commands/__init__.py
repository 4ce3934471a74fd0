"""Click command groups, one module per group; factlint.cli assembles them. Thin: each
command parses its options, calls the library, and renders the result."""
