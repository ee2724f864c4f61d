// An in-memory SCIM Users endpoint, just enough to walk the rehearsal through every branch.
// Each operation can be replaced by a fault that may still run the real behaviour first.
import type { ResponseLike } from '../../../src/core/scim/client';
import { empty, json, list, recordingFetch, scimError, scimUser, type Call } from './fetch-fakes';

export type Op = 'lookup' | 'create' | 'update' | 'delete' | 'get';
type Answer = ResponseLike | Promise<ResponseLike>;
export type Fault = (call: Call, real: () => ResponseLike) => Answer;

interface StoredUser {
  id: string;
  userName: string;
  givenName?: string;
  familyName: string;
  active: boolean;
}

export function fakeScim(domains: string[] = ['example.com']) {
  const users = new Map<string, StoredUser>();
  const faults: Partial<Record<Op, Fault>> = {};
  let next = 1;

  const toScim = (u: StoredUser) =>
    scimUser(u.id, u.userName, { active: u.active, name: { givenName: u.givenName, familyName: u.familyName } });

  function real(op: Op, call: Call): ResponseLike {
    const id = decodeURIComponent(call.path.split('/')[2] ?? '');
    const user = users.get(id);
    switch (op) {
      case 'lookup': {
        const filter = new URLSearchParams(call.path.split('?')[1]).get('filter') ?? '';
        const wanted = /^userName eq "(.*)"$/.exec(filter)?.[1]?.toLowerCase();
        return json(200, list([...users.values()].filter((u) => u.userName.toLowerCase() === wanted).map(toScim)));
      }
      case 'create': {
        const body = call.body as { userName: string; name: { givenName?: string; familyName: string } };
        if (!domains.includes(body.userName.split('@')[1] ?? '')) {
          return json(400, scimError(400, 'The email domain is not registered for user requests', 'invalidValue'));
        }
        if ([...users.values()].some((u) => u.userName === body.userName))
          return json(409, scimError(409, 'exists', 'uniqueness'));
        const created = {
          id: `${(next++).toString(16).padStart(32, '0')}`,
          userName: body.userName,
          givenName: body.name.givenName,
          familyName: body.name.familyName,
          active: true,
        };
        users.set(created.id, created);
        return json(201, toScim(created));
      }
      case 'update': {
        if (!user) return json(404, scimError(404, 'no such user'));
        const body = call.body as { Operations: Array<{ op: string; path: string; value: string }> };
        for (const operation of body.Operations)
          if (operation.path === 'name.familyName') user.familyName = operation.value;
        return json(200, toScim(user));
      }
      case 'delete':
        if (!user) return json(404, scimError(404, 'no such user'));
        users.delete(id);
        return empty(204);
      case 'get':
        return user ? json(200, toScim(user)) : json(404, scimError(404, 'no such user'));
    }
  }

  function opOf(call: Call): Op {
    if (call.method === 'GET') return call.path.startsWith('/Users?') ? 'lookup' : 'get';
    return ({ POST: 'create', PATCH: 'update', DELETE: 'delete' } as const)[call.method as 'POST'] ?? 'get';
  }

  const { fetch, calls } = recordingFetch((call) => {
    const op = opOf(call);
    const fault = faults[op];
    return fault ? fault(call, () => real(op, call)) : real(op, call);
  });

  return {
    fetch,
    calls,
    users: () => [...users.values()],
    /** A user made by someone else; `name` to make one that looks like the rehearsal's. */
    add(userName: string, name: { givenName?: string; familyName?: string } = {}) {
      const id = `${(next++).toString(16).padStart(32, '0')}`;
      users.set(id, {
        id,
        userName,
        givenName: name.givenName,
        familyName: name.familyName ?? 'Existing',
        active: true,
      });
      return id;
    },
    fault(op: Op, fault: Fault | null) {
      if (fault) faults[op] = fault;
      else delete faults[op];
    },
    ops: () => calls.map(opOf),
  };
}
