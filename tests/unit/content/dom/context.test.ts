// @vitest-environment happy-dom
// Which copy of a content script stays when several start in one page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScriptContext } from '../../../../src/content/dom/context';
import { fakeExtension } from '../../../helpers/content/panel-probes';

const started: ScriptContext[] = [];
const start = (name = 'test'): ScriptContext => {
  const ctx = new ScriptContext(name);
  started.push(ctx);
  return ctx;
};
/** window.postMessage is delivered on a later task: give it time. */
const delivered = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 30));
const announce = (data: Record<string, unknown>): void => window.postMessage({ type: 'scim-assistant:started', name: 'test', id: 'other', ...data }, '*');

beforeEach(fakeExtension);
afterEach(() => started.splice(0).forEach((ctx) => ctx.abort()));

describe('ScriptContext', () => {
  it('steps aside for a copy that started after it', async () => {
    const older = start();
    const newer = start();
    await delivered();
    expect(older.signal.aborted).toBe(true);
    expect(newer.signal.aborted).toBe(false);
  });

  it('ignores an older copy\'s announcement that arrives late', async () => {
    const ctx = start();
    await delivered();
    announce({ at: performance.now() - 1000 });
    await delivered();
    expect(ctx.signal.aborted).toBe(false);
  });

  it.each([
    ['a later start', () => performance.now() + 1000],
    ['no start time (an older version of the extension)', () => undefined],
  ])('steps aside for an announcement with %s', async (_, at) => {
    const ctx = start();
    await delivered();
    announce({ at: at() });
    await delivered();
    expect(ctx.signal.aborted).toBe(true);
  });

  it('leaves copies of other scripts alone', async () => {
    const trelica = start('trelica');
    start('jumpcloud');
    await delivered();
    expect(trelica.signal.aborted).toBe(false);
  });
});
