// The early script's signs of a JumpCloud page we serve (the JumpCloud script's own are in
// ./signs.ts, which says why they differ).
import type { EarlySigns } from '../dom/signs';
import { isOneOf, NOT_HIDDEN, readsAny } from '../dom/xpath';
import { APPEAR_SELECTOR } from './selectors';
import { isCandidate } from './signs';

// IDENTITY_MANAGEMENT, CONFIG_TOGGLE and the API type, Base URL and Token Key labels (APPEAR_TEXTS),
// and the tabs (IDENTITY_MANAGEMENT, USER_GROUPS), in words for XPath.
const OUR_TEXTS = [
  'identity management',
  'provisioning',
  'configuration settings',
  'api type',
  'base url',
  'token key',
];
const OUR_TABS = ['identity management', 'provisioning', 'groups'];

// Built when the early script arms on a JumpCloud route, not when it starts on every console page.
function shows(): string {
  const headingOrLabel = `(${isOneOf({
    tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'label'],
    roles: ['heading'],
  })} or @aria-expanded) and not(@role='tab') and ${readsAny(OUR_TEXTS)} and ${NOT_HIDDEN}`;
  const ourTab = `@role='tab' and ${readsAny(OUR_TABS, 40)}`;
  // Our tab's panel, not hidden, found both ways by id (XPath's id() is one lookup, where a
  // path over every tab would scan the document again for each panel): a panel labelled by our
  // tab, or our tab controlling a shown panel. A router's tab strip has no panels (the selected
  // tab's aria-controls names nothing): there the tab itself says where the admin is, once it is
  // the selected one. An unselected Identity Management tab, as on the SSO tab, is no sign.
  const ourTabPanel = `@role='tabpanel' and ${NOT_HIDDEN} and id(@aria-labelledby)[${ourTab}]`;
  const ourTabShown = `${ourTab} and ((@aria-selected='true' and ${NOT_HIDDEN}) or id(@aria-controls)[@role='tabpanel' and ${NOT_HIDDEN}])`;
  return `(${headingOrLabel}) or (${ourTabPanel}) or (${ourTabShown})`;
}

export const JUMPCLOUD_EARLY_SIGNS: EarlySigns = {
  isCandidate,
  appearSelector: APPEAR_SELECTOR,
  get shows() {
    return shows();
  },
};
