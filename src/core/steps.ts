// Checklist step ids, in the order the admin meets them (what each says: checklist-text.ts),
// plus "grant-access", which appears only when the browser withholds host access (Firefox lets
// users do that).
export const STEP_IDS = [
  'grant-access',
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
] as const;

export type StepId = (typeof STEP_IDS)[number];
