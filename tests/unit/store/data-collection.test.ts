// The Firefox data declaration is a decision with reasons (store/firefox/data-collection.md):
// the manifest must declare exactly what that file's "Declared" list names, and the file must
// account for every category Mozilla defines.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_DATA_COLLECTION, manifestFor } from '../../../vite.config';

const doc = readFileSync(resolve(import.meta.dirname, '../../../store/firefox/data-collection.md'), 'utf8');

/** The backticked category names that open the bullets of one "## heading" section. */
function categories(heading: string): string[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  if (!section) throw new Error(`no "## ${heading}" section`);
  return [...section.matchAll(/^- (`\w+`(?:,\s+`\w+`)*):/gm)].flatMap((m) => m[1]!.match(/\w+/g)!);
}

// Mozilla's categories (MDN, browser_specific_settings: data_collection_permissions).
const MOZILLA_CATEGORIES = [
  'authenticationInfo',
  'bookmarksInfo',
  'browsingActivity',
  'financialAndPaymentInfo',
  'healthInfo',
  'locationInfo',
  'personalCommunications',
  'personallyIdentifyingInfo',
  'searchTerms',
  'technicalAndInteraction',
  'websiteActivity',
  'websiteContent',
];

describe('the Firefox data collection declaration', () => {
  type Gecko = { data_collection_permissions: unknown };
  const { gecko } = (manifestFor('firefox') as unknown as { browser_specific_settings: { gecko: Gecko } })
    .browser_specific_settings;

  it('declares, as required, exactly the categories the reasoning declares', () => {
    expect(gecko.data_collection_permissions).toEqual({ required: FIREFOX_DATA_COLLECTION });
    expect([...FIREFOX_DATA_COLLECTION].sort()).toEqual(categories('Declared').sort());
  });

  it("accounts for every one of Mozilla's categories, once", () => {
    const all = [...categories('Declared'), ...categories('Not declared, and why')];
    expect(all.sort()).toEqual([...MOZILLA_CATEGORIES].sort());
  });
});
