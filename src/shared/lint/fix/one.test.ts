import { describe, expect, it } from 'vitest';
import { lintText } from '../engine';
import { applyQuickFix } from './one';

const TEXT = `{
  "StartAt": "Pick",
  "States": {
    "Pick": {
      "Type": "Choice",
      "Choices": [{ "Variable": "$.x", "BooleanEquals": true, "Next": "Done" }]
    },
    "Done": { "Type": "Succeed" }
  }
}
`;

describe('applyQuickFix', () => {
  it('applies the chosen fix of the finding at that location', () => {
    const finding = lintText(TEXT).findings.find((f) => f.code === 'choice-default');
    expect(finding?.fixes.length).toBeGreaterThan(0);
    const title = finding!.fixes[0].title;
    const fixed = applyQuickFix(TEXT, 'json', {
      code: 'choice-default',
      location: finding!.location,
      title,
    });
    expect(fixed).toBeDefined();
    expect(lintText(fixed!.text).findings.some((f) => f.code === 'choice-default')).toBe(false);
    // Lines the fix did not touch stay as they were.
    expect(fixed!.text).toContain(
      '"Choices": [{ "Variable": "$.x", "BooleanEquals": true, "Next": "Done" }]',
    );
  });

  it('does nothing when the finding is gone or the text is broken', () => {
    expect(
      applyQuickFix(TEXT, 'json', { code: 'choice-default', location: '/States/Nope', title: 'x' }),
    ).toBeUndefined();
    expect(
      applyQuickFix('{ "StartAt": ', 'json', { code: 'choice-default', location: '', title: 'x' }),
    ).toBeUndefined();
  });
});
