// What JumpCloud itself showed after its Test Connection and Activate, kept as observed facts;
// what changed in its form since the fill, said as the admin clicks; and "Find out why", our
// own run on the form's values after JumpCloud failed without saying why.
import { driftWarnings } from '../core/drift';
import { explainFailure } from '../core/find-out-why';
import { jumpCloudRegion } from '../core/hosts';
import { PAGE_LABELS, pageUrl } from '../core/links';
import { judgeOutcome, OUTCOME_TEXT_MAX } from '../core/outcome';
import * as P from '../core/progress';
import { tokenFingerprint } from '../core/tested';
import type { Handlers } from './router';
import type { ProgressStore } from './progress-store';
import type { ScimRuns } from './scim-runs';
import type { Vault } from './vault';

type OutcomeHandlers = Pick<Handlers, 'jumpcloud/outcome' | 'jumpcloud/about-to' | 'jumpcloud/find-out-why'>;

export function createOutcomeHandlers(deps: {
  vault: Vault;
  progress: ProgressStore;
  now: () => number;
  runs: ScimRuns;
}): OutcomeHandlers {
  const { vault, progress, now, runs } = deps;
  return {
    async 'jumpcloud/outcome'(request, { url }) {
      const text = request.text.replace(/\s+/g, ' ').trim().slice(0, OUTCOME_TEXT_MAX);
      const result = judgeOutcome({ ...request, text });
      const region = jumpCloudRegion(url) ?? 'us';
      await progress.update((p) =>
        P.onOutcome(p, { action: request.action, outcome: { result, text, at: now() }, region }),
      );
      return { ok: true };
    },

    async 'jumpcloud/about-to'(request) {
      const p = await progress.read();
      const entry = await vault.get();
      const rehearsal = p.lastRehearsal;
      const form = {
        baseUrl: request.baseUrl,
        testEmail: request.testEmail,
        tokenFingerprint: await tokenFingerprint(request.token),
      };
      const lines = driftWarnings(request.action, form, {
        baseUrl: p.baseUrl,
        tokenFingerprint: entry?.fingerprint ?? null,
        registeredDomains: p.registeredDomains,
        rehearsedEmail: rehearsal && rehearsal.verdict === 'ok' ? rehearsal.testEmail : null,
      });
      return { ok: true, lines };
    },

    async 'jumpcloud/find-out-why'(request, { url }) {
      const { action, baseUrl, token, testEmail } = request;
      const run =
        action === 'activate'
          ? await runs.rehearse({ baseUrl, token, testEmail })
          : await runs.test({ baseUrl, token });
      if (!run.ok) return run;
      const { result } = run;
      const regions = { trelica: null, jumpcloud: jumpCloudRegion(url) };
      const link = { label: `Open ${PAGE_LABELS['jumpcloud-insights']}`, href: pageUrl('jumpcloud-insights', regions) };
      return { ok: true, ...explainFailure(action, result), link };
    },
  };
}
