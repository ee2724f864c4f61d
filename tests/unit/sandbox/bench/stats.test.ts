import { describe, expect, it } from 'vitest';
import { parsePages, parseRuns, percentile, summarize } from '../../../sandbox/bench/stats';

describe('bench statistics', () => {
  it.each([
    [[7], { n: 1, median: 7, p90: 7, max: 7 }],
    [[3, 1, 2], { n: 3, median: 2, p90: 3, max: 3 }],
    [[4, 1, 3, 2], { n: 4, median: 2.5, p90: 4, max: 4 }],
    // Nearest rank: p90 of ten values is the 9th, a value that was really measured.
    [[10, 9, 8, 7, 6, 5, 4, 3, 2, 1], { n: 10, median: 5.5, p90: 9, max: 10 }],
  ])('summarizes %j', (samples, expected) => {
    expect(summarize(samples)).toEqual(expected);
  });

  it("does not reorder the caller's samples", () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses no samples and non-finite ones rather than report a made-up number', () => {
    expect(() => summarize([])).toThrow(/no samples/);
    expect(() => summarize([1, Number.NaN])).toThrow(/non-finite/);
    expect(() => percentile([1, 2], 0)).toThrow(/out of range/);
  });

  it.each([
    [[], 5],
    [['--runs', '3'], 3],
    [['--other', '--runs', '12'], 12],
  ])('reads --runs from %j', (argv, runs) => {
    expect(parseRuns(argv)).toBe(runs);
  });

  it.each([[['--runs']], [['--runs', '0']], [['--runs', '2.5']], [['--runs', 'many']], [['--runs', '101']]])(
    'refuses %j with the reason',
    (argv) => {
      expect(() => parseRuns(argv)).toThrow(/--runs wants a whole number from 1 to 100/);
    },
  );

  it('reads --pages as words of page names, any case; none given: every page', () => {
    expect(parsePages(['--runs', '3'])).toBeNull();
    const only = parsePages(['--pages', 'Trelica dashboard, sso-tab'])!;
    expect(
      ['trelica dashboard (not served)', 'jumpcloud sso-tab', 'trelica labelled', 'okta admin dashboard'].filter(only),
    ).toEqual(['trelica dashboard (not served)', 'jumpcloud sso-tab']);
    expect(() => parsePages(['--pages'])).toThrow(/--pages wants page words/);
    expect(() => parsePages(['--pages', ' , '])).toThrow(/--pages wants page words/);
  });
});
