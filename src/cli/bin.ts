import { runCli } from './main';

// Entry point of the built CLI (out/cli/asl-studio.js).
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`asl-studio: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
