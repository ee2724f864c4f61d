// The checks made before a Base URL or token is stored or used: a bad one gets its own
// verdict and changes nothing, so a paste mistake is never reported as a server problem.
import { baseUrlDiagnosis, describeBaseUrlFix, describeBaseUrlProblem, normalizeBaseUrl } from '../base-url';
import { describeTokenFix, describeTokenProblem, normalizeToken, tokenDiagnosis } from '../token';
import type { DiagnosisCode } from '../diagnosis';
import { createScimClient, type FetchLike, type ScimClient } from './client';

/** A normalized value with the fixes made to it in words, or the code and sentence that refuse it. */
export type Checked =
  | { ok: true; value: string; fixes: string[] }
  | { ok: false; code: DiagnosisCode; detail: string };

export function checkBaseUrl(raw: string): Checked {
  const url = normalizeBaseUrl(raw);
  const code = baseUrlDiagnosis(url);
  if (code || url.url === null) {
    return { ok: false, code: code ?? 'url-invalid', detail: url.problems.map(describeBaseUrlProblem).join(' ') };
  }
  return { ok: true, value: url.url, fixes: url.fixes.map(describeBaseUrlFix) };
}

export function checkToken(raw: string): Checked {
  const token = normalizeToken(raw);
  const code = tokenDiagnosis(token);
  if (code || token.token === null) {
    // The problem descriptions talk about the token and never quote it.
    return { ok: false, code: code ?? 'token-malformed', detail: token.problems.map(describeTokenProblem).join(' ') };
  }
  return { ok: true, value: token.token, fixes: token.fixes.map(describeTokenFix) };
}

/** What both SCIM runs take from their caller. */
export interface ScimRunOptions {
  /** As the admin gave them: normalized and checked here before anything is sent. */
  baseUrl: string;
  token: string;
  fetch: FetchLike;
  now?: () => number;
  timeoutMs?: number;
  maxBytes?: number;
}

/**
 * A client for the run's Base URL and token, checked in that order, or the verdict that refuses
 * them: nothing can be sent unless both pass.
 */
export function openScimClient(
  options: ScimRunOptions,
  now: () => number,
): { ok: true; client: ScimClient } | { ok: false; code: DiagnosisCode; detail: string } {
  const url = checkBaseUrl(options.baseUrl);
  if (!url.ok) return url;
  const token = checkToken(options.token);
  if (!token.ok) return token;
  const { fetch, timeoutMs, maxBytes } = options;
  return { ok: true, client: createScimClient({ baseUrl: url.value, token: token.value, fetch, now, timeoutMs, maxBytes }) };
}
