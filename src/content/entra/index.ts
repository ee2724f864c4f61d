// The Entra content script's entry point (see script.ts). Not in the manifest: the background
// injects it into one frame of Entra's shell or of a blade it renders (a reactblade host), once
// the admin granted Entra's hosts and the early script there saw a sign of a blade we serve
// (content/early/start.ts).
import { startEntraScript } from './script';

startEntraScript();
