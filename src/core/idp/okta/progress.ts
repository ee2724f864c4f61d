// How what the Okta script reports changes the stored facts (State.okta). Pure, as
// core/progress.ts's events are.
import type { Outcome } from '../../fact-parts';
import { onIdpOutcome, type Progress } from '../../progress';
import type { OktaFieldReport, PushGroups, ToApp } from './facts';

export function onOktaObservation(
  p: Progress,
  e: {
    fields?: OktaFieldReport | undefined;
    pushGroups?: PushGroups | undefined;
    toApp?: ToApp | undefined;
    origin: string;
    at: number;
  },
): Progress {
  return {
    ...p,
    okta: {
      ...p.okta,
      origin: e.origin,
      fields: e.fields ? { ...p.okta.fields, ...e.fields } : p.okta.fields,
      // "absent": the box is not on screen (another view, the form in view mode): it keeps what
      // it showed last.
      pushGroups: e.pushGroups === 'absent' ? (p.okta.pushGroups ?? 'absent') : (e.pushGroups ?? p.okta.pushGroups),
      toApp: e.toApp ?? p.okta.toApp,
      observedAt: e.at,
    },
  };
}

/** What Okta's connector test dialog said: the latest counts. */
export const onOktaOutcome = (
  p: Progress,
  e: { action: 'test-connection'; outcome: Outcome; origin: string },
): Progress => onIdpOutcome(p, 'okta', e);
