// The JumpCloud content script's entry point (see script.ts). The manifest's match patterns
// pin the scheme and host but let any port through (https://console.jumpcloud.com:8443/):
// only the default port is the console, and the background answers only that origin.
import { startJumpCloudScript } from './script';

if (!location.port) startJumpCloudScript();
