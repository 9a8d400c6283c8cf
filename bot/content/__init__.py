"""Everything under the top-level content/ folder: loading, validating, rendering."""
