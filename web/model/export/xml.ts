// What GraphML and GEXF share: keeping text to what XML 1.0 can carry, and a builder that
// escapes every value so that any label, note or quote reads back exactly.
import { XMLBuilder } from 'fast-xml-parser';

/**
 * Characters XML 1.0 cannot hold even as references: C0 controls other than tab, line feed and
 * carriage return, unpaired surrogates, U+FFFE and U+FFFF.
 */
const notXml =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops the characters XML 1.0 forbids; everything else is kept as is. */
export function xmlText(text: string): string {
  return text.replace(notXml, '');
}

// Tab, line feed and carriage return are written as references: a parser turns them into spaces
// in attribute values and turns CR LF into LF in text, so literal ones would not read back.
const references: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function escapeXml(text: string): string {
  return xmlText(text).replace(/[&<>"'\t\n\r]/g, (char) => references[char] ?? char);
}

const escapeValue = (_name: string, value: unknown) =>
  typeof value === 'string' ? escapeXml(value) : value;

/** An element as XMLBuilder takes it: `@_name` attributes, `#text`, child elements. */
export type XmlElement = {
  [key: string]: string | number | boolean | XmlElement | XmlElement[] | undefined;
};

/** Serialises a document, with the XML declaration, escaping every attribute and text value. */
export function buildXml(root: XmlElement, { pretty = true } = {}): string {
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    format: pretty,
    indentBy: '  ',
    // By default the builder writes an attribute whose value is "true" as a bare name.
    suppressBooleanAttributes: false,
    suppressEmptyNode: true,
    // Escaping is ours (escapeXml): the builder's own leaves control characters and line breaks.
    processEntities: false,
    tagValueProcessor: escapeValue,
    attributeValueProcessor: escapeValue,
  });
  const declaration = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } };
  return builder.build({ ...declaration, ...root }) as string;
}
