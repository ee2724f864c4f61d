// Trelica's organization Domains list: which domains have "User requests" ticked. A table or an
// ARIA table/grid; a tick may be a checkbox, an icon with a title or label, or a ✓ character.
import { normalizeDomains } from '../../core/email';
import { matchIndex } from '../dom/text';
import { isVisible } from '../dom/visibility';
import { TRELICA } from './selectors';

const ARIA_CELL = '[role="cell"], [role="gridcell"], [role="columnheader"], [role="rowheader"]';
const DOMAIN = /[a-z0-9-]+(?:\.[a-z0-9-]+)+/i;

function rowsOf(table: Element): Element[] {
  return table instanceof HTMLTableElement
    ? Array.from(table.rows)
    : Array.from(table.querySelectorAll('[role="row"]'));
}

function cellsOf(row: Element): Element[] {
  return row instanceof HTMLTableRowElement ? Array.from(row.cells) : Array.from(row.querySelectorAll(ARIA_CELL));
}

const isHeaderRow = (row: Element): boolean =>
  cellsOf(row).some((cell) => cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader');

const cellText = (cell: Element): string => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

export function isTicked(cell: Element): boolean {
  const box = cell.querySelector('input[type="checkbox"], [role="checkbox"], [role="switch"], [aria-checked]');
  if (box) return box instanceof HTMLInputElement ? box.checked : box.getAttribute('aria-checked') === 'true';
  for (const el of [cell, ...Array.from(cell.querySelectorAll('*'))]) {
    const said = (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '').trim();
    if (TRELICA.tickYes.test(said)) return true;
    if (TRELICA.tickNo.test(said)) return false;
  }
  const text = cellText(cell);
  return TRELICA.tickYes.test(text) || TRELICA.tickChars.test(text);
}

export interface UserRequestsTable {
  /** The table (or ARIA table/grid) read: where a change can alter the answer. */
  table: Element;
  /** Domains with "User requests" ticked, normalized. */
  domains: string[];
}

/** The first visible table with a "User requests" column, and its ticked domains. */
export function readUserRequestsTable(doc: Document): UserRequestsTable | null {
  for (const table of Array.from(doc.querySelectorAll(TRELICA.tables))) {
    const rows = rowsOf(table);
    const header = rows.find(isHeaderRow);
    if (!header) continue;
    const headers = cellsOf(header).map(cellText);
    const requests = headers.findIndex((h) => matchIndex(h, TRELICA.userRequestsHeader) >= 0);
    // The header's text first; layout (a computed style per ancestor) only for that table.
    if (requests < 0 || !isVisible(table)) continue;
    const named = headers.findIndex((h, i) => i !== requests && matchIndex(h, TRELICA.domainHeader) >= 0);
    const domainColumn = named >= 0 ? named : 0;
    const ticked: string[] = [];
    for (const row of rows) {
      if (row === header || isHeaderRow(row)) continue;
      const cells = cellsOf(row);
      const domain = DOMAIN.exec(cellText(cells[domainColumn] ?? row))?.[0];
      const tick = cells[requests];
      if (domain && tick && isTicked(tick)) ticked.push(domain);
    }
    return { table, domains: normalizeDomains(ticked) };
  }
  return null;
}

/** Domains with "User requests" ticked, normalized; null when no such table is on screen. */
export function readUserRequestDomains(doc: Document): string[] | null {
  return readUserRequestsTable(doc)?.domains ?? null;
}
