import { describe, expect, it } from 'vitest';
import { createShutdown } from '../../../sandbox/session/shutdown';

describe('createShutdown', () => {
  it('runs every task once, newest first, however often it is asked', async () => {
    const order: string[] = [];
    const shutdown = createShutdown({ log: () => undefined });
    shutdown.add('server', () => void order.push('server'));
    shutdown.add('browser', async () => void order.push('browser'));
    expect(shutdown.started).toBe(false);
    await Promise.all([shutdown.run(), shutdown.run()]);
    await shutdown.run();
    expect(order).toEqual(['browser', 'server']);
    expect(shutdown.started).toBe(true);
  });

  it('goes on after a task that throws or hangs, and says which', async () => {
    const logged: string[] = [];
    const ran: string[] = [];
    const shutdown = createShutdown({ taskTimeoutMs: 30, log: (l) => logged.push(l) });
    shutdown.add('server', () => void ran.push('server'));
    shutdown.add('stuck thing', () => new Promise<void>(() => undefined));
    shutdown.add('broken thing', () => {
      throw new Error('boom');
    });
    await shutdown.run();
    expect(ran).toEqual(['server']);
    expect(logged).toEqual([
      'Could not stop broken thing cleanly: boom',
      'Could not stop stuck thing cleanly: did not finish within 30 ms',
    ]);
  });
});
