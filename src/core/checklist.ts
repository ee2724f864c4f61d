// The setup checklist, derived from what the extension observed: nothing stores "step N is
// done". Steps the extension cannot see (Save, opening the app, Activate) are ticked by hand, and
// so is any observed step whose field the JumpCloud script could not find: an admin must never be
// stuck with a step they did but the extension could not see.
//
// Each step has one rule (RULES) deciding its state from the facts alone; the words are in
// checklist-text.ts. A note that one step's verdict puts under another is added afterwards, in
// a second pass, so no rule depends on the order the steps are evaluated in.
import { checkTestEmail, describeEmailProblem } from './email';
import { diagnose } from './diagnosis';
import { PAGE_LABELS, STEP_PAGE, pageUrl, type PageId, type Regions } from './links';
import type { FieldOutcome, FieldReport } from './messages';
import { byHand, type ChecklistFacts, type ChecklistItem, type Derived, type StepState } from './checklist-types';
import { deriveBindGroups, fromJumpCloud } from './checklist-observed';
import { STEP_IDS, type StepId } from './steps';
import { NEEDED, NOTES, STEP_TEXT, STEP_TITLES, andList } from './checklist-text';
import { staleSince } from './fields';
import { describeStale } from './tested';
import type { ConnectionTestResult, RehearsalResult } from './scim/results';

export { STEP_TITLES };
export type { ChecklistFacts, ChecklistItem, StepState };

/** What every rule is given. A verdict counts only for the inputs it tested (`current`). */
interface RuleInput {
  f: ChecklistFacts;
  /** The admin ticked this step by hand. */
  ticked: boolean;
  fields: FieldReport;
  /** The last connection test, or null when there is none or it tested other inputs. */
  test: ConnectionTestResult | null;
  testPassed: boolean;
  /** Why the last connection test no longer counts, when it does not. */
  testStaleNote?: string;
  /** The same for the last rehearsal. */
  rehearsal: RehearsalResult | null;
  rehearsalStaleNote?: string;
}

type Rule = (input: RuleInput) => Derived;

/** How each step's state is derived. */
const RULES: Readonly<Record<StepId, Rule>> = {
  // Shown only while access is withheld, so never done.
  'grant-access': () => ({ state: 'todo' }),
  'trelica-enable-scim': enableScim,
  'copy-credentials': copyCredentials,
  'jumpcloud-app': jumpCloudApp,
  'scim-api': ({ fields, ticked }) =>
    fromFields([fields['api-type'], fields['scim-version']], ticked) ?? { state: 'todo' },
  'base-url': ({ f, fields, ticked }) =>
    fromFields([fields['base-url']], ticked) ??
    (f.baseUrl ? { state: 'todo' } : { state: 'blocked', notes: [NOTES['base-url'].blocked] }),
  token: ({ f, fields, ticked }) =>
    fromFields([fields.token], ticked) ??
    (f.token.present ? { state: 'todo' } : { state: 'blocked', notes: [NOTES.token.blocked] }),
  'test-email': testEmail,
  'test-connection': testConnection,
  'group-management-off': groupManagementOff,
  activate,
  save: ({ ticked }) => ({ state: ticked ? 'done' : 'todo', canTick: true }),
  'bind-groups': ({ f, ticked }) => deriveBindGroups(f, ticked),
  'default-role': defaultRole,
};

/** A verdict counts only for the inputs it tested; for others it is a note, never a tick. */
function current<R extends ConnectionTestResult | RehearsalResult>(
  result: R | null,
  f: ChecklistFacts,
): { result: R | null; staleNote?: string } {
  if (!result) return { result: null };
  const stale = staleSince(result, f);
  if (stale.length === 0) return { result };
  const run = result.kind === 'connection-test' ? 'connection test' : 'rehearsal';
  return { result: null, staleNote: NOTES.staleRun(run, describeStale(stale)) };
}

