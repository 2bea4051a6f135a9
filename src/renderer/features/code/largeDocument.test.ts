import { describe, expect, it } from 'vitest';
import { LARGE_DOCUMENT_LINES, documentSizeOptions, isLargeDocument } from './largeDocument';

describe('large documents', () => {
  it('start just past the threshold', () => {
    expect(isLargeDocument(1)).toBe(false);
    expect(isLargeDocument(LARGE_DOCUMENT_LINES)).toBe(false);
    expect(isLargeDocument(LARGE_DOCUMENT_LINES + 1)).toBe(true);
  });

  it('lose folding, indent guides, scrollbar marks and bracket matching, and get them back when they shrink', () => {
    expect(documentSizeOptions(true)).toEqual({
      folding: false,
      guides: { indentation: false },
      overviewRulerLanes: 0,
      matchBrackets: 'never',
    });
    expect(documentSizeOptions(false)).toEqual({
      folding: true,
      guides: { indentation: true },
      overviewRulerLanes: 3,
      matchBrackets: 'always',
    });
  });
});
