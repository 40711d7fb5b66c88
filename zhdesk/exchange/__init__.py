"""Exchange between the coordinator and the executive bodies: form packages out, submissions back.

``container`` reads and writes the files defensively; ``forms`` issues and opens form packages;
``submissions`` makes them in a department store and receives them in the coordinator's; ``merge``
assembles the consolidated texts; ``review`` keeps the status of each body (accept, return).
"""
