// Filling the Identity Management (or Provisioning) form after the admin's click: open
// "Configuration Settings" if it is collapsed, choose "SCIM API" and "SCIM 2.0", then Base URL,
// Token Key and Test User Email, stopping as soon as the page is no longer the one the admin
// clicked on. Every field is looked up again after each choice (a choice may render the rest
// of the form), in the form the other fields are in, shadow roots included.
import type { FieldResult, JumpCloudField } from '../../core/messages';
import { choose } from '../dom/choose';
import {
  choiceControlOf,
  findChoice,
  findTextField,
  formScope,
  isTextInput,
  type ChoiceSpec,
  type FieldSpec,
} from '../dom/find';
import { byLocator } from '../dom/pick';
import { clickLikeUser, fillText, kept, unavailable, type FillOptions, type FillValues } from '../dom/fill';
import { isVisible, whyNotEditable } from '../dom/visibility';
import { waitForElement } from '../dom/wait';
import { findConfigToggle, type IdentityManagementPage } from './page';
import { API_TYPE, BASE_URL, SCIM_VERSION, TEST_EMAIL, TOKEN_KEY } from './selectors';

interface JumpCloudValues extends FillValues {
  /** Null when no test email is known: the field is left for the admin. */
  testEmail: string | null;
}

const FORM = { text: [BASE_URL, TOKEN_KEY, TEST_EMAIL], choices: [API_TYPE, SCIM_VERSION] };
/** A choice may render the next control or the rest of the form: give it this long. */
const APPEAR_MS = 1500;

const editableField = (root: ParentNode, spec: FieldSpec) => {
  const el = findTextField(root, spec, { deep: true });
  return el && !whyNotEditable(el) ? el : null;
};

/** Opens a collapsed "Configuration Settings" box; resolves once its fields are visible. */
export async function openConfiguration(page: IdentityManagementPage, signal: AbortSignal): Promise<void> {
  const toggle = findConfigToggle(page.root) ?? page.configToggle;
  if (!toggle) return;
  const collapsed =
    toggle.getAttribute('aria-expanded') === 'false' ||
    (!toggle.hasAttribute('aria-expanded') &&
      !editableField(page.root, BASE_URL) &&
      !findChoice(page.root, API_TYPE, { deep: true }));
  if (!collapsed) return;
  clickLikeUser(toggle);
  await waitForElement(
    () => editableField(page.root, BASE_URL) ?? editableField(page.root, TOKEN_KEY) ?? choiceShown(page.root, API_TYPE),
    {
      signal,
      timeoutMs: APPEAR_MS,
    },
  );
}

function choiceShown(root: ParentNode, spec: ChoiceSpec) {
  const control = findChoice(root, spec, { deep: true, scope: formScope(root, FORM, true) });
  return control && isVisible(control.el) ? control : null;
}

/** A field the admin picked here before, if it is still there and still called the same. */
function remembered(
  root: ParentNode,
  values: JumpCloudValues,
  field: JumpCloudField,
  accept: (el: Element) => boolean,
): Element | null {
  const locator = values.remembered?.[field];
  return locator ? byLocator(root, locator, accept) : null;
}

async function chooseField(
  field: JumpCloudField,
  root: ParentNode,
  spec: ChoiceSpec,
  values: JumpCloudValues,
  signal: AbortSignal,
): Promise<FieldResult> {
  const picked = remembered(root, values, field, (el) => choiceControlOf(el) !== null);
  // A version control may appear only once the API type is chosen: give it a moment.
  const control =
    (picked && choiceControlOf(picked)) ??
    choiceShown(root, spec) ??
    (await waitForElement(() => choiceShown(root, spec), { signal, timeoutMs: APPEAR_MS }));
  const found = control ?? findChoice(root, spec, { deep: true });
  if (!found) return { field, outcome: 'not-found' };
  return { field, ...(await choose(found, spec.want, signal)) };
}

function fillField(
  field: JumpCloudField,
  root: ParentNode,
  scope: Element | null,
  spec: FieldSpec,
  values: JumpCloudValues,
  value: string | null,
): FieldResult {
  const picked = remembered(root, values, field, isTextInput) as HTMLInputElement | HTMLTextAreaElement | null;
  const el = picked ?? findTextField(root, spec, { deep: true, scope });
  if (!el) return { field, outcome: 'not-found' };
  if (value === null) {
    return el.value.trim() && isVisible(el)
      ? { field, ...kept(el.value.trim()) }
      : { field, ...unavailable('no-value') };
  }
  return { field, ...fillText(el, value) };
}

/** Every field's result, in form order, or 'moved' when the page changed under us. */
export async function fillForm(
  page: IdentityManagementPage,
  values: JumpCloudValues,
  options: FillOptions,
): Promise<FieldResult[] | 'moved'> {
  const { signal, stillHere } = options;
  const root = page.root;
  await openConfiguration(page, signal);
  if (!stillHere()) return 'moved';
  const results: FieldResult[] = [await chooseField('api-type', root, API_TYPE, values, signal)];
  if (!stillHere()) return 'moved';
  results.push(await chooseField('scim-version', root, SCIM_VERSION, values, signal));
  if (!stillHere()) return 'moved';
  // The credentials may be rendered only now that SCIM 2.0 is chosen.
  await waitForElement(() => editableField(root, BASE_URL) ?? editableField(root, TOKEN_KEY), {
    signal,
    timeoutMs: APPEAR_MS,
  });
  if (!stillHere()) return 'moved';
  const scope = formScope(root, FORM, true);
  results.push(
    fillField('base-url', root, scope, BASE_URL, values, values.baseUrl),
    fillField('token', root, scope, TOKEN_KEY, values, values.token),
    fillField('test-email', root, scope, TEST_EMAIL, values, values.testEmail),
  );
  return results;
}

/** What the form holds now (the fields the fill would use), for checks before JumpCloud acts. */
export function formValues(root: ParentNode): { baseUrl: string; token: string; testEmail: string } {
  const scope = formScope(root, FORM, true);
  const value = (spec: FieldSpec) => findTextField(root, spec, { deep: true, scope })?.value ?? '';
  return { baseUrl: value(BASE_URL), token: value(TOKEN_KEY), testEmail: value(TEST_EMAIL) };
}
