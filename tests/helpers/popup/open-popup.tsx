// Opening the whole popup over a scripted background, as an admin opens it. The test file
// must mock send and the platform adapter (see scripted-background.ts) before importing this.
import { fireEvent, render, screen } from '@testing-library/preact';
import { App } from '../../../src/popup/App';
import type { State } from '../../../src/core/messages';
import { scriptBackground, type Handlers } from './scripted-background';

/**
 * get-state answers `state`; set-credentials (the fields kept as they are typed) answers the
 * same state unless a handler says otherwise. Returns the checklist and the labelled fields.
 */
export async function openPopup(state: State, handlers: Handlers = {}) {
  scriptBackground({
    'popup/get-state': () => ({ ok: true, state }),
    'popup/set-credentials': () => ({ ok: true, state }),
    ...handlers,
  });
  render(<App />);
  const list = await screen.findByRole('list', { name: 'Setup checklist' });
  return {
    list,
    step: (id: string) => list.querySelector(`li[data-step="${id}"]`) as HTMLElement,
    baseUrl: () => screen.getByLabelText('Base URL') as HTMLInputElement,
    token: () => screen.getByLabelText('Bearer token') as HTMLInputElement,
    email: () => screen.getByLabelText('Test user email') as HTMLInputElement,
  };
}

/** Typing into a field: the value changes, one input event. */
export async function type(input: HTMLInputElement, value: string): Promise<void> {
  fireEvent.input(input, { target: { value } });
}
