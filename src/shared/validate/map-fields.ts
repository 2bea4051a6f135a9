import {
  enumField,
  integerField,
  jsonataValueField,
  languageValueField,
  objectField,
  pathField,
  plainStringField,
  templateField,
  type FieldCheck,
} from './fields';
import { checkFields, fieldTable, type FieldSpecs } from './object-fields';
import { resourceField } from './resource';
import { CODES } from './codes';
import { at } from './context';
import { typeName } from './values';
import { isPlaceholder } from './placeholders';

/** Map number fields read through a path take a reference path without the context object. */
const NUMBER_PATH = pathField({ reference: true, context: false, variables: true });

const stringArray: FieldCheck = (value, parent, scope, ctx, name) => {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `Field '${name}' must be an array of strings, not ${typeName(value)}`,
      at(parent, name),
      scope.stateName,
    );
};

const table = (specs: FieldSpecs): FieldCheck => {
  const fields = fieldTable(specs);
  return objectField((value, parent, scope, ctx, name) =>
    checkFields(value as Record<string, unknown>, at(parent, name), fields, scope, ctx),
  );
};

const READER_CONFIG: FieldSpecs = {
  InputType: {
    language: 'both',
    check: enumField(['CSV', 'JSON', 'JSONL', 'MANIFEST', 'PARQUET']),
  },
  CSVHeaderLocation: { language: 'both', check: enumField(['FIRST_ROW', 'GIVEN']) },
  CSVHeaders: { language: 'both', check: stringArray },
  CSVDelimiter: {
    language: 'both',
    check: enumField(['COMMA', 'PIPE', 'SEMICOLON', 'SPACE', 'TAB']),
  },
  MaxItems: { language: 'both', check: integerField(0, 100000000) },
  MaxItemsPath: { language: 'JSONPath', check: NUMBER_PATH },
  ManifestType: { language: 'both', check: plainStringField },
};

/** Distributed Map's ItemReader. */
export const itemReaderField: FieldCheck = table({
  Resource: { language: 'both', check: resourceField },
  ReaderConfig: { language: 'both', check: table(READER_CONFIG) },
  Parameters: { language: 'JSONPath', check: templateField },
  Arguments: { language: 'JSONata', check: jsonataValueField },
});

/** Distributed Map's ItemBatcher. */
export const itemBatcherField: FieldCheck = table({
  MaxItemsPerBatch: { language: 'both', check: integerField(0) },
  MaxItemsPerBatchPath: { language: 'JSONPath', check: NUMBER_PATH },
  MaxInputBytesPerBatch: { language: 'both', check: integerField(0, 262144) },
  MaxInputBytesPerBatchPath: { language: 'JSONPath', check: NUMBER_PATH },
  BatchInput: { language: 'both', check: languageValueField },
});

/** Distributed Map's ResultWriter. */
export const resultWriterField: FieldCheck = table({
  Resource: { language: 'both', check: resourceField },
  Parameters: { language: 'JSONPath', check: templateField },
  Arguments: { language: 'JSONata', check: jsonataValueField },
  WriterConfig: {
    language: 'both',
    check: table({
      OutputType: { language: 'both', check: enumField(['JSON', 'JSONL']) },
      Transformation: { language: 'both', check: enumField(['NONE', 'COMPACT', 'FLATTEN']) },
    }),
  },
});

/** ItemProcessor's ProcessorConfig. */
export const processorConfigField: FieldCheck = table({
  Mode: { language: 'both', check: enumField(['INLINE', 'DISTRIBUTED']) },
  ExecutionType: { language: 'both', check: enumField(['STANDARD', 'EXPRESS']) },
});

// eslint-disable-next-line no-control-regex -- control characters are among those refused
const LABEL_FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/;

/** A Map Label: up to 40 characters, none of them whitespace or reserved punctuation. */
export const labelField: FieldCheck = (value, parent, scope, ctx, name) => {
  if (isPlaceholder(value)) return;
  plainStringField(value, parent, scope, ctx, name);
  if (typeof value === 'string' && (value.length > 40 || LABEL_FORBIDDEN.test(value)))
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      'A Label has at most 40 characters and no whitespace or special characters (< > { } [ ] ? * " # % \\ ^ | ~ ` $ & , ; : /)',
      at(parent, name),
      scope.stateName,
    );
};
