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
