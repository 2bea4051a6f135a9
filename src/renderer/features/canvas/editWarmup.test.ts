import { expect, it } from 'vitest';
import { warmUpEdits } from './editWarmup';

it('runs every warm-up edit without an error', () => {
  expect(() => warmUpEdits(1)).not.toThrow();
});
