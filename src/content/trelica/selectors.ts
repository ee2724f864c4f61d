// Everything this script assumes about Trelica's pages, in one place, as ordered fallbacks
// (most specific first). Patterns run on normalized text: lowercased, whitespace collapsed,
// trailing "*" and ":" removed. Nobody here has seen the live markup: selector-evidence.ts says
// which fixture pages prove each spec. When Trelica changes its pages, this is the file to update.
//
// Pages served (both "Trelica" and "1Password SaaS Manager" wording):
//   https://app.trelica.com/... Admin > Settings > Users (or Settings > Users, or Settings >
//   Accounts in 1Password SaaS Manager's wording), SCIM section
//   https://eu.trelica.com/...  Admin > Settings > Organization, Domains table

export const TRELICA = {
  /** Elements that may title a section. */
  headings:
    'h1, h2, h3, h4, h5, h6, [role="heading"], legend, [class*="heading" i], [class*="title" i], [class*="header" i]',
  scimHeading: [/^scim$/, /^scim provisioning$/, /\bscim\b/],
  baseUrlLabels: [
    /^base url$/,
    /^scim base url$/,
    /\bbase url\b/,
    /\bscim (endpoint|url)\b/,
    /^(tenant|endpoint) url$/,
  ],
  tokenLabels: [/^bearer token$/, /^(scim |api |access |secret )?token$/, /\bbearer token\b/, /^token\b/],
  /** A value shown masked until revealed. */
  masked: /^[•●*·∙xX…\s]*$/,
  revealButtons: [/^show( token)?$/, /^reveal( token)?$/, /^view( token)?$/, /\bshow\b/],
  hideButtons: [/^hide( token)?$/, /\bhide\b/],
  enableButtons: [/^enable scim$/, /^enable( scim provisioning)?$/, /\benable scim\b/],
  disableButtons: [/^disable scim$/, /\bdisable scim\b/],
  generateButtons: [/^generate( a| new)? token$/, /^generate\b.*\btoken\b/, /^create( a| new)? token$/],
  enabledTexts: [/\bscim (provisioning )?is (now )?enabled\b/, /^enabled$/, /^active$/],
  /** A switch named like this, when Trelica uses one instead of a button. */
  enableToggleLabels: [/^enable scim$/, /\bscim enabled\b/, /^enable scim provisioning$/],
  defaultRoleLabels: [/^default role$/, /\bdefault role\b/],
  /** "Default role: Member" written as one sentence. */
  defaultRoleInline: /default role\s*[:\-–]\s*(.{1,40})$/i,

  /** The Domains table: a header cell for "User requests" ("Account requests" in 1Password
   *  SaaS Manager's wording), one naming the domain. */
  userRequestsHeader: [/^(user|account) requests?$/, /\b(user|account) requests?\b/],
  domainHeader: [/^domains?( name)?$/, /\bdomain\b/],
  tables: 'table, [role="table"], [role="grid"]',
  /** How a tick reads when it is not a checkbox. */
  tickYes: /^(yes|true|on|enabled|ticked|checked|allowed|✓|✔|☑)$/i,
  tickNo: /^(no|false|off|disabled|unticked|unchecked|✗|✘|×)$/i,
  tickChars: /[✓✔☑]/,

  /** Elements whose appearance may mean one of our sections appeared (animationstart trick). */
  appearSelector: 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, label, dt, th, [role="columnheader"]',
} as const;

/** Of the elements that appear, only one whose own text reads like ours starts a scan: a SCIM
 *  heading, a Base URL or token label, the "User requests" column, "Default role". */
export const APPEAR_TEXTS: readonly RegExp[] = [
  ...TRELICA.scimHeading,
  ...TRELICA.baseUrlLabels,
  ...TRELICA.tokenLabels,
  ...TRELICA.userRequestsHeader,
  ...TRELICA.defaultRoleLabels,
];
