// The early script's appearance watch, made only once a route is a candidate (./start.ts): one
// adopted style sheet whose rule starts a 1 ms animation (random name) on what the site names,
// and, when one starts (or the document is parsed), one XPath question, at most one a frame,
// whether the page shows what only a page we serve shows. Nothing of it exists before: the
// document's interfaces (about 20 KB of heap in the isolated world), the sheet, the event
// interfaces of animationstart are paid for only where a page we serve may appear.
//
// Every interface the isolated world touches for the first time is built there (no snapshot,
// unlike the page's own world): about 0.3 ms each in Chromium 156 on the bench's machine. So
// this watch touches as few as it can: no `crypto` (0.8 ms; the name needs to differ per run,
// not to resist an attacker who can read our world). Listening once a frame instead (a `once`
// listener added again in the next frame) measured worse on JumpCloud's SSO tab, not better.
import type { EarlySigns } from '../dom/signs';
import { anyElementQuery } from '../dom/xpath';

export interface AppearanceWatch {
  /** Adopts the sheet (on a candidate route) or drops it; again if the page replaced the document's sheets. */
  arm(on: boolean): void;
  /** For good: the sheet and the listeners go. */
  stop(): void;
}

/** `found` runs once, at the first look that finds a sign; the watch has stopped by then. */
export function watchAppearances(signs: EarlySigns, found: () => void): AppearanceWatch {
  // Per run, as dom/ours.ts's randomName, without crypto (see above): 8 base-36 characters.
  const animation = `a${Math.random().toString(36).slice(2, 10)}`;
  const rule = `@keyframes ${animation}{from{outline-color:inherit}to{outline-color:inherit}}:where(${signs.appearSelector}){animation:1ms ${animation}}`;
  const shows = anyElementQuery(document, () => signs.shows);
  let stopped = false;

  // An adopted sheet: no node in the page's DOM. Firefox ESR 140 shows a content script the
  // document's list through an Xray, first without Array's methods ("includes is not a
  // function"), then not at all ("Accessing from Xray wrapper is not supported"): there, and
  // wherever else the list throws, the rule goes in a <style> element of ours for the rest of the
  // run, as the site scripts' watch does (dom/signs.ts). Reading the list through a copy instead
  // cost Chromium 1 KB more heap and did not get past the Xray.
  let sheet: CSSStyleSheet | null = new CSSStyleSheet();
  sheet.replaceSync(rule);
  let style: HTMLStyleElement | null = null;
  const adopted = (): boolean => (sheet ? document.adoptedStyleSheets.includes(sheet) : !!style?.isConnected);
  const place = (on: boolean): void => {
    if (sheet) {
      // A new list, not push() and splice() on the document's: those methods on its observable
      // array cost 4 KB more heap in the isolated world (Chromium 156, the bench's heap figure).
      const others = document.adoptedStyleSheets.filter((s) => s !== sheet);
      document.adoptedStyleSheets = on ? [...others, sheet] : others;
      return;
    }
    if (!on) return style?.remove();
    if (!style) {
      style = document.createElement('style');
      style.textContent = rule;
    }
    (document.head ?? document.documentElement)?.append(style);
  };
  const arm = (on: boolean): void => {
    try {
      if (on !== adopted()) place(on);
    } catch {
      sheet = null;
      place(on);
    }
  };
  const look = (): void => {
    if (stopped || !adopted() || !shows()) return;
    stop();
    found();
  };
  // On window, not document: the event's name is all that is read, never its target. The
  // first of a frame's appearances looks at once (the others in that frame find the same page).
  let lookedThisFrame = false;
  const onAnimation = (event: Event): void => {
    if (lookedThisFrame || (event as AnimationEvent).animationName !== animation) return;
    lookedThisFrame = true;
    requestAnimationFrame(() => (lookedThisFrame = false));
    look();
  };
  function stop(): void {
    stopped = true;
    arm(false);
    removeEventListener('animationstart', onAnimation, true);
    removeEventListener('DOMContentLoaded', look, true);
  }

  addEventListener('animationstart', onAnimation, true);
  // And once the document is parsed: a page we serve may be there before its first frame.
  addEventListener('DOMContentLoaded', look, { capture: true, once: true });
  return { arm, stop };
}
