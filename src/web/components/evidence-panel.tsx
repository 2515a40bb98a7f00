/**
 * An event's evidence: every sentence that reported it, with the source, the verb (trigger) and the target
 * highlighted, the article it came from, and the event's codes. Offsets come from the stored article when it
 * can be read; otherwise the words are found in the sentence.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { tellings } from '../../core/tellings.js';
import { getArticle, getEvent } from '../api/client.js';
import type { AnnotatedArticle, EventMention, EventRow } from '../api/types.js';
import { codeLabel, useCodebook } from '../lib/codebook.js';
import { QUAD_COLOURS } from '../lib/colours.js';
import { actorLabel, displaySource, fmtGoldstein, isWebUrl, QUAD_LABELS } from '../lib/format.js';
import { locateEventParts, type Mark } from '../lib/highlight.js';
import { useApi } from '../lib/use-api.js';
import { formatHash } from '../state/route.js';
import { HighlightedText } from './highlighted-text.js';
import { Status } from './status.js';

/** Mentions whose article is fetched for exact offsets; further ones are located by their words. */
const EXACT_MENTIONS = 12;
/** Articles kept in memory between panels. */
const ARTICLE_CACHE_SIZE = 30;

const articles = new Map<string, Promise<AnnotatedArticle | null>>();

function cachedArticle(id: string): Promise<AnnotatedArticle | null> {
  let p = articles.get(id);
  if (!p) {
    p = getArticle(id).catch(() => null);
    articles.set(id, p);
    if (articles.size > ARTICLE_CACHE_SIZE) articles.delete(articles.keys().next().value!);
  }
  return p;
}

/** Source, trigger and target spans of a mention, relative to its sentence, from the stored document. */
export function exactMarks(m: EventMention, doc: AnnotatedArticle): Mark[] | null {
  const e = tellings(doc.events).find((x) => x.evidence.start === m.start && x.trigger.text === m.trigger && x.source.text === m.sourceText
    && (x.target?.text ?? null) === m.targetText);
  if (!e) return null;
  const rel = (s: { start: number; end: number }, kind: string): Mark => ({ start: s.start - m.start, end: s.end - m.start, kind });
  return [rel(e.source, 'source'), rel(e.trigger, 'trigger'), ...(e.target ? [rel(e.target, 'target')] : [])];
}

function MentionCard({ m, index, exact }: { m: EventMention; index: number; exact: boolean }) {
  const [marks, setMarks] = useState<Mark[]>(() => locateEventParts(m.text, { source: m.sourceText, trigger: m.trigger, target: m.targetText }));
  useEffect(() => {
    if (!exact) return;
    let live = true;
    cachedArticle(m.articleId).then((doc) => {
      const found = doc && exactMarks(m, doc);
      if (live && found) setMarks(found);
    });
    return () => { live = false; };
  }, [m.articleId, m.start, exact]);
  const articleHref = formatHash({ view: 'articles', id: m.articleId, params: { at: `${m.start}-${m.end}` } });
  return (
    <li class="mention" data-mention={index}>
      <blockquote class="sentence"><HighlightedText text={m.text} marks={marks.map((x) => ({ ...x, title: x.kind }))} /></blockquote>
      <p class="mention-meta">
        <a href={articleHref}>{m.title ?? 'Untitled article'}</a>
        {m.published ? <> · {m.published}</> : null}
        {isWebUrl(m.uri) ? <> · <a href={m.uri} target="_blank" rel="noopener noreferrer">{displaySource(m.uri)} ↗</a></> : null}
        {m.modality !== 'asserted' ? <> · <span class="tag">{m.modality}</span></> : null}
      </p>
    </li>
  );
}

function EventFacts({ e }: { e: EventRow }) {
  const book = useCodebook();
  return (
    <dl class="facts">
      <dt>Date</dt><dd>{e.date ?? 'unknown'}{e.datePrecision && e.datePrecision !== 'day' ? ` (${e.datePrecision})` : ''}</dd>
      <dt>Source</dt><dd>{actorLabel(e.sourceCode, e.sourceName)}</dd>
      <dt>Event</dt><dd>{e.negated ? 'NOT ' : ''}{e.code} {codeLabel(book, e.code)}{e.ploverType ? ` · PLOVER ${e.ploverType}` : ''}</dd>
      <dt>Target</dt><dd>{actorLabel(e.targetCode, e.targetName)}</dd>
      <dt>Class</dt><dd><span class="swatch" style={{ background: QUAD_COLOURS[e.quadClass] }} /> {QUAD_LABELS[e.quadClass]} · Goldstein {fmtGoldstein(e.goldstein)}</dd>
      {e.locationName ? <><dt>Where</dt><dd>{e.locationName}{e.locationCountry ? ` (${e.locationCountry})` : ''}</dd></> : null}
      <dt>Reports</dt><dd>{e.numMentions} mention{e.numMentions === 1 ? '' : 's'} in {e.numArticles} article{e.numArticles === 1 ? '' : 's'} · confidence {e.confidence.toFixed(2)}</dd>
    </dl>
  );
}

/** The panel for event `id`; Escape or the close button calls `onClose`. */
export function EvidencePanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { data, error, loading } = useApi((s) => getEvent(id, s), id);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, [id]);
  const e = data?.event;
  const dyadHref = e?.targetCode ? formatHash({ view: 'dyad', params: { a: e.sourceCode, b: e.targetCode } }) : null;
  return (
    <aside class="panel evidence" aria-labelledby="evidence-title" onKeyDown={(ev) => { if (ev.key === 'Escape') onClose(); }} data-event={id}>
      <div class="panel-head">
        <h2 id="evidence-title" tabIndex={-1} ref={heading}>Evidence</h2>
        <button type="button" class="button button-small" onClick={onClose} aria-label="Close the evidence">Close ✕</button>
      </div>
      <Status loading={loading && !data} error={error} />
      {e && data ? (
        <>
          <EventFacts e={e} />
          <p class="legend-inline"><mark class="hl-source">source</mark> <mark class="hl-trigger">verb</mark> <mark class="hl-target">target</mark></p>
          <h3>{data.mentions.length === 1 ? 'The sentence' : `${data.mentions.length} sentences report it`}</h3>
          <ol class="mentions">
            {data.mentions.map((m, i) => <MentionCard key={`${m.articleId}:${m.start}`} m={m} index={i} exact={i < EXACT_MENTIONS} />)}
          </ol>
          {dyadHref ? <p><a href={dyadHref}>{e.sourceCode} ⇄ {e.targetCode} over time →</a></p> : null}
        </>
      ) : null}
    </aside>
  );
}
