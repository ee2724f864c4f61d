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

/** Match patterns for permissions.contains/request: must equal manifest.json's host_permissions. */
export const HOST_PERMISSION_PATTERNS: readonly string[] = /* @__PURE__ */ [
  ...Object.values(TRELICA_ORIGINS),
  ...Object.values(JUMPCLOUD_ORIGINS),
].map((origin) => `${origin}/*`);
