import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../core/document.js';
import { readJobData } from './job-data.js';
import { jobId, jobKey } from './job-key.js';

const raw: RawDoc = { uri: 'file:a.txt', content: 'Russia attacked Ukraine.', format: 'text', date: '2022-02-24' };

describe('job keys', () => {
  it('key a document by what it codes to, not by where it came from', () => {
    expect(jobKey(raw)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(jobKey({ ...raw, uri: 'feed:b', id: 'b', url: 'https://example.org/b' })).toBe(jobKey(raw));
    expect(jobKey({ ...raw, date: '2022-02-25' })).not.toBe(jobKey(raw));
    expect(jobKey({ ...raw, format: 'html' })).not.toBe(jobKey(raw));
    expect(jobKey({ ...raw, title: 'Invasion' })).not.toBe(jobKey(raw));
  });

  it('turns a key into a stable UUID (version 8, RFC variant)', () => {
    const key = `sha256:${'0123456789abcdef'.repeat(4)}`;
    expect(jobId(key)).toBe('01234567-89ab-8def-8123-456789abcdef');
    expect(jobId(jobKey(raw))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobId(jobKey(raw))).toBe(jobId(jobKey({ ...raw })));
  });
});

describe('job data', () => {
  it('reads back the RawDoc a job carries', () => {
    expect(readJobData(JSON.parse(JSON.stringify({ ...raw, title: 'T' })), 'job 1')).toEqual({ ...raw, title: 'T' });
  });

  it('names the field at fault in data that is not a document', () => {
    expect(() => readJobData(null, 'job 1')).toThrow('E005 job 1: the job\'s data is not a document: expected an object, found object');
    expect(() => readJobData([], 'job 1')).toThrow('expected an object, found an array');
    expect(() => readJobData({ ...raw, content: 4 }, 'job 1')).toThrow('field "content" is number, expected a string');
    expect(() => readJobData({ ...raw, format: 'pdf' }, 'job 1')).toThrow('field "format" is "pdf", expected "text" or "html"');
    expect(() => readJobData({ ...raw, date: 20220224 }, 'job 1')).toThrow('field "date" is number, expected a string');
  });
});
