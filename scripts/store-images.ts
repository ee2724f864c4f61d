// `npm run store:images`: the store images, into store/images/ (committed). Walks through the
// setup in the sandbox as `npm start -- --headless` does (or, with `--from docs/screenshots`,
// reuses the README's pictures, which that same walkthrough took), then lays five of them out
// at 1280×800 with their captions, draws the 440×280 promo tile in Chromium, and draws the
// padded 128 px icon and Edge's 300 px logo. Screenshots and the tile are opaque (no alpha).
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import {
  chromiumPath as defaultChromium,
  prepare,
  ROOT,
  runProgram,
  STEPS,
  walkHeadless,
  type Shot,
} from '../tests/sandbox';
import { drawIcon } from './images/icon';
import { promoTileHtml, screenshotHtml, STORE_SHOTS } from './images/layouts';

const OUT_DIR = resolve(ROOT, 'store/images');

/** The walkthrough's shots, from a folder of its numbered PNGs (01-trelica-send.png, ...). */
async function shotsIn(dir: string): Promise<Shot[]> {
  const files = await readdir(dir);
  return STEPS.flatMap((step, i) => {
    const name = `${String(i + 1).padStart(2, '0')}-${step.slug}.png`;
    return files.includes(name)
      ? [{ n: i + 1, slug: step.slug, title: step.title, caption: step.caption, path: join(dir, name) }]
      : [];
  });
}

runProgram(async (program) => {
  const { values } = parseArgs({ options: { from: { type: 'string' } } });
  let chromiumPath: string;
  let shots: Shot[];
  if (values.from) {
    chromiumPath = defaultChromium();
    shots = await shotsIn(resolve(values.from));
  } else {
    chromiumPath = await prepare(program);
    const scratch = await mkdtemp(join(tmpdir(), 'store-images-'));
    program.shutdown.add('the scratch folder', () => rm(scratch, { recursive: true, force: true }));
    shots = await walkHeadless(program, chromiumPath, scratch);
  }
  const chosen = STORE_SHOTS.map((slug) => {
    const shot = shots.find((s) => s.slug === slug);
    if (!shot) throw new Error(`The walkthrough has no "${slug}" picture any more: update STORE_SHOTS.`);
    return shot;
  });

  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
  program.shutdown.add('the image browser', () => browser.close());
  const render = async (html: string, width: number, height: number, file: string) => {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.setContent(html, { waitUntil: 'load' });
    // An opaque page: Chromium writes an RGB PNG, with no alpha channel for the stores to refuse.
    await page.screenshot({ path: join(OUT_DIR, file), omitBackground: false });
    await page.close();
  };
  const icon96 = `data:image/png;base64,${drawIcon(96).toString('base64')}`;
  for (const [i, shot] of chosen.entries()) {
    const data = `data:image/png;base64,${(await readFile(shot.path)).toString('base64')}`;
    await render(screenshotHtml(shot, data), 1280, 800, `screenshot-${i + 1}.png`);
  }
  await render(promoTileHtml(icon96), 440, 280, 'promo-small-440x280.png');
  await writeFile(join(OUT_DIR, 'icon-128.png'), drawIcon(128, 16));
  await writeFile(join(OUT_DIR, 'logo-300.png'), drawIcon(300, 20));
  program.say(`Store images in store/images/: ${chosen.length} screenshots, the promo tile, icon-128, logo-300.`);
  return 0;
});
