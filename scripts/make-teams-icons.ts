/**
 * Draws the Teams app icons (manifest/teams/color.png 192×192, outline.png 32×32 white on
 * transparent) as PNG files with node:zlib only, so they can be regenerated without image tools:
 *   npx tsx scripts/make-teams-icons.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const ITU_BLUE: Rgba = [0, 156, 214, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA PNG (colour type 6, 8 bits per channel) of size×size pixels. */
function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const stride = size * 4 + 1;
  const raw = Buffer.alloc(size * stride);
  for (let y = 0; y < size; y++) {
    raw[y * stride] = 0; // filter type: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * stride + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** A calendar page in the unit square: two binder rings, a solid header, a frame and a 4×3 grid of days. */
function calendarGlyph(u: number, v: number): boolean {
  const inside = (x0: number, y0: number, x1: number, y1: number) => u >= x0 && u < x1 && v >= y0 && v < y1;
  if (inside(0.28, 0.08, 0.38, 0.26) || inside(0.62, 0.08, 0.72, 0.26)) return true;
  if (!inside(0.1, 0.18, 0.9, 0.9)) return false;
  if (v < 0.36) return true;
  if (u < 0.17 || u >= 0.83 || v >= 0.83) return true;
  const cu = (u - 0.23) / 0.15;
  const cv = (v - 0.42) / 0.14;
  if (cu < 0 || cv < 0 || cu >= 4 || cv >= 3) return false;
  return cu - Math.floor(cu) < 0.62 && cv - Math.floor(cv) < 0.62;
}

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'manifest', 'teams');
const COLOR = 192;
const MARGIN = 0.14;
const color = encodePng(COLOR, (x, y) => {
  const u = ((x + 0.5) / COLOR - MARGIN) / (1 - 2 * MARGIN);
  const v = ((y + 0.5) / COLOR - MARGIN) / (1 - 2 * MARGIN);
  return u >= 0 && u < 1 && v >= 0 && v < 1 && calendarGlyph(u, v) ? WHITE : ITU_BLUE;
});
const OUTLINE = 32;
const outline = encodePng(OUTLINE, (x, y) => (calendarGlyph((x + 0.5) / OUTLINE, (y + 0.5) / OUTLINE) ? WHITE : CLEAR));
writeFileSync(path.join(dir, 'color.png'), color);
writeFileSync(path.join(dir, 'outline.png'), outline);
process.stdout.write(`wrote manifest/teams/color.png (${color.length} bytes) and manifest/teams/outline.png (${outline.length} bytes)\n`);
