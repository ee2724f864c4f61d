// What Okta's app pages showed (State.okta), as the Okta script reports it: the SCIM
// Connection form's fields, "Push Groups", the To App actions, and what Okta's own "Test
// Connector Configuration" dialog said. Kept per Okta org (its admin origin), never a value of
// the token.
import { z } from '../../zod';
import { FieldOutcomeSchema, OutcomeSchema, Text } from '../../fact-parts';

/** The fields the Okta script fills: `actions` is the "Supported provisioning actions" boxes. */
export const OKTA_FIELDS = ['base-url', 'unique-id', 'actions', 'auth-mode', 'token'] as const;
export type OktaField = (typeof OKTA_FIELDS)[number];
export const OktaFieldSchema = z.enum(OKTA_FIELDS);

export const OktaFieldReportSchema = z.partialRecord(OktaFieldSchema, FieldOutcomeSchema);
export type OktaFieldReport = z.infer<typeof OktaFieldReportSchema>;

/** "Push Groups" among the provisioning actions: Trelica has no groups, so it must stay off. */
export const PushGroupsSchema = z.enum(['on', 'off', 'absent']);
export type PushGroups = z.infer<typeof PushGroupsSchema>;

/** Provisioning > To App: the three actions Trelica's article enables. */
export const ToAppSchema = z.object({ create: z.boolean(), update: z.boolean(), deactivate: z.boolean() });
export type ToApp = z.infer<typeof ToAppSchema>;

/** The Okta buttons whose outcome is read: only its connector test shows one. */
export const OKTA_OUTCOME_ACTIONS = ['test-connection'] as const;

export const OktaFactsSchema = z.object({
  /** The admin console it was seen on ("https://acme-admin.okta.com"): links go there. */
  origin: z.nullable(Text),
  fields: z.nullable(OktaFieldReportSchema),
  pushGroups: z.nullable(PushGroupsSchema),
  toApp: z.nullable(ToAppSchema),
  outcomes: z._default(z.partialRecord(z.enum(OKTA_OUTCOME_ACTIONS), OutcomeSchema), {}),
  observedAt: z.nullable(z.number()),
});
export type OktaFacts = z.infer<typeof OktaFactsSchema>;

export const EMPTY_OKTA_FACTS: OktaFacts = Object.freeze({
  origin: null,
  fields: null,
  pushGroups: null,
  toApp: null,
  outcomes: {},
  observedAt: null,
});
