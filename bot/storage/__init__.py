"""SQLite storage: the database handle, migrations and one small module per table group."""
