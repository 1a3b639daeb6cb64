// QR codes as one SVG path (no canvas, no data: URL, no inline style: all fine under the CSP).
import qrcode from 'qrcode-generator';

export interface TQrPath {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** Quiet zone on each side, in modules (the QR specification asks for 4). */
  margin: number;
  /** An SVG path whose unit squares are the dark modules, already offset by the margin. */
  d: string;
}

/**
 * Encodes text (an otpauth:// URI) as a QR code with medium error correction, drawn as a path.
 *
 * @example
 *   const { size, margin, d } = qrPath('otpauth://totp/Custos:a%40b.org?secret=JBSWY3DPEHPK3PXP&issuer=Custos');
 *   // <svg viewBox={`0 0 ${size + 2 * margin} ${size + 2 * margin}`}><path d={d} /></svg>
 */
export function qrPath(text: string, margin = 4): TQrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    // Runs of dark modules in a row become one rectangle, which keeps the path short.
    let col = 0;
    while (col < size) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && qr.isDark(row, col)) col++;
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`);
    }
  }
  return { size, margin, d: parts.join('') };
}
