"""Example queries for users and the Browser guide."""
