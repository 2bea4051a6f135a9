import { describe, expect, it } from 'vitest';
import { transitionContext } from './transitionContext';

describe('transitionContext', () => {
  it('recognises the value of Next, Default and StartAt in JSON', () => {
    expect(transitionContext('      "Next": "', 'json')).toEqual({ field: 'Next', quoted: true });
    expect(transitionContext('  "StartAt": ', 'json')).toEqual({ field: 'StartAt', quoted: false });
    expect(transitionContext('      "Default": "Ha', 'json')?.field).toBe('Default');
    expect(transitionContext('      "Type": "', 'json')).toBeUndefined();
    expect(transitionContext('      "Next": "A", "End', 'json')).toBeUndefined();
  });

  it('recognises them in YAML, list items included', () => {
    expect(transitionContext('    Next: ', 'yaml')).toEqual({ field: 'Next', quoted: false });
    expect(transitionContext('      - Next: Ch', 'yaml')?.field).toBe('Next');
    expect(transitionContext('    Type: ', 'yaml')).toBeUndefined();
  });
});
