import { describe, expect, it } from 'vitest';
import { CODES } from './codes';
import { validateText } from './validate-text';

describe('validateText', () => {
  it('gives every finding a line and column at its key, sorted by position', () => {
    const text = [
      '{',
      '  "StartAt": "A",',
      '  "States": {',
      '    "A": { "Type": "Pass", "Next": "B", "Bogus": 1 },',
      '    "B": { "Type": "Wait", "End": true }',
      '  }',
      '}',
    ].join('\n');
    const { parsed, diagnostics } = validateText(text);
    expect(parsed.value).toMatchObject({ StartAt: 'A' });
    expect(diagnostics.map((d) => [d.line, d.column, d.code, d.stateName])).toEqual([
      [4, 41, CODES.SCHEMA_VALIDATION_FAILED, 'A'],
      [5, 5, CODES.SCHEMA_VALIDATION_FAILED, 'B'],
    ]);
    expect(diagnostics[0]).toMatchObject({
      location: '/States/A/Bogus',
      endLine: 4,
      endColumn: 51,
      source: 'validate',
    });
  });

  it('maps YAML positions the same way', () => {
    const text = 'StartAt: A\nStates:\n  A:\n    Type: Task\n    Resource: nope\n    End: true\n';
    const { diagnostics } = validateText(text, { fileName: 'machine.asl.yaml' });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: CODES.INVALID_RESOURCE,
        location: '/States/A/Resource',
        line: 5,
        column: 5,
      }),
    ]);
  });

  it('reports syntax errors as INVALID_JSON_DESCRIPTION with their line and column', () => {
    const { diagnostics } = validateText(
      '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}},}',
    );
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(
      new Set([CODES.INVALID_JSON_DESCRIPTION]),
    );
    expect(diagnostics[0]).toMatchObject({ line: 1, column: 65, source: 'syntax' });
  });

  it('reports a duplicate key that is not a state name as a schema error', () => {
    const { diagnostics } = validateText(
      '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true, "End": true}}}',
    );
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: CODES.SCHEMA_VALIDATION_FAILED,
        location: '/States/A/End',
        message: "Field 'End' is given twice in the same object",
      }),
    ]);
  });

  it('treats prototype-like names as plain state names', () => {
    const text =
      '{"StartAt": "__proto__", "States": {"__proto__": {"Type": "Pass", "Next": "constructor"}, "constructor": {"Type": "Succeed"}}}';
    expect(validateText(text).diagnostics).toEqual([]);
  });

  it('refuses text nested beyond 1,000 levels without parsing it', () => {
    const { diagnostics, parsed } = validateText('{"a":'.repeat(2000) + '1' + '}'.repeat(2000));
    expect(parsed.value).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: CODES.TOO_DEEPLY_NESTED, line: 1, column: 5001 }),
    ]);
  });
});
