// What the early script watches after taking the extension API: only the signs that a page we
// serve is on screen, and at the first one it asks the background for the site's script, once
// per document, and stops. The site's script, once injected, watches on its own (SPA
// navigations included) for as long as the document lives; a new document runs this again.
//
// Everywhere else this is the extension's whole cost, so it does as little as it can: it never
// holds an element (touching one would instantiate the DOM's element interfaces in the isolated
// world: dom/xpath.ts), and until the route is a candidate it only listens to route changes on
// window (a site whose routes say nothing, Trelica, is a candidate everywhere and listens to
// none). On a candidate route the appearance watch (./appear.ts) looks for the page itself.
import { isEntraOrigin, isJumpCloudOrigin, isOktaAdminOrigin, isTrelicaOrigin } from '../../core/hosts';
import type { RequestOf } from '../../core/messages';
import type { EarlySigns } from '../dom/signs';
import { entraEarlySigns } from '../entra/early-signs';
import type { Runtime } from '../extension-api';
import { JUMPCLOUD_EARLY_SIGNS } from '../jumpcloud/early-signs';
import { OKTA_EARLY_SIGNS } from '../okta/early-signs';
import { TRELICA_EARLY_SIGNS } from '../trelica/early-signs';
import { watchAppearances, type AppearanceWatch } from './appear';

export function startOnSigns(api: (() => Runtime | null) | null): void {
  // The exact console origins: the manifest's match patterns let any port through, and only
  // the default port is the console (the background refuses any other origin anyway).
  // An Okta admin console is any org's "<org>-admin" host the admin granted (core/hosts.ts);
  // Entra's, its shell or the reactblade frames it draws its blades in.
  // The document's origin, a string: no URL is built (core/hosts.ts says why), and no Location
  // object either (about 4 KB in the isolated world) where the routes say nothing.
  const { origin } = globalThis;
  const site = isTrelicaOrigin(origin)
    ? 'trelica'
    : isJumpCloudOrigin(origin)
      ? 'jumpcloud'
      : isOktaAdminOrigin(origin)
        ? 'okta'
        : isEntraOrigin(origin)
          ? 'entra'
          : null;
  if (!site || !api) return;
  // Entra's: the shell's top frame (its notifications) or a blade's frame (its forms).
  const signs: EarlySigns | null =
    site === 'entra'
      ? entraEarlySigns(origin, window.top === window)
      : { trelica: TRELICA_EARLY_SIGNS, jumpcloud: JUMPCLOUD_EARLY_SIGNS, okta: OKTA_EARLY_SIGNS }[site];
  if (!signs) return;
  const request: RequestOf<`${typeof site}/start`> = { type: `${site}/start` };
  // Once per document. No reply to read: the background injects the script, or (policy, a
  // closed tab) does not.
  const ask = (): void =>
    void api()
      ?.sendMessage(request)
      .catch(() => undefined);
  const { isCandidate } = signs;
  if (!isCandidate) {
    watchAppearances(signs, ask).arm(true);
    return;
  }

  const navigation = (globalThis as unknown as { navigation?: EventTarget }).navigation;
  let watch: AppearanceWatch | null = null;
  let lastUrl = '';
  const onRoute = (): void => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    // Re-armed too when the page replaced the document's sheets in the meantime.
    const candidate = isCandidate(location);
    if (candidate || watch) (watch ??= watchAppearances(signs, found)).arm(candidate);
  };
  const found = (): void => {
    // The watch has stopped itself; the route listeners go too.
    removeEventListener('hashchange', onRoute, true);
    removeEventListener('popstate', onRoute, true);
    navigation?.removeEventListener('currententrychange', onRoute, true);
    ask();
  };
  addEventListener('hashchange', onRoute, true);
  addEventListener('popstate', onRoute, true);
  navigation?.addEventListener('currententrychange', onRoute, true);
  onRoute();
}
