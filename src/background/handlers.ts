// One handler per request type. Each validates its input with the core before it changes
// anything, so a bad request is refused whole. The token leaves the vault only in the reply
// to a JumpCloud fill (the router has checked the sender) and in requests to the Trelica
// Base URL, which the core validates against the known Trelica origins.
import { maskToken } from '../core/token';
import { checkTestEmail, normalizeDomains } from '../core/email';
import { jumpCloudRegion, trelicaRegion } from '../core/hosts';
import * as P from '../core/progress';
import { checkBaseUrl, checkToken } from '../core/checks';
import { refuse, type Handlers } from './router';
import type { ProgressStore } from './progress-store';
import type { Vault } from './vault';
import { createFieldHandlers, forgetField } from './field-handlers';
import { createFillHandlers } from './fill-handlers';
import { createClickHandlers, createIdpHandlers, ENTRA_CONSOLE, JUMPCLOUD_CONSOLE, OKTA_CONSOLE } from './idp-handlers';
import { scimRuns } from './scim-runs';
import { withPolicy, type StartScript } from './policy-gate';
import { readPolicy, type ReadPolicy } from '../core/policy';
import * as J from '../core/journal';
import type { RunGate } from '../core/run-gate';
import type { JournalStore } from './journal-store';
import { testUsers } from './test-users';
import { chooseIdp } from '../core/idp/choice';

export interface Deps {
  vault: Vault;
  progress: ProgressStore;
  fetch: typeof fetch;
  now: () => number;
  /** Whether the browser lets the extension reach this origin (Firefox users may withhold it). */
  hasHostAccess: (origin: string) => Promise<boolean>;
  /** The organization's managed policy, read anew for each request; none when absent. */
  policy?: () => Promise<ReadPolicy>;
  /** What the extension created in Trelica, and the runs under way (storage.local). */
  journal: JournalStore;
  /** One SCIM run per Base URL at a time, in this background. */
  gate: RunGate;
  /** This background's id: a run marked by another was cut short. */
  instance: string;
  /** Injects a site's script into the sender's document, once its early script asked. */
  startScript: StartScript;
}

export function createHandlers(deps: Deps): Handlers {
  return createBackground(deps).handlers;
}

