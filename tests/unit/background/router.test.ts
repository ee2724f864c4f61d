import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers, type Sender } from '../../../src/background/router';

const own = { id: 'ownextensionid', baseUrl: 'chrome-extension://ownextensionid/' };
const popup: Sender = { id: own.id, url: `${own.baseUrl}src/popup/index.html` };
const trelica: Sender = { id: own.id, url: 'https://app.trelica.com/settings', frameId: 0, tab: { id: 1 } };
const jumpcloud: Sender = { id: own.id, url: 'https://console.jumpcloud.com/#/sso/x', frameId: 0, tab: { id: 2 } };

function spyHandlers() {
  const calls: string[] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_t, type: string) =>
      vi.fn(async () => {
        calls.push(type);
        return { ok: true, handledBy: type };
      }),
  });
  return { handlers, calls };
}

describe('router', () => {
  it.each<[string, unknown, Sender]>([
    ['get-state from the popup', { type: 'popup/get-state' }, popup],
    [
      'capture from a Trelica tab',
      {
        type: 'trelica/capture',
        baseUrl: 'https://app.trelica.com/api/scim/v2',
        token: 'x'.repeat(30),
        scimState: 'enabled',
      },
      trelica,
    ],
    ['fill from a JumpCloud tab', { type: 'jumpcloud/fill' }, jumpcloud],
  ])('hands %s to its handler with the sender URL', async (_n, message, sender) => {
    const { handlers, calls } = spyHandlers();
    const reply = await createRouter(handlers, own)(message, sender);
    expect(reply).toEqual({ ok: true, handledBy: (message as { type: string }).type });
    expect(calls).toEqual([(message as { type: string }).type]);
  });

  it.each<[string, unknown, Sender, RegExp]>([
    ['an unknown type', { type: 'proxy/fetch', url: 'https://evil.example' }, popup, /unknown or malformed/],
    ['a malformed capture', { type: 'trelica/capture', baseUrl: 5 }, trelica, /unknown or malformed/],
    ['a non-object', 'popup/get-state', popup, /unknown or malformed/],
    ['null', null, popup, /unknown or malformed/],
    ['a type from the prototype', { type: 'constructor' }, popup, /unknown or malformed/],
    ['a type that is not a string', { type: ['popup/get-state'] }, popup, /unknown or malformed/],
    ['a fill from a Trelica tab', { type: 'jumpcloud/fill' }, trelica, /not sent from a JumpCloud page/],
    ['a fill from the popup', { type: 'jumpcloud/fill' }, popup, /not sent from a tab/],
    ['a fill from a JumpCloud iframe', { type: 'jumpcloud/fill' }, { ...jumpcloud, frameId: 4 }, /top frame/],
    [
      'a popup request from a content script',
      { type: 'popup/test-connection', baseUrl: 'https://app.trelica.com/api/scim/v2' },
      jumpcloud,
      /not sent by an extension page/,
    ],
    ['a request from another extension', { type: 'popup/get-state' }, { ...popup, id: 'other' }, /another extension/],
  ])('refuses %s without calling any handler', async (_n, message, sender, why) => {
    const { handlers, calls } = spyHandlers();
    const reply = (await createRouter(handlers, own)(message, sender)) as { ok: boolean; message: string };
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(why);
    expect(calls).toEqual([]);
  });

  it('turns a handler failure into a refusal that does not echo the error', async () => {
    const handlers = {
      'popup/get-state': async () => {
        throw new Error('Bearer secret-token-123');
      },
    } as unknown as Handlers;
    const reply = await createRouter(handlers, own)({ type: 'popup/get-state' }, popup);
    expect(reply).toEqual({ ok: false, message: expect.stringMatching(/internal error/) });
    expect(JSON.stringify(reply)).not.toContain('secret-token-123');
  });
});
