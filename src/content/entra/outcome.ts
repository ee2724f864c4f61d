// What Entra said, in its own words (entra/outcome):
// - after "Test Connection": the shell's notification (entra.md step 4: "The supplied credentials
//   are authorized to enable provisioning", or "You appear to have entered invalid credentials…
//   Error code: … Details: …"), read in the shell's top frame; a blade that shows the same words
//   in its own frame (a message bar) is read there too;
// - after "Provision" on Provision on demand: its steps, read in the blade's frame (entra.md
//   step 6: "Import user" … "Perform action", each saying how it went).
import { isOurs } from '../dom/ours';
import { shortOwnText } from '../dom/text';
import { isVisible } from '../dom/visibility';
import {
  NOTICE,
  ON_DEMAND_STEP,
  PERFORM_ACTION,
  STEP_DONE,
  STEP_FAILED,
  TEST_FAILURE,
  TEST_SUCCESS,
} from './selectors';

/** Longest text sent (entra/outcome takes 300). */
const TEXT_MAX = 300;

export interface Said {
  result: 'success' | 'failure';
  text: string;
  /** The element that said it (each is reported once). */
  at: Element;
}

/** Its words as a person reads them: a title and the line under it stay apart. */
function textOf(el: Element): string {
  const words: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) words.push(node.nodeValue ?? '');
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/** The test's answers now on screen: the innermost notice saying each, in page order. */
export function readTestNotices(root: ParentNode): Said[] {
  const said: Said[] = [];
  for (const el of Array.from(root.querySelectorAll(NOTICE))) {
    if (isOurs(el)) continue;
    const text = textOf(el);
    const result = TEST_FAILURE.test(text) ? 'failure' : TEST_SUCCESS.test(text) ? 'success' : null;
    if (!result || !isVisible(el)) continue;
    // An outer notice holding an inner one that says the same is the same answer.
    const inner = said.findIndex((s) => el.contains(s.at) || s.at.contains(el));
    const entry = { result, text: text.slice(0, TEXT_MAX), at: el } as const;
    if (inner < 0) said.push(entry);
    else if (said[inner]!.at.contains(el)) said[inner] = entry;
  }
  return said;
}

/** Provision on demand's answer once it has one: a failed step, else "Perform action" done. */
export function readOnDemand(root: ParentNode): Said | null {
  const steps = Array.from(root.querySelectorAll('h2, h3, h4, [role="heading"], strong, span, div, li'))
    .filter((el) => {
      const own = shortOwnText(el, 60);
      return own !== null && own !== '' && ON_DEMAND_STEP.test(own) && isVisible(el);
    })
    // The step's box: the nearest container holding its status words too.
    .map((title) => title.closest('li, [role="listitem"], section, [class*="step" i]') ?? title.parentElement ?? title);
  for (const step of steps) {
    const text = textOf(step);
    if (STEP_FAILED.test(text)) return { result: 'failure', text: text.slice(0, TEXT_MAX), at: step };
  }
  const last = steps.find((step) => PERFORM_ACTION.test(textOf(step)));
  return last && STEP_DONE.test(textOf(last))
    ? { result: 'success', text: textOf(last).slice(0, TEXT_MAX), at: last }
    : null;
}
