// @vitest-environment happy-dom
// The shared injected panel: shadow root, roles, trusted clicks only.
import { describe, expect, it, vi } from 'vitest';
import { createPanel } from '../../../src/content/panel';
import { trustedClick } from '../../helpers/content/load-console-page';

describe('createPanel', () => {
  it('renders inside a shadow root and keeps the light DOM empty', () => {
    const panel = createPanel(document, { title: 'T', action: { label: 'Go', onClick: () => undefined } });
    document.body.append(panel.host);
    expect(panel.host.textContent).toBe('');
    expect(panel.host.shadowRoot!.querySelector('button')!.textContent).toBe('Go');
    expect(panel.host.shadowRoot!.querySelector('style')!.textContent).toContain(':host { all: initial;');
  });

  it('acts on trusted clicks only', () => {
    const onClick = vi.fn();
    const panel = createPanel(document, { title: 'T', action: { label: 'Go', onClick } });
    const button = panel.host.shadowRoot!.querySelector('button')!;
    button.click();
    expect(onClick).not.toHaveBeenCalled();
    trustedClick(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('writes status lines into role="status" and a warning with its action into role="alert"', () => {
    const onAction = vi.fn();
    const panel = createPanel(document, { title: 'T' });
    const root = panel.host.shadowRoot!;
    panel.setStatus(['one', 'two']);
    expect(Array.from(root.querySelectorAll('[role="status"] p'), (p) => p.textContent)).toEqual(['one', 'two']);
    panel.setAlert({ text: 'Careful', action: { label: 'Fix it', onClick: onAction } });
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Careful');
    trustedClick(alert.querySelector('button')!);
    expect(onAction).toHaveBeenCalledOnce();
    panel.setAlert(null);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('');
  });

  it('stays disabled after disable(), even when a busy state ends', () => {
    const panel = createPanel(document, { title: 'T', action: { label: 'Go', onClick: () => undefined } });
    panel.disable('Reload this page.');
    panel.setBusy(false);
    expect(panel.host.shadowRoot!.querySelector('button')!.disabled).toBe(true);
    expect(panel.host.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Reload this page.');
  });
});
