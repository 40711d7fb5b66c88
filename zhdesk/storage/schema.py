"""The schema revision this version of zhdesk writes (kept equal to the migrations' head by a test)."""

SCHEMA_HEAD = "0005"
