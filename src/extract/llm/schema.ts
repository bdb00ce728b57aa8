/** The JSON schema the model must answer with (OpenAI `response_format: json_schema`, strict). */
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph/model.ts';

export const PROMPT_VERSION = 1;

export interface LlmEntity { name: string; type: string; aliases: string[] }
export interface LlmRelation {
  source: string; type: string; target: string; evidence: string;
  role: string | null; amount: number | null; currency: string | null;
  year: number | null; until: number | null; since: number | null; jobs: number | null;
}
export interface LlmAnswer { entities: LlmEntity[]; relations: LlmRelation[] }

const nullable = (type: string) => ({ type: [type, 'null'] });

export const ANSWER_SCHEMA = {
  name: 'newsgraph_extraction',
  strict: true,
  schema: {
    type: 'object', additionalProperties: false, required: ['entities', 'relations'],
    properties: {
      entities: {
        type: 'array',
        items: {
          type: 'object', additionalProperties: false, required: ['name', 'type', 'aliases'],
          properties: { name: { type: 'string' }, type: { type: 'string', enum: [...ENTITY_TYPES] }, aliases: { type: 'array', items: { type: 'string' } } },
        },
      },
      relations: {
        type: 'array',
        items: {
          type: 'object', additionalProperties: false,
          required: ['source', 'type', 'target', 'evidence', 'role', 'amount', 'currency', 'year', 'until', 'since', 'jobs'],
          properties: {
            source: { type: 'string' }, type: { type: 'string', enum: RELATION_TYPES.filter((t) => t !== 'MENTIONS') },
            target: { type: 'string' }, evidence: { type: 'string' }, role: nullable('string'), amount: nullable('number'),
            currency: nullable('string'), year: nullable('integer'), until: nullable('integer'), since: nullable('integer'), jobs: nullable('integer'),
          },
        },
      },
    },
  },
} as const;

export function systemPrompt(): string {
  return [
    'You extract a knowledge graph from one news article (French or English) about companies, countries, regions, programs, people, products and organisations, and money.',
    `Entity types: ${ENTITY_TYPES.join(', ')}. Use the most common full name as "name", other names used in the text as "aliases".`,
    'Relations: INVESTS_IN (investor -> country, region or company; amount in units of currency, ISO 4217 currency; year, until ("by 2030"), since ("since 2010"), jobs created),',
    'ROLE_AT (person -> company/organisation/country, with role), SUBSIDIARY_OF, COMPETES_WITH, PARTNERS_WITH, ANNOUNCED_AT (company -> program or summit), LOCATED_IN, DEVELOPS (company -> product).',
    '"evidence" must be one sentence copied verbatim from the article. Do not extract bylines, photo credits, comment forms or author bios.',
    'An amount restated in another currency ("soit 1,3 milliard de dollars") is the same investment: give it once. Use null for what the text does not state.',
  ].join('\n');
}

export function userPrompt(title: string, text: string): string {
  return `Title: ${title}\n\n${text}`;
}
