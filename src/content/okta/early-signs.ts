// The early script's signs of an Okta page we serve (the Okta script's own are in ./signs.ts):
// on an app instance's page, a heading, legend or label, not hidden, that only the Provisioning
// tab shows: "SCIM Connection" or "SCIM connector base URL" (Integration), "Provisioning to
// App" (To App). Never the "Provisioning" tab's own name: it shows on every tab of the app.
// It arms only on the Provisioning tab's routes (okta.md: the app's tabs are hash routes,
// "#tab-user-management" and its sub-views): on the app's other tabs, whose pages are large
// and busy, nothing is watched at all (the bench measured the General tab's churn otherwise).
import type { EarlySigns } from '../dom/signs';
import { isOneOf, NOT_HIDDEN, readsAny } from '../dom/xpath';
import { APPEAR_SELECTOR } from './selectors';
import { isCandidate } from './signs';

// SCIM_CONNECTION, BASE_URL's first label and PROVISIONING_TO_APP, in words for XPath.
const OUR_TEXTS = ['scim connection', 'scim connector base url', 'provisioning to app'];

const PROVISIONING_TAB = /^#tab-user-management\b/i;

export const OKTA_EARLY_SIGNS: EarlySigns = {
  isCandidate: (url) => isCandidate(url) && PROVISIONING_TAB.test(url.hash),
  appearSelector: APPEAR_SELECTOR,
  // Built when the early script arms on this route, not when it starts on every console page.
  get shows() {
    return `(${isOneOf({
      tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'label'],
      roles: ['heading'],
      classWords: ['o-form-title'],
    })}) and ${readsAny(OUR_TEXTS)} and ${NOT_HIDDEN}`;
  },
};
