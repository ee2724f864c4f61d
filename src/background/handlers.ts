// One handler per request type. Each validates its input with the core before it changes
// anything, so a bad request is refused whole. The token leaves the vault only in the reply
// to a JumpCloud fill (the router has checked the sender) and in requests to the Trelica
// Base URL, which the core validates against the known Trelica origins.
import { maskToken } from '../core/token';
import { checkTestEmail, describeEmailProblem, normalizeDomains } from '../core/email';
import { jumpCloudRegion, trelicaRegion } from '../core/hosts';
import { diagnose } from '../core/diagnosis';
import * as P from '../core/progress';
import { runConnectionTest } from '../core/scim/connection-test';
import { runRehearsal } from '../core/scim/rehearsal';
import { checkBaseUrl, checkToken } from '../core/scim/inputs';
import type { ErrorReply } from '../core/messages';
import type { Handlers } from './router';
import type { ProgressStore } from './progress-store';
import type { Vault } from './vault';

export interface Deps {
  vault: Vault;
  progress: ProgressStore;
  fetch: typeof fetch;
  now: () => number;
  /** Whether the browser lets the extension reach this origin (Firefox users may withhold it). */
  hasHostAccess: (origin: string) => Promise<boolean>;
}

function refuse(message: string, code?: ErrorReply['code']): ErrorReply {
  return code ? { ok: false, code, message } : { ok: false, message };
}

export function createHandlers(deps: Deps): Handlers {
  const { vault, progress, now } = deps;

  /** The popup's view; a handler that just wrote progress passes what it wrote instead of reading it back. */
  async function state(written?: P.Progress) {
    return { ok: true as const, state: P.toState(written ?? (await progress.read()), await vault.get()) };
  }

  /** Inputs for a SCIM run, or a refusal before anything is sent. */
  async function scimInputs() {
    const p = await progress.read();
    const entry = await vault.get();
    const baseUrl = p.baseUrl ?? '';
    const token = entry?.token ?? '';
    const url = checkBaseUrl(baseUrl);
    const permitted = !url.ok || (await deps.hasHostAccess(new URL(url.value).origin));
    return { p, baseUrl, token, permitted };
  }

  function noAccess(kind: 'connection-test') {
    const d = diagnose('host-permission-missing');
    return { kind, verdict: d.code, detail: d.cause, evidence: [], at: now() };
  }

  return {
    async 'trelica/capture'(request, { url: pageUrl }) {
      const url = checkBaseUrl(request.baseUrl);
      if (!url.ok) return refuse(url.detail, url.code);
      const token = checkToken(request.token);
      if (!token.ok) return refuse(token.detail, token.code);
      await vault.put(token.value);
      const region = trelicaRegion(pageUrl) ?? 'us';
      await progress.update((p) => P.onCapture(p, { baseUrl: url.value, scimState: request.scimState, region, at: now() }));
      return {
        ok: true,
        baseUrl: url.value,
        tokenMasked: maskToken(token.value),
        fixes: [...url.fixes, ...token.fixes],
        scimState: request.scimState,
      };
    },

    async 'trelica/page'(request, { url }) {
      const region = trelicaRegion(url) ?? 'us';
      await progress.update((p) => P.onTrelicaPage(p, { ...request, region }));
      return { ok: true };
    },

    async 'trelica/domains'(request) {
      await progress.update((p) => P.onDomains(p, normalizeDomains(request.domains)));
      return { ok: true };
    },

    async 'jumpcloud/fill'() {
      const p = await progress.read();
      const entry = await vault.get();
      if (!p.baseUrl) return refuse('No Base URL yet: open Trelica and click "Send to JumpCloud" first.', 'url-invalid');
      if (!entry) {
        return refuse('No token (none captured, or forgotten after 30 minutes): open Trelica and click "Send to JumpCloud" again.', 'token-missing');
      }
      return { ok: true, baseUrl: p.baseUrl, token: entry.token, testEmail: p.testEmail, registeredDomains: p.registeredDomains };
    },

    async 'jumpcloud/observation'(request, { url }) {
      const region = jumpCloudRegion(url) ?? 'us';
      const suggested = request.suggestedTestEmail === undefined ? null : checkTestEmail(request.suggestedTestEmail, null).email;
      await progress.update((p) => {
        const observed = P.onObservation(p, { ...request, region, at: now() });
        // Only fills an empty popup field: an address the admin chose is never replaced.
        return suggested && !p.testEmail ? P.onCredentials(observed, { testEmail: suggested }) : observed;
      });
      return { ok: true };
    },

    'popup/get-state': () => state(),

    async 'popup/set-credentials'(request) {
      const url = request.baseUrl === undefined ? null : checkBaseUrl(request.baseUrl);
      if (url && !url.ok) return refuse(url.detail, url.code);
      const token = request.token === undefined ? null : checkToken(request.token);
      if (token && !token.ok) return refuse(token.detail, token.code);
      let testEmail: string | null | undefined;
      if (request.testEmail !== undefined) {
        const { registeredDomains } = await progress.read();
        const check = checkTestEmail(request.testEmail, registeredDomains);
        // An unregistered domain is saved (the popup warns); an unreadable address is not.
        if (check.problems.includes('invalid')) return refuse(describeEmailProblem('invalid', registeredDomains));
        testEmail = check.email;
      }
      if (token) await vault.put(token.value);
      const written = await progress.update((current) => {
        const next = P.onCredentials(current, { baseUrl: url?.value, testEmail });
        return token ? P.onTokenChanged(next) : next;
      });
      return state(written);
    },

    async 'popup/forget-token'() {
      await vault.forget();
      return state(await progress.update(P.onTokenChanged));
    },

    async 'popup/test-connection'() {
      const { baseUrl, token, permitted } = await scimInputs();
      const result = permitted
        ? await runConnectionTest({ baseUrl, token, fetch: deps.fetch, now })
        : noAccess('connection-test');
      await progress.update((p) => P.onConnectionTest(p, result));
      return { ok: true, result };
    },

    async 'popup/rehearse'() {
      const { p, baseUrl, token, permitted } = await scimInputs();
      if (!p.testEmail) return refuse('Set a test user email first.');
      if (!permitted) return refuse(diagnose('host-permission-missing').fix, 'host-permission-missing');
      const result = await runRehearsal({
        baseUrl,
        token,
        testEmail: p.testEmail,
        fetch: deps.fetch,
        now,
        registeredDomains: p.registeredDomains,
      });
      await progress.update((current) => P.onRehearsal(current, result));
      return { ok: true, result };
    },

    async 'popup/tick'(request) {
      return state(await progress.update((p) => P.onTick(p, request.step, request.done)));
    },
  };
}
