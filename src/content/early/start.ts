// What the early script watches after taking the extension API: only the signs that a page we
// serve is on screen, and at the first one it asks the background for the site's script, once
// per document, and stops. The site's script, once injected, watches on its own (SPA
// navigations included) for as long as the document lives; a new document runs this again.
//
// Everywhere else this is the extension's whole cost, so it never holds an element: touching one
// would instantiate the DOM's element interfaces in the isolated world (dom/xpath.ts). It keeps
// route listeners on window; on a candidate route, one adopted style sheet carries the
// appearance rule (dom/signs.ts, animationstart, random name), and when something it names
// appears (or the document is parsed), one XPath query, at most one a frame, asks whether the
// page shows what only a page we serve shows.
import { isEntraUrl, isJumpCloudUrl, isOktaAdminUrl, isTrelicaUrl } from '../../core/hosts';
import type { RequestOf } from '../../core/messages';
import type { EntraStartRequest } from '../../core/messages/entra';
import type { z } from '../../core/zod';
import { randomName } from '../dom/ours';
import type { EarlySigns } from '../dom/signs';
import { anyElementQuery } from '../dom/xpath';
import { extensionRuntime, type Runtime } from '../extension-api';
import { entraEarlySigns } from '../entra/early-signs';
import { JUMPCLOUD_EARLY_SIGNS } from '../jumpcloud/early-signs';
import { OKTA_EARLY_SIGNS } from '../okta/early-signs';
import { TRELICA_EARLY_SIGNS } from '../trelica/early-signs';

type EntraStart = z.infer<typeof EntraStartRequest>;

/** The appearance rule, as a constructed sheet: no element to create (or for the page to find by a name). */
function appearanceSheet(signs: EarlySigns, animation: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `@keyframes ${animation}{from{outline-color:inherit}to{outline-color:inherit}}:where(${signs.appearSelector}){animation:1ms ${animation}}`,
  );
  return sheet;
}

export function startOnSigns(runtime: Runtime | null = extensionRuntime()): void {
  // The exact console origins: the manifest's match patterns let any port through, and only
  // the default port is the console (the background refuses any other origin anyway).
  // An Okta admin console is any org's "<org>-admin" host the admin granted (core/hosts.ts).
  const url = location.href;
  // Entra: a blade's frame on a reactblade host, or the shell's top frame (entra/early-signs.ts).
  const site = isTrelicaUrl(url)
    ? 'trelica'
    : isJumpCloudUrl(url)
      ? 'jumpcloud'
      : isOktaAdminUrl(url)
        ? 'okta'
        : isEntraUrl(url)
          ? 'entra'
          : null;
  if (!site || !runtime) return;
  const signs =
    site === 'entra'
      ? entraEarlySigns()
      : { trelica: TRELICA_EARLY_SIGNS, jumpcloud: JUMPCLOUD_EARLY_SIGNS, okta: OKTA_EARLY_SIGNS }[site];
  const animation = randomName('a');
  const sheet = appearanceSheet(signs, animation);
  const shows = anyElementQuery(document, signs.shows);
  const done = new AbortController();
  let lastUrl = '';
  let lookedThisFrame = false;

  const adopted = (): boolean => document.adoptedStyleSheets.includes(sheet);
  const arm = (on: boolean): void => {
    const others = document.adoptedStyleSheets.filter((s) => s !== sheet);
    document.adoptedStyleSheets = on ? [...others, sheet] : others;
  };

  const onRoute = (): void => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    // Re-armed too when the page replaced the document's sheets in the meantime.
    const candidate = signs.isCandidate(new URL(location.href));
    if (candidate !== adopted()) arm(candidate);
  };

  const look = (): void => {
    if (done.signal.aborted || !adopted() || !shows()) return;
    done.abort(); // once per document: listeners and the sheet go now
    arm(false);
    // Entra's is typed by its own schema until the request union knows Entra's family.
    const request: RequestOf<'trelica/start' | 'jumpcloud/start' | 'okta/start'> | EntraStart = {
      type: `${site}/start`,
    };
    // No reply to read: the background injects the script, or (policy, a closed tab) does not.
    runtime.sendMessage(request).catch(() => undefined);
  };

  const options = { capture: true, signal: done.signal };
  addEventListener('hashchange', onRoute, options);
  addEventListener('popstate', onRoute, options);
  (globalThis as unknown as { navigation?: EventTarget }).navigation?.addEventListener(
    'currententrychange',
    onRoute,
    options,
  );
  // On window, not document: the event's name is all that is read, never its target. The
  // first of a frame's appearances looks at once (the others in that frame find the same page).
  addEventListener(
    'animationstart',
    (event) => {
      if (lookedThisFrame || (event as AnimationEvent).animationName !== animation) return;
      lookedThisFrame = true;
      requestAnimationFrame(() => (lookedThisFrame = false));
      look();
    },
    options,
  );
  // And once the document is parsed: a page we serve may be there before its first frame.
  addEventListener('DOMContentLoaded', look, { ...options, once: true });
  onRoute();
}
