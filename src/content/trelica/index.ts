// The Trelica content script's entry point (see script.ts). The manifest's match patterns pin
// the scheme and host but let any port through (https://app.trelica.com:8443/): only the
// default port is Trelica, and the background answers only that origin. The organization's
// policy may leave this Trelica region out: then no panel. Any other answer (the background
// unreachable) starts the script, whose requests the background refuses anyway.
import { send } from '../send';
import { startTrelicaScript } from './script';

if (!location.port) {
  void send({ type: 'trelica/allowed' }).then((reply) => {
    if (!reply.ok || reply.allowed) startTrelicaScript();
  });
}
