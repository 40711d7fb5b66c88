"""The words a programme plan uses for what changed in a matched measure (no store, no imports)."""

CHANGE_WORDS = {
    "no": "renumbered",
    "text": "re-worded",
    "task": "moved",
    "executors": "executors changed",
    "funding": "funding changed",
}
