// @vitest-environment happy-dom
// Custom dropdowns as component libraries build them: the list portalled to <body>, another
// control's list still in the document, options chosen on different events, a keyboard-only
// widget. Only this control's list is ever read, and each failure says which it was.
import { describe, expect, it } from 'vitest';
import { choose } from '../../../../src/content/dom/choose';

const signal = new AbortController().signal;
const SCIM_API = /(^|\s)scim api$/;

interface Options {
  /** Which event chooses an option. */
  on?: 'click' | 'mousedown' | 'mouseup' | 'none';
  /** Whether the control names its list with aria-controls. */
  controls?: boolean;
  options?: string[];
  chosen?: string | null;
  /** Keyboard: ArrowDown moves aria-activedescendant, Enter chooses it. */
  keyboard?: boolean;
  opens?: boolean;
}

let made = 0;
/** A dropdown whose list is appended to <body> when it opens; returns the control and its model. */
function dropdown({
  on = 'click',
  controls = true,
  options = ['SCIM API', 'Custom API'],
  chosen = null,
  keyboard = false,
  opens = true,
}: Options = {}) {
  const id = `dd${++made}`;
  const control = document.createElement('div');
  control.setAttribute('role', 'combobox');
  control.setAttribute('aria-label', 'API Type');
  control.textContent = chosen ?? 'Select…';
  document.body.append(control);
  const model = { value: chosen };
  let list: HTMLElement | null = null;
  let active = -1;
  const pick = (text: string) => {
    model.value = text;
    control.textContent = text;
    list?.remove();
    list = null;
  };
  const open = () => {
    if (list || !opens) return;
    list = document.createElement('ul');
    list.setAttribute('role', 'listbox');
    list.id = `${id}-list`;
    for (const text of options) {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.id = `${id}-${text.replace(/\W/g, '')}`;
      li.setAttribute('aria-selected', String(model.value === text));
      li.textContent = text;
      if (on !== 'none') li.addEventListener(on, () => pick(text));
      list.append(li);
    }
    document.body.append(list);
    if (controls) control.setAttribute('aria-controls', list.id);
  };
  control.addEventListener('mousedown', open);
  if (keyboard) {
    control.addEventListener('keydown', (e) => {
      if (!list) return;
      const items = [...list.querySelectorAll('li')];
      if (e.key === 'ArrowDown') active = (active + 1) % items.length;
      if (e.key === 'Enter' && items[active]) pick(items[active]!.textContent!);
      if (items[active]) control.setAttribute('aria-activedescendant', items[active]!.id);
    });
  }
  return { control, model };
}

/** Another control's list, left open (as one fades out, or a library keeps it). */
function strayList(options = ['SCIM 1.1', 'SCIM 2.0']): HTMLElement {
  const ul = document.createElement('ul');
  ul.setAttribute('role', 'listbox');
  ul.innerHTML = options.map((o) => `<li role="option">${o}</li>`).join('');
  return ul;
}

