// Ticking and unticking a checkbox (or switch) as a person does: by clicking what they see. A
// styled checkbox often hides its native input (display:none, or a zero-size box) and shows
// its <label> instead; a click on the label toggles the input through the browser's own label
// activation, which is what the page's framework listens to.
import { ALREADY_SET, clickLikeUser, filledIf, unavailable, type FillResult } from './fill';
import { isToggleOn } from './find';
import { isVisible, whyNotEditable } from './visibility';
import { waitForElement } from './wait';

/** What a person clicks to change the box: the box itself when shown, else a shown label of it. */
export function toggleHandle(box: HTMLElement): HTMLElement | null {
  return isVisible(box) ? box : ([...((box as HTMLInputElement).labels ?? [])].find(isVisible) ?? null);
}

/** Sets the box on or off with one click, then waits for the page's own state to follow. */
export async function setToggle(box: HTMLElement, on: boolean, signal: AbortSignal): Promise<FillResult> {
  if (isToggleOn(box) === on) return ALREADY_SET;
  const handle = toggleHandle(box);
  const why = whyNotEditable(box);
  if (!handle) return unavailable('hidden');
  if (why && why !== 'hidden') return unavailable(why);
  clickLikeUser(handle);
  // Frameworks re-render on their next tick: wait for the page's own state to follow.
  await waitForElement(() => isToggleOn(box) === on, { signal, timeoutMs: 800, near: box });
  return filledIf(isToggleOn(box) === on);
}
