// Every origin the extension knows about lives here and nowhere else. The lists derived below
// are marked pure, so that a script that does not use them (the early content script, which
// runs on every console page) does not compute them.

export const TRELICA_REGIONS = ['us', 'eu'] as const;
export const JUMPCLOUD_REGIONS = ['us', 'eu', 'in'] as const;
export type TrelicaRegion = (typeof TRELICA_REGIONS)[number];
export type JumpCloudRegion = (typeof JUMPCLOUD_REGIONS)[number];

export const TRELICA_ORIGINS: Readonly<Record<TrelicaRegion, string>> = {
  us: 'https://app.trelica.com',
  eu: 'https://eu.trelica.com',
};

export const JUMPCLOUD_ORIGINS: Readonly<Record<JumpCloudRegion, string>> = {
  us: 'https://console.jumpcloud.com',
  eu: 'https://console.eu.jumpcloud.com',
  in: 'https://console.in.jumpcloud.com',
};

/** Host names, for messages that tell the admin which hosts are accepted. */
export const TRELICA_HOSTS: readonly string[] = /* @__PURE__ */ Object.values(TRELICA_ORIGINS).map(
  (o) => new URL(o).host,
);
export const JUMPCLOUD_HOSTS: readonly string[] = /* @__PURE__ */ Object.values(JUMPCLOUD_ORIGINS).map(
  (o) => new URL(o).host,
);

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function regionOf<R extends string>(table: Readonly<Record<R, string>>, url: string): R | null {
  const origin = originOf(url);
  if (!origin) return null;
  for (const [region, known] of Object.entries(table) as [R, string][]) {
    if (known === origin) return region;
  }
  return null;
}

/** The Trelica region of a URL, or null when the URL is not on a Trelica origin (https only). */
export function trelicaRegion(url: string): TrelicaRegion | null {
  return regionOf(TRELICA_ORIGINS, url);
}

/** The JumpCloud console region of a URL, or null when the URL is not a JumpCloud console. */
export function jumpCloudRegion(url: string): JumpCloudRegion | null {
  return regionOf(JUMPCLOUD_ORIGINS, url);
}

export function isTrelicaUrl(url: string): boolean {
  return trelicaRegion(url) !== null;
}

export function isJumpCloudUrl(url: string): boolean {
  return jumpCloudRegion(url) !== null;
}

// Okta's admin console is one origin per organization, `https://<org>-admin.<domain>` on these
// domains (Okta's docs and Trelica's article; the end-user dashboard, `<org>.<domain>`, is not
// served). Its hosts are asked for at run time, when the admin picks Okta: they are no
// install-time permission.
export const OKTA_DOMAINS = ['okta.com', 'okta-emea.com', 'oktapreview.com'] as const;

/** optional_host_permissions for Okta: must equal manifest.json's (tests/unit/manifest.test.ts). */
export const OKTA_HOST_PATTERNS: readonly string[] = /* @__PURE__ */ OKTA_DOMAINS.map((d) => `https://*.${d}/*`);

/** Where Okta's content script may run: its admin console's pages only. */
export const OKTA_SCRIPT_MATCHES: readonly string[] = /* @__PURE__ */ OKTA_DOMAINS.map((d) => `https://*.${d}/admin/*`);

const OKTA_ADMIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?-admin$/;

/** The Okta admin console origin of a URL (https, default port), or null. */
export function oktaAdminOrigin(url: string): string | null {
  return labelUnder(url, OKTA_DOMAINS, OKTA_ADMIN_LABEL)?.origin ?? null;
}

export function isOktaAdminUrl(url: string): boolean {
  return oktaAdminOrigin(url) !== null;
}

// The early content script asks these of the document's origin (`self.origin`), which the
// browser has already serialized (lowercase, punycode, no default port, no user info): an
// exact string test suffices, and it builds no URL (the URL interface costs a page's isolated
// world about 5 KB of heap and up to a millisecond, measured by the bench).
export function isTrelicaOrigin(origin: string): boolean {
  return (Object.values(TRELICA_ORIGINS) as string[]).includes(origin);
}

