// SPDX-License-Identifier: EPL-2.0
// Opens pages of Throughline's HTML report in headless Chromium (Debian's, driven by
// playwright-core) and, on each:
//   - runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and counts serious and critical violations;
//   - checks that no SVG label overflows the shape it is drawn in, and that no two texts of a chart overlap,
//     with the browser's own font and layout;
// and checks that the search can be used with the keyboard alone.
// Usage: node check-html.mjs REPORT-DIR PAGE...   (pages relative to REPORT-DIR)
// Exit 1 when a serious or critical violation, an overflowing label or a keyboard failure is found.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [dir, ...pages] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-quic'],
});
// The report's Content-Security-Policy forbids inline scripts; axe is injected as one, so the check bypasses it.
const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
let serious = 0;
let minor = 0;
let overflows = 0;
let keyboard = 0;
const url = page => 'file://' + path.resolve(dir, page);

for (const name of pages) {
    const page = await context.newPage();
    await page.goto(url(name));
    await page.addScriptTag({ content: axeSource });
    const results = await page.evaluate(async () => await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    }));
    for (const v of results.violations) {
        const bad = v.impact === 'serious' || v.impact === 'critical';
        if (bad) {
            serious += v.nodes.length;
        } else {
            minor += v.nodes.length;
        }
        console.log(`axe: ${name}: ${v.impact} ${v.id} (${v.nodes.length}): ${v.help}` + (bad ? '\n      ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('\n      ') : ''));
    }
    const problems = await page.evaluate(() => {
        const found = [];
        const inside = (a, b) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;
        const overlap = (a, b) => a.x < b.x + b.width - 1 && b.x < a.x + a.width - 1 && a.y < b.y + b.height - 1 && b.y < a.y + a.height - 1;
        for (const svg of document.querySelectorAll('svg')) {
            const view = svg.viewBox.baseVal || { x: 0, y: 0, width: 0, height: 0 };
            const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() !== '');
            const viewport = { x: view.x, y: view.y, width: view.width || svg.width.baseVal.value, height: view.height || svg.height.baseVal.value };
            for (const text of texts) {
                const box = text.getBBox();
                const cx = box.x + box.width / 2;
                const cy = box.y + box.height / 2;
                // The shape the label is drawn in: the smallest shape of its group around the label's centre
                // (a node's box, a badge, an edge label's plate); a label in none (a legend entry, a title)
                // must stay within the drawing.
                const group = text.parentElement.closest('g') || svg;
                let shape = null;
                let bounds = viewport;
                for (const candidate of group.querySelectorAll(':scope > rect, :scope > ellipse, :scope > polygon, :scope > path')) {
                    const b = candidate.getBBox();
                    if (b.width > 0 && b.height > 0 && cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height
                            && (shape === null || b.width * b.height < bounds.width * bounds.height)) {
                        shape = candidate;
                        bounds = b;
                    }
                }
                if (!inside(box, bounds)) {
                    found.push(`"${text.textContent.trim().slice(0, 40)}" (${Math.round(box.width)} wide) overflows its ${shape ? shape.tagName : 'drawing'} (${Math.round(bounds.width)} wide)`);
                }
            }
            if (svg.classList.contains('chart')) {
                for (let i = 0; i < texts.length; i++) {
                    for (let j = i + 1; j < texts.length; j++) {
                        if (overlap(texts[i].getBBox(), texts[j].getBBox())) {
                            found.push(`chart texts "${texts[i].textContent.trim()}" and "${texts[j].textContent.trim()}" overlap`);
                        }
                    }
                }
            }
        }
        return found;
    });
    for (const p of problems) {
        console.log(`svg: ${name}: ${p}`);
    }
    overflows += problems.length;
    await page.close();
}

// The search with the keyboard alone: Tab to the search field, type, and the results are links Tab reaches.
{
    const page = await context.newPage();
    await page.goto(url('index.html'));
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement && document.activeElement.matches('input[type=search], input[name=q]'));
    }
    if (!reached) {
        console.log('keyboard: the search field cannot be reached with Tab');
        keyboard++;
    } else {
        await page.keyboard.type('a');
        await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0, null, { timeout: 5000 }).catch(() => {});
        await page.keyboard.press('Tab');
        const onResult = await page.evaluate(() => document.activeElement && document.activeElement.matches('#search-results a'));
        const results = await page.evaluate(() => document.querySelectorAll('#search-results a').length);
        if (!onResult) {
            console.log(`keyboard: typing in the search field listed ${results} results, but Tab does not reach them`);
            keyboard++;
        } else {
            console.log(`keyboard: the search field is reached with Tab, lists ${results} results, and Tab moves into them`);
        }
    }
    const diagram = pages.find(p => p.startsWith('d/'));
    if (diagram) {
        await page.goto(url(diagram));
        let onNode = false;
        for (let i = 0; i < 60 && !onNode; i++) {
            await page.keyboard.press('Tab');
            onNode = await page.evaluate(() => document.activeElement && document.activeElement.matches('figure.diagram [data-id]'));
        }
        if (!onNode) {
            console.log(`keyboard: no element of the diagram on ${diagram} can be reached with Tab`);
            keyboard++;
        } else {
            const before = page.url();
            await page.keyboard.press('Enter');
            await page.waitForURL(u => u.toString() !== before, { timeout: 5000 }).catch(() => {});
            if (page.url() === before) {
                console.log(`keyboard: Enter on a diagram element of ${diagram} opens nothing`);
                keyboard++;
            } else {
                console.log(`keyboard: a diagram element is reached with Tab and Enter opens ${path.basename(page.url())}`);
            }
        }
    }
    await page.close();
}
await browser.close();
console.log(`check-html: ${serious} serious or critical axe violation(s) (${minor} minor or moderate), ${overflows} SVG label overflow(s), ${keyboard} keyboard failure(s) on ${pages.length} pages`);
process.exit(serious + overflows + keyboard === 0 ? 0 : 1);
