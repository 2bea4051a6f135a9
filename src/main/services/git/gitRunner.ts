import { GitError, simpleGit, type SimpleGit } from 'simple-git';

/** A git command that exited with a non-zero status, with everything it printed. */
export class GitCommandError extends GitError {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    // Extends GitError because simple-git re-wraps any other error type and loses these fields.
    super(undefined, `git ${args.join(' ')} exited with ${exitCode}: ${(stderr || stdout).trim()}`);
  }

  /** What git printed, stderr then stdout, as a person would see it in a terminal. */
  get output(): string {
    return [this.stderr.trim(), this.stdout.trim()].filter(Boolean).join('\n');
  }
}

/** Runs the user's own git in one folder; resolves with stdout, rejects with GitCommandError. */
export interface GitRunner {
  readonly dir: string;
  run(args: string[]): Promise<string>;
  /** Like run, but resolves undefined instead of rejecting when git exits non-zero. */
  tryRun(args: string[]): Promise<string | undefined>;
}

/** simple-git's checks on environment variables (GIT_SSH_COMMAND, GIT_CONFIG_GLOBAL…), lifted. */
const USER_ENVIRONMENT_ALLOWED = {
  allowUnsafeEditor: true,
  allowUnsafeAskPass: true,
  allowUnsafeConfigPaths: true,
  allowUnsafeConfigEnvCount: true,
  allowUnsafeDiffExternal: true,
  allowUnsafePager: true,
  allowUnsafeGitProxy: true,
  allowUnsafeTemplateDir: true,
  allowUnsafeSshCommand: true,
  allowUnsafeCredentialHelper: true,
} as const;

/** How long one git command may take before it is stopped (a push waiting on a prompt, a slow hook). */
const BLOCK_TIMEOUT_MS = 120_000;

/**
 * Creates a runner over simple-git. The environment is inherited untouched (never passed through
 * simple-git's env(), which would reject the user's own GIT_SSH_COMMAND and friends), so their
 * identity, hooks, signing and credentials apply exactly as in their terminal.
 */
export function gitRunner(dir: string, options: { noPrompt?: boolean } = {}): GitRunner {
  const git: SimpleGit = simpleGit({
    baseDir: dir,
    // A push must not wait on a username prompt in a terminal nobody watches (the app, serve).
    // Passing an environment makes simple-git vet every variable in it; these are the user's own,
    // as their terminal's git would see them, and the arguments are ours, so they are allowed.
    ...(options.noPrompt ? { unsafe: USER_ENVIRONMENT_ALLOWED } : {}),
    maxConcurrentProcesses: 4,
    trimmed: false,
    timeout: { block: BLOCK_TIMEOUT_MS },
    errors(error, result) {
      if (result.exitCode === 0) return error;
      // simple-git's own detection yields a plain GitError for a failed exit; replace that one.
      // A spawn failure or a timeout (a GitPluginError) is kept as it is.
      if (error instanceof Error && error.constructor !== GitError) return error;
      return new GitCommandError(
        [],
        result.exitCode,
        Buffer.concat(result.stdOut).toString('utf8'),
        Buffer.concat(result.stdErr).toString('utf8'),
      );
    },
  });
  if (options.noPrompt)
    git.env({ ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' });
  const run = async (args: string[]): Promise<string> => {
    try {
      return await git.raw(args);
    } catch (error) {
      if (!(error instanceof GitCommandError)) throw error;
      throw new GitCommandError(args, error.exitCode, error.stdout, error.stderr);
    }
  };
  return {
    dir,
    run,
    async tryRun(args) {
      try {
        return await run(args);
      } catch (error) {
        if (error instanceof GitCommandError) return undefined;
        throw error;
      }
    },
  };
}
