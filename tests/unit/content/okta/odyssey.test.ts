// @vitest-environment happy-dom
// The Okta form's finders over the Odyssey (React MUI) page another engineer built
// (tests/fixtures/libraries/odyssey/): found by words and roles only, and what goes in lands in
// the page's React state.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fillForm } from '../../../../src/content/okta/form';
import { findIntegration } from '../../../../src/content/okta/page';
import { buildLibraryFixtures } from '../../../fixtures/libraries/index';
import { OKTA_DECOYS } from '../../../fixtures/libraries/odyssey/state';
import { loadOktaLibraryFixture, oktaState } from '../../../helpers/content/load-library-page';

beforeAll(() => buildLibraryFixtures(), 120_000);
vi.setConfig({ testTimeout: 20_000 });

const TOKEN = 'tok_9f8e7d6c5b4a39281706f5e4';
const BASE_URL = 'https://app.trelica.com/api/scim/v2';

describe('Odyssey', () => {
  it('fills the SCIM Connection form by words and roles, into the React state, and no decoy', async () => {
    await loadOktaLibraryFixture('odyssey');
    const section = findIntegration(document);
    expect(section).not.toBeNull();
    const results = await fillForm(
      section!,
      { baseUrl: `${BASE_URL}/`, token: `Bearer ${TOKEN}` },
      { signal: new AbortController().signal, stillHere: () => true },
    );
    // "Edit" clicked first; "Basic Auth" (the dropdown's first choice) is no choice to keep;
    // "Push Groups", ticked at load, is left to the guard.
    expect(results).toEqual([
      { field: 'base-url', outcome: 'filled' },
      { field: 'unique-id', outcome: 'filled' },
      { field: 'actions', outcome: 'kept', reason: 'other-value', current: 'Push Groups' },
      { field: 'auth-mode', outcome: 'filled' },
      { field: 'token', outcome: 'filled' },
    ]);
    expect(oktaState()).toMatchObject({
      baseUrl: BASE_URL,
      uniqueId: 'userName',
      authMode: 'HTTP Header',
      token: TOKEN,
      actions: { importNewUsers: true, pushNewUsers: true, pushProfileUpdates: true, pushGroups: true },
      editing: { integration: true },
      decoys: OKTA_DECOYS,
    });
  });
});
