// Everything this script assumes about the Okta Admin Console, in one place, as ordered
// fallbacks: label patterns first (most specific first), then ids and form names. Patterns run
// on normalized text (lowercased, whitespace collapsed, trailing "*" and ":" removed). Nobody
// here has seen the live markup: each spec names the fact it rests on, from
// /work/shared/reference/okta.md ("okta.md" below: Trelica's "Okta SCIM configuration"
// article, Okta's SCIM guides, public automation code), with that note's confidence.
// The settings pages run on Okta's older Backbone/jQuery forms ("Courage") in places and on
// React (Odyssey, MUI-based) in others: words and roles first, so both are read alike.
//
// Served: an app instance's Provisioning tab, e.g.
//   https://acme-admin.okta.com/admin/app/acme_trelica_1/instance/0oa1b2c3/#tab-user-management/api-credentials
import type { ChoiceSpec, FieldSpec } from '../dom/find';

// okta.md "Where" (H): the app page is /admin/app/<appName>/instance/<appId>/; its tabs are
// hash routes on it (#tab-general, #tab-user-management/...), which a fresh load may ignore (M):
// the path alone makes a candidate.
export const CANDIDATE_PATH = /^\/admin\/app\/[^/]+\/instance\/[^/]+/i;

// okta.md "Markup" (M): jQuery-UI tabs, `li.ui-state-default > a`, the selected li marked
// ui-tabs-selected / ui-state-active; role="tab" for ARIA tabs (Odyssey's MUI Tabs).
export const TABS = '[role="tab"], li.ui-state-default > a, .ui-tabs-nav a';
export const TAB_SELECTED =
  '[aria-selected="true"], [aria-current="page"], [aria-current="true"], .ui-tabs-selected, .ui-state-active, [class*="selected" i]';
// okta.md steps 1-2 (H): the "Provisioning" tab appears once SCIM provisioning is enabled.
export const PROVISIONING_TAB = [/^provisioning$/];

export const HEADINGS =
  'h1, h2, h3, h4, h5, h6, [role="heading"], legend, .o-form-title, [class*="title" i], [class*="heading" i]';
// okta.md step 2 (H): Provisioning > Integration > panel "SCIM Connection" > "Edit".
export const SCIM_CONNECTION = [/^scim connection$/, /\bscim connection\b/];
// okta.md step 8 (H): To App > "Provisioning to App" > Edit.
export const PROVISIONING_TO_APP = [/^provisioning to app$/, /\bprovisioning to app\b/];

// okta.md steps 2 and 8 (H) "Edit"; "Markup" (M): the classic form's link is
// userMgmtSettings.edit_link.
export const EDIT = [/^edit$/, /^edit (settings|scim connection)$/];
export const EDIT_FALLBACKS = ['[id="userMgmtSettings.edit_link"]', '[id$=".edit_link"]', '[data-se*="edit" i]'];
// okta.md step 7 (H): buttons "Test Connector Configuration", "Save", "Cancel"; "Markup" (M):
// Save is userMgmtSettings.button.submit.
export const SAVE = [/^save$/];
export const TEST_CONNECTOR = [/^test connector configuration$/, /^test connector\b/];

// okta.md step 3 (H): "SCIM connector base URL"; "Markup" (M): catalogue templates' form name
// scim_base_url.
export const BASE_URL: FieldSpec = {
  labels: [/^scim connector base url$/, /\bscim connector base url\b/, /\bbase url\b/],
  fallbacks: ['input[name="scim_base_url"]', 'input[name*="base_url" i]', 'input[name*="baseUrl" i]'],
};

// okta.md step 4 (H): "Unique identifier field for users" = userName.
export const UNIQUE_ID: FieldSpec = {
  labels: [/^unique identifier field for users$/, /\bunique identifier field\b/, /\bunique identifier\b/],
  fallbacks: ['input[name*="unique_id" i]', 'input[name*="uniqueId" i]'],
};
export const UNIQUE_ID_VALUE = 'userName';

// okta.md step 5 (H): the "Supported provisioning actions" boxes, and which to tick.
export const ACTIONS_ON: readonly (readonly RegExp[])[] = [
  [/^import new users and profile updates$/],
  [/^push new users$/],
  [/^push profile updates$/],
];
export const ACTIONS_OFF: readonly { name: string; labels: readonly RegExp[] }[] = [
  { name: 'Push Groups', labels: [/^push groups$/] },
  { name: 'Import Groups', labels: [/^import groups$/] },
];
/** The box that must stay off: Trelica has no Groups (okta.md step 5, H). */
export const PUSH_GROUPS: FieldSpec = ACTIONS_OFF[0]!;

