/// <reference lib="webworker" />
import type { TextFormat } from '../../shared/asl/parse';
import { analyze } from './analysis';
import { CHECKERS } from './checkers';

/** A request to analyse one version of the text. */
export interface AnalysisRequest {
  text: string;
  format: TextFormat;
  revision: number;
  /** The sender parsed this text already: do not send the value back. */
  omitValue?: boolean;
}

// Parsing and validating a 1,000-state definition takes tens of milliseconds: off the UI thread.
self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { text, format, revision, omitValue } = event.data;
  const result = analyze(text, format, revision, CHECKERS);
  self.postMessage(
    omitValue && result.value !== undefined
      ? { ...result, value: undefined, valueOmitted: true }
      : result,
  );
};
