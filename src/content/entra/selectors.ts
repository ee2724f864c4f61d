// Everything this script assumes about Microsoft Entra ID's pages, in one place, as ordered
// fallbacks: words first (labels, aria names, headings, button names; most specific first), then
// roles. Patterns run on normalized text (lowercased, whitespace collapsed, trailing "*" and ":"
// removed). Nobody here has seen the live markup: each spec names the fact it rests on, from
// /work/shared/reference/entra.md ("entra.md" below: Trelica's "Microsoft Entra ID SCIM
// configuration" article, Microsoft Learn's provisioning pages, integrators' guides), with that
// note's confidence (H high, M medium, L low).
// The blades are React with Fluent UI (v8 and v9): a TextField is label[for] + input, a Dropdown
// role="combobox" named by aria-labelledby with role="option"s in a role="listbox", a Toggle or
// Switch role="switch", a ChoiceGroup role="radiogroup"; the finders in dom/find.ts read them all.
import type { ChoiceSpec, FieldSpec } from '../dom/find';

export const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, label, span';

// entra.md step 2, classic (M-H): "Provisioning Mode": "Automatic" (its other choice "Manual").
export const MODE: ChoiceSpec = { labels: [/^provisioning mode$/, /\bprovisioning mode\b/], want: /^automatic$/ };
// entra.md step 2, newer (M-H): "Select authentication method:" "Bearer authentication".
export const AUTH_METHOD: ChoiceSpec = {
  labels: [/^select authentication method$/, /\bauthentication method\b/],
  want: /^bearer authentication$/,
};

// entra.md steps 2-3 (H): "Tenant URL" in both UIs.
export const BASE_URL: FieldSpec = { labels: [/^tenant url$/, /\btenant url\b/] };
// entra.md steps 2-3 (H): "Secret Token" (classic), "Secret token" (newer): the bare token.
export const TOKEN: FieldSpec = { labels: [/^secret token$/, /\bsecret token\b/] };

// entra.md step 2 (H classic, M-H newer): "Test Connection" / "Test connection".
export const TEST_CONNECTION = [/^test connection$/];
// entra.md step 2, classic (M-H): "Admin Credentials"; newer: the "Connectivity" page.
export const CLASSIC_WORDS = [/^admin credentials$/, /^provisioning mode$/];
export const NEW_WORDS = [/^connectivity$/, /^select authentication method$/, /^connect your application$/];

// entra.md step 5 (H): Mappings > "Provision Microsoft Entra ID Groups" (older "… Azure Active
// Directory Groups"), "Enabled": "Yes" / "No".
export const GROUPS_MAPPING = [/^provision (microsoft entra id|azure active directory) groups$/];
// Fluent v8's Dropdown is named by its label AND its chosen option (aria-labelledby="<label>
// <title>": "Enabled Yes"), hence each choice's second pattern.
export const ENABLED: FieldSpec = { labels: [/^enabled$/, /^enabled\b/] };
export const YES = /^yes$/;
export const NO = /^no$/;
// The list's rows: a table's, a Fluent DetailsList's (role="row"), a list's.
export const ROWS = 'tr, [role="row"], li';

// entra.md step 1 (H) says the gallery "Trelica" app cannot do SCIM; how its page says so is a
// guess from Entra's wording for gallery apps without provisioning (L): "Out of the box automatic
// provisioning to <app> is not supported today", or a Provisioning Mode offering only "Manual".
export const GALLERY_WORDS = /out of the box automatic provisioning to .+ is not supported/i;
export const MANUAL_ONLY = /^manual$/;

// entra.md step 2 (M-H): classic "Provisioning Status" On/Off; newer "Start provisioning" /
// "Stop provisioning" buttons (the one shown says the other state).
export const STATUS: FieldSpec = { labels: [/^provisioning status$/, /\bprovisioning status\b/] };
export const ON = /^on$/;
export const START_PROVISIONING = [/^start provisioning$/];
export const STOP_PROVISIONING = [/^stop provisioning$/];

// entra.md step 4 (H body, M title): the shell's notifications after Test Connection.
export const NOTICE =
  '[role="alert"], [role="status"], [role="alertdialog"], [class*="toast" i], [class*="notification" i], [class*="messagebar" i]';
/**
 * What appears of a notice, for the appearance watch (dom/signs.ts): the notice, or a line of
 * it. A toast's own entrance animation (the portal slides its toasts in) outranks the watch's
 * zero-specificity rule on the toast itself, so its appearance is seen by its children's.
 */
export const NOTICE_APPEAR =
  // NOTICE, then each of its selectors followed by ">*" (written out: the early script runs this
  // module's top level on every Entra page, where a computed string would be work for nothing).
  `${NOTICE},[role="alert"]>*, [role="status"]>*, [role="alertdialog"]>*, [class*="toast" i]>*, [class*="notification" i]>*, [class*="messagebar" i]>*`;
export const TEST_SUCCESS = /the supplied credentials are authorized to enable provisioning/i;
// (The other failure details quoted there come with one of these in the same notification.)
export const TEST_FAILURE =
  /you appear to have entered invalid credentials|credentialvalidationunavailable|unexpected response from your application/i;
/** What the notification says while Entra is still testing: "Testing connection to <app>". */
export const TESTING = /testing connection to /i;

// entra.md step 6 (H): "Provision on demand": "Provision", then the steps, the last "Perform
// action"; each says success or failure (words M).
export const PROVISION = [/^provision$/];
export const ON_DEMAND_STEP =
  /\b(import user|determine if user is in scope|match user between source and target system|perform action)\b/i;
export const PERFORM_ACTION = /perform action/i;
export const STEP_FAILED = /\b(fail(ed|ure)?|error|skipped|not (in scope|effective))\b/i;
export const STEP_DONE = /\b(success(ful|fully)?|succeeded|created|updated|effective)\b/i;

/** Elements whose appearance may mean a blade we serve appeared (the animationstart trick). */
export const APPEAR_SELECTOR =
  'h1, h2, h3, h4, label, [role="heading"], [role="combobox"], [role="switch"], [role="radiogroup"], [role="grid"], table';
/** Of those, the ones whose own text reads like ours start a scan. */
export const APPEAR_TEXTS: readonly RegExp[] = [
  ...BASE_URL.labels,
  ...TOKEN.labels,
  ...MODE.labels,
  ...AUTH_METHOD.labels,
  ...NEW_WORDS,
  /^admin credentials$/,
  /^mappings$/,
  /^provision on demand$/,
  /^provisioning$/,
  ...GROUPS_MAPPING,
  ...ENABLED.labels,
];
