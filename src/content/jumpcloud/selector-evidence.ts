// What proves each spec of selectors.ts: the fixture pages on which it finds its element, checked
// by tests/unit/content/selector-evidence.test.ts, and what JumpCloud's documentation says.
// Test data only: no content script imports it (the JumpCloud script is held to 12 KB gzip).
//
// Every field and choice is found by its label on every page here: no page needs the
// data-test-id / name fallbacks, which stay unproven (the test checks labels alone suffice).
// Hand-written pages: tests/fixtures/jumpcloud/<page>.html. Real-library consoles (mui,
// element-plus, shoelace, each also "-provisioning"): tests/fixtures/libraries/.
import type { EvidenceOf } from '../selector-evidence';
import type * as Selectors from './selectors';

/** Every page showing the configuration form (all but sso-tab, which shows the SSO tab). */
const EVERY_FORM = [
  ...['labelled', 'test-ids', 'custom-dropdowns', 'radios', 'collapsed', 'react-controlled', 'missing-token', 'locked'],
  ...['prefilled', 'provisioning', 'active', 'unknown-token-label'],
  ...['mui', 'mui-provisioning', 'element-plus', 'element-plus-provisioning', 'shoelace', 'shoelace-provisioning'],
] as const;

const except = (...pages: readonly (typeof EVERY_FORM)[number][]): string[] =>
  EVERY_FORM.filter((page) => !pages.includes(page));

const PROVISIONING_TAB = {
  provisioning: 'Provisioning',
  'mui-provisioning': 'Provisioning',
  'element-plus-provisioning': 'Provisioning',
  'shoelace-provisioning': 'Provisioning',
} as const;

export const JUMPCLOUD_EVIDENCE: EvidenceOf<keyof typeof Selectors> = {
  CANDIDATE_ROUTE: {
    fixtures: [...EVERY_FORM, 'sso-tab'],
    reads: '#/sso/6a1b2c/identity-management',
    readsOn: {
      provisioning: '#/applications/6a1b2c/provisioning',
      'mui-provisioning': '#/applications/6a1b2c/provisioning',
      'element-plus-provisioning': '#/applications/6a1b2c/provisioning',
      'shoelace-provisioning': '#/applications/6a1b2c/provisioning',
    },
    docs: ['JumpCloud docs: the admin console is a single-page app routed by hash ("#/sso", "#/applications")'],
  },
  TABS: {
    fixtures: EVERY_FORM,
    reads: 'Identity Management',
    readsOn: PROVISIONING_TAB,
  },
  TAB_SELECTED: {
    fixtures: EVERY_FORM,
    reads: 'Identity Management',
    readsOn: PROVISIONING_TAB,
  },
  IDENTITY_MANAGEMENT: {
    fixtures: EVERY_FORM,
    reads: 'Identity Management',
    readsOn: PROVISIONING_TAB,
    docs: [
      'JumpCloud docs: SCIM is set up on the SSO application\'s "Identity Management" tab',
      'JumpCloud docs, "improved applications experience": the full-page application view renamed the tab "Provisioning"; most guides still say "Identity Management"',
    ],
  },
  // Heading-like elements: what finds "Configuration Settings" where it is a title, not a button.
  HEADINGS: {
    fixtures: ['mui-provisioning', 'element-plus-provisioning', 'shoelace-provisioning'],
    reads: 'Configuration Settings',
  },
  CONFIG_TOGGLE: {
    fixtures: except('provisioning'),
    reads: 'Configuration Settings',
  },
  API_TYPE: {
    fixtures: EVERY_FORM,
    reads: 'API Type',
    // Named by aria-labelledby over the label and the value shown.
    readsOn: { 'custom-dropdowns': 'API Type Select an option' },
    docs: ['JumpCloud docs: API type "SCIM API"'],
  },
  SCIM_VERSION: {
    fixtures: EVERY_FORM,
    reads: 'SCIM Version',
    docs: ['JumpCloud docs: SCIM version "SCIM 2.0"'],
  },
  BASE_URL: {
    fixtures: EVERY_FORM,
    reads: 'Base URL',
    docs: ['JumpCloud docs: field "Base URL" on the same tab'],
  },
  // Not on missing-token (no such field) nor unknown-token-label (called "Credential").
  TOKEN_KEY: {
    fixtures: except('missing-token', 'unknown-token-label'),
    reads: 'Token Key',
    docs: ['JumpCloud docs: field "Token Key", sent as the bearer token'],
  },
  TEST_EMAIL: {
    fixtures: EVERY_FORM,
    reads: 'Test User Email',
    docs: ['JumpCloud docs: field "Test User Email", asked for again when an active configuration is edited'],
  },
  GROUP_MANAGEMENT: {
    fixtures: EVERY_FORM,
    reads: 'Enable management of User Groups and Group Membership in this application',
    docs: [
      'JumpCloud docs: after a successful test, "Enable management of User Groups and Group Membership in this application"',
      'Third-party guides call it a toggle: it may be a switch',
    ],
  },
  // Not on active: editing an active configuration offers Save, not Activate.
  ACTIVATE: {
    fixtures: except('active'),
    reads: 'Activate',
    docs: ['JumpCloud docs: "Activate" creates, updates and deletes a test user with the test email'],
  },
  TEST_CONNECTION: {
    fixtures: EVERY_FORM,
    reads: 'Test Connection',
    docs: ['JumpCloud docs: "Test Connection" reads a list of users, and names no reason when it fails'],
  },
  USER_GROUPS: {
    fixtures: [...except('test-ids', 'custom-dropdowns', 'radios'), 'sso-tab'],
    reads: 'User Groups',
    docs: [
      'Third-party guides: only users in the user groups bound on the application\'s "User Groups" tab are provisioned',
    ],
  },
  SELECT_ALL: {
    fixtures: [],
    unproven: 'No fixture page has a select-all checkbox on its User Groups tab.',
  },
  // Not on shoelace-provisioning: its sl-badge carries no class or role in the light DOM.
  STATUS_BADGE: {
    fixtures: ['provisioning', 'active', 'mui-provisioning', 'element-plus-provisioning'],
    reads: 'Not configured',
    readsOn: { active: 'Active' },
    docs: [
      'JumpCloud docs, "improved applications experience": the integration\'s status shows above the tabs; no source gives its exact text',
    ],
  },
  // active at load; the others once Activate succeeded.
  ACTIVE_STATUS: {
    fixtures: ['provisioning', 'active', 'mui-provisioning', 'element-plus-provisioning'],
    reads: 'Active',
  },
  APPEAR_SELECTOR: {
    fixtures: EVERY_FORM,
    reads: 'Identity Management',
    readsOn: PROVISIONING_TAB,
  },
  // Not on test-ids: no tab panel or dialog role around its form.
  APPEAR_ALWAYS: {
    fixtures: except('test-ids'),
    reads: 'tabpanel',
  },
  APPEAR_TEXTS: {
    fixtures: EVERY_FORM,
    reads: 'Identity Management',
    readsOn: PROVISIONING_TAB,
  },
};
