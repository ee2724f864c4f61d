// Waiting for the page to react to something we just did (a click that opens a box or a
// listbox). Only ever used right after a user's click, bounded by a timeout and the script's
// abort signal: never a standing observer.

export function waitForElement<T>(
  check: () => T | null | undefined | false,
  options: {
    signal: AbortSignal;
    timeoutMs?: number;
    root?: Node;
    /** An element whose changes matter: when it lives in a shadow root, that root is observed
     *  too (a document observer does not see into shadow roots). */
    near?: Element;
  },
): Promise<T | null> {
  const first = check();
  if (first) return Promise.resolve(first);
  const root = options.root ?? document.documentElement;
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      const found = check();
      if (found) finish(found);
    });
    const finish = (value: T | null): void => {
      observer.disconnect();
      clearTimeout(timer);
      options.signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = (): void => finish(null);
    if (options.signal.aborted) return resolve(null);
    options.signal.addEventListener('abort', onAbort);
    const home = options.near?.getRootNode();
    for (const node of home instanceof ShadowRoot ? [root, home] : [root]) {
      observer.observe(node, { childList: true, subtree: true, attributes: true, characterData: true });
    }
    timer = setTimeout(() => finish(check() || null), options.timeoutMs ?? 1500);
  });
}
