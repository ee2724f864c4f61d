// Wires scimmy's User resource to the UserStore handed over as request context, so the
// process-wide scimmy declaration can serve several servers, each with its own users.
import SCIMMY from 'scimmy';
import { matchIgnoringCase } from './case-insensitive-filter';
import { scimFailure } from './scim-error';
import { UserStore } from './user-store';

function storeOf(ctx: unknown): UserStore {
  if (ctx instanceof UserStore) return ctx;
  throw scimFailure(500, 'The SCIM test server lost its user store');
}

/** scimmy hands ingress a schema instance; the store keeps plain JSON. */
function plainAttributes(instance: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(instance)) as Record<string, unknown>;
}

/** Idempotent: declaring the same resource again only re-registers the same handlers. */
export function declareUserResource(): void {
  SCIMMY.Resources.declare(SCIMMY.Resources.User)
    .ingress((resource, instance, ctx) => {
      const store = storeOf(ctx);
      const attributes = plainAttributes(instance);
      return (resource.id ? store.replace(resource.id, attributes) : store.create(attributes)) as never;
    })
    .egress((resource, ctx) => {
      const store = storeOf(ctx);
      if (resource.id) {
        const user = store.get(resource.id);
        if (!user) throw scimFailure(404, `Resource ${resource.id} not found`);
        return user as never;
      }
      const users = store.list();
      return (resource.filter ? matchIgnoringCase(resource.filter, users) : users) as never;
    })
    .degress((resource, ctx) => {
      if (!resource.id) throw scimFailure(404, 'DELETE must target a user');
      storeOf(ctx).remove(resource.id);
    });
}
