/**
 * Draws the toolbar and store icons (16, 32, 48, 128 px) into `public/icons/`: a lens over a small
 * bar chart with a dotted underline, the same mark the extension paints under company names.
 * Vector shapes are rendered with 4x4 supersampling and written as PNG with Node's zlib, so the
 * icons can be regenerated without an image editor: `npx tsx scripts/draw-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const INK: Rgba = [37, 56, 160, 255];
const GLASS: Rgba = [232, 238, 255, 255];
const BARS: Rgba = [37, 56, 160, 255];
const ACCENT: Rgba = [232, 142, 0, 255];

/** Shapes in a 128-unit design space; later shapes paint over earlier ones. */
function shade(x: number, y: number): Rgba | undefined {
  const cx = 54;
  const cy = 54;
  const d = Math.hypot(x - cx, y - cy);
  // Handle: a thick segment from the ring towards the bottom-right corner.
  const t = Math.max(0, Math.min(1, (x - 84 + (y - 84)) / 60));
  const hx = 84 + t * 30;
  const hy = 84 + t * 30;
  const onHandle = Math.hypot(x - hx, y - hy) <= 11;
  let colour: Rgba | undefined;
  if (d <= 44) colour = GLASS;
  // Three bars of a small chart inside the glass.
  const bars: [number, number][] = [
    [30, 62],
    [48, 44],
    [66, 54],
  ];
  for (const [left, top] of bars) if (x >= left && x < left + 12 && y >= top && y < 72) colour = BARS;
  // Dotted underline beneath the bars: the mark Company Lens paints.
  if (y >= 78 && y < 84 && x >= 28 && x < 80 && Math.floor((x - 28) / 8) % 2 === 0) colour = ACCENT;
  if (d > 36 && d <= 46) colour = INK;
  if (onHandle && d > 40) colour = INK;
  return colour;
}

function render(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // PNG filter: none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade(
            ((px + (sx + 0.5) / samples) * 128) / size,
            ((py + (sy + 0.5) / samples) * 128) / size,
          );
          if (!c) continue;
          // Premultiplied accumulation keeps edges free of dark fringes.
          for (let i = 0; i < 3; i++) sum[i] = (sum[i] ?? 0) + (c[i] as number) * (c[3] / 255);
          sum[3] = (sum[3] ?? 0) + c[3];
        }
      }
      const n = samples * samples;
      const alpha = (sum[3] as number) / n;
      const o = py * (size * 4 + 1) + 1 + px * 4;
      for (let i = 0; i < 3; i++) raw[o + i] = alpha ? Math.round(((sum[i] as number) / n / alpha) * 255) : 0;
      raw[o + 3] = Math.round(alpha);
    }
  }
  return png(size, raw);
}

function png(size: number, raw: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, render(size));
console.log('Wrote public/icons/icon-{16,32,48,128}.png');
