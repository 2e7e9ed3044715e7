import { inflateRawSync } from 'node:zlib';
import { FileReadError } from './errors.js';
import type { ReadLimits } from './limits.js';

/**
 * Zip-bomb defence for .docx and .xlsx, run before mammoth or exceljs (both unzip with JSZip,
 * which inflates whatever it is given). The central directory is read by hand: entry count and
 * the declared uncompressed sizes are capped before anything is inflated; then every entry is
 * inflated with a hard output cap equal to its declared size, so an entry that lies about its size
 * (or overlaps another's data, as "better" zip bombs do) is caught without ever holding more
 * than the cap in memory.
 */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function listZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) throw new FileReadError('ZIP_INVALID', { reason: 'noDirectory' });
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw new FileReadError('ZIP_INVALID', { reason: 'zip64' });
  if (cdOffset + cdSize > eocd) throw new FileReadError('ZIP_INVALID', { reason: 'truncated' });
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.byteLength || view.getUint32(p, true) !== CENTRAL) throw new FileReadError('ZIP_INVALID', { reason: 'badDirectory' });
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    entries.push({
      name: new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      encrypted: (view.getUint16(p + 8, true) & 1) === 1,
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Checks the whole archive against the limits; returns its entries. Throws ZIP_* codes. */
export function guardZip(bytes: Uint8Array, limits: Pick<ReadLimits, 'maxUnzippedBytes' | 'maxZipEntries'>, signal?: AbortSignal): ZipEntry[] {
  const entries = listZip(bytes);
  if (entries.length > limits.maxZipEntries) throw new FileReadError('ZIP_BOMB', { reason: 'entries', found: entries.length, limit: limits.maxZipEntries });
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxUnzippedBytes) throw new FileReadError('ZIP_BOMB', { reason: 'declaredSize', found: declared, limit: limits.maxUnzippedBytes });
  if (entries.some((e) => e.encrypted)) throw new FileReadError('ZIP_ENCRYPTED');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const e of entries) {
    if (signal?.aborted) throw new FileReadError('TIMEOUT', {});
    const data = entryData(bytes, view, e);
    let size: number;
    if (e.method === 0) size = data.byteLength;
    else if (e.method === 8) {
      try {
        // One byte more than declared: an entry that inflates past its declared size is a lie.
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size + 1) }).byteLength;
      } catch (err) {
        if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new FileReadError('ZIP_BOMB', { reason: 'sizeMismatch', entry: e.name.slice(0, 80), limit: e.size });
        }
        throw new FileReadError('ZIP_INVALID', { reason: 'badData', entry: e.name.slice(0, 80) });
      }
    } else throw new FileReadError('ZIP_INVALID', { reason: 'method', method: e.method });
    if (size !== e.size) throw new FileReadError('ZIP_BOMB', { reason: 'sizeMismatch', entry: e.name.slice(0, 80), limit: e.size });
    total += size;
    if (total > limits.maxUnzippedBytes) throw new FileReadError('ZIP_BOMB', { reason: 'size', found: total, limit: limits.maxUnzippedBytes });
  }
  return entries;
}

function entryData(bytes: Uint8Array, view: DataView, e: ZipEntry): Uint8Array {
  const p = e.localOffset;
  if (p + 30 > bytes.byteLength || view.getUint32(p, true) !== LOCAL) throw new FileReadError('ZIP_INVALID', { reason: 'truncated' });
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + e.compressedSize;
  if (end > bytes.byteLength) throw new FileReadError('ZIP_INVALID', { reason: 'truncated' });
  return bytes.subarray(start, end);
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}
