"""The coordinator's dashboard lives in ``zhdesk.gui.coordinator``; this name stays for those who import it."""

from zhdesk.gui.coordinator.dashboard import Dashboard

__all__ = ["Dashboard"]
