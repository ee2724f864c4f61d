// The checks made before a Base URL or token is stored or used: a bad one gets its own
// verdict and changes nothing, so a paste mistake is never reported as a server problem.
import { baseUrlDiagnosis, describeBaseUrlFix, describeBaseUrlProblem, normalizeBaseUrl } from './base-url';
import { describeTokenFix, describeTokenProblem, normalizeToken, tokenDiagnosis } from './token';
import type { DiagnosisCode } from './diagnosis';

/** A normalized value with the fixes made to it in words, or the code and sentence that refuse it. */
export type Checked = { ok: true; value: string; fixes: string[] } | { ok: false; code: DiagnosisCode; detail: string };

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
