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
    expect(panel.host.shadowRoot!.querySelector('style')!.textContent).toContain('.box{');
  });

  it('acts on trusted clicks only', () => {
    const onClick = vi.fn();
    const panel = createPanel(document, { title: 'T', action: { label: 'Go', onClick } });
    document.body.append(panel.host);
    const button = panel.host.shadowRoot!.querySelector('button')!;
    button.click();
    expect(onClick).not.toHaveBeenCalled();
    trustedClick(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('writes status lines into role="status" and a warning with its action into role="alert"', () => {
    const onAction = vi.fn();
    const panel = createPanel(document, { title: 'T' });
    document.body.append(panel.host);
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

  it("pins its host's own styles against the page's CSS", () => {
    const panel = createPanel(document, { title: 'T' });
    // Every property reset (a real browser expands `all`: tests/e2e/security-page.test.ts
    // restyles the host and clicks it), then shown as a block.
    expect(panel.host.style.getPropertyPriority('all')).toBe('important');
    expect(panel.host.style.getPropertyValue('all')).toBe('initial');
    expect(panel.host.style.getPropertyPriority('display')).toBe('important');
    expect(panel.host.style.getPropertyValue('display')).toBe('block');
  });

  describe('a click the admin did not mean for it (click-jacking)', () => {
    function placed(parentStyle = '') {
      const onClick = vi.fn();
      document.body.innerHTML = `<div id="wrap" style="${parentStyle}"></div><button id="page-button">Page</button>`;
      const panel = createPanel(document, { title: 'T', action: { label: 'Go', onClick } });
      document.getElementById('wrap')!.append(panel.host);
      return { onClick, panel, button: panel.host.shadowRoot!.querySelector('button')! };
    }
    const pointerClick = (el: Element) => {
      const event = new MouseEvent('click', { bubbles: true, composed: true, detail: 1, clientX: 10, clientY: 10 });
      Object.defineProperty(event, 'isTrusted', { value: true });
      el.dispatchEvent(event);
    };

    it('ignores a click while the page has made the panel (nearly) transparent', () => {
      const { onClick, button } = placed('opacity: 0.1');
      trustedClick(button);
      expect(onClick).not.toHaveBeenCalled();
    });

    it('ignores a pointer click when something of the page lies over the button', () => {
      const { onClick, panel, button } = placed();
      (
        panel.host.shadowRoot as ShadowRoot & { elementFromPoint: (x: number, y: number) => Element | null }
      ).elementFromPoint = () => document.getElementById('page-button');
      pointerClick(button);
      expect(onClick).not.toHaveBeenCalled();
    });

    it('acts on a pointer click that lands on the button itself', () => {
      const { onClick, panel, button } = placed();
      (
        panel.host.shadowRoot as ShadowRoot & { elementFromPoint: (x: number, y: number) => Element | null }
      ).elementFromPoint = () => button;
      pointerClick(button);
      expect(onClick).toHaveBeenCalledOnce();
    });
  });

  it('stays disabled after disable(), even when a busy state ends', () => {
    const panel = createPanel(document, { title: 'T', action: { label: 'Go', onClick: () => undefined } });
    panel.disable('Reload this page.');
    panel.setBusy(false);
    expect(panel.host.shadowRoot!.querySelector('button')!.disabled).toBe(true);
    expect(panel.host.shadowRoot!.querySelector('[role="status"]')!.textContent).toBe('Reload this page.');
  });
});
