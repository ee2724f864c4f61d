// The Trelica content script's entry point (see script.ts). The manifest's match patterns pin
// the scheme and host but let any port through (https://app.trelica.com:8443/): only the
// default port is Trelica, and the background answers only that origin.
import { startTrelicaScript } from './script';

if (!location.port) startTrelicaScript();
