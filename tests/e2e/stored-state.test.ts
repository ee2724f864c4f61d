// Stored state left by an older release, or damaged, in the built extension: the popup opens
// on its checklist, reads an old shape in full (and the next write stores it with its
// version), and over damage says what it reset, once, until dismissed. Storage is seeded
// through the extension's own storage API, as an update or a crash would leave it.
import { beforeEach, expect, it } from 'vitest';
import { checklistStates, openPopup, type E2EPage } from '../sandbox';
import { storedFixture } from '../helpers/stored';
import { PROGRESS_KEY } from '../../src/core/stored/progress-key';
import { versionOf } from '../../src/core/stored/read';
import { describeInBrowsers, type E2E } from './suite';

const NOTE = 'Some saved progress could not be read and was reset';

const checklistShown = (popup: E2EPage) =>
  popup.waitUntil(() => document.querySelector('ol[aria-label="Setup checklist"] > li[data-step]') !== null);

const alertText = (popup: E2EPage) =>
  popup.evaluate(() => [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent ?? '').join(' | '));

async function seedAndOpen(e2e: E2E, local: Record<string, unknown>, session: Record<string, unknown> = {}) {
  await e2e.browser.extension.setStorage('local', local);
  await e2e.browser.extension.setStorage('session', session);
  const popup = await openPopup(e2e);
  await checklistShown(popup);
  return popup;
}

describeInBrowsers('stored state from older releases, and damaged', (e2e) => {
  beforeEach(async () => {
    await e2e.browser.extension.clearStorage('local');
    await e2e.browser.extension.clearStorage('session');
  });

  it("reads the first release's progress in full, and stores it with its version on the next write", async () => {
    const v1 = storedFixture('progress-v1');
    const popup = await seedAndOpen(e2e, { progress: v1 });
    expect(await alertText(popup)).not.toContain(NOTE);
    expect(await checklistStates(popup)).toMatchObject({ 'jumpcloud-app': 'done', save: 'done' });
    expect(await popup.evaluate(() => (document.getElementById('test-email') as HTMLInputElement).value)).toBe(
      v1.testEmail,
    );
    // The admin types into a field: the popup keeps it, the background writes progress.
    await popup.fill('Base URL', 'https://eu.trelica.com/api/scim/v2');
    let stored: Record<string, unknown> = {};
    for (let i = 0; i < 50 && stored.schemaVersion === undefined; i++) {
      stored = ((await e2e.browser.extension.getStorage('local')).progress ?? {}) as Record<string, unknown>;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(stored).toMatchObject({
      schemaVersion: versionOf(PROGRESS_KEY), // the shape this build writes
      baseUrl: 'https://eu.trelica.com/api/scim/v2',
      testEmail: v1.testEmail,
      ticked: v1.ticked,
      drafts: { baseUrl: null, testEmail: null },
    });
    await popup.close();
  });

  it('over damaged storage, opens on its checklist, names what it reset, and forgets the note once dismissed', async () => {
    const v4 = storedFixture('progress-v4');
    const popup = await seedAndOpen(
      e2e,
      { progress: { ...v4, lastRehearsal: { kind: 'rehearsal', verdict: 42 } }, resetNote: 'x' },
      { vault: ['not', 'a', 'token'] },
    );
    await popup.waitFor('alert');
    const text = await alertText(popup);
    expect(text).toContain(`${NOTE}:`);
    expect(text).toContain('the last rehearsal');
    expect(text).toContain('the captured token');
    expect(await checklistStates(popup)).toMatchObject({ save: 'done' });
    await popup.click('button', 'Dismiss');
    await popup.waitUntil((note) => !document.body.textContent?.includes(note), NOTE);
    await popup.close();

    const again = await openPopup(e2e);
    await checklistShown(again);
    expect(await alertText(again)).not.toContain(NOTE);
    await again.close();
  });

  it('keeps the test users a damaged journal still names, and says the record was damaged', async () => {
    const journal = storedFixture('journal-v1') as { testUsers: { userName: string }[] };
    const damaged = { ...journal, running: [], testUsers: [{ runId: 5 }, ...journal.testUsers] };
    const popup = await seedAndOpen(e2e, { journal: damaged });
    await popup.waitFor('alert');
    const text = await alertText(popup);
    expect(text).toContain('the record of test users the extension created');
    expect(text).toContain(journal.testUsers[0]!.userName);
    await popup.close();
  });

  it('with nothing readable anywhere, still opens on its checklist and says all was reset', async () => {
    const popup = await seedAndOpen(e2e, { progress: 'garbage', resetNote: [1, 2], journal: 'x' }, { vault: 7 });
    await popup.waitFor('alert');
    expect(await alertText(popup)).toContain('all saved progress');
    expect(await alertText(popup)).toContain('the record of test users the extension created');
    expect(Object.keys(await checklistStates(popup)).length).toBeGreaterThan(5);
    await popup.close();
  });
});
