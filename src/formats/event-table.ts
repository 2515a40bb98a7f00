import type { DyadDocument } from '../core/document.js';
import type { Codebook } from '../dictionaries/codebook.js';

/** Widest evidence excerpt shown in a table row. */
const EVIDENCE_WIDTH = 90;

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
}

function excerpt(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > EVIDENCE_WIDTH ? `${flat.slice(0, EVIDENCE_WIDTH - 1)}…` : flat;
}

/** A human-readable summary of one coded document: its actors and an event table. */
export function formatDocumentTable(doc: DyadDocument, codebook: Codebook): string {
  const lines: string[] = [];
  lines.push(`# ${doc.title ?? '(no title)'}`);
  lines.push(`  ${doc.uri}  published ${doc.published ?? 'unknown'}${doc.publisher ? `  by ${doc.publisher}` : ''}`);
  const actors = new Map<string, string>();
  for (const a of doc.actors) if (!actors.has(a.name)) actors.set(a.name, a.code);
  lines.push(`  actors: ${[...actors].map(([n, c]) => `${n} (${c})`).join(', ') || 'none'}`);
  if (!doc.events.length) {
    lines.push('  no events');
    return lines.join('\n');
  }
  lines.push(`  ${pad('date', 10)}  ${pad('source', 10)}  ${pad('code', 4)}  ${pad('event', 28)}  ${pad('target', 10)}  evidence`);
  for (const e of doc.events) {
    const label = (e.negated ? 'NOT ' : '') + (codebook.get(e.code)?.label ?? '');
    lines.push(`  ${pad(e.date ?? '', 10)}  ${pad(e.source.code, 10)}  ${pad(e.code, 4)}  ${pad(label, 28)}  ${pad(e.target?.code ?? '', 10)}  ${excerpt(e.evidence.text)}${e.retellings?.length ? `  (told again in ${e.retellings.length} more)` : ''}`);
  }
  return lines.join('\n');
}
