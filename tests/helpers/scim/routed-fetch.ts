// For the SCIM core's integration tests: the core accepts only Trelica's real hosts, so requests
// for https://app.trelica.com go to the local Trelica-like server instead (host-resolver-rules
// do the same in the e2e tests). A hook may answer or prepare a request before it is sent.
import { createServer } from 'node:net';
import type { FetchLike, ResponseLike } from '../../../src/core/scim/client';

export const TRELICA_BASE = 'https://app.trelica.com/api/scim/v2';
const TRELICA_ORIGIN = 'https://app.trelica.com';

export type Hook = (method: string, path: string) => ResponseLike | void | Promise<ResponseLike | void>;

/** A fetch that sends Trelica's requests to `origin`; a hook's answer replaces the real one. */
export function routedFetch(origin: string, hook?: Hook): FetchLike {
  return async (url, init) => {
    if (!url.startsWith(`${TRELICA_ORIGIN}/`)) throw new TypeError(`unexpected host in ${url}`);
    const local = `${origin}${url.slice(TRELICA_ORIGIN.length)}`;
    const replaced = await hook?.(init.method ?? 'GET', url.slice(TRELICA_BASE.length));
    return replaced ?? fetch(local, init);
  };
}

/** A port on 127.0.0.1 where nothing listens: it was free a moment ago and is closed again. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
