// The store images (store/images/, written by `npm run store:images`): the sizes and formats
// each store asks for, and the layouts they are rendered from.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon } from '../../../scripts/images/icon';
import { promoTileHtml, screenshotHtml, STORE_SHOTS } from '../../../scripts/images/layouts';
import { pngHasAlpha, pngHeader } from '../../../scripts/images/png';
import { STEPS } from '../../../tests/sandbox';
import { STORE_DIR } from '../../helpers/store';

const image = (name: string) => readFileSync(resolve(STORE_DIR, 'images', name));

/** The alpha channel of an RGBA PNG written by scripts/images/png.ts (one IDAT, filter 0). */
function alphaOf(png: Buffer): (x: number, y: number) => number {
  const { width } = pngHeader(png);
  const idat = png.indexOf('IDAT');
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  return (x, y) => raw[y * (1 + width * 4) + 1 + x * 4 + 3]!;
}

describe('store/images', () => {
  it.each([1, 2, 3, 4, 5])('screenshot-%i.png is 1280×800 with no alpha', (n) => {
    const png = image(`screenshot-${n}.png`);
    expect(pngHeader(png)).toMatchObject({ width: 1280, height: 800 });
    expect(pngHasAlpha(png)).toBe(false);
  });

  it('has the 440×280 small promo tile, with no alpha', () => {
    const png = image('promo-small-440x280.png');
    expect(pngHeader(png)).toMatchObject({ width: 440, height: 280 });
    expect(pngHasAlpha(png)).toBe(false);
  });

  it('has the 128 px icon the script draws: 96 px of art inside 16 px of transparent padding', () => {
    const png = image('icon-128.png');
    expect(png.equals(drawIcon(128, 16))).toBe(true);
    const alpha = alphaOf(png);
    for (let i = 0; i < 128; i++)
      for (const edge of [0, 15, 112, 127]) {
        expect(alpha(i, edge)).toBe(0);
        expect(alpha(edge, i)).toBe(0);
      }
    expect(alpha(64, 64)).toBe(255);
    expect(alpha(16 + 48, 17)).toBe(255); // the art reaches its 96 px box
  });

  it("has Edge's 300×300 logo", () => {
    const png = image('logo-300.png');
    expect(pngHeader(png)).toMatchObject({ width: 300, height: 300 });
    expect(png.equals(drawIcon(300, 20))).toBe(true);
  });
});

describe('the layouts', () => {
  it('take their pictures from steps the walkthrough has, five at most', () => {
    const slugs = STEPS.map((s) => s.slug);
    expect(STORE_SHOTS.length).toBeLessThanOrEqual(5);
    for (const slug of STORE_SHOTS) expect(slugs).toContain(slug);
  });

  it('write the caption as text, escaped', () => {
    const html = screenshotHtml({ n: 2, title: 'Fill <b>', caption: 'A & "B"' }, 'data:image/png;base64,AA==');
    expect(html).toContain('<h1>2. Fill &lt;b&gt;</h1>');
    expect(html).toContain('<p>A &amp; &quot;B&quot;</p>');
    expect(html).toContain('src="data:image/png;base64,AA=="');
  });

  it('name the extension and what it serves on the promo tile', () => {
    expect(promoTileHtml('data:x')).toMatch(/SCIM Setup Assistant[\s\S]*JumpCloud → Trelica/);
  });
});
