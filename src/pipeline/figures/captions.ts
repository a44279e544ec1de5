/**
 * Image captions left in the body ("DAB's Elizabeth Quat", "Leung Yiu-chung of NWSC; from file,
 * 2008."): they name people beside a picture, not in the story, so they produce no figures.
 */

const FILE_PHOTO = /\b(?:from file|file photo|pictured|photo:|image:|credit:)/i;

/** Does this body paragraph look like a picture caption rather than prose? */
export function isCaption(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  if (words <= 20 && FILE_PHOTO.test(text)) return true;
  // Short, no closing punctuation and no quotation: a label under a picture.
  return words <= 14 && !/[.!?:;"”’')\]]$/.test(text.trim()) && !/["“”‘’]/.test(text);
}
