// Tests for TsujiGlossary arrive with its issue (see DESIGN.md).
