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
    const sheets = vi.spyOn(document, 'adoptedStyleSheets', 'set');
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
});
