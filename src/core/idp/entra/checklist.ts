// Entra ID's own checklist rules, from what the Entra script reported (State.entra): which app
// the blade is for, the provisioning form's fields in either UI, Entra's notification after Test
// Connection, the group mapping, the provisioning status, and Provision on demand (with the
// rehearsal of Entra's calls first). Shared rules and the driver: core/checklist.ts.
import { byHand, type ChecklistFacts, type Derived, type Rule, type RuleInput } from '../../checklist-types';
import { fromFields, ownTest, rehearsedStep } from '../../checklist-rules';
import { NOTES } from '../../checklist-text';
import type { StepId } from '../../steps';
import type { EntraFieldReport } from './facts';
import { ENTRA_NOTES as SAY } from './checklist-text';

const IDP = 'Entra ID';
const fieldsOf = (f: ChecklistFacts): EntraFieldReport => f.entra.fields ?? {};

function app({ f, ticked }: RuleInput): Derived {
  // The gallery app cannot do SCIM whatever the admin ticked: it stays a warning.
  if (f.entra.app === 'gallery') return { state: 'warning', canTick: true, notes: [SAY.app.gallery] };
  if (ticked) return { state: 'done', canTick: true };
  // The provisioning form (or the app's own page saying it is no gallery app) was seen.
  const seen = f.entra.app === 'non-gallery' || Object.keys(fieldsOf(f)).length > 0;
  return seen ? { state: 'done', canTick: true, notes: [SAY.app.seen] } : { state: 'todo', canTick: true };
}

/** Tenant URL, with the choice before it in the UI it was found in (Provisioning Mode, or the authentication method). */
function baseUrl({ f, ticked }: RuleInput): Derived {
  const fields = fieldsOf(f);
  const choice = [fields.mode, fields['auth-method']].filter((o) => o !== undefined);
  return (
    fromFields([...choice, fields['base-url']], ticked, IDP) ??
    (f.baseUrl ? { state: 'todo' } : { state: 'blocked', notes: [NOTES['base-url'].blocked] })
  );
}

function token({ f, ticked }: RuleInput): Derived {
  return (
    fromFields([fieldsOf(f).token], ticked, IDP) ??
    (f.token.present ? { state: 'todo' } : { state: 'blocked', notes: [NOTES.token.blocked] })
  );
}

/** Entra's own test as its notification said, else ours. */
const testConnection: Rule = (input) => ownTest(input.f.entra.outcomes['test-connection'], SAY.outcome, input);

function groupsOff({ f, ticked }: RuleInput): Derived {
  const groups = f.entra.groups;
  if (groups === 'off') return { state: 'done' };
  if (groups === 'on') return { state: 'warning', notes: [SAY.groups.on] };
  return byHand(ticked, SAY.groups.unseen);
}

function provisioningOn({ f, ticked }: RuleInput): Derived {
  const status = f.entra.status;
  if (status === 'on') return { state: 'done' };
  if (status === 'off')
    return ticked ? { state: 'done', canTick: true } : { state: 'todo', canTick: true, notes: [SAY.status.off] };
  return byHand(ticked, SAY.status.unseen);
}

/** Done on Entra's own on-demand success, or by hand; the rehearsal of its calls offered first. */
function onDemand(input: RuleInput): Derived {
  const seen = input.f.entra.outcomes['provision-on-demand'];
  if (seen?.result === 'success') return { state: 'done', canTick: true, notes: [SAY.onDemand.succeeded(seen.text)] };
  if (seen?.result === 'failure' && !input.ticked)
    return { state: 'warning', canTick: true, notes: [SAY.onDemand.failed(seen.text)] };
  return rehearsedStep(SAY.onDemand, input);
}

/** Entra's steps, in the order Trelica's article walks them. */
export const ENTRA_RULES: ReadonlyArray<readonly [StepId, Rule]> = [
  ['entra-app', app],
  ['base-url', baseUrl],
  ['token', token],
  ['test-connection', testConnection],
  ['group-management-off', groupsOff],
  ['entra-provisioning-on', provisioningOn],
  ['entra-on-demand', onDemand],
];
