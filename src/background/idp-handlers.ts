// The pages of an IdP served at run time (Okta, Microsoft Entra ID), as the background serves
// them: one factory, given the IdP's console words. The fill's values (the token bare: both
// consoles add "Bearer" themselves), what its forms and its own test showed, drift at the click,
// and "Find out why" with the IdP's own calls. Each message also makes that IdP the one the popup
// walks, unless the admin picked one by hand.
import { driftWarnings, type FormWords } from '../core/drift';
import { explainFailure } from '../core/find-out-why';
import { describeFill, describePicked, fieldReport, type FieldVocabulary } from '../core/fill-report';
import { ENTRA_FIELD_NAMES, OKTA_FIELD_NAMES, FIELD_NAMES } from '../core/field-names';
import { entraShellOrigin, oktaAdminOrigin } from '../core/hosts';
import { judgeEntraOutcome, judgeOutcome, OUTCOME_TEXT_MAX, type OutcomeResult } from '../core/outcome';
import * as P from '../core/progress';
import type { Outcome } from '../core/facts';
import { onOktaObservation, onOktaOutcome } from '../core/idp/okta/progress';
import { onEntraObservation, onEntraOutcome } from '../core/idp/entra/progress';
import { tokenFingerprint } from '../core/tested';
import { maskToken } from '../core/token';
import type { RequestOf } from '../core/messages';
import { refuse, type Context, type Handlers } from './router';
import type { ProgressStore } from './progress-store';
import type { ScimRuns } from './scim-runs';
import type { Vault } from './vault';

type Served = 'okta' | 'entra';
type Kind = 'fill' | 'filled' | 'observation' | 'outcome' | 'about-to' | 'find-out-why';
export type IdpHandlers<F extends Served> = Pick<Handlers, `${F}/${Kind}`>;
type Req<K extends Kind> = RequestOf<`${Served}/${K}`>;

/** What the factory needs of one IdP's console. */
interface IdpConsole {
  id: Served;
  vocabulary: FieldVocabulary;
  /** The fixed values the fill chooses, shown back as they went in. */
  fixed: Readonly<Record<string, string>>;
  /** Its form's words for drift at the click. */
  drift: FormWords;
  /** The console origin the message came from (the router checked the sender). */
  origin(context: Context): string;
  /** Its script's report (the fields, and whatever else it saw) into its facts. */
  observe(p: P.Progress, seen: Record<string, unknown> & { origin: string; at: number }): P.Progress;
  /** What its own test (or on-demand run) said into its facts. */
  said(p: P.Progress, e: { action: string; outcome: Outcome; origin: string }): P.Progress;
  /** Judges its words (spaces collapsed, not yet shortened). */
  judge(text: string, action: string): OutcomeResult;
  /** Where it keeps its own record of provisioning: a label and a path under its origin. */
  log: { label: string; path: string };
}

export const OKTA_CONSOLE: IdpConsole = {
  id: 'okta',
  vocabulary: {
    names: { ...FIELD_NAMES, ...OKTA_FIELD_NAMES, actions: 'Supported provisioning actions' },
    wanted: { 'unique-id': 'userName', 'auth-mode': 'HTTP Header' },
    testButton: 'Test Connector Configuration',
  },
  fixed: { 'unique-id': 'userName', 'auth-mode': 'HTTP Header' },
  drift: { baseUrl: 'SCIM connector base URL', token: 'Authorization', console: 'Okta' },
  origin: ({ url }) => oktaAdminOrigin(url) ?? new URL(url).origin,
  observe: onOktaObservation as IdpConsole['observe'],
  said: onOktaOutcome as IdpConsole['said'],
  judge: (text, action) => judgeOutcome({ action: action as 'test-connection', text: text.slice(0, OUTCOME_TEXT_MAX) }),
  log: { label: 'Open Okta: Reports > System Log', path: '/report/system_log_2' },
};

const ENTRA_FIXED = { mode: 'Automatic', 'auth-method': 'Bearer authentication' };

export const ENTRA_CONSOLE: IdpConsole = {
  id: 'entra',
  vocabulary: {
    names: { ...FIELD_NAMES, ...ENTRA_FIELD_NAMES, mode: 'Provisioning Mode', 'auth-method': 'Authentication' },
    wanted: ENTRA_FIXED,
    testButton: 'Test Connection',
  },
  fixed: ENTRA_FIXED,
  drift: { baseUrl: 'Tenant URL', token: 'Secret Token', console: 'Entra ID' },
  // Its blades' frames come and go by number: facts and picked fields are kept by the shell's origin.
  origin: ({ url, tabUrl }) => entraShellOrigin(url, tabUrl),
  observe: onEntraObservation as IdpConsole['observe'],
  said: onEntraOutcome as IdpConsole['said'],
  judge: (text) => judgeEntraOutcome(text),
  // Monitoring > Provisioning logs (the route's shape: reference/entra.md "Where", L).
  log: {
    label: 'Open Entra ID: Provisioning logs',
    path: '/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/ProvisioningEvents',
  },
};

export function createIdpHandlers<F extends Served>(
  idp: IdpConsole & { id: F },
  deps: { vault: Vault; progress: ProgressStore; now: () => number; runs: ScimRuns },
): IdpHandlers<F> {
  const { vault, progress, now, runs } = deps;
  const seen = (p: P.Progress) => P.onIdpSeen(p, idp.id);
  const handlers: { [K in Kind]: (request: Req<K>, context: Context) => Promise<unknown> } = {
    async fill(_request, context) {
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
        remembered: p.remembered[idp.origin(context)] ?? {},
      };
    },

    async filled(request, context) {
      const { type: _type, results, picked, ...also } = request;
      const entry = await vault.get();
      const p = await progress.update((current) =>
        idp.observe(seen(current), { ...also, fields: fieldReport(results), origin: idp.origin(context), at: now() }),
      );
      const [only] = results;
      if (picked && only) return { ok: true, lines: describePicked(only, idp.vocabulary) };
      const lines = describeFill(results, {
        shown: {
          ...idp.fixed,
          ...(p.baseUrl ? { 'base-url': p.baseUrl } : {}),
          ...(entry ? { token: maskToken(entry.token) } : {}),
        },
        testEmailNote: null,
        vocabulary: idp.vocabulary,
      });
      return { ok: true, lines };
    },

    async observation(request, context) {
      await progress.update((p) => idp.observe(seen(p), { ...request, origin: idp.origin(context), at: now() }));
      return { ok: true };
    },

    async outcome(request, context) {
      const said = request.text.replace(/\s+/g, ' ').trim();
      const outcome = { result: idp.judge(said, request.action), text: said.slice(0, OUTCOME_TEXT_MAX), at: now() };
      await progress.update((p) => idp.said(seen(p), { action: request.action, outcome, origin: idp.origin(context) }));
      return { ok: true };
    },

    async 'about-to'(request) {
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
      return { ok: true, lines: driftWarnings(request.action, form, held, idp.drift) };
    },

    async 'find-out-why'(request, context) {
      const run = await runs.test({ baseUrl: request.baseUrl, token: request.token, dialect: idp.id });
      if (!run.ok) return run;
      const link = { label: idp.log.label, href: `${idp.origin(context)}${idp.log.path}` };
      return { ok: true, ...explainFailure(request.action, run.result, idp.id), link };
    },
  };
  return Object.fromEntries(
    Object.entries(handlers).map(([kind, handle]) => [`${idp.id}/${kind}`, handle]),
  ) as unknown as IdpHandlers<F>;
}
