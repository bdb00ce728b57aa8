/** XML text and attribute escaping for the hand-written GraphML. */
import { xmlSafe } from './schema.ts';

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;' };

export function escapeXmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** Attribute values also keep their quotes, tabs and newlines (XML would normalise raw ones to spaces). */
export function escapeXmlAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>\r"\t\n]/g, (c) => TEXT_ESCAPES[c]!);
}
