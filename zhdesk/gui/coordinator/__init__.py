"""The coordinator's panes: the dashboard (``dashboard``) with its bodies' table (``status_model``), its
completeness chart (``chart``) and its actions as operations (``actions``); ``shell``: what they need from
the window. Built after the first screen (QtCharts loads then)."""
