// How what the Entra script reports changes the stored facts (State.entra). Pure, as
// core/progress.ts's events are.
import type { Outcome } from '../../fact-parts';
import { onIdpOutcome, type Progress } from '../../progress';
import type { EntraAppKind, EntraFieldReport, EntraGroups, EntraOutcomeAction, EntraStatus, EntraUi } from './facts';

export function onEntraObservation(
  p: Progress,
  e: {
    ui?: EntraUi | undefined;
    app?: EntraAppKind | undefined;
    fields?: EntraFieldReport | undefined;
    groups?: EntraGroups | undefined;
    status?: EntraStatus | undefined;
    origin: string;
    at: number;
  },
): Progress {
  const was = p.entra;
  return {
    ...p,
    entra: {
      ...was,
      origin: e.origin,
      ui: e.ui ?? was.ui,
      app: e.app ?? was.app,
      // A form in the other UI reports other fields: the ones it did not report are kept.
      fields: e.fields ? { ...was.fields, ...e.fields } : was.fields,
      // "absent": the group mapping is not on screen (another blade): it keeps what it showed last.
      groups: e.groups === 'absent' ? (was.groups ?? 'absent') : (e.groups ?? was.groups),
      status: e.status ?? was.status,
      observedAt: e.at,
    },
  };
}

/** What Entra's notification (Test Connection) or its on-demand steps said: the latest counts. */
export const onEntraOutcome = (
  p: Progress,
  e: { action: EntraOutcomeAction; outcome: Outcome; origin: string },
): Progress => onIdpOutcome(p, 'entra', e);
