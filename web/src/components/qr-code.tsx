import { useMemo, type ReactNode } from 'react';
import { qrPath } from '../qr';

/**
 * A QR code as inline SVG (fill and viewBox are attributes, not styles, so the CSP allows them).
 *
 * @example
 *   <QrCode text={otpauthUri} label="QR code for your authenticator app" />
 */
export function QrCode({ text, label }: { text: string; label: string }): ReactNode {
  const { size, margin, d } = useMemo(() => qrPath(text), [text]);
  const side = size + 2 * margin;
  return (
    <svg className="qr-code" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges" data-modules={size}>
      <rect width={side} height={side} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
