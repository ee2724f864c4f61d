import { describe, expect, it } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import {
  entraShellOrigin,
  HOST_PERMISSION_PATTERNS,
  isJumpCloudUrl,
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
