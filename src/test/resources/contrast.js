// Counts every visible element with text of its own, and every form field's value or placeholder, and
// lists those below the WCAG 2.1 AA contrast against what lies behind them: 4.5:1, 3:1 for large text
// (24px, or 18.66px bold). Backgrounds are read up the ancestors to the first opaque one and blended
// over white; disabled controls are exempt (WCAG 1.4.3).
const parse = c => { const n = (c.match(/[\d.]+/g) || []).map(Number); return { r: n[0], g: n[1], b: n[2], a: n.length > 3 ? n[3] : 1 }; };
const over = (top, under) => ({ r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a),
  b: top.b * top.a + under.b * (1 - top.a), a: 1 });
const background = el => {
  const layers = [];
  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
    const bg = parse(getComputedStyle(e).backgroundColor);
    if (bg.a > 0) { layers.push(bg); }
    if (bg.a >= 1) { break; }
  }
  return layers.reduceRight((under, top) => over(top, under), { r: 255, g: 255, b: 255, a: 1 });
};
const luminance = c => [c.r, c.g, c.b].map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
const ratio = (a, b) => { const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x); return (hi + 0.05) / (lo + 0.05); };
const hex = c => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join('');
const offending = new Map();
let checked = 0;
for (const el of document.body.querySelectorAll('*')) {
  const field = el.matches('input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), select, textarea');
  // An empty field shows its placeholder, in the placeholder's own colour.
  const placeholder = field && !el.value && el.placeholder;
  const text = field ? (el.value || el.placeholder || '') : [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
  if (!text.trim() || el.closest(':disabled') || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) { continue; }
  const rect = el.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) { continue; } // the screen reader's hidden texts
  const style = getComputedStyle(el);
  const bg = background(el);
  const fg = over(parse(placeholder ? getComputedStyle(el, '::placeholder').color : style.color), bg);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  const got = ratio(fg, bg);
  checked++;
  const key = name(el) + (placeholder ? '::placeholder' : '') + ' ' + hex(fg) + ' on ' + hex(bg);
  if (got < (large ? 3 : 4.5) && !offending.has(key)) {
    offending.set(key, key + ' = ' + got.toFixed(2) + ':1 «' + text.trim().slice(0, 30) + '»');
  }
}
return { checked, offending: [...offending.values()] };
