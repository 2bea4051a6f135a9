import type { EdgeRoute } from './types';

interface Point {
  x: number;
  y: number;
}

/** How far a route's ends may be from where they belong and still be drawn (ELK's ports sit on the node's border, the handles just outside it). */
const END_TOLERANCE = 6;

/**
 * The SVG path of a laid-out route, with rounded corners; undefined when the route no longer fits
 * the handles it joins (a node being dragged, a layout not yet redone after an edit), so the
 * caller draws a plain step edge instead.
 */
export function routePath(
  route: EdgeRoute | undefined,
  source: Point,
  target: Point,
  radius = 8,
): string | undefined {
  if (!route || route.points.length < 2) return undefined;
  const points = route.points;
  // Each edge has its own port, beside the middle of the node where React Flow's handle is.
  const from = { x: source.x + route.sourceOffset, y: source.y };
  const to = { x: target.x + route.targetOffset, y: target.y };
  if (!near(points[0], from) || !near(points[points.length - 1], to)) return undefined;
  // ELK's own points, ends included: a handle drawn a pixel or two off the node's middle (a
  // border on one side) would otherwise tilt a straight line.
  return rounded(withoutRepeats(points), radius);
}

function near(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) <= END_TOLERANCE && Math.abs(a.y - b.y) <= END_TOLERANCE;
}

function withoutRepeats(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (!prev || Math.abs(prev.x - p.x) > 0.01 || Math.abs(prev.y - p.y) > 0.01) out.push(p);
  }
  return out;
}

/** A polyline with each corner replaced by a quadratic curve of at most `radius`. */
function rounded(points: Point[], radius: number): string {
  const f = (n: number) => Math.round(n * 10) / 10;
  let d = `M ${f(points[0].x)},${f(points[0].y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    // Half of the shorter neighbouring segment at most, so two corners never overlap.
    const r = Math.min(radius, dist(a, b) / 2, dist(b, c) / 2);
    const from = towards(b, a, r);
    const to = towards(b, c, r);
    d += ` L ${f(from.x)},${f(from.y)} Q ${f(b.x)},${f(b.y)} ${f(to.x)},${f(to.y)}`;
  }
  const end = points[points.length - 1];
  return `${d} L ${f(end.x)},${f(end.y)}`;
}

function dist(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** The point `r` along the segment from `b` towards `a`. */
function towards(b: Point, a: Point, r: number): Point {
  const d = dist(a, b) || 1;
  return { x: b.x + ((a.x - b.x) * r) / d, y: b.y + ((a.y - b.y) * r) / d };
}
