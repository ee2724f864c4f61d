// JumpCloud: served from the start. Its console hosts are install-time permissions; its steps'
// words are core/checklist-text.ts's own (written for it first), its links core/links.ts's.
import { JUMPCLOUD_ORIGINS } from '../../hosts';
import { IDP_NAMES } from '../ids';
import type { IdpProfile } from '../types';
import { JUMPCLOUD_RULES } from './checklist';

export const JUMPCLOUD_PROFILE: IdpProfile = {
  id: 'jumpcloud',
  name: IDP_NAMES.jumpcloud,
  access: 'install',
  hostPatterns: Object.values(JUMPCLOUD_ORIGINS).map((o) => `${o}/*`),
  rules: JUMPCLOUD_RULES,
  dialect: 'jumpcloud',
  testButton: 'Test Connection',
  words: {
    rehearse: 'Rehearse activation',
    rehearsal: 'Activation rehearsal',
    rehearsalHint:
      'Does what JumpCloud\'s "Activate" does: creates a user with the test email, updates it, deletes it. A pass here means Activate will pass.',
    rehearsing: 'Rehearsing activation: creating, updating and deleting the test user in Trelica…',
    provisioned: "JumpCloud's users appear here once their groups are bound.",
  },
};
