// Filling the Identity Management form after the admin's click: open "Configuration Settings"
// if it is collapsed, choose "SCIM API" and "SCIM 2.0", then Base URL, Token Key and Test User
// Email, stopping as soon as the page is no longer the one the admin clicked on.
import type { JumpCloudField } from '../../core/messages';
import { choose } from '../dom/choose';
import { findChoice, findTextField, type ChoiceSpec, type FieldSpec } from '../dom/find';
import { clickLikeUser, fillText, type FillResult } from '../dom/fill';
import { isVisible } from '../dom/visibility';
import { waitForElement } from '../dom/wait';
import { findConfigToggle, type IdentityManagementPage } from './page';
import { API_TYPE, BASE_URL, SCIM_VERSION, TEST_EMAIL, TOKEN_KEY } from './selectors';

export interface FieldResult extends FillResult {
  field: JumpCloudField;
}

export interface FillValues {
  baseUrl: string;
  token: string;
  /** Null when no test email is known: the field is left for the admin. */
  testEmail: string | null;
}

export interface FillOptions {
  signal: AbortSignal;
  /** False once the page moved on from where the admin clicked. */
  stillHere(): boolean;
}

const visibleField = (root: ParentNode, spec: FieldSpec) => {
  const el = findTextField(root, spec);
  return el && isVisible(el) ? el : null;
};

/** Opens a collapsed "Configuration Settings" box; resolves once its fields are visible. */
export async function openConfiguration(page: IdentityManagementPage, signal: AbortSignal): Promise<void> {
  const toggle = findConfigToggle(page.root) ?? page.configToggle;
  if (!toggle) return;
  const collapsed = toggle.getAttribute('aria-expanded') === 'false' || (!toggle.hasAttribute('aria-expanded') && !visibleField(page.root, BASE_URL));
  if (!collapsed) return;
  clickLikeUser(toggle);
  await waitForElement(() => visibleField(page.root, BASE_URL) ?? visibleField(page.root, TOKEN_KEY), { signal, timeoutMs: 1500 });
}

async function chooseField(field: JumpCloudField, root: ParentNode, spec: ChoiceSpec, signal: AbortSignal): Promise<FieldResult> {
  // A version control may appear only once the API type is chosen: give it a moment.
  const control = findChoice(root, spec) ?? (await waitForElement(() => findChoice(root, spec), { signal, timeoutMs: 500 }));
  if (!control) return { field, outcome: 'not-found' };
  return { field, ...(await choose(control, spec.want, signal)) };
}

function fillField(field: JumpCloudField, root: ParentNode, spec: FieldSpec, value: string | null): FieldResult {
  const el = findTextField(root, spec);
  if (!el) return { field, outcome: 'not-found' };
  if (value === null) {
    return el.value.trim() && isVisible(el)
      ? { field, outcome: 'kept', reason: 'other-value', current: el.value.trim() }
      : { field, outcome: 'unavailable', reason: 'no-value' };
  }
  return { field, ...fillText(el, value) };
}

/** Every field's result, in form order, or 'moved' when the page changed under us. */
export async function fillForm(page: IdentityManagementPage, values: FillValues, options: FillOptions): Promise<FieldResult[] | 'moved'> {
  const { signal, stillHere } = options;
  await openConfiguration(page, signal);
  if (!stillHere()) return 'moved';
  const results: FieldResult[] = [await chooseField('api-type', page.root, API_TYPE, signal)];
  if (!stillHere()) return 'moved';
  results.push(await chooseField('scim-version', page.root, SCIM_VERSION, signal));
  if (!stillHere()) return 'moved';
  results.push(
    fillField('base-url', page.root, BASE_URL, values.baseUrl),
    fillField('token', page.root, TOKEN_KEY, values.token),
    fillField('test-email', page.root, TEST_EMAIL, values.testEmail),
  );
  return results;
}
