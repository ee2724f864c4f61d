// Where the content scripts spend CPU, by the sampling profiler (CDP Profiler): during a page
// load, and while the page keeps changing (SPA churn), attributed to frames of our own files.
import type { CDPSession, Page } from 'playwright-core';

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ScriptProfile {
  /** CPU time (sampled) with one of the extension's functions on the stack: ours and what it called. */
  ourMs: number;
  /** The heaviest of our frames by that measure, as "file:line:column name" (the build is minified). */
  top: Array<{ frame: string; ms: number }>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/**
 * What a page that keeps changing costs us, in the ways SPAs change:
 * - 'attributes': a class toggled on an element every frame (hover styles, spinners, virtual lists);
 * - 'insertions': a new <label> every frame, the previous one removed (re-rendered forms and tables).
 */
export type Churn = 'attributes' | 'insertions';
export const CHURNS: readonly Churn[] = ['attributes', 'insertions'];

export interface PageProfiles {
  /** The load itself, from navigation to `settleMs` after the load event. */
  load: ScriptProfile;
  /** Then each kind of churn for `churnMs`, each under its own profile. */
  churn: Array<{ kind: Churn; frames: number } & ScriptProfile>;
}

/** One tab, one load, three profiles (not timed otherwise: the profiler has its own cost). */
export async function profilePage(
  page: Page,
  url: string,
  origin: string,
  settleMs: number,
  churnMs: number,
): Promise<PageProfiles> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await startProfiler(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await delay(settleMs);
    const load = await stopProfiler(cdp, origin);
    const churn = [];
    for (const kind of CHURNS) {
      await startProfiler(cdp);
      const frames = (await page.evaluate(churnScript(kind, churnMs))) as number;
      await delay(100); // the last frame's reaction
      churn.push({ kind, frames, ...(await stopProfiler(cdp, origin)) });
    }
    return { load, churn };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The page's own churn, as source: tsx's __name helper would not exist in the page. */
function churnScript(kind: Churn, ms: number): string {
  return `new Promise((resolve) => {
    const target = document.querySelector('main') ?? document.body;
    const end = performance.now() + ${ms};
    let frames = 0;
    let last = null;
    const step = () => {
      frames++;
      if (${JSON.stringify(kind)} === 'attributes') target.classList.toggle('bench-churn');
      else {
        last?.remove();
        last = document.createElement('label');
        last.textContent = 'Churn ' + frames;
        target.append(last);
      }
      if (performance.now() < end) requestAnimationFrame(step);
      else { last?.remove(); resolve(frames); }
    };
    requestAnimationFrame(step);
  })`;
}

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); // µs
  await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession, origin: string): Promise<ScriptProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  return attribute(profile.nodes as ProfileNode[], profile.samples ?? [], profile.timeDeltas ?? [], origin);
}

/** Inclusive time per frame of ours: each sample counts once for every distinct frame of ours on its stack. */
export function attribute(
  nodes: readonly ProfileNode[],
  samples: readonly number[],
  deltas: readonly number[],
  origin: string,
): ScriptProfile {
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.slice(origin.length + 1);
    return `${file}:${n.callFrame.lineNumber + 1}:${n.callFrame.columnNumber + 1} ${n.callFrame.functionName || '(anonymous)'}`;
  };
  const perFrame = new Map<string, number>();
  let ourUs = 0;
  samples.forEach((id, i) => {
    // As DevTools counts it: a sample lasts until the next one.
    const us = deltas[i + 1] ?? 0;
    const frames = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node?.callFrame.url.startsWith(origin)) frames.add(label(node));
    }
    if (frames.size === 0) return;
    ourUs += us;
    for (const f of frames) perFrame.set(f, (perFrame.get(f) ?? 0) + us);
  });
  const top = [...perFrame]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([frame, us]) => ({ frame, ms: us / 1000 }));
  return { ourMs: ourUs / 1000, top };
}
