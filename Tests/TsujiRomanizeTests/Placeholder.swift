// Tests for TsujiRomanize arrive with its issue (see DESIGN.md).
