// The setup checklist, derived from what the extension observed: nothing stores "step N is
// done". Steps the extension cannot see (Save, opening the app, Activate) are ticked by hand, and
// so is any observed step whose field the JumpCloud script could not find: an admin must never be
// stuck with a step they did but the extension could not see.
import { checkTestEmail, describeEmailProblem } from './email';
import { diagnose, type DiagnosisCode } from './diagnosis';
import { PAGE_LABELS, STEP_PAGE, pageUrl, type PageId } from './links';
import type { FieldOutcome } from './messages';
import type { ChecklistFacts, ChecklistItem, Derived, StepState } from './checklist-types';
import { deriveBindGroups, fromJumpCloud } from './checklist-observed';
import { STEP_IDS, type StepId } from './steps';
import { STEP_TEXT as TEXT, STEP_TITLES } from './checklist-text';
import { staleSince } from './fields';
import { describeStale } from './tested';
import type { ConnectionTestResult, RehearsalResult } from './scim/results';

export { STEP_TITLES };
export type { ChecklistFacts, ChecklistItem, StepState };

/** A verdict counts only for the inputs it tested; for others it is a note, never a tick. */
function current<R extends ConnectionTestResult | RehearsalResult>(result: R | null, f: ChecklistFacts): { result: R | null; staleNote?: string } {
  if (!result) return { result: null };
  const stale = staleSince(result, f);
  if (stale.length === 0) return { result };
  const run = result.kind === 'connection-test' ? 'connection test' : 'rehearsal';
  return { result: null, staleNote: `The last ${run} ran with another value of ${describeStale(stale)}: run it again.` };
}

const SET_OUTCOMES: readonly FieldOutcome[] = ['filled', 'already-set'];
const UNSEEN_OUTCOMES: readonly FieldOutcome[] = ['unavailable', 'not-found'];

const NOTE_KEPT = 'JumpCloud already showed a different value, which the extension left alone: check it.';
const NOTE_UNSEEN = 'The extension could not fill this field: set it by hand in JumpCloud, then tick this step.';

/** A step only the admin can confirm: done once ticked; until then the note says what to check. */
function byHand(ticked: boolean, note: string): Derived {
  return ticked ? { state: 'done', canTick: true } : { state: 'todo', canTick: true, notes: [note] };
}

/**
 * One step from the JumpCloud fields it covers: a kept different value is a warning; a field the
 * script could not reach becomes tickable; all set is done. null when nothing was reported.
 */
function fromFields(outcomes: (FieldOutcome | undefined)[], ticked: boolean): Derived | null {
  const seen = outcomes.filter((o): o is FieldOutcome => o !== undefined);
  if (seen.length === 0) return null;
  if (seen.includes('kept')) return { state: 'warning', notes: [NOTE_KEPT] };
  if (seen.length === outcomes.length && seen.every((o) => SET_OUTCOMES.includes(o))) return { state: 'done' };
  if (seen.some((o) => UNSEEN_OUTCOMES.includes(o))) {
    return byHand(ticked, NOTE_UNSEEN);
  }
  return { state: 'todo' };
}