const SET_OUTCOMES: readonly FieldOutcome[] = ['filled', 'already-set'];
const UNSEEN_OUTCOMES: readonly FieldOutcome[] = ['unavailable', 'not-found'];

/**
 * One step from the JumpCloud fields it covers: a kept different value is a warning; a field the
 * script could not reach becomes tickable; all set is done. null when nothing was reported.
 */
function fromFields(outcomes: (FieldOutcome | undefined)[], ticked: boolean): Derived | null {
  const seen = outcomes.filter((o): o is FieldOutcome => o !== undefined);
  if (seen.length === 0) return null;
  if (seen.includes('kept')) return { state: 'warning', notes: [NOTES.field.kept] };
  if (seen.length === outcomes.length && seen.every((o) => SET_OUTCOMES.includes(o))) return { state: 'done' };
  if (seen.some((o) => UNSEEN_OUTCOMES.includes(o))) return byHand(ticked, NOTES.field.unseen);
  return { state: 'todo' };
}

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

function jumpCloudApp({ fields, ticked }: RuleInput): Derived {
  if (ticked) return { state: 'done', canTick: true };
  // A field report comes from the Identity Management tab, so the app is open.
  if (Object.keys(fields).length > 0) return { state: 'done', canTick: true, notes: [NOTES['jumpcloud-app'].seen] };
  return { state: 'todo', canTick: true };
}

function testEmail({ f, fields, ticked, rehearsal }: RuleInput): Derived {
  const say = NOTES['test-email'];
  if (f.drafts.testEmail)
    return {
      state: 'warning',
      diagnosis: 'email-invalid',
      notes: [describeEmailProblem('invalid', f.registeredDomains)],
    };
  if (
    rehearsal &&
    (rehearsal.verdict === 'domain-not-registered' ||
      rehearsal.verdict === 'user-exists' ||
      rehearsal.verdict === 'email-invalid')
  ) {
    const d = diagnose(rehearsal.verdict);
    const page: PageId = d.code === 'domain-not-registered' ? 'trelica-domains' : 'jumpcloud-sso';
    return { state: 'warning', diagnosis: d.code, page, notes: [say.rehearsalSays(d)] };
  }
  const outcome = fields['test-email'];
  if (f.testEmail === null) {
    if (outcome === 'already-set' || outcome === 'kept') return { state: 'done', notes: [say.uncheckedInJumpCloud] };
    return fromFields([outcome], ticked) ?? { state: 'todo', notes: [say.enterBelow] };
  }
  const check = checkTestEmail(f.testEmail, f.registeredDomains);
  if (check.problems.includes('invalid'))
    return { state: 'warning', notes: [describeEmailProblem('invalid', f.registeredDomains)] };
  if (check.problems.includes('domain-not-registered')) {
    return {
      state: 'warning',
      diagnosis: 'domain-not-registered',
      page: 'trelica-domains',
      notes: [describeEmailProblem('domain-not-registered', f.registeredDomains)],
    };
  }
  const derived = fromFields([outcome], ticked) ?? { state: 'todo' };
  if (!check.domainsKnown) return { ...derived, notes: [...(derived.notes ?? []), say.domainsUnknown] };
  return derived;
}

function testConnection({ f, test, testPassed, testStaleNote }: RuleInput): Derived {
  const say = NOTES['test-connection'];
  const seen = fromJumpCloud(f, 'test-connection', test);
  // JumpCloud activates only over a working connection (its newer view has no separate Test
  // Connection button): an Activate it showed succeeding proves the test, unless JumpCloud's
  // own test said otherwise since.
  const { activate: activated, 'test-connection': tested } = f.jumpcloud.outcomes;
  if (activated?.result === 'success' && seen?.state !== 'done' && !(tested && tested.at > activated.at))
    return { state: 'done', notes: [say.provedByActivate] };
  if (seen) return seen;
  if (test && test.verdict !== 'ok') {
    const d = diagnose(test.verdict);
    return { state: 'warning', diagnosis: d.code, notes: [say.failed(d)] };
  }
  if (testPassed) return { state: 'done', diagnosis: 'ok', notes: [say.passed] };
  const missing = [
    ...(f.hostAccess ? [] : [NEEDED.hostAccess]),
    ...(f.baseUrl ? [] : [NEEDED.baseUrl]),
    ...(f.token.present ? [] : [NEEDED.token]),
  ];
  if (missing.length > 0) return { state: 'blocked', notes: [say.needs(andList(missing))] };
  return testStaleNote ? { state: 'todo', notes: [testStaleNote] } : { state: 'todo' };
}

