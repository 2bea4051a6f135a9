/**
 * Schema-driven code assist for YAML documents, without an editor: `yamlCompletions(schema,
 * lines, line, column)` gives the keys a mapping may still take and the values an enum allows,
 * `yamlHover` the description of the key under a position. The cursor's place is read from the
 * lines' indentation, so a half-typed line or a document that does not parse still gets help.
 */
export * from './resolve';
export * from './yamlLines';
export * from './yamlPath';
export * from './assist';
