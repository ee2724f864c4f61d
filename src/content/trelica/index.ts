// The Trelica content script's entry point (see script.ts), on the default port of an allowed
// Trelica region only (lifecycle.ts).
import { startWhereAllowed } from '../lifecycle';
import { startTrelicaScript } from './script';

startWhereAllowed('trelica/allowed', startTrelicaScript);
