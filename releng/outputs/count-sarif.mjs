// SPDX-License-Identifier: EPL-2.0
// Counts the results of the SARIF multitool's own log (its validate command writes one) by level,
// prints each error and warning, and exits 1 when there is an error.
// Usage: node count-sarif.mjs MULTITOOL-OUTPUT.sarif
import { readFileSync } from 'node:fs';

const log = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const counts = { error: 0, warning: 0, note: 0 };
for (const run of log.runs || []) {
    const rules = new Map(((run.tool && run.tool.driver && run.tool.driver.rules) || []).map(r => [r.id, r.name || r.id]));
    for (const result of run.results || []) {
        const level = result.level || 'warning';
        counts[level] = (counts[level] || 0) + 1;
        if (level === 'error' || level === 'warning') {
            const args = (result.message && result.message.arguments) || [];
            console.log(`multitool: ${level} ${result.ruleId} ${rules.get(result.ruleId) || ''}: ${args.slice(0, 3).join(' | ')}`);
        }
    }
    for (const invocation of run.invocations || []) {
        for (const n of invocation.toolExecutionNotifications || []) {
            console.log(`multitool: notification: ${n.message && n.message.text}`);
            counts.error++;
        }
    }
}
console.log(`multitool: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)`);
process.exit(counts.error === 0 ? 0 : 1);
