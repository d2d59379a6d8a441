/**
 * The MDX rules one at a time: which elements and values pass, and the sentence for each that
 * does not. Expressions are given as the ESTree nodes the MDX parser produces.
 */
import { describe, expect, it } from 'vitest';
import { checkJsxElement, esmProblem, expressionProblem, isStaticData, isStaticExpression, MDX_COMPONENTS, mdxSyntaxProblem } from '../../src/security/mdx-policy.ts';

const literal = (value: unknown) => ({ type: 'Literal', value, raw: JSON.stringify(value) });
const program = (expression: object) => ({ type: 'Program', body: [{ type: 'ExpressionStatement', expression }] });
const property = (value: object, extra: Record<string, unknown> = {}) => ({ type: 'Property', kind: 'init', computed: false, method: false, key: { type: 'Identifier', name: 'a' }, value, ...extra });

describe('MDX elements', () => {
  it('registers no component, so every capitalised or dotted name is refused', () => {
    expect(MDX_COMPONENTS).toEqual({});
    for (const name of ['Karta', 'x.y', 'a:b']) expect(checkJsxElement(name, [])).toEqual([`Komponenten \`<${name}>\` finns inte för innehållsfiler. Skriv innehållet med markdown.`]);
    // Not taken for a component from Object.prototype.
    expect(checkJsxElement('toString', [])).toEqual(['Komponenten `<toString>` finns inte för innehållsfiler. Skriv innehållet med markdown.']);
  });

  it('takes a registered component with its own props only, and names the registered ones for an unknown name', () => {
    MDX_COMPONENTS['Karta'] = ['plats'];
    try {
      expect(checkJsxElement('Karta', [{ name: 'plats', value: 'Borås' }])).toEqual([]);
      // Its props are its own: `lang` and `title` are for HTML tags, and a prop is named as written.
      expect(checkJsxElement('Karta', [{ name: 'plats', value: 'Borås' }, { name: 'title', value: 'x' }, { name: 'Zoom', value: { value: '3' } }])).toEqual([
        '`<Karta>` har ingen egenskap `title`.',
        '`<Karta>` har ingen egenskap `Zoom`.',
      ]);
      expect(checkJsxElement('Karta', [{ name: 'plats', value: { value: 'fetch("/")' } }])).toEqual([
        'Värdet `{fetch("/")}` för `plats` på `<Karta>` är kod. Ange text, ett tal eller en lista i JSON-form, t.ex. `{["a", "b"]}`.',
      ]);
      MDX_COMPONENTS['Faktaruta'] = [];
      expect(checkJsxElement('Kartan', [])).toEqual([
        'Komponenten `<Kartan>` finns inte för innehållsfiler. Använd någon av `<Karta>`, `<Faktaruta>`, eller skriv innehållet med markdown.',
      ]);
    } finally {
      delete MDX_COMPONENTS['Karta'];
      delete MDX_COMPONENTS['Faktaruta'];
    }
  });

  it('treats lower-case names as HTML tags under the markup allowlist, and fragments as nothing', () => {
    expect(checkJsxElement('abbr', [{ name: 'title', value: 'Text' }])).toEqual([]);
    expect(checkJsxElement('div', [{ name: 'onClick', value: 'x' }])).toEqual(['HTML-taggen `<div>` är inte tillåten.', 'Attributet `onclick` på `<div>` är inte tillåtet.']);
    expect(checkJsxElement(null, [])).toEqual([]);
  });

  it('accepts plain data as an attribute value and names code', () => {
    expect(checkJsxElement('abbr', [{ name: 'title', value: { value: '"Text"' } }, { name: 'lang', value: null }])).toEqual([]);
    expect(checkJsxElement('abbr', [{ name: 'title', value: { value: 'process.env' } }])).toEqual([
      'Värdet `{process.env}` för `title` på `<abbr>` är kod. Ange text, ett tal eller en lista i JSON-form, t.ex. `{["a", "b"]}`.',
    ]);
    expect(checkJsxElement('abbr', [{ name: 'title', value: {} }])).toEqual(['Värdet `{}` för `title` på `<abbr>` är kod. Ange text, ett tal eller en lista i JSON-form, t.ex. `{["a", "b"]}`.']);
  });

  it('reads only JSON as plain data', () => {
    expect(['3', '"a"', '["a", "b"]', '{ "a": 1 }', 'null'].map(isStaticData)).toEqual([true, true, true, true, true]);
    expect(['a', '() => 1', "'a'", ''].map(isStaticData)).toEqual([false, false, false, false]);
  });
});

