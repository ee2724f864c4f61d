// The words of the status message after a fill: every field named, with what happened to it
// and, when it was not filled, why and what to do. Pure: no DOM.
import type { FieldReport, JumpCloudField } from '../../core/messages';
import type { FieldResult } from './form';

export const FIELD_NAMES: Readonly<Record<JumpCloudField, string>> = {
  'api-type': 'API Type',
  'scim-version': 'SCIM Version',
  'base-url': 'Base URL',
  token: 'Token Key',
  'test-email': 'Test User Email',
};

const WANTED: Partial<Record<JumpCloudField, string>> = { 'api-type': 'SCIM API', 'scim-version': 'SCIM 2.0' };

export interface ReportContext {
  /** What went into each filled field, for the admin to check; the token only masked. */
  shown: Partial<Record<JumpCloudField, string>>;
  /** How the test email was chosen, when it was. */
  testEmailNote: string | null;
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
  return wanted ? `${name} is set to ${holds}; Trelica needs "${wanted}": change it by hand` : `${name} holds ${holds}; clear it and click again to replace it`;
}

const list = (items: string[]): string => items.join(', ');

export function describeFill(results: readonly FieldResult[], context: ReportContext): string[] {
  const by = (outcome: FieldResult['outcome']) => results.filter((r) => r.outcome === outcome);
  const label = (r: FieldResult) => (context.shown[r.field] ? `${FIELD_NAMES[r.field]} (${context.shown[r.field]})` : FIELD_NAMES[r.field]);
  const lines: string[] = [];
  if (by('filled').length) lines.push(`Filled: ${list(by('filled').map(label))}.`);
  if (by('already-set').length) lines.push(`Already set: ${list(by('already-set').map(label))}.`);
  if (by('kept').length) lines.push(`Left as they were: ${by('kept').map(kept).join('; ')}.`);
  if (by('unavailable').length) lines.push(`Not filled: ${by('unavailable').map(why).join('; ')}.`);
  if (by('not-found').length) {
    lines.push(`Not found on this page: ${list(by('not-found').map((r) => FIELD_NAMES[r.field]))}. Fill ${by('not-found').length > 1 ? 'them' : 'it'} by hand.`);
  }
  if (context.testEmailNote) lines.push(context.testEmailNote);
  const done = results.every((r) => r.outcome === 'filled' || r.outcome === 'already-set');
  lines.push(done ? 'Next: click "Test Connection".' : 'Fix the fields above, then click "Test Connection".');
  return lines;
}

export function fieldReport(results: readonly FieldResult[]): FieldReport {
  return Object.fromEntries(results.map((r) => [r.field, r.outcome])) as FieldReport;
}
