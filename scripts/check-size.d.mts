// Types for check-size.mjs, so TypeScript scripts (scripts/bench.ts) can reuse measure().
export declare const BUDGETS: { content: number; background: number; popup: number };
/** gzip bytes of each content script, the background and the popup JS (with everything each loads). */
export declare function measure(): Array<{ what: string; bytes: number; budget: number }>;
