import { CODES } from './codes';
import { at } from './context';
import type { FieldCheck } from './fields';
import { hasPlaceholder, isPlaceholder, substitutePlaceholders } from './placeholders';
import { typeName } from './values';

// arn:partition:service:region:account:resource. Region and account are empty for optimized
// service integrations (arn:aws:states:::lambda:invoke).
const ARN = /^arn:(aws[a-z-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|[a-z0-9-]*):(.+)$/;
const INTEGRATION = /^[a-z0-9-]+(:[A-Za-z0-9-]+)+(\.sync(:2)?|\.waitForTaskToken)?$/;

/**
 * A Task's Resource: an ARN of a Lambda function, an activity or a service integration. Parts
 * written as `${Name}` are checked as if substituted by a plain word, so a templated ARN passes
 * while a misspelt fixed part (`arn:aws:state:::…`) does not.
 */
export const resourceField: FieldCheck = (value, parent, scope, ctx, name) => {
  if (isPlaceholder(value)) return;
  if (typeof value !== 'string') {
    ctx.report(
      CODES.SCHEMA_VALIDATION_FAILED,
      `Field 'Resource' must be a string, not ${typeName(value)}`,
      at(parent, name),
      scope.stateName,
    );
    return;
  }
  const templated = hasPlaceholder(value);
  const arn = templated ? substitutePlaceholders(value, 'aws') : value;
  // Keyed by the text as written, which decides both the ARN and whether it was templated.
  let problem = ctx.resourceProblems.get(value);
  if (problem === undefined && !ctx.resourceProblems.has(value)) {
    problem = resourceProblem(arn, templated);
    ctx.resourceProblems.set(value, problem);
  }
  if (problem) {
    ctx.report(CODES.INVALID_RESOURCE, problem, at(parent, name), scope.stateName);
    return;
  }
  if (ctx.options.workflowType === 'EXPRESS') {
    const pattern = /\.sync(:2)?$/.test(arn)
      ? '.sync'
      : arn.endsWith('.waitForTaskToken')
        ? '.waitForTaskToken'
        : '';
    if (pattern)
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        `Express state machines do not support the '${pattern}' integration pattern`,
        at(parent, name),
        scope.stateName,
      );
    else if (/^arn:[^:]+:states:[^:]+:[^:]*:activity:/.test(arn))
      ctx.report(
        CODES.SCHEMA_VALIDATION_FAILED,
        'Express state machines do not support activities',
        at(parent, name),
        scope.stateName,
      );
  }
};

function resourceProblem(arn: string, templated: boolean): string | undefined {
  const m = ARN.exec(arn);
  if (!m)
    return `Resource '${arn}' is not a valid ARN (arn:partition:service:region:account:resource)`;
  const [, , service, region, account, rest] = m;
  if (service === 'states' && region === '' && account === '') {
    if (!INTEGRATION.test(rest) && !templated)
      return `Resource '${arn}' is not a valid service integration (arn:aws:states:::service:action[.sync|.waitForTaskToken])`;
    return undefined;
  }
  if (
    service === 'states' &&
    !/^(activity|stateMachine):./.test(rest) &&
    !INTEGRATION.test(rest) &&
    !templated
  )
    return `Resource '${arn}' is neither an activity nor a service integration`;
  if (service === 'lambda' && !/^function:./.test(rest) && !templated)
    return `Resource '${arn}' is not a Lambda function ARN (arn:aws:lambda:region:account:function:name)`;
  return undefined;
}
