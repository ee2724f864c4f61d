// What the content script put in the page, known by reference rather than by a name in the
// page's DOM: a fixed attribute such as data-scim-assistant lets any page see the extension is
// installed (and style or find our panel by it). Also names (an animation's) that must be
// unguessable: random per script run.
import { inDocument } from './deep';

const ours = new WeakSet<Node>();

export function markOurs<T extends Node>(node: T): T {
  ours.add(node);
  return node;
}

/** The node, or the shadow host it is rendered in, is something this script put in the page. */
export function isOurs(node: Node | null): boolean {
  if (!node) return false;
  return ours.has(node) || (node instanceof Element && ours.has(inDocument(node)));
}

/** A name the page cannot know in advance: for an animation, a class, an id of ours. */
export const randomName = (prefix: string): string =>
  `${prefix}${Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(36).padStart(2, '0')).join('')}`;
