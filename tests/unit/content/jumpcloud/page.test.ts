// @vitest-environment happy-dom
// Finding the Identity Management tab: the same answer, and layout read only for what matches.
import { describe, expect, it } from 'vitest';
import { findIdentityManagement } from '../../../../src/content/jumpcloud/page';
import { styleReads } from '../../../helpers/content/panel-probes';
import { loadFixture } from '../../../helpers/content/load-console-page';

/** The fixture with `n` more visible tabs, headings and labels that are not ours. */
function withNoise(name: string, n: number): void {
  loadFixture('jumpcloud', name);
  const noise = document.createElement('div');
  noise.innerHTML = Array.from(
    { length: n },
    (_, i) =>
      `<ul class="tabs"><li class="tab-item active"><a href="#/r${i}">Report ${i}</a></li></ul><h4 class="card-title">Card ${i}</h4><label>Owner ${i}</label>`,
  ).join('');
  document.querySelector('main')!.prepend(noise);
}

describe('findIdentityManagement', () => {
  it.each([
    ['labelled', true],
    ['sso-tab', false],
    ['custom-dropdowns', true],
  ])('%s: served %s, among many other tabs and headings, reading layout only for the matches', (name, served) => {
    withNoise(name, 0);
    const quiet = styleReads(() => findIdentityManagement(document));
    withNoise(name, 200);
    let found: ReturnType<typeof findIdentityManagement> = null;
    expect(styleReads(() => (found = findIdentityManagement(document)))).toBe(quiet);
    expect(found !== null).toBe(served);
  });

  it('names the selected tab, so a switch to another tab is noticed', () => {
    loadFixture('jumpcloud', 'labelled');
    expect(findIdentityManagement(document)?.tab?.id).toBe('tab-im');
  });
});
