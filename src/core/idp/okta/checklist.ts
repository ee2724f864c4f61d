// Okta's own checklist rules, from what the Okta script reported (State.okta): the SCIM
// Connection form's fields, "Push Groups", Okta's own connector test, the To App actions; and the
// rehearsal of Okta's assignment calls. Shared rules and the driver: core/checklist.ts.
import { byHand, type ChecklistFacts, type Derived, type Rule, type RuleInput } from '../../checklist-types';
import { fromFields, ownTest, rehearsedStep } from '../../checklist-rules';
import { NOTES, andList } from '../../checklist-text';
import type { StepId } from '../../steps';
import type { OktaFieldReport } from './facts';
import { OKTA_NOTES as SAY } from './checklist-text';

const fieldsOf = (f: ChecklistFacts): OktaFieldReport => f.okta.fields ?? {};

function app({ f, ticked }: RuleInput): Derived {
  if (ticked) return { state: 'done', canTick: true };
  // A field report comes from the Provisioning tab, which exists only with SCIM on.
  if (Object.keys(fieldsOf(f)).length > 0) return { state: 'done', canTick: true, notes: [SAY.app.seen] };
  return { state: 'todo', canTick: true };
}

function baseUrl({ f, ticked }: RuleInput): Derived {
  return (
    fromFields([fieldsOf(f)['base-url']], ticked, 'Okta') ??
    (f.baseUrl ? { state: 'todo' } : { state: 'blocked', notes: [NOTES['base-url'].blocked] })
  );
}

function settings({ f, ticked }: RuleInput): Derived {
  const fields = fieldsOf(f);
  // The fill keeps the actions only while a group box is on (it never unticks one behind the
  // admin's back); Push Groups has its own step, so once it is off the actions are as needed.
  const actions = fields.actions === 'kept' && f.okta.pushGroups === 'off' ? 'filled' : fields.actions;
  return fromFields([fields['unique-id'], actions, fields['auth-mode']], ticked, 'Okta') ?? { state: 'todo' };
}

function token({ f, ticked }: RuleInput): Derived {
  return (
    fromFields([fieldsOf(f).token], ticked, 'Okta') ??
    (f.token.present ? { state: 'todo' } : { state: 'blocked', notes: [NOTES.token.blocked] })
  );
}

/** Okta's own test as its dialog showed it, else ours. */
const testConnection: Rule = (input) => ownTest(input.f.okta.outcomes['test-connection'], SAY.outcome, input);

function pushGroupsOff({ f, ticked }: RuleInput): Derived {
  const push = f.okta.pushGroups;
  if (push === 'off') return { state: 'done' };
  if (push === 'on') return { state: 'warning', notes: [SAY.pushGroups.on] };
  return byHand(ticked, SAY.pushGroups.unseen);
}

const TO_APP_NAMES = { create: 'Create Users', update: 'Update User Attributes', deactivate: 'Deactivate Users' };

function toApp({ f, ticked }: RuleInput): Derived {
  const seen = f.okta.toApp;
  if (!seen) return byHand(ticked, SAY.toApp.unseen);
  const off = (Object.keys(TO_APP_NAMES) as (keyof typeof TO_APP_NAMES)[]).filter((k) => !seen[k]);
  if (off.length === 0) return { state: 'done' };
  return { state: 'todo', notes: [SAY.toApp.missing(andList(off.map((k) => `"${TO_APP_NAMES[k]}"`)))] };
}

const assign: Rule = (input) => rehearsedStep(SAY.assign, input);

/** Okta's steps, in the order Trelica's article walks them. */
export const OKTA_RULES: ReadonlyArray<readonly [StepId, Rule]> = [
  ['okta-app', app],
  ['base-url', baseUrl],
  ['okta-settings', settings],
  ['token', token],
  ['test-connection', testConnection],
  ['group-management-off', pushGroupsOff],
  ['save', ({ ticked }) => ({ state: ticked ? 'done' : 'todo', canTick: true })],
  ['okta-to-app', toApp],
  ['okta-assign', assign],
];
