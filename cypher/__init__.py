"""Cypher statements, loaded by name (see graphkit.cypher_files)."""
