import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from './rules/index';
import { findingsOf } from './testing';

const rulesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rules');
const ISSUE_RULES = [
  'task-retry',
  'task-catch',
  'retry-order',
  'retry-jitter',
  'retry-states-all',
  'catch-result-path',
  'callback-timeout',
  'callback-heartbeat',
  'task-timeout',
  'lambda-retry-transient',
  'prefer-direct-integration',
  'sync-v2',
  'express-unsupported',
  'express-duration',
  'map-max-concurrency',
  'result-selector',
  'choice-default',
  'unbounded-loop',
  'fail-error-cause',
  'state-name',
  'variable-before-assign',
  'variable-unused',
  'payload-size',
];

/** The JSON blocks under a `## Heading` of a rule doc. */
function exampleUnder(doc: string, heading: string): unknown {
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading + '\n'));
  const block = section?.match(/```json\n([\s\S]*?)```/);
  return block ? JSON.parse(block[1]) : undefined;
}

describe('every rule has its code, test and doc (meta-test)', () => {
  it('registers every rule file, and every id the issue asks for', () => {
    const files = readdirSync(rulesDir).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts',
    );
    expect(files.map((f) => f.slice(0, -3)).sort()).toEqual(ALL_RULES.map((r) => r.meta.id).sort());
    for (const id of ISSUE_RULES) expect(ALL_RULES.map((r) => r.meta.id)).toContain(id);
  });

  for (const rule of ALL_RULES) {
    const id = rule.meta.id;
    describe(id, () => {
      const docPath = path.join(rulesDir, `${id}.md`);
      const testPath = path.join(rulesDir, `${id}.test.ts`);

      it('has meta: id, severity, description, docs link to its doc, messages', () => {
        expect(rule.meta.description.length).toBeGreaterThan(10);
        expect(rule.meta.docs.endsWith(`/rules/${id}.md`)).toBe(true);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        expect(['ERROR', 'WARNING', 'INFO']).toContain(rule.meta.severity);
      });

      it('has a test beside it with passing and failing definitions (and a fix test when fixable)', () => {
        expect(existsSync(testPath), `${id}.test.ts is missing`).toBe(true);
        const test = readFileSync(testPath, 'utf8');
        expect(test).toMatch(/toEqual\(\[\]\)/);
        expect(test).toMatch(/findingsOf\(/);
        if (rule.meta.fixable)
          expect(test, `${id} is fixable but its test applies no fix`).toMatch(/applyFix\(/);
      });

      it('has a doc with why, a source, a bad and a good example that the rule tells apart', () => {
        expect(existsSync(docPath), `${id}.md is missing`).toBe(true);
        const doc = readFileSync(docPath, 'utf8');
        expect(doc).toMatch(/^## Why$/m);
        expect(doc).toMatch(/^### Sources\n\n- .*https:\/\/docs\.aws\.amazon\.com\//m);
        if (rule.meta.fixable) expect(doc).toMatch(/^## Quick fix$/m);
        const workflowType = id.startsWith('express-') ? 'EXPRESS' : 'STANDARD';
        const bad = exampleUnder(doc, 'Bad');
        const good = exampleUnder(doc, 'Good');
        expect(
          findingsOf(id, bad, { workflowType }).length,
          'the Bad example draws no finding',
        ).toBeGreaterThan(0);
        expect(findingsOf(id, good, { workflowType }), 'the Good example draws a finding').toEqual(
          [],
        );
      });
    });
  }
});
