// The words of the JumpCloud panel's status after a fill: every field named, with what
// happened to it and, when it was not filled, why and what to do. The content script reports
// the outcomes; the background words them here (keeping the words out of the page's script).
import { FIELD_NAMES } from './field-names';
import type { FieldOutcome, FillReason } from './messages';

/** One field after a fill, on any console (JumpCloud's FieldResult, Okta's OktaFieldResult). */
interface Result {
  field: string;
  outcome: FieldOutcome;
  reason?: FillReason | undefined;
  current?: string | undefined;
}
type FieldResult = Result;

/** A console's words for its fields: their names, the fixed values Trelica needs, its test button. */
export interface FieldVocabulary {
  names: Readonly<Record<string, string>>;
  wanted: Readonly<Record<string, string>>;
  testButton: string;
}

export const JUMPCLOUD_VOCABULARY: FieldVocabulary = {
  names: FIELD_NAMES,
  wanted: { 'api-type': 'SCIM API', 'scim-version': 'SCIM 2.0' },
  testButton: 'Test Connection',
};

export interface ReportContext {
  /** What went into each filled field, for the admin to check; the token only masked. */
  shown: Partial<Record<string, string>>;
  /** How the test email was chosen, when it was. */
  testEmailNote: string | null;
  /** The console's words; JumpCloud's when absent. */
  vocabulary?: FieldVocabulary;
}

const USER_REQUESTS = '"User requests" (or "Account requests")';

/** How the test email came about, when the admin should know: suggested here, or missing. */
export function testEmailNote(e: {
  suggested: string | null;
  filled: boolean;
  testEmail: string | null;
  domains: readonly string[] | null;
  active?: boolean | undefined;
}): string | null {
  const active = e.active
    ? 'This configuration is already active: JumpCloud asks for a test email again before it accepts a change, and an address used before may fail. '
    : '';
  if (e.suggested && e.filled)
    return `${active}The test email is a new address on ${e.suggested.split('@')[1]}, a domain with ${USER_REQUESTS} ticked in Trelica.`;
  if (e.testEmail) return active ? `${active}Use a new address.` : null;
  return e.domains === null
    ? `${active}No test email yet: set one in the extension popup, or open Trelica's Settings > Organization > Domains page so a domain can be suggested.`
    : `${active}No test email yet: no Trelica domain has ${USER_REQUESTS} ticked. Tick one in Trelica (Settings > Organization > Domains), or set an email in the extension popup.`;
}

/** After the admin picked a field by hand: what happened to it, and that it is remembered. */
export function describePicked(result: FieldResult, vocabulary = JUMPCLOUD_VOCABULARY): string[] {
  const lines = describeFill([result], { shown: {}, testEmailNote: null, vocabulary }).slice(0, -1);
  const done = result.outcome === 'filled' || result.outcome === 'already-set';
  const name = vocabulary.names[result.field] ?? result.field;
  return done ? [...lines, `${name} will be looked for there first the next time you fill on this console.`] : lines;
}

function why(result: FieldResult, { names, wanted }: FieldVocabulary): string {
  const name = names[result.field] ?? result.field;
  const WANTED = wanted;
  switch (result.reason) {
    case 'hidden':
      return `${name} is hidden`;
    case 'disabled':
      return `${name} is disabled`;
    case 'readonly':
      return `${name} is read-only`;
    case 'rejected':
      return WANTED[result.field]
        ? `${name}: choosing "${WANTED[result.field]}" did not take; choose it by hand`
        : `${name}: the page did not accept the value; enter it by hand`;
    case 'no-option':
      return `${name} offers no "${WANTED[result.field] ?? 'matching'}" option`;
    case 'no-listbox':
      return `${name}: its list did not open; choose "${WANTED[result.field] ?? ''}" by hand`;
    case 'no-value':
      return `${name}: no value known yet`;
    default:
      return name;
  }
}

function kept(result: FieldResult, { names, wanted: WANTED }: FieldVocabulary): string {
  const name = names[result.field] ?? result.field;
  // Never echo the token field's content: it may be a secret.
  const holds = result.field === 'token' || !result.current ? 'another value' : `"${result.current}"`;
  const wanted = WANTED[result.field];
  return wanted
    ? `${name} is set to ${holds}; Trelica needs "${wanted}": change it by hand`
    : `${name} holds ${holds}; clear it and click again to replace it`;
}

const list = (items: string[]): string => items.join(', ');

export function describeFill(results: readonly FieldResult[], context: ReportContext): string[] {
  const vocabulary = context.vocabulary ?? JUMPCLOUD_VOCABULARY;
  const name = (r: FieldResult) => vocabulary.names[r.field] ?? r.field;
  const by = (outcome: FieldResult['outcome']) => results.filter((r) => r.outcome === outcome);
  const label = (r: FieldResult) => (context.shown[r.field] ? `${name(r)} (${context.shown[r.field]})` : name(r));
  const lines: string[] = [];
  if (by('filled').length) lines.push(`Filled: ${list(by('filled').map(label))}.`);
  if (by('already-set').length) lines.push(`Already set: ${list(by('already-set').map(label))}.`);
  if (by('kept').length)
    lines.push(
      `Left as they were: ${by('kept')
        .map((r) => kept(r, vocabulary))
        .join('; ')}.`,
    );
  if (by('unavailable').length)
    lines.push(
      `Not filled: ${by('unavailable')
        .map((r) => why(r, vocabulary))
        .join('; ')}.`,
    );
  if (by('not-found').length) {
    lines.push(
      `Not found on this page: ${list(by('not-found').map(name))}. Fill ${by('not-found').length > 1 ? 'them' : 'it'} by hand.`,
    );
  }
  if (context.testEmailNote) lines.push(context.testEmailNote);
  const done = results.every((r) => r.outcome === 'filled' || r.outcome === 'already-set');
  const test = `"${vocabulary.testButton}"`;
  lines.push(done ? `Next: click ${test}.` : `Fix the fields above, then click ${test}.`);
  return lines;
}

export function fieldReport<F extends string>(
  results: readonly { field: F; outcome: FieldOutcome }[],
): Partial<Record<F, FieldOutcome>> {
  return Object.fromEntries(results.map((r) => [r.field, r.outcome])) as Partial<Record<F, FieldOutcome>>;
}
