import { describe, expect, it } from 'vitest';
import { fieldName, forget, remember, rememberedRows, type Remembered } from '../../../src/core/locators';

const JC = 'https://console.jumpcloud.com';
const EU = 'https://console.eu.jumpcloud.com';
const TRELICA = 'https://app.trelica.com';

describe('remembered fields', () => {
  it('are kept per console origin and field, the latest pick winning', () => {
    let all: Remembered = {};
    all = remember(all, JC, 'token', { id: 'a', label: 'Secret' });
    all = remember(all, EU, 'token', { testId: 'b', label: 'Key' });
    all = remember(all, JC, 'token', { id: 'c', label: 'Secret' });
    all = remember(all, JC, 'base-url', { name: 'url', label: 'Endpoint' });
    expect(all).toEqual({
      [JC]: { token: { id: 'c', label: 'Secret' }, 'base-url': { name: 'url', label: 'Endpoint' } },
      [EU]: { token: { testId: 'b', label: 'Key' } },
    });
    expect(rememberedRows(all)).toEqual([
      { origin: JC, field: 'base-url', label: 'Endpoint' },
      { origin: JC, field: 'token', label: 'Secret' },
      { origin: EU, field: 'token', label: 'Key' },
    ]);
  });

  it('forgetting the last field of an origin forgets the origin', () => {
    const all = remember(remember({}, JC, 'token', { label: 'A' }), JC, 'base-url', { label: 'B' });
    expect(forget(all, JC, 'token')).toEqual({ [JC]: { 'base-url': { label: 'B' } } });
    expect(forget(forget(all, JC, 'token'), JC, 'base-url')).toEqual({});
    expect(forget(all, EU, 'token')).toEqual(all);
  });

  it('names a field as its console does', () => {
    expect(fieldName(JC, 'token')).toBe('Token Key');
    expect(fieldName(TRELICA, 'token')).toBe('Bearer token');
    expect(fieldName(TRELICA, 'base-url')).toBe('Base URL');
  });
});
