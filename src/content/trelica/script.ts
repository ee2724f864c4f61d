// The Trelica content script: on the SCIM section of Settings > Users it offers "Send to
// JumpCloud" and reports the section's state; on Settings > Organization it records which
// domains accept user requests. Idle (route listeners and the animationstart trick only)
// everywhere else.
import type { ScimState } from '../../core/messages';
import { send } from '../../platform/send-content';
import { isInvalidationError, ScriptContext } from '../dom/context';
import { matchIndex, shortOwnText } from '../dom/text';
import { watchPage } from '../dom/watch';
import { createPanel, type Panel } from '../panel';
import { readUserRequestsTable } from './domains';
import { findScimSection, readDefaultRole, readLabelled, readScimState, readToken } from './read';
import { APPEAR_TEXTS, TRELICA } from './selectors';

export const SEND_LABEL = 'Send to JumpCloud';
const RELOADED = 'The extension was reloaded or updated. Reload this page to use it again.';

export function startTrelicaScript(): ScriptContext {
  const ctx = new ScriptContext('trelica');
  let panel: Panel | null = null;
  let section: HTMLElement | null = null;
  let domainsTable: Element | null = null;
  let sentFacts = '';
  let sentDomains = '';
  // After the extension went away during a click, the panel stays to say so.
  let keepPanel = false;

  const tell = (reply: { ok: boolean; message?: string }): void => {
    if (!reply.ok && reply.message && isInvalidationError(reply.message)) ctx.abort();
  };

  async function capture(): Promise<void> {
    const here = section;
    if (!here || !panel) return;
    const p = panel;
    p.setBusy(true);
    try {
      const scimState = readScimState(here);
      const rawUrl = readLabelled(here, TRELICA.baseUrlLabels).value;
      const rawToken = await readToken(here, ctx.signal);
      if (!rawUrl) return p.setStatus(['No Base URL found in this section. Copy it into the extension popup by hand.'], 'error');
      if (!rawToken) {
        return p.setStatus(
          [scimState === 'no-token'
            ? 'Trelica has no token yet: click "Generate Token", then click "Send to JumpCloud" again.'
            : 'The page does not show the token (Trelica may show it only once). Generate a new one, or paste it into the extension popup.'],
          'error',
        );
      }
      // The background normalizes both with the core (base-url, token), refuses what cannot be
      // fixed with a clear message, and reports the fixes it applied.
      const reply = await send({ type: 'trelica/capture', baseUrl: rawUrl, token: rawToken, scimState });
      if (!reply.ok) {
        if (isInvalidationError(reply.message)) {
          p.disable(RELOADED);
          keepPanel = true;
          return ctx.abort();
        }
        return p.setStatus([reply.message], 'error');
      }
      const fixes = reply.fixes;
      p.setStatus([
        `Sent to the extension: Base URL ${reply.baseUrl} and token ${reply.tokenMasked}.`,
        ...(fixes.length ? [`Fixed on the way: ${fixes.join('; ')}.`] : []),
        ...(reply.scimState === 'not-enabled' || scimState === 'not-enabled'
          ? ['The token works only after you click "Enable SCIM" on this page. It was captured anyway: click "Enable SCIM" before testing the connection.']
          : []),
        'Next: in JumpCloud, open the Trelica application, "Identity Management" (or "Provisioning") tab, and click "Fill from Trelica".',
      ]);
    } finally {
      p.setBusy(false);
    }
  }

  function showPanel(at: HTMLElement): void {
    panel ??= createPanel(document, {
      title: 'SCIM setup assistant',
      action: { label: SEND_LABEL, onClick: () => void capture() },
    });
    if (!panel.host.isConnected || panel.host.previousElementSibling !== at) at.insertAdjacentElement('afterend', panel.host);
  }

  function reportFacts(scimState: ScimState, defaultRole: string | null): void {
    const key = JSON.stringify([scimState, defaultRole]);
    if (key === sentFacts) return;
    sentFacts = key;
    void send({ type: 'trelica/page', scimState, defaultRole: defaultRole?.slice(0, 200) ?? null }).then(tell);
  }

  function reportDomains(domains: string[]): void {
    const key = domains.join(',');
    if (key === sentDomains) return;
    sentDomains = key;
    void send({ type: 'trelica/domains', domains: domains.slice(0, 500) }).then(tell);
  }

  watchPage(ctx, {
    // Trelica's URLs are unknown: headings and labels decide, and only those whose own text
    // reads like ours (appeared) make the script look at the page.
    isCandidate: () => true,
    appearSelector: TRELICA.appearSelector,
    appeared(el) {
      const text = shortOwnText(el, 80);
      return text !== null && matchIndex(text, APPEAR_TEXTS) >= 0;
    },
    areas: () => [section, domainsTable].filter((el): el is Element => el !== null),
    scan() {
      section = findScimSection(document);
      if (section) {
        showPanel(section);
        reportFacts(readScimState(section), readDefaultRole(document));
      } else {
        panel?.remove();
      }
      const table = readUserRequestsTable(document);
      domainsTable = table?.table ?? null;
      if (table) reportDomains(table.domains);
      return Boolean(section || table);
    },
    leave() {
      section = null;
      domainsTable = null;
      if (!keepPanel) panel?.remove();
    },
  });
  return ctx;
}
