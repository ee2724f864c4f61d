import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import {
  entraShellOrigin,
  isEntraOrigin,
  isEntraUrl,
  HOST_PERMISSION_PATTERNS,
  isJumpCloudOrigin,
  isJumpCloudUrl,
  isOktaAdminOrigin,
  isOktaAdminUrl,
  isTrelicaOrigin,
  isTrelicaUrl,
  jumpCloudRegion,
  trelicaRegion,
} from '../../../src/core/hosts';

describe('trelicaRegion', () => {
  it.each([
    ['https://app.trelica.com/api/scim/v2', 'us'],
    ['https://eu.trelica.com/Admin/Settings/Users', 'eu'],
    ['https://APP.Trelica.com/', 'us'],
    ['http://app.trelica.com/', null],
    ['https://app.trelica.com:8443/', null],
    ['https://app.trelica.com.evil.example/', null],
    ['https://evil.example/app.trelica.com', null],
    ['https://us.trelica.com/', null],
    ['not a url', null],
    ['', null],
  ])('%s -> %s', (url, region) => {
    expect(trelicaRegion(url)).toBe(region);
    expect(isTrelicaUrl(url)).toBe(region !== null);
  });
});

describe('jumpCloudRegion', () => {
  it.each([
    ['https://console.jumpcloud.com/#/sso', 'us'],
    ['https://console.eu.jumpcloud.com/#/applications', 'eu'],
    ['https://console.in.jumpcloud.com/', 'in'],
    ['https://jumpcloud.com/', null],
    ['https://console.jumpcloud.com.example/', null],
    ['http://console.jumpcloud.com/', null],
  ])('%s -> %s', (url, region) => {
    expect(jumpCloudRegion(url)).toBe(region);
    expect(isJumpCloudUrl(url)).toBe(region !== null);
  });
});

describe('host list', () => {
  it('matches the manifest host permissions and content-script matches exactly', () => {
    expect([...HOST_PERMISSION_PATTERNS].sort()).toEqual([...manifest.host_permissions].sort());
    // The early script (document_start) runs on every host; each site's script is injected
    // by the background, only into a page of its own site (core/sender.ts).
    const [early, ...more] = manifest.content_scripts;
    expect([...early!.matches].sort()).toEqual([...HOST_PERMISSION_PATTERNS].sort());
    expect(more).toEqual([]);
  });
});

describe('entraShellOrigin', () => {
  it.each<[string, string | undefined, string]>([
    ['https://portal.azure.com/#view/x', undefined, 'https://portal.azure.com'],
    ['https://sandbox-1.reactblade.portal.azure.net/x', 'https://portal.azure.com/#view/x', 'https://portal.azure.com'],
    ['https://sandbox-1.reactblade.portal.azure.net/x', undefined, 'https://entra.microsoft.com'],
    [
      'https://sandbox-1.reactblade.portal.azure.net/x',
      'https://portal.azure.com.evil.test/',
      'https://entra.microsoft.com',
    ],
  ])('%s in %s -> %s', (url, tabUrl, expected) => {
    expect(entraShellOrigin(url, tabUrl)).toBe(expected);
  });
});

describe("the early script's origin tests (location.origin, no URL built)", () => {
  // Each says of a serialized origin what its URL test says of any URL on it.
  it.each([
    'https://app.trelica.com/api/scim/v2',
    'https://EU.Trelica.com/Admin',
    'http://app.trelica.com/',
    'https://app.trelica.com:8443/',
    'https://app.trelica.com.evil.example/',
    'https://user:pw@app.trelica.com/',
    'https://console.jumpcloud.com/#/sso',
    'https://console.in.jumpcloud.com:443/',
    'https://console.jumpcloud.com.example/',
    'http://console.jumpcloud.com/',
    'https://acme-admin.okta.com/admin/app/x/instance/y/',
    'https://ACME-admin.okta-emea.com/admin/dashboard',
    'https://acme-admin.oktapreview.com:443/admin',
    'https://acme-admin.okta.com:8443/admin',
    'http://acme-admin.okta.com/admin',
    'https://acme.okta.com/app/UserHome',
    'https://acme-admin.okta.com.evil.example/admin',
    'https://evil.example/acme-admin.okta.com',
    'https://a.b-admin.okta.com/admin',
    'https://xn--acm-admin-xyz.okta.com/admin',
    'https://entra.microsoft.com/#view/x',
    'https://portal.azure.com/',
    'https://portal.azure.com:8443/',
    'http://entra.microsoft.com/',
    'https://entra.microsoft.com.evil.example/',
    'https://sandbox-1.reactblade.portal.azure.net/x',
    'https://sandbox-12.reactblade-ms.portal.azure.net/',
    'https://a.b.reactblade.portal.azure.net/',
    'https://sandbox-1.reactblade.portal.azure.net.evil.test/',
    'https://sandbox-1.reactblade.portal.azure.net:8443/',
  ])('%s', (url) => {
    const origin = new URL(url).origin;
    expect(isTrelicaOrigin(origin)).toBe(isTrelicaUrl(url));
    expect(isJumpCloudOrigin(origin)).toBe(isJumpCloudUrl(url));
    expect(isOktaAdminOrigin(origin)).toBe(isOktaAdminUrl(url));
    expect(isEntraOrigin(origin)).toBe(isEntraUrl(url));
  });

  it('takes nothing that is not an origin', () => {
    for (const text of ['null', '', 'https://acme-admin.okta.com/', 'https://app.trelica.com/'])
      expect([isTrelicaOrigin(text), isJumpCloudOrigin(text), isOktaAdminOrigin(text), isEntraOrigin(text)]).toEqual([
        false,
        false,
        false,
        false,
      ]);
  });
});
