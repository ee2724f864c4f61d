// Replaced by the Okta content script (branch okta-content) before this lands.
export {};
