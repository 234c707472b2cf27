import { SaxesParser } from 'saxes';

/**
 * Reads `xml` with a strictly conforming XML parser (saxes): it throws on anything that is not
 * well-formed XML 1.0, control characters included, where feed readers' lenient parsers go on.
 * Returns the text of every element, by its qualified name, in document order.
 */
export function strictXmlTexts(xml: string): Map<string, string[]> {
  const parser = new SaxesParser({ xmlns: true });
  const texts = new Map<string, string[]>();
  const open: { name: string; text: string }[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => open.push({ name: tag.name, text: '' }));
  parser.on('text', (text) => {
    if (open.at(-1)) open.at(-1)!.text += text;
  });
  parser.on('cdata', (text) => {
    if (open.at(-1)) open.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    const { name, text } = open.pop()!;
    texts.set(name, [...(texts.get(name) ?? []), text.trim()]);
  });
  parser.write(xml).close();
  return texts;
}