export function isJumpCloudOrigin(origin: string): boolean {
  return (Object.values(JUMPCLOUD_ORIGINS) as string[]).includes(origin);
}

export function isOktaAdminOrigin(origin: string): boolean {
  const [, label, domain] = /^https:\/\/([^.]+)\.([^:/]+)$/.exec(origin) ?? [];
  return !!label && OKTA_ADMIN_LABEL.test(label) && (OKTA_DOMAINS as readonly string[]).includes(domain!);
}

/** Match patterns for permissions.contains/request: must equal manifest.json's host_permissions. */
export const HOST_PERMISSION_PATTERNS: readonly string[] = /* @__PURE__ */ [
  ...Object.values(TRELICA_ORIGINS),
  ...Object.values(JUMPCLOUD_ORIGINS),
].map((origin) => `${origin}/*`);

// Microsoft Entra ID: one shell ("Ibiza") on two origins, with hash routes; the blades, the
// provisioning form included, render in cross-origin frames on `<sandbox>.reactblade*` hosts of
// portal.azure.net (entra.md "Where"). The shell's top frame shows the notifications; the
// frames show the forms. Asked for at run time, as Okta's are.
export const ENTRA_SHELL_ORIGINS = ['https://entra.microsoft.com', 'https://portal.azure.com'] as const;
export const ENTRA_FRAME_DOMAINS = [
  'reactblade.portal.azure.net',
  'reactblade-ms.portal.azure.net',
  'reactblade-rc.portal.azure.net',
] as const;

/** optional_host_permissions for Entra ID: must equal manifest.json's (tests/unit/manifest.test.ts). */
// A call, so that the pure mark covers both lists (on an array literal it covers nothing).
export const ENTRA_HOST_PATTERNS: readonly string[] = /* @__PURE__ */ ENTRA_SHELL_ORIGINS.map((o) => `${o}/*`).concat(
  /* @__PURE__ */ ENTRA_FRAME_DOMAINS.map((d) => `https://*.${d}/*`),
);

const FRAME_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** An https URL on the default port, without credentials; else null. */
function httpsDefault(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'https:' && parsed.port === '' && !parsed.username && !parsed.password ? parsed : null;
}

/** httpsDefault(url) when its host is one label matching `label` right under one of `domains`. */
function labelUnder(url: string, domains: readonly string[], label: RegExp): URL | null {
  const parsed = httpsDefault(url);
  if (!parsed) return null;
  const [first, ...rest] = parsed.hostname.split('.');
  return first && label.test(first) && domains.includes(rest.join('.')) ? parsed : null;
}

/** The Entra shell's top document ("https://entra.microsoft.com/#view/…"). */
export function isEntraShellUrl(url: string): boolean {
  const parsed = httpsDefault(url);
  return parsed !== null && (ENTRA_SHELL_ORIGINS as readonly string[]).includes(parsed.origin);
}

/** A frame Entra renders a blade in: one label under a reactblade domain. */
export function isEntraFrameUrl(url: string): boolean {
  return labelUnder(url, ENTRA_FRAME_DOMAINS, FRAME_LABEL) !== null;
}

/** The early script's test of its document's origin (a string: no URL built): Entra's shell or frame. */
export function isEntraOrigin(origin: string): boolean {
  if ((ENTRA_SHELL_ORIGINS as readonly string[]).includes(origin)) return true;
  const [, label, domain] = /^https:\/\/([^.]+)\.([^:/]+)$/.exec(origin) ?? [];
  return !!label && FRAME_LABEL.test(label) && (ENTRA_FRAME_DOMAINS as readonly string[]).includes(domain!);
}

export function isEntraUrl(url: string): boolean {
  return isEntraShellUrl(url) || isEntraFrameUrl(url);
}

/**
 * The shell origin an Entra message belongs to: the sender's own when it is the shell's top
 * frame, else its tab's (a blade's frame, when the browser names the tab's URL), else the
 * Microsoft Entra admin center's.
 */
export function entraShellOrigin(url: string, tabUrl?: string): string {
  const shell = [url, tabUrl ?? ''].find(isEntraShellUrl);
  return shell ? new URL(shell).origin : ENTRA_SHELL_ORIGINS[0];
}
