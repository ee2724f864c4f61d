// Checklist rules for what JumpCloud itself showed: the outcome of its own Test Connection and
// Activate (core/outcome.ts), and the user groups bound on the application's User Groups tab.
// An observed success ticks the step with no hand tick; an observed failure quotes JumpCloud.
import { byHand, type ChecklistFacts, type Derived } from './checklist-types';
import { NOTES } from './checklist-text';
import { diagnose } from './diagnosis';
import type { OutcomeAction } from './outcome';

const SAID = NOTES.jumpcloudOutcome;

/**
 * The step from JumpCloud's own outcome, or null when nothing was observed. `ours` is the
 * extension's current verdict for the same step (connection test or rehearsal), used to say
 * more after a failure.
 */
export function fromJumpCloud(
  f: ChecklistFacts,
  action: OutcomeAction,
  ours: { verdict: ReturnType<typeof diagnose>['code'] } | null,
): Derived | null {
  const seen = f.jumpcloud.outcomes[action];
  if (!seen) return null;
  const said = seen.text ? SAID.said(seen.text) : '';
  if (seen.result === 'success') return { state: 'done', notes: [SAID.succeeded(action, said)] };
  if (seen.result === 'failure') {
    const d = ours && ours.verdict !== 'ok' ? diagnose(ours.verdict) : null;
    const why = d ? SAID.foundWhy(d) : SAID.askWhy;
    return { state: 'warning', notes: [SAID.failed(action, said, why)], ...(d ? { diagnosis: d.code } : {}) };
  }
  // Nothing clear was shown: said as unknown, and the admin may confirm by hand.
  return byHand(f.ticked.includes(action), SAID.unclear(action));
}

/** JumpCloud provisions only the members of user groups bound to the application. */
export function deriveBindGroups(f: ChecklistFacts, ticked: boolean): Derived {
  const bound = f.jumpcloud.boundGroups;
  if (bound === null) return byHand(ticked, NOTES['bind-groups'].unseen);
  if (bound === 0) return { state: 'warning', notes: [NOTES['bind-groups'].none] };
  return { state: 'done', notes: [NOTES['bind-groups'].bound(bound)] };
}
