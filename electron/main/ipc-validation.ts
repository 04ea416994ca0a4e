import { isAbsolute } from 'node:path';
import * as z from 'zod';
import { SYNC_LIMITS, type BridgeEventMethod, type PodiumBridge } from '../../shared/ipc/contract';
import { parseMenuLabels, type MenuLabels } from '../../shared/ipc/menu-labels';
import { isSlipFileName } from './folder-sync';

/** The bridge methods that are request/response calls (the event channels are not). */
export type InvokeMethod = Exclude<keyof PodiumBridge, BridgeEventMethod>;

/** Largest payload a save accepts: full backups of big leagues, with room to spare. */
export const MAX_SAVE_CHARS = 64 * 1024 * 1024;

// Control characters and path separators let a "default name" point outside
// the folder the user sees in the dialog.
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const UNSAFE_NAME = /[/\\\u0000-\u001f\u007f]/;
/** Characters Windows refuses in file names; replaced rather than refused so any name can be saved. */
const WINDOWS_RESERVED = /[<>:"|?*]/g;

const titleSchema = z.string().max(200).optional();

const filtersSchema = z
  .array(
    z.object({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'extensions are letters and digits, or *'))
        .min(1)
        .max(20),
    }),
  )
  .max(10)
  .optional();

export const fileNameSchema = z
  .string()
  .trim()
  .min(1, 'a file name is required')
  .max(255)
  .refine((name) => !UNSAFE_NAME.test(name), 'a file name cannot contain slashes or control characters')
  .refine((name) => name !== '.' && name !== '..', 'not a file name')
  .transform((name) => name.replace(WINDOWS_RESERVED, '-'));

const openFileRequestSchema = z.object({
  title: titleSchema,
  filters: filtersSchema,
  kind: z.literal('backup').optional(),
});

const saveTextFileRequestSchema = z
  .object({
    title: titleSchema,
    defaultName: fileNameSchema,
    text: z.string().max(MAX_SAVE_CHARS, 'the content is too large to save'),
    encoding: z.enum(['utf8', 'base64']).optional(),
    filters: filtersSchema,
  })
  .refine((request) => request.encoding !== 'base64' || /^[A-Za-z0-9+/]*={0,2}$/.test(request.text), {
    message: 'base64 content is not valid base64',
    path: ['text'],
  });

// eslint-disable-next-line no-control-regex -- a path with control characters is never one the dialog returned
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A folder path; whether the user chose it is checked by the handler against the registry. */
const folderSchema = z
  .string()
  .min(1, 'a folder is required')
  .max(4096)
  .refine((folder) => !CONTROL.test(folder), 'a folder path cannot contain control characters')
  .refine((folder) => isAbsolute(folder), 'the folder must be an absolute path');

const slipFileNameSchema = z
  .string()
  .max(255)
  .refine(isSlipFileName, 'a slip file name is <league>--<member>.podium-slip.json, without separators');

const writeSyncSlipRequestSchema = z.object({
  folder: folderSchema,
  fileName: slipFileNameSchema,
  text: z
    .string()
    .max(SYNC_LIMITS.maxSlipBytes)
    .refine((text) => Buffer.byteLength(text, 'utf8') <= SYNC_LIMITS.maxSlipBytes, 'the slip is too large'),
});

/** A whole set of menu labels, re-read field by field (nothing else in the message survives). */
const menuLabelsSchema = z.unknown().transform((value, context): MenuLabels => {
  const labels = parseMenuLabels(value);
  if (labels) return labels;
  context.addIssue({ code: 'custom', message: 'not a complete set of menu labels' });
  return z.NEVER;
});

/**
 * One schema per method for the whole argument list, checked against the
 * contract: if PodiumBridge changes, this object stops compiling.
 */
export const argumentSchemas = {
  appInfo: z.tuple([]),
  openFile: z.tuple([openFileRequestSchema]),
  saveTextFile: z.tuple([saveTextFileRequestSchema]),
  chooseSyncFolder: z.tuple([z.object({ title: titleSchema })]),
  writeSyncSlip: z.tuple([writeSyncSlipRequestSchema]),
  readSyncFolder: z.tuple([z.object({ folder: folderSchema })]),
  watchSyncFolder: z.tuple([z.object({ folder: folderSchema })]),
  unwatchSyncFolder: z.tuple([z.object({ folder: folderSchema, forget: z.boolean().optional() })]),
  setMenuLabels: z.tuple([menuLabelsSchema]),
} satisfies { [K in InvokeMethod]: z.ZodType<Parameters<PodiumBridge[K]>> };

export type ValidatedArgs<K extends InvokeMethod> = z.output<(typeof argumentSchemas)[K]>;

/** Turns zod issues into one line the renderer can show or log. */
export function describeValidationError(method: InvokeMethod, error: z.ZodError): string {
  const details = error.issues
    .map((issue) => {
      // Paths start at the argument list; drop the leading index for one-argument methods.
      const path = issue.path.slice(1).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
  return `Invalid request to ${method}: ${details}`;
}

/** Every invoke method, for registering one ipcMain handler per channel. */
export const INVOKE_METHODS = Object.keys(argumentSchemas) as InvokeMethod[];
