// "Pick <field>" on JumpCloud: after a fill that could not find or fill a field, the admin
// points at it; the extension fills it as any field and remembers where it was for this console.
import type { FieldResult, FillReply, JumpCloudField } from '../../core/messages';
import { choose } from '../dom/choose';
import { choiceControlOf, isTextInput } from '../dom/find';
import { fillText, unavailable, type FillResult } from '../dom/fill';
import { locatorOf, pickElement } from '../dom/pick';
import type { PanelAction } from '../panel';
import { FIELD_NAMES } from '../../core/field-names';
import { API_TYPE, SCIM_VERSION } from './selectors';

const CHOICES: Partial<Record<JumpCloudField, RegExp>> = {
  'api-type': API_TYPE.want,
  'scim-version': SCIM_VERSION.want,
};

/** Fields worth pointing at: not found, or found but not fillable (no value known is not one). */
export function pickable(results: readonly FieldResult[]): JumpCloudField[] {
  return results
    .filter((r) => r.outcome === 'not-found' || (r.outcome === 'unavailable' && r.reason !== 'no-value'))
    .map((r) => r.field);
}

export interface PickDeps {
  signal: AbortSignal;
  /** Fresh values from the background (the token is never kept in the page between clicks). */
  values(): Promise<FillReply>;
  status(lines: string[], tone?: 'info' | 'error'): void;
  /** The field was filled from the element picked: remember it and tell the background. */
  picked(field: JumpCloudField, result: FillResult, locator: ReturnType<typeof locatorOf>): void;
}

/** The panel buttons for these fields; `start` runs one pick (a newer one ends the older). */
export function pickActions(fields: readonly JumpCloudField[], start: (field: JumpCloudField) => void): PanelAction[] {
  return fields.map((field) => ({ label: `Pick ${FIELD_NAMES[field]}`, onClick: () => start(field) }));
}

export async function pickAndFill(field: JumpCloudField, deps: PickDeps): Promise<void> {
  const name = FIELD_NAMES[field];
  const want = CHOICES[field];
  const accept = want ? (el: Element) => choiceControlOf(el) !== null : isTextInput;
  deps.status([`Click the ${name} field on this page. Press Escape to cancel.`]);
  const el = await pickElement(deps.signal, accept, () =>
    deps.status([`That is not a field ${name} can be. Click the ${name} field, or press Escape.`], 'error'),
  );
  if (!el) return deps.status([`Picking ${name} was cancelled.`]);
  const reply = await deps.values();
  if (!reply.ok) return deps.status([reply.message], 'error');
  const value = field === 'base-url' ? reply.baseUrl : field === 'token' ? reply.token : reply.testEmail;
  let result: FillResult;
  if (want) result = await choose(choiceControlOf(el)!, want, deps.signal);
  else if (value === null) result = unavailable('no-value');
  else result = fillText(el as HTMLInputElement, value);
  deps.picked(field, result, locatorOf(el));
}
