// Okta (Admin Console): its hosts are asked for at run time, when the admin picks it; its pages
// are per organization, so its links go to the admin console the Okta script last saw.
import { OKTA_HOST_PATTERNS } from '../../hosts';
import type { StepId } from '../../steps';
import { IDP_NAMES } from '../ids';
import type { IdpProfile } from '../types';
import { OKTA_RULES } from './checklist';
import { OKTA_STEP_TEXT } from './checklist-text';

const OWN_STEPS: ReadonlySet<StepId> = new Set(OKTA_RULES.map(([id]) => id));

export const OKTA_PROFILE: IdpProfile = {
  id: 'okta',
  name: IDP_NAMES.okta,
  access: 'runtime',
  hostPatterns: OKTA_HOST_PATTERNS,
  rules: OKTA_RULES,
  text: OKTA_STEP_TEXT,
  link(id, f) {
    if (!OWN_STEPS.has(id)) return undefined;
    const origin = f.okta.origin;
    return origin ? { href: `${origin}/admin/apps/active`, label: 'Okta: Applications' } : null;
  },
  dialect: 'okta',
  testButton: 'Test Connector Configuration',
  words: {
    rehearse: 'Rehearse assignment',
    rehearsal: 'Assignment rehearsal',
    rehearsalHint:
      'Does what Okta does when a user is assigned to the app, updated and unassigned: looks the test email up, creates the user, reads it back, replaces it, deactivates it; then the extension deletes it. A pass here means assignment will pass.',
    rehearsing: 'Rehearsing assignment: creating, updating, deactivating and deleting the test user in Trelica…',
    provisioned: "Okta's users appear here once they are assigned to the app.",
  },
};
