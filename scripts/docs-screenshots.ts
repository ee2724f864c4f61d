// `npm run docs:screenshots`: regenerates the README's "See it work" pictures. Runs the same
// headless walkthrough as `npm start -- --headless`, writes its screenshots into
// docs/screenshots/ (committed), checks they stay small, and rewrites the README's picture list
// between its markers, one caption a picture.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { prepare, ROOT, runProgram, Stop, walkHeadless, type Shot } from '../tests/sandbox';

const OUT_DIR = resolve(ROOT, 'docs/screenshots');
const README = resolve(ROOT, 'README.md');
const START = '<!-- screenshots:start (npm run docs:screenshots writes this list) -->';
const END = '<!-- screenshots:end -->';
/** Each picture, and all of them: a README that loads fast and a repository that stays light. */
const MAX_EACH = 100 * 1024;
const MAX_TOTAL = 600 * 1024;

export function pictureList(shots: readonly Shot[], readmeDir: string): string {
  return shots
    .map((s) => `${s.n}. **${s.title}.** ${s.caption}\n\n   ![${s.title}](${relative(readmeDir, s.path)})`)
    .join('\n\n');
}

async function updateReadme(shots: readonly Shot[]): Promise<boolean> {
  const text = await readFile(README, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  const list = pictureList(shots, ROOT);
  await writeFile(README, `${text.slice(0, start + START.length)}\n\n${list}\n\n${text.slice(end)}`);
  return true;
}

/** Replaces the PNGs of docs/screenshots/ with the new ones; returns the shots at their new paths. */
async function publish(shots: readonly Shot[]): Promise<Shot[]> {
  await mkdir(OUT_DIR, { recursive: true });
  for (const name of await readdir(OUT_DIR)) if (name.endsWith('.png')) await rm(join(OUT_DIR, name));
  const moved: Shot[] = [];
  for (const shot of shots) {
    const path = join(OUT_DIR, basename(shot.path));
    await copyFile(shot.path, path);
    moved.push({ ...shot, path });
  }
  return moved;
}

runProgram(async (program) => {
  const chromiumPath = await prepare(program);
  // Taken aside first: a failed run leaves the committed pictures as they were.
  const scratch = await mkdtemp(join(tmpdir(), 'docs-screenshots-'));
  program.shutdown.add('the scratch folder', () => rm(scratch, { recursive: true, force: true }));
  const taken = await walkHeadless(program, chromiumPath, scratch);
  let total = 0;
  const tooBig: string[] = [];
  for (const shot of taken) {
    const { size } = await stat(shot.path);
    total += size;
    if (size > MAX_EACH) tooBig.push(`${basename(shot.path)} (${Math.round(size / 1024)} KB)`);
  }
  if (tooBig.length) throw new Stop(`Over ${MAX_EACH / 1024} KB each: ${tooBig.join(', ')}.`);
  if (total > MAX_TOTAL)
    throw new Stop(`${Math.round(total / 1024)} KB in all, over ${MAX_TOTAL / 1024} KB: crop or shrink the pictures.`);
  const shots = await publish(taken);
  program.say(`${shots.length} pictures, ${Math.round(total / 1024)} KB in all, in ${relative(ROOT, OUT_DIR)}/.`);
  if (await updateReadme(shots)) program.say('README.md: the "See it work" list is up to date.');
  else program.say(`README.md has no ${START} ... ${END} markers; the list to paste:\n\n${pictureList(shots, ROOT)}`);
  return 0;
});
