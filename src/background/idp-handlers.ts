// The pages of an IdP served at run time (Okta, Microsoft Entra ID), as the background serves
// them: one factory, given the IdP's console words. The fill's values (the token bare: both
// consoles add "Bearer" themselves), what its forms and its own test showed, drift at the click,
// and "Find out why" with the IdP's own calls. Each message also makes that IdP the one the popup
// walks, unless the admin picked one by hand. JumpCloud's clicks (what its test and Activate
// showed, drift, "Find out why") are served by the same click handlers, with its own console.
import { driftWarnings, JUMPCLOUD_WORDS, type FormWords } from '../core/drift';
import { explainFailure } from '../core/find-out-why';
import { describeFill, describePicked, fieldReport, type FieldVocabulary } from '../core/fill-report';
import { ENTRA_FIELD_NAMES, OKTA_FIELD_NAMES, FIELD_NAMES } from '../core/field-names';
import { entraShellOrigin, JUMPCLOUD_ORIGINS, jumpCloudRegion, oktaAdminOrigin } from '../core/hosts';
import type { IdpId } from '../core/idp/ids';
import { PAGE_LABELS, PAGE_PATHS } from '../core/links';
import {
  judgeEntraOutcome,
  judgeOutcome,
  OUTCOME_TEXT_MAX,
  type OutcomeAction,
  type OutcomeResult,
} from '../core/outcome';
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
type ClickKind = 'outcome' | 'about-to' | 'find-out-why';
type Kind = 'fill' | 'filled' | 'observation' | ClickKind;
export type IdpHandlers<F extends Served> = Pick<Handlers, `${F}/${Kind}`>;
type Req<K extends Kind> = RequestOf<`${K extends ClickKind ? IdpId : Served}/${K}`>;
type Handle<K extends Kind> = (request: Req<K>, context: Context) => Promise<unknown>;
type Deps = { vault: Vault; progress: ProgressStore; now: () => number; runs: ScimRuns };

/** What the click handlers need of a console: what its own test showed, drift, "Find out why". */
interface ClickConsole {
  id: IdpId;
  /** Its form's words for drift at the click. */
  drift: FormWords;
  /** Whether a "Bearer" typed in front of the token is warned of at the click (never on JumpCloud). */
  bearerWarning: boolean;
  /** Whose SCIM calls "Find out why" replays; none: the IdP the admin is setting up (JumpCloud's). */
  dialect?: IdpId;
  /** The console origin the message came from (the router checked the sender). */
  origin(context: Context): string;
  /** What its own test (or on-demand run, or Activate) said into its facts. */
  said(p: P.Progress, e: { action: string; outcome: Outcome; origin: string }): P.Progress;
  /** Judges its words (spaces collapsed, not yet shortened). */
  judge(text: string, request: Req<'outcome'>): OutcomeResult;
  /** Where it keeps its own record of provisioning: a label and a path under its origin. */
  log: { label: string; path: string };
}

/** What the factory needs of one IdP's console. */
interface IdpConsole extends ClickConsole {
  id: Served;
  vocabulary: FieldVocabulary;
  /** The fixed values the fill chooses, shown back as they went in. */
  fixed: Readonly<Record<string, string>>;
  /** Its script's report (the fields, and whatever else it saw) into its facts. */
  observe(p: P.Progress, seen: Record<string, unknown> & { origin: string; at: number }): P.Progress;
}

/** JumpCloud's and Okta's words, on their first 200 characters (JumpCloud's Group Management counts too). */
const judgeClick: ClickConsole['judge'] = (text, request) =>
  judgeOutcome({ ...(request as { action: OutcomeAction }), text: text.slice(0, OUTCOME_TEXT_MAX) });

/** JumpCloud's clicks: kept by its console's region; they do not make it the IdP the popup walks. */
export const JUMPCLOUD_CONSOLE: ClickConsole = {
  id: 'jumpcloud',
  drift: JUMPCLOUD_WORDS,
  bearerWarning: false,
  origin: ({ url }) => JUMPCLOUD_ORIGINS[jumpCloudRegion(url) ?? 'us'],
  said: (p, e) =>
    P.onOutcome(p, {
      action: e.action as OutcomeAction,
      outcome: e.outcome,
      region: jumpCloudRegion(e.origin) ?? 'us',
    }),
  judge: judgeClick,
  log: { label: `Open ${PAGE_LABELS['jumpcloud-insights']}`, path: PAGE_PATHS['jumpcloud-insights'] },
};

