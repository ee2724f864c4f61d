import { describe, expect, it } from 'vitest';
import { senderProblem, type Sender, type SenderKind } from '../../../src/core/sender';

const own = { id: 'abcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnop/' };
const popup = { id: own.id, url: `${own.baseUrl}src/popup/index.html` };
const trelicaTop = {
  id: own.id,
  url: 'https://app.trelica.com/settings/users',
  origin: 'https://app.trelica.com',
  frameId: 0,
  tab: { id: 7 },
};
const jumpcloudTop = { id: own.id, url: 'https://console.eu.jumpcloud.com/#/sso/1', frameId: 0, tab: { id: 9 } };

describe('senderProblem', () => {
  it.each<[string, SenderKind, Sender, string | null]>([
    ['popup page', 'extension', popup, null],
    ['popup opened in a tab', 'extension', { ...popup, tab: { id: 3 }, frameId: 0 }, null],
    ['another extension', 'extension', { ...popup, id: 'zzzz' }, 'sent by another extension'],
    ['no id', 'extension', { url: popup.url }, 'sent by another extension'],
    [
      'a web page posing as the popup',
      'extension',
      { id: own.id, url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 },
      'not sent by an extension page',
    ],
    ['a content script posing as the popup', 'extension', trelicaTop, 'not sent by an extension page'],
    ['Trelica top frame', 'trelica', trelicaTop, null],
    [
      'Trelica EU',
      'trelica',
      { ...trelicaTop, url: 'https://eu.trelica.com/x', origin: 'https://eu.trelica.com' },
      null,
    ],
    ['Trelica iframe', 'trelica', { ...trelicaTop, frameId: 3 }, 'not sent from the top frame'],
    ['Trelica without tab', 'trelica', { ...trelicaTop, tab: undefined }, 'not sent from a tab'],
    ['JumpCloud page sending a Trelica message', 'trelica', jumpcloudTop, 'not sent from a Trelica page'],
    [
      'origin disagrees with url',
      'trelica',
      { ...trelicaTop, origin: 'https://evil.example' },
      'origin and URL disagree',
    ],
    [
      'lookalike host',
      'trelica',
      { ...trelicaTop, url: 'https://app.trelica.com.evil.example/', origin: undefined },
      'not sent from a Trelica page',
    ],
    ['JumpCloud top frame', 'jumpcloud', jumpcloudTop, null],
    [
      'JumpCloud over http',
      'jumpcloud',
      { ...jumpcloudTop, url: 'http://console.jumpcloud.com/' },
      'not sent from a JumpCloud page',
    ],
    ['popup sending a JumpCloud message', 'jumpcloud', popup, 'not sent from a tab'],
    ['Trelica page sending a JumpCloud message', 'jumpcloud', trelicaTop, 'not sent from a JumpCloud page'],
  ])('%s', (_name, kind, sender, expected) => {
    expect(senderProblem(kind, sender, own)).toBe(expected);
  });
});

describe("senderProblem for Entra ID's shell and blade frames", () => {
  const SHELL = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning';
  const shellTop: Sender = {
    id: own.id,
    url: SHELL,
    origin: 'https://entra.microsoft.com',
    frameId: 0,
    tab: { id: 5 },
  };
  const blade: Sender = {
    id: own.id,
    url: 'https://sandbox-12.reactblade.portal.azure.net/provisioning',
    origin: 'https://sandbox-12.reactblade.portal.azure.net',
    frameId: 7,
    tab: { id: 5, url: SHELL },
  };
  const frameUrl = (url: string): Sender => ({ ...blade, url, origin: undefined });

  it.each<[string, Sender, string | null]>([
    ["the shell's top frame", shellTop, null],
    ['the Azure portal shell', { ...shellTop, url: 'https://portal.azure.com/#home', origin: undefined }, null],
    ["a blade's frame under the shell", blade, null],
    ['a blade frame on reactblade-ms', frameUrl('https://sandbox-1.reactblade-ms.portal.azure.net/x'), null],
    ['a blade frame on reactblade-rc', frameUrl('https://sandbox-1.reactblade-rc.portal.azure.net/x'), null],
    ['a blade frame whose tab URL the browser withholds', { ...blade, tab: { id: 5 } }, null],
    [
      'a blade frame in a tab that is not the shell',
      { ...blade, tab: { id: 5, url: 'https://evil.example/' } },
      'not sent from a Microsoft Entra admin center tab',
    ],
    [
      'a blade frame in a tab on the shell over http',
      { ...blade, tab: { id: 5, url: 'http://entra.microsoft.com/' } },
      'not sent from a Microsoft Entra admin center tab',
    ],
    [
      'a blade host opened as the top page (its tab is no shell)',
      { ...blade, frameId: 0, tab: { id: 5, url: blade.url } },
      'not sent from a Microsoft Entra admin center tab',
    ],
    [
      'a look-alike frame host',
      frameUrl('https://reactblade.portal.azure.net.evil.test/x'),
      'not sent from the top frame',
    ],
    ['a frame over http', frameUrl('http://sandbox-1.reactblade.portal.azure.net/x'), 'not sent from the top frame'],
    [
      'a frame on a port',
      frameUrl('https://sandbox-1.reactblade.portal.azure.net:8443/x'),
      'not sent from the top frame',
    ],
    [
      'two labels under the domain',
      frameUrl('https://a.b.reactblade.portal.azure.net/x'),
      'not sent from the top frame',
    ],
    ['the bare frame domain', frameUrl('https://reactblade.portal.azure.net/x'), 'not sent from the top frame'],
    ['another frame under the shell', frameUrl('https://evil.example/'), 'not sent from the top frame'],
    [
      'a frame whose origin disagrees with its URL',
      { ...blade, origin: 'https://evil.example' },
      'origin and URL disagree',
    ],
    [
      'a look-alike shell host',
      { ...shellTop, url: 'https://entra.microsoft.com.evil.test/', origin: undefined },
      'not sent from a Microsoft Entra admin center page',
    ],
    [
      'the shell over http',
      { ...shellTop, url: 'http://entra.microsoft.com/', origin: undefined },
      'not sent from a Microsoft Entra admin center page',
    ],
    [
      'the shell on a port',
      { ...shellTop, url: 'https://portal.azure.com:444/', origin: undefined },
      'not sent from a Microsoft Entra admin center page',
    ],
    ["a frame on the shell's own host", { ...shellTop, frameId: 2 }, 'not sent from the top frame'],
    ['a blade frame without a tab', { ...blade, tab: undefined }, 'not sent from a tab'],
    [
      'an Okta page sending an Entra message',
      { ...jumpcloudTop, url: 'https://acme-admin.okta.com/admin' },
      'not sent from a Microsoft Entra admin center page',
    ],
  ])('%s', (_name, sender, expected) => {
    expect(senderProblem('entra', sender, own)).toBe(expected);
  });

  it('never lets a blade frame send another console’s messages', () => {
    for (const kind of ['trelica', 'jumpcloud', 'okta'] as const)
      expect(senderProblem(kind, blade, own)).toBe('not sent from the top frame');
  });
});
