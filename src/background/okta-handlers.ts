// Okta's pages, as the background serves them: the fill's values (the token bare: Okta shows
// "Bearer" itself), what its forms and its connector test showed, drift at the click, and
// "Find out why" with Okta's own calls. Each Okta message also makes Okta the IdP the popup
// walks, unless the admin picked one by hand.
import { driftWarnings } from '../core/drift';
import { explainFailure } from '../core/find-out-why';
import { describeFill, describePicked, fieldReport, type FieldVocabulary } from '../core/fill-report';
import { OKTA_FIELD_NAMES, FIELD_NAMES } from '../core/field-names';
import { oktaAdminOrigin } from '../core/hosts';
import { judgeOutcome, OUTCOME_TEXT_MAX } from '../core/outcome';
import * as P from '../core/progress';
import { onOktaObservation, onOktaOutcome } from '../core/idp/okta/progress';
import { tokenFingerprint } from '../core/tested';
import { maskToken } from '../core/token';
import { refuse, type Handlers } from './router';
import type { ProgressStore } from './progress-store';
import type { ScimRuns } from './scim-runs';
import type { Vault } from './vault';

type OktaHandlers = Pick<
  Handlers,
  'okta/fill' | 'okta/filled' | 'okta/observation' | 'okta/outcome' | 'okta/about-to' | 'okta/find-out-why'
>;

const VOCABULARY: FieldVocabulary = {
  names: { ...FIELD_NAMES, ...OKTA_FIELD_NAMES, actions: 'Supported provisioning actions' },
  wanted: { 'unique-id': 'userName', 'auth-mode': 'HTTP Header' },
  testButton: 'Test Connector Configuration',
};

/** The router has checked the sender is an Okta admin page. */
const originOf = (url: string): string => oktaAdminOrigin(url) ?? new URL(url).origin;

export function createOktaHandlers(deps: {
  vault: Vault;
  progress: ProgressStore;
  now: () => number;
  runs: ScimRuns;
}): OktaHandlers {
  const { vault, progress, now, runs } = deps;
  const seen = (p: P.Progress) => P.onIdpSeen(p, 'okta');
  return {
    async 'okta/fill'(_request, { url }) {
      const p = await progress.update(seen);
      const entry = await vault.get();
      if (!p.baseUrl)
        return refuse('No Base URL yet: open Trelica and click "Send to the extension" first.', 'url-invalid');
      if (!entry)
        return refuse(
          'No token (none captured, or forgotten after its time limit): capture it on Trelica again.',
          'token-missing',
        );
      return {
        ok: true,
        baseUrl: p.baseUrl,
        token: entry.token,
        testEmail: null,
        suggested: false,
        registeredDomains: p.registeredDomains,
        remembered: p.remembered[originOf(url)] ?? {},
      };
    },

    async 'okta/filled'(request, { url }) {
      const entry = await vault.get();
      const p = await progress.update((current) =>
        onOktaObservation(seen(current), {
          fields: fieldReport(request.results),
          pushGroups: request.pushGroups,
          origin: originOf(url),
          at: now(),
        }),
      );
      const [only] = request.results;
      if (request.picked && only) return { ok: true, lines: describePicked(only, VOCABULARY) };
      const lines = describeFill(request.results, {
        shown: {
          'unique-id': 'userName',
          'auth-mode': 'HTTP Header',
          ...(p.baseUrl ? { 'base-url': p.baseUrl } : {}),
          ...(entry ? { token: maskToken(entry.token) } : {}),
        },
        testEmailNote: null,
        vocabulary: VOCABULARY,
      });
      return { ok: true, lines };
    },

    async 'okta/observation'(request, { url }) {
      await progress.update((p) => onOktaObservation(seen(p), { ...request, origin: originOf(url), at: now() }));
      return { ok: true };
    },

    async 'okta/outcome'(request, { url }) {
      const text = request.text.replace(/\s+/g, ' ').trim().slice(0, OUTCOME_TEXT_MAX);
      const result = judgeOutcome({ action: request.action, text });
      await progress.update((p) =>
        onOktaOutcome(seen(p), { action: request.action, outcome: { result, text, at: now() }, origin: originOf(url) }),
      );
      return { ok: true };
    },

    async 'okta/about-to'(request) {
      const p = await progress.read();
      const entry = await vault.get();
      const token = request.token.trim();
      const form = {
        baseUrl: request.baseUrl,
        testEmail: '',
        tokenFingerprint: token ? await tokenFingerprint(token) : null,
        bearerPrefixed: /^bearer\s/i.test(token),
      };
      const held = {
        baseUrl: p.baseUrl,
        tokenFingerprint: entry?.fingerprint ?? null,
        registeredDomains: p.registeredDomains,
        rehearsedEmail: null,
      };
      const words = { baseUrl: 'SCIM connector base URL', token: 'Authorization', console: 'Okta' };
      return { ok: true, lines: driftWarnings(request.action, form, held, words) };
    },

    async 'okta/find-out-why'(request, { url }) {
      const run = await runs.test({ baseUrl: request.baseUrl, token: request.token, dialect: 'okta' });
      if (!run.ok) return run;
      const origin = originOf(url);
      const link = { label: 'Open Okta: Reports > System Log', href: `${origin}/report/system_log_2` };
      return { ok: true, ...explainFailure(request.action, run.result, 'okta'), link };
    },
  };
}
