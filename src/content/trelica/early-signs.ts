// The early script's signs of a Trelica page we serve (the Trelica script's own are in
// ./signs.ts, which says why they differ): a SCIM heading, or a "User requests" column header.
import type { EarlySigns } from '../dom/signs';
import { isOneOf, readsAny } from '../dom/xpath';
import { TRELICA } from './selectors';

// TRELICA.headings and scimHeading, and userRequestsHeader's words, in XPath.
const SCIM_HEADING = `(${isOneOf({
  tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend'],
  roles: ['heading'],
  classWords: ['heading', 'title', 'header'],
})}) and ${readsAny(['scim'], 60)}`;
const USER_REQUESTS_COLUMN = `(${isOneOf({ tags: ['th'], roles: ['columnheader'] })}) and ${readsAny(['user request', 'account request'])}`;

export const TRELICA_EARLY_SIGNS: EarlySigns = {
  isCandidate: () => true,
  appearSelector: TRELICA.appearSelector,
  shows: `(${SCIM_HEADING}) or (${USER_REQUESTS_COLUMN})`,
};
