/**
 * The contract between the UI and its host (the Electron main process, or `asl-studio serve`).
 *
 * One table, HOST_METHODS, names every method, the zod schema of its payload (both hosts validate
 * every call against it) and, as a phantom type, its result. `Host` is derived from the table, so
 * adding a method is one entry here plus one handler in src/main/handlers.ts.
 *
 * Namespaces: file*, recent*, backup*, settings*, template*, app*; `export*` is reserved for git
 * export (src/main/services/git) and `aws*` for AWS calls.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Shared shapes

/** The two text formats a definition file may use. */
export type FileFormat = 'json' | 'yaml';

/** What the host knew of a file when it read or wrote it; used to detect changes on disk. */
export interface FileStamp {
  /** Modification time in milliseconds since the epoch. */
  mtimeMs: number;
  size: number;
  /** SHA-256 of the file's bytes, hex. */
  hash: string;
}

/** A definition file read from disk. */
export interface OpenedFile {
  /** Absolute, normalized path. */
  path: string;
  /** Base name, e.g. `order.asl.json`. */
  name: string;
  text: string;
  format: FileFormat;
  stamp: FileStamp;
}

/** Result of a save: saved, or refused because the file changed on disk (or exists, for saveAs). */
export type SaveResult =
  | { status: 'saved'; path: string; name: string; format: FileFormat; stamp: FileStamp }
  /** The file on disk is not the one that was opened; `current` is null when it was deleted. */
  | { status: 'conflict'; path: string; current: FileStamp | null }
  /** saveFileAs to a path that already exists, without `overwrite: true`. */
  | { status: 'exists'; path: string };

/** Whether a file changed on disk since `stamp`. */
export type FileCheck =
  | { status: 'unchanged'; stamp: FileStamp }
  | { status: 'changed'; stamp: FileStamp }
  | { status: 'deleted' };

/** One entry of a directory listing (the browser's file picker). */
export interface DirectoryEntry {
  name: string;
  path: string;
  kind: 'file' | 'directory';
  /** True for files whose name looks like a definition (.json, .yaml, .yml). */
  definition: boolean;
}

/** A directory's contents, directories first, then files, each sorted by name. */
export interface DirectoryListing {
  path: string;
  /** The parent directory, or null at a file-system root. */
  parent: string | null;
  entries: DirectoryEntry[];
  /** Shortcuts to offer beside the listing (home, the working directory, recent folders). */
  places: { label: string; path: string }[];
}

/** A recently opened or saved file. */
export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
  /** False when the file no longer exists. */
  exists: boolean;
}

/** The summary of a backup of unsaved work. */
export interface BackupSummary {
  id: string;
  /** The file the work belongs to, or null for an untitled document. */
  path: string | null;
  name: string;
  format: FileFormat;
  savedAt: string;
  size: number;
}

/** A backup with its text, and the stamp of the file it was based on (to detect later changes). */
export interface Backup extends BackupSummary {
  text: string;
  baseStamp: FileStamp | null;
}

/** A starter state machine from resources/templates. */
export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  format: FileFormat;
}

/** A template with its text. */
export interface Template extends TemplateSummary {
  text: string;
}

/** Which host the UI runs in, and what it can do. */
export interface HostInfo {
  kind: 'electron' | 'browser';
  version: string;
  platform: string;
  /** True when showOpenDialog/showSaveDialog open the system's dialogs. */
  nativeDialogs: boolean;
  /** The folder relative paths are resolved against and the picker starts in. */
  workingDirectory: string;
  homeDirectory: string;
}

/** Result of a native file dialog. */
export type DialogResult = { canceled: true } | { canceled: false; path: string };

// ---------------------------------------------------------------------------------------------
// Payload schemas

const MAX_TEXT = 16 * 1024 * 1024;

/** A path as the UI sends it: non-empty, no NUL byte (relative paths resolve against the host's folder). */
export const pathSchema = z
  .string()
  .min(1, 'a path is required')
  .max(4096, 'the path is too long')
  .refine((p) => !p.includes('\0'), 'a path may not contain a NUL character');

