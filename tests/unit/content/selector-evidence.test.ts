// @vitest-environment happy-dom
// Every selector spec cites the fixture pages that prove it (src/content/<site>/selector-
// evidence.ts): here each listed page is loaded and the spec must find, on it, the element the
// page itself says is the intended one (its own model, its own data attributes), reading what
// the evidence records. A spec with no page must say why; a page listed but not matched fails.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SelectorEvidence } from '../../../src/content/selector-evidence';
import { JUMPCLOUD_EVIDENCE } from '../../../src/content/jumpcloud/selector-evidence';
import * as JumpCloudSelectors from '../../../src/content/jumpcloud/selectors';
import { TRELICA_EVIDENCE } from '../../../src/content/trelica/selector-evidence';
import * as TrelicaSelectors from '../../../src/content/trelica/selectors';
import { buildLibraryFixtures, isFixture } from '../../fixtures';
import {
  JUMPCLOUD_PROBES,
  openJumpCloudPage,
  openTrelicaPage,
  sameText,
  TRELICA_PROBES,
  type Probe,
} from '../../helpers/content/selector-probes';

beforeAll(() => buildLibraryFixtures(), 120_000);

const pagesOf = (evidence: Readonly<Record<string, SelectorEvidence>>): string[] =>
  [...new Set(Object.values(evidence).flatMap((e) => e.fixtures))].sort();

/** Every spec a site's selectors.ts exports; TRELICA's entries each count on their own. */
const JUMPCLOUD_SPECS = Object.keys(JumpCloudSelectors).sort();
const TRELICA_SPECS = [
  ...Object.keys(TrelicaSelectors).filter((key) => key !== 'TRELICA'),
  ...Object.keys(TrelicaSelectors.TRELICA).map((key) => `TRELICA.${key}`),
].sort();

/** Runs, in the probes' own order, each check whose evidence lists `page`; a failure names the spec. */
async function provePage(
  page: string,
  evidence: Readonly<Record<string, SelectorEvidence>>,
  probes: Readonly<Record<string, Probe>>,
  open: (page: string) => Promise<void>,
  freshEach: boolean,
): Promise<void> {
  const specs = Object.keys(probes).filter((spec) => evidence[spec]?.fixtures.includes(page));
  expect(specs.length, `some spec lists ${page}`).toBeGreaterThan(0);
  if (!freshEach) await open(page);
  for (const spec of specs) {
    if (freshEach) await open(page);
    const cited = evidence[spec]!;
    const expected = cited.readsOn?.[page] ?? cited.reads;
    let read: string;
    try {
      read = await probes[spec]!(page);
    } catch (error) {
      throw new Error(`${spec} on "${page}": ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    expect(expected, `${spec} records what it reads on "${page}"`).toBeDefined();
    expect(sameText(read, expected!), `${spec} on "${page}" reads "${read}", the evidence says "${expected}"`).toBe(
      true,
    );
  }
}

describe.each([
  {
    site: 'jumpcloud' as const,
    specs: JUMPCLOUD_SPECS,
    evidence: JUMPCLOUD_EVIDENCE as Readonly<Record<string, SelectorEvidence>>,
    probes: JUMPCLOUD_PROBES,
  },
  {
    site: 'trelica' as const,
    specs: TRELICA_SPECS,
    evidence: TRELICA_EVIDENCE as Readonly<Record<string, SelectorEvidence>>,
    probes: TRELICA_PROBES,
  },
])('$site selectors cite their evidence', ({ site, specs, evidence, probes }) => {
  it('every exported spec has evidence, and every proven one a check', () => {
    expect(Object.keys(evidence).sort()).toEqual(specs);
    const proven = specs.filter((spec) => evidence[spec]!.fixtures.length > 0);
    expect(Object.keys(probes).sort()).toEqual(proven);
  });

  it('a spec no page proves says why; one that is proven records what it reads', () => {
    for (const spec of specs) {
      const cited = evidence[spec]!;
      if (cited.fixtures.length === 0) expect(cited.unproven, spec).toMatch(/\w{3,}/);
      else {
        expect(cited.unproven, spec).toBeUndefined();
        expect(cited.reads ?? cited.readsOn, spec).toBeDefined();
        // A per-page reading names a page the spec lists, never a stray one.
        for (const page of Object.keys(cited.readsOn ?? {})) expect(cited.fixtures, `${spec} readsOn`).toContain(page);
      }
    }
  });

  it('every page cited exists', () => {
    for (const page of pagesOf(evidence)) {
      expect(isFixture(site, page), `${site} fixture "${page}"`).toBe(true);
    }
  });
});

describe('on each JumpCloud page it cites, each spec finds the intended element', () => {
  it.each(pagesOf(JUMPCLOUD_EVIDENCE))('%s', async (page) => {
    // One load per page: the checks run in order, as the script meets the form (later ones
    // choose, test and activate, so they come last).
    await provePage(page, JUMPCLOUD_EVIDENCE, JUMPCLOUD_PROBES, openJumpCloudPage, false);
  });
});

describe('on each Trelica page it cites, each spec finds the intended element', () => {
  it.each(pagesOf(TRELICA_EVIDENCE))('%s', async (page) => {
    // A fresh page per check: some click the page's own Show, Generate or Enable.
    await provePage(page, TRELICA_EVIDENCE, TRELICA_PROBES, openTrelicaPage, true);
  });
});
