import { describe, expect, it } from 'vitest';
import { routePath } from './routePath';

describe('routePath', () => {
  const route = {
    sourceOffset: 0,
    targetOffset: 0,
    points: [
      { x: 100, y: 46 },
      { x: 100, y: 70 },
      { x: 300, y: 70 },
      { x: 300, y: 120 },
    ],
  };

  it('draws the route between the handles with rounded corners', () => {
    const d = routePath(route, { x: 100, y: 49 }, { x: 300, y: 118 });
    expect(d).toBe('M 100,46 L 100,62 Q 100,70 108,70 L 292,70 Q 300,70 300,78 L 300,120');
  });

  it('keeps corners apart on short segments', () => {
    const d = routePath(
      {
        sourceOffset: 0,
        targetOffset: 0,
        points: [
          { x: 0, y: 0 },
          { x: 0, y: 4 },
          { x: 10, y: 4 },
          { x: 10, y: 40 },
        ],
      },
      { x: 0, y: 0 },
      { x: 10, y: 40 },
    );
    expect(d).toBe('M 0,0 L 0,2 Q 0,4 2,4 L 5,4 Q 10,4 10,9 L 10,40');
  });

  it("starts and ends at the edge's own ports, beside the handles", () => {
    const d = routePath(
      {
        ...route,
        sourceOffset: -20,
        targetOffset: 12,
        points: [
          { x: 80, y: 46 },
          { x: 312, y: 120 },
        ],
      },
      { x: 100, y: 48 },
      { x: 300, y: 118 },
    );
    expect(d).toBe('M 80,46 L 312,120');
  });

  it('gives up when an end has moved away (a drag, a stale layout)', () => {
    expect(routePath(route, { x: 140, y: 46 }, { x: 300, y: 120 })).toBeUndefined();
    expect(routePath(route, { x: 100, y: 46 }, { x: 300, y: 200 })).toBeUndefined();
    expect(routePath(undefined, { x: 100, y: 46 }, { x: 300, y: 120 })).toBeUndefined();
  });
});