/** A definition's text (capped so a runaway payload cannot exhaust the host). */
export const textSchema = z.string().max(MAX_TEXT, 'the text is larger than 16 MiB');

/** A FileStamp as sent back by the UI. */
export const fileStampSchema = z.strictObject({
  mtimeMs: z.number().finite(),
  size: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest'),
});

/** A backup id chosen by the UI: letters, digits, '-' and '_' only, so it is safe as a file name. */
export const backupIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'a backup id is 1-64 letters, digits, "-" or "_"');

const settingsFields = {
  theme: z.enum(['system', 'light', 'dark']),
  /** Design/Code modes or both side by side. */
  layout: z.enum(['split', 'design', 'code']),
  editorFontSize: z.number().int().min(8).max(40),
  /** Format used for new documents. */
  defaultFormat: z.enum(['json', 'yaml']),
  /** How long after the last change a backup of unsaved work is written. */
  backupDelayMs: z.number().int().min(200).max(600_000),
  /** How often the UI asks whether the open file changed on disk (0 turns it off). */
  fileCheckIntervalMs: z.number().int().min(0).max(600_000),
  minimap: z.boolean(),
  /** Panel sizes by panel-group id, in percent; owned by the renderer. */
  panelSizes: z.record(z.string().max(64), z.array(z.number().min(0).max(100)).max(8)),
};

/** The settings the host stores; unknown fields are refused. */
export const settingsSchema = z.strictObject(settingsFields);

/** The stored settings. */
export type Settings = z.output<typeof settingsSchema>;

/** What a setting is until the user changes it. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  layout: 'split',
  editorFontSize: 13,
  defaultFormat: 'json',
  backupDelayMs: 2000,
  fileCheckIntervalMs: 3000,
  minimap: true,
  panelSizes: {},
});

/** A partial update of the settings (no defaults: absent fields stay as they are). */
export const settingsPatchSchema = settingsSchema.partial();

/** The formats a file may be saved in; by extension when omitted. */
const formatSchema = z.enum(['json', 'yaml']);

/** http(s) URLs the host may open in the system browser. */
export const EXTERNAL_URL_ALLOWLIST: readonly string[] = [
  'https://docs.aws.amazon.com/',
  'https://states-language.net/',
  'https://github.com/',
  'https://jsonata.org/',
  'https://docs.jsonata.org/',
];

/** True when a URL may be opened in the system browser: http(s) and under an allowlisted prefix. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username || parsed.password) return false;
  const normalized = parsed.href;
  return EXTERNAL_URL_ALLOWLIST.some((prefix) => normalized.startsWith(prefix));
}

// ---------------------------------------------------------------------------------------------
// Git export (src/main/services/git): shapes and payloads

/** Why an export, preview or push did not go ahead; each code comes with one clear message. */
export type ExportRefusalCode =
  | 'not-a-repository'
  | 'invalid-definition'
  | 'invalid-path'
  | 'path-escapes'
  | 'symlink-in-path'
  | 'path-ignored'
  | 'merge-in-progress'
  | 'rebase-in-progress'
  | 'cherry-pick-in-progress'
  | 'revert-in-progress'
  | 'unmerged-paths'
  | 'index-locked'
  | 'no-identity'
  | 'needs-branch'
  | 'invalid-branch'
  | 'branch-exists'
  | 'unchanged'
  | 'commit-failed'
  | 'write-failed'
  | 'no-remote'
  | 'push-failed'
  | 'git-failed';

/** A refusal: a code for programs, a message for people, git's (or a hook's) output verbatim. */
export interface ExportRefusal {
  code: ExportRefusalCode;
  message: string;
  output?: string;
  /** Files written to disk before the refusal (they stay: nothing is lost). */
  written?: string[];
}

