import { expect, it } from 'vitest';
import { typingDebounce } from './analysisClient';

it('waits longer while typing in a machine whose check is slow, within bounds', () => {
  expect(typingDebounce(undefined)).toBe(150);
  expect(typingDebounce(20)).toBe(150);
  expect(typingDebounce(200)).toBe(400);
  expect(typingDebounce(5000)).toBe(600);
});