function missingList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Each step's evaluation: a pure function of the facts. */
function derive(id: StepId, f: ChecklistFacts): Derived {
  const ticked = f.ticked.includes(id);
  const fields = f.jumpcloud.fields ?? {};
  const { result: test, staleNote } = current(f.lastConnectionTest, f);
  const testPassed = test?.verdict === 'ok';

  switch (id) {
    case 'grant-access':
      return { state: 'todo' };

    case 'trelica-enable-scim': {
      const scim = f.trelica.scimState;
      if (scim === 'enabled') return { state: 'done' };
      if (testPassed) return { state: 'done', notes: ['The connection test passed, so SCIM is enabled.'] };
      if (scim === 'not-enabled') {
        return { state: 'warning', notes: ['Trelica shows SCIM is not enabled yet: the token works only after you click "Enable SCIM".'] };
      }
      if (scim === 'no-token') return { state: 'todo', notes: ['No token yet: click "Generate Token" first.'] };
      if (scim === 'unknown') {
        return byHand(ticked, 'The extension could not tell from the Trelica page whether SCIM is enabled: check it, then tick this step.');
      }
      return { state: 'todo' };
    }

    case 'copy-credentials': {
      const wrong = [
        ...(f.drafts.baseUrl ? ['the Base URL'] : []),
        ...(f.typedTokenInvalid ? ['the token'] : []),
      ];
      if (wrong.length > 0) return { state: 'warning', notes: [`Fix ${missingList(wrong)} under Credentials below: as typed, it cannot be used.`] };
      if (f.baseUrl && f.token.present) return { state: 'done' };
      const missing = [...(f.baseUrl ? [] : ['the Base URL']), ...(f.token.present ? [] : ['the token'])];
      const notes = [`Missing: ${missingList(missing)}.`];
      if (!f.token.present && f.trelica.capturedAt !== null) {
        notes.push('The extension keeps the token only for a while and has forgotten it: send or paste it again.');
      }
      return { state: 'todo', notes };
    }

    case 'jumpcloud-app':
      if (ticked) return { state: 'done', canTick: true };
      // A field report comes from the Identity Management tab, so the app is open.
      if (Object.keys(fields).length > 0) return { state: 'done', canTick: true, notes: ['Seen: the app\'s Identity Management (or Provisioning) tab.'] };
      return { state: 'todo', canTick: true };

    case 'scim-api':
      return fromFields([fields['api-type'], fields['scim-version']], ticked) ?? { state: 'todo' };

    case 'base-url':
      return (
        fromFields([fields['base-url']], ticked) ??
        (f.baseUrl ? { state: 'todo' } : { state: 'blocked', notes: ['Needs the Base URL from Trelica first.'] })
      );

    case 'token':
      return (
        fromFields([fields.token], ticked) ??
        (f.token.present ? { state: 'todo' } : { state: 'blocked', notes: ['Needs the token from Trelica first.'] })
      );

    case 'test-email':
      return deriveTestEmail(f, ticked);

    case 'test-connection': {
      const seen = fromJumpCloud(f, 'test-connection', test);
      if (seen) return seen;
      if (test && test.verdict !== 'ok') {
        const d = diagnose(test.verdict);
        const revisit = d.step === 'test-connection' ? '' : ` Then revisit "${STEP_TITLES[d.step]}".`;
        return { state: 'warning', diagnosis: d.code, notes: [`Last test: ${d.title}. ${d.fix}${revisit}`] };
      }
      if (testPassed) return { state: 'done', diagnosis: 'ok', notes: ['The last test passed: JumpCloud\'s test will pass too.'] };
      const missing = [
        ...(f.hostAccess ? [] : ['access to the Trelica site']),
        ...(f.baseUrl ? [] : ['the Base URL']),
        ...(f.token.present ? [] : ['the token']),
      ];
      if (missing.length > 0) return { state: 'blocked', notes: [`Needs ${missingList(missing)} first.`] };
      return staleNote ? { state: 'todo', notes: [staleNote] } : { state: 'todo' };
    }

    case 'group-management-off': {
      const group = f.jumpcloud.groupManagement;
      if (group === 'off') return { state: 'done' };
      if (group === 'on') return { state: 'warning', notes: ['Group Management is on: untick it, or Activate fails.'] };
      if (!testPassed) return { state: 'blocked', notes: ['The section appears in JumpCloud after a successful connection test.'] };
      // Not seen (yet): the admin may have done it where the extension could not look.
      return byHand(ticked, 'The section appears after JumpCloud\'s Test Connection succeeds. Once it is off, tick this step.');
    }

    case 'activate':
      return deriveActivate(f, ticked, testPassed);

    case 'save':
      return { state: ticked ? 'done' : 'todo', canTick: true };

    case 'bind-groups':
      return deriveBindGroups(f, ticked);

    case 'default-role': {
      const role = f.trelica.defaultRole;
      const where = 'Change it in Trelica: Settings > Users (or Accounts), "Default role".';
      if (role) {
        return { state: 'done', notes: [`JumpCloud creates users with Trelica's default role, currently "${role}". ${where}`] };
      }
      const note = `JumpCloud creates users with Trelica's default role (not seen yet). ${where}`;
      return { state: ticked ? 'done' : 'todo', canTick: true, notes: [note] };
    }
  }
}

