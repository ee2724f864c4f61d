// Knowing when a page we serve is on screen, at (almost) no cost elsewhere: the route and
// appearance signs (./signs.ts), and, only while the page is served, a MutationObserver that
// keeps our UI in step with the page, listening only to changes in or around the areas we
// serve (never to our own panel). Every callback is batched into one scan per animation frame.
import type { ScriptContext } from './context';
import { isOurs } from './ours';
import { watchSigns, type Signs } from './signs';

export { APPEAR_ANIMATION } from './signs';

export interface PageWatch extends Signs {
  /** While served: the elements we read (a section, a table, a tab and its panel). Changes
   *  inside them, on their ancestors' attributes (which may hide them) or removing them
   *  trigger a scan; other changes do not. Default: the whole body. */
  areas?(): readonly Element[];
  /** Looks at the page and updates our UI; returns whether the page is one we serve. */
  scan(): boolean;
  /** Tears our UI down (route no longer a candidate, or script ending). */
  leave(): void;
}

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
  let scheduled = false;

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

  const stopObserving = (): void => {
    observer?.disconnect();
    observer = null;
  };

  ctx.onInvalidated(() => {
    stopObserving();
    watch.leave();
  });
  // The script starts where a page we serve may already be on screen (the early script saw a
  // sign of it): the first look is at once, not a frame later.
  let starting = true;
  let lookNow = false;
  watchSigns(ctx, watch, {
    route(candidate) {
      if (candidate && starting) lookNow = true;
      else if (candidate) schedule();
      else {
        stopObserving();
        watch.leave();
      }
    },
    appear: schedule,
    busy: () => scheduled,
  });
  starting = false;
  if (lookNow) run();
  return { rescan: schedule };
}
