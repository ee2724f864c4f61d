// Fields the admin picked by hand (core/locators.ts): remembered per console origin from the
// tab that picked them, handed back to that console's script, listed and forgotten in the popup.
import { forget, remember, type Locator, type PickableField } from '../core/locators';
import { entraShellOrigin, isEntraUrl } from '../core/hosts';
import type { Context, Handlers } from './router';
import type { ProgressStore } from './progress-store';

type FieldHandlers = Pick<
  Handlers,
  | 'trelica/remember-field'
  | 'jumpcloud/remember-field'
  | 'okta/remember-field'
  | 'entra/remember-field'
  | 'trelica/remembered'
>;

/**
 * The origin of the page that sent a message; the router has checked it is the right site. An
 * Entra blade's frame host changes from one visit to the next: its fields are kept by its shell.
 */
const originOf = ({ url, tabUrl }: Context): string =>
  isEntraUrl(url) ? entraShellOrigin(url, tabUrl) : new URL(url).origin;

export function createFieldHandlers(progress: ProgressStore): FieldHandlers {
  const keep = async (request: { field: PickableField; locator: Locator }, context: Context) => {
    await progress.update((p) => ({
      ...p,
      remembered: remember(p.remembered, originOf(context), request.field, request.locator),
    }));
    return { ok: true as const };
  };
  return {
    'trelica/remember-field': keep,
    'jumpcloud/remember-field': keep,
    'okta/remember-field': keep,
    'entra/remember-field': keep,
    async 'trelica/remembered'(_request, context) {
      return { ok: true, locators: (await progress.read()).remembered[originOf(context)] ?? {} };
    },
  };
}

/** popup/forget-field: the updated progress. */
export function forgetField(progress: ProgressStore, origin: string, field: Parameters<typeof forget>[2]) {
  return progress.update((p) => ({ ...p, remembered: forget(p.remembered, origin, field) }));
}
