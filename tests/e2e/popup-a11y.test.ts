// axe-core (WCAG 2.1 A and AA, and best practice) on the built popup, every checklist step
// open, in light and in dark: zero violations. Run on the popup with nothing captured (most
// steps "Waiting", the greyed state), and after a failed connection test and a rehearsal
// (verdicts, evidence, rehearsal steps on screen). Chromium only: Firefox's WebDriver BiDi
// cannot switch the colour scheme of a running page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, expect, it } from 'vitest';
import { markDone, openPopup, rehearse, testConnection, typeCredentials, type E2EPage } from '../sandbox';
import { describeInBrowsers } from './suite';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface Violation {
  id: string;
  help: string;
  nodes: string[];
}

/** Every <details> opened, then axe over the whole document; violations in short form. */
async function axeViolations(page: E2EPage, scheme: 'light' | 'dark'): Promise<Violation[]> {
  await page.emulateColorScheme(scheme);
  await page.evaluateSource(AXE_SOURCE);
  return page.evaluate(async (tags: string[]) => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{
            violations: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  }, TAGS);
}

describeInBrowsers(
  'popup: accessibility (axe-core)',
  (e2e) => {
    let popup: E2EPage;

    beforeAll(async () => {
      e2e.sandbox.scim.reset();
      await e2e.browser.extension.clearStorage('local');
      await e2e.browser.extension.clearStorage('session');
      popup = await openPopup(e2e);
    });

    it.each(['light', 'dark'] as const)('nothing captured yet, %s: no violations', async (scheme) => {
      expect(await axeViolations(popup, scheme)).toEqual([]);
    });

    it.each(['light', 'dark'] as const)(
      'with a failed test and an out-of-date rehearsal on screen, %s: no violations',
      async (scheme) => {
        if (scheme === 'light') {
          await typeCredentials(popup, {
            baseUrl: 'https://app.trelica.com/api/scim/v2',
            token: 'f'.repeat(40),
            testEmail: 'a11y@example.com',
          });
          expect((await testConnection(popup)).diagnosis).toBe('unauthorized');
          expect((await rehearse(popup)).diagnosis).toBe('unauthorized');
          // A field changed since: the rehearsal's verdict shows as out of date.
          await typeCredentials(popup, { testEmail: 'a11y-other@example.com' });
          await popup.waitUntil(
            () => document.querySelector('[aria-label="Rehearsal verdict"]')?.getAttribute('data-stale') === 'true',
          );
        }
        expect(await axeViolations(popup, scheme)).toEqual([]);
      },
    );

    it.each(['light', 'dark'] as const)(
      'saved, with a provisioning check and fields picked by hand on screen, %s: no violations',
      async (scheme) => {
        if (scheme === 'light') {
          // Fields picked by hand are remembered in progress (storage.local): put one there.
          const stored = await e2e.browser.extension.getStorage('local');
          const progress = stored.progress as Record<string, unknown>;
          await e2e.browser.extension.setStorage('local', {
            progress: {
              ...progress,
              remembered: { 'https://console.jumpcloud.com': { token: { id: 'credential-7', label: 'Credential' } } },
            },
          });
          await popup.close();
          popup = await openPopup(e2e);
          // The Save step is folded (not the next one to do): unfold it as the admin would.
          await popup.evaluate(
            () => void ((document.querySelector('li[data-step="save"] details') as HTMLDetailsElement).open = true),
          );
          await markDone(popup, 'save', 'Save');
          await popup.click('button', 'Check provisioning');
          await popup.waitUntil(() =>
            document.querySelector('[aria-label="Provisioning check verdict"]')?.hasAttribute('data-diagnosis'),
          );
        }
        expect(await axeViolations(popup, scheme)).toEqual([]);
      },
    );
  },
  { only: ['chromium'] },
);
