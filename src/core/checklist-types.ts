// The checklist's shapes, shared by the rules (checklist.ts, checklist-observed.ts) and the popup,
// and the one rule they share: a step only the admin can confirm.
import type { DiagnosisCode } from './diagnosis';
import type { PageId } from './links';
import type { State } from './messages';
import type { StepId } from './steps';
import type { FieldReport } from './facts';
import type { ConnectionTestResult, RehearsalResult } from './scim/results';

export type StepState = 'todo' | 'done' | 'warning' | 'blocked';

export interface ChecklistItem {
  id: StepId;
  state: StepState;
  title: string;
  /** One line: what to do. */
  instruction: string;
  /** Why it matters. */
  why: string;
  /** The page to do it on, for the admin's region. */
  link?: string;
  /** Where the link goes, in the admin's words ("Trelica: Settings > Users"). */
  linkLabel?: string;
  /** The admin may tick this step by hand (the popup then sends popup/tick). */
  canTick: boolean;
  /** What was observed, or what is missing. */
  note?: string;
  /** The diagnosis behind a warning (or 'ok' for a passed rehearsal), for data-diagnosis. */
  diagnosis?: DiagnosisCode;
}

export type ChecklistFacts = State & {
  hostAccess: boolean;
  /** The chosen IdP's console hosts are granted (always, for one whose hosts are install-time). */
  idpAccess?: boolean;
  /** A token typed in the popup that cannot be used (core/fields.ts). */
  typedTokenInvalid?: boolean;
};

/** What evaluating one step decided; texts and links are added afterwards. */
export interface Derived {
  state: StepState;
  notes?: string[];
  canTick?: boolean;
  diagnosis?: DiagnosisCode;
  page?: PageId;
}

/** A step only the admin can confirm: done once ticked; until then the note says what to check. */
export function byHand(ticked: boolean, note: string): Derived {
  return ticked ? { state: 'done', canTick: true } : { state: 'todo', canTick: true, notes: [note] };
}

/** What every rule is given. A verdict counts only for the inputs it tested (`current`). */
export interface RuleInput {
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

export type Rule = (input: RuleInput) => Derived;
