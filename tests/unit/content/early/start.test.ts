// @vitest-environment happy-dom
// The early script off the consoles' exact origins: nothing at all. (What it does on them, it
// does with XPath and CSS animations, which happy-dom lacks: tests/e2e/early-script.test.ts
// runs it over every fixture page in both browsers.)
import { describe, expect, it, vi } from 'vitest';
import { startOnSigns } from '../../../../src/content/early/start';
import { setUrl } from '../../../helpers/content/load-console-page';

describe('startOnSigns', () => {
  it.each([
    ['another port', 'https://app.trelica.com:8443/settings'],
    ['a look-alike host', 'https://app.trelica.com.evil.test/settings'],
    ['http', 'http://console.jumpcloud.com/#/sso/1'],
    ['another site', 'https://example.com/#/sso/1'],
    ["an Okta org's end-user dashboard", 'https://acme.okta.com/app/UserHome'],
    ['an Okta admin console on another port', 'https://acme-admin.okta.com:8443/admin/app/x/instance/y/'],
  ])('on %s, watches nothing and asks nothing', (_, url) => {
    setUrl(url);
    const runtime = { id: 'x', sendMessage: vi.fn(async () => ({ ok: true })) };
    const listen = vi.spyOn(window, 'addEventListener');
    const sheets = vi.spyOn(document, 'adoptedStyleSheets', 'get');
    startOnSigns(() => runtime);
    expect(listen).not.toHaveBeenCalled();
    expect(sheets).not.toHaveBeenCalled();
    expect(runtime.sendMessage).not.toHaveBeenCalled();
    listen.mockRestore();
    sheets.mockRestore();
  });

  it('without the extension API (outside an extension), does nothing', () => {
    setUrl('https://app.trelica.com/settings');
    const listen = vi.spyOn(window, 'addEventListener');
    startOnSigns(null);
    expect(listen).not.toHaveBeenCalled();
    listen.mockRestore();
  });

  // The other side of the cases above: on the exact console origins the same calls start a
  // watch (so "nothing" there is the origin's doing, not the test's).
  it.each([
    ['Trelica (every route a candidate)', 'https://app.trelica.com/settings'],
    ["JumpCloud's SSO applications", 'https://console.jumpcloud.com/#/sso/1'],
    ["an Okta app's Provisioning tab", 'https://acme-admin.okta.com/admin/app/x/instance/y/#tab-user-management'],
  ])('on %s, watches the page (and asks nothing yet)', (_, url) => {
    setUrl(url);
    const runtime = { id: 'x', sendMessage: vi.fn(async () => ({ ok: true })) };
    const listen = vi.spyOn(window, 'addEventListener');
    const sheets = vi.spyOn(document, 'adoptedStyleSheets', 'get');
    startOnSigns(() => runtime);
    expect(listen.mock.calls.map(([type]) => type)).toContain('animationstart');
    expect(sheets).toHaveBeenCalled();
    expect(runtime.sendMessage).not.toHaveBeenCalled();
    listen.mockRestore();
    sheets.mockRestore();
  });

  it("on JumpCloud's users list, listens to routes only", () => {
    setUrl('https://console.jumpcloud.com/#/users');
    const listen = vi.spyOn(window, 'addEventListener');
    const sheets = vi.spyOn(document, 'adoptedStyleSheets', 'get');
    startOnSigns(() => ({ id: 'x', sendMessage: vi.fn(async () => ({ ok: true })) }));
    expect(listen.mock.calls.map(([type]) => type).sort()).toEqual(['hashchange', 'popstate']);
    expect(sheets).not.toHaveBeenCalled();
    listen.mockRestore();
    sheets.mockRestore();
  });
});
