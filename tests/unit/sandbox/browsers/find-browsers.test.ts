import { describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM, findChromium, locateChromium } from '../../../sandbox/browsers/find-browsers';

/** A machine where exactly `executables` exist and are executable. */
const machine = (executables: string[], env: Record<string, string | undefined>) => {
  const asked: string[] = [];
  return {
    asked,
    lookup: {
      env,
      isExecutable: (path: string) => {
        asked.push(path);
        return executables.includes(path);
      },
    },
  };
};

describe('findChromium', () => {
  it.each([
    [
      'CHROME_PATH wins over the PATH and the default',
      ['/opt/chrome/chrome', '/usr/bin/chromium'],
      { CHROME_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' },
      '/opt/chrome/chrome',
      'CHROME_PATH',
    ],
    ['CHROME_PATH is trimmed', ['/opt/c'], { CHROME_PATH: '  /opt/c \n' }, '/opt/c', 'CHROME_PATH'],
    [
      'the first PATH folder holding chromium',
      ['/a/chromium', '/b/chromium'],
      { PATH: '/x:/a:/b' },
      '/a/chromium',
      'PATH',
    ],
    [
      'chromium before chromium-browser, whatever the folder order',
      ['/a/chromium-browser', '/b/chromium'],
      { PATH: '/a:/b' },
      '/b/chromium',
      'PATH',
    ],
    [
      'chromium-browser before google-chrome',
      ['/a/google-chrome', '/a/chromium-browser'],
      { PATH: '/a' },
      '/a/chromium-browser',
      'PATH',
    ],
    [
      'google-chrome when it is the only one',
      ['/opt/google/bin/google-chrome'],
      { PATH: '/usr/bin:/opt/google/bin' },
      '/opt/google/bin/google-chrome',
      'PATH',
    ],
    [
      'an empty CHROME_PATH counts as unset',
      ['/usr/local/bin/chromium'],
      { CHROME_PATH: '  ', PATH: '/usr/local/bin' },
      '/usr/local/bin/chromium',
      'PATH',
    ],
    ['the Debian default with no PATH at all', [DEFAULT_CHROMIUM], {}, DEFAULT_CHROMIUM, 'default'],
  ] as const)('%s', (_name, executables, env, path, source) => {
    expect(findChromium(machine([...executables], env).lookup)).toEqual({ ok: true, path, source });
  });

  it('skips relative and empty PATH entries (they would depend on the current folder)', () => {
    const { lookup, asked } = machine(['./chromium', 'bin/chromium'], { PATH: '.::bin' });
    expect(findChromium(lookup)).toMatchObject({ ok: false, fixable: true });
    expect(asked.every((p) => p.startsWith('/'))).toBe(true);
  });

  it('refuses a CHROME_PATH that is not executable, without looking elsewhere', () => {
    const { lookup, asked } = machine(['/usr/bin/chromium'], { CHROME_PATH: '/nope/chrome', PATH: '/usr/bin' });
    const found = findChromium(lookup);
    expect(found).toMatchObject({ ok: false, fixable: false });
    expect(found.ok ? '' : found.reason).toContain('"/nope/chrome"');
    expect(asked).toEqual(['/nope/chrome']);
  });

  it('says what it looked for when nothing is found', () => {
    const found = findChromium(machine([], { PATH: '/usr/bin:/bin' }).lookup);
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.fixable).toBe(true);
    for (const word of ['CHROME_PATH', 'chromium', 'chromium-browser', 'google-chrome', DEFAULT_CHROMIUM])
      expect(found.reason).toContain(word);
  });
});

describe('locateChromium', () => {
  it('does not install when a browser is there', () => {
    let installs = 0;
    const got = locateChromium(machine(['/usr/bin/chromium'], { PATH: '/usr/bin' }).lookup, () => (installs++, true));
    expect(got).toMatchObject({ ok: true, path: '/usr/bin/chromium' });
    expect(installs).toBe(0);
  });

  it('installs when none is found, then finds the installed one', () => {
    const executables: string[] = [];
    const got = locateChromium(machine(executables, { PATH: '/usr/bin' }).lookup, () => {
      executables.push('/usr/bin/chromium');
      return true;
    });
    expect(got).toMatchObject({ ok: true, path: '/usr/bin/chromium' });
  });

  it('fails with the reason and the way out when it cannot install', () => {
    const got = locateChromium(machine([], { PATH: '/usr/bin' }).lookup, () => false);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.message).toMatch(/No Chromium found[\s\S]*set CHROME_PATH/);
  });

  it('never installs over a broken CHROME_PATH', () => {
    let installs = 0;
    const got = locateChromium(machine([], { CHROME_PATH: '/typo' }).lookup, () => (installs++, true));
    expect(got).toMatchObject({ ok: false });
    expect(installs).toBe(0);
  });

  it('says so when the install did not produce a browser', () => {
    const got = locateChromium(machine([], {}).lookup, () => true);
    expect(got.ok ? '' : got.message).toContain('did not help');
  });
});
