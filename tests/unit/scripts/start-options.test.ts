import { describe, expect, it } from 'vitest';
import { hasDisplay, startMode } from '../../../scripts/start-options';

describe('startMode', () => {
  it.each([
    [[], { DISPLAY: ':0' }, false],
    [[], { WAYLAND_DISPLAY: 'wayland-0' }, false],
    [['--headless'], { DISPLAY: ':0' }, true],
    [[], {}, true],
    [[], { DISPLAY: '  ' }, true],
    [['--headless'], {}, true],
  ] as const)('argv %j with %j: headless %s', (argv, env, headless) => {
    expect(startMode(argv, env)).toMatchObject({ kind: 'run', headless });
  });

  it('gives the reason it runs headless', () => {
    expect(startMode([], {})).toMatchObject({ why: expect.stringContaining('no display') });
    expect(startMode(['--headless'], { DISPLAY: ':1' })).toMatchObject({ why: expect.stringContaining('--headless') });
  });

  it('refuses an unknown option, naming it, with the usage', () => {
    const mode = startMode(['--headles'], {});
    expect(mode.kind).toBe('error');
    if (mode.kind === 'error') expect(mode.message).toMatch(/"--headles"[\s\S]*Usage: npm start/);
  });

  it('shows help on --help and -h', () => {
    expect(startMode(['--help'], {})).toEqual({ kind: 'help' });
    expect(startMode(['-h', '--headless'], {})).toEqual({ kind: 'help' });
  });

  it('sets up JumpCloud unless --idp says okta or entra (either spelling)', () => {
    expect(startMode(['--headless'], {})).toMatchObject({ kind: 'run', idp: 'jumpcloud' });
    expect(startMode(['--idp', 'okta'], {})).toMatchObject({ kind: 'run', headless: true, idp: 'okta' });
    expect(startMode(['--headless', '--idp=okta'], { DISPLAY: ':0' })).toMatchObject({ headless: true, idp: 'okta' });
    expect(startMode(['--idp', 'entra'], { DISPLAY: ':0' })).toMatchObject({ headless: false, idp: 'entra' });
    expect(startMode(['--idp=entra', '--headless'], {})).toMatchObject({ headless: true, idp: 'entra' });
  });

  it('refuses an IdP it cannot walk, or --idp with nothing after it, naming what it takes', () => {
    for (const argv of [['--idp', 'azure'], ['--idp']]) {
      const mode = startMode(argv, {});
      expect(mode.kind, argv.join(' ')).toBe('error');
      if (mode.kind === 'error') expect(mode.message).toMatch(/--idp takes jumpcloud, okta, entra/);
    }
  });

  it('hasDisplay reads only DISPLAY and WAYLAND_DISPLAY', () => {
    expect(hasDisplay({ TERM: 'xterm' })).toBe(false);
    expect(hasDisplay({ DISPLAY: 'localhost:10.0' })).toBe(true);
  });
});
