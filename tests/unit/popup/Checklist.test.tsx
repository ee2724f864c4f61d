// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { Checklist } from '../../../src/popup/Checklist';
import { buildChecklist, type StepState } from '../../../src/core/checklist';
import type { StepId } from '../../../src/core/steps';
import { CAPTURED, connectionTest, makeState, rehearsal, type StateOverrides } from '../../helpers/states';

afterEach(cleanup);

function renderChecklist(facts: StateOverrides, hostAccess = true, idpAccess?: boolean) {
  const handlers = { onTick: vi.fn(), onGrant: vi.fn(), onGrantIdp: vi.fn(), onOpen: vi.fn() };
  const items = buildChecklist({ ...makeState(facts), hostAccess, ...(idpAccess === undefined ? {} : { idpAccess }) });
  render(<Checklist items={items} error={null} idpName="Okta" {...handlers} />);
  const list = screen.getByRole('list', { name: 'Setup checklist' });
  const step = (id: StepId) => list.querySelector(`li[data-step="${id}"]`) as HTMLElement | null;
  return { list, step, items, ...handlers };
}

const BADGE: Record<StepState, string> = { done: 'Done', todo: 'To do', warning: 'Check this', blocked: 'Waiting' };

// One rendering per state, on steps of both kinds (observed and ticked by hand).
const CASES: [StepId, StateOverrides, StepState, RegExp | null][] = [
  ['trelica-enable-scim', { trelica: { scimState: 'enabled' } }, 'done', null],
  ['trelica-enable-scim', { trelica: { scimState: 'not-enabled' } }, 'warning', /Enable SCIM/],
  ['base-url', {}, 'blocked', /Needs the Base URL/],
  ['base-url', CAPTURED, 'todo', null],
  [
    'test-connection',
    { ...CAPTURED, lastConnectionTest: connectionTest('unauthorized') },
    'warning',
    /Trelica refused the token/,
  ],
  ['test-connection', { ...CAPTURED, lastConnectionTest: connectionTest('ok') }, 'done', /passed/],
  ['test-email', { testEmail: 'a@other.org', registeredDomains: ['example.com'] }, 'warning', /example\.com/],
  ['group-management-off', { jumpcloud: { groupManagement: 'on' } }, 'warning', /untick/],
  [
    'activate',
    {
      ...CAPTURED,
      testEmail: 'scim-test@example.com',
      lastConnectionTest: connectionTest('ok'),
      lastRehearsal: rehearsal('ok'),
    },
    'todo',
    /rehearsal passed/,
  ],
  ['activate', { ticked: ['activate'] }, 'done', null],
  ['save', {}, 'todo', null],
  ['default-role', { trelica: { defaultRole: 'Employee' } }, 'done', /"Employee".*Default role/],
];

describe('Checklist: each state renders', () => {
  it.each(CASES)('%s -> %s', (id, facts, state, note) => {
    const { step } = renderChecklist(facts);
    const li = step(id)!;
    expect(li.getAttribute('data-state')).toBe(state);
    expect(li.classList.contains(`step-${state}`)).toBe(true);
    expect(within(li).getByText(BADGE[state])).toBeTruthy();
    if (note) expect(li.textContent).toMatch(note);
  });

  it('renders every step of the flow, in order, each with its id, title, instruction and reason', () => {
    const { list, items } = renderChecklist({}, false);
    const rendered = [...list.querySelectorAll(':scope > li')];
    expect(rendered.map((li) => li.getAttribute('data-step'))).toEqual(items.map((item) => item.id));
    expect(rendered.length).toBe(14);
    rendered.forEach((li, i) => {
      const item = items[i]!;
      expect(within(li as HTMLElement).getByRole('heading', { name: item.title })).toBeTruthy();
      expect(li.textContent).toContain(item.instruction);
      expect(li.textContent).toContain(item.why);
      // Each item is named by its title for assistive technology.
      expect(li.getAttribute('aria-labelledby')).toBe(`step-${item.id}`);
    });
  });
});

