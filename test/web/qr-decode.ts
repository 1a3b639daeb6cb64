// Reads a QR code back from the SVG path the web app draws (web/src/qr.ts), with an independent
// decoder (jsQR), so tests prove the picture encodes the text rather than trusting the encoder.
import jsQR from 'jsqr';

/**
 * Decodes the QR code drawn by a path of unit rectangles `M{x} {y}h{w}v1h{-w}z` on a white
 * square of `side` modules. Returns undefined when it does not decode.
 *
 * @example
 *   decodeQrPath(d, size + 2 * margin); // 'otpauth://totp/…'
 */
export function decodeQrPath(d: string, side: number, pixelsPerModule = 4): string | undefined {
  const dark = new Set<string>();
  const rect = /M(\d+) (\d+)h(\d+)v1h-\d+z/g;
  let consumed = 0;
  for (const m of d.matchAll(rect)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let i = 0; i < w; i++) dark.add(`${x + i},${y}`);
    consumed += m[0].length;
  }
  if (consumed !== d.length) throw new Error('The QR path has commands this decoder does not know');
  const width = side * pixelsPerModule;
  const rgba = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const on = dark.has(`${Math.floor(px / pixelsPerModule)},${Math.floor(py / pixelsPerModule)}`);
      const i = (py * width + px) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = on ? 0 : 255;
      rgba[i + 3] = 255;
    }
  }
  return jsQR(rgba, width, width, { inversionAttempts: 'dontInvert' })?.data;
}
