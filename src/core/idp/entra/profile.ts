// Microsoft Entra ID: its hosts are asked for at run time, when the admin picks it, as Okta's
// are. One shell on two origins: its links go to the shell the Entra script last saw, else to
// the Microsoft Entra admin center.
import { ENTRA_HOST_PATTERNS, ENTRA_SHELL_ORIGINS } from '../../hosts';
import type { StepId } from '../../steps';
import { IDP_NAMES } from '../ids';
import type { IdpProfile } from '../types';
import { ENTRA_RULES } from './checklist';
import { ENTRA_STEP_TEXT } from './checklist-text';

const OWN_STEPS: ReadonlySet<StepId> = new Set(ENTRA_RULES.map(([id]) => id));

/** The shell's hash route to Enterprise applications (reference/entra.md "Where": M). */
export const ENTERPRISE_APPS_ROUTE = '/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview';

export const ENTRA_PROFILE: IdpProfile = {
  id: 'entra',
  name: IDP_NAMES.entra,
  access: 'runtime',
  hostPatterns: ENTRA_HOST_PATTERNS,
  rules: ENTRA_RULES,
  text: ENTRA_STEP_TEXT,
  link(id, f) {
    if (!OWN_STEPS.has(id)) return undefined;
    const origin = f.entra.origin ?? ENTRA_SHELL_ORIGINS[0];
    return { href: `${origin}${ENTERPRISE_APPS_ROUTE}`, label: 'Entra ID: Enterprise applications' };
  },
  dialect: 'entra',
  testButton: 'Test Connection',
  words: {
    rehearse: 'Rehearse provisioning',
    rehearsal: 'Provisioning rehearsal',
    rehearsalHint:
      'Does what Entra ID does when it provisions a user: looks the test email up, creates the user, updates it with PATCH, disables it; then the extension deletes it. A "?aadOptscim062020" on the Base URL selects the calls Entra sends with that flag. A pass here means provisioning will pass.',
    rehearsing: 'Rehearsing provisioning: creating, updating, disabling and deleting the test user in Trelica…',
    provisioned: "Entra's users appear here after a provisioning cycle, or at once by Provision on demand.",
  },
};
