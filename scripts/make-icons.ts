// Draws the toolbar and store icons (a white check on a blue rounded square) as PNGs into
// public/icons/. Run after changing the design: `node --import tsx scripts/make-icons.ts`.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

// Chrome Web Store: 128 (and 16/32/48 in the browser); Firefox AMO: 48 and 96.
const SIZES = [16, 32, 48, 96, 128];
const BLUE = [37, 99, 235] as const;

type Point = readonly [number, number];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function distanceToSegment(px: number, py: number, [ax, ay]: Point, [bx, by]: Point): number {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

/** Coverage of one point in unit coordinates: 0 outside, 1 = blue, 2 = white check. */
function sample(x: number, y: number): 0 | 1 | 2 {
  const r = 0.2;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (Math.hypot(qx, qy) > r) return 0;
  const check: readonly [Point, Point, Point] = [
    [0.26, 0.52],
    [0.43, 0.69],
    [0.75, 0.33],
  ];
  const d = Math.min(distanceToSegment(x, y, check[0], check[1]), distanceToSegment(x, y, check[1], check[2]));
  return d < 0.075 ? 2 : 1;
}

function png(size: number): Buffer {
  const SS = 4;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let inside = 0,
        white = 0;
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const s = sample((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (s > 0) inside++;
          if (s === 2) white++;
        }
      const w = inside ? white / inside : 0;
      const px = BLUE.map((c) => Math.round(c * (1 - w) + 255 * w));
      row.set([...px, Math.round((inside / (SS * SS)) * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = resolve(import.meta.dirname, '../public/icons');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(resolve(dir, `icon-${size}.png`), png(size));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to public/icons/`);