function groupManagementOff({ f, ticked, testPassed }: RuleInput): Derived {
  const say = NOTES['group-management-off'];
  const group = f.jumpcloud.groupManagement;
  if (group === 'off') return { state: 'done' };
  if (group === 'on') return { state: 'warning', notes: [say.on] };
  if (!testPassed) return { state: 'blocked', notes: [say.beforeTest] };
  // Not seen (yet): the admin may have done it where the extension could not look.
  return byHand(ticked, say.unseen);
}

function activate({ f, ticked, testPassed, rehearsal, rehearsalStaleNote }: RuleInput): Derived {
  const say = NOTES.activate;
  const seen = fromJumpCloud(f, 'activate', rehearsal);
  if (seen) return seen;
  const passed = rehearsal?.verdict === 'ok';
  if (ticked) return { state: 'done', canTick: true, ...(passed ? { diagnosis: 'ok' as const } : {}) };
  if (f.jumpcloud.groupManagement === 'on') return { state: 'warning', canTick: true, notes: [say.groupManagementOn] };
  if (rehearsal && !passed) {
    const d = diagnose(rehearsal.verdict);
    return { state: 'warning', canTick: true, diagnosis: d.code, notes: [say.rehearsalFailed(d, rehearsal.userId)] };
  }
  // The rehearsal is not Activate itself: the admin still clicks it in JumpCloud.
  if (passed) return { state: 'todo', canTick: true, diagnosis: 'ok', notes: [say.rehearsalPassed] };
  if (!testPassed) return { state: 'blocked', canTick: true, notes: [say.testFirst] };
  return { state: 'todo', canTick: true, notes: [rehearsalStaleNote ?? say.rehearseFirst] };
}

function defaultRole({ f, ticked }: RuleInput): Derived {
  const role = f.trelica.defaultRole;
  if (role) return { state: 'done', notes: [NOTES['default-role'].seen(role)] };
  return { state: ticked ? 'done' : 'todo', canTick: true, notes: [NOTES['default-role'].unseen] };
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

function toItem(id: StepId, d: Derived, regions: Regions): ChecklistItem {
  const page = d.page ?? STEP_PAGE[id];
  const item: ChecklistItem = { id, state: d.state, ...STEP_TEXT[id], canTick: d.canTick ?? false };
  if (page) {
    item.link = pageUrl(page, regions);
    item.linkLabel = PAGE_LABELS[page];
  }
  if (d.notes && d.notes.length > 0) item.note = d.notes.join(' ');
  if (d.diagnosis) item.diagnosis = d.diagnosis;
  return item;
}

/** The checklist: the steps of the setup flow in order; "grant-access" only while access is withheld. */
export function buildChecklist(facts: ChecklistFacts): ChecklistItem[] {
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
  const ids = STEP_IDS.filter((id) => id !== 'grant-access' || !facts.hostAccess);
  const derived = new Map(ids.map((id) => [id, RULES[id]({ ...shared, ticked: facts.ticked.includes(id) })] as const));
  addCrossStepNotes(derived, test);
  const regions = { trelica: facts.trelica.region, jumpcloud: facts.jumpcloud.region };
  return ids.map((id) => toItem(id, derived.get(id)!, regions));
}
