// Each console site's content script. They are not in the manifest's content_scripts: the early
// script (the one that is, at document_start) asks the background for its site's script when
// the page shows a sign of one we serve, and the background injects this file into that one
// document (background/policy-gate.ts). vite.config.ts builds each from
// src/content/<site>/index.ts into the file named here, as one classic script.
export type Site = 'trelica' | 'jumpcloud' | 'okta' | 'entra';

export const SITE_SCRIPTS: Readonly<Record<Site, string>> = {
  trelica: 'content/trelica.js',
  jumpcloud: 'content/jumpcloud.js',
  okta: 'content/okta.js',
  entra: 'content/entra.js',
};

/** Where a site's script is built from. */
export const siteScriptEntry = (site: Site): string => `src/content/${site}/index.ts`;

/**
 * The early script as built (vite.config.ts contentScriptFile of manifest.json's one content
 * script): the manifest runs it on Trelica and JumpCloud, and the background registers the same
 * file for an IdP whose console hosts are granted at run time (core/idp/registrations.ts).
 */
export const EARLY_SCRIPT = 'content/early.js';
