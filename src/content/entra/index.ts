// Replaced by the Entra content script (branch of the Entra content helper) before this lands.
export {};
