import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './serve';

/** A three-state chain First → Second → Third, written as a person would format it. */
export const CHAIN = `{
  "Comment": "A chain of three",
  "StartAt": "First",
  "States": {
    "First": {
      "Type": "Pass",
      "Next": "Second"
    },
    "Second": {
      "Type": "Pass",
      "Next": "Third"
    },
    "Third": {
      "Type": "Succeed"
    }
  }
}
`;

/** Writes a definition into a fresh folder and returns its path. */
export function writeDefinition(text: string, name = 'chain.asl.json'): string {
  const file = path.join(tempDir('work'), name);
  writeFileSync(file, text);
  return file;
}
