// Microsoft Entra ID's servers, as the sandbox plays them for the Entra-like blades (twin of
// okta-backend.ts). In the real portal "Test Connection" and "Provision on demand" are run by
// Entra's provisioning service, which calls the app's SCIM API and tells the blade what happened
// (entra.md steps 4 and 6). The frame pages post here (tests/fixtures/libraries/entra/entra-backend.js)
// on the reactblade host, so what the shell's notification says is what Entra would say against
// the Trelica-like server.
// The calls follow entra.md "What Entra sends to Trelica", through src/core/scim/dialects/entra.ts
// (the paths and the create body the extension's rehearsal replays, one source for both):
// - Test connection: `GET {tenant}/Users?filter=userName eq "<random GUID>"`, which must answer
//   200 with an empty ListResponse (H); then, while the groups mapping is enabled, the groups
//   probe `GET {tenant}/Groups?excludedAttributes=members&filter=displayName eq "<random>"` (M). The
//   probe's answer does not decide: Trelica has no /Groups and its article has the test pass
//   before groups are switched off (M); it is reported in `message` for tests.
// - Provision on demand: `GET {tenant}/Users?filter=userName eq "<upn>"`; none → `POST {tenant}/Users`
//   with Entra's body (H). A match is not updated here: the step says so and no call is made.
// Headers: `Authorization: Bearer <secret token>`, `Content-Type: application/scim+json` (H). An
// empty secret token makes Entra send a credential of its own, which Trelica rejects (H): a bogus
// token here. The tenant URL is concatenated as typed (a trailing "/" gives "…/v2//Users", which
// Trelica answers 404). `?aadOptscim062020` is Entra's own switch: kept out of the calls (L).
import { randomBytes, randomUUID } from 'node:crypto';
import express, { type Router } from 'express';
import { TRELICA_HOSTS } from '../../../src/core/hosts';
import { entraCreateBody, groupsProbePath, guidOf } from '../../../src/core/scim/dialects/entra';
import { filterPath } from '../../../src/core/scim/paths';
import {
  DIRECTORY_USERS,
  type DirectoryUser,
  type EntraOnDemandValues,
  type EntraTestResult,
  type EntraTestValues,
  type OnDemandResult,
  type OnDemandStep,
} from '../../fixtures/libraries/entra/state';
import type { HttpClient } from './jumpcloud-backend';

const LIST_URN = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
/** What Entra sends when the Secret token is empty: a credential of its own, unknown to Trelica. */
export const ENTRA_OWN_CREDENTIAL = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.entra-provisioning-service.sandbox';
const COMPAT_FLAG = 'aadOptscim062020';
const UNREACHABLE = 'We are not able to connect to your application. An error occurred while sending the request.';

type Answer = { status: number; body: unknown };
type Get = (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<{ url: string; answer: Answer }>;

/** Entra's HTTP reason phrases for the statuses the sandbox answers. */
const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  500: 'InternalServerError',
  503: 'ServiceUnavailable',
};

/** "We received this unexpected response…": Entra's details for an answer it did not want. */
export function unexpectedResponse(url: string, answer: Answer): string {
  const reason = REASONS[answer.status] ?? 'Unknown';
  const content = answer.body === null ? '' : JSON.stringify(answer.body).slice(0, 300);
  return `We received this unexpected response from your application: Received response from Web resource. Resource: ${url} Status Code: ${reason} Response Status Code: ${reason} (${answer.status}) Response Content: ${content}`;
}

