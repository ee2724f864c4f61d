// Draws the toolbar and store icons (a white check on a blue rounded square) as PNGs into
// public/icons/. Run after changing the design: `node --import tsx scripts/make-icons.ts`.
// The store's own images (padded icon, Edge logo, promo tile): scripts/store-images.ts.
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { drawIcon } from './images/icon';

// Chrome Web Store: 128 (and 16/32/48 in the browser); Firefox AMO: 48 and 96.
const SIZES = [16, 32, 48, 96, 128];

const dir = resolve(import.meta.dirname, '../public/icons');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(resolve(dir, `icon-${size}.png`), drawIcon(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to public/icons/`);
