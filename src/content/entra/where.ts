// Which of Entra's two kinds of documents this is, for the early script and the Entra script
// alike (kept apart so neither loads the other's signs).
import { isEntraShellUrl } from '../../core/hosts';

/** This document is the shell's top frame (never a frame of the shell's own origin). */
export const inShellTop = (url: URL): boolean => window.top === window && isEntraShellUrl(url.href);
