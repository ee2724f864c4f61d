// One check per selector spec, for tests/unit/content/selector-evidence.test.ts: on the fixture
// page loaded, find the element with the spec the way the content script does (the same finder
// functions, the same arguments), prove it is the INTENDED element by what the fixture itself
// says of it (data-model / data-action / data-status on the hand-written JumpCloud pages, the
// label a real library gave the control and its own model on the library pages, the values a
// Trelica page shows), and return what the element reads, for the evidence's `reads`.
// A check throws when the spec finds nothing, or finds something else.
import { expect } from 'vitest';
import { choose } from '../../../src/content/dom/choose';
import {
  BUTTON,
  findButton,
  findChoice,
  findHeading,
  findTextField,
  findToggle,
  formScope,
  type ChoiceSpec,
  type FieldSpec,
} from '../../../src/content/dom/find';
import { parentAcrossShadow } from '../../../src/content/dom/deep';
import { clickLikeUser } from '../../../src/content/dom/fill';
import { groupLabel, labelCandidates } from '../../../src/content/dom/labels';
import { buttonText, matchIndex, normalizeLabel, shortOwnText } from '../../../src/content/dom/text';
import { isVisible, whyNotEditable } from '../../../src/content/dom/visibility';
import { openConfiguration } from '../../../src/content/jumpcloud/form';
import {
  findIdentityManagement,
  findUserGroups,
  showsActive,
  type IdentityManagementPage,
} from '../../../src/content/jumpcloud/page';
import * as JC from '../../../src/content/jumpcloud/selectors';
import { isTicked, readUserRequestsTable } from '../../../src/content/trelica/domains';
import { readDefaultRole } from '../../../src/content/trelica/default-role';
import { findScimSection, readLabelled, readScimState, readToken } from '../../../src/content/trelica/read';
import { APPEAR_TEXTS as TRELICA_APPEAR_TEXTS, TRELICA } from '../../../src/content/trelica/selectors';
import { DEFAULT_VARS, LIBRARY_FIXTURES, type FixtureState } from '../../fixtures/index';
import { GROUP_MANAGEMENT_LABEL, type LibraryFixtureState } from '../../fixtures/libraries/shared/model';
import { fixtureState, loadFixture, waitFor } from './load-console-page';
import {
  controlsLabelled,
  fakeBackend,
  isShown,
  libraryState,
  openLibraryConsole,
  showShoelaceTab,
} from './load-library-page';

/** A check: what the element the spec found reads on the page loaded (`name`). */
export type Probe = (name: string) => Promise<string>;

const signal = new AbortController().signal;
const isLibrary = (name: string): boolean => (LIBRARY_FIXTURES as readonly string[]).includes(name);

// ---------------------------------------------------------------------------------------------
// JumpCloud

/** Loads a JumpCloud page (hand-written or library), with a back end that answers "worked". */
export async function openJumpCloudPage(name: string): Promise<void> {
  if (!isLibrary(name)) {
    loadFixture('jumpcloud', name);
    return;
  }
  await openLibraryConsole(name);
  fakeBackend();
}

const state = (name: string): FixtureState | LibraryFixtureState => (isLibrary(name) ? libraryState() : fixtureState());

function imPage(): IdentityManagementPage {
  const page = findIdentityManagement(document);
  if (!page) throw new Error('no Identity Management / Provisioning tab found');
  return page;
}

const FORM = { text: [JC.BASE_URL, JC.TOKEN_KEY, JC.TEST_EMAIL], choices: [JC.API_TYPE, JC.SCIM_VERSION] };
const where = (root: Element) => ({ deep: true, scope: formScope(root, FORM, true) });

/** The text by which `patterns` name `el`: the best-ranked of its names, ranked as find.ts does. */
function matchedLabel(el: Element, patterns: readonly RegExp[], extra: readonly string[] = []): string {
  let best = { rank: Infinity, text: '' };
  [...extra, ...labelCandidates(el)].forEach((text, source) => {
    const i = matchIndex(text, patterns);
    if (i >= 0 && i * 100 + source < best.rank) best = { rank: i * 100 + source, text };
  });
  if (best.rank === Infinity) throw new Error(`no name of ${el.tagName} matches`);
  return best.text;
}

