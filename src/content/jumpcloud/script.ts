// The JumpCloud content script: on an SSO application's Identity Management tab it offers
// "Fill from Trelica" and guards against Group Management. Idle on other routes (route
// listeners only) and on other tabs of an application (plus the animationstart trick).
import { suggestTestEmail } from '../../core/email';
import type { GroupManagement } from '../../core/messages';
import { maskToken } from '../../core/token';
import { send } from '../../platform/send-content';
import { isInvalidationError, ScriptContext } from '../dom/context';
import { buttonText, matchIndex, shortOwnText } from '../dom/text';
import { watchPage } from '../dom/watch';
import { createPanel, type Panel } from '../panel';
import { fillForm } from './form';
import { createGroupGuard } from './group-guard';
import { findIdentityManagement, panelAnchor, type IdentityManagementPage } from './page';
import { describeFill, fieldReport } from './report';
import { APPEAR_ALWAYS, APPEAR_SELECTOR, APPEAR_TEXTS, CANDIDATE_ROUTE } from './selectors';

export const FILL_LABEL = 'Fill from Trelica';
const RELOADED = 'The extension was reloaded or updated. Reload this page to use it again.';
const MOVED = 'The page changed after your click, so filling stopped. Open the Identity Management (or Provisioning) tab again and click "Fill from Trelica".';

function randomHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function startJumpCloudScript(): ScriptContext {
  const ctx = new ScriptContext('jumpcloud');
  let panel: Panel | null = null;
  let page: IdentityManagementPage | null = null;
  let keepPanel = false;

  const tell = (reply: { ok: boolean; message?: string }): void => {
    if (!reply.ok && reply.message && isInvalidationError(reply.message)) ctx.abort();
  };
  const observe = (groupManagement: GroupManagement): void => {
    void send({ type: 'jumpcloud/observation', groupManagement }).then(tell);
  };
  const guard = createGroupGuard(ctx, observe);

  async function fill(): Promise<void> {
    const here = page;
    const p = panel;
    if (!here || !p) return;
    const startUrl = location.href;
    const stillHere = (): boolean => !ctx.signal.aborted && location.href === startUrl && here.root.isConnected && page?.root === here.root;
    p.setBusy(true);
    p.setStatus(['Getting the values captured from Trelica…']);
    try {
      const reply = await send({ type: 'jumpcloud/fill' });
      if (!reply.ok) {
        if (!isInvalidationError(reply.message)) return p.setStatus([reply.message], 'error');
        p.disable(RELOADED);
        keepPanel = true;
        return ctx.abort();
      }
      if (!stillHere()) return p.setStatus([MOVED], 'error');
      // The background normalized both when it stored them (core/base-url, core/token).
      const baseUrl = reply.baseUrl;
      const token = reply.token;
      const domains = reply.registeredDomains;
      const suggested = reply.testEmail ? null : domains?.length ? suggestTestEmail(domains, randomHex) : null;
      const testEmail = reply.testEmail ?? suggested;
      const results = await fillForm(here, { baseUrl, token, testEmail }, { signal: ctx.signal, stillHere });
      if (results === 'moved') return p.setStatus([MOVED], 'error');
      const groupManagement = guard.update(here.root);
      const emailFilled = results.some((r) => r.field === 'test-email' && r.outcome === 'filled');
      const suggestedTestEmail = suggested && emailFilled ? suggested : undefined;
      void send({ type: 'jumpcloud/observation', fields: fieldReport(results), groupManagement, suggestedTestEmail }).then(tell);
      p.setStatus(
        describeFill(results, {
          shown: { 'api-type': 'SCIM API', 'scim-version': 'SCIM 2.0', 'base-url': baseUrl, token: maskToken(token), 'test-email': testEmail ?? undefined },
          testEmailNote: suggested && emailFilled
            ? `The test email is a new address on ${suggested.split('@')[1]}, a domain with "User requests" (or "Account requests") ticked in Trelica.`
            : testEmail
              ? null
              : domains === null
                ? 'No test email yet: set one in the extension popup, or open Trelica\'s Settings > Organization > Domains page so a domain can be suggested.'
                : 'No test email yet: no Trelica domain has "User requests" (or "Account requests") ticked. Tick one in Trelica (Settings > Organization > Domains), or set an email in the extension popup.',
        }),
      );
    } finally {
      p.setBusy(false);
    }
  }

  function showPanel(at: IdentityManagementPage): void {
    panel ??= createPanel(document, { title: 'SCIM setup assistant', action: { label: FILL_LABEL, onClick: () => void fill() } });
    if (panel.host.isConnected && at.root.contains(panel.host)) return;
    const { el, where } = panelAnchor(at);
    el.insertAdjacentElement(where, panel.host);
  }

  watchPage(ctx, {
    isCandidate: (url) => CANDIDATE_ROUTE.test(url.hash),
    appearSelector: APPEAR_SELECTOR,
    appeared(el) {
      if (el.matches(APPEAR_ALWAYS)) return true;
      const text = shortOwnText(el, 80);
      return text !== null && matchIndex(text || buttonText(el), APPEAR_TEXTS) >= 0;
    },
    // The tab's panel, and the tab itself (its selection lives outside the panel).
    areas: () => (page ? [page.root, ...(page.tab ? [page.tab] : [])] : []),
    scan() {
      page = findIdentityManagement(document);
      if (!page) {
        panel?.remove();
        guard.stop();
        return false;
      }
      showPanel(page);
      guard.update(page.root);
      return true;
    },
    leave() {
      page = null;
      guard.stop();
      if (!keepPanel) panel?.remove();
    },
  });
  return ctx;
}
