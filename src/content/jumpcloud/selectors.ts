// Everything this script assumes about the JumpCloud admin console, in one place, as ordered
// fallbacks: label patterns first (most specific first), then data-test-id / name selectors.
// Patterns run on normalized text (lowercased, whitespace collapsed, trailing "*" and ":"
// removed). Nobody here has seen the live markup: selector-evidence.ts says which fixture pages
// (and what vendor documentation) prove each spec. When JumpCloud changes it, update this file.
//
// Served: an SSO application's "Identity Management" tab, e.g.
//   https://console.jumpcloud.com/#/sso/6a1b2c3d4e5f/identity-management   (guess)
//   https://console.eu.jumpcloud.com/#/sso                                  (app opened as a panel)
//   https://console.jumpcloud.com/#/applications/6a1b2c3d4e5f               (new navigation, guess)
// Not served (fully idle): #/users, #/devices, #/groups, #/home ...
import type { ChoiceSpec, FieldSpec } from '../dom/find';

/** Hash routes on which an SSO application can be open. */
export const CANDIDATE_ROUTE = /^#!?\/?(?:[\w-]+\/)*(?:sso|applications?|app-?catalog|sso-?applications?)(?:[/?]|$)/i;

export const TABS = '[role="tab"], [data-test-id*="Tab" i], .tabs a, .tabs button, [class*="tab" i]:is(a, button, li)';
export const TAB_SELECTED =
  '[aria-selected="true"], [aria-current="page"], [aria-current="true"], [class*="active" i], [class*="selected" i]';
// The tab was renamed "Provisioning" in JumpCloud's full-page application view (vendor docs,
// "improved applications experience"); guides still say "Identity Management": serve both.
export const IDENTITY_MANAGEMENT = [/^identity management$/, /^provisioning$/, /\bidentity management\b/];
export const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], [class*="title" i], [class*="heading" i]';
export const CONFIG_TOGGLE = [/^configuration settings$/, /\bconfiguration settings\b/];

export const API_TYPE: ChoiceSpec = {
  labels: [/^api type\b/, /\bapi type\b/, /^api\b/],
  want: /(^|\s)scim api$/,
  fallbacks: ['[data-test-id*="apiType" i]', 'select[name*="apiType" i]', '[name*="api_type" i]'],
};

export const SCIM_VERSION: ChoiceSpec = {
  labels: [/^scim version\b/, /\bscim version\b/, /^version\b/],
  want: /(^|\s)(scim )?v?2(\.0)?$/,
  fallbacks: ['[data-test-id*="scimVersion" i]', 'select[name*="version" i]'],
};

export const BASE_URL: FieldSpec = {
  labels: [/^base url$/, /\bbase url\b/, /^(scim )?(endpoint|tenant) url$/, /^url$/],
  fallbacks: [
    '[data-test-id*="baseUrl" i]',
    'input[name*="baseUrl" i]',
    'input[name*="base_url" i]',
    'input[id*="base-url" i]',
  ],
};

export const TOKEN_KEY: FieldSpec = {
  labels: [/^token key$/, /\btoken key\b/, /^(bearer |api |access |secret )?token$/, /\btoken\b/],
  fallbacks: ['[data-test-id*="tokenKey" i]', '[data-test-id*="token" i]', 'input[name*="token" i]'],
};

export const TEST_EMAIL: FieldSpec = {
  labels: [/^test user email$/, /\btest user e-?mail\b/, /\btest (user )?e-?mail\b/],
  fallbacks: ['[data-test-id*="testUser" i]', 'input[name*="testUser" i]', 'input[name*="test_user" i]'],
};

export const GROUP_MANAGEMENT: FieldSpec = {
  labels: [
    /^enable management of user groups and group membership in this application$/,
    /\benable management of user groups\b/,
    /\bgroup management\b/,
    /\bmanage(ment of)? (user )?groups\b/,
  ],
  fallbacks: ['[data-test-id*="groupManagement" i]', '[name*="groupManagement" i]'],
};

export const ACTIVATE = [/^activate$/, /^activate\b/];
export const TEST_CONNECTION = [/^test connection$/, /^test( the)? connection\b/];

/** The application's tab whose ticked groups JumpCloud provisions. */
export const USER_GROUPS = [/^user groups$/, /^groups$/];
/** A checkbox of that tab that ticks every group at once, not a group itself. */
export const SELECT_ALL = /\b(select|check|tick) all\b|^all$/;

/** What shows an application's provisioning as already active (the badge above the tabs). */
export const STATUS_BADGE =
  '[class*="badge" i], [class*="status" i], [class*="chip" i], [class*="tag" i], [role="status"]';
export const ACTIVE_STATUS = /^active$/;

/** Elements whose appearance may mean the tab appeared (animationstart trick). */
export const APPEAR_SELECTOR =
  '[role="tab"], [role="tabpanel"], [role="dialog"], h1, h2, h3, h4, legend, label, [aria-expanded]';

/** Of the elements that appear, a tab panel or dialog always starts a scan; any other only
 *  when its own text reads like the Identity Management tab or its fields. */
export const APPEAR_ALWAYS = '[role="tabpanel"], [role="dialog"]';
export const APPEAR_TEXTS: readonly RegExp[] = [
  ...IDENTITY_MANAGEMENT,
  ...CONFIG_TOGGLE,
  ...API_TYPE.labels,
  ...BASE_URL.labels,
  ...TOKEN_KEY.labels,
];
