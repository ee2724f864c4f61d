// From one HTTP exchange to a diagnosis code and one sentence saying what exactly was seen.
// The order of the checks is the order of certainty: no answer, then redirects, then status
// codes, then the body. A body is judged only when the status says the request succeeded.
import type { DiagnosisCode } from '../diagnosis';
import type { Exchange, HttpAnswer } from './client';
import { excerpt, scrub } from './redact';
import {
  ListResponseSchema,
  ScimErrorSchema,
  ScimUserSchema,
  type ListResponse,
  type ScimError,
  type ScimUser,
} from './schemas';

/** What a successful answer must be: a list, a user, a user or nothing (PATCH), or nothing (DELETE). */
export type Expectation = 'list' | 'user' | 'user-or-empty' | 'empty';

export type FailureCode = Exclude<DiagnosisCode, 'ok'>;

export interface Failure {
  ok: false;
  code: FailureCode;
  detail: string;
  retryAfterSeconds?: number;
  /** The SCIM error body, when the server sent one. */
  scimError?: ScimError;
}
export type Classified = { ok: true; list?: ListResponse; user?: ScimUser } | Failure;

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 10.2.3). */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  // An HTTP date names its month; without the letters check, V8 reads "-5" or "1.5" as dates.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

export function scimErrorOf(answer: HttpAnswer): ScimError | undefined {
  const parsed = ScimErrorSchema.safeParse(answer.json);
  return parsed.success ? parsed.data : undefined;
}

/** The server's own words, quoted briefly: from a SCIM error's detail, else from the body. */
function serverSaid(answer: HttpAnswer, secrets: readonly string[]): string {
  const scim = scimErrorOf(answer);
  const words = scim?.detail ?? (answer.json === undefined ? '' : answer.text);
  const quoted = excerpt(words, secrets, 120);
  return quoted === '' ? '' : ` The server said: "${quoted}".`;
}

function looksLikeHtml(answer: HttpAnswer): boolean {
  return /\b(text\/html|application\/xhtml)/.test(answer.contentType) || answer.text.trimStart().startsWith('<');
}

function issueOf(error: { issues: ReadonlyArray<{ message: string; path: ReadonlyArray<PropertyKey> }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected shape';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

function judgeBody(label: string, answer: HttpAnswer, expect: Expectation): Classified {
  const fail = (code: FailureCode, detail: string): Failure => ({ ok: false, code, detail });
  const emptyBody = answer.text.trim() === '';
  if (expect === 'empty' || (expect === 'user-or-empty' && emptyBody)) return { ok: true };
  if (looksLikeHtml(answer)) {
    const type = answer.contentType.split(';')[0] || 'no content type';
    return fail(
      'redirected-to-login',
      `${label} answered ${answer.status} with a web page (${type}) instead of SCIM JSON.`,
    );
  }
  if (answer.truncated) {
    return fail(
      'not-scim',
      `${label} answered ${answer.status} with a body far larger than a SCIM answer to this request; it was not read in full.`,
    );
  }
  if (answer.json === undefined)
    return fail('not-scim', `${label} answered ${answer.status}, but the body is not JSON.`);
  if (expect === 'list') {
    const list = ListResponseSchema.safeParse(answer.json);
    if (list.success) return { ok: true, list: list.data };
    return fail(
      'not-scim',
      `${label} answered ${answer.status} with JSON that is not a SCIM ListResponse (${issueOf(list.error)}).`,
    );
  }
  const user = ScimUserSchema.safeParse(answer.json);
  if (user.success) return { ok: true, user: user.data };
  return fail(
    'not-scim',
    `${label} answered ${answer.status} with JSON that is not a SCIM User (${issueOf(user.error)}).`,
  );
}

/** The diagnosis of one exchange, given what a success must look like. */
export function classify(
  exchange: Exchange,
  expect: Expectation,
  nowMs: number,
  secrets: readonly string[],
): Classified {
  const { outcome } = exchange;
  const label = `${exchange.method} ${exchange.path}`;
  if (outcome.kind === 'timeout') {
    return { ok: false, code: 'timeout', detail: `${label} got no answer within ${outcome.ms / 1000} s.` };
  }
  if (outcome.kind === 'network') {
    const message = excerpt(outcome.message, secrets, 120);
    return { ok: false, code: 'network', detail: `${label} could not reach the server (${message}).` };
  }
  const status = outcome.status;
  if (outcome.redirected) {
    const where = outcome.location ? ` to ${excerpt(outcome.location, secrets, 120)}` : '';
    const what = status === 0 ? 'was redirected' : `answered ${status}, a redirect${where}`;
    return {
      ok: false,
      code: 'redirected-to-login',
      detail: `${label} ${what}: a SCIM API never redirects, a web app's login does.`,
    };
  }
  const said = serverSaid(outcome, secrets);
  const parsedError = scimErrorOf(outcome);
  const scimError = parsedError && scrub(parsedError, secrets);
  const fail = (code: FailureCode, detail: string, extra: Partial<Failure> = {}): Failure => ({
    ok: false,
    code,
    detail,
    ...(scimError ? { scimError } : {}),
    ...extra,
  });
  if (status === 401) {
    const challenge = outcome.wwwAuthenticate
      ? ` (WWW-Authenticate: ${excerpt(outcome.wwwAuthenticate, secrets, 100)})`
      : '';
    return fail('unauthorized', `${label} answered 401: the token was refused${challenge}.${said}`);
  }
  if (status === 403) return fail('forbidden', `${label} answered 403: the token is not allowed to do this.${said}`);
  if (status === 404) return fail('not-found', `${label} answered 404.${said}`);
  if (status === 429) {
    const seconds = parseRetryAfter(outcome.retryAfter, nowMs);
    const wait = seconds === undefined ? '' : ` and asks to wait ${seconds} s`;
    return fail(
      'rate-limited',
      `${label} answered 429${wait}.`,
      seconds === undefined ? {} : { retryAfterSeconds: seconds },
    );
  }
  if (status >= 500) {
    // A 503 may say when to come back; pass it on so the admin waits rather than guesses.
    const seconds = parseRetryAfter(outcome.retryAfter, nowMs);
    return fail(
      'server-error',
      `${label} answered ${status}.${said}`,
      seconds === undefined ? {} : { retryAfterSeconds: seconds },
    );
  }
  if (status < 200 || status >= 300)
    return fail('not-scim', `${label} answered ${status}, which a SCIM server does not answer here.${said}`);
  return judgeBody(label, outcome, expect);
}
