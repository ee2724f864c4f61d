// What an identity provider brings to the assistant, as pure data and small pure functions: the
// rest of the tree asks its profile (core/idp/profiles.ts) rather than naming the IdP.
import type { ChecklistFacts, Rule } from '../checklist-types';
import type { StepText } from '../checklist-text';
import type { StepId } from '../steps';
import type { IdpId } from './ids';
import type { DialectId } from '../scim/dialects';

export interface IdpProfile {
  id: IdpId;
  /** As the vendor writes it. */
  name: string;
  /**
   * 'install': its console hosts are install-time host permissions (manifest host_permissions);
   * 'runtime': optional ones (core/hosts.ts), asked for when the admin picks it.
   */
  access: 'install' | 'runtime';
  /** Match patterns of its console, as permissions.request takes them. */
  hostPatterns: readonly string[];
  /** Its own checklist steps, in the order the admin meets them, each with its rule. */
  rules: ReadonlyArray<readonly [StepId, Rule]>;
  /** Its words for a step, over the shared ones (core/checklist-text.ts STEP_TEXT). */
  text?: Partial<Record<StepId, StepText>>;
  /**
   * Where one of its steps is done, when its console has per-organization addresses: null for
   * no link, undefined for core/links.ts's.
   */
  link?(id: StepId, f: ChecklistFacts): { href: string; label: string } | null | undefined;
  /** The SCIM calls it sends Trelica, replayed by the connection test and the rehearsal. */
  dialect: DialectId;
  /** Its own connection test, as its console labels the button. */
  testButton: string;
  /** Its words where the popup says what the IdP will do (Rehearsal, Connection test, Provisioning check). */
  words: {
    /** The rehearsal's button: what the admin will do in the console next. */
    rehearse: string;
    /** The rehearsal's heading. */
    rehearsal: string;
    /** Under that heading: which of its calls the rehearsal replays. */
    rehearsalHint: string;
    /** The status while it runs. */
    rehearsing: string;
    /** When its users reach Trelica, for the provisioning check. */
    provisioned: string;
  };
}
