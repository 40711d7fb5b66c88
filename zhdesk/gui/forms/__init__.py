"""The window's forms compiled from zhdesk/resources/forms/*.ui (`make forms`, packaging/compile_forms.py)."""
