// Every checklist step id: the vocabulary ticks and links use. Which of them an admin walks,
// and in what order, is the chosen IdP's (core/idp/<id>/profile.ts): a profile reuses a shared
// id where the step means the same (paste the Base URL, test, keep groups off, save) with its
// own words, and adds its own ids for what only it has. "grant-access" appears only when the
// browser withholds Trelica's host access (Firefox lets users do that); "grant-idp-access" while
// an IdP whose console hosts are asked for at run time (Okta, Entra ID) has not been granted them.
export const STEP_IDS = [
  'grant-access',
  'grant-idp-access',
  'trelica-enable-scim',
  'copy-credentials',
  'jumpcloud-app',
  'scim-api',
  'base-url',
  'token',
  'test-email',
  'test-connection',
  'group-management-off',
  'activate',
  'save',
  'bind-groups',
  'default-role',
  // Okta's own (core/idp/okta/checklist.ts).
  'okta-app',
  'okta-settings',
  'okta-to-app',
  'okta-assign',
  // Entra ID's own (core/idp/entra/checklist.ts).
  'entra-app',
  'entra-provisioning-on',
  'entra-on-demand',
] as const;

export type StepId = (typeof STEP_IDS)[number];
