// @vitest-environment happy-dom
// Tabs that are a router's strip (tests/fixtures/libraries, twist "route-tabs"): each tab changes
// the hash route and the page renders the route's view below the strip, with no tab panel
// around it. MUI's tabs name panels no element is, Element Plus's name empty panes, Shoelace's
// name none. The Provisioning form and the User Groups tab are still recognised, as the
// content beside the strip (never the decoys above it), and the groups the page's own model
// binds are what the real background records.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildChecklist } from '../../../../src/core/checklist';
import type { State } from '../../../../src/core/messages';
import type { ScriptContext } from '../../../../src/content/dom/context';
import { fillForm } from '../../../../src/content/jumpcloud/form';
import { findIdentityManagement, findUserGroups } from '../../../../src/content/jumpcloud/page';
import { startJumpCloudScript } from '../../../../src/content/jumpcloud/script';
import { send } from '../../../../src/content/send';
import { buildLibraryFixtures, LIBRARY_TWISTS } from '../../../fixtures';
import { DECOYS } from '../../../fixtures/libraries/shared/model';
import { waitFor as waitUntil } from '../../../helpers/content/load-console-page';
import { fakeExtension, frames } from '../../../helpers/content/panel-probes';
import {
  allElements,
  libraryState,
  loadLibraryFixture,
  text,
  waitFor,
} from '../../../helpers/content/load-library-page';
import { realBackground } from '../../../helpers/content/real-background';

vi.mock('../../../../src/content/send', () => ({ send: vi.fn() }));
const sendMock = vi.mocked(send);

beforeAll(() => buildLibraryFixtures(), 120_000);

const VALUES = {
  baseUrl: 'https://app.trelica.com/api/scim/v2',
  token: 'tok_9f8e7d6c5b4a39281706f5e4',
  testEmail: 'scim-test-1a2b@example.com',
};
const USER_GROUPS = '#/applications/6a1b2c/user-groups';
const PREVIOUS = /Previous configuration/;

/** Ticks a group's checkbox through the library's own click handling. */
function tick(group: string): void {
  const box = allElements().find(
    (el) =>
      (el.tagName === 'SL-CHECKBOX' && text(el) === group) ||
      (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox' && labelOf(el) === group),
  );
  if (!box) throw new Error(`No checkbox for "${group}"`);
  (box as HTMLElement).click();
}

/** MUI names a group's box by aria-labelledby, Element Plus by aria-label on the wrapping <label>. */
function labelOf(input: Element): string {
  const by = input.getAttribute('aria-labelledby');
  if (by) return text(document.getElementById(by));
  return input.closest('label')?.getAttribute('aria-label') ?? '';
}

let ctx: ScriptContext | null = null;
afterEach(() => {
  ctx?.abort();
  ctx = null;
});

describe.each(LIBRARY_TWISTS['route-tabs'])('%s', (name) => {
  it('recognises the Provisioning view beside the strip, decoys outside it, and fills it', async () => {
    await loadLibraryFixture(name);
    const page = findIdentityManagement(document);
    expect(page, 'the Provisioning tab').not.toBeNull();
    expect(text(page!.root)).not.toMatch(PREVIOUS);
    const results = await fillForm(page!, VALUES, { signal: new AbortController().signal, stillHere: () => true });
    expect(results === 'moved' ? results : results.map((r) => r.outcome)).toEqual(Array(5).fill('filled'));
    expect(libraryState()).toMatchObject({ apiType: 'SCIM API', scimVersion: 'SCIM 2.0', ...VALUES, decoys: DECOYS });
  }, 20_000);

  it('counts the User Groups the page binds, and counts again as one is ticked', async () => {
    await loadLibraryFixture(name);
    expect(findUserGroups(document), 'not on the User Groups route yet').toBeNull();
    location.hash = USER_GROUPS;
    const groups = await waitFor(() => findUserGroups(document), 'the User Groups view');
    expect(groups.bound).toBe(libraryState().boundGroups.length);
    expect(findIdentityManagement(document), 'the Provisioning form is gone').toBeNull();
    tick('Engineering');
    await waitFor(() => libraryState().boundGroups.length === 2, 'the page to bind Engineering');
    expect(findUserGroups(document)?.bound).toBe(2);
  }, 20_000);

  it('"Bind user groups" follows the strip: warning with none bound, done once one is', async () => {
    fakeExtension();
    const bg = await realBackground({ baseUrl: VALUES.baseUrl, token: VALUES.token });
    sendMock.mockReset();
    sendMock.mockImplementation(((r: unknown) => bg.send(r)) as never);
    const bindGroups = async () => {
      const { state } = (await bg.popup({ type: 'popup/get-state' })) as { state: State };
      return buildChecklist({ ...state, hostAccess: true }).find((i) => i.id === 'bind-groups')!.state;
    };
    await loadLibraryFixture(name);
    ctx = startJumpCloudScript();
    await frames();
    location.hash = USER_GROUPS;
    await waitFor(() => libraryState().boundGroups.length === 1 && allElements().some((el) => text(el) === 'Sales'));
    tick('All Users'); // the provisioning view binds "All Users" at first: unbind it
    await waitUntil(async () => (await bindGroups()) === 'warning', 3000);
    tick('Sales');
    await waitUntil(async () => (await bindGroups()) === 'done', 3000);
    expect(libraryState().boundGroups).toEqual(['Sales']);
  }, 20_000);
});
