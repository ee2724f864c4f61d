// What the Trelica page's script sends: the capture, the page's facts, the registered domains,
// fields picked by hand, and the early script's request for its site's script.
import { z } from '../zod';
import { LocatorSchema, PickableFieldSchema } from '../locators';
import { DomainList, ScimStateSchema, Text } from '../facts';

/** Trelica tab, after a trusted click on "Send to the extension". */
export const CaptureRequest = z.object({
  type: z.literal('trelica/capture'),
  baseUrl: Text,
  token: Text,
  scimState: ScimStateSchema,
});

/** Trelica tab, whenever the SCIM section is on screen: non-secret page facts. */
export const TrelicaPageRequest = z.object({
  type: z.literal('trelica/page'),
  scimState: ScimStateSchema,
  defaultRole: z.nullable(z.string().check(z.maxLength(200))),
});

/** Trelica tab, on Settings > Organization > Domains: the domains with "User requests" ticked. */
export const DomainsRequest = z.object({
  type: z.literal('trelica/domains'),
  domains: DomainList,
});

/** A tab, after the admin picked a field by hand: where to find it next time (no value). */
export const TrelicaRememberRequest = z.object({
  type: z.literal('trelica/remember-field'),
  field: PickableFieldSchema,
  locator: LocatorSchema,
});

/** Trelica tab, before it reads the SCIM section: the fields picked there before. */
export const TrelicaRememberedRequest = z.object({ type: z.literal('trelica/remembered') });

/** A console tab's early script, once per document, when the page shows a sign of one we serve:
 *  the background injects the site's script into that document when the organization's policy
 *  allows this console region (a disallowed one gets no script, so no panel). No file name in
 *  it: the background picks the script from the sender's checked site. */
export const TrelicaStartRequest = z.object({ type: z.literal('trelica/start') });
