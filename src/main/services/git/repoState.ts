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
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Finds the repository's root, branch and HEAD; refuses when `dir` is not inside a work tree. */
export async function readRepoInfo(git: GitRunner): Promise<RepoInfo | { refusal: ExportRefusal }> {
  if (!(await exists(git.dir))) {
    return {
      refusal: { code: 'not-a-repository', message: `The folder ${git.dir} does not exist.` },
    };
  }
  const inside = (await git.tryRun(['rev-parse', '--is-inside-work-tree']))?.trim();
  if (inside !== 'true') {
    return {
      refusal: {
        code: 'not-a-repository',
        message: `${git.dir} is not inside a git work tree. Choose a repository folder or initialise one.`,
      },
    };
  }
  const root = (await git.run(['rev-parse', '--show-toplevel'])).trim();
  const branch = (await git.tryRun(['symbolic-ref', '--quiet', '--short', 'HEAD']))?.trim() || null;
  const head =
    (await git.tryRun(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']))?.trim() || null;
  return { root, branch, head };
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
export async function checkRepoIdle(git: GitRunner): Promise<ExportRefusal | undefined> {
  // git prints these relative to the folder it runs in (which may be below the root).
  const gitPath = async (name: string): Promise<string> =>
    path.resolve(git.dir, (await git.run(['rev-parse', '--git-path', name])).trim());
  if (await exists(await gitPath('index.lock'))) {
    return {
      code: 'index-locked',
      message:
        'Another git process is using this repository (.git/index.lock exists). Wait for it to finish; ' +
        'if no git is running, a crashed one left the lock behind and you may delete it.',
    };
  }
  for (const state of IN_PROGRESS) {
    if (await exists(await gitPath(state.marker))) {
      return {
        code: state.code,
        message: `${state.what} is in progress in this repository. Finish it first (${state.exit}), then export.`,
      };
    }
  }
  const unmerged = (await git.run(['ls-files', '--unmerged', '-z'])).split('\0').filter(Boolean);
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
  const config = async (key: string): Promise<string | undefined> =>
    (await git.tryRun(['config', '--get', key]))?.trim() || undefined;
  const env = process.env;
  const name =
    env.GIT_COMMITTER_NAME ||
    env.GIT_AUTHOR_NAME ||
    (await config('committer.name')) ||
    (await config('user.name'));
  const email =
    env.GIT_COMMITTER_EMAIL ||
    env.GIT_AUTHOR_EMAIL ||
    (await config('committer.email')) ||
    (await config('user.email')) ||
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