describe('MDX expressions', () => {
  it('allow an empty expression, comments and plain values', () => {
    expect(isStaticExpression(null)).toBe(true);
    expect(isStaticExpression({ type: 'Program', body: [], comments: [{ type: 'Block', value: 'x' }] })).toBe(true);
    expect(isStaticExpression(program(literal(3)))).toBe(true);
    expect(isStaticExpression(program({ type: 'ArrayExpression', elements: [literal('a'), { type: 'UnaryExpression', operator: '-', argument: literal(1) }] }))).toBe(true);
    expect(isStaticExpression(program({ type: 'UnaryExpression', operator: '+', argument: literal(1) }))).toBe(true);
    expect(isStaticExpression(program({ type: 'ObjectExpression', properties: [property(literal(1))] }))).toBe(true);
    expect(isStaticExpression(program({ type: 'TemplateLiteral', expressions: [], quasis: [{ type: 'TemplateElement', value: { raw: 'a' } }] }))).toBe(true);
    // `[1, , 2]`: the parser gives the hole as `null`.
    expect(isStaticExpression(program({ type: 'ArrayExpression', elements: [literal(1), null, literal(2)] }))).toBe(true);
  });

  it('refuse code in any disguise', () => {
    const code = [
      program({ type: 'Identifier', name: 'process' }),
      program({ type: 'UnaryExpression', operator: '!', argument: literal(1) }),
      program({ type: 'UnaryExpression', operator: '-', argument: { type: 'Identifier', name: 'x' } }),
      program({ type: 'TemplateLiteral', expressions: [{ type: 'Identifier', name: 'x' }], quasis: [] }),
      program({ type: 'ObjectExpression', properties: [property(literal(1), { computed: true })] }),
      program({ type: 'ObjectExpression', properties: [property(literal(1), { method: true })] }),
      program({ type: 'ObjectExpression', properties: [property(literal(1), { kind: 'get' })] }),
      program({ type: 'ObjectExpression', properties: [property({ type: 'CallExpression', callee: { type: 'Identifier', name: 'f' }, arguments: [] })] }),
      program({ type: 'ArrayExpression', elements: [literal(1), { type: 'Identifier', name: 'x' }] }),
    ];
    expect(code.map(isStaticExpression)).toEqual(code.map(() => false));
  });

  it('name the expression, the line that imports, and a syntax error with its line in the file', () => {
    expect(expressionProblem('  process.exit(1) ')).toBe('Uttrycket `{process.exit(1)}` är kod, och innehållsfiler får inte innehålla kod. Skriv texten direkt, eller en kommentar som `{/* ... */}`.');
    expect(esmProblem(' import x from "y"\nexport const a = 1')).toBe(
      'Raden `import x from "y"` importerar eller exporterar kod. MDX-filer i `content/` får bara använda webbplatsens registrerade komponenter, utan egna `import` eller `export`.',
    );
    const advice = 'Kontrollera att varje `<` och `{` är avslutad, eller byt filändelse till `.md` om filen inte behöver MDX (skriv då `&lt;` för ett ensamt `<`).';
    expect(mdxSyntaxProblem(new Error('3:7: Unexpected character `!` (micromark-extension-mdx-jsx:unexpected-character)\nmore'), 4)).toEqual({
      line: 7, message: `MDX-koden kan inte läsas: Unexpected character \`!\`. ${advice}`,
    });
    expect(mdxSyntaxProblem('Could not parse', 4)).toEqual({ line: undefined, message: `MDX-koden kan inte läsas: Could not parse. ${advice}` });
  });

  it('read the line from a position at the start of the message only, and drop only the rule name at its end', () => {
    const read = (message: string) => mdxSyntaxProblem(new Error(message), 10);
    const detail = (text: string) => `MDX-koden kan inte läsas: ${text}. Kontrollera att varje \`<\` och \`{\` är avslutad, eller byt filändelse till \`.md\` om filen inte behöver MDX (skriv då \`&lt;\` för ett ensamt \`<\`).`;
    // Lines and columns of two digits, with or without space after the position.
    expect(read('12:34: Unexpected end of file (micromark-extension-mdx-expression:unexpected-eof)')).toEqual({ line: 22, message: detail('Unexpected end of file') });
    expect(read('3:7:Unexpected tag')).toEqual({ line: 13, message: detail('Unexpected tag') });
    expect(read('3:7:   Unexpected tag')).toEqual({ line: 13, message: detail('Unexpected tag') });
    // A time or position later in the text is not where the error is.
    expect(read('Unexpected text at 12:30: here')).toEqual({ line: undefined, message: detail('Unexpected text at 12:30: here') });
    // Words in parentheses in the sentence stay; the rule name goes, with the spaces before it or without any.
    expect(read('1:2: Unexpected (closing) tag (mdx:x)')).toEqual({ line: 11, message: detail('Unexpected (closing) tag') });
    expect(read('1:2: Unexpected tag  (mdx:x)')).toEqual({ line: 11, message: detail('Unexpected tag') });
    expect(read('1:2: Unexpected tag(mdx:x)')).toEqual({ line: 11, message: detail('Unexpected tag') });
  });
});
