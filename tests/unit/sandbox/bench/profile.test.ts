import { describe, expect, it } from 'vitest';
import { attribute } from '../../../sandbox/bench/profile';

const ORIGIN = 'chrome-extension://abc';
const frame = (id: number, url: string, functionName: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url, lineNumber: 0, columnNumber: id },
  children,
});

// root → page() → ours() → native()   and   root → (idle)
const NODES = [
  frame(1, '', '(root)', [2, 5]),
  frame(2, 'https://app.trelica.com/', 'page', [3]),
  frame(3, `${ORIGIN}/assets/a.js`, 'ours', [4]),
  frame(4, '', 'querySelectorAll'),
  frame(5, '', '(idle)'),
];

describe('CPU attribution to our frames', () => {
  it('counts a sample when one of our frames is anywhere on its stack, lasting until the next sample', () => {
    // Samples at ids 2, 4, 3, 5, 4; durations are the NEXT delta (as DevTools counts them).
    const result = attribute(NODES, [2, 4, 3, 5, 4], [0, 1000, 2000, 4000, 8000], ORIGIN);
    // 4 (via ours) lasts 2000 µs, 3 lasts 4000 µs, the last sample has no successor.
    expect(result.ourMs).toBe(6);
    expect(result.top).toEqual([{ frame: 'assets/a.js:1:4 ours', ms: 6 }]);
  });

  it('reports nothing for a profile without our frames', () => {
    expect(attribute(NODES, [2, 5, 2], [0, 500, 500], ORIGIN)).toEqual({ ourMs: 0, top: [] });
  });

  it('counts a frame once per sample even when it recurses', () => {
    const walk = { functionName: 'walk', url: `${ORIGIN}/a.js`, lineNumber: 0, columnNumber: 2 };
    const nodes = [frame(1, '', '(root)', [2]), { id: 2, callFrame: walk, children: [3] }, { id: 3, callFrame: walk }];
    expect(attribute(nodes, [3, 1], [0, 1000], ORIGIN)).toEqual({ ourMs: 1, top: [{ frame: 'a.js:1:3 walk', ms: 1 }] });
  });
});
