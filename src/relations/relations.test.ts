import { describe, expect, it } from 'vitest';
import { annotate, world } from '../../test/world.js';
import type { Relation } from '../core/document.js';
import { DEFAULT_DATA_DIR } from '../dictionaries/dictionaries.js';
import { loadRelationResources, relationsStage } from './relations-stage.js';

// The fictional world of test/dictionaries/world recognises the actors (Freedonia, Sylvania,
// Ruritania, Grand Fenwick, the League of Nations Fictional, Rufus Firefly…); the relation cues are
// the real ones of data/relations/, which are not world-specific.
const run = relationsStage.create(loadRelationResources(DEFAULT_DATA_DIR, world));

function relations(text: string, published: string | null = '2022-07-18'): Relation[] {
  return run(annotate(text, published)).relations!;
}

/** kind, label, sides and object in a short form the cases compare. */
function brief(text: string): string[] {
  return relations(text).map((r) => {
    const arrow = r.direction === 'mutual' ? '<>' : '->';
    return `${r.negated ? 'NOT ' : ''}${r.kind}/${r.label} ${r.a.code} ${arrow} ${r.b?.code ?? '-'}${r.object ? ` [${r.object.text}]` : ''}`;
  });
}

describe('relations: cues and sides', () => {
  it('reads "X-backed Y" with offsets, cue and evidence, as a directed, positive relation of the article\'s date', () => {
    const text = 'Intro. The war pits Freedonian-backed Strelsau against Sylvania.';
    const [r] = relations(text);
    expect(r).toMatchObject({
      kind: 'backs', label: 'backed', direction: 'directed', polarity: 'positive', negated: false, object: null,
      a: { code: 'FRD', name: 'Freedonia', kind: 'agent', text: 'Freedonian' },
      b: { code: 'RURGOV', name: 'Ruritania', kind: 'government', text: 'Strelsau' },
      time: { basis: 'published', date: '2022-07-18', text: null }, asserted: true, attributedTo: null, sentence: 1,
    });
    expect(text.slice(r.a.start, r.a.end)).toBe('Freedonian');
    expect(r.cue).toMatchObject({ text: 'Freedonian-backed Strelsau', pattern: '{A} - backed|supported|sponsored|funded|armed {B}' });
    expect(r.evidence).toEqual({ start: 7, end: text.length, text: 'The war pits Freedonian-backed Strelsau against Sylvania.' });
  });

  it('keeps two hyphenated compounds apart, and relates the heads of a coordination of them', () => {
    expect(brief('Tension between Freedonian-backed Strelsau and Sylvanian-backed Fredville is high.')).toEqual([
      'rivals/tension RURGOV <> FRDGOV', 'backs/backed FRD -> RURGOV', 'backs/backed SYL -> FRDGOV',
    ]);
  });

  it('gives each member of a coordination its relation, and takes the subject when the cue names one side', () => {
    expect(brief('Grand Fenwick has strategic ties with both Freedonia and Sylvania.')).toEqual([
      'ties/strategic ties GRN <> FRD', 'ties/strategic ties GRN <> SYL',
    ]);
    expect(brief('Freedonia, Sylvania and Ruritania are members of the League of Nations Fictional.')).toEqual([
      'member/member FRD -> IGOLNF', 'member/member SYL -> IGOLNF', 'member/member RUR -> IGOLNF',
    ]);
    expect(brief('Sylvania, a close ally of Freedonia, protested.')).toEqual(['allied/ally SYL <> FRD']);
  });

  it('finds the party of a possessive pronoun, a possessor, and the head of an apposition', () => {
    expect(brief('Freedonia worries about its growing alliance with Sylvania.')).toEqual(['allied/alliance FRD <> SYL']);
    expect(brief("Sylvania criticized Ruritania's support for Grand Fenwick.")).toEqual(['backs/support RUR -> GRN']);
    expect(brief("Ruritania, Sylvania's most important ally, protested.")).toEqual(['allied/ally SYL <> RUR']);
  });

  it('does not take the subject of another verb for a noun cue', () => {
    expect(brief('Freedonia told members of the League of Nations Fictional to wait.')).toEqual([]);
  });
});

