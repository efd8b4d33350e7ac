// Tests for TsujiDictionary arrive with its issue (see DESIGN.md).
