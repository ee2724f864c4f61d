// The setup checklist, derived from what the extension observed: nothing stores "step N is
// done". Steps the extension cannot see (Save, opening the app, Activate) are ticked by hand, and
// so is any observed step whose field a console script could not find: an admin must never be
// stuck with a step they did but the extension could not see.
//
// The Trelica steps are every IdP's; between them and the default role come the chosen IdP's
// own steps (core/idp/<id>/profile.ts), each with one rule deciding its state from the facts
// alone. A note that one step's verdict puts under another is added afterwards, in a second
// pass, so no rule depends on the order the steps are evaluated in.
import { diagnose } from './diagnosis';
import { PAGE_LABELS, STEP_PAGE, pageUrl, type Regions } from './links';
import {
  byHand,
  type ChecklistFacts,
  type ChecklistItem,
  type Derived,
  type Rule,
  type RuleInput,
  type StepState,
} from './checklist-types';
import { current } from './checklist-rules';
import type { StepId } from './steps';
import { NEEDED, NOTES, STEP_TEXT, STEP_TITLES, andList } from './checklist-text';
import type { ConnectionTestResult } from './scim/results';
import { profileOf } from './idp/profiles';
import type { IdpProfile } from './idp/types';

export { STEP_TITLES };
export type { ChecklistFacts, ChecklistItem, StepState };

/** The steps every IdP's checklist has: Trelica's, before the IdP's own, and the role after. */
const SHARED_RULES = {
  // Shown only while access is withheld, so never done.
  'grant-access': () => ({ state: 'todo' }),
  'grant-idp-access': () => ({ state: 'todo' }),
  'trelica-enable-scim': enableScim,
  'copy-credentials': copyCredentials,
  'default-role': defaultRole,
} satisfies Partial<Record<StepId, Rule>>;

function enableScim({ f, ticked, testPassed }: RuleInput): Derived {
  const say = NOTES['trelica-enable-scim'];
  const scim = f.trelica.scimState;
  if (scim === 'enabled') return { state: 'done' };
  if (testPassed) return { state: 'done', notes: [say.provedByTest] };
  if (scim === 'not-enabled') return { state: 'warning', notes: [say.notEnabled] };
  if (scim === 'no-token') return { state: 'todo', notes: [say.noToken] };
  if (scim === 'unknown') return byHand(ticked, say.unreadable);
  return { state: 'todo' };
}

function copyCredentials({ f }: RuleInput): Derived {
  const say = NOTES['copy-credentials'];
  const unusable = [...(f.drafts.baseUrl ? [NEEDED.baseUrl] : []), ...(f.typedTokenInvalid ? [NEEDED.token] : [])];
  if (unusable.length > 0) return { state: 'warning', notes: [say.unusable(andList(unusable))] };
  if (f.baseUrl && f.token.present) return { state: 'done' };
  const missing = [...(f.baseUrl ? [] : [NEEDED.baseUrl]), ...(f.token.present ? [] : [NEEDED.token])];
  const notes = [say.missing(andList(missing))];
  if (!f.token.present && f.trelica.capturedAt !== null) notes.push(say.tokenForgotten);
  return { state: 'todo', notes };
}

function defaultRole({ f, ticked }: RuleInput): Derived {
  const role = f.trelica.defaultRole;
  const idp = profileOf(f.idp.chosen).name;
  if (role) return { state: 'done', notes: [NOTES['default-role'].seen(role, idp)] };
  return { state: ticked ? 'done' : 'todo', canTick: true, notes: [NOTES['default-role'].unseen(idp)] };
}

/**
 * The second pass: notes one step's verdict puts under another step. A failing connection test
 * names the step to revisit, so that step says so too.
 */
function addCrossStepNotes(derived: Map<StepId, Derived>, test: ConnectionTestResult | null): void {
  if (!test || test.verdict === 'ok') return;
  const d = diagnose(test.verdict);
  const target = derived.get(d.step);
  if (target && d.step !== 'test-connection')
    derived.set(d.step, { ...target, notes: [...(target.notes ?? []), NOTES.testPointsHere(d)] });
}

function toItem(id: StepId, d: Derived, regions: Regions, profile: IdpProfile, f: ChecklistFacts): ChecklistItem {
  // Every step has words (tests/unit/core/idp/profiles.test.ts): the profile's, else the shared.
  const text = profile.text?.[id] ?? STEP_TEXT[id]!;
  const item: ChecklistItem = { id, state: d.state, ...text, canTick: d.canTick ?? false };
  // The profile's link for its own steps (null: none); core/links.ts's for the others.
  const own = d.page ? undefined : profile.link?.(id, f);
  const page = own === undefined ? (d.page ?? STEP_PAGE[id]) : null;
  if (own) {
    item.link = own.href;
    item.linkLabel = own.label;
  } else if (page) {
    item.link = pageUrl(page, regions);
    item.linkLabel = PAGE_LABELS[page];
  }
  if (d.notes && d.notes.length > 0) item.note = d.notes.join(' ');
  if (d.diagnosis) item.diagnosis = d.diagnosis;
  return item;
}

/**
 * The checklist of the IdP the admin is setting up: Trelica's steps, the IdP's own, the default
 * role; "grant-access" only while Trelica's access is withheld, "grant-idp-access" only while the
 * IdP's console hosts are not granted.
 */
export function buildChecklist(facts: ChecklistFacts): ChecklistItem[] {
  const profile = profileOf(facts.idp.chosen);
  const { result: test, staleNote: testStaleNote } = current(facts.lastConnectionTest, facts);
  const { result: rehearsal, staleNote: rehearsalStaleNote } = current(facts.lastRehearsal, facts);
  const shared = {
    f: facts,
    fields: facts.jumpcloud.fields ?? {},
    test,
    testPassed: test?.verdict === 'ok',
    testStaleNote,
    rehearsal,
    rehearsalStaleNote,
  };
  const steps: (readonly [StepId, Rule])[] = [
    ...(facts.hostAccess ? [] : [['grant-access', SHARED_RULES['grant-access']] as const]),
    ...(facts.idpAccess === false ? [['grant-idp-access', SHARED_RULES['grant-idp-access']] as const] : []),
    ['trelica-enable-scim', SHARED_RULES['trelica-enable-scim']],
    ['copy-credentials', SHARED_RULES['copy-credentials']],
    ...profile.rules,
    ['default-role', SHARED_RULES['default-role']],
  ];
  const derived = new Map(
    steps.map(([id, rule]) => [id, rule({ ...shared, ticked: facts.ticked.includes(id) })] as const),
  );
  addCrossStepNotes(derived, test);
  const regions = { trelica: facts.trelica.region, jumpcloud: facts.jumpcloud.region };
  return steps.map(([id]) => toItem(id, derived.get(id)!, regions, profile, facts));
}
