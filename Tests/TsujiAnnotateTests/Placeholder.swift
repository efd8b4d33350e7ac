// Tests for TsujiAnnotate arrive with its issue (see DESIGN.md).
