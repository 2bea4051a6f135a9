import { detectFormat } from '../../../shared/asl/parse';
import type { FileFormat } from '../../../shared/host';

/** A definition file's format: by extension (.yaml/.yml, .json), else by its first character. */
export function formatOf(fileName: string, text: string): FileFormat {
  return detectFormat(text, fileName);
}

/** True when a file name looks like a definition the designer opens. */
export function isDefinitionName(fileName: string): boolean {
  return /\.(json|ya?ml)$/i.test(fileName);
}
