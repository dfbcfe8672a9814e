// Draws the Teams app's two icons once; the PNGs are committed and this script stays for whoever changes them.
//   color.png   192x192, full colour: three rising steps in white on a rounded square of the accent colour
//   outline.png 32x32, the same steps in white on a transparent background (what Teams requires of the outline icon)
// Usage: node appPackage/make-icons.mjs [folder]   (writes both files next to this script, or into the folder given)
import { writeFileSync } from "node:fs";
import { crc32, deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
const accent = [0x1f, 0x6f, 0xb2]; // keep equal to accentColor in manifest.json

// The glyph in unit coordinates (0..1): three bars, each taller than the one before.
const bars = [
  { x0: 0.22, x1: 0.38, y0: 0.58 },
  { x0: 0.42, x1: 0.58, y0: 0.42 },
  { x0: 0.62, x1: 0.78, y0: 0.26 },
];
const barBottom = 0.78;
const inGlyph = (x, y) => bars.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < barBottom);

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// Each pixel is sampled 4x4 times, so edges are smooth at 32 pixels too.
function draw(size, shade) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      const i = (py * size + px) * 4;
      const n = samples * samples;
      rgba[i] = a ? Math.round(r / a) : 0;
      rgba[i + 1] = a ? Math.round(g / a) : 0;
      rgba[i + 2] = a ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round((a / n) * 255);
    }
  return rgba;
}

function png(size, rgba) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1)); // each row: filter byte 0, then the pixels
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const white = [255, 255, 255, 1];
const clear = [0, 0, 0, 0];
const color = draw(192, (x, y) => (inGlyph(x, y) ? white : inRoundedSquare(x, y, 0.18) ? [...accent, 1] : clear));
const outline = draw(32, (x, y) => (inGlyph(x, y) ? white : clear));
writeFileSync(join(here, "color.png"), png(192, color));
writeFileSync(join(here, "outline.png"), png(32, outline));
console.log("wrote color.png (192x192) and outline.png (32x32)");
