// @vitest-environment happy-dom
// The filler over the consoles built from real component libraries (tests/fixtures/libraries),
// under happy-dom: every field lands in the FRAMEWORK's model, no decoy moves. The same pages
// run in real browsers in tests/e2e/library-fill.test.ts. happy-dom's event paths skip slots, so a mouse event
// on a slotted sl-option never reaches its listbox: the filler's keyboard fallback is what
// chooses there (in browsers the pointer sequence does).
import { beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../../../src/content/jumpcloud/form';
import { findIdentityManagement } from '../../../../src/content/jumpcloud/page';
import { openListboxes } from '../../../../src/content/dom/listbox';
import { buildLibraryFixtures, LIBRARY_FIXTURES, LIBRARY_TWISTS } from '../../../fixtures';
import { DECOYS } from '../../../fixtures/libraries/shared/model';
import { libraryState, openLibraryConsole } from '../../../helpers/content/load-library-page';

beforeAll(() => buildLibraryFixtures(), 120_000);

const VALUES = {
  baseUrl: 'https://app.trelica.com/api/scim/v2',
  token: 'tok_9f8e7d6c5b4a39281706f5e4',
  testEmail: 'scim-test-1a2b@example.com',
};

describe.each(LIBRARY_FIXTURES)('%s', (name) => {
  it("is recognised, and one fill puts every value in the page's model and none in a decoy", async () => {
    await openLibraryConsole(name);
    const page = findIdentityManagement(document);
    expect(page, 'the Identity Management / Provisioning tab').not.toBeNull();
    const results = await fillForm(page!, VALUES, { signal: new AbortController().signal, stillHere: () => true });
    expect(results === 'moved' ? results : results.map((r) => [r.field, r.outcome, r.reason ?? ''])).toEqual([
      ['api-type', 'filled', ''],
      ['scim-version', 'filled', ''],
      ['base-url', 'filled', ''],
      ['token', 'filled', ''],
      ['test-email', 'filled', ''],
    ]);
    expect(libraryState()).toMatchObject({
      apiType: 'SCIM API',
      scimVersion: 'SCIM 2.0',
      baseUrl: VALUES.baseUrl,
      token: VALUES.token,
      testEmail: VALUES.testEmail,
      decoys: { ...DECOYS },
    });
  }, 20_000);
});

// The same consoles with a Token Key that has no label (a key icon and a "••••" placeholder):
// the one field not found is named, every other is filled and reported so, and no list the
// fill opened is left open over the page.
describe.each(LIBRARY_TWISTS['unlabelled-token'])('%s', (name) => {
  it('reports exactly the Token Key as not found, the rest filled, and leaves no list open', async () => {
    await openLibraryConsole(name);
    const page = findIdentityManagement(document);
    expect(page, 'the Identity Management tab').not.toBeNull();
    // happy-dom computes no Shoelace popup styles: a list that reads as open at load is not ours.
    const before = new Set(openListboxes());
    const results = await fillForm(page!, VALUES, { signal: new AbortController().signal, stillHere: () => true });
    expect(results === 'moved' ? results : results.map((r) => [r.field, r.outcome, r.reason ?? ''])).toEqual([
      ['api-type', 'filled', ''],
      ['scim-version', 'filled', ''],
      ['base-url', 'filled', ''],
      ['token', 'not-found', ''],
      ['test-email', 'filled', ''],
    ]);
    expect(openListboxes().filter((box) => !before.has(box))).toEqual([]);
    expect(libraryState()).toMatchObject({
      apiType: 'SCIM API',
      scimVersion: 'SCIM 2.0',
      baseUrl: VALUES.baseUrl,
      token: '',
      testEmail: VALUES.testEmail,
      decoys: { ...DECOYS },
    });
  }, 20_000);
});
