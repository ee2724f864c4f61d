// Where Trelica's pages we serve may show. Trelica's URLs are unknown, so headings and labels
// decide, and only those whose own text reads like ours make anything look at the page:
// - the Trelica script's page watch rescans on any of them (a SCIM heading, a Base URL or token
//   label, the "User requests" column, "Default role"): fields come and go in a served section;
// - the early script asks for that script only when the page shows what only a page we serve
//   shows: a SCIM heading (what findScimSection starts from) or a "User requests" (or "Account
//   requests") column header (what readUserRequestsTable reads). A "Base URL" label on a
//   dashboard is no reason to load it (./early-signs.ts).
import type { Signs } from '../dom/signs';
import { matchIndex, shortOwnText } from '../dom/text';
import { APPEAR_TEXTS, TRELICA } from './selectors';

export const TRELICA_SIGNS: Signs = {
  isCandidate: () => true,
  appearSelector: TRELICA.appearSelector,
  appeared(el) {
    const text = shortOwnText(el, 80);
    return text !== null && matchIndex(text, APPEAR_TEXTS) >= 0;
  },
};
