// What the background may read of a field's result after a fill, on any console: never what
// the token field held (a "kept" token field's value stays in the page).
import type { FieldOutcome, FillReason } from '../core/messages';

interface Result {
  field: string;
  outcome: FieldOutcome;
  reason?: FillReason | undefined;
  current?: string | undefined;
}

export const shareable = <R extends Result>(r: R): R =>
  r.field === 'token' && r.current !== undefined ? ({ field: r.field, outcome: r.outcome, reason: r.reason } as R) : r;
