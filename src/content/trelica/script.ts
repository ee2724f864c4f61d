// The Trelica content script: on the SCIM section of Settings > Users it offers "Send to
// JumpCloud" and reports the section's state; on Settings > Organization it records which
// domains accept user requests. Idle (route listeners and the animationstart trick only)
// everywhere else.
import type { ScimState } from '../../core/messages';
import { SEND_TO_EXTENSION } from '../button-labels';
import { send } from '../send';
import { ScriptContext } from '../dom/context';
import { watchPage } from '../dom/watch';
import { lifecycle } from '../lifecycle';
import { createPanel, type Panel } from '../panel';
import { FIELD_WORDS, pickValue, readCredentials, type Picked, type TrelicaField } from './capture';
import { readUserRequestsTable } from './domains';
import { findScimSection, readScimState } from './read';
import { readDefaultRole } from './default-role';
import { TRELICA_SIGNS } from './signs';

export function startTrelicaScript(): ScriptContext {
  const ctx = new ScriptContext('trelica');
  let panel: Panel | null = null;
  let section: HTMLElement | null = null;
  let domainsTable: Element | null = null;
  let sentFacts = '';
  let sentDomains = '';
  const life = lifecycle(ctx);
  const tell = life.tell;
  // Fields the admin pointed at since the last capture; remembered once a capture succeeds.
  let picked: Partial<Record<TrelicaField, Picked>> = {};
  let picking: AbortController | null = null;

  function offerPicks(p: Panel, fields: TrelicaField[]): void {
    p.setActions(
      fields.map((field) => ({
        label: `Pick ${FIELD_WORDS[field]}`,
        onClick() {
          picking?.abort();
          picking = ctx.scope();
          void pickValue(field, picking.signal, (lines, tone) => p.setStatus(lines, tone)).then((found) => {
            if (!found) return;
            picked = { ...picked, [field]: found };
            void capture();
          });
        },
      })),
    );
  }

  async function capture(): Promise<void> {
    const here = section;
    if (!here || !panel) return;
    const p = panel;
    p.setBusy(true);
    try {
      const remembered = await send({ type: 'trelica/remembered' });
      const locators = (remembered.ok && remembered.locators) || {};
      const { baseUrl: rawUrl, token: rawToken, scimState } = await readCredentials(here, locators, picked, ctx.signal);
      const missing = [
        ...(rawUrl ? [] : ['base-url' as const]),
        ...(rawToken || scimState === 'no-token' ? [] : ['token' as const]),
      ];
      offerPicks(p, missing);
      if (!rawUrl)
        return p.setStatus(
          [
            'No Base URL found in this section. Click "Pick Base URL" and then the Base URL, or copy it into the extension popup by hand.',
          ],
          'error',
        );
      if (!rawToken) {
        return p.setStatus(
          [
            scimState === 'no-token'
              ? 'Trelica has no token yet: click "Generate Token", then click "Send to the extension" again.'
              : 'The page does not show the token (Trelica may show it only once). Click "Pick Bearer token" and then the token, generate a new one, or paste it into the extension popup.',
          ],
          'error',
        );
      }
      // The background normalizes both with the core (base-url, token), refuses what cannot be
      // fixed with a clear message, and reports the fixes it applied.
      const reply = await send({ type: 'trelica/capture', baseUrl: rawUrl, token: rawToken, scimState });
      if (!reply.ok) {
        if (!life.gone(reply, p)) p.setStatus([reply.message], 'error');
        return;
      }
      for (const [field, found] of Object.entries(picked) as [TrelicaField, Picked][]) {
        void send({ type: 'trelica/remember-field', field, locator: found.locator }).then(tell);
      }
      const fromPicks = Object.keys(picked).length > 0;
      picked = {};
      const fixes = reply.fixes;
      p.setStatus([
        `Sent to the extension: Base URL ${reply.baseUrl} and token ${reply.tokenMasked}.`,
        ...(fixes.length ? [`Fixed on the way: ${fixes.join('; ')}.`] : []),
        ...(fromPicks ? ['What you picked will be read from there first the next time.'] : []),
        ...(reply.scimState === 'not-enabled' || scimState === 'not-enabled'
          ? [
              'The token works only after you click "Enable SCIM" on this page. It was captured anyway: click "Enable SCIM" before testing the connection.',
            ]
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
      action: { label: SEND_TO_EXTENSION, onClick: () => void capture() },
    });
    if (!panel.host.isConnected || panel.host.previousElementSibling !== at)
      at.insertAdjacentElement('afterend', panel.host);
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
    ...TRELICA_SIGNS,
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
      picking?.abort();
      if (!life.keepsPanel) panel?.remove();
    },
  });
  return ctx;
}
