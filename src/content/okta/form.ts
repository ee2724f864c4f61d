// Filling Okta's SCIM Connection form after the admin's click: "Edit" first when it is in view
// mode (what the admin would click; nothing is saved until they click Save), then the base URL,
// "userName", the provisioning-action boxes, "HTTP Header", and the token after Okta's fixed
// "Bearer" prefix, each set as a person's typing or clicking sets it, then read back, stopping
// as soon as the page is no longer the one the admin clicked on.
import type { OktaField } from '../../core/idp/okta/facts';
import type { OktaFieldResult } from '../../core/messages';
import { choose, chooseOption } from '../dom/choose';
import {
  ALREADY_SET,
  bareToken,
  clickLikeUser,
  fillText,
  kept,
  unavailable,
  type FillOptions,
  type FillResult,
  type FillValues,
} from '../dom/fill';
import { findChoice, findTextField, findToggle, isTextInput, isToggleOn, type FieldSpec } from '../dom/find';
import { byLocator } from '../dom/pick';
import { setToggle } from '../dom/toggle';
import { isVisible, whyNotEditable } from '../dom/visibility';
import { waitForElement } from '../dom/wait';
import { findEdit, findIntegration, integrationEditing, type Section } from './page';
import {
  ACTIONS_OFF,
  ACTIONS_ON,
  AUTH_MODE,
  AUTH_MODE_UNCHOSEN,
  BASE_URL,
  TOKEN,
  UNIQUE_ID,
  UNIQUE_ID_VALUE,
} from './selectors';

/** Edit mode renders the fields; a choice may render the next one: give each this long. */
const APPEAR_MS = 1500;

/** The base URL as Okta must get it: Okta appends "/Users", so no trailing slash (okta.md 3). */
export const oktaBaseUrl = (url: string): string => url.trim().replace(/\/+$/, '');

/** Opens the form for editing, as the admin would ("Edit"); resolves with the section then shown. */
export async function openForEditing(section: Section, signal: AbortSignal): Promise<Section> {
  if (integrationEditing(section.root)) return section;
  const edit = findEdit(section.root);
  if (!edit) return section;
  clickLikeUser(edit);
  // A Backbone view re-renders its fields; a React one may replace the whole section.
  const open = await waitForElement(
    () => {
      const now = section.root.isConnected ? section : findIntegration(document);
      return now && integrationEditing(now.root) ? now : null;
    },
    { signal, timeoutMs: APPEAR_MS },
  );
  return open ?? section;
}

function remembered(root: ParentNode, values: FillValues, field: 'base-url' | 'token'): Element | null {
  const locator = values.remembered?.[field];
  return locator ? byLocator(root, locator, isTextInput) : null;
}

type TextInput = HTMLInputElement | HTMLTextAreaElement;

/** The element each text field was filled in, for the read-back. */
type Filled = Map<OktaField, TextInput>;

function fillField(
  filled: Filled,
  field: OktaField,
  root: ParentNode,
  spec: FieldSpec,
  value: string,
  picked?: Element | null,
): OktaFieldResult {
  const el = (picked as TextInput | null) ?? findTextField(root, spec);
  if (!el) return { field, outcome: 'not-found' };
  filled.set(field, el);
  return { field, ...fillText(el, value) };
}

/**
 * The provisioning-action boxes as one field: the three Trelica needs are ticked; a box that
 * must stay off (Push Groups, Import Groups) is never unticked behind the admin's back: it is
 * reported as kept (the group guard offers to untick it).
 */
async function fillActions(root: ParentNode, signal: AbortSignal): Promise<OktaFieldResult> {
  const field = 'actions';
  const results: FillResult[] = [];
  for (const labels of ACTIONS_ON) {
    const box = findToggle(root, { labels });
    if (!box) return { field, outcome: 'not-found' };
    results.push(await setToggle(box, true, signal));
  }
  const blocked = results.find((r) => r.outcome !== 'filled' && r.outcome !== 'already-set');
  if (blocked) return { field, ...blocked };
  const leftOn = ACTIONS_OFF.filter((spec) => {
    const box = findToggle(root, spec);
    return box !== null && isToggleOn(box);
  });
  if (leftOn.length > 0) return { field, ...kept(leftOn.map((spec) => spec.name).join(', ')) };
  return { field, ...(results.some((r) => r.outcome === 'filled') ? { outcome: 'filled' } : ALREADY_SET) };
}

async function chooseAuthMode(root: ParentNode, signal: AbortSignal): Promise<OktaFieldResult> {
  const field = 'auth-mode';
  const control = findChoice(root, AUTH_MODE);
  if (!control) return { field, outcome: 'not-found' };
  // A native select hidden behind a widget shown beside it (Courage's Chosen): the page
  // listens to the select's own change, which is what a pick in the widget fires.
  if (control.kind === 'select' && whyNotEditable(control.el) === 'hidden' && isVisible(control.el.parentElement!)) {
    const blocked = control.el.disabled ? 'disabled' : null;
    return { field, ...chooseOption(control.el, AUTH_MODE.want, blocked, AUTH_MODE_UNCHOSEN) };
  }
  return { field, ...(await choose(control, AUTH_MODE.want, signal, AUTH_MODE_UNCHOSEN)) };
}

/** Reads every text field back once the page had its turn: a value the page undid (or a
 *  field it re-rendered empty) is "rejected". */
async function readBack(root: ParentNode, results: OktaFieldResult[], filled: Filled, expected: string[]) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const specs: Partial<Record<OktaField, FieldSpec>> = {
    'base-url': BASE_URL,
    'unique-id': UNIQUE_ID,
    token: TOKEN,
  };
  return results.map((r, i) => {
    const before = filled.get(r.field);
    if (r.outcome !== 'filled' || !before) return r;
    const el = before.isConnected ? before : findTextField(root, specs[r.field]!);
    return el?.value === expected[i] ? r : { field: r.field, ...unavailable('rejected') };
  });
}

/** Every field's result, in form order, or 'moved' when the page changed under us. */
export async function fillForm(
  start: Section,
  values: FillValues,
  options: FillOptions,
): Promise<OktaFieldResult[] | 'moved'> {
  const { signal, stillHere } = options;
  const section = await openForEditing(start, signal);
  if (!stillHere()) return 'moved';
  const root = section.root;
  const baseUrl = oktaBaseUrl(values.baseUrl);
  const token = bareToken(values.token);
  const filled: Filled = new Map();
  const results: OktaFieldResult[] = [
    fillField(filled, 'base-url', root, BASE_URL, baseUrl, remembered(root, values, 'base-url')),
    fillField(filled, 'unique-id', root, UNIQUE_ID, UNIQUE_ID_VALUE),
    await fillActions(root, signal),
  ];
  if (!stillHere()) return 'moved';
  results.push(await chooseAuthMode(root, signal));
  if (!stillHere()) return 'moved';
  // "Authorization" may be rendered only once "HTTP Header" is chosen.
  const picked = remembered(root, values, 'token');
  if (!picked) await waitForElement(() => findTextField(root, TOKEN), { signal, timeoutMs: APPEAR_MS });
  results.push(fillField(filled, 'token', root, TOKEN, token, picked));
  const checked = await readBack(root, results, filled, [baseUrl, UNIQUE_ID_VALUE, '', '', token]);
  return stillHere() ? checked : 'moved';
}

/** What the form holds now (the fields the fill would use), for checks before Okta acts. */
export function formValues(root: ParentNode): { baseUrl: string; token: string } {
  return { baseUrl: findTextField(root, BASE_URL)?.value ?? '', token: findTextField(root, TOKEN)?.value ?? '' };
}
