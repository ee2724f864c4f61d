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

const HEADING_OR_LABEL = `(${isOneOf({
  tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'label'],
  roles: ['heading'],
})} or @aria-expanded) and not(@role='tab') and ${readsAny(OUR_TEXTS)} and ${NOT_HIDDEN}`;
const TAB = `//*[@role='tab'][${readsAny(OUR_TABS, 40)}]`;
const OUR_TAB_PANEL = `@role='tabpanel' and ${NOT_HIDDEN} and (@aria-labelledby=${TAB}/@id or @id=${TAB}/@aria-controls)`;
// A router's tab strip has no panels (the selected tab's aria-controls names nothing): there the
// tab itself says where the admin is, once it is the selected one. An unselected Identity
// Management tab, as on the SSO tab, is no sign.
const OUR_SELECTED_TAB = `@role='tab' and @aria-selected='true' and ${readsAny(OUR_TABS, 40)} and ${NOT_HIDDEN}`;

export const JUMPCLOUD_EARLY_SIGNS: EarlySigns = {
  isCandidate,
  appearSelector: APPEAR_SELECTOR,
  shows: `(${HEADING_OR_LABEL}) or (${OUR_TAB_PANEL}) or (${OUR_SELECTED_TAB})`,
};
