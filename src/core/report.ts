// The plain-text report the popup's "Copy test report" and "Copy rehearsal report" put on the
// clipboard for a support ticket. It says what was sent and what came back, never the token:
// the background redacted every result with the real token already, and the whole report is
// redacted again here with the same rules (core/redaction.ts), against the token typed in the
// popup and anything shaped like one.
import { diagnose } from './diagnosis';
import { redact, REDACTED } from './redaction';
import type { ConnectionTestResult, Evidence, RehearsalResult } from './scim/results';

export { redact, REDACTED };

export interface ReportInput {
  result: ConnectionTestResult | RehearsalResult;
  /** The extension's version (manifest.json). */
  version: string;
  /** Strings that must never appear, e.g. the token the admin typed in this popup session. */
  secrets?: readonly string[];
  /** The organization's IT support (managed policy), to whom the report is meant to go. */
  supportContact?: string | null;
}

const MAX_EXCERPT = 600;

function evidenceLines(e: Evidence, indent: string): string[] {
  const status = e.status === null ? 'no response' : String(e.status);
  const excerpt = e.excerpt.length > MAX_EXCERPT ? `${e.excerpt.slice(0, MAX_EXCERPT)}…` : e.excerpt;
  const lines = [`${indent}${e.method} ${e.path} -> ${status} in ${Math.round(e.ms)} ms`];
  if (excerpt.trim() !== '') {
    lines.push(
      ...excerpt.split(/\r?\n/).map((line, i) => `${indent}${i === 0 ? '  excerpt: ' : '           '}${line}`),
    );
  }
  return lines;
}

export function buildReport(input: ReportInput): string {
  const { result } = input;
  const d = diagnose(result.verdict);
  const lines = [
    'SCIM Setup Assistant report (Trelica <- JumpCloud)',
    `Extension version: ${input.version}`,
    ...(input.supportContact ? [`Your organization's support: ${input.supportContact}`] : []),
    `Run: ${result.kind === 'connection-test' ? 'connection test' : 'activation rehearsal'} at ${new Date(result.at).toISOString()}`,
  ];
  const tested = result.tested;
  if (tested) {
    lines.push(`Base URL: ${tested.baseUrl || '(none)'}`, `Token (masked): ${tested.tokenMasked ?? '(none)'}`);
  }
  lines.push(
    `Verdict: ${d.code}`,
    `Title: ${d.title}`,
    `Detail: ${result.detail}`,
    `Cause: ${d.cause}`,
    `Fix: ${d.fix}`,
    `Step to revisit: ${d.step}`,
  );
  if (result.retryAfterSeconds !== undefined) lines.push(`Retry after: ${result.retryAfterSeconds} s`);

  if (result.kind === 'connection-test') {
    lines.push('', `Requests (${result.evidence.length}):`);
    result.evidence.forEach((e, i) => lines.push(...evidenceLines(e, `${i + 1}. `.padEnd(4))));
  } else {
    lines.push(`Test email: ${tested?.testEmail ?? result.testEmail}`);
    if (result.userId) lines.push(`Temporary user id: ${result.userId}`);
    lines.push('', 'Steps:');
    for (const step of result.steps) {
      lines.push(`- ${step.id}: ${step.outcome} (${step.detail})`);
      if (step.evidence) lines.push(...evidenceLines(step.evidence, '    '));
    }
  }
  lines.push('', 'The token is never included in this report.');
  return redact(lines.join('\n'), input.secrets ?? []);
}
