// How to read the answer to the rehearsal's POST /Users. Trelica refuses a userName outside
// its registered domains with a 400; an existing userName gives 409 (RFC 7644 3.3).
import { classify, scimErrorOf, type Classified } from './classify';
import type { Exchange } from './client';
import { excerpt } from './redact';

const MENTIONS_DOMAIN = /domain/i;

export function judgeCreate(created: Exchange, nowMs: number, secrets: readonly string[]): Classified {
  const { outcome } = created;
  if (outcome.kind !== 'answer' || (outcome.status !== 400 && outcome.status !== 409)) {
    return classify(created, 'user', nowMs, secrets);
  }
  const scimError = scimErrorOf(outcome);
  const message = scimError?.detail ?? (outcome.json === undefined ? '' : outcome.text);
  const said = message ? ` The server said: "${excerpt(message, secrets, 120)}".` : '';
  const label = `POST ${created.path} answered ${outcome.status}`;
  if (outcome.status === 409 || scimError?.scimType === 'uniqueness') {
    return { ok: false, code: 'user-exists', detail: `${label}: a user with this userName exists already.${said}` };
  }
  // Our body is fixed and valid SCIM, so a 400 about a value (or one without a SCIM type, or
  // one naming the domain) is Trelica refusing the email's domain.
  const scimType = scimError?.scimType;
  if (scimType === undefined || scimType === 'invalidValue' || MENTIONS_DOMAIN.test(message)) {
    return {
      ok: false,
      code: 'domain-not-registered',
      detail: `${label}: Trelica refused the test user, most likely because of the email's domain.${said}`,
    };
  }
  return {
    ok: false,
    code: 'not-scim',
    detail: `${label} (${excerpt(scimType, secrets, 40)}) to a standard SCIM create.${said}`,
  };
}

/**
 * Whether a failed create may still have created the user: no answer, a server error, or a
 * success whose body we could not read. Then the rehearsal looks the user up to delete it.
 */
export function createMayHaveHappened(created: Exchange): boolean {
  const { outcome } = created;
  if (outcome.kind !== 'answer') return true;
  if (outcome.redirected) return false;
  return outcome.status >= 500 || (outcome.status >= 200 && outcome.status < 300);
}