/** The control the page binds to `key`: data-model (or data-dropdown) on a hand-written page;
 *  on a library page, the shown control the library labelled `label` (never a decoy). */
function expectControl(name: string, el: Element, key: string, label: string, editable: boolean): void {
  if (isLibrary(name)) {
    expect(controlsLabelled(label), `a control labelled "${label}"`).toContain(el);
    expect(isShown(el), `"${label}" is shown`).toBe(true);
    if (editable) expect(whyNotEditable(el), `"${label}" is editable (the decoys are not)`).toBeNull();
  } else {
    expect(el.getAttribute('data-model') ?? el.closest('[data-dropdown]')?.getAttribute('data-dropdown')).toBe(key);
  }
}

/** Opens Configuration Settings, and makes the choices that render the rest of the form. */
async function revealForm(page: IdentityManagementPage): Promise<void> {
  await openConfiguration(page, signal);
  // Editable ones, as form.ts waits for: a read-only copy elsewhere is no sign of the form.
  const editable = (spec: FieldSpec) => {
    const el = findTextField(page.root, spec, { deep: true });
    return el && !whyNotEditable(el) ? el : null;
  };
  const fields = () => editable(JC.BASE_URL) ?? editable(JC.TOKEN_KEY);
  for (const spec of [JC.API_TYPE, JC.SCIM_VERSION]) {
    if (fields()) return;
    const control = await waitFor(() => findChoice(page.root, spec, where(page.root)), 1500);
    await choose(control, spec.want, signal);
  }
  // Rendered on the framework's next turn; a page whose fields are all locked renders none.
  await waitFor(fields, 300).catch(() => null);
}

async function clickAndAwaitOutcome(
  name: string,
  button: HTMLElement,
  counter: 'testConnectionClicks' | 'activateClicks',
): Promise<void> {
  const before = state(name);
  clickLikeUser(button);
  // The page's OWN model counts the click: the button found is the page's button.
  await waitFor(
    () => state(name)[counter] === before[counter] + 1 && state(name).outcomes.length > before.outcomes.length,
    3000,
  );
}

function choiceProbe(spec: ChoiceSpec, key: string, label: string, before?: ChoiceSpec): Probe {
  return async (name) => {
    const page = imPage();
    await openConfiguration(page, signal);
    // SCIM Version may be rendered only once API Type is chosen.
    if (before)
      await choose(await waitFor(() => findChoice(page.root, before, where(page.root)), 1500), before.want, signal);
    const control = await waitFor(() => findChoice(page.root, spec, where(page.root)), 1500);
    expectControl(name, control.el, key, label, false);
    // Found by its label: no page here needs the data-test-id / name fallbacks.
    expect(findChoice(page.root, { ...spec, fallbacks: [] }, where(page.root))?.el).toBe(control.el);
    return control.kind === 'radio'
      ? matchedLabel(control.group[0]!, spec.labels, [groupLabel(control.group[0]!) ?? ''])
      : matchedLabel(control.el, spec.labels);
  };
}

function textFieldProbe(spec: FieldSpec, key: string, label: string): Probe {
  return async (name) => {
    const page = imPage();
    await revealForm(page);
    const el = findTextField(page.root, spec, where(page.root));
    expect(el, label).not.toBeNull();
    expectControl(name, el!, key, label, true);
    expect(findTextField(page.root, { labels: spec.labels }, where(page.root))).toBe(el);
    return matchedLabel(el!, spec.labels);
  };
}

/** The tab findIdentityManagement() found: one the page itself marks as the selected tab. */
function selectedImTab(): HTMLElement {
  const tab = imPage().tab;
  if (!tab) throw new Error('the tab is not found');
  expect(tab.getAttribute('role')).toBe('tab');
  expect(tab.getAttribute('aria-selected'), 'the page marks this tab selected').toBe('true');
  return tab;
}

