/**
 * HTML as a browser's tokenizer reads it: parse5's tokenizer follows the WHATWG tokenizer states,
 * so comments end where the standard ends them (`<!-->`, `--!>`), character references are
 * decoded in attribute values, and a malformed tag is read as a browser reads it. We read tokens,
 * not the tree: a tree builder drops some start tags (a second `<body onload>`) whose attributes a
 * real page would still apply. parse5-sax-parser is built on the same exported tokenizer.
 */
import { Tokenizer, type Token } from 'parse5';

export interface HtmlTag {
  name: string;
  /** Each attribute with its one-based line, which differs from the tag's when the tag spans lines. */
  attributes: { name: string; value: string; line: number }[];
  closing: boolean;
  /** One-based line in the text that was read. */
  line: number;
}

export interface HtmlTokens {
  tags: HtmlTag[];
  /** Lines of `<!DOCTYPE …>` tokens. */
  doctypes: number[];
  /** The line where a tag, comment or other construct starts that the text does not finish. */
  unfinished: number | undefined;
}

const lineAt = (text: string, offset: number) => text.slice(0, Math.max(0, offset)).split('\n').length;

export function tokenize(html: string): HtmlTokens {
  const result: HtmlTokens = { tags: [], doctypes: [], unfinished: undefined };
  const tag = (closing: boolean) => (token: Token.TagToken) =>
    result.tags.push({
      name: token.tagName,
      attributes: token.attrs.map(({ name, value }) => ({ name, value, line: token.location?.attrs?.[name]?.startLine ?? token.location?.startLine ?? 1 })),
      closing,
      line: token.location?.startLine ?? 1,
    });
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: tag(false),
      onEndTag: tag(true),
      onDoctype: (token) => result.doctypes.push(token.location?.startLine ?? 1),
      onComment: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
      onEof: ignore,
      onParseError: (error) => {
        // Reported at the end of the text; the editor needs the line where the open construct starts.
        if (error.code.startsWith('eof-in-')) result.unfinished ??= lineAt(html, html.lastIndexOf('<', error.startOffset));
      },
    },
  );
  tokenizer.write(html, true);
  return result;
}
