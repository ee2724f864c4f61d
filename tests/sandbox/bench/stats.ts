// Summaries of repeated measurements: the median says what is typical, p90 and max what a
// slow run looks like. Nearest-rank percentiles, so every reported number was really measured.

export interface Summary {
  n: number;
  median: number;
  p90: number;
  max: number;
}

/** The value at percentile `p` (0 < p <= 100) of an ascending list, by nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  if (!(p > 0 && p <= 100)) throw new Error(`percentile out of range: ${p}`);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}

export function summarize(samples: readonly number[]): Summary {
  const finite = samples.filter(Number.isFinite);
  if (finite.length !== samples.length) throw new Error(`non-finite sample in ${JSON.stringify(samples)}`);
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { n: sorted.length, median, p90: percentile(sorted, 90), max: sorted[sorted.length - 1]! };
}

/** Parses `--runs N` (default 5); anything else is refused with the reason. */
export function parseRuns(argv: readonly string[], fallback = 5): number {
  const at = argv.indexOf('--runs');
  if (at < 0) return fallback;
  const raw = argv[at + 1];
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1 || runs > 100)
    throw new Error(`--runs wants a whole number from 1 to 100, got ${raw ?? 'nothing'}`);
  return runs;
}

/**
 * `--pages a,b`: only the pages whose name contains one of the words (an experiment on a few
 * pages: the full run measures them all). Absent: every page.
 */
export function parsePages(argv: readonly string[]): ((page: string) => boolean) | null {
  const at = argv.indexOf('--pages');
  if (at < 0) return null;
  const words = (argv[at + 1] ?? '')
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (!words.length)
    throw new Error('--pages wants page words separated by commas, e.g. --pages "trelica dashboard,sso-tab"');
  return (page) => words.some((w) => page.toLowerCase().includes(w));
}
