/**
 * A QR code as one SVG path, made here from the address: no service sees the
 * link, and nothing is injected as markup (the component draws the path).
 */
import qrcode from 'qrcode-generator';

export interface QrShape {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One `h`-run per row of dark modules, in module units. */
  path: string;
}

/** Error correction M: survives a projector's glare and a phone held at an angle. */
export function qrShape(text: string): QrShape {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const runs: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!qr.isDark(row, col)) continue;
      const start = col;
      while (col + 1 < size && qr.isDark(row, col + 1)) col++;
      runs.push(`M${start} ${row}h${col - start + 1}v1h${start - col - 1}z`);
    }
  }
  return { size, path: runs.join('') };
}