describe('relations: objects, territory and disputes', () => {
  it('takes the object of a dispute after "over", over generic place nouns', () => {
    expect(brief('The dispute between Freedonia and Sylvania over the contested territory of Marsh Islands continues.')).toEqual([
      'dispute/dispute FRD <> SYL [Marsh Islands]',
    ]);
  });

  it('tells sovereignty from control of the same place, from a relative clause', () => {
    expect(brief('Marsh Islands, which lie within sovereign Freedonia but are controlled by Sylvania, are calm.')).toEqual([
      'sovereign/sovereign FRD -> - [Marsh Islands]', 'controls/controls SYL -> - [Marsh Islands]',
    ]);
  });

  it('needs an object for a relation to a place', () => {
    expect(brief('Most of the trade is controlled by Sylvania.')).toEqual([]);
  });
});

describe('relations: what the text says of them', () => {
  it('marks a denied relation as negated and leaves a wished one out', () => {
    expect(brief('Ruritania is not a member of the League of Nations Fictional.')).toEqual(['NOT member/member RUR -> IGOLNF']);
    expect(brief('Ruritania wants to join the League of Nations Fictional.')).toEqual([]);
  });

  it('dates a relation the text dates, and marks one that ended', () => {
    const [left] = relations('Ruritania left the League of Nations Fictional in 2020.');
    expect(left).toMatchObject({ kind: 'member', label: 'left', time: { basis: 'past', date: '2020', text: 'in 2020' } });
    const [joined] = relations('Ruritania joined the League of Nations Fictional in 2019.');
    expect(joined).toMatchObject({ label: 'joined', time: { basis: 'stated', date: '2019', text: 'in 2019' } });
  });

  it('reports a relation someone claims: after a reporting verb, and after an accusation', () => {
    const [said] = relations('Freedonia and Sylvania are allies, officials said.');
    expect(said).toMatchObject({ kind: 'allied', asserted: false, attributedTo: { text: 'officials' } });
    const [accused] = relations('Sylvania accused Freedonia of backing the Marsh Front.');
    expect(accused).toMatchObject({ kind: 'backs', a: { code: 'FRD' }, b: { code: 'SYLREBMSF' }, asserted: false, attributedTo: { text: 'Sylvania', code: 'SYL' } });
  });

  it('states a severed tie as a negative relation, not a negated one', () => {
    const [r] = relations('Sylvania severed diplomatic ties with Ruritania.');
    expect(r).toMatchObject({ kind: 'ties', label: 'severed', polarity: 'negative', negated: false });
  });

  it('keeps a relation stated twice in an article once, at its first statement', () => {
    const rs = relations('Freedonian-backed Strelsau protested. Later, Freedonian-backed Strelsau protested again.');
    expect(rs).toHaveLength(1);
    expect(rs[0].sentence).toBe(0);
  });
});

describe('relations: offices', () => {
  it('reads an office from a title and a name, the owner as the state', () => {
    const text = 'Freedonian President Rufus Firefly spoke.';
    const [r] = relations(text);
    expect(r).toMatchObject({
      kind: 'office', label: 'president', direction: 'directed', polarity: 'neutral',
      a: { code: 'FRDGOV', name: 'Rufus Firefly', kind: 'person', text: 'Rufus Firefly' },
      b: { code: 'FRD', name: 'Freedonia', kind: 'state', text: 'Freedonian' },
      object: { text: 'President' }, time: { basis: 'published' },
    });
    expect(text.slice(r.object!.start, r.object!.end)).toBe('President');
  });

  it('reads an office in apposition, and one that ended', () => {
    expect(brief('Amber Trentino, the Sylvanian prime minister, spoke.')).toEqual(['office/prime minister SYLGOV -> SYL [prime minister]']);
    const [former] = relations('Former President Rufus Firefly spoke.');
    expect(former).toMatchObject({ kind: 'office', time: { basis: 'past' } });
  });

  it('makes no office of a spokesman, nor of a title without a name', () => {
    expect(brief('A Freedonian spokesman, Hugo Marx, spoke. The Freedonian president spoke.')).toEqual([]);
  });
});
