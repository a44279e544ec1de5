/**
 * The image formats a content body may show, and the first bytes ("magic numbers") that every
 * file of each format starts with. Data only. Signatures are from each format's specification:
 * PNG (ISO/IEC 15948 §5.2), JPEG (ITU T.81, the SOI marker FF D8 then a marker FF), GIF
 * (GIF89a §17, "GIF87a" or "GIF89a"), WebP (RIFF container, "WEBP" at offset 8) and AVIF (ISO
 * BMFF "ftyp" box at offset 4 with brand "avif" or "avis").
 *
 * Only raster formats are listed: an SVG is a document that can hold scripts, so it is refused
 * rather than sanitised.
 */

/** One allowed image format. */
export interface ImageType {
  /** What an editor calls it. */
  name: string;
  /** File extensions, lower case, without the dot. */
  extensions: string[];
  /** Byte patterns at given offsets; a file matches when every part of one alternative matches. */
  signatures: { offset: number; bytes: string }[][];
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(' ');

export const IMAGE_TYPES: ImageType[] = [
  { name: 'PNG', extensions: ['png'], signatures: [[{ offset: 0, bytes: '89 50 4e 47 0d 0a 1a 0a' }]] },
  { name: 'JPEG', extensions: ['jpg', 'jpeg'], signatures: [[{ offset: 0, bytes: 'ff d8 ff' }]] },
  { name: 'GIF', extensions: ['gif'], signatures: [[{ offset: 0, bytes: ascii('GIF87a') }], [{ offset: 0, bytes: ascii('GIF89a') }]] },
  {
    name: 'WebP',
    extensions: ['webp'],
    signatures: [
      [
        { offset: 0, bytes: ascii('RIFF') },
        { offset: 8, bytes: ascii('WEBP') },
      ],
    ],
  },
  {
    name: 'AVIF',
    extensions: ['avif'],
    signatures: [[{ offset: 4, bytes: ascii('ftypavif') }], [{ offset: 4, bytes: ascii('ftypavis') }]],
  },
];

/** Largest image file accepted, in bytes: a chart or a photo for a web page is far smaller. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
