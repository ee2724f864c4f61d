// @vitest-environment happy-dom
// The page watcher: which appearances and which changes make it look at the page again.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScriptContext } from '../../../../src/content/dom/context';
import { matters, watchPage } from '../../../../src/content/dom/watch';
import { markOurs } from '../../../../src/content/dom/ours';
import { fakeExtension, fireAppear, frames } from '../../../helpers/content/panel-probes';

function page(): { area: HTMLElement; inside: HTMLElement; outside: HTMLElement; wrapper: HTMLElement } {
  document.body.innerHTML = `
    <main id="wrapper"><section id="area"><h3>SCIM</h3><p id="inside">Base URL</p></section></main>
    <nav><p id="outside">Menu</p></nav>`;
  const byId = (id: string) => document.getElementById(id)!;
  return { area: byId('area'), inside: byId('inside'), outside: byId('outside'), wrapper: byId('wrapper') };
}

/** The records a MutationObserver on <body> sees while `change` runs. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  change();
  await frames(1);
  observer.disconnect();
  return records.concat(observer.takeRecords());
}

function ourHost(): HTMLElement {
  return markOurs(document.createElement('div'));
}

describe('matters: which changes can alter what a scan finds', () => {
  it.each([
    ['a change inside the area', (p: ReturnType<typeof page>) => p.inside.append('!'), true],
    ['a class on an ancestor (may hide the area)', (p: ReturnType<typeof page>) => p.wrapper.classList.add('x'), true],
    ['the area removed with its parent', (p: ReturnType<typeof page>) => p.wrapper.remove(), true],
    ['the area replaced', (p: ReturnType<typeof page>) => p.area.replaceWith(document.createElement('section')), true],
    ['a class elsewhere (hover, spinner)', (p: ReturnType<typeof page>) => p.outside.classList.add('spin'), false],
    [
      'an element added elsewhere',
      (p: ReturnType<typeof page>) => p.outside.append(document.createElement('label')),
      false,
    ],
    [
      'an element added next to the area',
      (p: ReturnType<typeof page>) => p.wrapper.append(document.createElement('label')),
      false,
    ],
    ['our own panel placed after the area', (p: ReturnType<typeof page>) => p.area.after(ourHost()), false],
  ] as const)('%s', async (_, change, expected) => {
    const p = page();
    const records = await recordsOf(() => change(p));
    expect(records.length).toBeGreaterThan(0);
    expect(records.some((r) => matters(r, [p.area]))).toBe(expected);
  });

  it('without areas, every change but our own panel matters', async () => {
    const p = page();
    expect((await recordsOf(() => p.outside.classList.add('spin'))).some((r) => matters(r, undefined))).toBe(true);
    expect((await recordsOf(() => p.area.after(ourHost()))).some((r) => matters(r, undefined))).toBe(false);
  });
});

describe('watchPage', () => {
  let ctx: ScriptContext;
  let scans = 0;
  let served = false;
  beforeEach(() => {
    fakeExtension();
    scans = 0;
    served = false;
    ctx = new ScriptContext('watch-test');
  });
  afterEach(() => ctx.abort());

  const start = (areas?: () => Element[]) =>
    watchPage(ctx, {
      isCandidate: () => true,
      appearSelector: 'h3, label',
      appeared: (el) => /scim/i.test(el.textContent ?? ''),
      areas,
      scan: () => (scans++, served),
      leave: () => undefined,
    });

  it('scans once per frame at most, and only for appearing elements whose text concerns it', async () => {
    page();
    start();
    await frames();
    expect(scans).toBe(1); // the first look at the page
    const label = document.createElement('label');
    label.textContent = 'Churn 1';
    document.body.append(label);
    fireAppear(label);
    await frames();
    expect(scans).toBe(1);
    const heading = document.querySelector('h3')!;
    fireAppear(heading);
    fireAppear(heading);
    await frames();
    expect(scans).toBe(2);
  });

  it('while served, rescans for changes in its areas only', async () => {
    const p = page();
    served = true;
    start(() => [p.area]);
    await frames();
    expect(scans).toBe(1);
    for (let i = 0; i < 3; i++) {
      p.outside.classList.toggle('spin');
      p.wrapper.append(document.createElement('label'));
      await frames();
    }
    expect(scans).toBe(1);
    p.inside.textContent = 'Bearer token';
    await frames();
    expect(scans).toBe(2);
  });
});
