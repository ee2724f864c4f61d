// The JumpCloud content script's entry point (see script.ts), on the default port of an allowed
// console region only (lifecycle.ts).
import { startWhereAllowed } from '../lifecycle';
import { startJumpCloudScript } from './script';

startWhereAllowed('jumpcloud/allowed', startJumpCloudScript);
