/**
 * Binary model files: "DYADNLP1", a u32 header length, a JSON header (tables and array
 * layout), then the weight arrays, each aligned to 4 bytes, so loading is a few typed-array views.
 */
import { createHash } from 'node:crypto';
import { CompactModel } from '../tagger/perceptron.js';

const MAGIC = 'DYADNLP1';

interface ArrayRef {
  type: 'u32' | 'u8' | 'i16';
  offset: number;
  length: number;
}

interface ModelRef {
  nClasses: number;
  scale: number;
  keys: ArrayRef;
  offsets: ArrayRef;
  cls: ArrayRef;
  val: ArrayRef;
}

/** The content of a model file: JSON-able tables plus named compact weight sets. */
export interface ModelBundle {
  meta: Record<string, unknown>;
  models: Record<string, CompactModel>;
}

/** Serialises a bundle to bytes. */
export function encodeBundle(bundle: ModelBundle): Buffer {
  const chunks: Buffer[] = [];
  let offset = 0;
  const put = (a: Uint32Array | Uint8Array | Int16Array, type: ArrayRef['type']): ArrayRef => {
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const ref = { type, offset, length: a.length };
    chunks.push(b);
    offset += b.length;
    const pad = (4 - (offset % 4)) % 4;
    if (pad) { chunks.push(Buffer.alloc(pad)); offset += pad; }
    return ref;
  };
  const models: Record<string, ModelRef> = {};
  for (const [name, m] of Object.entries(bundle.models)) {
    models[name] = {
      nClasses: m.nClasses, scale: m.scale, keys: put(m.keys, 'u32'), offsets: put(m.offsets, 'u32'),
      cls: put(m.cls, 'u8'), val: put(m.val, 'i16'),
    };
  }
  let header = Buffer.from(JSON.stringify({ meta: bundle.meta, models }), 'utf8');
  const pad = (4 - ((MAGIC.length + 4 + header.length) % 4)) % 4;
  header = Buffer.concat([header, Buffer.from(' '.repeat(pad))]);
  const head = Buffer.alloc(MAGIC.length + 4);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.length, MAGIC.length);
  return Buffer.concat([head, header, ...chunks]);
}

/** Reads bytes written by `encodeBundle`; `where` names the file in errors. */
export function decodeBundle(bytes: Buffer, where: string): ModelBundle {
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error(`${where}: not a Dyad NLP model (expected it to start with ${MAGIC})`);
  }
  const hlen = bytes.readUInt32LE(MAGIC.length);
  const start = MAGIC.length + 4;
  const header = JSON.parse(bytes.toString('utf8', start, start + hlen)) as { meta: Record<string, unknown>; models: Record<string, ModelRef> };
  const base = start + hlen;
  // The typed arrays below are views into the file's bytes when the weights start at a multiple
  // of 4 in memory (the writer pads the header so they do, and a file read whole gets its own
  // buffer); else into one aligned copy. No copy saves tens of ms on a large model.
  let body: Uint8Array;
  if ((bytes.byteOffset + base) % 4 === 0) body = new Uint8Array(bytes.buffer, bytes.byteOffset + base, bytes.length - base);
  else {
    body = new Uint8Array(bytes.length - base);
    body.set(bytes.subarray(base));
  }
  const at = body.byteOffset;
  const view = (r: ArrayRef): Uint32Array | Uint8Array | Int16Array => {
    if (r.type === 'u32') return new Uint32Array(body.buffer, at + r.offset, r.length);
    if (r.type === 'i16') return new Int16Array(body.buffer, at + r.offset, r.length);
    return new Uint8Array(body.buffer, at + r.offset, r.length);
  };
  const models: Record<string, CompactModel> = {};
  for (const [name, r] of Object.entries(header.models)) {
    models[name] = new CompactModel(r.nClasses, r.scale, view(r.keys) as Uint32Array, view(r.offsets) as Uint32Array,
      view(r.cls) as Uint8Array, view(r.val) as Int16Array);
  }
  return { meta: header.meta, models };
}

/** First 12 hex digits of the SHA-256 of some bytes, for content-addressed file names. */
export function contentHash(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}
