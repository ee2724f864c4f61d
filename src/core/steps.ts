// Checklist step ids: the ids of ../shared/reference/setup-flow.md, plus "grant-access",
// which appears only when the browser withholds host access (Firefox lets users do that).
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
