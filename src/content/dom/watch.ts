// Knowing when a page we serve is on screen, at (almost) no cost elsewhere:
// - route changes: hashchange, popstate, and the Navigation API's currententrychange where the
//   browser has it (it also reports history.pushState). No polling, no timers.
// - on a candidate route, the animationstart trick: a zero-specificity rule gives heading-like
//   elements a 1 ms no-op animation, so the browser tells us when one is inserted or shown;
//   an element whose own text cannot concern us (appeared() false) is ignored there and then.
// - only while the page is served, a MutationObserver keeps our UI in step with the page,
//   listening only to changes in or around the areas we serve (never to our own panel).
// Every callback is batched into one scan per animation frame.
import type { ScriptContext } from './context';
import { isOurs, markOurs, randomName } from './ours';

export interface PageWatch {
  /** Cheap URL gate; false keeps the script fully idle (route listeners only). */
  isCandidate(url: URL): boolean;
  /** Elements whose appearance may mean a served page appeared. */
  appearSelector: string;
  /** Cheap look at one element that appeared (its own text): false ignores it. Default: all. */
  appeared?(el: Element): boolean;
  /** While served: the elements we read (a section, a table, a tab and its panel). Changes
   *  inside them, on their ancestors' attributes (which may hide them) or removing them
   *  trigger a scan; other changes do not. Default: the whole body. */
  areas?(): readonly Element[];
  /** Looks at the page and updates our UI; returns whether the page is one we serve. */
  scan(): boolean;
  /** Tears our UI down (route no longer a candidate, or script ending). */
  leave(): void;
}

// Random per run: a fixed animation name in the page's CSS would tell the page we are here.
export const APPEAR_ANIMATION = randomName('a');
// Not 'style': scripted animations rewrite it every frame; v-show hiding needs no reaction from us.
const WATCHED_ATTRIBUTES = ['hidden', 'aria-selected', 'aria-expanded', 'aria-checked', 'class', 'disabled'];

/** Whether one observed change can affect what a scan finds in `areas`. */
export function matters(record: MutationRecord, areas: readonly Element[] | undefined): boolean {
  const target = record.target;
  if (isOurs(target)) return false;
  if (record.type === 'childList') {
    const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    if (nodes.length > 0 && nodes.every(isOurs)) return false; // our panel placed or removed
  }
  if (!areas) return true;
  return areas.some((area) => {
    if (!area.isConnected || area.contains(target)) return true;
    // An ancestor's class or hidden may hide the area; an ancestor's children may remove it.
    if (record.type === 'attributes') return target.contains(area);
    return Array.from(record.removedNodes).some((node) => node === area || node.contains(area));
  });
}

export function watchPage(ctx: ScriptContext, watch: PageWatch): { rescan(): void } {
  let observer: MutationObserver | null = null;
  let style: HTMLStyleElement | null = null;
  let scheduled = false;
  let lastUrl = '';

  const run = (): void => {
    scheduled = false;
    if (!ctx.isValid) return;
    const served = watch.scan();
    if (served && !observer) {
      observer = new MutationObserver((records) => {
        if (!scheduled && records.some((r) => matters(r, watch.areas?.()))) schedule();
      });
      observer.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: WATCHED_ATTRIBUTES,
      });
    } else if (!served && observer) {
      observer.disconnect();
      observer = null;
    }
  };

  function schedule(): void {
    if (scheduled || ctx.signal.aborted) return;
    scheduled = true;
    requestAnimationFrame(run);
  }

  const arm = (): void => {
    if (style) return;
    style = markOurs(document.createElement('style'));
    style.textContent = `@keyframes ${APPEAR_ANIMATION}{from{outline-color:inherit}to{outline-color:inherit}}:where(${watch.appearSelector}){animation:1ms ${APPEAR_ANIMATION}}`;
    (document.head ?? document.documentElement).append(style);
  };

  const disarm = (): void => {
    style?.remove();
    style = null;
    observer?.disconnect();
    observer = null;
  };

  const onRoute = (event?: Event): void => {
    // The Navigation API tells of a new route before its hashchange, and a router renders the
    // route's view in its own hashchange listener (set before ours): look again then.
    if (!ctx.isValid || (location.href === lastUrl && event?.type !== 'hashchange')) return;
    lastUrl = location.href;
    if (watch.isCandidate(new URL(location.href))) {
      arm();
      schedule();
    } else {
      disarm();
      watch.leave();
    }
  };

  ctx.listen(window, 'hashchange', onRoute);
  ctx.listen(window, 'popstate', onRoute);
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.listen(navigation, 'currententrychange', onRoute);
  ctx.listen(
    document,
    'animationstart',
    (event: AnimationEvent) => {
      if (event.animationName !== APPEAR_ANIMATION || !style || scheduled) return;
      const el = event.target;
      if (!(el instanceof Element) || !watch.appeared || watch.appeared(el)) schedule();
    },
    { capture: true },
  );
  ctx.onInvalidated(() => {
    disarm();
    watch.leave();
  });
  onRoute();
  return { rescan: schedule };
}
