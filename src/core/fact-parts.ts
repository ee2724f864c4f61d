// The small schemas every console's facts are made of (core/facts.ts for the State, and each
// IdP's own facts in core/idp/<id>/facts.ts): apart, so that those import them without a cycle.
import { z } from './zod';
import { OUTCOME_ACTIONS, OUTCOME_TEXT_MAX } from './outcome';

export const Text = z.string().check(z.maxLength(4096));
export const Email = z.string().check(z.maxLength(320));
export const DomainList = z.array(z.string().check(z.maxLength(253))).check(z.maxLength(500));

export const FIELD_OUTCOMES = ['filled', 'already-set', 'kept', 'unavailable', 'not-found'] as const;
export const FieldOutcomeSchema = z.enum(FIELD_OUTCOMES);
export type FieldOutcome = z.infer<typeof FieldOutcomeSchema>;

/** Why a field was left as it was (content/dom/fill.ts and choose.ts say which). */
export const FILL_REASONS = [
  'hidden',
  'disabled',
  'readonly',
  'rejected',
  'no-value',
  'no-option',
  'other-value',
  'no-listbox',
] as const;
export type FillReason = (typeof FILL_REASONS)[number];

/** What a console showed after its own test or activation (core/outcome.ts). */
export const OutcomeSchema = z.object({
  result: z.enum(['success', 'failure', 'unknown']),
  /** The console's words, verbatim and short ("" when it showed nothing). */
  text: z.string().check(z.maxLength(OUTCOME_TEXT_MAX)),
  at: z.number(),
});
export type Outcome = z.infer<typeof OutcomeSchema>;
export const OutcomeActionSchema = z.enum(OUTCOME_ACTIONS);
