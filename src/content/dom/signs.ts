// The signs that a page we serve may be on screen, watched at (almost) no cost:
// - route changes: hashchange, popstate, and the Navigation API's currententrychange where the
//   browser has it (it also reports history.pushState). No polling, no timers.
// - on a candidate route, the animationstart trick: a zero-specificity rule gives heading-like
//   elements a 1 ms no-op animation, so the browser tells us when one is inserted or shown
//   (those already there when the rule arrives start it too); an element whose own text cannot
//   concern us (appeared() false) is ignored there and then.
// Both the early script (which only asks the background for the site's script when a sign
// shows: content/early/index.ts) and the site scripts' page watch (./watch.ts) start from here,
// so the early script asks for the site's script exactly where that script would have looked.
import type { ScriptContext } from './context';
import { markOurs, randomName } from './ours';

/** What a route gate reads of a URL: a URL, or `location` itself. */
export type Route = Pick<URL, 'hash' | 'pathname'>;

export interface Signs {
  /** Cheap URL gate; false keeps the watch fully idle (route listeners only). */
  isCandidate(url: URL): boolean;
  /** Elements whose appearance may mean a served page appeared. */
  appearSelector: string;
  /** Cheap look at one element that appeared (its own text): false ignores it. Default: all. */
  appeared?(el: Element): boolean;
}

/**
 * What the early script watches (content/early/start.ts): the same routes, an appearance rule,
 * and, when something appears, one XPath look (dom/xpath.ts) at whether the page shows what
 * only a page we serve shows. It never holds an element.
 */
export interface EarlySigns {
  /** The URL gate, asked of `location` itself (no URL to build). Absent: every route is a
   *  candidate, and the early script listens to no route change (Trelica's URLs say nothing). */
  isCandidate?(route: Route): boolean;
  /** CSS: elements whose appearance makes the early script look (the animationstart trick). */
  appearSelector: string;
  /** XPath predicate on an element: one that only a page we serve shows. */
  shows: string;
}

// Random per run: a fixed animation name in the page's CSS would tell the page we are here.
export const APPEAR_ANIMATION = randomName('a');

export interface SignsHandler {
  /** The URL changed: whether the new one is a candidate (the appearance watch is then armed). */
  route(candidate: boolean): void;
  /** An element that reads like ours appeared on a candidate route. */
  appear(): void;
  /** While true, appearances are not even looked at (a scan is already due). */
  busy?(): boolean;
}

export function watchSigns(ctx: ScriptContext, signs: Signs, on: SignsHandler): void {
  let style: HTMLStyleElement | null = null;
  let lastUrl = '';

  const arm = (): void => {
    if (style) return;
    style = markOurs(document.createElement('style'));
    style.textContent = `@keyframes ${APPEAR_ANIMATION}{from{outline-color:inherit}to{outline-color:inherit}}:where(${signs.appearSelector}){animation:1ms ${APPEAR_ANIMATION}}`;
    (document.head ?? document.documentElement).append(style);
  };
  const disarm = (): void => {
    style?.remove();
    style = null;
  };

  const onRoute = (event?: Event): void => {
    // The Navigation API tells of a new route before its hashchange, and a router renders the
    // route's view in its own hashchange listener (set before ours): look again then.
    if (!ctx.isValid || (location.href === lastUrl && event?.type !== 'hashchange')) return;
    lastUrl = location.href;
    const candidate = signs.isCandidate(new URL(location.href));
    if (candidate) arm();
    else disarm();
    on.route(candidate);
  };

  ctx.listen(window, 'hashchange', onRoute);
  ctx.listen(window, 'popstate', onRoute);
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.listen(navigation, 'currententrychange', onRoute);
  ctx.listen(
    document,
    'animationstart',
    (event: AnimationEvent) => {
      if (event.animationName !== APPEAR_ANIMATION || !style || on.busy?.()) return;
      const el = event.target;
      if (!(el instanceof Element) || !signs.appeared || signs.appeared(el)) on.appear();
    },
    { capture: true },
  );
  ctx.onInvalidated(disarm);
  onRoute();
}
