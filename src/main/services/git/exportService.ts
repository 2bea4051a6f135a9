import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from '../../../shared/asl';
import { writeFileAtomic } from './atomicWrite';
import { commitMessageFor } from './commitMessage';
import { planExport, stemOf, type PlannedFile } from './exportFiles';
import { GitCommandError, gitRunner, type GitRunner } from './gitRunner';
import { resolveSafePath } from './repoPath';
import {
  checkIdentity,
  checkNewBranch,
  checkRepoIdle,
  readRepoInfo,
  type RepoInfo,
} from './repoState';
import { ExportTargets } from './targets';
import type {
  ExportCommit,
  ExportOutcome,
  ExportPreview,
  ExportPushed,
  ExportRefusal,
  ExportRequest,
  ExportTarget,
} from './types';

/** Everything an export needs, checked: the repository, the files and what would block it. */
interface Prepared {
  git: GitRunner;
  info: RepoInfo;
  files: Array<PlannedFile & { absolute: string; headText: string | null }>;
  message: string;
  /** Index entries (`mode,sha`) of the files, to put back exactly if the commit fails. */
  indexBefore: Map<string, string>;
  blocked?: ExportRefusal;
}

const refused = <T>(refusal: ExportRefusal): ExportOutcome<T> => ({ ok: false, refusal });

/** The name used in commit messages: the request's, else the file's stem (its folder's name for `definition.json`). */
function definitionName(request: ExportRequest, relative: string): string {
  const given = request.name?.trim();
  if (given) return given;
  const stem = stemOf(relative);
  const parts = relative.split('/');
  return stem === 'definition' && parts.length > 1 ? parts[parts.length - 2] : stem;
}

async function isDirectory(dir: string): Promise<boolean> {
  return (await stat(dir).catch(() => undefined))?.isDirectory() ?? false;
}

/** Options of the service. */
export interface GitExportServiceOptions {
  /** The app's data folder, where the export target of each definition is remembered. */
  dataDir?: string;
}

/**
 * Exports a definition into the user's git repository: writes it atomically as stable JSON
 * (plus optional extras) and commits only those paths, with the user's own git, identity and hooks.
 * Plain Node: both the Electron host and the `serve`/CLI host call it.
 */
export class GitExportService {
  private readonly targets?: ExportTargets;

  constructor(options: GitExportServiceOptions = {}) {
    this.targets = options.dataDir ? new ExportTargets(options.dataDir) : undefined;
  }

  /** Where the definition with this key was last exported. */
  async target(definitionKey: string): Promise<ExportTarget | undefined> {
    return this.targets?.get(definitionKey);
  }

  /** Initialises a repository in `dir` (creating the folder); an existing work tree is left as it is. */
  async init(dir: string): Promise<ExportOutcome<{ root: string }>> {
    if (!path.isAbsolute(dir))
      return refused({ code: 'invalid-path', message: `${dir} is not an absolute folder path.` });
    await mkdir(dir, { recursive: true });
    const git = gitRunner(dir);
    const existing = await readRepoInfo(git);
    if (!('refusal' in existing)) return { ok: true, value: { root: existing.root } };
    try {
      await git.run(['init', '--quiet']);
    } catch (error) {
      return refused(this.gitFailure('git init failed', error));
    }
    const info = await readRepoInfo(git);
    return 'refusal' in info ? refused(info.refusal) : { ok: true, value: { root: info.root } };
  }

  /** What an export would do: the diff against HEAD, the branch, a prefilled message, and any refusal. */
  async preview(request: ExportRequest): Promise<ExportOutcome<ExportPreview>> {
    const prepared = await this.prepare(request);
    if ('refusal' in prepared) return refused(prepared.refusal);
    const { info, files, message, blocked } = prepared;
    return {
      ok: true,
      value: {
        root: info.root,
        branch: info.branch,
        head: info.head,
        files: files.map((f) => ({ path: f.path, headText: f.headText, newText: f.text })),
        message,
        ...(blocked ? { blocked } : {}),
      },
    };
  }

