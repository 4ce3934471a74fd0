"""Evidence: corpus reading, chunking, the embedder, the FAISS index and its passage store."""
