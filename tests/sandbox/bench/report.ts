// The bench's results: one JSON shape (test-results/bench.json) and its compact markdown form.
import type { PageCost } from './chromium-cdp';
import { CHURN_MS, FOOTPRINT_WATCH_MS, SETTLE_MS, type IdleResult } from './idle';
import { summarize, type Summary } from './stats';

export interface TimingResult {
  measure: string;
  browser: string;
  samples: number[];
  summary: Summary;
  /** Anything worth reading beside the number (status text, verdicts, request counts). */
  notes?: string;
}

export interface SizeRow {
  what: string;
  bytes: number;
  budget: number;
}

export interface BenchResults {
  when: string;
  machine: { cpus: number; cpuModel: string; loadAverage: number[]; node: string; browsers: Record<string, string> };
  runs: number;
  pages: IdleResult[];
  timings: TimingResult[];
  popupNetwork: Array<{
    browser: string;
    networkRequests: number[];
    sandboxRequests: number[];
    packageLoads: number[];
  }>;
  sizes: SizeRow[];
  notMeasured: string[];
}

/** The floors some costs are held against, measured in the same run. */
export const FLOORS = {
  extensionPage: 'floor: an empty extension page, open to load',
  fetch: 'floor: one bare fetch of the same SCIM URL from the background',
} as const;

/** Each cost and the floor it is a multiple of (the unserved pages' floor is the empty content script). */
const AGAINST: ReadonlyArray<[cost: string, floor: string]> = [
  ['popup: open to checklist drawn (main not busy)', FLOORS.extensionPage],
  ['connection test (popup message to verdict)', FLOORS.fetch],
];

/** cost / floor, or why there is no ratio. */
export function ratio(cost: number, floor: number): string {
  if (!(floor > 0.05)) return `n/a (floor ${floor.toFixed(2)})`;
  return `×${(cost / floor).toFixed(cost / floor >= 10 ? 0 : 1)}`;
}

