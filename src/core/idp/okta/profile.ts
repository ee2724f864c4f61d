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
};
