// Keeps the early script registered on the console pages of an IdP whose hosts are granted at
// run time (Okta), and only there: checked as the background starts and whenever the admin
// grants or withdraws a host (permissions.onAdded / onRemoved). What to do is core's
// (core/idp/registrations.ts); this reads, applies and listens. Checks run one after another,
// so two events close together cannot register the same id twice.
import { planRegistrations, type Registration } from '../core/idp/registrations';

interface Listened {
  addListener(listener: () => void): void;
}

export interface AccessApis {
  permissions: { getAll(): Promise<{ origins?: string[] }>; onAdded: Listened; onRemoved: Listened };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(scripts: Registration[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

/** Listens for grants and withdrawals; returns the check, which the caller runs at start. */
export function keepIdpScripts({ permissions, scripting }: AccessApis): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  const check = () =>
    (last = last
      .then(async () => {
        const [{ origins = [] }, registered] = await Promise.all([
          permissions.getAll(),
          scripting.getRegisteredContentScripts(),
        ]);
        const plan = planRegistrations(origins, registered);
        if (plan.unregister.length > 0) await scripting.unregisterContentScripts({ ids: plan.unregister });
        if (plan.register.length > 0) await scripting.registerContentScripts(plan.register);
      })
      // One failed check must not stop the next: it reads everything afresh.
      .catch(() => undefined));
  permissions.onAdded.addListener(() => void check());
  permissions.onRemoved.addListener(() => void check());
  return check;
}
