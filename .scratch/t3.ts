import { markdownToHtml } from 'satteri';
import { tokenize } from '../src/security/html-tokens.ts';
const md = `# H1 {#x}\n\n## Rubrik\n\nText[^1] **b** *i* ~~s~~ \`c\` <https://a.se> www.example.com\n\n- [ ] task\n- [x] done\n\n1. one\n\n> quote\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n\`\`\`js\nx\n\`\`\`\n\n---\n\n![alt](/a.png "t") [l](/a/ "t")\n\n[^1]: Fotnot.\n`;
const { html } = await markdownToHtml(md, {});
console.log(html);
const t = tokenize(html);
console.log([...new Set(t.tags.map((x) => x.name + ':' + x.attributes.map((a) => a.name).join(',')))].join('\n'));
