// What the IdP's own connection test sends (its dialect, dialects/), plus, where the IdP's test
// lacks it, the check its provisioning depends on: a filter for a user that cannot exist answers
// 200 with zero results. The requests go out together; one verdict comes back.
import type { DiagnosisCode } from '../diagnosis';
import { classify, type Classified, type FailureCode } from './classify';
import type { Exchange } from './client';
import { dialectFor, type Dialect, type DialectId, type ProbeRole } from './dialects';
import { openScimClient, type ScimRunOptions } from './inputs';
import { randomHex } from '../random';
import { describeTested } from '../tested';
import { scrub } from './redact';
import type { ConnectionTestResult } from './results';

export { LIST_PATH, absentUserName, filterPath } from './paths';

export interface ConnectionTestOptions extends ScimRunOptions {
  /** Hex for the user that cannot exist (tests pass a fixed one); 32 digits make Entra's GUID. */
  random?: () => string;
  /** The IdP whose test is replayed; JumpCloud when absent. */
  dialect?: DialectId;
}

// When the requests disagree, the verdict is the first of these: problems with the
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
function judgeProbe(probe: Exchange, classified: Classified, dialect: Dialect): Classified {
  const label = `GET ${probe.path}`;
  if (!classified.ok && classified.code === 'not-found') {
    // Entra's test is this very request; JumpCloud's and Okta's provisioning begin with it.
    const fails = dialect.variant.startsWith('entra') ? dialect.test : dialect.action;
    return {
      ok: false,
      code: 'not-scim',
      detail: `${label} answered 404: a filter that matches nobody must answer 200 with zero results, not 404, or ${fails} fails.`,
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

interface Sent {
  role: ProbeRole;
  exchange: Exchange;
  verdict: Classified;
}

/**
 * Entra's group lookup never decides the verdict. Entra's Test Connection is judged on the user
 * filter (a 404 there fails it); Entra looks groups up only to provision groups, which Trelica's
 * setup keeps off ("Provision Microsoft Entra ID Groups": No). Trelica has no /Groups, so a 404
 * here is expected, and said plainly.
 */
function groupsNote(sent: Sent | undefined, dialect: Dialect): string {
  if (!sent) return '';
  if (sent.verdict.ok) return ' GET /Groups answered 200 too.';
  const what = sent.exchange.evidence.status === 404 ? 'answered 404 (Trelica has no groups)' : 'failed';
  return ` GET /Groups ${what}: that does not fail ${dialect.test}, but group provisioning must stay off.`;
}

function successDetail(sent: readonly Sent[], dialect: Dialect): string {
  const list = sent.find((s) => s.role === 'list');
  const groups = sent.find((s) => s.role === 'groups');
  const probe = 'a filter for a user that cannot exist answered 200 with none.';
  if (!list) return `${dialect.test} passes: ${probe}${groupsNote(groups, dialect)}`;
  const total = list.verdict.ok ? (list.verdict.list?.totalResults ?? 0) : 0;
  return `GET /Users answered 200 with a SCIM list (${total} ${total === 1 ? 'user' : 'users'} in total), and ${probe}`;
}

export async function runConnectionTest(options: ConnectionTestOptions): Promise<ConnectionTestResult> {
  const now = options.now ?? (() => Date.now());
  const tested = await describeTested(options);
  const dialect = dialectFor(options.dialect, options.baseUrl);
  const opened = openScimClient(options, now, dialect.headers);
  if (!opened.ok) {
    return { kind: 'connection-test', verdict: opened.code, detail: opened.detail, evidence: [], tested, at: now() };
  }
  const { client } = opened;
  const probes = dialect.connectionTest(options.random?.() ?? randomHex(dialect.testRandomBytes));
  const exchanges = await Promise.all(probes.map((p) => client.request('GET', p.path)));
  const sent: Sent[] = probes.map((probe, i) => {
    const exchange = exchanges[i] as Exchange;
    const classified = classify(exchange, 'list', now(), client.secrets);
    const verdict = probe.role === 'absent-user' ? judgeProbe(exchange, classified, dialect) : classified;
    return { role: probe.role, exchange, verdict };
  });

  let verdict: DiagnosisCode = 'ok';
  let detail: string;
  let retryAfterSeconds: number | undefined;
  const failures = sent.filter((s) => s.role !== 'groups').flatMap((s) => (s.verdict.ok ? [] : [s.verdict]));
  // A stable sort keeps the list read first when both fail alike.
  const worst = failures.sort((a, b) => rank(a.code) - rank(b.code))[0];
  if (worst) {
    verdict = worst.code;
    detail = worst.detail;
    retryAfterSeconds = worst.retryAfterSeconds;
  } else {
    detail = successDetail(sent, dialect);
  }
  const result: ConnectionTestResult = {
    kind: 'connection-test',
    verdict,
    detail,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    evidence: exchanges.map((e) => e.evidence),
    tested,
    at: now(),
  };
  return scrub(result, client.secrets);
}
