// The Trelica content script's entry point (see script.ts).
import { startTrelicaScript } from './script';

startTrelicaScript();
