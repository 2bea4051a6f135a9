/** Why an edit operation could not apply; it never applies half-way. */
export type EditErrorCode =
  | 'SYNTAX_ERROR'
  | 'PATH_NOT_FOUND'
  | 'NOT_A_CONTAINER'
  | 'KEY_EXISTS'
  | 'SCOPE_NOT_FOUND'
  | 'STATE_NOT_FOUND'
  | 'STATE_EXISTS'
  | 'INVALID_NAME'
  | 'INVALID_TRANSITION'
  | 'INVALID_MOVE';

/** The error every edit operation throws: a code, a message naming the place, and the state when there is one. */
export class EditError extends Error {
  constructor(
    readonly code: EditErrorCode,
    message: string,
    readonly pointer?: string,
    readonly stateName?: string,
  ) {
    super(message);
    this.name = 'EditError';
  }
}
