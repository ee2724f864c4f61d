// What both SCIM runs take, and the one door to a client: nothing is sent unless the Base URL
// and the token pass their checks (core/checks.ts).
import type { DiagnosisCode } from '../diagnosis';
import { checkBaseUrl, checkToken } from '../checks';
import { createScimClient, type FetchLike, type RequestHeaders, type ScimClient } from './client';

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
  headers?: RequestHeaders,
): { ok: true; client: ScimClient } | { ok: false; code: DiagnosisCode; detail: string } {
  const url = checkBaseUrl(options.baseUrl);
  if (!url.ok) return url;
  const token = checkToken(options.token);
  if (!token.ok) return token;
  const { fetch, timeoutMs, maxBytes } = options;
  return {
    ok: true,
    client: createScimClient({ baseUrl: url.value, token: token.value, fetch, now, timeoutMs, maxBytes, headers }),
  };
}