// okta.md step 6 (H): "Authentication Mode": "Basic Auth" / "HTTP Header" / "OAuth 2".
export const AUTH_MODE: ChoiceSpec = {
  labels: [/^authentication mode$/, /\bauthentication mode\b/, /^auth(entication)? (mode|type|method)$/],
  want: /^http header$/,
  fallbacks: ['select[name*="auth_mode" i]', 'select[name*="authMode" i]'],
};

// okta.md step 6 (H) lists "Basic Auth" first: the dropdown shows it before anyone chose, so it
// is no admin's choice to keep (the Odyssey fixture starts there); another one is.
// PLACEHOLDER's words and "Basic Auth", as a literal: a RegExp built from PLACEHOLDER.source would
// be built on every Okta admin page by the early script, which imports this module's strings.
export const AUTH_MODE_UNCHOSEN = /^(select|choose|pick|please)\b|^-+|^none$|^$|^basic auth$/;

// okta.md step 6 (M-H): "Authorization", shown after a fixed "Bearer" prefix (which may be
// all that names it); "Markup" (M): scim_auth_header_value, _new once a token was saved.
export const TOKEN: FieldSpec = {
  labels: [/^authorization$/, /^bearer$/, /\bauthorization\b/, /^(bearer |api |access )?token$/],
  fallbacks: [
    'input[name="scim_auth_header_value"]',
    'input[name="scim_auth_header_value_new"]',
    'input[name*="auth_header" i]',
  ],
};

// okta.md step 7 (H): the dialog titled "Test Connector Configuration", its words.
export const DIALOG = '[role="dialog"], [role="alertdialog"], dialog, .simplemodal-container, [class*="modal" i]';
export const DIALOG_TITLE = TEST_CONNECTOR;
// No leading \b: an element's textContent runs its children's texts together ("…ConfigurationConnector…").
export const CONFIGURED = /connector configured successfully/i;
// E0000059 "Error authenticating: null. The connector configuration could not be tested…",
// E0000049 "Invalid SCIM data from SCIM implementation.", E0000051 "No response from SCIM
// implementation." (H wording).
export const NOT_CONFIGURED =
  /\b(error|errors|could not be tested|invalid|no response|failed|unable|E00000\d\d)\b|\bcould ?n[o']t\b/i;
// okta.md step 7 (H/M): a tick or cross per capability; Trelica: the first four should be
// ticked (the others, Push Groups and Import Groups, should not).
export const CAPABILITIES = ['User Import', 'Import Profile Updates', 'Create Users', 'Update User Attributes'];
// How a row says tick or cross (no source gives the markup), read in its markup: icon classes,
// aria-label/title words, or glyphs. A cross is tested first ("not supported" holds "supported").
export const CROSS = /\b(error|fail(ed|ure)?|cross|unsupported|not supported)\b|error-16|icon-x|[✗✘✕×❌]/i;

// okta.md step 8 (H): To App's three features to "Enable" (and "Sync Password" to leave).
export const TO_APP: readonly { key: 'create' | 'update' | 'deactivate'; labels: readonly RegExp[] }[] = [
  { key: 'create', labels: [/^create users$/] },
  { key: 'update', labels: [/^update user attributes$/] },
  { key: 'deactivate', labels: [/^deactivate users$/] },
];

/** Elements whose appearance may mean the Provisioning tab appeared (animationstart trick). */
export const APPEAR_SELECTOR =
  '[role="tab"], [role="tabpanel"], [role="dialog"], h1, h2, h3, h4, legend, label, .o-form-title, .ui-tabs-panel';
/** Of the elements that appear, a dialog or a tab panel always starts a scan; any other only
 *  when its own text reads like the Provisioning tab's sections or fields. */
export const APPEAR_ALWAYS = '[role="tabpanel"], [role="dialog"], .ui-tabs-panel';
export const APPEAR_TEXTS: readonly RegExp[] = [
  ...PROVISIONING_TAB,
  ...SCIM_CONNECTION,
  ...PROVISIONING_TO_APP,
  ...BASE_URL.labels,
];
