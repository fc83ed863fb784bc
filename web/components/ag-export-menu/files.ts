// What the export menu needs of the browser: measuring text for the SVG writer, drawing an SVG
// into a PNG at a scale, and handing a file to the person as a download.
import type { TextMeasure } from '../../model/export/svg';

let context: CanvasRenderingContext2D | null | undefined;

/** Text width with the font the exported SVG names, as the browser will draw it. */
export const measureText: TextMeasure = (text, { size, weight }) => {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * size * 0.6;
  context.font = `${weight} ${size}px system-ui, sans-serif`;
  return context.measureText(text).width;
};

/**
 * The SVG drawn on a canvas `scale` times its size, as PNG. The SVG is loaded from a blob: URL,
 * which the page's Content-Security-Policy allows for images and which does not taint the canvas.
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const drawing = canvas.getContext('2d');
    if (!drawing) throw new Error('this browser cannot draw on a canvas');
    drawing.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file for download through a temporary link; the object URL is revoked afterwards. */
export function download(blob: Blob, name: string, parent: Node & ParentNode): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A blob's bytes as base64, for the automation handle (page.evaluate returns strings). */
export async function base64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
