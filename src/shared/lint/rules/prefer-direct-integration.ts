import { defineRule } from '../define';
import { lambdaFunctionName, resourceInfo } from '../analysis/resource';

/** Splits a function name, ARN or placeholder into lower-case words (camelCase, -, _, :, /). */
export function nameWords(name: string): string[] {
  return functionPart(name)
    .replace(/\$\{|\}/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The part of a function name, ARN or placeholder that names the function. */
function functionPart(name: string): string {
  const afterFunction = name.includes(':function:')
    ? name.slice(name.lastIndexOf(':function:') + 10)
    : name;
  // Drop a version or alias qualifier (`:$LATEST`, `:prod`), but not the colons inside `${A::B}`.
  return afterFunction.startsWith('${') ? afterFunction : afterFunction.split(':')[0];
}

interface Integration {
  /** Every group must have a word in the name. */
  all: string[][];
  resource: string;
  what: string;
}

// Function names that announce a single AWS API call, and the integration that makes the call directly.
const INTEGRATIONS: Integration[] = [
  {
    all: [
      ['dynamo', 'dynamodb', 'ddb', 'table'],
      ['put', 'write', 'save', 'insert'],
    ],
    resource: 'arn:aws:states:::dynamodb:putItem',
    what: 'DynamoDB PutItem',
  },
  {
    all: [
      ['dynamo', 'dynamodb', 'ddb', 'table'],
      ['get', 'read', 'fetch', 'load'],
    ],
    resource: 'arn:aws:states:::dynamodb:getItem',
    what: 'DynamoDB GetItem',
  },
  {
    all: [['dynamo', 'dynamodb', 'ddb', 'table'], ['update']],
    resource: 'arn:aws:states:::dynamodb:updateItem',
    what: 'DynamoDB UpdateItem',
  },
  {
    all: [
      ['dynamo', 'dynamodb', 'ddb', 'table'],
      ['delete', 'remove'],
    ],
    resource: 'arn:aws:states:::dynamodb:deleteItem',
    what: 'DynamoDB DeleteItem',
  },
  {
    all: [['put', 'get', 'update', 'delete'], ['item']],
    resource: 'arn:aws:states:::dynamodb:<action>Item',
    what: 'the DynamoDB item integrations',
  },
  {
    all: [['sns'], ['publish', 'send', 'notify', 'notification']],
    resource: 'arn:aws:states:::sns:publish',
    what: 'SNS Publish',
  },
  {
    all: [['publish'], ['topic', 'message', 'notification']],
    resource: 'arn:aws:states:::sns:publish',
    what: 'SNS Publish',
  },
  {
    all: [
      ['sqs', 'queue'],
      ['send', 'enqueue', 'push', 'put'],
    ],
    resource: 'arn:aws:states:::sqs:sendMessage',
    what: 'SQS SendMessage',
  },
  {
    all: [
      ['eventbridge', 'events', 'event'],
      ['put', 'send', 'publish', 'emit'],
    ],
    resource: 'arn:aws:states:::events:putEvents',
    what: 'EventBridge PutEvents',
  },
  {
    all: [
      ['start', 'trigger', 'invoke'],
      ['execution', 'statemachine', 'workflow', 'sfn', 'stepfunction', 'stepfunctions'],
    ],
    resource: 'arn:aws:states:::states:startExecution.sync:2',
    what: 'Step Functions StartExecution',
  },
  {
    all: [
      ['s3', 'bucket', 'object'],
      ['put', 'upload', 'write', 'copy', 'delete', 'get', 'download'],
    ],
    resource: 'arn:aws:states:::aws-sdk:s3:<action>Object',
    what: 'the S3 SDK integration',
  },
  {
    all: [['glue'], ['start', 'run', 'job', 'trigger']],
    resource: 'arn:aws:states:::glue:startJobRun.sync',
    what: 'Glue StartJobRun',
  },
  {
    all: [['batch'], ['submit']],
    resource: 'arn:aws:states:::batch:submitJob.sync',
    what: 'Batch SubmitJob',
  },
  {
    all: [
      ['ecs', 'fargate'],
      ['run', 'start'],
    ],
    resource: 'arn:aws:states:::ecs:runTask.sync',
    what: 'ECS RunTask',
  },
  {
    all: [['athena'], ['query', 'start', 'run']],
    resource: 'arn:aws:states:::athena:startQueryExecution.sync',
    what: 'Athena StartQueryExecution',
  },
  {
    all: [['ses', 'email', 'mail'], ['send']],
    resource: 'arn:aws:states:::aws-sdk:sesv2:sendEmail',
    what: 'the SES v2 SDK integration',
  },
  {
    all: [['codebuild'], ['start', 'run', 'build']],
    resource: 'arn:aws:states:::codebuild:startBuild.sync',
    what: 'CodeBuild StartBuild',
  },
];

// Every word an integration looks for. A name's words are pieces of its lower-cased function
// part, so a name holding none of these anywhere matches no integration.
const VOCABULARY = new RegExp(
  [...new Set(INTEGRATIONS.flatMap((i) => i.all.flat()))]
    .sort((a, b) => b.length - a.length)
    .join('|'),
);

/** The direct integration a Lambda function's name suggests it wraps, if any. */
export function suggestedIntegration(functionName: string): Integration | undefined {
  if (!VOCABULARY.test(functionPart(functionName).toLowerCase())) return undefined;
  const words = new Set(nameWords(functionName));
  return INTEGRATIONS.find((i) => i.all.every((group) => group.some((w) => words.has(w))));
}

/** prefer-direct-integration: a Lambda that only makes one AWS API call is a call Step Functions can make itself. */
export const preferDirectIntegration = defineRule(
  {
    id: 'prefer-direct-integration',
    severity: 'INFO',
    description:
      'Call AWS APIs through Step Functions integrations rather than through a Lambda function that wraps them.',
    messages: {
      wrapper:
        "Task '{state}' calls Lambda function '{fn}', whose name suggests it only wraps {what}: call it directly with Resource {resource} (no Lambda cost, cold starts or code to maintain).",
    },
  },
  (context) => ({
    Task(visit) {
      if (resourceInfo(visit.state.Resource).kind !== 'lambda') return;
      const fn = lambdaFunctionName(visit.state);
      if (!fn) return;
      const match = suggestedIntegration(fn);
      if (!match) return;
      context.report({
        messageId: 'wrapper',
        data: { state: visit.name, fn, what: match.what, resource: match.resource },
        state: visit,
      });
    },
  }),
);
