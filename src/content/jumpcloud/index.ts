// Placeholder: the JumpCloud content script.
