// @vitest-environment happy-dom
// Reading JumpCloud's answer from markup of every kind a console uses to say it: toasts with
// and without roles, inline messages, a status badge changing its text, an answer rendered
// hidden and shown by a transition, one pre-rendered and toggled; never our own panel, never
// a guess when nothing readable comes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchOutcome } from '../../../../src/content/jumpcloud/outcome-watch';
import { markOurs } from '../../../../src/content/dom/ours';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const signal = () => new AbortController().signal;
const never = () => false;
const later = (fn: () => void) => setTimeout(fn, 5);

describe('watchOutcome', () => {
  it.each([
    [
      'a toast with role="alert"',
      () =>
        document.body.insertAdjacentHTML(
          'beforeend',
          '<div class="toast-container"><div role="alert">There was a problem activating identity management</div></div>',
        ),
      'There was a problem activating identity management',
    ],
    [
      'a toast with role="status"',
      () =>
        document.body.insertAdjacentHTML('beforeend', '<div role="status"><span>✔</span> Connection successful</div>'),
      '✔ Connection successful',
    ],
    [
      'a class-only toast',
      () =>
        document.body.insertAdjacentHTML(
          'beforeend',
          '<div class="toast toast--error"><p>Connection failed. Please check your settings.</p></div>',
        ),
      'Connection failed. Please check your settings.',
    ],
    [
      'an inline message in a form',
      () =>
        document
          .querySelector('form')!
          .insertAdjacentHTML('afterbegin', '<p>Unable to connect to the SCIM endpoint</p>'),
      'Unable to connect to the SCIM endpoint',
    ],
    [
      'a badge changing its text',
      () => void (document.querySelector('.badge')!.firstChild!.nodeValue = 'Connection verified'),
      'Connection verified',
    ],
  ])('reads %s', async (_, show, text) => {
    document.body.innerHTML = '<header><span class="badge">Not configured</span></header><form><input></form>';
    later(show);
    expect(await watchOutcome('test-connection', signal(), never)).toEqual({
      action: 'test-connection',
      text,
      groupManagementAppeared: false,
    });
  });

  it('waits for an answer added hidden until its transition shows it', async () => {
    later(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div class="el-message" role="alert" style="display:none">Activation failed</div>',
      );
      later(() => document.querySelector<HTMLElement>('.el-message')!.style.removeProperty('display'));
    });
    expect((await watchOutcome('activate', signal(), never)).text).toBe('Activation failed');
  });

  it('reads a pre-rendered answer when the page unhides it', async () => {
    document.body.innerHTML = '<p class="message" hidden>Identity management activated</p>';
    later(() => document.querySelector('p')!.removeAttribute('hidden'));
    expect((await watchOutcome('activate', signal(), never)).text).toBe('Identity management activated');
  });

  it('ignores our own panel and text that says nothing', async () => {
    vi.useFakeTimers();
    const watching = watchOutcome('activate', signal(), never);
    const panel = markOurs(document.createElement('div'));
    panel.innerHTML = '<p role="alert">Activation failed</p>';
    document.body.append(panel);
    document.body.insertAdjacentHTML('beforeend', '<div role="status">Saving…</div>');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(await watching).toEqual({ action: 'activate', text: '', groupManagementAppeared: false });
  });

  it('takes Group Management appearing after a test as the answer', async () => {
    let shown = false;
    later(() => {
      shown = true;
      document.body.insertAdjacentHTML('beforeend', '<section><h4>Group Management</h4></section>');
    });
    expect(await watchOutcome('test-connection', signal(), () => shown)).toEqual({
      action: 'test-connection',
      text: '',
      groupManagementAppeared: true,
    });
  });

  it('ends with nothing when the script stops', async () => {
    const stop = new AbortController();
    const watching = watchOutcome('test-connection', stop.signal, never);
    stop.abort();
    expect((await watching).text).toBe('');
  });
});
