// The words of the JumpCloud panel's status after a fill: every field named, with what
// happened to it and, when it was not filled, why and what to do. The content script reports
// the outcomes; the background words them here (keeping the words out of the page's script).
import { FIELD_NAMES } from './field-names';
import type { FieldReport, FieldResult, JumpCloudField } from './messages';

const WANTED: Partial<Record<JumpCloudField, string>> = { 'api-type': 'SCIM API', 'scim-version': 'SCIM 2.0' };

export interface ReportContext {
  /** What went into each filled field, for the admin to check; the token only masked. */
  shown: Partial<Record<JumpCloudField, string>>;
  /** How the test email was chosen, when it was. */
  testEmailNote: string | null;
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
export function describePicked(result: FieldResult): string[] {
  const lines = describeFill([result], { shown: {}, testEmailNote: null }).slice(0, -1);
  const done = result.outcome === 'filled' || result.outcome === 'already-set';
  return done
    ? [...lines, `${FIELD_NAMES[result.field]} will be looked for there first the next time you fill on this console.`]
    : lines;
}

function why(result: FieldResult): string {
  const name = FIELD_NAMES[result.field];
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

function kept(result: FieldResult): string {
  const name = FIELD_NAMES[result.field];
  // Never echo the token field's content: it may be a secret.
  const holds = result.field === 'token' || !result.current ? 'another value' : `"${result.current}"`;
  const wanted = WANTED[result.field];
  return wanted
    ? `${name} is set to ${holds}; Trelica needs "${wanted}": change it by hand`
    : `${name} holds ${holds}; clear it and click again to replace it`;
}

const list = (items: string[]): string => items.join(', ');

export function describeFill(results: readonly FieldResult[], context: ReportContext): string[] {
  const by = (outcome: FieldResult['outcome']) => results.filter((r) => r.outcome === outcome);
  const label = (r: FieldResult) =>
    context.shown[r.field] ? `${FIELD_NAMES[r.field]} (${context.shown[r.field]})` : FIELD_NAMES[r.field];
  const lines: string[] = [];
  if (by('filled').length) lines.push(`Filled: ${list(by('filled').map(label))}.`);
  if (by('already-set').length) lines.push(`Already set: ${list(by('already-set').map(label))}.`);
  if (by('kept').length) lines.push(`Left as they were: ${by('kept').map(kept).join('; ')}.`);
  if (by('unavailable').length) lines.push(`Not filled: ${by('unavailable').map(why).join('; ')}.`);
  if (by('not-found').length) {
    lines.push(
      `Not found on this page: ${list(by('not-found').map((r) => FIELD_NAMES[r.field]))}. Fill ${by('not-found').length > 1 ? 'them' : 'it'} by hand.`,
    );
  }
  if (context.testEmailNote) lines.push(context.testEmailNote);
  const done = results.every((r) => r.outcome === 'filled' || r.outcome === 'already-set');
  lines.push(done ? 'Next: click "Test Connection".' : 'Fix the fields above, then click "Test Connection".');
  return lines;
}

export function fieldReport(results: readonly FieldResult[]): FieldReport {
  return Object.fromEntries(results.map((r) => [r.field, r.outcome])) as FieldReport;
}
