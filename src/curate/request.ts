/** A curation request as posted to `POST /api/curate`, checked field by field (errors name the field). */
import { ENTITY_TYPES, type EntityType } from '../graph/model.ts';
import { CURATION_OPS, type CurationRequest } from './types.ts';

export class CurationRequestError extends Error {}

export function parseCurationRequest(body: unknown): { request: CurationRequest; by?: string; note?: string } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new CurationRequestError('body must be {"op": "merge|split|rename|retype|reject|accept|undo", …, "by"?: "…", "note"?: "…"}');
  const b = body as Record<string, unknown>;
  const str = (k: string, required: boolean): string | undefined => {
    const v = b[k];
    if (v === undefined || v === null) {
      if (required) throw new CurationRequestError(`"${k}" is required for ${String(b.op)}`);
      return undefined;
    }
    if (typeof v !== 'string' || !v.trim()) throw new CurationRequestError(`"${k}" must be a non-empty string`);
    return v;
  };
  const op = b.op;
  if (typeof op !== 'string' || !(CURATION_OPS as readonly string[]).includes(op)) throw new CurationRequestError(`"op" must be one of ${CURATION_OPS.join(', ')}`);
  let request: CurationRequest;
  switch (op as CurationRequest['op']) {
    case 'merge': request = { op: 'merge', target: str('target', true)!, other: str('other', true)! }; break;
    case 'split': request = { op: 'split', target: str('target', true)!, alias: str('alias', true)! }; break;
    case 'rename': request = { op: 'rename', target: str('target', true)!, name: str('name', true)! }; break;
    case 'retype': {
      const type = str('type', true)!;
      if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new CurationRequestError(`"type" must be one of ${ENTITY_TYPES.join(', ')}`);
      request = { op: 'retype', target: str('target', true)!, type: type as EntityType };
      break;
    }
    case 'reject': request = { op: 'reject', target: str('target', true)! }; break;
    case 'accept': {
      const other = str('other', false);
      request = { op: 'accept', target: str('target', true)!, ...(other ? { other } : {}) };
      break;
    }
    case 'undo': {
      const undoes = str('undoes', false);
      request = { op: 'undo', ...(undoes ? { undoes } : {}) };
      break;
    }
  }
  const by = str('by', false), note = str('note', false);
  return { request, ...(by ? { by } : {}), ...(note ? { note } : {}) };
}
