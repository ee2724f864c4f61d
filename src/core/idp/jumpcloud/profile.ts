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
};
