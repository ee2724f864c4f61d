// @vitest-environment happy-dom
// The whole popup over the real background (router, handlers, stores) on damaged storage: it
// always opens on its checklist, never a blank page or an error, and says what was reset.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { App } from '../../../src/popup/App';
import { hasHostAccess } from '../../../src/popup/platform';
import { REPLY_OF, REQUEST_TYPES, type RequestType } from '../../../src/core/messages';
import { scriptBackground, sentTypes, type Handlers } from '../../helpers/popup/scripted-background';
import { backgroundOver, SENDER_FOR, storedAreas, storedFixture } from '../../helpers/stored';

vi.mock('../../../src/popup/send', () => ({ send: vi.fn() }));
vi.mock('../../../src/popup/platform', async () =>
  (await import('../../helpers/popup/scripted-background')).platformMock(),
);

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(hasHostAccess).mockResolvedValue(true);
});
afterEach(cleanup);

/** The popup's send(), answered by the real background over these storage areas. */
async function openOver(areas: Parameters<typeof backgroundOver>[0]) {
  const background = await backgroundOver(areas);
  const handlers = Object.fromEntries(
    REQUEST_TYPES.map((type: RequestType) => [
      type,
      async (request: unknown) => {
        const reply = REPLY_OF[type].safeParse(await background.route(request, SENDER_FOR.extension));
        return reply.success ? reply.data : { ok: false, message: 'The extension sent an answer it could not read.' };
      },
    ]),
  ) as Handlers;
  scriptBackground(handlers);
  render(<App />);
  return background;
}

describe('the popup over damaged storage', () => {
  it('opens on its checklist whatever the stored keys hold', async () => {
    await fc.assert(
      fc.asyncProperty(storedAreas, async (areas) => {
        cleanup();
        await openOver(areas);
        await screen.findByRole('list', { name: 'Setup checklist' });
        expect(screen.queryByText(/internal error|could not read/)).toBeNull();
        expect(screen.getByLabelText('Base URL')).toBeTruthy();
      }),
      { numRuns: 25 },
    );
    // Each run renders the whole popup: slow on a busy 2-core machine.
  }, 30_000);

  it('says what was reset, and the note goes once dismissed', async () => {
    const v4 = storedFixture('progress-v4');
    const background = await openOver({
      local: { progress: { ...v4, lastRehearsal: { kind: 'rehearsal', verdict: 'nope' } } },
      session: { vault: { token: 12 } },
    });
    const note = await screen.findByRole('alert');
    expect(note.textContent).toContain(
      'Some saved progress could not be read and was reset: the last rehearsal, the captured token.',
    );
    // What was not damaged is still there.
    expect((screen.getByLabelText('Test user email') as HTMLInputElement).value).toBe(v4.testEmail);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(sentTypes()).toContain('popup/dismiss-reset-note');
    expect(background.local.dump()).not.toHaveProperty('resetNote');
  });

  it('says nothing over an old shape read in full', async () => {
    await openOver({ local: { progress: storedFixture('progress-v1') } });
    await screen.findByRole('list', { name: 'Setup checklist' });
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });
});
