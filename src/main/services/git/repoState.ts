import { access } from 'node:fs/promises';
import path from 'node:path';
import type { GitRunner } from './gitRunner';
import type { ExportRefusal } from './types';

/** Where a repository stands: its root, branch and HEAD. */
export interface RepoInfo {
  root: string;
  /** The current branch (also on an unborn branch), or null on a detached HEAD. */
  branch: string | null;
  /** The HEAD commit, or null before the first commit. */
  head: string | null;
  /** Absolute paths of index.lock and the in-progress markers, by name (see MARKERS). */
  markers: Record<string, string>;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The files git keeps while it holds the index or is in the middle of an operation. */
const MARKERS = [
  'index.lock',
  'MERGE_HEAD',
  'rebase-merge',
  'rebase-apply',
  'CHERRY_PICK_HEAD',
  'REVERT_HEAD',
];

/**
 * Finds the repository's root, branch, HEAD and marker files; refuses when `dir` is not inside a
 * work tree. Asks git as few times as it can: each process costs tens of milliseconds.
 */
export async function readRepoInfo(git: GitRunner): Promise<RepoInfo | { refusal: ExportRefusal }> {
  if (!(await exists(git.dir))) {
    return {
      refusal: { code: 'not-a-repository', message: `The folder ${git.dir} does not exist.` },
    };
  }
  const [located, symbolic, commit] = await Promise.all([
    git.tryRun([
      'rev-parse',
      '--is-inside-work-tree',
      '--show-toplevel',
      ...MARKERS.flatMap((m) => ['--git-path', m]),
    ]),
    git.tryRun(['symbolic-ref', '--quiet', '--short', 'HEAD']),
    git.tryRun(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']),
  ]);
  const lines = located?.split('\n') ?? [];
  if (lines[0]?.trim() !== 'true' || lines.length < 2 + MARKERS.length) {
    return {
      refusal: {
        code: 'not-a-repository',
        message: `${git.dir} is not inside a git work tree. Choose a repository folder or initialise one.`,
      },
    };
  }
  // git prints the marker paths relative to the folder it runs in (which may be below the root).
  const markers = Object.fromEntries(
    MARKERS.map((m, i) => [m, path.resolve(git.dir, lines[2 + i].trim())]),
  );
  return {
    root: lines[1].trim(),
    branch: symbolic?.trim() || null,
    head: commit?.trim() || null,
    markers,
  };
}

/** The in-progress operations git records in its folder, each with how to get out of it. */
const IN_PROGRESS: Array<{
  marker: string;
  code: ExportRefusal['code'];
  what: string;
  exit: string;
}> = [
  {
    marker: 'MERGE_HEAD',
    code: 'merge-in-progress',
    what: 'A merge',
    exit: 'git merge --continue or git merge --abort',
  },
  {
    marker: 'rebase-merge',
    code: 'rebase-in-progress',
    what: 'A rebase',
    exit: 'git rebase --continue or git rebase --abort',
  },
  {
    marker: 'rebase-apply',
    code: 'rebase-in-progress',
    what: 'A rebase (or git am)',
    exit: 'git rebase --continue/--abort or git am --abort',
  },
  {
    marker: 'CHERRY_PICK_HEAD',
    code: 'cherry-pick-in-progress',
    what: 'A cherry-pick',
    exit: 'git cherry-pick --continue or --abort',
  },
  {
    marker: 'REVERT_HEAD',
    code: 'revert-in-progress',
    what: 'A revert',
    exit: 'git revert --continue or --abort',
  },
];

/**
 * Refuses while the repository is in the middle of something a commit would interfere with:
 * a merge, rebase, cherry-pick or revert, unmerged paths, or another git holding index.lock.
 */
export async function checkRepoIdle(
  git: GitRunner,
  info: RepoInfo,
): Promise<ExportRefusal | undefined> {
  const unmergedOutput = git.run(['ls-files', '--unmerged', '-z']);
  // Settle it even when a marker refuses first, so no rejection goes unhandled.
  unmergedOutput.catch(() => undefined);
  if (await exists(info.markers['index.lock'])) {
    return {
      code: 'index-locked',
      message:
        'Another git process is using this repository (.git/index.lock exists). Wait for it to finish; ' +
        'if no git is running, a crashed one left the lock behind and you may delete it.',
    };
  }
  for (const state of IN_PROGRESS) {
    if (await exists(info.markers[state.marker])) {
      return {
        code: state.code,
        message: `${state.what} is in progress in this repository. Finish it first (${state.exit}), then export.`,
      };
    }
  }
  const unmerged = (await unmergedOutput).split('\0').filter(Boolean);
  if (unmerged.length) {
    const paths = [...new Set(unmerged.map((line) => line.slice(line.indexOf('\t') + 1)))];
    return {
      code: 'unmerged-paths',
      message: `The repository has unmerged paths (${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ', …' : ''}). Resolve them first.`,
    };
  }
  return undefined;
}

/**
 * Refuses when git has no name or email to commit with. Git would otherwise guess one from the
 * machine's user and host name, which is rarely what a person wants in their history.
 */
export async function checkIdentity(git: GitRunner): Promise<ExportRefusal | undefined> {
  // One process for all four keys; the last value of a key wins, as git's own lookup does.
  const listed =
    (await git.tryRun(['config', '--get-regexp', '^(user|committer)\\.(name|email)$'])) ?? '';
  const config = new Map<string, string>();
  for (const line of listed.split('\n')) {
    const cut = line.indexOf(' ');
    if (cut > 0 && line.slice(cut + 1).trim())
      config.set(line.slice(0, cut).toLowerCase(), line.slice(cut + 1).trim());
  }
  const env = process.env;
  const name =
    env.GIT_COMMITTER_NAME ||
    env.GIT_AUTHOR_NAME ||
    config.get('committer.name') ||
    config.get('user.name');
  const email =
    env.GIT_COMMITTER_EMAIL ||
    env.GIT_AUTHOR_EMAIL ||
    config.get('committer.email') ||
    config.get('user.email') ||
    env.EMAIL;
  const missing = [name ? undefined : 'user.name', email ? undefined : 'user.email'].filter(
    Boolean,
  );
  if (missing.length === 0) return undefined;
  return {
    code: 'no-identity',
    message:
      `No commit identity is configured (${missing.join(' and ')} not set). Set it with ` +
      `git config --global user.name "Your Name" and git config --global user.email you@example.com, then export again.`,
  };
}

/** Refuses a branch name git would not accept, or one that already exists. */
export async function checkNewBranch(
  git: GitRunner,
  name: string,
): Promise<ExportRefusal | undefined> {
  const valid = name.startsWith('-')
    ? undefined
    : await git.tryRun(['check-ref-format', '--branch', name]);
  if (valid === undefined) {
    return {
      code: 'invalid-branch',
      message: `${JSON.stringify(name)} is not a valid branch name.`,
    };
  }
  if (await git.tryRun(['rev-parse', '--verify', '--quiet', `refs/heads/${name}`])) {
    return {
      code: 'branch-exists',
      message: `A branch named ${name} already exists; choose another name.`,
    };
  }
  return undefined;
}
