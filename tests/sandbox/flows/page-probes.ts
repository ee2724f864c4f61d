// Functions that run INSIDE a page (E2EPage.evaluate): each is self-contained, since only its
// source text crosses into the browser. They observe; they never change what the extension shows.
// No named inner functions (`const f = () => ...`): tsx (esbuild keepNames) wraps those in a
// `__name()` helper that does not exist in the page, and the walkthrough runs under tsx.

/** The extension's injected panel, as a user reads it. */
export interface PanelView {
  title: string;
  /** Lines of its status (role="status"). */
  status: string[];
  /** Lines of its warning (role="alert"); empty when there is none. */
  alert: string[];
  /** Names of its buttons. */
  buttons: string[];
}

/**
 * Every panel the extension injected: hosts whose open shadow root holds our panel's box and
 * title (they carry no name of ours, so the page cannot find them by one either).
 * With `alertButton`: only the panels showing a warning with that button, or null when none does
 * (a waitUntil condition).
 */
export function readPanels(alertButton?: string): PanelView[] | null {
  const panels = [...document.querySelectorAll('*')]
    .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
    .flatMap((host) => {
      const root = host.shadowRoot;
      if (!root) return [];
      const [status, alert] = ['[role="status"]', '[role="alert"]'].map((selector) =>
        [...(root.querySelector(selector)?.querySelectorAll('p') ?? [])].map((p) => (p.textContent ?? '').trim()),
      );
      return [
        {
          title: (root.querySelector('.title')?.textContent ?? '').trim(),
          status: status ?? [],
          alert: alert ?? [],
          buttons: [...root.querySelectorAll('button')].map((b) => (b.textContent ?? '').trim()),
        },
      ];
    });
  if (alertButton === undefined) return panels;
  const warning = panels.filter((p) => p.alert.length > 0 && p.buttons.includes(alertButton));
  return warning.length > 0 ? warning : null;
}

/**
 * Counts, in window.__e2ePanelIdle, every time a panel leaves its busy state (aria-busy turns
 * "false" after an action), so a step can wait for the END of the action it started even when
 * the same text was shown before. Returns the count now, plus one (so a count of 0 is truthy
 * for waitUntil); with `button`, returns 0 until a panel shows that button. Safe to call again.
 */
export function armPanelCounter(button?: string): number {
  if (button !== undefined) {
    const shown = [...document.querySelectorAll('*')]
      .filter((h) => h.shadowRoot?.querySelector('.box > p.title'))
      .some((host) =>
        [...(host.shadowRoot?.querySelectorAll('button') ?? [])].some((b) => (b.textContent ?? '').trim() === button),
      );
    if (!shown) return 0;
  }
  const w = window as unknown as { __e2ePanelIdle?: number; __e2eWatched?: WeakSet<Node> };
  w.__e2ePanelIdle ??= 0;
  w.__e2eWatched ??= new WeakSet();
  for (const host of [...document.querySelectorAll('*')].filter((h) => h.shadowRoot?.querySelector('.box > p.title'))) {
    const root = host.shadowRoot;
    if (!root || w.__e2eWatched.has(root)) continue;
    w.__e2eWatched.add(root);
    new MutationObserver((records) => {
      if (records.some((r) => (r.target as Element).getAttribute('aria-busy') === 'false')) w.__e2ePanelIdle! += 1;
    }).observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  }
  return w.__e2ePanelIdle + 1;
}

/**
 * Counts, in window.__e2eBusyDone, every time the popup's busy line (the status in its header)
 * goes from a message back to empty: one finished action. Returns the count now.
 */
export function armBusyCounter(): number {
  const w = window as unknown as { __e2eBusyDone?: number; __e2eBusyLine?: Element };
  const line = document.querySelector('header [role="status"]');
  if (!line) throw new Error('The popup has no busy line (header [role="status"])');
  w.__e2eBusyDone ??= 0;
  if (w.__e2eBusyLine !== line) {
    w.__e2eBusyLine = line;
    let last = (line.textContent ?? '').trim();
    new MutationObserver(() => {
      const now = (line.textContent ?? '').trim();
      if (now === '' && last !== '') w.__e2eBusyDone! += 1;
      last = now;
    }).observe(line, { subtree: true, childList: true, characterData: true });
  }
  return w.__e2eBusyDone;
}