function deriveTestEmail(f: ChecklistFacts, ticked: boolean): Derived {
  const { result: rehearsal } = current(f.lastRehearsal, f);
  if (f.drafts.testEmail) return { state: 'warning', diagnosis: 'email-invalid', notes: [describeEmailProblem('invalid', f.registeredDomains)] };
  if (rehearsal && (rehearsal.verdict === 'domain-not-registered' || rehearsal.verdict === 'user-exists' || rehearsal.verdict === 'email-invalid')) {
    const d = diagnose(rehearsal.verdict);
    const page: PageId = d.code === 'domain-not-registered' ? 'trelica-domains' : 'jumpcloud-sso';
    return { state: 'warning', diagnosis: d.code, page, notes: [`The rehearsal says: ${d.title}. ${d.fix}`] };
  }
  const outcome = f.jumpcloud.fields?.['test-email'];
  if (f.testEmail === null) {
    if (outcome === 'already-set' || outcome === 'kept') {
      return { state: 'done', notes: ['JumpCloud has a test email the extension cannot check: enter it under "Test user email" below too.'] };
    }
    return fromFields([outcome], ticked) ?? { state: 'todo', notes: ['Enter it under "Test user email" below too, so the extension can check it.'] };
  }
  const check = checkTestEmail(f.testEmail, f.registeredDomains);
  if (check.problems.includes('invalid')) {
    return { state: 'warning', notes: [describeEmailProblem('invalid', f.registeredDomains)] };
  }
  if (check.problems.includes('domain-not-registered')) {
    return {
      state: 'warning',
      diagnosis: 'domain-not-registered',
      page: 'trelica-domains',
      notes: [describeEmailProblem('domain-not-registered', f.registeredDomains)],
    };
  }
  const derived = fromFields([outcome], ticked) ?? { state: 'todo' };
  if (!check.domainsKnown) {
    const unknown = 'Trelica\'s registered domains are unknown: open Settings > Organization > Domains in Trelica so the extension can check this one.';
    return { ...derived, notes: [...(derived.notes ?? []), unknown] };
  }
  return derived;
}

function deriveActivate(f: ChecklistFacts, ticked: boolean, testPassed: boolean): Derived {
  const { result: rehearsal, staleNote } = current(f.lastRehearsal, f);
  const seen = fromJumpCloud(f, 'activate', rehearsal);
  if (seen) return seen;
  const passed = rehearsal?.verdict === 'ok';
  if (ticked) return { state: 'done', canTick: true, ...(passed ? { diagnosis: 'ok' as const } : {}) };
  if (f.jumpcloud.groupManagement === 'on') {
    return { state: 'warning', canTick: true, notes: ['Turn Group Management off first: Activate fails while it is on.'] };
  }
  if (rehearsal && !passed) {
    const d = diagnose(rehearsal.verdict);
    const user = rehearsal.userId ? ` Temporary user id: ${rehearsal.userId}.` : '';
    return { state: 'warning', canTick: true, diagnosis: d.code, notes: [`The rehearsal failed: ${d.title}. ${d.fix}${user}`] };
  }
  if (passed) {
    // The rehearsal is not Activate itself: the admin still clicks it in JumpCloud.
    return {
      state: 'todo',
      canTick: true,
      diagnosis: 'ok',
      notes: ['The rehearsal passed, so Activate will pass: click it in JumpCloud, then tick this step.'],
    };
  }
  if (!testPassed) return { state: 'blocked', canTick: true, notes: ['Test the connection first.'] };
  return { state: 'todo', canTick: true, notes: [staleNote ?? 'Click "Rehearse activation" below first to know Activate will pass.'] };
}

/** The checklist: the steps of the setup flow in order; "grant-access" only while access is withheld. */
export function buildChecklist(facts: ChecklistFacts): ChecklistItem[] {
  const regions = { trelica: facts.trelica.region, jumpcloud: facts.jumpcloud.region };
  const ids = STEP_IDS.filter((id) => id !== 'grant-access' || !facts.hostAccess);
  const derived = new Map(ids.map((id) => [id, derive(id, facts)] as const));

  // A failing connection test points at a step to revisit: say so there too.
  const failed = current(facts.lastConnectionTest, facts).result;
  if (failed && failed.verdict !== 'ok') {
    const d = diagnose(failed.verdict);
    const target = derived.get(d.step);
    if (target && d.step !== 'test-connection') {
      target.notes = [...(target.notes ?? []), `The last connection test points here: ${d.title}.`];
    }
  }

  return ids.map((id) => {
    const d = derived.get(id)!;
    const page = d.page ?? STEP_PAGE[id];
    const item: ChecklistItem = { id, state: d.state, ...TEXT[id], canTick: d.canTick ?? false };
    if (page) {
      item.link = pageUrl(page, regions);
      item.linkLabel = PAGE_LABELS[page];
    }
    if (d.notes && d.notes.length > 0) item.note = d.notes.join(' ');
    if (d.diagnosis) item.diagnosis = d.diagnosis;
    return item;
  });
}
