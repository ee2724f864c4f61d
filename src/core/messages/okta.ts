// What Okta's app pages send (content/okta/), the same family as JumpCloud's: the fill, what the
// SCIM Connection form, "Push Groups" and To App show, what Okta's "Test Connector
// Configuration" dialog said, the form's values at a click, and fields picked by hand. Only an
// Okta admin console's top frame may send these (core/sender.ts).
import { z } from '../zod';
import { LocatorSchema, PickableFieldSchema } from '../locators';
import { FILL_REASONS, FieldOutcomeSchema, Text } from '../fact-parts';
import {
  OKTA_FIELDS,
  OKTA_OUTCOME_ACTIONS,
  OktaFieldReportSchema,
  OktaFieldSchema,
  PushGroupsSchema,
  ToAppSchema,
} from '../idp/okta/facts';

/** Okta tab, after a trusted click on "Fill from Trelica": the reply is FillReply's shape. */
export const OktaFillRequest = z.object({ type: z.literal('okta/fill') });

/** Okta tab: what its forms show, as they change. */
export const OktaObservationRequest = z.object({
  type: z.literal('okta/observation'),
  fields: z.optional(OktaFieldReportSchema),
  pushGroups: z.optional(PushGroupsSchema),
  toApp: z.optional(ToAppSchema),
});

/** Okta tab, after its "Test Connector Configuration" dialog showed a result: Okta's words. */
export const OktaOutcomeRequest = z.object({
  type: z.literal('okta/outcome'),
  action: z.enum(OKTA_OUTCOME_ACTIONS),
  text: z.string().check(z.maxLength(300)),
});

/** One Okta field after a fill: as JumpCloud's FieldResultSchema, with Okta's field names. */
export const OktaFieldResultSchema = z.object({
  field: OktaFieldSchema,
  outcome: FieldOutcomeSchema,
  reason: z.optional(z.enum(FILL_REASONS)),
  /** Never sent for the token field. */
  current: z.optional(z.string().check(z.maxLength(300))),
});
export type OktaFieldResult = z.infer<typeof OktaFieldResultSchema>;

/** Okta tab, after a fill (or a field picked by hand): each field's outcome, worded by the reply. */
export const OktaFilledRequest = z.object({
  type: z.literal('okta/filled'),
  results: z.array(OktaFieldResultSchema).check(z.maxLength(OKTA_FIELDS.length)),
  pushGroups: z.optional(PushGroupsSchema),
  picked: z.optional(z.boolean()),
});

/** What the SCIM Connection form holds at a click: the token's value only for the background
 *  to compare fingerprints (about-to) or to run on (find-out-why). */
const OKTA_FORM_NOW = {
  action: z.enum(OKTA_OUTCOME_ACTIONS),
  baseUrl: Text,
  token: Text,
};

/** Okta tab, as the admin clicks "Test Connector Configuration" (or Save): drift since the fill. */
export const OktaAboutToRequest = z.object({ type: z.literal('okta/about-to'), ...OKTA_FORM_NOW });

/** Okta tab, "Find out why" after Okta's test failed: our own test on the form's values. */
export const OktaFindOutWhyRequest = z.object({ type: z.literal('okta/find-out-why'), ...OKTA_FORM_NOW });

export const OktaRememberRequest = z.object({
  type: z.literal('okta/remember-field'),
  field: PickableFieldSchema,
  locator: LocatorSchema,
});

/** Okta's early script, once per document, on a sign of the app's Provisioning tab. */
export const OktaStartRequest = z.object({ type: z.literal('okta/start') });