export const OKTA_CONSOLE: IdpConsole = {
  id: 'okta',
  vocabulary: {
    names: { ...FIELD_NAMES, ...OKTA_FIELD_NAMES, actions: 'Supported provisioning actions' },
    wanted: { 'unique-id': 'userName', 'auth-mode': 'HTTP Header' },
    testButton: 'Test Connector Configuration',
  },
  fixed: { 'unique-id': 'userName', 'auth-mode': 'HTTP Header' },
  drift: { baseUrl: 'SCIM connector base URL', token: 'Authorization', console: 'Okta' },
  bearerWarning: true,
  dialect: 'okta',
  origin: ({ url }) => oktaAdminOrigin(url) ?? new URL(url).origin,
  observe: onOktaObservation as IdpConsole['observe'],
  said: (p, e) => onOktaOutcome(P.onIdpSeen(p, 'okta'), e as Parameters<typeof onOktaOutcome>[1]),
  judge: judgeClick,
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
  bearerWarning: true,
  dialect: 'entra',
  // Its blades' frames come and go by number: facts and picked fields are kept by the shell's origin.
  origin: ({ url, tabUrl }) => entraShellOrigin(url, tabUrl),
  observe: onEntraObservation as IdpConsole['observe'],
  said: (p, e) => onEntraOutcome(P.onIdpSeen(p, 'entra'), e as Parameters<typeof onEntraOutcome>[1]),
  judge: (text) => judgeEntraOutcome(text),
  // Monitoring > Provisioning logs (the route's shape: reference/entra.md "Where", L).
  log: {
    label: 'Open Entra ID: Provisioning logs',
    path: '/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade/~/ProvisioningEvents',
  },
};

export function createIdpHandlers<F extends Served>(idp: IdpConsole & { id: F }, deps: Deps): IdpHandlers<F> {
  const { vault, progress, now } = deps;
  const seen = (p: P.Progress) => P.onIdpSeen(p, idp.id);
  const handlers: { [K in Exclude<Kind, ClickKind>]: Handle<K> } = {
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
  };
  return { ...keyed(idp, handlers), ...createClickHandlers(idp, deps) } as unknown as IdpHandlers<F>;
}

/** Handlers by kind, keyed by the console's request types ("okta/fill"). */
const keyed = (idp: { id: IdpId }, handlers: object) =>
  Object.fromEntries(Object.entries(handlers).map(([kind, handle]) => [`${idp.id}/${kind}`, handle]));

/**
 * The console's clicks: what its own test (or Activate) showed, what changed in its form since
 * the fill, and "Find out why" (a rehearsal when Activate failed: only JumpCloud has one).
 */
export function createClickHandlers<I extends IdpId>(
  idp: ClickConsole & { id: I },
  { vault, progress, now, runs }: Deps,
): Pick<Handlers, `${I}/${ClickKind}`> {
  const handlers: { [K in ClickKind]: Handle<K> } = {
    async outcome(request, context) {
      const said = request.text.replace(/\s+/g, ' ').trim();
      const outcome = { result: idp.judge(said, request), text: said.slice(0, OUTCOME_TEXT_MAX), at: now() };
      await progress.update((p) => idp.said(p, { action: request.action, outcome, origin: idp.origin(context) }));
      return { ok: true };
    },

    async 'about-to'(request) {
      const p = await progress.read();
      const entry = await vault.get();
      const rehearsal = p.lastRehearsal;
      const form = {
        baseUrl: request.baseUrl,
        // Only JumpCloud's form has one (for Activate, the only action that reads it).
        testEmail: 'testEmail' in request ? request.testEmail : '',
        // Null when empty: the fingerprint compares the token as pasted text (trimmed, "Bearer" dropped).
        tokenFingerprint: await tokenFingerprint(request.token),
        bearerPrefixed: idp.bearerWarning && /^bearer\s/i.test(request.token.trim()),
      };
      const held = {
        baseUrl: p.baseUrl,
        tokenFingerprint: entry?.fingerprint ?? null,
        registeredDomains: p.registeredDomains,
        rehearsedEmail: rehearsal?.verdict === 'ok' ? rehearsal.testEmail : null,
      };
      return { ok: true, lines: driftWarnings(request.action, form, held, idp.drift) };
    },

    async 'find-out-why'(request, context) {
      const { action, baseUrl, token } = request;
      const run =
        'testEmail' in request && action === 'activate'
          ? await runs.rehearse({ baseUrl, token, testEmail: request.testEmail })
          : await runs.test({ baseUrl, token, dialect: idp.dialect });
      if (!run.ok) return run;
      const link = { label: idp.log.label, href: `${idp.origin(context)}${idp.log.path}` };
      return { ok: true, ...explainFailure(action, run.result, idp.id), link };
    },
  };
  return keyed(idp, handlers) as Pick<Handlers, `${I}/${ClickKind}`>;
}
