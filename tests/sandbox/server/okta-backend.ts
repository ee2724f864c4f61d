// Okta's servers, as the sandbox plays them for the Okta fixture pages. In the real Admin Console
// "Test Connector Configuration" is answered by Okta's back end, which calls the SCIM API itself
// and tells the page only whether it worked (okta.md step 7). The Odyssey page posts here
// (tests/fixtures/libraries/odyssey/okta-backend.js), so what its dialog says is what Okta would
// say against the Trelica-like server: a wrong token or URL is a failure.
// The calls follow okta.md "What Okta sends to Trelica": `GET {base}/Users?startIndex=1&count=2`
// (H), plus `GET {base}/Groups?startIndex=1&count=100` when Import Groups is ticked (M), with
// Okta's headers (H). The base URL is concatenated as typed (a trailing "/" gives ".../v2//Users",
// which Trelica answers 404: Trelica's article says "no trailing slash", H).
import express, { type Router } from 'express';
import { TRELICA_HOSTS } from '../../../src/core/hosts';
import { AUTH_MODES, type AuthMode, type OktaBackendValues } from '../../fixtures/libraries/odyssey/state';
import type { HttpClient, Outcome } from './jumpcloud-backend';

const LIST_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** Okta's Authorization header for the chosen mode; null when Okta would not call at all. */
function authorization(values: OktaBackendValues): string | null {
  if (values.authMode === 'HTTP Header') return `Bearer ${values.token}`;
  if (values.authMode === 'Basic Auth')
    return `Basic ${Buffer.from(`${values.username}:${values.password}`).toString('base64')}`;
  return null; // OAuth 2 needs an authorization server the sandbox does not have
}

/** A ListResponse answered 200, or the reason it is not. */
async function list(http: HttpClient, base: string, path: string, auth: string): Promise<string | null> {
  let answer: { status: number; body: unknown };
  try {
    answer = await http({
      method: 'GET',
      url: new URL(`${base}${path}`),
      headers: {
        authorization: auth,
        accept: 'application/scim+json',
        'content-type': 'application/scim+json; charset=utf-8',
        'user-agent': 'Okta SCIM Client 1.0.0',
      },
    });
  } catch (error) {
    return `GET ${path} failed: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (answer.status !== 200) return `GET ${path} answered ${answer.status}`;
  const schemas = (answer.body as { schemas?: unknown } | null)?.schemas;
  if (!Array.isArray(schemas) || !schemas.includes(LIST_URN)) return `GET ${path} answered 200 without a ListResponse`;
  return null;
}

/** Okta's "Test Connector Configuration": ok iff every list call answers 200 with a ListResponse. */
export async function testConnector(values: OktaBackendValues, http: HttpClient): Promise<Outcome> {
  let base: URL;
  try {
    base = new URL(values.baseUrl);
  } catch {
    return { ok: false, message: 'SCIM connector base URL is not a URL' };
  }
  // Only the Trelica hosts exist in the sandbox; anything else would mean the internet.
  if (base.protocol !== 'https:' || !TRELICA_HOSTS.includes(base.host))
    return { ok: false, message: 'host not reachable' };
  const auth = authorization(values);
  if (auth === null) return { ok: false, message: `${values.authMode} is not available here` };
  const paths = ['/Users?startIndex=1&count=2', ...(values.importGroups ? ['/Groups?startIndex=1&count=100'] : [])];
  for (const path of paths) {
    const failure = await list(http, values.baseUrl, path, auth);
    // The token is never echoed by the server, but a reason must not carry it whatever happens.
    if (failure !== null)
      return { ok: false, message: values.token ? failure.split(values.token).join('[token]') : failure };
  }
  return { ok: true, message: 'connected' };
}

function valuesOf(body: unknown): OktaBackendValues {
  const b = (body !== null && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    baseUrl: text(b.baseUrl),
    authMode: (AUTH_MODES as readonly string[]).includes(text(b.authMode)) ? (b.authMode as AuthMode) : 'OAuth 2',
    token: text(b.token),
    username: text(b.username),
    password: text(b.password),
    importGroups: b.importGroups === true,
  };
}

/** POST /__okta/test-connector, for the Okta admin host. */
export function oktaBackendRouter(http: HttpClient): Router {
  const router = express.Router();
  router.post('/__okta/test-connector', express.json({ limit: '16kb' }), (req, res, next) => {
    testConnector(valuesOf(req.body), http)
      .then((outcome) => res.set('cache-control', 'no-store').json(outcome))
      .catch(next);
  });
  return router;
}
