// The fields the consoles' forms hold, and what each console calls them. Kept apart from
// core/locators.ts (which needs zod) so the content scripts can name fields without loading it.
/** Every field a script fills or can be pointed at (Trelica's are base-url and token). */
export const PICKABLE_FIELDS = [
  'api-type',
  'scim-version',
  'base-url',
  'token',
  'test-email',
  'unique-id',
  'auth-mode',
] as const;
export type PickableField = (typeof PICKABLE_FIELDS)[number];

/** The fields as JumpCloud's form names them (and Okta's, where they differ: OKTA_FIELD_NAMES). */
export const FIELD_NAMES: Readonly<Record<PickableField, string>> = {
  'api-type': 'API Type',
  'scim-version': 'SCIM Version',
  'base-url': 'Base URL',
  token: 'Token Key',
  'test-email': 'Test User Email',
  'unique-id': 'Unique identifier field for users',
  'auth-mode': 'Authentication Mode',
};

/** The fields as Okta's SCIM Connection form names them. */
export const OKTA_FIELD_NAMES: Readonly<Partial<Record<PickableField, string>>> = {
  'base-url': 'SCIM connector base URL',
  token: 'Authorization',
  'unique-id': 'Unique identifier field for users',
  'auth-mode': 'Authentication Mode',
};

/** The fields as Entra ID's provisioning form names them (classic UI; the newer writes "Secret token"). */
export const ENTRA_FIELD_NAMES: Readonly<Partial<Record<PickableField, string>>> = {
  'base-url': 'Tenant URL',
  token: 'Secret Token',
};