/** The fixture's own status badge. */
function fixtureBadge(name: string): HTMLElement {
  const badge = document.querySelector<HTMLElement>(isLibrary(name) ? '[data-test-id="StatusBadge"]' : '[data-status]');
  if (!badge) throw new Error('the page has no status badge');
  return badge;
}

const BADGE_MATCHES = (badge: Element): boolean =>
  Array.from(document.querySelectorAll(JC.STATUS_BADGE)).some(
    (el) => (el === badge || badge.contains(el)) && isVisible(el),
  );

/** The fixture's own User Groups tab (ids on every page; Shoelace's by its panel name). */
const GROUPS_TAB = '#tab-groups, #tab-user-groups, sl-tab[panel="user-groups"]';

export const JUMPCLOUD_PROBES: Readonly<Record<string, Probe>> = {
  // In the order they run on one page: each later check may change the page (choose, click).
  CANDIDATE_ROUTE: async () => {
    expect(location.hash).toMatch(JC.CANDIDATE_ROUTE);
    return location.hash;
  },
  TABS: async () => {
    const tab = selectedImTab();
    expect(tab.matches(JC.TABS)).toBe(true);
    return buttonText(tab);
  },
  TAB_SELECTED: async () => {
    const tab = selectedImTab();
    expect(tab.matches(JC.TAB_SELECTED) || Boolean(tab.parentElement?.matches(JC.TAB_SELECTED))).toBe(true);
    return buttonText(tab);
  },
  IDENTITY_MANAGEMENT: async () => {
    const tab = selectedImTab();
    expect(matchIndex(buttonText(tab), JC.IDENTITY_MANAGEMENT)).toBeGreaterThanOrEqual(0);
    return buttonText(tab);
  },
  APPEAR_SELECTOR: async () => {
    const tab = selectedImTab();
    expect(tab.matches(JC.APPEAR_SELECTOR)).toBe(true);
    return buttonText(tab);
  },
  APPEAR_ALWAYS: async (name) => {
    // The element whose appearance means the form appeared: the nearest one around API Type.
    const page = imPage();
    await openConfiguration(page, signal);
    const control = findChoice(page.root, JC.API_TYPE, where(page.root));
    expect(control).not.toBeNull();
    expectControl(name, control!.el, 'apiType', 'API Type', false);
    let around: Element | null = control!.el;
    while (around && !around.matches(JC.APPEAR_ALWAYS)) around = parentAcrossShadow(around);
    if (!around) throw new Error('no tab panel or dialog around the form');
    expect(isVisible(around)).toBe(true);
    return around.getAttribute('role') ?? '';
  },
  APPEAR_TEXTS: async () => {
    const tab = selectedImTab();
    // As the script's appeared(): the element's own short text, else its button text.
    const text = shortOwnText(tab, 80);
    expect(text).not.toBeNull();
    expect(matchIndex(text || buttonText(tab), JC.APPEAR_TEXTS)).toBeGreaterThanOrEqual(0);
    return text || buttonText(tab);
  },
  HEADINGS: async () => {
    const page = imPage();
    // findConfigToggle() asks for a button first: the heading is what finds it only without one.
    expect(findButton(page.root, JC.CONFIG_TOGGLE)).toBeNull();
    const heading = findHeading(page.root, `${JC.HEADINGS}, legend`, JC.CONFIG_TOGGLE);
    expect(heading).not.toBeNull();
    expect(page.configToggle).toBe(heading);
    expect(heading!.matches(JC.HEADINGS)).toBe(true);
    return buttonText(heading!);
  },
  CONFIG_TOGGLE: async (name) => {
    const toggle = imPage().configToggle;
    expect(toggle).not.toBeNull();
    if (!isLibrary(name))
      expect(toggle!.hasAttribute('data-collapsible'), "the page's own collapsible toggle").toBe(true);
    expect(matchIndex(buttonText(toggle!), JC.CONFIG_TOGGLE)).toBeGreaterThanOrEqual(0);
    return buttonText(toggle!);
  },
  STATUS_BADGE: async (name) => {
    const badge = fixtureBadge(name);
    expect(BADGE_MATCHES(badge), "the page's badge matches STATUS_BADGE").toBe(true);
    expect(badge.textContent?.trim()).toBe(state(name).status);
    return state(name).status;
  },
  API_TYPE: choiceProbe(JC.API_TYPE, 'apiType', 'API Type'),
  SCIM_VERSION: choiceProbe(JC.SCIM_VERSION, 'scimVersion', 'SCIM Version', JC.API_TYPE),
  BASE_URL: textFieldProbe(JC.BASE_URL, 'baseUrl', 'Base URL'),
  TOKEN_KEY: textFieldProbe(JC.TOKEN_KEY, 'token', 'Token Key'),
  TEST_EMAIL: textFieldProbe(JC.TEST_EMAIL, 'testEmail', 'Test User Email'),
  TEST_CONNECTION: async (name) => {
    const page = imPage();
    await revealForm(page);
    const button = findButton(page.root, JC.TEST_CONNECTION, true);
    expect(button).not.toBeNull();
    if (!isLibrary(name)) expect(button!.getAttribute('data-action')).toBe('test-connection');
    await clickAndAwaitOutcome(name, button!, 'testConnectionClicks');
    return buttonText(button!);
  },
  GROUP_MANAGEMENT: async (name) => {
    const page = imPage();
    // As the guard looks: light DOM first, then shadow roots. It appears after a passed test.
    const find = () =>
      findToggle(page.root, JC.GROUP_MANAGEMENT) ?? findToggle(page.root, JC.GROUP_MANAGEMENT, { deep: true });
    if (!find()) {
      await revealForm(page);
      const test = findButton(page.root, JC.TEST_CONNECTION, true);
      if (!test) throw new Error('no Test Connection to show Group Management');
      await clickAndAwaitOutcome(name, test, 'testConnectionClicks');
    }
    const toggle = await waitFor(find, 1500);
    expectControl(name, toggle, 'groupManagement', GROUP_MANAGEMENT_LABEL, false);
    expect(state(name).groupManagement, "the page's model has it").not.toBeNull();
    return matchedLabel(toggle, JC.GROUP_MANAGEMENT.labels);
  },
  ACTIVATE: async (name) => {
    // The script recognises the button clicked anywhere in the document by its text.
    const button = findButton(document, JC.ACTIVATE, true);
    expect(button).not.toBeNull();
    expect(button!.matches(BUTTON)).toBe(true);
    if (!isLibrary(name)) expect(button!.getAttribute('data-action')).toBe('activate');
    await clickAndAwaitOutcome(name, button!, 'activateClicks');
    return buttonText(button!);
  },
  ACTIVE_STATUS: async (name) => {
    if (!showsActive(document)) {
      const activate = findButton(document, JC.ACTIVATE, true);
      if (!activate) throw new Error('no Activate to make the page active');
      clickLikeUser(activate);
      await waitFor(() => state(name).status === 'Active', 3000);
    }
    const badge = fixtureBadge(name);
    expect(badge.textContent?.trim()).toBe(state(name).status);
    expect(BADGE_MATCHES(badge)).toBe(true);
    expect(ACTIVE_TEXT(badge)).toBe(true);
    expect(showsActive(document)).toBe(true);
    return badge.textContent!.trim();
  },
  USER_GROUPS: async (name) => {
    const tab = document.querySelector<HTMLElement>(GROUPS_TAB);
    if (!tab) throw new Error('the page has no User Groups tab');
    if (name.startsWith('shoelace')) await showShoelaceTab('user-groups');
    else clickLikeUser(tab);
    const groups = await waitFor(() => findUserGroups(document), 1500);
    expect(groups.root, "the panel of the page's own User Groups tab").toBe(
      document.getElementById(tab.getAttribute('aria-controls') ?? ''),
    );
    expect(groups.bound, "as many ticked as the page's model binds").toBe(state(name).boundGroups.length);
    return buttonText(tab);
  },
};

