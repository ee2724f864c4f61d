// Placeholder: the Trelica content script.
