// SPDX-License-Identifier: EPL-2.0
// Checks SARIF logs against the SARIF 2.1.0 JSON schema (the copy the SARIF SDK ships in the
// multitool package) with ajv and its formats (uri, uri-reference, date-time...).
// Usage: node check-sarif.mjs LOG.sarif...   Prints each error; exit 1 when any.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
let errors = 0;
for (const file of process.argv.slice(2)) {
    const log = JSON.parse(readFileSync(file, 'utf8'));
    if (validate(log)) {
        console.log(`check-sarif: ${file}: valid against ${schema.title}`);
    } else {
        for (const e of validate.errors) {
            console.log(`check-sarif: ${file}: ${e.instancePath || '/'} ${e.message}${e.params && e.params.format ? ' (' + e.params.format + ')' : ''}`);
        }
        errors += validate.errors.length;
    }
}
console.log(`check-sarif: ${errors} schema error(s)`);
process.exit(errors === 0 ? 0 : 1);
