// The bench's ratios against a floor: a multiple when the floor was measured, never a
// division by (almost) nothing.
import { describe, expect, it } from 'vitest';
import { ratio } from '../../../sandbox/bench/report';

describe('ratio', () => {
  it.each([
    [30, 10, '×3.0'],
    [12.5, 10, '×1.3'],
    [250, 10, '×25'],
    [4.8, 0.02, 'n/a (floor 0.02)'],
    [4.8, 0, 'n/a (floor 0.00)'],
  ])('%s against %s reads %s', (cost, floor, expected) => {
    expect(ratio(cost, floor)).toBe(expected);
  });
});
