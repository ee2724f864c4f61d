// What JumpCloud's Identity Management tab sends: the fill, what its form and Group Management
// show, what JumpCloud said after its own buttons, and fields picked by hand.
import { count, z } from '../zod';
import { LocatorSchema, PickableFieldSchema } from '../locators';
import {
  Email,
  FieldReportSchema,
  FieldResultSchema,
  GroupManagementSchema,
  JUMPCLOUD_FIELDS,
  OutcomeActionSchema,
  Text,
} from '../facts';

/** JumpCloud tab, after a trusted click on "Fill from Trelica". */
export const FillRequest = z.object({
  type: z.literal('jumpcloud/fill'),
  /** The page shows the application's provisioning as already active: JumpCloud asks for a
   *  test email again, and one used before may fail, so a fresh one is suggested. */
  activeConfiguration: z.optional(z.boolean()),
});

/** JumpCloud tab: the Group Management control's state, and the groups bound, as they change. */
export const ObservationRequest = z.object({
  type: z.literal('jumpcloud/observation'),
  fields: z.optional(FieldReportSchema),
  groupManagement: z.optional(GroupManagementSchema),
  /** Ticked on the application's User Groups tab. */
  boundGroups: z.optional(count(10_000)),
});

/** JumpCloud tab, after a trusted click on its Test Connection or Activate: what it showed. */
export const OutcomeRequest = z.object({
  type: z.literal('jumpcloud/outcome'),
  action: OutcomeActionSchema,
  /** What JumpCloud said, verbatim (classified again by the background), or "" for nothing. */
  text: z.string().check(z.maxLength(300)),
  /** Group Management appeared right after a Test Connection: JumpCloud shows it on success. */
  groupManagementAppeared: z.optional(z.boolean()),
});

/** The button JumpCloud's admin clicked, and what its form holds (content/jumpcloud/form.ts). */
const FORM_NOW = {
  action: OutcomeActionSchema,
  baseUrl: Text,
  /** The Token Key field's value: for "about-to", the background compares its fingerprint with
   *  the captured token's, so the captured token is never sent to the page to compare. */
  token: Text,
  testEmail: Text,
};

/** JumpCloud tab, as the admin clicks Test Connection or Activate: what the form holds now. */
export const AboutToRequest = z.object({ type: z.literal('jumpcloud/about-to'), ...FORM_NOW });

/** JumpCloud tab, "Find out why" after a failure: our own test (or rehearsal) on the form's values. */
export const FindOutWhyRequest = z.object({ type: z.literal('jumpcloud/find-out-why'), ...FORM_NOW });

/** JumpCloud tab, after a fill (or a field picked by hand): each field's outcome. The reply
 *  words them for the panel (core/fill-report.ts). */
export const FilledRequest = z.object({
  type: z.literal('jumpcloud/filled'),
  results: z.array(FieldResultSchema).check(z.maxLength(JUMPCLOUD_FIELDS.length)),
  groupManagement: z.optional(GroupManagementSchema),
  /** The address the fill reply suggested, when it went into the form. */
  suggestedTestEmail: z.optional(Email),
  /** The one result is for a field the admin picked by hand. */
  picked: z.optional(z.boolean()),
  /** The fill was on an already active configuration (see FillRequest). */
  activeConfiguration: z.optional(z.boolean()),
});

export const JumpCloudRememberRequest = z.object({
  type: z.literal('jumpcloud/remember-field'),
  field: PickableFieldSchema,
  locator: LocatorSchema,
});

/** See trelica.ts: JumpCloud's early script asks for its site's script. */
export const JumpCloudStartRequest = z.object({ type: z.literal('jumpcloud/start') });
