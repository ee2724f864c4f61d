// The JumpCloud content script's entry point (see script.ts).
import { startJumpCloudScript } from './script';

startJumpCloudScript();
