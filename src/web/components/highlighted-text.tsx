/** Text with highlighted spans; overlapping highlights combine their styles. */
import { runs, type Mark } from '../lib/highlight.js';

/** Renders `text` (starting at article offset `base`) with each run wrapped in a <mark> carrying its kinds. */
export function HighlightedText({ text, marks, base = 0 }: { text: string; marks: readonly Mark[]; base?: number }) {
  return (
    <>
      {runs(text, marks, base).map((r) => {
        if (!r.marks.length) return r.text;
        const title = r.marks.map((m) => m.title).filter(Boolean).join('\n');
        const ref = r.marks.find((m) => m.ref)?.ref;
        return (
          <mark key={r.start} class={r.marks.map((m) => `hl-${m.kind}`).join(' ')} title={title || undefined} data-ref={ref} data-start={r.start}>
            {r.text}
          </mark>
        );
      })}
    </>
  );
}
