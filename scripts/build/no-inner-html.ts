// Preact can set innerHTML (its `dangerouslySetInnerHTML` prop), which AMO's linter flags in
// the popup bundle. The extension never uses that prop (eslint forbids it in src/), so the
// build cuts the one assignment out: a use would throw instead of injecting markup.
import type { Plugin } from 'vite';

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
/** Preact's only write: `<dom>.innerHTML=<props>.__html` (minified names vary by release). */
const ASSIGNMENT = /\b([\w$]+)\.innerHTML=([\w$]+)\.__html\b/g;

export const REFUSAL = 'dangerouslySetInnerHTML is not allowed in this extension';

/** Preact's code with innerHTML never written; throws if the code no longer has the one write. */
export function withoutInnerHtml(code: string): string {
  let found = 0;
  const out = code.replace(ASSIGNMENT, () => {
    found += 1;
    return `(()=>{throw Error(${JSON.stringify(REFUSAL)})})()`;
  });
  if (found !== 1) throw new Error(`expected one innerHTML write in Preact, found ${found}: update no-inner-html.ts`);
  return out;
}

export function noInnerHtml(): Plugin {
  return {
    name: 'no-inner-html',
    apply: 'build',
    transform(code, id) {
      return PREACT.test(id) ? { code: withoutInnerHtml(code), map: null } : null;
    },
  };
}
