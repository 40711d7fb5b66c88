"""The window: a thin face over the services. Only this package imports Qt widgets."""