/** What to export where: the repository folder, a path inside it, the document and extras. */
export const exportRequestSchema = z.strictObject({
  repo: pathSchema,
  /** Relative to `repo`, `/`-separated, e.g. `workflows/order/definition.json`. */
  path: pathSchema,
  text: textSchema,
  format: formatSchema,
  /** The state machine's name for the commit message (defaults to the file's stem). */
  name: z.string().max(256).optional(),
  /** A stable key (the document's path) to remember repository and path by. */
  definitionKey: z.string().max(4096).optional(),
  /** The commit message; prefilled from what changed when absent or blank. */
  message: z.string().max(65536).optional(),
  /** Create this branch at HEAD and commit on it (required on a detached HEAD). */
  newBranch: z.string().max(256).optional(),
  extras: z
    .strictObject({
      /** Write `<stem>.sam.yaml`, an AWS::Serverless::StateMachine pointing at the definition. */
      sam: z.boolean().optional(),
      /** Test scenarios, written under `tests/` beside the definition. */
      tests: z
        .array(z.strictObject({ fileName: z.string().min(1).max(255), content: z.unknown() }))
        .max(500)
        .optional(),
      /** A Step Functions Local MockConfigFile, written as `tests/MockConfigFile.json`. */
      mocks: z.unknown().optional(),
    })
    .optional(),
});

/** An export request (see exportRequestSchema). */
export type ExportRequest = z.output<typeof exportRequestSchema>;
/** The optional files beside the definition. */
export type ExportExtras = NonNullable<ExportRequest['extras']>;
/** A test scenario to place beside the definition. */
export type ExportTestFile = NonNullable<ExportExtras['tests']>[number];

/** One file of an export: what HEAD has (null when it has none) and what will be written. */
export interface ExportFileChange {
  path: string;
  headText: string | null;
  newText: string;
}

/** What the export dialog shows before Export: diff against HEAD, branch, prefilled message. */
export interface ExportPreview {
  /** The repository's top-level folder. */
  root: string;
  /** The current branch, or null on a detached HEAD. */
  branch: string | null;
  /** The HEAD commit, or null before the first commit. */
  head: string | null;
  files: ExportFileChange[];
  message: string;
  /** Set when exporting would be refused now (the diff is still shown). */
  blocked?: ExportRefusal;
}

/** A successful export commit. */
export interface ExportCommit {
  commit: string;
  branch: string;
  message: string;
  files: string[];
}

/** The outcome of a push. */
export interface ExportPushed {
  remote: string;
  branch: string;
  output: string;
}

/** A value, or a refusal a person can act on (never a thrown error for something they caused). */
export type ExportOutcome<T> = { ok: true; value: T } | { ok: false; refusal: ExportRefusal };

/** Where a definition was last exported. */
export interface ExportTarget {
  repo: string;
  path: string;
}

// ---------------------------------------------------------------------------------------------
// The method table

/** A method's payload schema, with its result type carried along as a phantom. */
export interface MethodSpec<P extends z.ZodType, R> {
  payload: P;
  /** Never read at run time: only carries the result type. */
  readonly result?: R;
}

function method<R>() {
  return <P extends z.ZodType>(payload: P): MethodSpec<P, R> => ({ payload });
}

const empty = z.strictObject({});

