/**
 * One article: its text with actors, events, claims and quotes highlighted (each layer can be hidden), lists of
 * each beside it, and the page furniture that extraction removed, shown apart. `at=start-end` marks a sentence.
 */
import { useEffect, useRef } from 'preact/hooks';
import { tellingsOf } from '../../core/tellings.js';
import { getArticle } from '../api/client.js';
import type { AnnotatedArticle } from '../api/types.js';
import { HighlightedText } from '../components/highlighted-text.js';
import { Status } from '../components/status.js';
import { codeLabel, useCodebook } from '../lib/codebook.js';
import { QUAD_COLOURS } from '../lib/colours.js';
import { displaySource, isWebUrl, QUAD_LABELS } from '../lib/format.js';
import type { Mark } from '../lib/highlight.js';
import { useApi } from '../lib/use-api.js';
import { formatHash, navigate, type Route } from '../state/route.js';

/** The layers that can be highlighted, in legend order. */
const LAYERS = [
  { key: 'actors', label: 'Actors', mark: 'actor' },
  { key: 'events', label: 'Events (verbs)', mark: 'trigger' },
  { key: 'claims', label: 'Claims (figures)', mark: 'claim' },
  { key: 'quotes', label: 'Quotes', mark: 'quote' },
  { key: 'relations', label: 'Relations', mark: 'relation' },
] as const;
type Layer = (typeof LAYERS)[number]['key'];

function parseAt(at: string | undefined): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(at ?? '');
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

/** Every highlight of the shown layers, in article offsets. */
export function articleMarks(doc: AnnotatedArticle, shown: ReadonlySet<Layer>, book: ReturnType<typeof useCodebook>, at: { start: number; end: number } | null): Mark[] {
  const marks: Mark[] = [];
  if (at) marks.push({ ...at, kind: 'focus' });
  if (shown.has('actors')) {
    for (const a of doc.actors) marks.push({ start: a.start, end: a.end, kind: 'actor', title: `${a.code} · ${a.name}${a.role ? ` (${a.role})` : ''}` });
  }
  if (shown.has('events')) {
    doc.events.forEach((event, i) => {
      for (const e of tellingsOf(event)) marks.push({
        start: e.trigger.start, end: e.trigger.end, kind: 'trigger', ref: `event-${i}`,
        title: `${e.negated ? 'NOT ' : ''}${e.code} ${codeLabel(book, e.code)}: ${e.source.code} → ${e.target?.code ?? '–'}`,
      });
    });
  }
  if (shown.has('claims')) {
    for (const c of doc.claims) marks.push({ start: c.figure.start, end: c.figure.end, kind: 'claim', title: `${c.kind}: ${c.qualifier ? `${c.qualifier} ` : ''}${c.value ?? c.figure.text}` });
  }
  if (shown.has('quotes')) {
    for (const q of doc.quotes) marks.push({ start: q.start, end: q.end, kind: 'quote', title: `quote${q.speaker ? ` by ${q.speaker.text}${q.speaker.code ? ` (${q.speaker.code})` : ''}` : ''}` });
  }
  if (shown.has('relations')) {
    // Articles stored before relations were coded have none.
    for (const r of doc.relations ?? []) marks.push({ start: r.cue.start, end: r.cue.end, kind: 'relation', title: relationText(r) });
  }
  return marks;
}

/** "RUS backs ARM (defense pact)", with NOT for a negated relation. */
function relationText(r: AnnotatedArticle['relations'][number]): string {
  return `${r.a.code} ${r.negated ? 'NOT ' : ''}${r.kind} ${r.b?.code ?? r.object?.text ?? ''}${r.label ? ` (${r.label})` : ''}`.replace(/\s+/g, ' ').trim();
}

/** Scrolls the text to a span and briefly flashes it. */
function showInText(start: number) {
  const el = document.querySelector<HTMLElement>(`.article-text mark[data-start="${start}"]`);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.classList.add('flash');
  setTimeout(() => el.classList.remove('flash'), 1600);
}

