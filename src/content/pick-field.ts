// "Pick <field>" on an IdP's console: after a fill that could not find or fill a field, the
// admin points at it; the extension fills it as any field and remembers where it was for this
// console. Each IdP's script says what its fields are called and what goes in each
// (jumpcloud/pick.ts, okta/pick.ts).
import type { PickableField } from '../core/field-names';
import type { FieldOutcome, FillReason, FillReply } from '../core/messages';
import { choose } from './dom/choose';
import { choiceControlOf, isTextInput } from './dom/find';
import { fillText, unavailable, type FillResult } from './dom/fill';
import { locatorOf, pickElement } from './dom/pick';
import type { Locator } from '../core/locators';
import type { ScriptContext } from './dom/context';
import type { Lifecycle } from './lifecycle';
import type { Panel, PanelAction } from './panel';
import { shareable } from './shareable';

/** Fields worth pointing at: not found, or found but not fillable (no value known is not one). */
export function pickable<F extends string>(
  results: readonly { field: F; outcome: FieldOutcome; reason?: FillReason | undefined }[],
): F[] {
  return results
    .filter((r) => r.outcome === 'not-found' || (r.outcome === 'unavailable' && r.reason !== 'no-value'))
    .map((r) => r.field);
}

export interface PickDeps<F extends PickableField> {
  signal: AbortSignal;
  /** Fresh values from the background (the token is never kept in the page between clicks). */
  values(): Promise<FillReply>;
  status(lines: string[], tone?: 'info' | 'error'): void;
  /** The field was filled from the element picked: remember it and tell the background. */
  picked(field: F, result: FillResult, locator: ReturnType<typeof locatorOf>): void;
}

/** The panel buttons for these fields; `start` runs one pick (a newer one ends the older). */
export function pickActions<F extends PickableField>(
  fields: readonly F[],
  names: Readonly<Partial<Record<F, string>>>,
  start: (field: F) => void,
): PanelAction[] {
  return fields.map((field) => ({ label: `Pick ${names[field]}`, onClick: () => start(field) }));
}

/**
 * Waits for the admin's click on the field called `name`, then fills it: with the option
 * `want` matches (a choice), or with `value` of the background's fresh reply (a text field).
 */
export async function pickAndFill<F extends PickableField>(
  field: F,
  name: string,
  want: RegExp | undefined,
  value: (reply: Extract<FillReply, { ok: true }>) => string | null,
  deps: PickDeps<F>,
): Promise<void> {
  const accept = want ? (el: Element) => choiceControlOf(el) !== null : isTextInput;
  deps.status([`Click the ${name} field on this page. Press Escape to cancel.`]);
  const el = await pickElement(deps.signal, accept, () =>
    deps.status([`That is not a field ${name} can be. Click the ${name} field, or press Escape.`], 'error'),
  );
  if (!el) return deps.status([`Picking ${name} was cancelled.`]);
  const reply = await deps.values();
  if (!reply.ok) return deps.status([reply.message], 'error');
  const text = value(reply);
  let result: FillResult;
  if (want) result = await choose(choiceControlOf(el)!, want, deps.signal);
  else if (text === null) result = unavailable('no-value');
  else result = fillText(el as HTMLInputElement, text);
  deps.picked(field, result, locatorOf(el));
}

type Reply = { ok: true; lines?: string[] } | { ok: false; message: string };

export interface PickFlowDeps<F extends PickableField> {
  names: Readonly<Partial<Record<F, string>>>;
  /** One pick of `field` (the IdP's pickAndFill, with its names and values). */
  pick(field: F, deps: PickDeps<F>): Promise<void>;
  values(): Promise<FillReply>;
  /** Tells the background a field was filled by hand (<idp>/filled, picked: true). */
  filled(result: { field: F; outcome: FieldOutcome; reason?: FillReason; current?: string }): Promise<Reply>;
  /** Remembers where the field was on this console (<idp>/remember-field). */
  remember(field: F, locator: Locator): Promise<Reply>;
  /** Other buttons the panel keeps beside the picks ("Find out why"...). */
  more?(): PanelAction[];
}

/**
 * A script's whole "Pick <field>" flow: offer(panel, fields) after a fill shows a button per
 * field not filled; a click waits for the admin's pick (a newer pick ends the older), fills the
 * field, tells the background and remembers where it was; a field picked is offered no more.
 */
export function pickFlow<F extends PickableField>(ctx: ScriptContext, life: Lifecycle, deps: PickFlowDeps<F>) {
  let picking: AbortController | null = null;
  let toPick: F[] = [];

  function offer(p: Panel, fields: F[] = toPick): void {
    toPick = fields;
    p.setActions([...pickActions(fields, deps.names, (field) => start(field, p)), ...(deps.more?.() ?? [])]);
  }

  function start(field: F, p: Panel): void {
    picking?.abort();
    picking = ctx.scope();
    void deps.pick(field, {
      signal: picking.signal,
      values: deps.values,
      status: (lines, tone) => p.setStatus(lines, tone),
      picked(picked, result, locator) {
        const done = result.outcome === 'filled' || result.outcome === 'already-set';
        void deps.filled(shareable({ field: picked, ...result })).then((reply) => {
          p.setStatus(reply.ok ? (reply.lines ?? []) : [reply.message], done ? 'info' : 'error');
          life.tell(reply);
        });
        if (!done) return;
        offer(
          p,
          toPick.filter((f) => f !== picked),
        );
        void deps.remember(picked, locator).then(life.tell);
      },
    });
  }

  return {
    offer,
    stop(): void {
      picking?.abort();
    },
  };
}
