// The Okta content script's entry point (see script.ts). Not in the manifest: the background
// injects it into one document of an Okta admin console the admin granted, when the early
// script there saw a sign of the app's Provisioning tab (content/early/start.ts).
import { startOktaScript } from './script';

startOktaScript();