const ACTIVE_TEXT = (badge: Element): boolean => JC.ACTIVE_STATUS.test((badge.textContent ?? '').trim().toLowerCase());

// ---------------------------------------------------------------------------------------------
// Trelica

export async function openTrelicaPage(name: string): Promise<void> {
  loadFixture('trelica', name);
}

const TOKEN = DEFAULT_VARS.SCIM_TOKEN;
const BASE_URL = DEFAULT_VARS.SCIM_BASE_URL;

function scimSection(): HTMLElement {
  const section = findScimSection(document);
  if (!section) throw new Error('no SCIM section found');
  // The section found is the one holding the page's SCIM values.
  expect(readLabelled(section, TRELICA.baseUrlLabels).value).toBe(BASE_URL);
  return section;
}

/** The SCIM heading findScimSection() starts from (the same filter). */
function scimHeading(section: Element): HTMLElement {
  const heading = Array.from(section.querySelectorAll<HTMLElement>(TRELICA.headings)).find((el) => {
    const text = shortOwnText(el, 60);
    return text !== null && matchIndex(text, TRELICA.scimHeading) >= 0 && isVisible(el);
  });
  if (!heading) throw new Error('no SCIM heading in the section');
  return heading;
}

// read.ts's label-like elements, for naming what readLabelled() read next to.
const LABELISH = 'label, dt, th, td, span, div, p, strong, b, h4, h5, h6';

