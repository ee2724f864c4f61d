// @vitest-environment happy-dom
// Filling like a user, and refusing to touch what a user could not or should not change.
import { describe, expect, it, vi } from 'vitest';
import { fillText } from '../../../../src/content/dom/fill';

function input(html: string): HTMLInputElement {
  document.body.innerHTML = html;
  return document.querySelector('input')!;
}

describe('fillText', () => {
  it.each([
    ['readonly', '<input readonly>', 'readonly'],
    ['disabled', '<input disabled>', 'disabled'],
    ['inside a disabled fieldset', '<fieldset disabled><input></fieldset>', 'disabled'],
    ['hidden attribute on an ancestor', '<div hidden><input></div>', 'hidden'],
    ['display: none', '<input style="display: none">', 'hidden'],
    ['type=hidden', '<input type="hidden">', 'hidden'],
    ['aria-disabled', '<input aria-disabled="true">', 'disabled'],
  ])('leaves a %s field alone', (_, html, reason) => {
    const el = input(html);
    const events = vi.fn();
    el.addEventListener('input', events);
    expect(fillText(el, 'https://x.example')).toEqual({ outcome: 'unavailable', reason });
    expect(el.value).toBe('');
    expect(events).not.toHaveBeenCalled();
  });

  it('keeps a different value and says what it holds', () => {
    const el = input('<input value="https://old.example">');
    expect(fillText(el, 'https://new.example')).toEqual({
      outcome: 'kept',
      reason: 'other-value',
      current: 'https://old.example',
    });
    expect(el.value).toBe('https://old.example');
  });

  it('recognises the same value', () => {
    expect(fillText(input('<input value="abc">'), 'abc')).toEqual({ outcome: 'already-set' });
  });

  it('fires focus, input, change and blur in order, the events bubbling', () => {
    const el = input('<input>');
    const seen: string[] = [];
    for (const type of ['focus', 'input', 'change', 'blur'])
      document.body.addEventListener(type, () => seen.push(type), true);
    document.body.addEventListener('input', (e) => seen.push(`bubbled:${e.type}`));
    expect(fillText(el, 'v')).toEqual({ outcome: 'filled' });
    expect(seen).toEqual(['focus', 'input', 'bubbled:input', 'change', 'blur']);
  });

  it('reports a value the page undoes as not accepted', () => {
    const el = input('<input>');
    el.addEventListener('blur', () =>
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, ''),
    );
    expect(fillText(el, 'v')).toEqual({ outcome: 'unavailable', reason: 'rejected' });
  });
});
