// @vitest-environment happy-dom
// The early script off the consoles' exact origins: nothing at all. (What it does on them, it
// does with XPath and CSS animations, which happy-dom lacks: tests/e2e/early-script.test.ts
// runs it over every fixture page in both browsers.)
import { describe, expect, it, vi } from 'vitest';
import { startOnSigns } from '../../../../src/content/early/start';
import { setUrl } from '../../../helpers/content/load-console-page';

/** Starts the early script at `url` (with the API, or `null` without) and says what it did. */
function startAt(url: string, withApi = true) {
  setUrl(url);
  const runtime = { id: 'x', sendMessage: vi.fn(async () => ({ ok: true })) };
  const listen = vi.spyOn(window, 'addEventListener');
  // Any read of the document's sheets means the appearance watch started (it adopts one).
  const sheets = vi.spyOn(document, 'adoptedStyleSheets', 'get');
  startOnSigns(withApi ? () => runtime : null);
  const did = {
    listensTo: listen.mock.calls.map(([type]) => type).sort(),
    readSheets: sheets.mock.calls.length > 0,
    asked: runtime.sendMessage.mock.calls.length > 0,
  };
  listen.mockRestore();
  sheets.mockRestore();
  return did;
}

describe('startOnSigns', () => {
  it.each([
    ['another port', 'https://app.trelica.com:8443/settings'],
    ['a look-alike host', 'https://app.trelica.com.evil.test/settings'],
    ['http', 'http://console.jumpcloud.com/#/sso/1'],
    ['another site', 'https://example.com/#/sso/1'],
    ["an Okta org's end-user dashboard", 'https://acme.okta.com/app/UserHome'],
    ['an Okta admin console on another port', 'https://acme-admin.okta.com:8443/admin/app/x/instance/y/'],
  ])('on %s, watches nothing and asks nothing', (_, url) => {
    expect(startAt(url)).toEqual({ listensTo: [], readSheets: false, asked: false });
  });

  it('without the extension API (outside an extension), does nothing', () => {
    expect(startAt('https://app.trelica.com/settings', false)).toEqual({
      listensTo: [],
      readSheets: false,
      asked: false,
    });
  });

  // The other side of the cases above: on the exact console origins the same calls start a
  // watch (so "nothing" there is the origin's doing, not the test's).
  it.each([
    ['Trelica (every route a candidate)', 'https://app.trelica.com/settings', ['DOMContentLoaded', 'animationstart']],
    [
      "JumpCloud's SSO applications",
      'https://console.jumpcloud.com/#/sso/1',
      ['DOMContentLoaded', 'animationstart', 'hashchange', 'popstate'],
    ],
    [
      "an Okta app's Provisioning tab",
      'https://acme-admin.okta.com/admin/app/x/instance/y/#tab-user-management',
      ['DOMContentLoaded', 'animationstart', 'hashchange', 'popstate'],
    ],
  ])('on %s, watches the page (and asks nothing yet)', (_, url, listensTo) => {
    expect(startAt(url)).toEqual({ listensTo, readSheets: true, asked: false });
  });

  it("on JumpCloud's users list, listens to routes only", () => {
    expect(startAt('https://console.jumpcloud.com/#/users')).toEqual({
      listensTo: ['hashchange', 'popstate'],
      readSheets: false,
      asked: false,
    });
  });
});
