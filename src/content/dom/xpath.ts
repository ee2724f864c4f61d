// XPath, for the early script's look at the page: one native query answers "does the page show
// this?" without the script ever holding an element. In an isolated world the first element a
// script touches instantiates the whole HTMLElement/Element/Node interface chain for that
// world (about 60 KB of heap, measured in Chromium 156 by the bench), which the early script,
// on every console page, cannot afford. XPath 1.0 has no regular expressions: text is
// lowercased and its whitespace collapsed, then searched for words; the site's script, once
// injected, decides with the real patterns.

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

const lower = (expr: string): string => `translate(${expr},'${UPPER}','${LOWER}')`;
const quote = (s: string): string => {
  if (s.includes("'")) throw new Error(`no quote in an XPath word: ${s}`);
  return `'${s}'`;
};

/** The element is one of these tags, has one of these roles, or a class containing one of these words (any case). */
export function isOneOf({
  tags = [],
  roles = [],
  classWords = [],
}: {
  tags?: readonly string[];
  roles?: readonly string[];
  classWords?: readonly string[];
}): string {
  return [
    ...tags.map((t) => `self::${t}`),
    ...roles.map((r) => `@role=${quote(r)}`),
    ...classWords.map((w) => `contains(${lower('@class')},${quote(w)})`),
  ].join(' or ');
}

/** Its text, whitespace collapsed, is at most `max` characters and contains one of the words (lowercase). */
export function readsAny(words: readonly string[], max = 80): string {
  const text = lower('normalize-space(.)');
  return `string-length(normalize-space(.))<=${max} and (${words.map((w) => `contains(${text},${quote(w)})`).join(' or ')})`;
}

/** Neither it nor an ancestor is hidden by the hidden attribute or an inline display: none. */
export const NOT_HIDDEN = `not(ancestor-or-self::*[@hidden or contains(translate(@style,' ',''),'display:none')])`;

/** Whether any element of the document matches the predicate (an XPath expression on `.`),
 *  built and compiled at the first question (the string is not kept), then reused. */
export function anyElementQuery(doc: Document, predicate: () => string): () => boolean {
  let query: XPathExpression | null = null;
  return () => {
    query ??= doc.createExpression(`boolean(//*[${predicate()}])`);
    return query.evaluate(doc, XPathResult.BOOLEAN_TYPE).booleanValue;
  };
}
