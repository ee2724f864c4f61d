// The early script's signs of a Trelica page we serve (the Trelica script's own are in
// ./signs.ts, which says why they differ): a SCIM heading, or a "User requests" column header.
import type { EarlySigns } from '../dom/signs';
import { isOneOf, readsAny } from '../dom/xpath';
import { TRELICA } from './selectors';

// TRELICA.headings and scimHeading, and userRequestsHeader's words, in XPath; built when the early
// script arms, not when it starts on every console page.
function shows(): string {
  const scimHeading = `(${isOneOf({
    tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend'],
    roles: ['heading'],
    classWords: ['heading', 'title', 'header'],
  })}) and ${readsAny(['scim'], 60)}`;
  const userRequestsColumn = `(${isOneOf({ tags: ['th'], roles: ['columnheader'] })}) and ${readsAny(['user request', 'account request'])}`;
  return `(${scimHeading}) or (${userRequestsColumn})`;
}

// No isCandidate: Trelica's URLs are unknown (./signs.ts), so every route is one.
export const TRELICA_EARLY_SIGNS: EarlySigns = {
  appearSelector: TRELICA.appearSelector,
  get shows() {
    return shows();
  },
};
