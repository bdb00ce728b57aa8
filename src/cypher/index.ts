/**
 * Public surface of the Cypher engine. See engine.ts for the pipeline (lexer → parser → semantic →
 * planner → operators) and values.ts for the value model.
 */
import './load-extensions.ts';

export { CypherEngine, type EngineOptions, type ExecuteResult, type HostProcedure } from './engine.ts';
export { toJsonValue, fromJsValue } from './json.ts';
export { CypherError } from './errors.ts';
export { domainAdapter, createPureAdapter, type GraphAdapter } from './storage/adapter.ts';
export { parse, MAX_NESTING } from './parser.ts';
export { allowBacktrackingRegex } from './expressions/compile.ts';
