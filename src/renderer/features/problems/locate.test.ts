import { describe, expect, it } from 'vitest';
import { stateOfDiagnostic } from './locate';
import type { StateLocation } from '../../store/stateIndex';

const at = (pointer: string, name: string): StateLocation => ({
  pointer,
  name,
  type: 'Pass',
  start: 0,
  end: 0,
  line: 1,
});

describe('stateOfDiagnostic', () => {
  it('picks the deepest state containing the location, else the named state', () => {
    const states = [
      at('/States/P', 'P'),
      at('/States/P/Branches/0/States/B', 'B'),
      at('/States/PX', 'PX'),
    ];
    const d = { severity: 'ERROR' as const, code: 'X', message: '', source: 'validate' as const };
    expect(
      stateOfDiagnostic({ ...d, location: '/States/P/Branches/0/States/B/Next' }, states)?.name,
    ).toBe('B');
    expect(stateOfDiagnostic({ ...d, location: '/States/P/Next' }, states)?.name).toBe('P');
    expect(stateOfDiagnostic({ ...d, location: '/States/PX' }, states)?.name).toBe('PX');
    expect(stateOfDiagnostic({ ...d, location: '', stateName: 'B' }, states)?.name).toBe('B');
    expect(stateOfDiagnostic({ ...d, location: '/Comment' }, states)).toBeUndefined();
  });
});
