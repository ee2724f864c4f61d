// The admin changes which IdP they set up. Ticks are kept by step id, and IdPs share ids where a
// step means the same in their consoles ("save", "test-connection"): a "save" ticked in JumpCloud
// is no proof of a save in Okta. So a change of IdP keeps only the ticks of the steps every IdP's
// checklist has (Trelica's, and the default role), and picking the same IdP again keeps all.
import { onIdpChosen, type Progress } from '../progress';
import type { StepId } from '../steps';
import type { IdpId } from './ids';

/** The steps of every IdP's checklist (core/checklist.ts SHARED_RULES, less the grant steps). */
export const SHARED_STEPS: readonly StepId[] = ['trelica-enable-scim', 'copy-credentials', 'default-role'];

export function chooseIdp(p: Progress, id: IdpId): Progress {
  const chosen = onIdpChosen(p, id);
  if (p.idp.chosen === id) return chosen;
  return { ...chosen, ticked: p.ticked.filter((step) => SHARED_STEPS.includes(step)) };
}
