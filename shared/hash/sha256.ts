/**
 * The one SHA-256 of the project: file hashes in import histories and result
 * sources (over the file's bytes, so the app and the CLI agree on the same
 * file) and seal codes. Synchronous, so shared/ code and Web Workers can call
 * it without WebCrypto's promises.
 */
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** UTF-8 bytes of a string (shared/ has no TextEncoder in its libraries). */
export function utf8Bytes(text: string): Uint8Array {
  return utf8ToBytes(text);
}

/** SHA-256 digest of bytes, or of a string's UTF-8 bytes. */
export function sha256(input: Uint8Array | string): Uint8Array {
  return nobleSha256(typeof input === 'string' ? utf8Bytes(input) : input);
}

/** Hex SHA-256, as stored in import histories and result sources. */
export function sha256Hex(input: Uint8Array | string): string {
  return bytesToHex(sha256(input));
}
