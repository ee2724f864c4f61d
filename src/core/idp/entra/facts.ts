// What Microsoft Entra ID's pages showed (State.entra), as the Entra script reports it from the
// frames that render the enterprise app's blades: which app it is (a non-gallery one, or the old
// gallery "Trelica" app that cannot do SCIM), the provisioning form's fields in either UI, the
// group mapping, the provisioning status, and what Entra's own notifications said after "Test
// Connection" and "Provision on demand". Kept per shell origin, never a value of the token.
import { z } from '../../zod';
import { FieldOutcomeSchema, OutcomeSchema, Text } from '../../fact-parts';

/**
 * The fields the Entra script fills (entra.md "The admin's steps" 2-3):
 * - `mode`: classic UI's "Provisioning Mode", to "Automatic";
 * - `auth-method`: newer UI's "Select authentication method", to "Bearer authentication";
 * - `base-url`: "Tenant URL", to Trelica's Base URL (its `?aadOptscim062020` flag kept);
 * - `token`: "Secret Token" / "Secret token", to the bare token (Entra adds "Bearer ").
 * A UI without one of them reports it "not-found" only when it was looked for there.
 */
export const ENTRA_FIELDS = ['mode', 'auth-method', 'base-url', 'token'] as const;
export type EntraField = (typeof ENTRA_FIELDS)[number];
export const EntraFieldSchema = z.enum(ENTRA_FIELDS);

export const EntraFieldReportSchema = z.partialRecord(EntraFieldSchema, FieldOutcomeSchema);
export type EntraFieldReport = z.infer<typeof EntraFieldReportSchema>;

/** Which provisioning UI the form was found in (entra.md: both live today). */
export const EntraUiSchema = z.enum(['classic', 'new']);
export type EntraUi = z.infer<typeof EntraUiSchema>;

/**
 * Mappings > "Provision Microsoft Entra ID Groups" (older: "… Azure Active Directory Groups"):
 * "on" while its Enabled is Yes (or the mapping list shows it enabled), "off" at No; "absent"
 * when the page does not show it. Trelica has no groups, so it must be off.
 */
export const EntraGroupsSchema = z.enum(['on', 'off', 'absent']);
export type EntraGroups = z.infer<typeof EntraGroupsSchema>;

/** The app the blade is for: "gallery" when the page says it is the old gallery Trelica app. */
export const EntraAppKindSchema = z.enum(['non-gallery', 'gallery']);
export type EntraAppKind = z.infer<typeof EntraAppKindSchema>;

/** "Provisioning Status" On/Off (classic), or Start/Stop provisioning (newer). */
export const EntraStatusSchema = z.enum(['on', 'off']);
export type EntraStatus = z.infer<typeof EntraStatusSchema>;

/** The Entra buttons whose outcome is read, from its notification or its on-demand steps. */
export const ENTRA_OUTCOME_ACTIONS = ['test-connection', 'provision-on-demand'] as const;
export type EntraOutcomeAction = (typeof ENTRA_OUTCOME_ACTIONS)[number];

export const EntraFactsSchema = z.object({
  /** The shell it was seen in ("https://entra.microsoft.com" or "https://portal.azure.com"). */
  origin: z.nullable(Text),
  ui: z.nullable(EntraUiSchema),
  app: z.nullable(EntraAppKindSchema),
  fields: z.nullable(EntraFieldReportSchema),
  groups: z.nullable(EntraGroupsSchema),
  status: z.nullable(EntraStatusSchema),
  outcomes: z._default(z.partialRecord(z.enum(ENTRA_OUTCOME_ACTIONS), OutcomeSchema), {}),
  observedAt: z.nullable(z.number()),
});
export type EntraFacts = z.infer<typeof EntraFactsSchema>;

export const EMPTY_ENTRA_FACTS: EntraFacts = Object.freeze({
  origin: null,
  ui: null,
  app: null,
  fields: null,
  groups: null,
  status: null,
  outcomes: {},
  observedAt: null,
});
