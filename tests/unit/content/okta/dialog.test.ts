// @vitest-environment happy-dom
// Okta's "Test Connector Configuration" dialog, read from the fixtures' own dialog (icon rows on
// integration, glyph rows on view-mode): success with the crosses Trelica cares about (not Push
// Groups' or Import Groups'), each of Okta's error words as a failure, nothing while testing.
import { describe, expect, it } from 'vitest';
import { readDialog, watchDialog } from '../../../../src/content/okta/dialog';
import { loadFixture, setOktaBackend } from '../../../helpers/content/load-console-page';

const press = (value: string) => document.querySelector<HTMLElement>(`input[value="${value}"]`)!.click();
const tick = (id: string) => document.querySelector<HTMLElement>(`label[for="${id}"]`)!.click();

async function test(answer: { ok: boolean; code?: string }) {
  setOktaBackend({ testConnector: async () => answer });
  press('Test Connector Configuration');
  return watchDialog(new AbortController().signal);
}

describe('readDialog', () => {
  it('is null while Okta is still testing, and with no dialog at all', async () => {
    loadFixture('okta', 'integration');
    expect(readDialog(document)).toBeNull();
    setOktaBackend({ testConnector: () => new Promise(() => undefined) });
    press('Test Connector Configuration');
    expect(document.body.textContent).toContain('Testing your connector');
    expect(readDialog(document)).toBeNull();
  });

  it.each(['integration', 'view-mode'])(
    '%s: success, with a cross for each needed capability left unticked (icons or glyphs)',
    async (name) => {
      loadFixture('okta', name);
      if (name === 'view-mode') document.getElementById('userMgmtSettings.edit_link')!.click();
      // Import ticked, Push New Users and Push Profile Updates not; Push Groups' cross is no concern.
      if (name === 'integration') tick('act-import');
      expect(await test({ ok: true })).toEqual({
        result: 'success',
        text: 'Connector configured successfully',
        crosses: ['Create Users', 'Update User Attributes'],
      });
    },
  );

  it('success with every needed capability ticked: no crosses', async () => {
    loadFixture('okta', 'integration');
    for (const id of ['act-import', 'act-push-new', 'act-push-updates']) tick(id);
    expect(await test({ ok: true })).toMatchObject({ result: 'success', crosses: [] });
  });

  it.each([
    ['E0000059', /^Error authenticating: null\. The connector configuration could not be tested\./],
    ['E0000049', /^Invalid SCIM data from SCIM implementation\.$/],
    ['E0000051', /^No response from SCIM implementation\.$/],
  ])("%s: a failure in Okta's words", async (code, words) => {
    loadFixture('okta', 'integration');
    const seen = await test({ ok: false, code });
    expect(seen).toMatchObject({ result: 'failure', crosses: [] });
    expect(seen!.text).toMatch(words);
  });

  it('ends with nothing when the watch is cancelled', async () => {
    loadFixture('okta', 'integration');
    setOktaBackend({ testConnector: () => new Promise(() => undefined) });
    press('Test Connector Configuration');
    const stop = new AbortController();
    const seen = watchDialog(stop.signal);
    stop.abort();
    expect(await seen).toBeNull();
  });
});
