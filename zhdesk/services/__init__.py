"""Qt-free services: every change to the store goes through here, one transaction each."""
