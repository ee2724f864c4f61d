// What must hold before a release, as pure functions over what git, package.json and
// CHANGELOG.md say (scripts/release.ts gathers those and stops on the first list of problems).
import { isAbsolute, relative, resolve } from 'node:path';

/** The versions CHANGELOG.md has a section for ("## 1.2.3", "## 1.2.3 - 2026-12-06"), newest first. */
export function changelogVersions(changelog: string): string[] {
  return [...changelog.matchAll(/^## v?(\d+\.\d+\.\d+)\b/gm)].map((m) => m[1]!);
}

export interface VersionFacts {
  version: string;
  changelog: string;
  /** `git tag --list` */
  tags: readonly string[];
}

/** Why this version cannot be released; empty when it can. */
export function versionProblems({ version, changelog, tags }: VersionFacts): string[] {
  const problems: string[] = [];
  if (!/^\d+\.\d+\.\d+$/.test(version))
    problems.push(`package.json's version "${version}" is not major.minor.patch (the stores want dotted numbers).`);
  const sections = changelogVersions(changelog);
  if (sections[0] !== version)
    problems.push(
      sections.includes(version)
        ? `CHANGELOG.md's newest section is ${sections[0]}, not ${version}: put this release's section first.`
        : `CHANGELOG.md has no "## ${version}" section: say what this release changes.`,
    );
  if (tags.includes(`v${version}`) || tags.includes(version))
    problems.push(`Version ${version} is already tagged: raise the version in package.json (and CHANGELOG.md).`);
  return problems;
}

/** `git status --porcelain` output: the tree is clean when it lists nothing. */
export function dirtyFiles(porcelain: string): string[] {
  return porcelain
    .split('\n')
    .map((line) => line.trimEnd())
    .filter(Boolean);
}

/** A home page the stores would show must be the real repository, not the placeholder. */
export function homepageProblem(homepage: string | undefined): string | null {
  if (!homepage) return 'package.json has no "homepage": the manifest, the popup and the listings link it.';
  if (!/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/.test(homepage))
    return `package.json's homepage "${homepage}" is not a GitHub repository address (https://github.com/<owner>/<repo>).`;
  if (/\/your-org\//.test(homepage))
    return `package.json's homepage "${homepage}" is still the placeholder: set "homepage" and "repository" to the real repository, and the URLs in store/.`;
  return null;
}

/** A signing key must live outside the repository, where no commit can take it along. */
export function keyInsideRepo(root: string, keyPath: string): boolean {
  const rel = relative(resolve(root), resolve(keyPath));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