/** The label by which `patterns` found a value: the field's label, else the label-like element. */
function valueLabel(section: Element, patterns: readonly RegExp[]): string {
  const field = findTextField(section, { labels: patterns });
  if (field && isVisible(field)) return matchedLabel(field, patterns);
  const labels = Array.from(section.querySelectorAll(LABELISH))
    .map((el) => ({ el, text: shortOwnText(el, 40) }))
    .map(({ el, text }) => ({ el, text, rank: text ? matchIndex(text, patterns) : -1 }))
    .filter(({ el, rank }) => rank >= 0 && isVisible(el))
    .sort((a, b) => a.rank - b.rank);
  if (!labels[0]) throw new Error('no label found');
  return labels[0].text!;
}

const withoutBearer = (value: string | null): string | null => value?.replace(/^bearer\s+/i, '') ?? null;

/** The Domains table read, and the header cell of its column named by `patterns`. */
function domainsHeader(patterns: readonly RegExp[]): { table: Element; cell: Element; column: number } {
  const read = readUserRequestsTable(document);
  if (!read) throw new Error('no table with a User requests column');
  expect(read.domains.length, 'ticked domains read').toBeGreaterThan(0);
  const headers = Array.from(read.table.querySelectorAll('th, [role="columnheader"]'));
  const column = headers.findIndex((cell) => matchIndex(cell.textContent ?? '', patterns) >= 0);
  if (column < 0) throw new Error('no header cell matches');
  return { table: read.table, cell: headers[column]!, column };
}

/** The cells of one column, header row left out. */
function bodyCells(table: Element, column: number): Element[] {
  return Array.from(table.querySelectorAll('tr, [role="row"]'))
    .filter((row) => !row.querySelector('th, [role="columnheader"]'))
    .map((row) => row.querySelectorAll('td, [role="cell"], [role="gridcell"]')[column])
    .filter((cell): cell is Element => Boolean(cell));
}

/** A tick read from a title or aria-label: the element carrying it, in a "User requests" cell. */
function tickByName(pattern: RegExp): { said: string; cell: Element } {
  const { table, column } = domainsHeader(TRELICA.userRequestsHeader);
  for (const cell of bodyCells(table, column)) {
    if (cell.querySelector('input[type="checkbox"], [role="checkbox"], [role="switch"], [aria-checked]')) continue; // decided by the box
    for (const el of [cell, ...Array.from(cell.querySelectorAll('*'))]) {
      const said = (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '').trim();
      if (pattern.test(said)) return { said, cell };
    }
  }
  throw new Error('no tick named so');
}

