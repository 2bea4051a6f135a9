/** What other views may ask of the canvas (fit, go to a state), set while the canvas is mounted. */
export interface CanvasHandle {
  fit(): void;
  focusState(pointer: string): void;
}

let current: CanvasHandle | undefined;

/** Registers the mounted canvas (or none). */
export function setCanvasHandle(handle: CanvasHandle | undefined): void {
  current = handle;
}

/** The mounted canvas, if any. */
export function canvasHandle(): CanvasHandle | undefined {
  return current;
}
