// The JumpCloud content script's entry point (see script.ts). The manifest's match patterns
// pin the scheme and host but let any port through (https://console.jumpcloud.com:8443/):
// only the default port is the console, and the background answers only that origin. The
// organization's policy may leave this console region out: then no panel. Any other answer
// (the background unreachable) starts the script, whose requests the background refuses anyway.
import { send } from '../send';
import { startJumpCloudScript } from './script';

if (!location.port) {
  void send({ type: 'jumpcloud/allowed' }).then((reply) => {
    if (!reply.ok || reply.allowed) startJumpCloudScript();
  });
}