/** As the Trelica script's appeared(): the first element of the page that would start a scan. */
function trelicaAppeared(): HTMLElement {
  const el = Array.from(document.querySelectorAll<HTMLElement>(TRELICA.appearSelector)).find((candidate) => {
    const text = shortOwnText(candidate, 80);
    return text !== null && matchIndex(text, TRELICA_APPEAR_TEXTS) >= 0;
  });
  if (!el) throw new Error('nothing would start a scan');
  // The page is one the script serves: a SCIM section or a Domains table is there.
  expect(findScimSection(document) ?? readUserRequestsTable(document)).not.toBeNull();
  return el;
}

const INLINE_ROLE = /default role\s*[:\-–]/i;

export const TRELICA_PROBES: Readonly<Record<string, Probe>> = {
  'TRELICA.headings': async () => {
    const heading = scimHeading(scimSection());
    expect(heading.matches(TRELICA.headings)).toBe(true);
    return shortOwnText(heading, 60)!;
  },
  'TRELICA.scimHeading': async () => shortOwnText(scimHeading(scimSection()), 60)!,
  'TRELICA.baseUrlLabels': async () => {
    const section = scimSection();
    return valueLabel(section, TRELICA.baseUrlLabels);
  },
  'TRELICA.masked': async () => {
    const section = scimSection();
    const shown = readLabelled(section, TRELICA.tokenLabels).value;
    expect(shown).toMatch(TRELICA.masked);
    // What it stands for: the token, once revealed.
    expect(await readToken(section, signal)).toBe(TOKEN);
    return shown!;
  },
  'TRELICA.revealButtons': async () => {
    const section = scimSection();
    const first = readLabelled(section, TRELICA.tokenLabels);
    const show =
      (first.container && findButton(first.container, TRELICA.revealButtons)) ||
      findButton(section, TRELICA.revealButtons);
    expect(show).not.toBeNull();
    const text = buttonText(show!);
    clickLikeUser(show!);
    expect(readLabelled(section, TRELICA.tokenLabels).value, "the page's own reveal").toBe(TOKEN);
    return text;
  },
  'TRELICA.hideButtons': async () => {
    const section = scimSection();
    // Revealed by the page's own toggle first (not by the spec under test).
    clickLikeUser(document.getElementById('token-toggle')!);
    expect(readLabelled(section, TRELICA.tokenLabels).value).toBe(TOKEN);
    const hide = findButton(section, TRELICA.hideButtons);
    expect(hide).not.toBeNull();
    const text = buttonText(hide!);
    clickLikeUser(hide!);
    expect(readLabelled(section, TRELICA.tokenLabels).value, 'masked again').toMatch(TRELICA.masked);
    return text;
  },
  'TRELICA.generateButtons': async () => {
    const section = scimSection();
    const generate = findButton(section, TRELICA.generateButtons);
    expect(generate).not.toBeNull();
    expect(readScimState(section)).toBe('no-token');
    const text = buttonText(generate!);
    clickLikeUser(generate!);
    expect(readLabelled(section, TRELICA.tokenLabels).value, 'the token the page generated').toBe(TOKEN);
    return text;
  },
  'TRELICA.tokenLabels': async () => {
    const section = scimSection();
    // A page with no token yet shows one once "Generate Token" is clicked (the page's own id).
    document.getElementById('generate')?.click();
    expect(withoutBearer(await readToken(section, signal))).toBe(TOKEN);
    return valueLabel(section, TRELICA.tokenLabels);
  },
  'TRELICA.enableButtons': async () => {
    const section = scimSection();
    document.getElementById('generate')?.click();
    const enable = findButton(section, TRELICA.enableButtons);
    expect(enable).not.toBeNull();
    expect(readScimState(section)).toBe('not-enabled');
    return buttonText(enable!);
  },
  'TRELICA.disableButtons': async () => {
    const section = scimSection();
    // A page not enabled yet is enabled by its own button first.
    document.getElementById('enable-scim')?.click();
    const disable = findButton(section, TRELICA.disableButtons);
    expect(disable).not.toBeNull();
    expect(findButton(section, TRELICA.enableButtons), 'nothing else decides the state').toBeNull();
    expect(readScimState(section)).toBe('enabled');
    return buttonText(disable!);
  },
  'TRELICA.enabledTexts': async () => {
    const section = scimSection();
    // readScimState()'s last resort, over the same elements: the first that says "enabled".
    const says = Array.from(section.querySelectorAll('p, span, div, strong')).find((el) => {
      const text = shortOwnText(el, 80);
      return text !== null && matchIndex(text, TRELICA.enabledTexts) >= 0 && isVisible(el);
    });
    expect(says).toBeDefined();
    // ...and what it says is true: the page is enabled (its Disable button says so too).
    expect(readScimState(section)).toBe('enabled');
    return shortOwnText(says!, 80)!;
  },
  'TRELICA.defaultRoleLabels': async () => {
    expect(readDefaultRole(document)).toBe('Member');
    // No "Default role: …" sentence the inline pattern could have read it from.
    expect(document.body.textContent).not.toMatch(INLINE_ROLE);
    const label = Array.from(
      document.querySelectorAll('label, h1, h2, h3, h4, h5, h6, [class*="heading" i], dt, th, span, div'),
    ).find((el) => {
      const text = shortOwnText(el, 40);
      return text !== null && matchIndex(text, TRELICA.defaultRoleLabels) >= 0 && isVisible(el);
    });
    expect(label).toBeDefined();
    return shortOwnText(label!, 40)!;
  },
  'TRELICA.defaultRoleInline': async () => {
    expect(readDefaultRole(document)).toBe('Member');
    const says = (el: Element): boolean => {
      const text = normalizeSpace(el.textContent);
      return text.length <= 80 && TRELICA.defaultRoleInline.exec(text)?.[1]?.replace(/[.\s]+$/, '') === 'Member';
    };
    // The sentence itself: the innermost element that says it.
    const sentence = Array.from(document.querySelectorAll('p, span, div, strong, li, dd')).find(
      (el) => says(el) && !Array.from(el.children).some(says),
    );
    expect(sentence).toBeDefined();
    return sentence!.textContent!.replace(/\s+/g, ' ').trim();
  },
  'TRELICA.tables': async () => {
    const { table } = domainsHeader(TRELICA.userRequestsHeader);
    expect(table.matches(TRELICA.tables)).toBe(true);
    expect(table).toBe(document.querySelector('table, [role="table"], [role="grid"]'));
    return table.getAttribute('role') ? `[role="${table.getAttribute('role')}"]` : table.tagName.toLowerCase();
  },
  'TRELICA.userRequestsHeader': async () => {
    const { cell } = domainsHeader(TRELICA.userRequestsHeader);
    expect(cell.matches('th, [role="columnheader"]')).toBe(true);
    return normalizeSpace(cell.textContent);
  },
  'TRELICA.domainHeader': async () => {
    const { table, cell, column } = domainsHeader(TRELICA.domainHeader);
    // The column it names holds the domains.
    const cells = bodyCells(table, column);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(normalizeSpace(c.textContent)).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
    return normalizeSpace(cell.textContent);
  },
  'TRELICA.tickYes': async () => {
    const { said, cell } = tickByName(TRELICA.tickYes);
    expect(isTicked(cell)).toBe(true);
    return said;
  },
  'TRELICA.tickNo': async () => {
    const { said, cell } = tickByName(TRELICA.tickNo);
    expect(isTicked(cell)).toBe(false);
    return said;
  },
  'TRELICA.appearSelector': async () => {
    const el = trelicaAppeared();
    expect(el.matches(TRELICA.appearSelector)).toBe(true);
    return shortOwnText(el, 80)!;
  },
  APPEAR_TEXTS: async () => shortOwnText(trelicaAppeared(), 80)!,
};

const normalizeSpace = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** normalizeLabel, for comparing what a check returned with what the evidence records. */
export const sameText = (a: string, b: string): boolean => normalizeLabel(a) === normalizeLabel(b);
