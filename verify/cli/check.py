"""`verify check`: owned by its workstream; registered in verify/cli/__init__.py."""

COMMANDS: list = []
