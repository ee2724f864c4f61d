// The JumpCloud fill, as the background serves it: the values to put in (a test email
// suggested on a registered domain when the admin set none), and afterwards the words for what
// happened to each field, so the content script carries outcomes rather than sentences.
import { suggestTestEmail, checkTestEmail } from '../core/email';
import { describeFill, describePicked, fieldReport, testEmailNote } from '../core/fill-report';
import { jumpCloudRegion } from '../core/hosts';
import * as P from '../core/progress';
import { randomHex } from '../core/random';
import { maskToken } from '../core/token';
import { refuse, type Handlers } from './router';
import type { ProgressStore } from './progress-store';
import type { Vault } from './vault';

type FillHandlers = Pick<Handlers, 'jumpcloud/fill' | 'jumpcloud/filled'>;

export function createFillHandlers(deps: {
  vault: Vault;
  progress: ProgressStore;
  now: () => number;
  /** The organization's test-email domain (core/policy.ts), or null. */
  testEmailDomain?: () => Promise<string | null>;
}): FillHandlers {
  const { vault, progress, now } = deps;
  return {
    async 'jumpcloud/fill'(request, { url }) {
      const p = await progress.read();
      const entry = await vault.get();
      if (!p.baseUrl) {
        return p.drafts.baseUrl
          ? refuse(
              'The Base URL in the extension popup is not valid: fix it there, or click "Send to the extension" on Trelica again.',
              'url-invalid',
            )
          : refuse('No Base URL yet: open Trelica and click "Send to the extension" first.', 'url-invalid');
      }
      if (!entry) {
        return refuse(
          'No token (none captured, or forgotten after its time limit): open Trelica and click "Send to the extension" again.',
          'token-missing',
        );
      }
      // A new address on a registered domain when the admin has none (Activate needs one), or
      // when the configuration is already active (JumpCloud asks again; a used one may fail).
      // The organization's domain, when it set one, else a registered one.
      const wanted = !p.testEmail || request.activeConfiguration === true;
      const managed = (await deps.testEmailDomain?.()) ?? null;
      const domains = managed ? [managed] : p.registeredDomains;
      const suggestion = wanted && domains?.length ? suggestTestEmail(domains, () => randomHex(4)) : null;
      return {
        ok: true,
        baseUrl: p.baseUrl,
        token: entry.token,
        testEmail: suggestion ?? p.testEmail,
        suggested: suggestion !== null,
        registeredDomains: p.registeredDomains,
        remembered: p.remembered[new URL(url).origin] ?? {},
      };
    },

    async 'jumpcloud/filled'(request, { url }) {
      const entry = await vault.get();
      const suggested =
        request.suggestedTestEmail === undefined ? null : checkTestEmail(request.suggestedTestEmail, null).email;
      const region = jumpCloudRegion(url) ?? 'us';
      const p = await progress.update((current) => {
        const observed = P.onObservation(current, {
          fields: fieldReport(request.results),
          groupManagement: request.groupManagement,
          region,
          at: now(),
        });
        // A suggestion that went into JumpCloud becomes the popup's, never replacing the admin's.
        const empty = !current.testEmail && !current.drafts.testEmail;
        return suggested && empty ? P.onFields(observed, { testEmail: { value: suggested, draft: null } }) : observed;
      });
      const [only] = request.results;
      if (request.picked && only) return { ok: true, lines: describePicked(only) };
      const filled = request.results.some((r) => r.field === 'test-email' && r.outcome === 'filled');
      const lines = describeFill(request.results, {
        shown: {
          'api-type': 'SCIM API',
          'scim-version': 'SCIM 2.0',
          ...(p.baseUrl ? { 'base-url': p.baseUrl } : {}),
          ...(entry ? { token: maskToken(entry.token) } : {}),
          ...(suggested || p.testEmail ? { 'test-email': suggested ?? p.testEmail! } : {}),
        },
        testEmailNote: testEmailNote({
          suggested,
          filled,
          testEmail: p.testEmail,
          domains: p.registeredDomains,
          active: request.activeConfiguration,
        }),
      });
      return { ok: true, lines };
    },
  };
}
