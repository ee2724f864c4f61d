// The checklist rules every IdP's steps share: a step from the fields a console script reported,
// and what a step waits for. Pure; the words are in checklist-text.ts.
import { byHand, type ChecklistFacts, type Derived, type RuleInput } from './checklist-types';
import { NEEDED, NOTES, andList } from './checklist-text';
import type { FieldOutcome, Outcome } from './facts';
import { diagnose, type Diagnosis } from './diagnosis';
import { staleSince } from './fields';
import { describeStale } from './tested';
import type { ConnectionTestResult, RehearsalResult } from './scim/results';

/** A verdict counts only for the inputs it tested; for others it is a note, never a tick. */
export function current<R extends ConnectionTestResult | RehearsalResult>(
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
 * One step from the console fields it covers: a kept different value is a warning; a field the
 * script could not reach becomes tickable; all set is done. null when nothing was reported.
 */
export function fromFields(outcomes: (FieldOutcome | undefined)[], ticked: boolean, idp = 'JumpCloud'): Derived | null {
  const seen = outcomes.filter((o): o is FieldOutcome => o !== undefined);
  if (seen.length === 0) return null;
  if (seen.includes('kept')) return { state: 'warning', notes: [NOTES.field.kept(idp)] };
  if (seen.length === outcomes.length && seen.every((o) => SET_OUTCOMES.includes(o))) return { state: 'done' };
  if (seen.some((o) => UNSEEN_OUTCOMES.includes(o))) return byHand(ticked, NOTES.field.unseen(idp));
  return { state: 'todo' };
}

/** What our own connection test waits for, or null when it can run. */
export function testNeeds(f: ChecklistFacts): Derived | null {
  const missing = [
    ...(f.hostAccess ? [] : [NEEDED.hostAccess]),
    ...(f.baseUrl ? [] : [NEEDED.baseUrl]),
    ...(f.token.present ? [] : [NEEDED.token]),
  ];
  return missing.length > 0 ? { state: 'blocked', notes: [NOTES['test-connection'].needs(andList(missing))] } : null;
}

/** An IdP's words for its own connection test (Okta's dialog, Entra ID's notification). */
export interface OwnTestWords {
  succeeded: (text: string) => string;
  failed: (text: string, why: string) => string;
  foundWhy: (d: Diagnosis) => string;
  askWhy: string;
  unclear: string;
  /** Our last test passed, so the IdP's will too. */
  passed: string;
}

/** The test step of an IdP that shows its own test's result: what it showed, else our test. */
export function ownTest(seen: Outcome | undefined, say: OwnTestWords, input: RuleInput): Derived {
  const { f, ticked, test, testPassed, testStaleNote } = input;
  if (seen?.result === 'success') return { state: 'done', notes: [say.succeeded(seen.text)] };
  if (seen?.result === 'failure') {
    const d = test && test.verdict !== 'ok' ? diagnose(test.verdict) : null;
    const why = d ? say.foundWhy(d) : say.askWhy;
    return { state: 'warning', notes: [say.failed(seen.text, why)], ...(d ? { diagnosis: d.code } : {}) };
  }
  if (seen) return byHand(ticked, say.unclear);
  if (test && test.verdict !== 'ok') {
    const d = diagnose(test.verdict);
    return { state: 'warning', diagnosis: d.code, notes: [NOTES['test-connection'].failed(d)] };
  }
  if (testPassed) return { state: 'done', diagnosis: 'ok', notes: [say.passed] };
  return testNeeds(f) ?? (testStaleNote ? { state: 'todo', notes: [testStaleNote] } : { state: 'todo' });
}

/** An IdP's words for the step its rehearsal stands in for (Okta's assignment, Entra's on-demand). */
export interface RehearsedWords {
  rehearsalPassed: string;
  rehearsalFailed: (d: Diagnosis) => string;
  rehearseFirst: string;
  testFirst: string;
}

/** A step the admin ticks once done in the console, with the rehearsal of its calls offered first. */
export function rehearsedStep(say: RehearsedWords, input: RuleInput): Derived {
  const { ticked, testPassed, rehearsal, rehearsalStaleNote } = input;
  const passed = rehearsal?.verdict === 'ok';
  if (ticked) return { state: 'done', canTick: true, ...(passed ? { diagnosis: 'ok' as const } : {}) };
  if (rehearsal && !passed) {
    const d = diagnose(rehearsal.verdict);
    return { state: 'warning', canTick: true, diagnosis: d.code, notes: [say.rehearsalFailed(d)] };
  }
  if (passed) return { state: 'todo', canTick: true, diagnosis: 'ok', notes: [say.rehearsalPassed] };
  if (!testPassed) return { state: 'blocked', canTick: true, notes: [say.testFirst] };
  return { state: 'todo', canTick: true, notes: [rehearsalStaleNote ?? say.rehearseFirst] };
}
