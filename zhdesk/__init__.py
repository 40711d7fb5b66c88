"""zhdesk: quarterly execution reports of a community development programme."""

__version__ = "0.1.0"