describe('choose: a custom dropdown', () => {
  it.each(['click', 'mousedown', 'mouseup'] as const)('chooses an option that takes on %s', async (on) => {
    document.body.innerHTML = '';
    const { control, model } = dropdown({ on });
    expect(await choose({ kind: 'dropdown', el: control }, SCIM_API, signal)).toEqual({ outcome: 'filled' });
    expect(model.value).toBe('SCIM API');
  });

  it('reads the list the control names, not another one still open after it', async () => {
    document.body.innerHTML = '';
    const { control, model } = dropdown();
    control.addEventListener('mousedown', () => document.body.append(strayList(['Custom API', 'SCIM API'])));
    expect(await choose({ kind: 'dropdown', el: control }, SCIM_API, signal)).toEqual({ outcome: 'filled' });
    expect(model.value).toBe('SCIM API');
  });

  it('without aria-controls, reads only the list that opened after the click', async () => {
    document.body.innerHTML = '';
    document.body.append(strayList());
    const { control, model } = dropdown({ controls: false });
    expect(await choose({ kind: 'dropdown', el: control }, SCIM_API, signal)).toEqual({ outcome: 'filled' });
    expect(model.value).toBe('SCIM API');
  });

  it('says "no-listbox" when its list never opens, never reading a stray one', async () => {
    document.body.innerHTML = '';
    document.body.append(strayList(['SCIM API']));
    const { control } = dropdown({ opens: false, controls: false });
    expect(await choose({ kind: 'dropdown', el: control }, SCIM_API, signal)).toEqual({
      outcome: 'unavailable',
      reason: 'no-listbox',
    });
  });

  it('says "no-option" when its list lacks the option, and closes it', async () => {
    document.body.innerHTML = '';
    const { control } = dropdown({ options: ['Custom API'] });
    control.addEventListener(
      'keydown',
      (e) => e.key === 'Escape' && document.querySelector('[role="listbox"]')?.remove(),
    );
    expect(await choose({ kind: 'dropdown', el: control }, SCIM_API, signal)).toEqual({
      outcome: 'unavailable',
      reason: 'no-option',
    });
  });

  it('falls back to the keyboard when no pointer event takes', async () => {
    document.body.innerHTML = '';
    const { control, model } = dropdown({ on: 'none', keyboard: true });
    expect(await choose({ kind: 'dropdown', el: control }, SCIM_API, signal)).toEqual({ outcome: 'filled' });
    expect(model.value).toBe('SCIM API');
  });

  it('says "rejected" (did not take) when neither pointer nor keyboard chooses', async () => {
    document.body.innerHTML = '';
    const { control, model } = dropdown({ on: 'none' });
    expect(await choose({ kind: 'dropdown', el: control }, SCIM_API, signal)).toEqual({
      outcome: 'unavailable',
      reason: 'rejected',
    });
    expect(model.value).toBeNull();
  }, 10_000);

  it('closes a list the page leaves open after a choice that did not take: no overlay stays', async () => {
    document.body.innerHTML = '';
    const { control } = dropdown({ on: 'none' });
    control.addEventListener(
      'keydown',
      (e) => e.key === 'Escape' && document.querySelector('[role="listbox"]')?.remove(),
    );
    expect(await choose({ kind: 'dropdown', el: control }, SCIM_API, signal)).toEqual({
      outcome: 'unavailable',
      reason: 'rejected',
    });
    expect(document.querySelector('[role="listbox"]')).toBeNull();
  }, 10_000);

  it('reports "filled" when the control shows the choice only once its list is closed', async () => {
    document.body.innerHTML = '';
    const { control, model } = dropdown({ on: 'none' });
    let chosen: string | null = null;
    // The option's click is the choice, but the list stays open and the control says nothing
    // until it is closed.
    control.addEventListener('mousedown', () =>
      document
        .querySelectorAll('[role="option"]')
        .forEach((o) => o.addEventListener('click', () => (chosen = o.textContent))),
    );
    control.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      document.querySelector('[role="listbox"]')?.remove();
      if (chosen) control.textContent = model.value = chosen;
    });
    expect(await choose({ kind: 'dropdown', el: control }, SCIM_API, signal)).toEqual({ outcome: 'filled' });
    expect(model.value).toBe('SCIM API');
    expect(document.querySelector('[role="listbox"]')).toBeNull();
  }, 10_000);

  it('keeps another choice the list marks selected, and recognises its own', async () => {
    document.body.innerHTML = '';
    const other = dropdown({ chosen: 'Custom API' });
    other.control.textContent = ''; // the control shows nothing: only the list says what is chosen
    expect(await choose({ kind: 'dropdown', el: other.control }, SCIM_API, signal)).toEqual({
      outcome: 'kept',
      reason: 'other-value',
      current: 'Custom API',
    });
    document.body.innerHTML = '';
    const same = dropdown({ chosen: 'SCIM API' });
    same.control.textContent = '';
    expect(await choose({ kind: 'dropdown', el: same.control }, SCIM_API, signal)).toEqual({ outcome: 'already-set' });
  });
});
