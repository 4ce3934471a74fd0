"""The service's views, one module per door: native (/v1 and the health checks),
languagetool (/v2), labelstudio (the ML backend protocol). Routes are declared in
factlint.serve.app; each view parses, calls the library through the batcher, renders."""
