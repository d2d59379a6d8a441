import { mdxToJs, markdownToHtml } from 'satteri';
for (const s of ['# hi\n\n<Trasig', 'a {', '<span title="a">x</span>', '<Foo />']) {
  try { const r = await mdxToJs(s, {}); console.log('ok', typeof r, Object.keys(r as object)); } catch (e) { console.log('ERR', Object.keys(e as object), (e as Error).message, JSON.stringify(e)); }
}
const r = await markdownToHtml('<span title="abc\n\nx" onmouseover="alert(1)">y\n\n[a](javascript:x)', {});
console.log(typeof r, JSON.stringify(r).slice(0,300));