  /** Writes the files and commits only them; any refusal leaves the repository as it was. */
  async exportDefinition(request: ExportRequest): Promise<ExportOutcome<ExportCommit>> {
    const prepared = await this.prepare(request);
    if ('refusal' in prepared) return refused(prepared.refusal);
    if (prepared.blocked) return refused(prepared.blocked);
    const { git, info, files } = prepared;
    const message = prepared.message;
    const written: string[] = [];
    for (const file of files) {
      try {
        await writeFileAtomic(file.absolute, file.text);
        written.push(file.path);
      } catch (error) {
        return refused({
          code: 'write-failed',
          message: `Could not write ${file.path}: ${(error as Error).message}. Nothing was committed.`,
          written,
        });
      }
    }
    const changed = files.filter((f) => f.text !== f.headText).map((f) => f.path);
    if (changed.length === 0) {
      return refused({
        code: 'unchanged',
        message: `${files[0].path} already matches HEAD; there is nothing to commit.`,
        written,
      });
    }
    const indexBefore = prepared.indexBefore;
    const newBranch = request.newBranch?.trim();
    try {
      if (newBranch) await this.createBranch(git, info, newBranch);
      const untracked = changed.filter((p) => !indexBefore.has(p));
      if (untracked.length) await git.run(['add', '--', ...untracked]);
      // A partial commit: HEAD plus exactly these paths; other staged changes are not included.
      // --cleanup=whitespace keeps a message line such as "#123: add retries" (default strips it).
      await git.run([
        'commit',
        '--only',
        '--quiet',
        '--cleanup=whitespace',
        '-m',
        message,
        '--',
        ...changed,
      ]);
    } catch (error) {
      await this.restoreIndex(git, changed, indexBefore);
      if (newBranch) await this.dropBranch(git, info, newBranch);
      const failure = this.gitFailure('The commit failed', error);
      return refused({
        ...failure,
        code: 'commit-failed',
        message:
          `${failure.message} Nothing was committed; ${written.join(', ')} ${written.length > 1 ? 'are' : 'is'} ` +
          'written in the working tree and your other changes are untouched.',
        written,
      });
    }
    const commit = (await git.run(['rev-parse', 'HEAD'])).trim();
    const branch = newBranch || info.branch || '';
    if (request.definitionKey && this.targets) {
      await this.targets.set(request.definitionKey, { repo: request.repo, path: files[0].path });
    }
    return { ok: true, value: { commit, branch, message, files: changed } };
  }

