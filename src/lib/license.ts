/** Creative Commons licence names ("CC BY 2.5", "CC BY-SA 4.0") to their deed URLs. */

const CC = /^\s*CC[\s-]+(BY(?:-(?:SA|ND|NC))*)[\s-]+(\d\.\d)\s*$/i;

/** The licence deed URL for a Creative Commons licence name; undefined for anything else. */
export function licenseUrl(name: string | undefined): string | undefined {
  const m = name ? CC.exec(name) : null;
  if (!m) return undefined;
  return `https://creativecommons.org/licenses/${m[1].toLowerCase()}/${m[2]}/`;
}

/** True when a licence asks for attribution (every Creative Commons BY licence does). */
export function requiresAttribution(name: string | undefined): boolean {
  return licenseUrl(name) !== undefined;
}
