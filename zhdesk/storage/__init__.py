"""Storage: the typed models, opening a store (SQLite or PostgreSQL) and its migrations."""
