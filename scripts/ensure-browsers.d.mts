// Types for ensure-browsers.mjs, so TypeScript scripts (scripts/start.ts) can reuse it.
export declare const BROWSERS: ReadonlyArray<{ name: string; pkg: string; path(): string }>;
/** Installs the missing ones with apt-get when root; otherwise prints the exact command. True when all are present. */
export declare function ensureBrowsers(which?: readonly string[]): boolean;
