/**
 * What the content checker reports: one problem per line, tied to a file and, when it can be,
 * to a field and a line, in words an editor can act on.
 */

/** One thing wrong with a content file. */
export interface Problem {
  /** Path of the file, relative to the content folder's parent (e.g. `content/briefings/x.md`). */
  file: string;
  /** `error` fails the check (the site build would fail or publish something broken). */
  severity: 'error' | 'warning';
  /** The field, e.g. `figures › #2 › id`, when the problem is in one. */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

/** The outcome of checking a content folder. */
export interface CheckReport {
  /** Files read. */
  files: number;
  problems: Problem[];
}

/** Problems grouped under their file, as printed by `npm run check`. */
export function formatReport(report: CheckReport): string {
  const lines: string[] = [];
  const byFile = new Map<string, Problem[]>();
  for (const p of report.problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const [file, problems] of byFile) {
    lines.push(file);
    for (const p of problems) {
      const where = [p.line ? `line ${p.line}` : '', p.field ?? ''].filter(Boolean).join(', ');
      lines.push(`  ${p.severity.padEnd(7)} ${where ? `${where}: ` : ''}${p.message}`);
    }
  }
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  const warnings = report.problems.length - errors;
  lines.push(
    `check: ${report.files} files, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}` +
      (errors ? ' — fix the errors before merging' : ''),
  );
  return lines.join('\n');
}
