// What proves each spec of selectors.ts: the fixture pages (tests/fixtures/trelica/<page>.html)
// on which it finds its element, checked by tests/unit/content/selector-evidence.test.ts, and
// what Trelica's (1Password SaaS Manager's) documentation says.
// Test data only: no content script imports it (the Trelica script is held to 12 KB gzip).
import type { EvidenceOf } from '../selector-evidence';
import type * as Selectors from './selectors';

/** Each export, and each entry of TRELICA on its own. */
type Spec = Exclude<keyof typeof Selectors, 'TRELICA'> | `TRELICA.${keyof typeof Selectors.TRELICA}`;

const SCIM_HEADINGS = { 'code-block': 'SCIM provisioning', 'saas-manager': 'User provisioning (SCIM)' } as const;
const SCIM_SECTION_DOCS = [
  'Trelica docs: Admin > Settings > Users, section "Single Sign-On (SSO) > SCIM" (1Password SaaS Manager: Settings > Users, or Settings > Accounts)',
];
const DOMAINS_DOCS = [
  'Trelica docs: Admin > Settings > Organization > Domains, a tick in the "User requests" column',
  '1Password SaaS Manager\'s newer texts say "account requests"',
];
const APPEARING = {
  labelled: 'Default role',
  'code-block': 'Base URL',
  'not-enabled': 'SCIM',
  'no-token': 'SCIM',
  'saas-manager': 'User provisioning (SCIM)',
  domains: 'User requests',
  'domains-icons': 'User requests',
  'domains-accounts': 'Account requests',
  'unknown-token-label': 'Default role',
} as const;

export const TRELICA_EVIDENCE: EvidenceOf<Spec> = {
  'TRELICA.headings': {
    fixtures: ['labelled', 'code-block', 'not-enabled', 'no-token', 'saas-manager', 'unknown-token-label'],
    reads: 'SCIM',
    readsOn: SCIM_HEADINGS,
    docs: SCIM_SECTION_DOCS,
  },
  'TRELICA.scimHeading': {
    fixtures: ['labelled', 'code-block', 'not-enabled', 'no-token', 'saas-manager', 'unknown-token-label'],
    reads: 'SCIM',
    readsOn: SCIM_HEADINGS,
    docs: SCIM_SECTION_DOCS,
  },
  'TRELICA.baseUrlLabels': {
    fixtures: ['labelled', 'code-block', 'not-enabled', 'no-token', 'saas-manager', 'unknown-token-label'],
    reads: 'Base URL',
    readsOn: { 'saas-manager': 'SCIM base URL' },
    docs: ['Trelica docs: the SCIM section shows the "Base URL" and the "Bearer token" to copy'],
  },
  // Not on unknown-token-label: there the token is called "Credential".
  'TRELICA.tokenLabels': {
    fixtures: ['labelled', 'code-block', 'not-enabled', 'no-token', 'saas-manager'],
    reads: 'Bearer token',
    readsOn: { 'saas-manager': 'Token' },
    docs: [
      'Trelica docs: the SCIM section shows the "Base URL" and the "Bearer token" to copy; the token may be shown only once',
    ],
  },
  'TRELICA.masked': {
    fixtures: ['code-block'],
    reads: '••••••••••••••••',
  },
  'TRELICA.revealButtons': { fixtures: ['code-block'], reads: 'Show' },
  'TRELICA.hideButtons': { fixtures: ['code-block'], reads: 'Hide' },
  'TRELICA.enableButtons': {
    fixtures: ['not-enabled', 'no-token'],
    reads: 'Enable SCIM',
    docs: ['Trelica docs: the token works only once "Enable SCIM" is clicked'],
  },
  'TRELICA.disableButtons': {
    fixtures: ['labelled', 'code-block', 'not-enabled', 'saas-manager', 'unknown-token-label'],
    reads: 'Disable SCIM',
  },
  'TRELICA.generateButtons': {
    fixtures: ['no-token'],
    reads: 'Generate Token',
    docs: ['Trelica docs: "Generate Token" creates the token'],
  },
  // Not on not-enabled: there "The token will not work until SCIM is enabled." matches too,
  // before any status text (readScimState() decides by the Enable button first).
  'TRELICA.enabledTexts': {
    fixtures: ['labelled', 'code-block', 'saas-manager', 'unknown-token-label'],
    reads: 'SCIM is enabled.',
    readsOn: { 'code-block': 'SCIM is enabled for this organization.', 'saas-manager': 'Enabled' },
  },
  'TRELICA.enableToggleLabels': {
    fixtures: [],
    unproven: 'No fixture page shows SCIM as a switch: every one has Enable / Disable buttons.',
  },
  'TRELICA.defaultRoleLabels': {
    fixtures: ['labelled', 'code-block', 'not-enabled', 'unknown-token-label'],
    reads: 'Default role',
    docs: ['Trelica docs: users SCIM creates get the "Default role" (Admin > Settings > Users)'],
  },
  // On saas-manager the sentence is met before the "Default role" heading's value.
  'TRELICA.defaultRoleInline': {
    fixtures: ['saas-manager'],
    reads: 'Default role: Member',
  },
  'TRELICA.userRequestsHeader': {
    fixtures: ['domains', 'domains-icons', 'domains-accounts'],
    reads: 'User requests',
    readsOn: { 'domains-accounts': 'Account requests' },
    docs: DOMAINS_DOCS,
  },
  'TRELICA.domainHeader': {
    fixtures: ['domains', 'domains-icons', 'domains-accounts'],
    reads: 'Domain name',
    readsOn: { domains: 'Domain' },
    docs: DOMAINS_DOCS,
  },
  'TRELICA.tables': {
    fixtures: ['domains', 'domains-icons', 'domains-accounts'],
    reads: 'table',
    readsOn: { 'domains-icons': '[role="table"]' },
    docs: DOMAINS_DOCS,
  },
  'TRELICA.tickYes': { fixtures: ['domains-icons'], reads: 'Yes' },
  'TRELICA.tickNo': { fixtures: ['domains-icons'], reads: 'No' },
  'TRELICA.tickChars': {
    fixtures: [],
    unproven:
      'Every ✓ on the fixture pages stands alone in its cell, which tickYes reads first; none is written among other text.',
  },
  'TRELICA.appearSelector': {
    fixtures: [
      'labelled',
      'code-block',
      'not-enabled',
      'no-token',
      'saas-manager',
      'domains',
      'domains-icons',
      'domains-accounts',
      'unknown-token-label',
    ],
    readsOn: APPEARING,
  },
  APPEAR_TEXTS: {
    fixtures: [
      'labelled',
      'code-block',
      'not-enabled',
      'no-token',
      'saas-manager',
      'domains',
      'domains-icons',
      'domains-accounts',
      'unknown-token-label',
    ],
    readsOn: APPEARING,
  },
};
