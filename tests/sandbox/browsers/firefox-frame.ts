// Firefox's E2EFrame: one frame of a puppeteer page over WebDriver BiDi (each frame, cross-origin
// ones too, is a browsing context of its own), found by its document's host. Role queries run
// in the frame's own tree only: the extension's panel, inside the frame, is in that tree's
// shadow roots, so the deep combinator is tried when the plain query finds nothing.
import type { ElementHandle, Frame, KeyInput, Page } from 'puppeteer-core';
import { DEFAULT_TIMEOUT, poll, waitUntilTruthy } from './poll';
import type { E2EFrame, Role } from './types';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

function ariaQuery(role: Role, name?: string): string {
  if (name === undefined) return `::-p-aria([role="${role}"])`;
  const quote = name.includes('"') ? "'" : '"';
  if (name.includes(quote)) throw new Error(`Role name with both kinds of quotes is not supported: ${name}`);
  return `::-p-aria([name=${quote}${name}${quote}][role="${role}"])`;
}
const describeTarget = (role: Role, name?: string) =>
  name === undefined ? `an element with role ${role}` : `the ${role} named "${name}"`;

export async function puppeteerFrame(page: Page, host: string, timeoutMs = DEFAULT_TIMEOUT): Promise<E2EFrame> {
  const frame = await poll(`a frame on ${host}`, timeoutMs, async () =>
    page.frames().find((f) => hostOf(f.url()) === host),
  );
  return new PuppeteerFrame(page, frame);
}

class PuppeteerFrame implements E2EFrame {
  constructor(
    private readonly page: Page,
    private readonly frame: Frame,
  ) {}

  /** Every visible match: the frame's own tree, else its shadow roots too. */
  private async visible(role: Role, name?: string) {
    for (const selector of [ariaQuery(role, name), `>>> ${ariaQuery(role, name)}`]) {
      const handles = await this.frame.$$(selector);
      const shown: typeof handles = [];
      for (const h of handles) if (await h.isVisible()) shown.push(h);
      await Promise.all(handles.filter((h) => !shown.includes(h)).map((h) => h.dispose()));
      if (shown.length > 0) return shown;
    }
    return [];
  }

  private async single(role: Role, name: string, editable = false) {
    const found = await poll(`${describeTarget(role, name)} to be visible`, DEFAULT_TIMEOUT, async () => {
      let shown = await this.visible(role, name);
      if (editable) {
        const open = await Promise.all(
          shown.map((h) => h.evaluate((el) => !el.hasAttribute('readonly') && !el.hasAttribute('disabled'))),
        );
        await Promise.all(shown.filter((_h, i) => !open[i]).map((h) => h.dispose()));
        shown = shown.filter((_h, i) => open[i]);
      }
      if (shown.length === 0) return undefined;
      if (shown.length === 1) return { handle: shown[0]! };
      await Promise.all(shown.map((h) => h.dispose()));
      return { count: shown.length };
    });
    if ('count' in found) throw new Error(`${found.count} elements match ${describeTarget(role, name)}; expected one`);
    return found.handle;
  }

  async url() {
    return this.frame.evaluate(() => location.href);
  }
  async click(role: Role, name: string, editable = false) {
    await this.page.bringToFront();
    const handle = await this.single(role, name, editable);
    try {
      await handle.click();
    } finally {
      await handle.dispose();
    }
  }
  async clickLabel(text: string) {
    await this.page.bringToFront();
    const handle = await poll(`the label "${text}" to be visible`, DEFAULT_TIMEOUT, async () => {
      const found = await this.frame.evaluateHandle(
        (wanted: string) =>
          [...document.querySelectorAll('label')].find(
            (l) => (l.textContent ?? '').trim() === wanted && l.getClientRects().length > 0,
          ) ?? null,
        text,
      );
      const element = found.asElement() as ElementHandle<Element> | null;
      if (!element) await found.dispose();
      return element ?? undefined;
    });
    try {
      await handle.click();
    } finally {
      await handle.dispose();
    }
  }
  async type(label: string, text: string) {
    await this.page.bringToFront();
    // A person types into the box they can type in: a read-only namesake is no candidate.
    // Firefox's accessibility tree gives a password input no "textbox" role: found by its label.
    const password = await this.frame.evaluateHandle((name: string) => {
      const named = (el: HTMLInputElement) =>
        [...(el.labels ?? [])].some((l) => (l.textContent ?? '').trim() === name) || el.ariaLabel === name;
      return (
        [...document.querySelectorAll<HTMLInputElement>('input[type=password]')].find(
          (el) => named(el) && !el.readOnly && !el.disabled && el.getClientRects().length > 0,
        ) ?? null
      );
    }, label);
    const element = password.asElement() as ElementHandle<Element> | null;
    if (element) {
      try {
        await element.click();
      } finally {
        await element.dispose();
      }
    } else {
      await password.dispose();
      await this.click('textbox', label, true);
    }
    await this.page.keyboard.type(text);
  }
  async press(key: string) {
    await this.page.bringToFront();
    await this.page.keyboard.press(key as KeyInput);
  }
  async waitFor(role: Role, name?: string, timeoutMs = DEFAULT_TIMEOUT) {
    await poll(`${describeTarget(role, name)} to be visible`, timeoutMs, async () => {
      const shown = await this.visible(role, name);
      await Promise.all(shown.map((h) => h.dispose()));
      return shown.length > 0 ? true : undefined;
    });
  }
  async count(role: Role, name?: string) {
    const handles = await this.frame.$$(`>>> ${ariaQuery(role, name)}`);
    await Promise.all(handles.map((h) => h.dispose()));
    return handles.length;
  }
  async textOf(role: Role, name?: string) {
    const handle = await poll(
      describeTarget(role, name),
      DEFAULT_TIMEOUT,
      async () => (await this.frame.$(`>>> ${ariaQuery(role, name)}`)) ?? undefined,
    );
    try {
      return (await handle.evaluate((el) => (el as HTMLElement).innerText)).trim();
    } finally {
      await handle.dispose();
    }
  }
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.frame.evaluate(fn as (arg: unknown) => R, arg as unknown)) as R;
  }
  async waitUntil<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = DEFAULT_TIMEOUT) {
    return waitUntilTruthy((f, a) => this.evaluate(f, a), fn, arg, timeoutMs);
  }
}