/** Every host method: name -> payload schema and result type. Keep names stable once committed. */
export const HOST_METHODS = {
  /** Which host this is and what it can do. */
  appInfo: method<HostInfo>()(empty),
  /** The file the host was launched with (`serve FILE`, or a file passed to the app), or null. */
  appInitialFile: method<OpenedFile | null>()(empty),
  /** Opens an allowlisted http(s) URL in the system browser; false when refused. */
  appOpenExternal: method<{ opened: boolean }>()(z.strictObject({ url: z.string().max(2048) })),
  /** Tells the host the window's title and whether there is unsaved work (asked before closing). */
  appSetDocumentState: method<void>()(
    z.strictObject({ title: z.string().max(512), dirty: z.boolean() }),
  ),

  /** Reads a definition file (and records it in the recent files). */
  fileOpen: method<OpenedFile>()(z.strictObject({ path: pathSchema })),
  /**
   * Saves atomically over `path`. Refuses with `conflict` when the file on disk differs from
   * `expected` (the stamp it was opened or last saved with), unless `overwrite` is true.
   */
  fileSave: method<SaveResult>()(
    z.strictObject({
      path: pathSchema,
      text: textSchema,
      expected: fileStampSchema.nullable(),
      overwrite: z.boolean().optional(),
    }),
  ),
  /** Saves to a new path; refuses with `exists` when the path exists, unless `overwrite` is true. */
  fileSaveAs: method<SaveResult>()(
    z.strictObject({ path: pathSchema, text: textSchema, overwrite: z.boolean().optional() }),
  ),
  /** Whether a file changed on disk since it was opened or saved with `stamp`. */
  fileCheck: method<FileCheck>()(z.strictObject({ path: pathSchema, stamp: fileStampSchema })),
  /** Lists a directory for the in-app file picker (defaults to the working directory). */
  fileListDirectory: method<DirectoryListing>()(z.strictObject({ path: pathSchema.optional() })),
  /** The system's open dialog (Electron); `{ canceled: true }` where there is none. */
  fileShowOpenDialog: method<DialogResult>()(
    z.strictObject({ defaultPath: pathSchema.optional() }),
  ),
  /** The system's save dialog (Electron); `{ canceled: true }` where there is none. */
  fileShowSaveDialog: method<DialogResult>()(
    z.strictObject({ defaultPath: pathSchema.optional(), format: formatSchema.optional() }),
  ),

  /** Recent files, most recent first. */
  recentList: method<RecentFile[]>()(empty),
  /** Forgets one recent file. */
  recentRemove: method<RecentFile[]>()(z.strictObject({ path: pathSchema })),
  /** Forgets every recent file. */
  recentClear: method<RecentFile[]>()(empty),

  /** Writes (or replaces) the backup of a document's unsaved work. */
  backupWrite: method<BackupSummary>()(
    z.strictObject({
      id: backupIdSchema,
      path: pathSchema.nullable(),
      format: formatSchema,
      text: textSchema,
      baseStamp: fileStampSchema.nullable(),
    }),
  ),
  /** Backups left by earlier sessions (offer to restore them at start), newest first. */
  backupList: method<BackupSummary[]>()(empty),
  /** One backup with its text. */
  backupRead: method<Backup>()(z.strictObject({ id: backupIdSchema })),
  /** Deletes a backup (after a save, or when the user discards it). */
  backupDiscard: method<void>()(z.strictObject({ id: backupIdSchema })),

  /** The settings, with defaults for anything not stored. */
  settingsGet: method<Settings>()(empty),
  /** Updates some settings and returns them all. */
  settingsSet: method<Settings>()(z.strictObject({ patch: settingsPatchSchema })),

  /** The starter templates. */
  templateList: method<TemplateSummary[]>()(empty),
  /** One template with its text. */
  templateRead: method<Template>()(z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,64}$/) })),

  /** Where the definition with this key was last exported, or null. */
  exportTarget: method<ExportTarget | null>()(
    z.strictObject({ definitionKey: z.string().min(1).max(4096) }),
  ),
  /** The diff against HEAD, the branch and a prefilled message, before exporting. */
  exportPreview: method<ExportOutcome<ExportPreview>>()(exportRequestSchema),
  /** Writes the definition (and extras) atomically and commits only those paths. */
  exportCommit: method<ExportOutcome<ExportCommit>>()(exportRequestSchema),
  /** Runs the user's git push for the repository's current branch. Never automatic. */
  exportPush: method<ExportOutcome<ExportPushed>>()(z.strictObject({ repo: pathSchema })),
  /** Initialises a repository in a folder (an existing one is left as it is). */
  exportInit: method<ExportOutcome<{ root: string }>>()(z.strictObject({ repo: pathSchema })),
} as const;

/** The name of a host method. */
export type HostMethod = keyof typeof HOST_METHODS;

/** The payload a method takes (before zod defaults). */
export type HostPayload<M extends HostMethod> = z.input<(typeof HOST_METHODS)[M]['payload']>;

/** The payload a handler receives (validated, defaults applied). */
export type HostValidPayload<M extends HostMethod> = z.output<(typeof HOST_METHODS)[M]['payload']>;

