// The README promises things the code must keep true: every diagnosis code is explained,
// every permission is justified.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { DIAGNOSIS_CODES, diagnose } from '../../src/core/diagnosis';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it.each(DIAGNOSIS_CODES)('explains the diagnosis code %s in its table, in the words the popup uses', (code) => {
    const { title, cause, fix } = diagnose(code);
    expect(readme.split('\n')).toContain(`| \`${code}\` | ${title}. ${cause} | ${fix} |`);
  });

  it.each([...manifest.permissions, ...manifest.host_permissions])('justifies the permission %s', (permission) => {
    expect(readme).toMatch(new RegExp(`^\\|[^\\n]*\`${permission.replace(/[.*]/g, '\\$&')}\``, 'm'));
  });
});
