// What JumpCloud's "Test Connection" does (a list read), plus the check every SCIM tester makes
// and JumpCloud's Activate depends on: a filter for a user that cannot exist answers 200 with
// zero results. Both requests go out together; one verdict comes back.
import type { DiagnosisCode } from '../diagnosis';
import { classify, type Classified, type FailureCode } from './classify';
import type { Exchange } from './client';
import { openScimClient, type ScimRunOptions } from './inputs';
import { randomHex } from '../random';
import { describeTested } from '../tested';
import { scrub } from './redact';
import type { ConnectionTestResult } from './results';
import { userNameEq } from './schemas';

export interface ConnectionTestOptions extends ScimRunOptions {
  /** Hex for the user that cannot exist (tests pass a fixed one). */
  random?: () => string;
}

export const LIST_PATH = '/Users?startIndex=1&count=1';

/** The address of a user that cannot exist: the .invalid top-level domain is reserved (RFC 2606). */
export function absentUserName(hex: string): string {
  return `scim-check-${hex}@example.invalid`;
}

export function filterPath(userName: string): string {
  return `/Users?filter=${encodeURIComponent(userNameEq(userName))}`;
}

// When the two requests disagree, the verdict is the first of these: problems with the
// settings the admin controls before problems that go away by waiting.
const SEVERITY: readonly FailureCode[] = [
  'network',
  'redirected-to-login',
  'not-found',
  'unauthorized',
  'forbidden',
  'not-scim',
  'server-error',
  'rate-limited',
  'timeout',
];

function rank(code: DiagnosisCode): number {
  const at = SEVERITY.indexOf(code as FailureCode);
  return at < 0 ? SEVERITY.length : at;
}

/** The filter request's own judgement: SCIM requires 200 and zero results for a user that is not there. */
function judgeProbe(probe: Exchange, classified: Classified): Classified {
  const label = `GET ${probe.path}`;
  if (!classified.ok && classified.code === 'not-found') {
    return {
      ok: false,
      code: 'not-scim',
      detail: `${label} answered 404: a filter that matches nobody must answer 200 with zero results, not 404, or JumpCloud's Activate fails.`,
    };
  }
  if (classified.ok && classified.list && classified.list.totalResults > 0) {
    return {
      ok: false,
      code: 'not-scim',
      detail: `${label} found ${classified.list.totalResults} users for an address that cannot exist: the server ignores the userName filter.`,
    };
  }
  return classified;
}

export async function runConnectionTest(options: ConnectionTestOptions): Promise<ConnectionTestResult> {
  const now = options.now ?? (() => Date.now());
  const tested = await describeTested(options);
  const opened = openScimClient(options, now);
  if (!opened.ok) {
    return { kind: 'connection-test', verdict: opened.code, detail: opened.detail, evidence: [], tested, at: now() };
  }
  const { client } = opened;
  const probePath = filterPath(absentUserName((options.random ?? randomHex)()));
  const [list, probe] = await Promise.all([client.request('GET', LIST_PATH), client.request('GET', probePath)]);
  const listVerdict = classify(list, 'list', now(), client.secrets);
  const probeVerdict = judgeProbe(probe, classify(probe, 'list', now(), client.secrets));

  let verdict: DiagnosisCode = 'ok';
  let detail: string;
  let retryAfterSeconds: number | undefined;
  const failures = [listVerdict, probeVerdict].filter((v) => !v.ok);
  // A stable sort keeps the list read first when both fail alike.
  const worst = failures.sort((a, b) => rank(a.code) - rank(b.code))[0];
  if (worst) {
    verdict = worst.code;
    detail = worst.detail;
    retryAfterSeconds = worst.retryAfterSeconds;
  } else {
    const total = listVerdict.ok ? (listVerdict.list?.totalResults ?? 0) : 0;
    detail = `GET /Users answered 200 with a SCIM list (${total} ${total === 1 ? 'user' : 'users'} in total), and a filter for a user that cannot exist answered 200 with none.`;
  }
  const result: ConnectionTestResult = {
    kind: 'connection-test',
    verdict,
    detail,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    evidence: [list.evidence, probe.evidence],
    tested,
    at: now(),
  };
  return scrub(result, client.secrets);
}
