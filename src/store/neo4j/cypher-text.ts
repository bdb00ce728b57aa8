/** Small helpers to build the store's parameterised Cypher. */

/** A label or type as a Cypher identifier (backticks doubled). */
export function ident(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}
