// The checks both SCIM runs make before sending anything: a bad Base URL or token gets its
// own verdict and no request, so a paste mistake is never reported as a server problem.
import { baseUrlDiagnosis, describeBaseUrlProblem, normalizeBaseUrl } from '../base-url';
import { describeTokenProblem, normalizeToken, tokenDiagnosis } from '../token';
import type { DiagnosisCode } from '../diagnosis';

export type CheckedInputs =
  | { ok: true; baseUrl: string; token: string }
  | { ok: false; code: DiagnosisCode; detail: string };

export function checkScimInputs(rawBaseUrl: string, rawToken: string): CheckedInputs {
  const url = normalizeBaseUrl(rawBaseUrl);
  const urlCode = baseUrlDiagnosis(url);
  if (urlCode || url.url === null) {
    return { ok: false, code: urlCode ?? 'url-invalid', detail: url.problems.map(describeBaseUrlProblem).join(' ') };
  }
  const token = normalizeToken(rawToken);
  const tokenCode = tokenDiagnosis(token);
  if (tokenCode || token.token === null) {
    // The problem descriptions talk about the token and never quote it.
    return { ok: false, code: tokenCode ?? 'token-malformed', detail: token.problems.map(describeTokenProblem).join(' ') };
  }
  return { ok: true, baseUrl: url.url, token: token.token };
}

/** Random hex for names that must not collide with anything real. */
export function randomHex(bytes = 8): string {
  const buffer = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buffer);
  return [...buffer].map((b) => b.toString(16).padStart(2, '0')).join('');
}
