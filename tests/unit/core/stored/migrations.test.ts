// Every shape a release wrote (tests/fixtures/stored/) migrates forward, step by step, and reads
// as it was: nothing reset, nothing lost.
import { describe, expect, it } from 'vitest';
import { createVault } from '../../../../src/background/vault';
import { JOURNAL_KEY } from '../../../../src/core/journal';
import { EMPTY_PROGRESS } from '../../../../src/core/progress';
import { PROGRESS_KEY } from '../../../../src/core/stored/progress-key';
import { readStored, SCHEMA_VERSION_FIELD, toStored, versionOf } from '../../../../src/core/stored/read';
import { VAULT_KEY } from '../../../../src/core/stored/vault-key';
import { tokenFingerprint } from '../../../../src/core/tested';
import { fakeStorageArea } from '../../../helpers/fake-storage';
import { storedFixture } from '../../../helpers/stored';

const progress = [1, 2, 3, 4, 5, 6].map((v) => storedFixture(`progress-v${v}`));
const [v1, v2, v3, v4, v5, v6] = progress as [
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>,
  Record<string, unknown>,
];
const [to2, to3, to4, to5, to6] = PROGRESS_KEY.migrations;

describe('progress migrations', () => {
  it('this build writes v6, the last shape a release wrote', () => {
    expect(versionOf(PROGRESS_KEY)).toBe(6);
    expect(PROGRESS_KEY.schema.parse(v6)).toEqual(v6);
  });

  it('v5 -> v6 adds nothing seen on Entra ID, and changes nothing else', () => {
    expect(to6!(v5)).toEqual({ ...v5, entra: EMPTY_PROGRESS.entra });
  });

  it('v4 -> v5 adds nothing seen on Okta and JumpCloud as the default IdP, and changes nothing else', () => {
    expect(to5!(v4)).toEqual({ ...v4, okta: EMPTY_PROGRESS.okta, idp: { chosen: 'jumpcloud', by: 'default' } });
  });

  it('v1 -> v2 adds empty drafts and changes nothing else', () => {
    expect(to2!(v1)).toEqual({ ...v1, drafts: { baseUrl: null, testEmail: null } });
  });

  it('v2 -> v3 adds no remembered fields and changes nothing else', () => {
    expect(to3!(v2)).toEqual({ ...v2, remembered: {} });
  });

  it('v3 -> v4 adds no JumpCloud outcomes and unseen user groups, and changes nothing else', () => {
    const jumpcloud = v3.jumpcloud as object;
    expect(to4!(v3)).toEqual({ ...v3, jumpcloud: { ...jumpcloud, outcomes: {}, boundGroups: null } });
  });

  it('v3 -> v4 leaves a JumpCloud part that is not an object for the reader to reset', () => {
    expect(to4!({ ...v3, jumpcloud: 'mangled' })).toEqual({ ...v3, jumpcloud: 'mangled' });
  });

  it.each([
    [1, to2],
    [2, to3],
    [3, to4],
    [4, to5],
    [5, to6],
  ] as const)(
    'the migration from v%i leaves every later shape as it is (unversioned shapes start at v1)',
    (from, migrate) => {
      for (const later of progress.slice(from)) expect(migrate!(later)).toEqual(later);
    },
  );

  it.each([1, 2, 3, 4, 5, 6])('v%i reads in full: nothing reset, every fact it held kept', (v) => {
    const stored = progress[v - 1]!;
    const { value, reset } = readStored(PROGRESS_KEY, stored);
    expect(reset).toEqual([]);
    expect(value).toMatchObject({ ...stored, jumpcloud: expect.objectContaining(stored.jumpcloud as object) });
    expect(value.lastRehearsal?.verdict).toBe('user-exists');
    expect(value.ticked).toEqual(expect.arrayContaining(['jumpcloud-app', 'save']));
  });

  it('v1 reads as v6 with the defaults of what it did not have', () => {
    const { value } = readStored(PROGRESS_KEY, v1);
    expect(value.drafts).toEqual(EMPTY_PROGRESS.drafts);
    expect(value.remembered).toEqual({});
    expect(value.jumpcloud.outcomes).toEqual({});
    expect(value.jumpcloud.boundGroups).toBeNull();
    expect(value.okta).toEqual(EMPTY_PROGRESS.okta);
    expect(value.entra).toEqual(EMPTY_PROGRESS.entra);
    expect(value.idp).toEqual({ chosen: 'jumpcloud', by: 'default' });
    expect(value.lastConnectionTest?.tested).toBeUndefined();
  });

  it('writes the version with the value, and reads back what it wrote', () => {
    const { value } = readStored(PROGRESS_KEY, v1);
    const stored = toStored(PROGRESS_KEY, value);
    expect(stored[SCHEMA_VERSION_FIELD]).toBe(6);
    expect(readStored(PROGRESS_KEY, stored)).toEqual({ value, reset: [] });
  });

  it('reads a value a newer release wrote (after a downgrade): what it knows, the rest dropped', () => {
    const newer = { ...v6, [SCHEMA_VERSION_FIELD]: 9, somethingNew: { a: 1 } };
    const { value, reset } = readStored(PROGRESS_KEY, newer);
    expect(reset).toEqual([]);
    expect(value).toEqual(v6);
  });
});

describe('vault migrations', () => {
  const [vault1, vault2] = [storedFixture('vault-v1'), storedFixture('vault-v2')];

  it('v1 -> v2 adds an unknown fingerprint; v2 is this build', () => {
    expect(versionOf(VAULT_KEY)).toBe(2);
    expect(VAULT_KEY.migrations[0]!(vault1)).toEqual({ ...vault1, fingerprint: null });
    expect(VAULT_KEY.migrations[0]!(vault2)).toEqual(vault2);
    expect(readStored(VAULT_KEY, vault2)).toEqual({ value: vault2, reset: [] });
  });

  it('a v1 token is still the token, its fingerprint worked out on read', async () => {
    const area = fakeStorageArea({ vault: vault1 });
    const entry = await createVault(area, () => (vault1.expiresAt as number) - 60_000).get();
    expect(entry).toEqual({
      token: vault1.token,
      fingerprint: await tokenFingerprint(vault1.token as string),
      expiresAt: vault1.expiresAt,
    });
  });

  it('a token put now is stored with its version', async () => {
    const area = fakeStorageArea();
    await createVault(area, () => 0).put('the-token-value-1234567890');
    expect(area.dump().vault).toMatchObject({ token: 'the-token-value-1234567890', [SCHEMA_VERSION_FIELD]: 2 });
  });
});

describe('journal', () => {
  it('v1 is this build, and reads in full', () => {
    const journal = storedFixture('journal-v1');
    expect(versionOf(JOURNAL_KEY)).toBe(1);
    expect(readStored(JOURNAL_KEY, journal)).toEqual({ value: journal, reset: [] });
    expect(toStored(JOURNAL_KEY, journal as never)).toEqual({ ...journal, [SCHEMA_VERSION_FIELD]: 1 });
  });
});
