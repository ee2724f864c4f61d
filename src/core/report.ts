// The plain-text report "Copy report" puts on the clipboard for a support ticket. It says what
// was sent and what came back, never the token: excerpts are redacted by the SCIM client already,
// and are redacted again here (defence in depth) against every secret the caller knows of and
// anything shaped like a bearer credential.
import { diagnose } from './diagnosis';
import { escapeRegExp, REDACTED } from './redaction-marks';
import type { ConnectionTestResult, Evidence, RehearsalResult } from './scim/results';

export { REDACTED };

export interface ReportInput {
  result: ConnectionTestResult | RehearsalResult;
  /** The extension's version (manifest.json). */
  version: string;
  /** Strings that must never appear, e.g. the token the admin typed in this popup session. */
  secrets?: readonly string[];
}

const MAX_EXCERPT = 600;
// Shorter "secrets" would blank out ordinary words; real tokens are far longer.
const MIN_SECRET_LENGTH = 6;
// "Bearer abc", "Authorization: xyz", "token":"xyz" and the like, whatever the case.
const CREDENTIAL_PATTERNS: readonly RegExp[] = [
  /(bearer\s+)[^\s"',;]+/gi,
  /(authorization["']?\s*[:=]\s*["']?)(?!bearer\s)[^\s"',;]+/gi,
  /((?:access_?|bearer_?|api_?)?token["']?\s*[:=]\s*["']?)[^\s"',;]+/gi,
];

/** The text with every known secret and every bearer-looking credential replaced by [redacted]. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  // A typed secret may still carry the "Bearer " the admin pasted with it: hide the bare token too.
  const variants = secrets.flatMap((secret) => [secret.trim(), secret.trim().replace(/^(?:authorization\s*:\s*)?bearer\s+/i, '')]);
  for (const variant of variants) {
    if (variant.length < MIN_SECRET_LENGTH) continue;
    out = out.replace(new RegExp(escapeRegExp(variant), 'gi'), REDACTED);
  }
  for (const pattern of CREDENTIAL_PATTERNS) out = out.replace(pattern, `$1${REDACTED}`);
  return out;
}

function evidenceLines(e: Evidence, indent: string): string[] {
  const status = e.status === null ? 'no response' : String(e.status);
  const excerpt = e.excerpt.length > MAX_EXCERPT ? `${e.excerpt.slice(0, MAX_EXCERPT)}…` : e.excerpt;
  const lines = [`${indent}${e.method} ${e.path} -> ${status} in ${Math.round(e.ms)} ms`];
  if (excerpt.trim() !== '') {
    lines.push(...excerpt.split(/\r?\n/).map((line, i) => `${indent}${i === 0 ? '  excerpt: ' : '           '}${line}`));
  }
  return lines;
}

export function buildReport(input: ReportInput): string {
  const { result } = input;
  const d = diagnose(result.verdict);
  const lines = [
    'SCIM Setup Assistant report (Trelica <- JumpCloud)',
    `Extension version: ${input.version}`,
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