export function timing(measure: string, browser: string, samples: number[], notes?: string): TimingResult {
  return { measure, browser, samples, summary: summarize(samples), ...(notes ? { notes } : {}) };
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const triple = (s: Summary, f: (n: number) => string = ms) => `${f(s.median)} / ${f(s.p90)} / ${f(s.max)}`;

const pageName = (p: IdleResult) => `${p.page}${p.served ? '' : ' (not served)'}`;

const IDLE_METRICS: Array<[keyof PageCost, string, (n: number) => string]> = [
  ['scriptMs', 'ScriptDuration ms', ms],
  ['taskMs', 'TaskDuration ms', ms],
  ['heapKB', 'JSHeapUsedSize KB (after GC)', (n) => n.toFixed(0)],
];

export function toMarkdown(r: BenchResults): string {
  const out: string[] = [];
  out.push(
    `Runs: ${r.runs} per measure (Firefox: at most 3); numbers are median / p90 / max. Machine: ${r.machine.cpus} cores (${r.machine.cpuModel}), load average ${r.machine.loadAverage.map((n) => n.toFixed(1)).join(' ')}, Node ${r.machine.node}; ${Object.entries(
      r.machine.browsers,
    )
      .map(([b, v]) => `${b} ${v}`)
      .join(', ')}.`,
    '',
  );

  if (r.pages.length) {
    out.push(
      `Renderer cost of loading a page we do not serve (Chromium, CDP Performance.getMetrics after load + ${SETTLE_MS} ms, GC first), with our extension, with an extension whose content script is empty, and with none:`,
      '',
    );
    out.push(
      '| page | metric | ours | empty content script | no extension | Δ ours − empty (median) |',
      '|---|---|---|---|---|---|',
    );
    for (const p of r.pages.filter((x) => x.ours.length)) {
      for (const [key, label, f] of IDLE_METRICS) {
        const [ours, empty, none] = [p.ours, p.empty, p.none].map((costs) => summarize(costs.map((c) => c[key])));
        const delta = ours!.median - empty!.median;
        out.push(
          `| ${pageName(p)} | ${label} | ${triple(ours!, f)} | ${triple(empty!, f)} | ${triple(none!, f)} | ${delta >= 0 ? '+' : ''}${f(delta)} |`,
        );
      }
    }
    out.push('');
    out.push(
      `CPU in our scripts during one load (sampling profiler, inclusive of what they call) and what they leave standing (CDP, read from the extension's isolated world, load + ${FOOTPRINT_WATCH_MS} ms):`,
      '',
    );
    out.push(
      '| page | our CPU ms | heaviest frame (minified build) | listeners | live MutationObservers | timer calls | injected |',
      '|---|---|---|---|---|---|---|',
    );
    for (const p of r.pages) {
      const cpu = p.profiles.load.ourMs;
      const heaviest = p.profiles.load.top[0];
      const f = p.footprint;
      const timers =
        Object.entries(f.timers)
          .filter(([, n]) => n > 0)
          .map(([t, n]) => `${t} ×${n}`)
          .join(', ') || 'none';
      out.push(
        `| ${pageName(p)} | ${ms(cpu)} | ${heaviest ? `${heaviest.frame} (${ms(heaviest.ms)})` : '-'} | ${f.isolatedWorld ? f.listeners.join(', ') || 'none' : `none: no isolated world of ours, ${f.scripts.length} scripts of ours parsed`} | ${f.mutationObservers} | ${timers} | ${f.injected.join(', ') || 'nothing'} |`,
      );
    }
    out.push('');
    out.push(
      `A page that keeps changing: our CPU over ${CHURN_MS} ms with one DOM change per frame (sampling profiler):`,
      '',
    );
    out.push(
      '| page | class toggled every frame | <label> inserted every frame | heaviest frame |',
      '|---|---|---|---|',
    );
    for (const p of r.pages) {
      const cell = (kind: string) => {
        const c = p.profiles.churn.find((x) => x.kind === kind);
        return c ? `${ms(c.ourMs)} ms over ${c.frames} frames` : 'n/a';
      };
      const heavy = [...p.profiles.churn].sort((a, b) => b.ourMs - a.ourMs)[0]?.top[0];
      out.push(
        `| ${pageName(p)} | ${cell('attributes')} | ${cell('insertions')} | ${heavy ? `${heavy.frame} (${ms(heavy.ms)})` : '-'} |`,
      );
    }
    out.push('');
  }

  out.push(...floorsTable(r));

  const browsers = [...new Set(r.timings.map((t) => t.browser))];
  const measures = [...new Set(r.timings.map((t) => t.measure))];
  out.push('Timings in ms (measured in the browser with performance.now()):', '');
  const n = (b: string) => r.timings.find((t) => t.browser === b)?.summary.n ?? 0;
  out.push(
    `| measure | ${browsers.map((b) => `${b} (n=${n(b)})`).join(' | ')} |`,
    `|---|${browsers.map(() => '---').join('|')}|`,
  );
  for (const m of measures) {
    const cells = browsers.map((b) => {
      const t = r.timings.find((x) => x.measure === m && x.browser === b);
      return t ? triple(t.summary) : 'n/a';
    });
    out.push(`| ${m} | ${cells.join(' | ')} |`);
  }
  out.push('');

  for (const p of r.popupNetwork) {
    const loads =
      Math.max(...p.packageLoads) > 0
        ? `${Math.min(...p.packageLoads)}–${Math.max(...p.packageLoads)}`
        : 'not reported by the driver';
    out.push(
      `Popup open, ${p.browser}: network requests ${Math.max(...p.networkRequests)} (max over ${p.networkRequests.length} opens), requests reaching the sandbox ${Math.max(...p.sandboxRequests)}, extension file loads ${loads}.`,
    );
  }
  const notes = r.timings.filter((t) => t.notes);
  if (notes.length) out.push(...notes.map((t) => `${t.measure} (${t.browser}): ${t.notes}`));
  out.push('');

  if (r.sizes.length) {
    out.push('| bundle (gzip, with everything it loads) | KB | budget KB |', '|---|---|---|');
    for (const s of r.sizes)
      out.push(`| ${s.what} | ${(s.bytes / 1024).toFixed(1)} | ${(s.budget / 1024).toFixed(0)} |`);
    out.push('');
  }
  if (r.notMeasured.length) out.push('Not measured:', ...r.notMeasured.map((n) => `- ${n}`), '');
  return out.join('\n');
}

/** Each cost beside its floor from the same run, medians, and their ratio. */
function floorsTable(r: BenchResults): string[] {
  const rows: string[] = [];
  const median = (values: number[]) => summarize(values).median;
  for (const p of r.pages.filter((x) => !x.served && x.ours.length)) {
    for (const [key, label, f] of IDLE_METRICS.filter(([k]) => k !== 'taskMs')) {
      const [ours, empty] = [p.ours, p.empty].map((costs) => median(costs.map((c) => c[key])));
      rows.push(
        `| ${pageName(p)}: ${label} | chromium | ${f(ours!)} | empty content script: ${f(empty!)} | ${ours! - empty! >= 0 ? '+' : ''}${f(ours! - empty!)} | ${ratio(ours!, empty!)} |`,
      );
    }
  }
  for (const [cost, floor] of AGAINST) {
    for (const t of r.timings.filter((x) => x.measure === cost)) {
      const base = r.timings.find((x) => x.measure === floor && x.browser === t.browser);
      if (!base) continue;
      const [c, b] = [t.summary.median, base.summary.median];
      rows.push(
        `| ${cost} | ${t.browser} | ${ms(c)} | ${floor.replace(/^floor: /, '')}: ${ms(b)} | ${c - b >= 0 ? '+' : ''}${ms(c - b)} | ${ratio(c, b)} |`,
      );
    }
  }
  if (rows.length === 0) return [];
  return [
    'Costs against their floors, measured in the same run (medians):',
    '',
    '| cost | browser | ours | floor | Δ | ratio |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ];
}
