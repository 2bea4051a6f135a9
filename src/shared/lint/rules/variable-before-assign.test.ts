import { describe, expect, it } from 'vitest';
import { findingsOf, machine } from '../testing';

describe('variable-before-assign', () => {
  it('passes variables assigned on every path before they are read (JSONPath and JSONata)', () => {
    const jsonPath = machine({
      A: { Type: 'Pass', Assign: { 'total.$': '$.total' }, Next: 'B' },
      B: {
        Type: 'Pass',
        Parameters: { 'sum.$': '$total', 'msg.$': "States.Format('{} $x', $total)" },
        End: true,
      },
    });
    expect(findingsOf('variable-before-assign', jsonPath)).toEqual([]);
    const jsonata = machine(
      {
        A: { Type: 'Pass', Assign: { total: '{% $states.input.total %}' }, Next: 'B' },
        B: {
          Type: 'Pass',
          Output:
            '{% ($double := function($v) { $v * 2 }; $double($total) + $count($states.input.items)) %}',
          End: true,
        },
      },
      { QueryLanguage: 'JSONata' },
    );
    expect(findingsOf('variable-before-assign', jsonata)).toEqual([]);
  });

  it('lets nested branches read variables assigned before the Parallel state', () => {
    const def = machine({
      A: { Type: 'Pass', Assign: { 'id.$': '$.id' }, Next: 'P' },
      P: {
        Type: 'Parallel',
        End: true,
        Branches: [
          {
            StartAt: 'Use',
            States: { Use: { Type: 'Pass', Parameters: { 'id.$': '$id' }, End: true } },
          },
        ],
      },
    });
    expect(findingsOf('variable-before-assign', def)).toEqual([]);
  });

  it('reports a variable read before any path assigns it, and one never assigned', () => {
    const def = machine({
      A: { Type: 'Pass', Parameters: { 'x.$': '$later' }, Next: 'B' },
      B: { Type: 'Pass', Assign: { later: 1 }, Parameters: { 'y.$': '$missing' }, End: true },
    });
    const findings = findingsOf('variable-before-assign', def);
    expect(findings.map((f) => [f.stateName, f.message.includes('never assigned')])).toEqual([
      ['A', false],
      ['B', true],
    ]);
  });

  it('does not let a Distributed Map child read the parent variables', () => {
    const def = machine({
      A: { Type: 'Pass', Assign: { 'id.$': '$.id' }, Next: 'M' },
      M: {
        Type: 'Map',
        End: true,
        ItemProcessor: {
          ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' },
          StartAt: 'Use',
          States: { Use: { Type: 'Pass', Parameters: { 'id.$': '$id' }, End: true } },
        },
      },
    });
    expect(findingsOf('variable-before-assign', def)[0].stateName).toBe('Use');
  });

  it('handles many variables and loops (a flow over more than 32 variables terminates and stays exact)', () => {
    const states: Record<string, unknown> = {};
    for (let i = 0; i < 70; i++)
      states[`S${i}`] = {
        Type: 'Pass',
        Assign: { [`v${i}`]: i },
        Parameters: { 'p.$': i > 0 ? `$v${i - 1}` : '$.x' },
        Next: `S${i + 1}`,
      };
    states.S70 = {
      Type: 'Choice',
      Choices: [{ Variable: '$v69', NumericEquals: 0, Next: 'S0' }],
      Default: 'Late',
    };
    states.Late = { Type: 'Pass', Parameters: { 'p.$': '$v99' }, End: true };
    const findings = findingsOf('variable-before-assign', machine(states));
    expect(findings.map((f) => f.stateName)).toEqual(['Late']);
  });
});
