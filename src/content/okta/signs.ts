// Where Okta's pages we serve may show: an app instance's page, and there
// - for the Okta script's page watch, which rescans: a tab panel or dialog, or an element whose
//   own text reads like the Provisioning tab, its sections or its fields;
// - for the early script, which asks for that script only when the page shows what only the
//   Provisioning tab shows (./early-signs.ts).
import type { Route, Signs } from '../dom/signs';
import { buttonText, matchIndex, shortOwnText } from '../dom/text';
import { APPEAR_ALWAYS, APPEAR_SELECTOR, APPEAR_TEXTS, CANDIDATE_PATH } from './selectors';

export const isCandidate = (url: Route): boolean => CANDIDATE_PATH.test(url.pathname);

export const OKTA_SIGNS: Signs = {
  isCandidate,
  appearSelector: APPEAR_SELECTOR,
  appeared(el) {
    if (el.matches(APPEAR_ALWAYS)) return true;
    const text = shortOwnText(el, 80);
    return text !== null && matchIndex(text || buttonText(el), APPEAR_TEXTS) >= 0;
  },
};
