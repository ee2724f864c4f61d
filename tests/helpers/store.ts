// Reading the store kit (store/): its Markdown files, split into "## heading" sections.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const STORE_DIR = resolve(import.meta.dirname, '../../store');
export const STORES = ['chrome', 'firefox', 'edge'] as const;

export function storeFile(path: string): string {
  return readFileSync(resolve(STORE_DIR, path), 'utf8');
}

/** Each "## heading" of a Markdown text and the trimmed text under it. */
export function sections(markdown: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of markdown.split(/^## /m).slice(1)) {
    const newline = part.indexOf('\n');
    map.set(part.slice(0, newline).trim(), part.slice(newline + 1).trim());
  }
  return map;
}