/** What a method resolves to. */
export type HostResult<M extends HostMethod> =
  (typeof HOST_METHODS)[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

/** Methods whose payload is all-optional may be called without one. */
type Call<M extends HostMethod> =
  Record<never, never> extends HostPayload<M>
    ? (payload?: HostPayload<M>) => Promise<HostResult<M>>
    : (payload: HostPayload<M>) => Promise<HostResult<M>>;

/** Something the host asks of the UI (menus, a file opened from outside). */
export type HostEvent =
  { type: 'command'; command: AppCommand } | { type: 'openFile'; path: string };

/** Commands the Electron menus send; the UI runs the same commands from its own shortcuts. */
export type AppCommand =
  | 'file.new'
  | 'file.newFromTemplate'
  | 'file.open'
  | 'file.save'
  | 'file.saveAs'
  | 'edit.undo'
  | 'edit.redo'
  | 'view.zoomToFit'
  | 'view.toggleCode'
  | 'view.toggleDesign';

/** The host as the UI sees it: one async function per method, plus events. */
export type Host = { [M in HostMethod]: Call<M> } & {
  /** Subscribes to host events; returns the unsubscribe function. */
  onEvent(listener: (event: HostEvent) => void): () => void;
};

// ---------------------------------------------------------------------------------------------
// Errors and the wire envelope (IPC and HTTP carry the same envelope)

/** Codes of failed host calls. */
export type HostErrorCode =
  | 'INVALID_PAYLOAD'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'NOT_A_FILE'
  | 'NOT_A_DIRECTORY'
  | 'TOO_LARGE'
  | 'PERMISSION_DENIED'
  | 'NOT_SUPPORTED'
  | 'FORBIDDEN'
  | 'IO_ERROR'
  | 'INTERNAL';

/** A failed host call, with a code the UI can act on and a message a person can read. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/** What travels over IPC or HTTP for one call. */
export type HostEnvelope<R> =
  { ok: true; value: R } | { ok: false; error: { code: HostErrorCode; message: string } };

/** Validates a payload; throws HostError('INVALID_PAYLOAD') naming the offending field. */
export function parsePayload<M extends HostMethod>(name: M, payload: unknown): HostValidPayload<M> {
  const spec = HOST_METHODS[name];
  const result = spec.payload.safeParse(payload ?? {});
  if (result.success) return result.data as HostValidPayload<M>;
  const details = result.error.issues
    .map(
      (issue) =>
        `${issue.path.length ? '/' + issue.path.join('/') : '(payload)'}: ${issue.message}`,
    )
    .join('; ');
  throw new HostError('INVALID_PAYLOAD', `${name}: invalid payload: ${details}`);
}

/** True for a known method name (guards the wire against arbitrary strings). */
export function isHostMethod(name: unknown): name is HostMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(HOST_METHODS, name);
}

/** Turns an envelope back into a value, or throws the HostError it carries. */
export function unwrapEnvelope<R>(envelope: HostEnvelope<R>): R {
  if (envelope && envelope.ok === true) return envelope.value;
  if (envelope && envelope.ok === false)
    throw new HostError(envelope.error.code, envelope.error.message);
  throw new HostError('INTERNAL', 'the host sent a malformed reply');
}

/** The names of every method, for the preload bridge and the HTTP client. */
export const HOST_METHOD_NAMES = Object.keys(HOST_METHODS) as HostMethod[];

/** The IPC channel of a method (Electron), and the channel of host events. */
export const ipcChannel = (name: HostMethod): string => `host:${name}`;
export const HOST_EVENT_CHANNEL = 'host:event';

/** The HTTP header carrying serve's per-launch token. */
export const TOKEN_HEADER = 'x-asl-studio-token';

/** The name under which the Electron preload exposes the bridge on `window`. */
export const HOST_BRIDGE_KEY = 'aslStudioHost';

/**
 * What the preload exposes: one function per method returning the wire envelope (errors thrown
 * across contextBridge lose their code, so they travel as data), plus host events.
 */
export type HostBridge = {
  [M in HostMethod]: (payload?: HostPayload<M>) => Promise<HostEnvelope<HostResult<M>>>;
} & {
  onEvent(listener: (event: HostEvent) => void): () => void;
};
