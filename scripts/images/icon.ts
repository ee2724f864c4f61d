// The extension's icon (a white check on a blue rounded square), drawn at any size.
import { encodeRgba } from './png';

export const BLUE = [37, 99, 235] as const;

type Point = readonly [number, number];

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

/**
 * The icon as an RGBA PNG of `size` px, its artwork `size - 2 * padding` px wide in the middle
 * and transparent around it (the Chrome Web Store's 128 px icon: 96 px art, 16 px padding).
 */
export function drawIcon(size: number, padding = 0): Buffer {
  const SS = 4;
  const art = size - 2 * padding;
  return encodeRgba(size, size, (px, py) => {
    const x = px - padding;
    const y = py - padding;
    if (x < 0 || y < 0 || x >= art || y >= art) return [0, 0, 0, 0];
    let inside = 0;
    let white = 0;
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const s = sample((x + (sx + 0.5) / SS) / art, (y + (sy + 0.5) / SS) / art);
        if (s > 0) inside++;
        if (s === 2) white++;
      }
    const w = inside ? white / inside : 0;
    return [...BLUE.map((c) => Math.round(c * (1 - w) + 255 * w)), Math.round((inside / (SS * SS)) * 255)];
  });
}
