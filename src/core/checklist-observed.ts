// Checklist rules for what JumpCloud itself showed: the outcome of its own Test Connection and
// Activate (core/outcome.ts), and the user groups bound on the application's User Groups tab.
// An observed success ticks the step with no hand tick; an observed failure quotes JumpCloud.
import type { ChecklistFacts, Derived } from './checklist-types';
import { diagnose } from './diagnosis';
import type { OutcomeAction } from './outcome';

const BUTTON: Readonly<Record<OutcomeAction, string>> = { 'test-connection': 'Test Connection', activate: 'Activate' };

/**
 * The step from JumpCloud's own outcome, or null when nothing was observed. `ours` is the
 * extension's current verdict for the same step (connection test or rehearsal), used to say
 * more after a failure.
 */
export function fromJumpCloud(f: ChecklistFacts, action: OutcomeAction, ours: { verdict: ReturnType<typeof diagnose>['code'] } | null): Derived | null {
  const seen = f.jumpcloud.outcomes[action];
  if (!seen) return null;
  const said = seen.text ? ` JumpCloud said: “${seen.text}”.` : '';
  if (seen.result === 'success') return { state: 'done', notes: [`JumpCloud's ${BUTTON[action]} succeeded.${said}`] };
  if (seen.result === 'failure') {
    const d = ours && ours.verdict !== 'ok' ? diagnose(ours.verdict) : null;
    const why = d ? ` The extension found: ${d.title}. ${d.fix}` : ' Click "Find out why" in JumpCloud to learn the cause.';
    return { state: 'warning', notes: [`JumpCloud's ${BUTTON[action]} failed.${said}${why}`], ...(d ? { diagnosis: d.code } : {}) };
  }
  // Nothing clear was shown: said as unknown, and the admin may confirm by hand.
  const ticked = f.ticked.includes(action);
  return ticked
    ? { state: 'done', canTick: true }
    : { state: 'todo', canTick: true, notes: [`JumpCloud showed no clear result after ${BUTTON[action]}. If it worked, tick this step.`] };
}

/** JumpCloud provisions only the members of user groups bound to the application. */
export function deriveBindGroups(f: ChecklistFacts, ticked: boolean): Derived {
  const bound = f.jumpcloud.boundGroups;
  if (bound === null) {
    return ticked
      ? { state: 'done', canTick: true }
      : { state: 'todo', canTick: true, notes: ["Open the application's User Groups tab: the extension counts the groups bound there."] };
  }
  if (bound === 0) return { state: 'warning', notes: ['No user group is bound to the application: JumpCloud will provision nobody. Tick at least one group and save.'] };
  return { state: 'done', notes: [`${bound} user ${bound === 1 ? 'group is' : 'groups are'} bound: their members are provisioned.`] };
}
