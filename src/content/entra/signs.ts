// Where Entra's pages we serve may show, and which of two jobs the script does there
// (ENTRA.md "Where Entra's script runs"):
// - in a blade's frame (*.reactblade.portal.azure.net, under the shell): the provisioning form
//   in either UI, the Mappings list, the groups' attribute mapping, Provision on demand; the
//   page watch rescans when an element whose own text reads like one of those appears;
// - in the shell's top frame (entra.microsoft.com, portal.azure.com): only the notifications
//   Entra shows after "Test Connection" (the form's frame never shows them).
// The early script asks for the script on the same two kinds of frames (./early-signs.ts).
import { isEntraFrameUrl } from '../../core/hosts';
import type { Signs } from '../dom/signs';
import { buttonText, matchIndex, shortOwnText } from '../dom/text';
import { inShellTop } from './where';
import { APPEAR_SELECTOR, APPEAR_TEXTS, NOTICE_APPEAR } from './selectors';

export { inShellTop };

export const ENTRA_FRAME_SIGNS: Signs = {
  isCandidate: (url) => isEntraFrameUrl(url.href),
  appearSelector: APPEAR_SELECTOR,
  appeared(el) {
    const text = shortOwnText(el, 80);
    return text !== null && matchIndex(text || buttonText(el), APPEAR_TEXTS) >= 0;
  },
};

/** In the shell: any notification that appears may be the test's (its text comes later). */
export const ENTRA_SHELL_SIGNS: Signs = { isCandidate: inShellTop, appearSelector: NOTICE_APPEAR };
