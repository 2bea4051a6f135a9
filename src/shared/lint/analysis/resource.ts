import type { Obj } from '../types';

/** How a Task's Resource integrates, as far as its text tells. */
export interface ResourceInfo {
  kind: 'lambda' | 'activity' | 'sdk' | 'optimized' | 'http' | 'unknown';
  /** For SDK/optimized integrations: the service (e.g. `dynamodb`) and action (`putItem`). */
  service?: string;
  action?: string;
  /** The integration pattern suffix. */
  pattern: 'request-response' | 'sync' | 'sync:2' | 'callback';
}

const known = new Map<string, ResourceInfo>();

/** Classifies a Task's Resource ARN (placeholders like `${FnArn}` are guessed from their name). */
export function resourceInfo(resource: unknown): ResourceInfo {
  const text = typeof resource === 'string' ? resource : '';
  // Every Task rule asks; a definition repeats few distinct ARNs. The cache is bounded.
  let info = known.get(text);
  if (!info) {
    info = classify(text);
    if (known.size > 1000) known.clear();
    known.set(text, info);
  }
  return info;
}

function classify(text: string): ResourceInfo {
  const pattern: ResourceInfo['pattern'] = text.endsWith('.waitForTaskToken')
    ? 'callback'
    : text.endsWith('.sync:2')
      ? 'sync:2'
      : text.endsWith('.sync')
        ? 'sync'
        : 'request-response';
  const base = text.replace(/\.(waitForTaskToken|sync(:2)?)$/, '');
  const states = /^arn:[\w-]+:states:[\w-]*:[\w${}.-]*:(.+)$/.exec(base);
  if (states) {
    const rest = states[1];
    if (rest.startsWith('activity:')) return { kind: 'activity', pattern };
    const sdk = /^aws-sdk:([\w-]+):(\w+)/.exec(rest);
    if (sdk) return { kind: 'sdk', service: sdk[1], action: sdk[2], pattern };
    if (/^lambda:invoke/.test(rest))
      return { kind: 'lambda', service: 'lambda', action: 'invoke', pattern };
    if (/^http:invoke/.test(rest))
      return { kind: 'http', service: 'http', action: 'invoke', pattern };
    const optimized = /^([\w-]+):(\w+)/.exec(rest);
    if (optimized)
      return { kind: 'optimized', service: optimized[1], action: optimized[2], pattern };
    return { kind: 'unknown', pattern };
  }
  if (/^arn:[\w-]+:lambda:/.test(base)) return { kind: 'lambda', pattern };
  const placeholder = /^\$\{([^}]*)\}$/.exec(base);
  if (placeholder) {
    if (/activity/i.test(placeholder[1])) return { kind: 'activity', pattern };
    if (/function|lambda|fn(arn)?$/i.test(placeholder[1])) return { kind: 'lambda', pattern };
  }
  return { kind: 'unknown', pattern };
}

/** True when a Task waits on something outside Step Functions: a callback token or an activity. */
export function waitsForWorker(info: ResourceInfo): boolean {
  return info.pattern === 'callback' || info.kind === 'activity';
}

/** The Lambda function a Lambda Task calls, as written (name, ARN or placeholder). */
export function lambdaFunctionName(state: Obj): string | undefined {
  const resource = typeof state.Resource === 'string' ? state.Resource : '';
  if (/^arn:[\w-]+:lambda:/.test(resource) || /^\$\{[^}]*\}$/.test(resource)) return resource;
  for (const key of ['Parameters', 'Arguments']) {
    const args = state[key];
    if (args && typeof args === 'object' && !Array.isArray(args)) {
      const name = (args as Obj).FunctionName;
      if (typeof name === 'string') return name;
    }
  }
  return undefined;
}

/** True when a number field or its *Path/JSONata form is present. */
export function hasField(state: Obj, field: 'TimeoutSeconds' | 'HeartbeatSeconds'): boolean {
  return state[field] !== undefined || state[PATH_OF[field]] !== undefined;
}

// The *Path forms, written out: a concatenation per call would allocate a string per Task.
const PATH_OF = {
  TimeoutSeconds: 'TimeoutSecondsPath',
  HeartbeatSeconds: 'HeartbeatSecondsPath',
} as const;
