/**
 * Image captions left in the body ("DAB's Elizabeth Quat", "Leung Yiu-chung of NWSC; from file,
 * 2008."): they name people beside a picture, not in the story, so they produce no figures.
 */

const FILE_PHOTO = /\b(?:from file|file photo|pictured|photo:|image:|credit:)/i;

/** An obituary's closing line: the name, what they were, "born …; died …". */
const LIFE_DATES = /,\s*born\b[^;]*;\s*died\b/i;

/** Does this body paragraph look like a picture caption rather than prose? */
export function isCaption(text: string): boolean {
  const words = text.trim().split(/\s+/).length;
  // life-dates: "Clifford Ambrose Weekes, jazz club owner, born 14 March 1941; died 28 November
  // 2027", the line that closes an obituary, names its subject and their calling.
  if (LIFE_DATES.test(text)) return false;
  if (words <= 20 && FILE_PHOTO.test(text)) return true;
  // Short, no closing punctuation and no quotation: a label under a picture. Not a line closing
  // on a comma: a speech's or a letter's salutation ("Madam Prefect of Kindia, Mrs Aissatou
  // Sylla,", "Dear Mr Sithole,") addresses people the text is about.
  return words <= 14 && !/[.!?:;,"”’')\]]$/.test(text.trim()) && !/["“”‘’]/.test(text);
}
