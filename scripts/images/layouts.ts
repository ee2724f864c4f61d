// The HTML the store images are rendered from (scripts/store-images.ts): pure, so tests read it.
import type { Shot } from '../../tests/sandbox';
import { BLUE } from './icon';

/** The walkthrough pictures the stores get, in order (at most 5 on the Chrome Web Store). */
export const STORE_SHOTS = [
  'trelica-send',
  'jumpcloud-fill',
  'group-management-warning',
  'popup-connection-test',
  'popup-rehearsal',
] as const;

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const accent = `rgb(${BLUE.join(',')})`;
const page = (body: string, css: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;height:100%;background:#fff;font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif}
${css}</style></head><body>${body}</body></html>`;

/** One 1280×800 store screenshot: the step's title and caption over the picture, scaled to fit. */
export function screenshotHtml(shot: Pick<Shot, 'n' | 'title' | 'caption'>, imageDataUrl: string): string {
  return page(
    `<header><h1>${shot.n}. ${escape(shot.title)}</h1><p>${escape(shot.caption)}</p></header>
<main><img src="${imageDataUrl}" alt=""></main>`,
    `body{display:flex;flex-direction:column;width:1280px;height:800px;background:#f1f5f9}
header{background:${accent};color:#fff;padding:18px 40px;height:100px;box-sizing:border-box}
h1{margin:0 0 6px;font-size:28px}p{margin:0;font-size:17px;line-height:1.3}
main{flex:1;display:flex;align-items:center;justify-content:center;padding:20px}
img{max-width:1200px;max-height:660px;height:660px;object-fit:contain;box-shadow:0 2px 12px rgba(15,23,42,.25);background:#fff}`,
  );
}

/** The 440×280 small promo tile: the icon, the name, one line of what it does. */
export function promoTileHtml(iconDataUrl: string): string {
  return page(
    `<div class="tile"><img src="${iconDataUrl}" alt=""><div><h1>SCIM Setup Assistant</h1>
<p>JumpCloud → Trelica provisioning, set up right the first time</p></div></div>`,
    `body{width:440px;height:280px;background:#eff6ff;border-bottom:0}
.tile{display:flex;align-items:center;gap:20px;height:100%;padding:0 28px;box-sizing:border-box;color:#0f172a}
img{width:96px;height:96px}h1{color:${accent}}
h1{margin:0 0 10px;font-size:27px;line-height:1.1}p{margin:0;font-size:16px;line-height:1.35}`,
  );
}
