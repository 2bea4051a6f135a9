/** How each Flow state looks and what it is for, shared by the states browser and the canvas. */
export interface StateTypeInfo {
  type: 'Pass' | 'Task' | 'Choice' | 'Parallel' | 'Map' | 'Wait' | 'Succeed' | 'Fail';
  description: string;
  /** A single glyph drawn in the type's badge. */
  glyph: string;
  colour: string;
}

/** The Flow states, in the order the states browser lists them. */
export const STATE_TYPE_INFO: readonly StateTypeInfo[] = [
  { type: 'Task', description: 'Call an AWS service or activity', glyph: '⚙', colour: '#e07b00' },
  { type: 'Pass', description: 'Pass or reshape data', glyph: '→', colour: '#5a6b82' },
  { type: 'Choice', description: 'Branch on conditions', glyph: '◇', colour: '#7c4dcc' },
  { type: 'Parallel', description: 'Run branches at the same time', glyph: '∥', colour: '#1a73c9' },
  { type: 'Map', description: 'Run steps for each item', glyph: '⟳', colour: '#0f8a8a' },
  { type: 'Wait', description: 'Pause for a time', glyph: '◷', colour: '#8a6d00' },
  { type: 'Succeed', description: 'Stop successfully', glyph: '✓', colour: '#1e8e3e' },
  { type: 'Fail', description: 'Stop with an error', glyph: '✕', colour: '#c5221f' },
];

/** Looks up the look of a state type (unknown types get a neutral look). */
export function typeInfo(type: string): StateTypeInfo {
  return (
    STATE_TYPE_INFO.find((t) => t.type === type) ?? {
      type: 'Pass',
      description: 'Unknown state type',
      glyph: '?',
      colour: '#80868b',
    }
  );
}

/** The drag-and-drop data type that carries a new state's type from the browser to the canvas. */
export const NEW_STATE_MIME = 'application/x-asl-studio-state-type';
