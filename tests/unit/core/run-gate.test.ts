import { describe, expect, it } from 'vitest';
import { alreadyRunning, createRunGate } from '../../../src/core/run-gate';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('one run per Base URL', () => {
  it('a second trigger of the same run shares its result, and starts nothing', async () => {
    const gate = createRunGate();
    const held = deferred<string>();
    let started = 0;
    const task = () => {
      started++;
      return held.promise;
    };
    const first = gate.run('base', 'rehearsal', 'inputs', task);
    const second = gate.run('base', 'rehearsal', 'inputs', task);
    held.resolve('result');
    expect(await first).toEqual({ ok: true, value: 'result', shared: false });
    expect(await second).toEqual({ ok: true, value: 'result', shared: true });
    expect(started).toBe(1);
  });

  it('another run on the same Base URL is told which one is under way', async () => {
    const gate = createRunGate();
    const held = deferred<string>();
    const first = gate.run('base', 'rehearsal', 'a', () => held.promise);
    expect(await gate.run('base', 'connection-test', 'a', async () => 'x')).toEqual({
      ok: false,
      running: 'rehearsal',
    });
    // Other inputs are another run, even of the same kind: never a second create.
    expect(await gate.run('base', 'rehearsal', 'b', async () => 'x')).toEqual({ ok: false, running: 'rehearsal' });
    held.resolve('done');
    await first;
  });

  it('runs on other Base URLs go ahead at once', async () => {
    const gate = createRunGate();
    const held = deferred<string>();
    const first = gate.run('base-1', 'rehearsal', 'a', () => held.promise);
    expect(await gate.run('base-2', 'rehearsal', 'a', async () => 'other')).toMatchObject({ ok: true, value: 'other' });
    held.resolve('done');
    await first;
  });

  it('frees the Base URL when a run ends, even when it throws', async () => {
    const gate = createRunGate();
    const held = deferred<string>();
    const first = gate.run('base', 'rehearsal', 'a', () => held.promise);
    held.reject(new Error('boom'));
    await expect(first).rejects.toThrow('boom');
    expect(await gate.run('base', 'connection-test', 'a', async () => 'next')).toMatchObject({ ok: true });
  });

  it('settled() waits for the run holding a Base URL, whatever its end, and not at all when none does', async () => {
    const gate = createRunGate();
    await gate.settled('base');
    const held = deferred<string>();
    const running = gate.run('base', 'cleanup', 'a', () => held.promise);
    let settled = false;
    const waiting = gate.settled('base').then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    held.reject(new Error('gone'));
    await expect(running).rejects.toThrow('gone');
    await waiting;
    expect(settled).toBe(true);
  });

  it('says what is running in words', () => {
    expect(alreadyRunning('rehearsal')).toMatch(/^An activation rehearsal is already running for this Base URL\./);
    expect(alreadyRunning('cleanup')).toMatch(/leftover test user/);
  });
});
