import path from 'node:path';
import { realpathSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitMessageFor } from './commitMessage';
import { resolveSafePath } from './repoPath';
import { findPlaceholders, samSnippet } from './samSnippet';
import { tempDir } from './testRepo';

describe('properties', () => {
  it('resolveSafePath never yields a path outside the repository folder', async () => {
    const root = realpathSync(tempDir());
    const segment = fc.constantFrom(
      'a',
      'b',
      '..',
      '.',
      '',
      'x.json',
      '.git',
      '...',
      'a..b',
      '/',
      'C:',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { maxLength: 6 }),
        fc.constantFrom('/', '\\'),
        async (parts, sep) => {
          const result = await resolveSafePath(root, parts.join(sep));
          if ('refusal' in result) return;
          expect(result.absolute.startsWith(root + path.sep)).toBe(true);
          expect(result.relative.split('/')).not.toContain('..');
          expect(result.relative.split('/')[0].toLowerCase()).not.toBe('.git');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('commit messages and SAM snippets are produced for any JSON, never thrown', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(typeof commitMessageFor('M', a, b)).toBe('string');
        expect(samSnippet('M', 'definition.json', b)).toContain('AWS::Serverless::StateMachine');
        expect(Array.isArray(findPlaceholders(a))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
