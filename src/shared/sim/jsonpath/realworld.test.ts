import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ChoiceRule } from '../../asl/types';
import { compileChoiceRule } from '../choice';
import { looksLikeIntrinsic, parseIntrinsic } from '../intrinsics';
import { parseJsonPath } from './index';

// Deployed sample projects: every path, intrinsic call and JSONPath Choice rule in them was accepted
// by AWS, so each must parse and compile here too.
const corpus = path.resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'realworld');
const PATH_FIELDS =
  /^(InputPath|OutputPath|ResultPath|ItemsPath|Variable|ErrorPath|CausePath|.*Path)$/;

interface Found {
  texts: { where: string; text: string }[];
  rules: { where: string; rule: ChoiceRule }[];
}

function collect(node: unknown, where: string, found: Found, parentKey = ''): void {
  if (Array.isArray(node))
    return node.forEach((item, i) => collect(item, `${where}/${i}`, found, parentKey));
  if (typeof node !== 'object' || node === null) return;
  const object = node as Record<string, unknown>;
  if (parentKey === 'Choices' && object.Condition === undefined)
    found.rules.push({ where, rule: object as ChoiceRule });
  for (const [key, value] of Object.entries(object)) {
    const isPathField =
      key.endsWith('.$') ||
      (PATH_FIELDS.test(key) && typeof value === 'string' && value.startsWith('$'));
    // `${Name}` placeholders are substituted at deploy time; they are not paths yet.
    if (typeof value === 'string' && isPathField && !value.includes('${'))
      found.texts.push({ where: `${where}/${key}`, text: value });
    else collect(value, `${where}/${key}`, found, key);
  }
}

describe.skipIf(!existsSync(corpus))('real-world definitions (deployed to AWS)', () => {
  const found: Found = { texts: [], rules: [] };
  if (existsSync(corpus)) {
    for (const file of readdirSync(corpus).filter((name) => name.endsWith('.json'))) {
      collect(JSON.parse(readFileSync(path.join(corpus, file), 'utf8')), file, found);
    }
  }

  it('every JSONPath and intrinsic call parses', () => {
    expect(found.texts.length).toBeGreaterThan(1000);
    const failures = found.texts.flatMap(({ where, text }) => {
      try {
        if (looksLikeIntrinsic(text)) parseIntrinsic(text);
        else parseJsonPath(text);
        return [];
      } catch (error) {
        return [`${where}: ${(error as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });

  it('every JSONPath Choice rule compiles', () => {
    expect(found.rules.length).toBeGreaterThan(50);
    const failures = found.rules.flatMap(({ where, rule }) => {
      if (JSON.stringify(rule).includes('${')) return [];
      try {
        compileChoiceRule(rule);
        return [];
      } catch (error) {
        return [`${where}: ${(error as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });
});