describe('Checklist: at a glance', () => {
  it('opens warnings and the next step to do, folds the rest, and counts what is done', () => {
    const { step } = renderChecklist({ ...CAPTURED, jumpcloud: { groupManagement: 'on' } });
    const open = (id: StepId) => step(id)!.querySelector('details')!.open;
    expect(open('trelica-enable-scim')).toBe(false); // done
    expect(open('copy-credentials')).toBe(false); // done
    expect(open('jumpcloud-app')).toBe(true); // the next to do
    expect(open('scim-api')).toBe(false); // to do, later
    expect(open('group-management-off')).toBe(true); // warning
    expect(screen.getByText('2 of 13 steps done.')).toBeTruthy();
  });
});

describe('Checklist: controls', () => {
  it('shows a labelled tick box exactly on tickable steps, checked when done, and reports ticks', () => {
    const { step, items, onTick } = renderChecklist({ ticked: ['jumpcloud-app'] });
    for (const item of items) {
      const box = within(step(item.id)!).queryByRole('checkbox', {
        name: `Mark done: ${item.title}`,
      }) as HTMLInputElement | null;
      expect(box !== null, item.id).toBe(item.canTick);
      if (box) expect(box.checked, item.id).toBe(item.state === 'done');
    }
    fireEvent.click(within(step('jumpcloud-app')!).getByRole('checkbox'));
    expect(onTick).toHaveBeenCalledWith('jumpcloud-app', false);
    fireEvent.click(within(step('save')!).getByRole('checkbox'));
    expect(onTick).toHaveBeenCalledWith('save', true);
  });

  it('opens each link through onOpen rather than navigating the popup', () => {
    const { step, onOpen } = renderChecklist({ jumpcloud: { region: 'in' } });
    const link = within(step('scim-api')!).getByRole('link', { name: 'Open JumpCloud: SSO Applications' });
    expect(link.getAttribute('href')).toBe('https://console.in.jumpcloud.com/#/sso');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(onOpen).toHaveBeenCalledWith('https://console.in.jumpcloud.com/#/sso');
  });

  it('offers "Grant access" only while access is withheld', () => {
    const withheld = renderChecklist({}, false);
    fireEvent.click(within(withheld.step('grant-access')!).getByRole('button', { name: 'Grant access' }));
    expect(withheld.onGrant).toHaveBeenCalledTimes(1);
    cleanup();
    renderChecklist({}, true);
    expect(screen.queryByRole('button', { name: 'Grant access' })).toBeNull();
  });

  it('uses only native, named, focusable controls (keyboard reachable)', () => {
    const { list } = renderChecklist({ ...CAPTURED, ticked: ['save'] }, false);
    const controls = list.querySelectorAll('a, button, input');
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) {
      expect(control.getAttribute('tabindex'), control.outerHTML).not.toBe('-1');
      expect(control.hasAttribute('disabled'), control.outerHTML).toBe(false);
      const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
      expect(name.trim().length, control.outerHTML).toBeGreaterThan(3);
    }
  });
});

describe('Checklist: access to an IdP asked for at run time', () => {
  it('offers "Allow access to Okta" while its hosts are not granted, and asks on the click', () => {
    const { step, onGrantIdp, onGrant } = renderChecklist({ idp: { chosen: 'okta', by: 'admin' } }, true, false);
    const grant = step('grant-idp-access')!;
    fireEvent.click(within(grant).getByRole('button', { name: 'Allow access to Okta' }));
    expect(onGrantIdp).toHaveBeenCalledTimes(1);
    expect(onGrant).not.toHaveBeenCalled();
  });

  it('shows no such step once granted', () => {
    const { step } = renderChecklist({ idp: { chosen: 'okta', by: 'admin' } }, true, true);
    expect(step('grant-idp-access')).toBeNull();
    expect(screen.queryByRole('button', { name: /Allow access/ })).toBeNull();
  });
});