/** A sender bound to the tenant URL, or null when Entra could not reach it (not a Trelica host here). */
function tenant(values: { tenantUrl: string; secretToken: string }, http: HttpClient): Get | null {
  let base: URL;
  try {
    base = new URL(values.tenantUrl.trim());
  } catch {
    return null;
  }
  // Only the Trelica hosts exist in the sandbox; anything else would mean the internet.
  if (base.protocol !== 'https:' || !TRELICA_HOSTS.includes(base.host)) return null;
  base.searchParams.delete(COMPAT_FLAG);
  const prefix = `${base.origin}${base.pathname}`;
  const kept = base.search.slice(1);
  const token = values.secretToken.trim() || ENTRA_OWN_CREDENTIAL;
  return async (method, path, body) => {
    const url = new URL(`${prefix}${path}`);
    if (kept) url.search = url.search ? `${url.search}&${kept}` : `?${kept}`;
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      accept: 'application/scim+json',
      'content-type': 'application/scim+json',
    };
    const answer = await http({ method, url, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { url: url.href, answer };
  };
}

const isList = (body: unknown) => {
  const schemas = (body as { schemas?: unknown } | null)?.schemas;
  return Array.isArray(schemas) && schemas.includes(LIST_URN);
};
const totalOf = (body: unknown) => Number((body as { totalResults?: unknown } | null)?.totalResults ?? NaN);

function redact(text: string, token: string): string {
  return token ? text.split(token).join('[token]') : text;
}

/** Entra's "Test Connection": ok iff the absent user's filter answers 200 with an empty list. */
export async function testConnection(values: EntraTestValues, http: HttpClient): Promise<EntraTestResult> {
  const requestId = randomUUID();
  const send = tenant(values, http);
  if (send === null) return { ok: false, details: UNREACHABLE, requestId, message: 'host not reachable' };
  const hex = randomBytes(16).toString('hex');
  try {
    const users = await send('GET', filterPath(guidOf(hex)));
    const { status, body } = users.answer;
    if (status !== 200 || !isList(body) || totalOf(body) !== 0) {
      const details = redact(unexpectedResponse(users.url, users.answer), values.secretToken);
      return { ok: false, details, requestId, message: `GET /Users?filter answered ${status}` };
    }
    if (!values.groupsEnabled) return { ok: true, requestId, message: 'users filter: 200, empty' };
    const groups = await send('GET', groupsProbePath(`scim-check-${hex.slice(0, 16)}`));
    return { ok: true, requestId, message: `users filter: 200, empty; groups probe: ${groups.answer.status}` };
  } catch (error) {
    const reason = redact(error instanceof Error ? error.message : String(error), values.secretToken);
    return { ok: false, details: UNREACHABLE, requestId, message: reason };
  }
}

function directoryUser(value: unknown): DirectoryUser | null {
  const upn = (value as { userPrincipalName?: unknown } | null)?.userPrincipalName;
  return DIRECTORY_USERS.find((u) => u.userPrincipalName === upn) ?? null;
}

/** Entra's "Provision on demand" for one user: the four steps, the last two calling the app. */
export async function provisionOnDemand(values: EntraOnDemandValues, http: HttpClient): Promise<OnDemandResult> {
  const user = directoryUser(values.user);
  if (user === null)
    return { steps: [{ name: 'Import user', ok: false, detail: 'The user was not found in Microsoft Entra ID.' }] };
  const steps: OnDemandStep[] = [
    { name: 'Import user', ok: true, detail: `Retrieved ${user.displayName} from Microsoft Entra ID.` },
    { name: 'Determine if user is in scope', ok: true, detail: 'The user is assigned to the application: in scope.' },
  ];
  const send = tenant(values, http);
  const fail = (name: OnDemandStep['name'], detail: string): OnDemandResult => ({
    steps: [...steps, { name, ok: false, detail: redact(detail, values.secretToken) }],
  });
  if (send === null) return fail('Match user between source and target system', UNREACHABLE);
  try {
    const match = await send('GET', filterPath(user.userPrincipalName));
    if (match.answer.status !== 200 || !isList(match.answer.body))
      return fail('Match user between source and target system', unexpectedResponse(match.url, match.answer));
    if (totalOf(match.answer.body) > 0) {
      steps.push({
        name: 'Match user between source and target system',
        ok: true,
        detail: 'A matching user was found.',
      });
      steps.push({ name: 'Perform action', ok: true, detail: 'The user already exists: no change was needed.' });
      return { steps };
    }
    steps.push({
      name: 'Match user between source and target system',
      ok: true,
      detail: 'No matching user was found.',
    });
    const body = entraCreateBody({
      email: user.userPrincipalName,
      names: { givenName: user.givenName, familyName: user.surname, updatedFamilyName: user.surname },
      random: randomBytes(9).toString('hex'),
    });
    const created = await send('POST', '/Users', body);
    const id = (created.answer.body as { id?: unknown } | null)?.id;
    if (created.answer.status !== 201 || typeof id !== 'string')
      return fail('Perform action', unexpectedResponse(created.url, created.answer));
    steps.push({ name: 'Perform action', ok: true, detail: `Create user: the user was created with id ${id}.` });
    return { steps };
  } catch {
    return fail(steps.length === 2 ? 'Match user between source and target system' : 'Perform action', UNREACHABLE);
  }
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const fields = (body: unknown) => (body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {});

/** POST /__entra/test-connection and /__entra/provision-on-demand, for the reactblade host. */
export function entraBackendRouter(http: HttpClient): Router {
  const router = express.Router();
  const json = express.json({ limit: '16kb' });
  router.post('/__entra/test-connection', json, (req, res, next) => {
    const b = fields(req.body);
    testConnection(
      { tenantUrl: text(b.tenantUrl), secretToken: text(b.secretToken), groupsEnabled: b.groupsEnabled === true },
      http,
    )
      .then((result) => res.set('cache-control', 'no-store').json(result))
      .catch(next);
  });
  router.post('/__entra/provision-on-demand', json, (req, res, next) => {
    const b = fields(req.body);
    const user = (directoryUser(b.user) ?? { userPrincipalName: '' }) as DirectoryUser;
    provisionOnDemand({ tenantUrl: text(b.tenantUrl), secretToken: text(b.secretToken), user }, http)
      .then((result) => res.set('cache-control', 'no-store').json(result))
      .catch(next);
  });
  return router;
}