/** The handlers, and what the background does as it starts. */
export function createBackground(deps: Deps): { handlers: Handlers; start(): Promise<void> } {
  const { vault, progress, journal, now } = deps;
  const policy = deps.policy ?? (async () => readPolicy({}));
  const runs = scimRuns(deps);
  const users = testUsers(deps, runs);

  // The popup's first question may wake this background: it must see the sweep's result.
  let swept: Promise<unknown> = Promise.resolve();

  /** The popup's view; a handler that just wrote progress passes what it wrote instead of reading it back. */
  async function state(written?: P.Progress) {
    await swept;
    const view = J.journalView(await journal.read(), runs.running());
    const p = written ?? (await progress.read());
    const vaulted = await vault.get();
    return { ok: true as const, state: P.toState(p, vaulted, undefined, view, await progress.notes.read()) };
  }

  /** Test users left by a run cut short go as soon as their token is at hand; never fatal. */
  const tidy = () => users.remove({}).catch(() => []);

  /**
   * Keeps what the popup's fields hold. A usable value is stored; an unusable Base URL or
   * email empties the stored one and is kept as a draft (never an older value in its place);
   * an unusable token is not stored and leaves the vault as it is (the popup shows its problem).
   */
  async function keepFields(fields: {
    baseUrl?: string | undefined;
    token?: string | undefined;
    testEmail?: string | undefined;
  }) {
    const edit = (raw: string | undefined, check: (raw: string) => string | null): P.FieldEdit | undefined => {
      if (raw === undefined) return undefined;
      const value = check(raw);
      return { value, draft: value === null && raw.trim() !== '' ? raw : null };
    };
    const baseUrl = edit(fields.baseUrl, (raw) => {
      const url = checkBaseUrl(raw);
      return url.ok ? url.value : null;
    });
    let testEmail: P.FieldEdit | undefined;
    if (fields.testEmail !== undefined) {
      const { registeredDomains } = await progress.read();
      // An unregistered domain is kept (the popup warns); an unreadable address is a draft.
      testEmail = edit(fields.testEmail, (raw) => checkTestEmail(raw, registeredDomains).email);
    }
    const token = fields.token?.trim() ? checkToken(fields.token) : null;
    if (token?.ok) await vault.put(token.value);
    if (!baseUrl && !testEmail) return progress.read();
    return progress.update((p) => P.onFields(p, { baseUrl, testEmail }));
  }

  /** The token a run uses: the one typed in the popup, else the stored one. */
  async function runToken(typed: string | undefined): Promise<string> {
    return typed?.trim() ? typed : ((await vault.get())?.token ?? '');
  }

  const handlers = withPolicy(
    {
      ...createFieldHandlers(progress),
      ...createFillHandlers({
        vault,
        progress,
        now,
        testEmailDomain: async () => (await policy()).policy.testEmailDomain,
      }),
      ...createClickHandlers(JUMPCLOUD_CONSOLE as typeof JUMPCLOUD_CONSOLE & { id: 'jumpcloud' }, {
        vault,
        progress,
        now,
        runs,
      }),
      ...createIdpHandlers(OKTA_CONSOLE as typeof OKTA_CONSOLE & { id: 'okta' }, { vault, progress, now, runs }),
      ...createIdpHandlers(ENTRA_CONSOLE as typeof ENTRA_CONSOLE & { id: 'entra' }, { vault, progress, now, runs }),

      async 'trelica/capture'(request, { url: pageUrl }) {
        const url = checkBaseUrl(request.baseUrl);
        if (!url.ok) return refuse(url.detail, url.code);
        const token = checkToken(request.token);
        if (!token.ok) return refuse(token.detail, token.code);
        await vault.put(token.value);
        const region = trelicaRegion(pageUrl) ?? 'us';
        await progress.update((p) =>
          P.onCapture(p, { baseUrl: url.value, scimState: request.scimState, region, at: now() }),
        );
        void tidy();
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

      async 'jumpcloud/observation'(request, { url }) {
        const region = jumpCloudRegion(url) ?? 'us';
        await progress.update((p) => P.onObservation(P.onIdpSeen(p, 'jumpcloud'), { ...request, region, at: now() }));
        return { ok: true };
      },

      'popup/get-state': () => state(),

      async 'popup/set-credentials'(request) {
        return state(await keepFields(request));
      },

      async 'popup/forget-token'() {
        await vault.forget();
        return state();
      },

      async 'popup/dismiss-reset-note'() {
        await progress.notes.dismiss();
        return state();
      },

      async 'popup/forget-field'(request) {
        return state(await forgetField(progress, request.origin, request.field));
      },

      async 'popup/test-connection'(request) {
        await keepFields(request);
        return runs.test({ baseUrl: request.baseUrl, token: await runToken(request.token) });
      },

      async 'popup/rehearse'(request) {
        await keepFields(request);
        const { baseUrl, testEmail } = request;
        return runs.rehearse({ baseUrl, token: await runToken(request.token), testEmail });
      },

      async 'popup/check-provisioning'(request) {
        return runs.checkProvisioning({ baseUrl: request.baseUrl, token: await runToken(request.token) });
      },

      async 'popup/remove-test-users'(request) {
        const results = await users.remove({ typed: request.token, runId: request.runId });
        const reply = await state();
        return { ...reply, results };
      },

      async 'popup/dismiss-notes'() {
        await journal.update(J.dismissNotes);
        return state();
      },

      async 'popup/tick'(request) {
        return state(await progress.update((p) => P.onTick(p, request.step, request.done)));
      },

      async 'popup/choose-idp'(request) {
        return state(await progress.update((p) => chooseIdp(p, request.idp)));
      },
    },
    policy,
    deps.startScript,
  );

  return {
    handlers,
    async start() {
      swept = journal.update((j) => J.sweepInterrupted(j, deps.instance, now())).catch(() => undefined);
      await swept;
      await tidy();
    },
  };
}