function Sidebar({ doc, book }: { doc: AnnotatedArticle; book: ReturnType<typeof useCodebook> }) {
  const actors = new Map<string, { name: string; n: number }>();
  for (const a of doc.actors) actors.set(a.code, { name: a.name, n: (actors.get(a.code)?.n ?? 0) + 1 });
  return (
    <aside class="panel article-side" aria-label="What the article contains">
      <h2>Events <span class="muted">({doc.events.length})</span></h2>
      <ol class="side-list">
        {doc.events.map((e, i) => (
          <li key={i}>
            <button type="button" class="link-button" onClick={() => showInText(e.trigger.start)} title="Show in the text">
              <span class="swatch" style={{ background: QUAD_COLOURS[e.quadClass] }} title={QUAD_LABELS[e.quadClass]} />
              {e.source.code} <strong>{e.negated ? 'NOT ' : ''}{e.code}</strong> {e.target?.code ?? '–'}
            </button>
            <div class="muted small">{codeLabel(book, e.code)} · {e.date ?? 'undated'}{e.retellings?.length ? ` · told ${e.retellings.length + 1} times` : ''}</div>
          </li>
        ))}
      </ol>
      <h2>Claims <span class="muted">({doc.claims.length})</span></h2>
      <ul class="side-list">
        {doc.claims.map((c, i) => (
          <li key={i}>
            <button type="button" class="link-button" onClick={() => showInText(c.figure.start)}>{c.kind}: {c.qualifier ? `${c.qualifier} ` : ''}{c.figure.text}</button>
            {c.subject ? <div class="muted small">{c.subject}{c.attributedTo ? `, says ${c.attributedTo.text}` : ''}</div> : null}
          </li>
        ))}
      </ul>
      <h2>Quotes <span class="muted">({doc.quotes.length})</span></h2>
      <ul class="side-list">
        {doc.quotes.map((q, i) => (
          <li key={i}>
            <button type="button" class="link-button" onClick={() => showInText(q.start)}>“{q.text.length > 90 ? `${q.text.slice(0, 89)}…` : q.text}”</button>
            <div class="muted small">{q.speaker ? `${q.speaker.text}${q.speaker.code ? ` (${q.speaker.code})` : ''}` : 'speaker unknown'}</div>
          </li>
        ))}
      </ul>
      {doc.relations?.length ? (
        <>
          <h2>Relations <span class="muted">({doc.relations.length})</span></h2>
          <ul class="side-list">
            {doc.relations.map((r, i) => (
              <li key={i}>
                <button type="button" class="link-button" onClick={() => showInText(r.cue.start)}>{relationText(r)}</button>
                <div class="muted small">{r.asserted ? '' : 'reported · '}{r.time.basis}{r.time.date ? ` ${r.time.date}` : ''}</div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Actors <span class="muted">({actors.size})</span></h2>
      <ul class="chips">
        {[...actors].sort((a, b) => b[1].n - a[1].n).map(([code, a]) => (
          <li key={code}><a href={formatHash({ view: 'events', params: { actor: code } })} title={`${a.n} mention${a.n === 1 ? '' : 's'}`}>{code} <span class="muted">{a.name !== code ? a.name : ''}</span></a></li>
        ))}
      </ul>
    </aside>
  );
}

/** One stored article (`id`) with its layers highlighted. */
export function ArticleView({ route, id }: { route: Route; id: string }) {
  const { data: doc, error, loading } = useApi((s) => getArticle(id, s), id);
  const book = useCodebook();
  const hidden = new Set((route.params.hide ?? '').split(',').filter(Boolean));
  const shown = new Set(LAYERS.map((l) => l.key).filter((k) => !hidden.has(k)));
  const at = parseAt(route.params.at);
  const textBox = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!doc || !at) return;
    textBox.current?.querySelector<HTMLElement>('mark.hl-focus')?.scrollIntoView({ block: 'center' });
  }, [doc, route.params.at]);

  const toggle = (k: Layer) => {
    const next = new Set(hidden);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    navigate({ view: route.view, id: route.id, params: { ...route.params, hide: [...next].sort().join(',') } }, { replace: true });
  };

  return (
    <div class="view article-view">
      <p class="back"><a href={formatHash({ view: 'articles', params: Object.fromEntries(Object.entries(route.params).filter(([k]) => k !== 'at' && k !== 'hide')) })}>← Articles</a></p>
      <Status loading={loading && !doc} error={error} />
      {doc ? (
        <div class="article-layout">
          <article class="card article-main" aria-labelledby="article-title">
            <h1 id="article-title">{doc.title ?? 'Untitled article'}</h1>
            <p class="muted">
              {doc.published ?? 'undated'}{doc.publisher ? ` · ${doc.publisher}` : ''} · {isWebUrl(doc.uri)
                ? <a href={doc.uri} target="_blank" rel="noopener noreferrer">{displaySource(doc.uri)} ↗</a> : <span>{doc.uri}</span>}
            </p>
            <fieldset class="layers">
              <legend>Highlight</legend>
              {LAYERS.map((l) => (
                <label key={l.key} class="layer-toggle">
                  <input type="checkbox" checked={shown.has(l.key)} onChange={() => toggle(l.key)} />
                  <mark class={`hl-${l.mark}`}>{l.label}</mark>
                </label>
              ))}
            </fieldset>
            <div class="article-text" ref={textBox}>
              <HighlightedText text={doc.text} marks={articleMarks(doc, shown, book, at)} />
            </div>
            <section class="furniture" aria-labelledby="furniture-title">
              <h2 id="furniture-title">Removed from the page <span class="muted">({doc.furniture.length})</span></h2>
              {doc.furniture.length ? (
                <ul>{doc.furniture.map((f, i) => <li key={i}><span class="tag">{f.kind}</span> {f.text}</li>)}</ul>
              ) : <p class="muted">Extraction removed nothing from this page.</p>}
            </section>
          </article>
          <Sidebar doc={doc} book={book} />
        </div>
      ) : null}
    </div>
  );
}
