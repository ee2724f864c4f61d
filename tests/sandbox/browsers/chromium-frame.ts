// Chromium's E2EFrame: one frame of a Playwright page (cross-origin iframes included: Playwright
// reaches out-of-process frames), found by its document's host.
import type { Frame, Locator, Page } from 'playwright-core';
import { DEFAULT_TIMEOUT, poll, waitUntilTruthy } from './poll';
import type { E2EFrame, Role } from './types';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function playwrightFrame(page: Page, host: string, timeoutMs = DEFAULT_TIMEOUT): Promise<E2EFrame> {
  const frame = await poll(`a frame on ${host}`, timeoutMs, async () =>
    page.frames().find((f) => hostOf(f.url()) === host),
  );
  return new PlaywrightFrame(page, frame);
}

class PlaywrightFrame implements E2EFrame {
  constructor(
    private readonly page: Page,
    private readonly frame: Frame,
  ) {}
  private byRole(role: Role, name?: string): Locator {
    return name === undefined ? this.frame.getByRole(role) : this.frame.getByRole(role, { name, exact: true });
  }
  async url() {
    return this.frame.url();
  }
  async click(role: Role, name: string) {
    await this.page.bringToFront();
    await this.byRole(role, name).click();
  }
  async clickLabel(text: string) {
    await this.page.bringToFront();
    await this.frame
      .locator('label:visible')
      .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`) })
      .click();
  }
  async type(label: string, text: string) {
    await this.page.bringToFront();
    // A person types into the box they can type in: a read-only namesake is no candidate.
    await this.byRole('textbox', label).and(this.frame.locator(':not([readonly]):not([disabled])')).click();
    await this.page.keyboard.type(text);
  }
  async press(key: string) {
    await this.page.bringToFront();
    await this.page.keyboard.press(key);
  }
  async waitFor(role: Role, name?: string, timeoutMs = DEFAULT_TIMEOUT) {
    await this.byRole(role, name).first().waitFor({ state: 'visible', timeout: timeoutMs });
  }
  async count(role: Role, name?: string) {
    return this.byRole(role, name).count();
  }
  async textOf(role: Role, name?: string) {
    return (await this.byRole(role, name).first().innerText()).trim();
  }
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return (await this.frame.evaluate(fn as (arg: unknown) => R, arg as unknown)) as R;
  }
  async waitUntil<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs = DEFAULT_TIMEOUT) {
    return waitUntilTruthy((f, a) => this.evaluate(f, a), fn, arg, timeoutMs);
  }
}
