// What Microsoft Entra ID's pages send (content/entra/), the same family as Okta's: the fill,
// what the provisioning blades show (app kind, form fields, group mapping, status), what Entra's
// notifications said after "Test Connection" or "Provision on demand", the form's values at a
// click, and fields picked by hand. Entra renders its blades in cross-origin frames
// (*.reactblade.portal.azure.net) under the shell (entra.microsoft.com, portal.azure.com): only
// those frames, and the shell's top frame, may send these (core/sender.ts).
import { z } from '../zod';
import { LocatorSchema, PickableFieldSchema } from '../locators';
import { FILL_REASONS, FieldOutcomeSchema, Text } from '../fact-parts';
import {
  ENTRA_FIELDS,
  ENTRA_OUTCOME_ACTIONS,
  EntraAppKindSchema,
  EntraFieldReportSchema,
  EntraFieldSchema,
  EntraGroupsSchema,
  EntraStatusSchema,
  EntraUiSchema,
} from '../idp/entra/facts';

/** Entra frame, after a trusted click on "Fill from Trelica": the reply is FillReply's shape. */
export const EntraFillRequest = z.object({ type: z.literal('entra/fill') });

/** Entra frame: what its blades show, as they change. */
export const EntraObservationRequest = z.object({
  type: z.literal('entra/observation'),
  ui: z.optional(EntraUiSchema),
  app: z.optional(EntraAppKindSchema),
  fields: z.optional(EntraFieldReportSchema),
  groups: z.optional(EntraGroupsSchema),
  status: z.optional(EntraStatusSchema),
});

/** Entra frame or shell, after a notification (or the on-demand steps) showed a result. */
export const EntraOutcomeRequest = z.object({
  type: z.literal('entra/outcome'),
  action: z.enum(ENTRA_OUTCOME_ACTIONS),
  text: z.string().check(z.maxLength(300)),
});

/** One Entra field after a fill: as Okta's, with Entra's field names. */
export const EntraFieldResultSchema = z.object({
  field: EntraFieldSchema,
  outcome: FieldOutcomeSchema,
  reason: z.optional(z.enum(FILL_REASONS)),
  /** Never sent for the token field. */
  current: z.optional(z.string().check(z.maxLength(300))),
});
export type EntraFieldResult = z.infer<typeof EntraFieldResultSchema>;

/** Entra frame, after a fill (or a field picked by hand). */
export const EntraFilledRequest = z.object({
  type: z.literal('entra/filled'),
  results: z.array(EntraFieldResultSchema).check(z.maxLength(ENTRA_FIELDS.length)),
  ui: z.optional(EntraUiSchema),
  picked: z.optional(z.boolean()),
});

/** What the form holds at a click on Test Connection: the token only to compare or run on. */
const ENTRA_FORM_NOW = {
  action: z.literal('test-connection'),
  baseUrl: Text,
  token: Text,
};

/** Entra frame, as the admin clicks "Test Connection": drift since the fill. */
export const EntraAboutToRequest = z.object({ type: z.literal('entra/about-to'), ...ENTRA_FORM_NOW });

/** Entra frame, "Find out why" after Entra's test failed: our own test on the form's values. */
export const EntraFindOutWhyRequest = z.object({ type: z.literal('entra/find-out-why'), ...ENTRA_FORM_NOW });

export const EntraRememberRequest = z.object({
  type: z.literal('entra/remember-field'),
  field: PickableFieldSchema,
  locator: LocatorSchema,
});

/** Entra's early script, once per document (frame), on a sign of a blade we serve. */
export const EntraStartRequest = z.object({ type: z.literal('entra/start') });
