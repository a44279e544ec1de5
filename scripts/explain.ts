/**
 * npm run explain -- <article file> [<name>]
 *
 * Why the people finder wrote (or did not write) each person, role and quote of one article: for
 * every candidate, its mentions with the rule score of each, the person model's features and
 * probability, the decision, and the role with the reading that found it and its confidence; then
 * each quote with the cue that named its speaker and its confidence, and the quotes published as
 * nobody's. With a name, only candidates whose name or forms contain it.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractArticle } from '../src/pipeline/extract.ts';
import { findPeople } from '../src/pipeline/figures/index.ts';
import { personModel } from '../src/pipeline/figures/person-model.ts';
import { QUOTE_THRESHOLD } from '../src/pipeline/figures/confidence.ts';

const usage = 'usage: npm run explain -- <article file> [<name>]';
const [file, ...nameParts] = process.argv.slice(2).filter((a) => a !== '--');
if (file === '--help' || file === '-h') {
  console.log(usage);
  process.exit(0);
}
if (!file) {
  console.error(usage);
  process.exit(2);
}
let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (e) {
  console.error(`explain: cannot read ${file}: ${(e as Error).message}`);
  process.exit(2);
}
const { article } = extractArticle(basename(file), bytes, []);
const result = findPeople(article);
const wanted = nameParts.join(' ').toLowerCase();
const matches = (s: string) => !wanted || s.toLowerCase().includes(wanted);
const { weights, threshold } = personModel();

let shown = 0;
for (const c of result.candidates) {
  if (!matches(c.name) && !c.forms.some(matches)) continue;
  shown++;
  const figure = result.figures.find((f) => f.name === c.name);
  console.log(`${c.accepted ? 'PERSON' : 'not a person'}: ${c.name}  p=${c.probability.toFixed(3)} (threshold ${threshold})`);
  for (const m of c.mentions) console.log(`  paragraph ${m.paragraph + 1}: "${m.words}" rule score ${m.score}${m.titled ? ', titled' : ''}${m.inQuote ? ', inside a quote' : ''}${m.rules.length ? `; rules: ${m.rules.join(', ')}` : ''}`);
  const parts = Object.entries(c.features)
    .filter(([, v]) => v !== 0)
    .map(([k, v]) => `${k}=${+v.toFixed(2)}×${weights[k as keyof typeof weights]}`);
  console.log(`  features: ${parts.join('  ')}`);
  const role = result.roles.find((r) => r.name === c.name);
  if (figure && role?.role) console.log(`  role: "${role.role}" (read from ${role.source}, confidence ${role.confidence}${role.published ? '' : ', NOT published'})`);
  else if (figure) console.log('  role: (none stated)');
}
for (const m of result.ruledOut) if (matches(m.words) && ++shown) console.log(`ruled out: "${m.words}", paragraph ${m.paragraph + 1}, rule score ${m.score}; rules: ${m.rules.join(', ')}`);
for (const q of result.unattributed) if (!q.cue) console.log(`quote with no speaker (${q.why}${q.rules ? `; rules: ${q.rules.join(', ')}` : ''}), paragraph ${q.paragraph + 1}: "${q.text.slice(0, 80)}"`);
for (const q of result.quotes) {
  if (!matches(q.speaker)) continue;
  const kept = q.confidence >= QUOTE_THRESHOLD;
  console.log(`quote ${kept ? 'under' : 'NOT published under'} ${q.speaker} (cue ${q.cue}, confidence ${q.confidence}${q.rules ? `; rules: ${q.rules.join(', ')}` : ''}): "${q.text.slice(0, 80)}${q.text.length > 80 ? '…' : ''}"`);
}
// A name no rule proposed leaves no trace above: say where it occurs, so the gap is the rules' and not the file's.
if (wanted && !shown) {
  const where = [article.title, ...article.paragraphs].flatMap((text, i) => (text.toLowerCase().includes(wanted) ? [i === 0 ? 'the headline' : `paragraph ${i}`] : []));
  const name = nameParts.join(' ');
  console.log(where.length ? `"${name}" occurs in ${where.join(', ')}, but no rule proposed it as a name` : `"${name}" does not occur in the article`);
}
