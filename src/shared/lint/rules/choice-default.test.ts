import { describe, expect, it } from 'vitest';
import { applyFix, findingsOf, machine } from '../testing';

const choice = (extra: Record<string, unknown> = {}) =>
  machine({
    Route: {
      Type: 'Choice',
      Choices: [{ Variable: '$.ok', BooleanEquals: true, Next: 'Done' }],
      ...extra,
    },
    Done: { Type: 'Succeed' },
  });

describe('choice-default', () => {
  it('passes a Choice with a Default', () => {
    expect(findingsOf('choice-default', choice({ Default: 'Done' }))).toEqual([]);
  });

  it('reports a Choice without Default', () => {
    expect(findingsOf('choice-default', choice())[0]).toMatchObject({
      location: '/States/Route',
      stateName: 'Route',
    });
  });

  it('fix adds a Default to a new Fail state that keeps the NoChoiceMatched behaviour explicit', () => {
    const { value } = applyFix('choice-default', choice());
    const states = value.States as Record<string, Record<string, unknown>>;
    expect(states.Route.Default).toBe('Route No Match');
    expect(states['Route No Match']).toMatchObject({ Type: 'Fail', Error: 'NoChoiceMatched' });
    expect(findingsOf('choice-default', value)).toEqual([]);
  });
});
