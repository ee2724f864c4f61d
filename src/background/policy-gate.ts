// The organization's managed policy (core/policy.ts), enforced where requests arrive, so the
// handlers stay as they are: a console on a region the policy leaves out is refused whole; a
// Base URL on such a region is not tested; a typed token is refused when only a captured one
// may be used; the rehearsal is refused when it is turned off ("Find out why" after a failed
// Activate then runs the connection test and says so); every State carries what the policy
// fixes, for the popup to show. A console's early script asks here for its site's script,
// which is injected only where the policy allows the console region.
import { jumpCloudRegion, trelicaRegion } from '../core/hosts';
import { SENDER_OF, type ErrorReply, type PolicyView, type RequestType } from '../core/messages';
import type { Site } from '../core/site-scripts';
import type { IdpId } from '../core/idp/ids';
import type { IdpChoice } from '../core/facts';
import {
  effectiveIdp,
  idpRefusal,
  jumpCloudRegionRefusal,
  REHEARSAL_OFF,
  trelicaRegionRefusal,
  TYPED_TOKEN_OFF,
  type ReadPolicy,
} from '../core/policy';
import { refuse, type Context, type Handlers } from './router';

/** What the popup shows of the policy (it words it: core/policy-text.ts). */
export function policyView({ policy, applied, ignored }: ReadPolicy): PolicyView {
  return {
    ...policy,
    trelicaRegions: policy.trelicaRegions && [...policy.trelicaRegions],
    jumpcloudRegions: policy.jumpcloudRegions && [...policy.jumpcloudRegions],
    idps: policy.idps && [...policy.idps],
    applied,
    ignored,
  };
}

/** Requests whose Base URL and token are about to be used: a run, a capture, "Find out why". */
const CARRY_VALUES: ReadonlySet<RequestType> = new Set<RequestType>([
  'trelica/capture',
  'jumpcloud/find-out-why',
  'okta/find-out-why',
  'entra/find-out-why',
  'popup/test-connection',
  'popup/rehearse',
  'popup/check-provisioning',
]);

type AnyHandler = (request: { type: RequestType } & Record<string, unknown>, context: Context) => Promise<unknown>;

/** Injects the site's script into the document the context names (background/index.ts). */
export type StartScript = (site: Site, context: Context) => Promise<void>;

/**
 * Where a site's script goes: the document that asked, when the browser names it (Chrome), so a
 * frame that navigated meanwhile does not get it; else the frame that asked (Firefox): the top
 * one but for Entra's blade frames. A new document there has its own early script, which asks again.
 */
export const scriptTarget = (tabId: number, { documentId, frameId = 0 }: Context) =>
  documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [frameId] };

export function withPolicy(
  handlers: Omit<Handlers, `${Site}/start`>,
  read: () => Promise<ReadPolicy>,
  startScript: StartScript,
): Handlers {
  /** Why the page this request comes from is refused, or null. */
  const pageRefusal = (type: RequestType, url: string, r: ReadPolicy): string | null => {
    if (SENDER_OF[type] === 'trelica') return trelicaRegionRefusal(r.policy, trelicaRegion(url));
    const kind = SENDER_OF[type];
    if (kind === 'jumpcloud')
      return idpRefusal(r.policy, 'jumpcloud') ?? jumpCloudRegionRefusal(r.policy, jumpCloudRegion(url));
    return kind === 'okta' || kind === 'entra' ? idpRefusal(r.policy, kind) : null;
  };
  /** Why values a run or a capture carries are refused (a Base URL's region, a typed token), or null. */
  const valueRefusal = (type: RequestType, request: Record<string, unknown>, r: ReadPolicy): ErrorReply | null => {
    if (!CARRY_VALUES.has(type)) return null;
    const baseUrl = typeof request.baseUrl === 'string' ? request.baseUrl.trim() : '';
    const url = trelicaRegionRefusal(r.policy, trelicaRegion(baseUrl));
    if (url) return refuse(url, 'url-invalid');
    const typed = type.startsWith('popup/') && typeof request.token === 'string' && request.token.trim() !== '';
    return typed && !r.policy.allowTypedToken ? refuse(TYPED_TOKEN_OFF) : null;
  };

  const gated = {} as Record<RequestType, AnyHandler>;
  for (const [type, handle] of Object.entries(handlers) as [RequestType, AnyHandler][]) {
    gated[type] = async (request, context) => {
      const r = await read();
      const page = pageRefusal(type, context.url, r);
      if (page) return refuse(page);
      if (type === 'popup/set-credentials' && !r.policy.allowTypedToken) {
        // The other fields are kept as typed; a token typed anyway is dropped, never stored.
        const { token: _dropped, ...rest } = request;
        return withView(await handle(rest as typeof request, context), r);
      }
      const values = valueRefusal(type, request, r);
      if (values) return values;
      if (type === 'popup/rehearse' && !r.policy.allowRehearsal) return refuse(REHEARSAL_OFF);
      const idp = type === 'popup/choose-idp' && idpRefusal(r.policy, request.idp as IdpId);
      if (idp) return refuse(idp);
      if (type === 'jumpcloud/find-out-why' && request.action === 'activate' && !r.policy.allowRehearsal) {
        const reply = (await handle({ ...request, action: 'test-connection' }, context)) as {
          ok: boolean;
          lines?: string[];
        };
        return reply.ok ? { ...reply, lines: [REHEARSAL_OFF, ...(reply.lines ?? [])] } : reply;
      }
      const reply = await handle(request, context);
      // The Base URL a fill would put into JumpCloud: never one on a region left out.
      const filled = type === 'jumpcloud/fill' ? (reply as { baseUrl?: string }).baseUrl : undefined;
      const fillRefusal = filled === undefined ? null : trelicaRegionRefusal(r.policy, trelicaRegion(filled));
      if (fillRefusal)
        return refuse(`${fillRefusal} Capture the Base URL again from an allowed Trelica.`, 'url-invalid');
      return withView(reply, r);
    };
  }
  const start = (site: Site) => async (_request: unknown, context: Context) => {
    if (pageRefusal(`${site}/start`, context.url, await read()) !== null) return { ok: true as const, started: false };
    await startScript(site, context);
    return { ok: true as const, started: true };
  };
  for (const site of ['trelica', 'jumpcloud', 'okta', 'entra'] as const) gated[`${site}/start`] = start(site);
  return gated as unknown as Handlers;
}

/** A reply carrying the State gets what the policy fixes, and the IdP the policy leaves. */
function withView(reply: unknown, r: ReadPolicy): unknown {
  const state = (reply as { state?: { idp: IdpChoice } }).state;
  if (!state) return reply;
  return { ...(reply as object), state: { ...state, policy: policyView(r), idp: effectiveIdp(state.idp, r.policy) } };
}
