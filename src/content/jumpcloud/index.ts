// The JumpCloud content script's entry point (see script.ts). Not in the manifest: the background
// injects it into one document, on the default port of an allowed console region only, when the
// early script there saw a sign of a page we serve (content/early/start.ts).
import { startJumpCloudScript } from './script';

startJumpCloudScript();
