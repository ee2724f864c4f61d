// The extension API, as the content scripts reach it, resolved so that no page element can
// stand in for it. In Chrome's isolated world, `window.browser` is not defined, so a page's
// <form id="browser"> (or <img name="browser">) answers that name (named access on Window):
// reading `browser.runtime.sendMessage` then finds an <input name="runtime">. Only an object
// that is not a DOM node and whose runtime.sendMessage is a function is taken, once, at start.

export interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

const isApi = (value: unknown): value is { runtime: Runtime } => {
  if (typeof value !== 'object' || value === null || value instanceof Node || value instanceof HTMLCollection) return false;
  const runtime = (value as { runtime?: unknown }).runtime;
  return typeof runtime === 'object' && runtime !== null && !(runtime instanceof Node) && typeof (runtime as Runtime).sendMessage === 'function';
};

/** The runtime of `chrome` or `browser`, whichever is the real API; null outside an extension. */
export function resolveRuntime(scope: object = globalThis): Runtime | null {
  for (const name of ['chrome', 'browser']) {
    let candidate: unknown;
    try {
      candidate = (scope as Record<string, unknown>)[name];
    } catch {
      continue; // a dead wrapper (Firefox, after the extension went away)
    }
    if (isApi(candidate)) return candidate.runtime;
  }
  return null;
}