  /** Runs the user's git push for the current branch (setting its upstream on the first push). */
  async push(repo: string): Promise<ExportOutcome<ExportPushed>> {
    if (!(await isDirectory(repo)))
      return refused({ code: 'not-a-repository', message: `The folder ${repo} does not exist.` });
    const git = gitRunner(repo, { noPrompt: true });
    const info = await readRepoInfo(git);
    if ('refusal' in info) return refused(info.refusal);
    if (!info.branch) {
      return refused({
        code: 'needs-branch',
        message: 'HEAD is detached; export on a branch before pushing.',
      });
    }
    const remotes = (await git.run(['remote']))
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean);
    if (remotes.length === 0) {
      return refused({
        code: 'no-remote',
        message: 'This repository has no remote to push to. Add one with git remote add.',
      });
    }
    const configured = async (key: string): Promise<string | undefined> =>
      (await git.tryRun(['config', '--get', key]))?.trim() || undefined;
    // The branch's upstream remote, when it has one (remote names may contain '/').
    const tracking = await configured(`branch.${info.branch}.remote`);
    let remote: string;
    let args: string[];
    if (tracking && (await configured(`branch.${info.branch}.merge`))) {
      remote = (await configured(`branch.${info.branch}.pushRemote`)) ?? tracking;
      args = ['push', '--porcelain'];
    } else {
      remote =
        (await configured(`branch.${info.branch}.pushRemote`)) ??
        (await configured('remote.pushDefault')) ??
        (remotes.includes('origin') ? 'origin' : remotes[0]);
      args = ['push', '--porcelain', '--set-upstream', remote, info.branch];
    }
    try {
      const output = await git.run(args);
      return { ok: true, value: { remote, branch: info.branch, output: output.trim() } };
    } catch (error) {
      const failure = this.gitFailure(`git push to ${remote} failed`, error);
      return refused({ ...failure, code: 'push-failed' });
    }
  }

  private async prepare(request: ExportRequest): Promise<Prepared | { refusal: ExportRefusal }> {
    if (!path.isAbsolute(request.repo)) {
      return {
        refusal: {
          code: 'invalid-path',
          message: `The repository folder ${request.repo} is not an absolute path.`,
        },
      };
    }
    if (!(await isDirectory(request.repo))) {
      return {
        refusal: {
          code: 'not-a-repository',
          message: `The folder ${request.repo} does not exist.`,
        },
      };
    }
    const git = gitRunner(request.repo);
    const info = await readRepoInfo(git);
    if ('refusal' in info) return info;
    const target = await resolveSafePath(request.repo, request.path);
    if ('refusal' in target) return target;
    const name = definitionName(request, target.relative);
    const plan = planExport(request, target.relative, name);
    if ('refusal' in plan) return plan;
    const files: Prepared['files'] = [];
    for (const file of plan.files) {
      const safe = await resolveSafePath(request.repo, file.path);
      if ('refusal' in safe) return safe;
      files.push({ ...file, path: safe.relative, absolute: safe.absolute, headText: null });
    }
    // Independent questions to git, asked at once: each process costs tens of milliseconds.
    const [headTexts, indexBefore] = await Promise.all([
      Promise.all(
        files.map((f) => (info.head ? git.tryRun(['show', `HEAD:./${f.path}`]) : undefined)),
      ),
      this.indexEntries(
        git,
        files.map((f) => f.path),
      ),
    ]);
    const blocked = await this.blocker(git, info, request, files, indexBefore);
    files.forEach((f, i) => (f.headText = headTexts[i] ?? null));
    const message = request.message?.trim()
      ? request.message
      : commitMessageFor(name, this.previousDefinition(files[0].headText), plan.definition);
    return { git, info, files, message, indexBefore, ...(blocked ? { blocked } : {}) };
  }

  /** The definition at HEAD, undefined when HEAD has none; unreadable text counts as an empty machine. */
  private previousDefinition(headText: string | null): unknown {
    if (headText === null) return undefined;
    const parsed = parseDocument(headText, 'json');
    return parsed.errors.length ? {} : parsed.value;
  }

  /** The first reason the export cannot go ahead right now, if any. */
  private async blocker(
    git: GitRunner,
    info: RepoInfo,
    request: ExportRequest,
    files: Prepared['files'],
    tracked: Map<string, string>,
  ): Promise<ExportRefusal | undefined> {
    const newBranch = request.newBranch?.trim();
    const paths = files.map((f) => f.path);
    const [idle, identity, branchProblem] = await Promise.all([
      checkRepoIdle(git, info),
      checkIdentity(git),
      newBranch ? checkNewBranch(git, newBranch) : undefined,
    ]);
    if (idle) return idle;
    if (identity) return identity;
    if (branchProblem) return branchProblem;
    if (!newBranch && !info.branch) {
      return {
        code: 'needs-branch',
        message: `HEAD is detached (at ${info.head?.slice(0, 12) ?? 'no commit'}); name a new branch to commit the export on.`,
      };
    }
    const untracked = paths.filter((p) => !tracked.has(p));
    // check-ignore prints the ignored ones and exits 1 when there are none.
    const ignored = untracked.length
      ? await git.tryRun(['check-ignore', '--', ...untracked])
      : undefined;
    const first = ignored?.split('\n').find(Boolean);
    if (first) {
      return {
        code: 'path-ignored',
        message: `${first.trim()} is ignored by the repository's .gitignore; choose another path or un-ignore it.`,
      };
    }
    return undefined;
  }

  /** The index entries (`mode sha`) of these paths, to put back exactly if the commit fails. */
  private async indexEntries(git: GitRunner, paths: string[]): Promise<Map<string, string>> {
    const out = await git.run(['ls-files', '--stage', '-z', '--', ...paths]);
    const entries = new Map<string, string>();
    for (const line of out.split('\0').filter(Boolean)) {
      const [meta, file] = [line.slice(0, line.indexOf('\t')), line.slice(line.indexOf('\t') + 1)];
      const [mode, sha] = meta.split(' ');
      entries.set(file, `${mode},${sha}`);
    }
    return entries;
  }

  private async restoreIndex(
    git: GitRunner,
    paths: string[],
    before: Map<string, string>,
  ): Promise<void> {
    for (const file of paths) {
      const entry = before.get(file);
      if (entry) await git.tryRun(['update-index', '--add', '--cacheinfo', `${entry},${file}`]);
      else await git.tryRun(['update-index', '--force-remove', '--', file]);
    }
  }

  private async createBranch(git: GitRunner, info: RepoInfo, name: string): Promise<void> {
    // On an unborn branch there is no commit to branch from: the first commit simply lands on `name`.
    if (info.head) await git.run(['switch', '--quiet', '-c', name]);
    else await git.run(['symbolic-ref', 'HEAD', `refs/heads/${name}`]);
  }

  /** Undoes createBranch after a failed commit: back where HEAD was, the new branch gone. */
  private async dropBranch(git: GitRunner, info: RepoInfo, name: string): Promise<void> {
    const current = (await git.tryRun(['symbolic-ref', '--quiet', '--short', 'HEAD']))?.trim();
    if (current !== name) return;
    if (!info.head) {
      await git.tryRun(['symbolic-ref', 'HEAD', `refs/heads/${info.branch ?? 'main'}`]);
      return;
    }
    if (info.branch) await git.tryRun(['switch', '--quiet', info.branch]);
    else await git.tryRun(['switch', '--quiet', '--detach', info.head]);
    await git.tryRun(['branch', '-D', name]);
  }

  private gitFailure(what: string, error: unknown): ExportRefusal {
    if (error instanceof GitCommandError) {
      return {
        code: 'git-failed',
        message: `${what} (git exited with ${error.exitCode}).`,
        output: error.output,
      };
    }
    return { code: 'git-failed', message: `${what}: ${(error as Error).message ?? String(error)}` };
  }
}
