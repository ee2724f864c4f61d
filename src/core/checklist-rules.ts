// The checklist rules every IdP's steps share: a step from the fields a console script reported,
// and what a step waits for. Pure; the words are in checklist-text.ts.
import { byHand, type ChecklistFacts, type Derived } from './checklist-types';
import { NEEDED, NOTES, andList } from './checklist-text';
import type { FieldOutcome } from './facts';
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
