// Where JumpCloud's pages we serve may show: an SSO application's routes, and there
// - for the JumpCloud script's page watch, which rescans: a tab panel or dialog, or an element
//   whose own text reads like the Identity Management tab or its fields;
// - for the early script, which asks for that script only when the page shows what only a page
//   we serve shows: the Identity Management (or Provisioning) heading, or one of its fields'
//   labels, not hidden; or a tab panel, not hidden, that the Identity Management, Provisioning
//   or User Groups tab labels; or, on a router's strip without panels, one of those tabs when
//   it is the selected one. Never an unselected tab: the Identity Management tab shows on the
//   SSO tab too, with its panel hidden (./early-signs.ts).
import type { Route, Signs } from '../dom/signs';
import { buttonText, matchIndex, shortOwnText } from '../dom/text';
import { APPEAR_ALWAYS, APPEAR_SELECTOR, APPEAR_TEXTS, CANDIDATE_ROUTE } from './selectors';

export const isCandidate = (url: Route): boolean => CANDIDATE_ROUTE.test(url.hash);

export const JUMPCLOUD_SIGNS: Signs = {
  isCandidate,
  appearSelector: APPEAR_SELECTOR,
  appeared(el) {
    if (el.matches(APPEAR_ALWAYS)) return true;
    const text = shortOwnText(el, 80);
    return text !== null && matchIndex(text || buttonText(el), APPEAR_TEXTS) >= 0;
  },
};
