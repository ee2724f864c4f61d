// Bearer authentication in front of scimmy-routers, which sends no WWW-Authenticate header.
// Until "Enable SCIM" is clicked the right token is refused like a wrong one, as Trelica does.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { sendScimError } from '../scim-error';
import type { ServerState } from '../state';

export const AUTH_REALM = 'Trelica SCIM';

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function bearerAuth(state: ServerState): RequestHandler {
  return (req, res, next) => {
    const header = req.headers.authorization;
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
    if (token !== undefined && state.scimEnabled && sameToken(token, state.token)) {
      next();
      return;
    }
    const challenge =
      header === undefined ? `Bearer realm="${AUTH_REALM}"` : `Bearer realm="${AUTH_REALM}", error="invalid_token"`;
    res.set('WWW-Authenticate', challenge);
    const detail =
      header === undefined ? 'Authorization header with a Bearer token is required' : 'The bearer token is not valid';
    sendScimError(res, 401, detail);
  };
}
