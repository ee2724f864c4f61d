// The fields either console's form holds, and what JumpCloud calls them. Kept apart from
// core/locators.ts (which needs zod) so the content scripts can name fields without loading it.
/** Every field either script fills or can be pointed at (Trelica's are base-url and token). */
export const PICKABLE_FIELDS = ['api-type', 'scim-version', 'base-url', 'token', 'test-email'] as const;
export type PickableField = (typeof PICKABLE_FIELDS)[number];

/** The fields as JumpCloud's form names them. */
export const FIELD_NAMES: Readonly<Record<PickableField, string>> = {
  'api-type': 'API Type',
  'scim-version': 'SCIM Version',
  'base-url': 'Base URL',
  token: 'Token Key',
  'test-email': 'Test User Email',
};
