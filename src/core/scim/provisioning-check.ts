// "Check provisioning": once the setup is saved, how many users Trelica holds over SCIM and the
// most recently changed ones, so the admin sees users arriving from JumpCloud. Read-only: list
// reads only, the same diagnosis vocabulary as the connection test.
import { classify } from './classify';
import { openScimClient, type ScimRunOptions } from './inputs';
import { scrub } from './redact';
import { ProvisioningCheckSchema, type ProvisioningCheck } from './results';

export const RECENT_COUNT = 5;
/** Newest first, where the server sorts (sorting is optional in SCIM: unsorted is fine too). */
export const RECENT_PATH = `/Users?startIndex=1&count=${RECENT_COUNT}&sortBy=meta.lastModified&sortOrder=descending`;
const PLAIN_PATH = `/Users?startIndex=1&count=${RECENT_COUNT}`;

export async function runProvisioningCheck(options: ScimRunOptions): Promise<ProvisioningCheck> {
  const now = options.now ?? (() => Date.now());
  const opened = openScimClient(options, now);
  if (!opened.ok)
    return {
      kind: 'provisioning-check',
      verdict: opened.code,
      detail: opened.detail,
      total: null,
      users: [],
      at: now(),
    };
  const { client } = opened;
  let exchange = await client.request('GET', RECENT_PATH);
  // A server that cannot sort may refuse the parameters: ask again without them.
  if (exchange.outcome.kind === 'answer' && exchange.outcome.status === 400)
    exchange = await client.request('GET', PLAIN_PATH);
  const seen = classify(exchange, 'list', now(), client.secrets);
  if (!seen.ok)
    return scrub(
      { kind: 'provisioning-check', verdict: seen.code, detail: seen.detail, total: null, users: [], at: now() },
      client.secrets,
    );
  const total = seen.list?.totalResults ?? 0;
  const users = (seen.list?.Resources ?? []).slice(0, RECENT_COUNT).map((r) => {
    const meta = (r as { meta?: { lastModified?: unknown; created?: unknown } }).meta;
    const when = meta?.lastModified ?? meta?.created;
    return {
      userName: String(r['userName'] ?? r.id ?? '').slice(0, 320),
      ...(typeof when === 'string' ? { changed: when.slice(0, 40) } : {}),
    };
  });
  const detail = `Trelica holds ${total} ${total === 1 ? 'user' : 'users'} over SCIM.`;
  return ProvisioningCheckSchema.parse(
    scrub({ kind: 'provisioning-check', verdict: 'ok', detail, total, users, at: now() }, client.secrets),
  );
}
