// Every permission and host the manifest asks for has one justification in store/permissions.md,
// and every justification there belongs to something the manifest asks for. Read from
// manifest.json at test time: a permission added by a later change fails here until justified.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeFile } from '../../helpers/store';

const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../manifest.json'), 'utf8')) as {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
};

const asked = [
  ...(manifest.permissions ?? []),
  ...(manifest.optional_permissions ?? []),
  ...(manifest.host_permissions ?? []),
  ...(manifest.optional_host_permissions ?? []),
];

/** The table rows of store/permissions.md: `permission` | justification. */
const rows = [...storeFile('permissions.md').matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)].map(([, name, why]) => ({
  name: name!,
  why: why!.trim(),
}));

describe('store/permissions.md', () => {
  it.each(asked)('justifies %s', (permission) => {
    const row = rows.filter((r) => r.name === permission);
    expect(row, `add a row for ${permission} to store/permissions.md`).toHaveLength(1);
    expect(row[0]!.why.length).toBeGreaterThan(40);
  });

  it('justifies nothing the manifest does not ask for', () => {
    expect(rows.map((r) => r.name).filter((name) => !asked.includes(name))).toEqual([]);
  });

  it('says there is no remote code', () => {
    expect(storeFile('permissions.md')).toMatch(/Remote code: \*\*no\*\*/);
  });
});
