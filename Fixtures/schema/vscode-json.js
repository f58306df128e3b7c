// Checks a package's .vscode/settings.json the way VS Code's JSON support applies it, with the
// real vscode-json-languageservice (node <this file> <languageservice folder> <package folder>).
//
// VS Code's JSON server configures the language service with the extensions' schema
// associations first (the npm extension maps every package.json to npm's schema), then the
// workspace's json.schemas entries (relative URLs resolved against the folder). This script
// does the same, serves npm's schema with a stand-in that has npm's 'dependencies' (an object
// of name to version), and prints, as JSON, the diagnostics of each file under two settings:
// the file as written ("settings") and the file without its npm entry ("withoutNpmEntry").
const fs = require('fs');
const path = require('path');
const service = require(path.join(process.argv[2], 'node_modules', 'vscode-json-languageservice'));
const folder = path.resolve(process.argv[3]);
const files = process.argv.slice(4);
const npmURL = 'https://json.schemastore.org/package';
const npmStandIn = { type: 'object', properties: { dependencies: { type: 'object', additionalProperties: { type: 'string' } } } };
const folderURI = 'file://' + folder;
const requested = [];

function load(uri) {
    requested.push(uri);
    if (uri === npmURL) return Promise.resolve(JSON.stringify(npmStandIn));
    if (uri.startsWith('file://')) return Promise.resolve(fs.readFileSync(uri.slice('file://'.length), 'utf8'));
    return Promise.reject('cannot load ' + uri);
}

async function diagnostics(settingsEntries) {
    const languageService = service.getLanguageService({
        schemaRequestService: load,
        workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
    });
    const schemas = [{ uri: npmURL, fileMatch: ['/package.json'] }];
    for (const entry of settingsEntries) {
        let uri = entry.url;
        if (uri && (uri[0] === '.' || uri[0] === '/')) uri = folderURI + '/' + uri.replace(/^\.\//, '');
        schemas.push({ uri, fileMatch: entry.fileMatch, schema: entry.schema });
    }
    languageService.configure({ validate: true, allowComments: false, schemas });
    const result = {};
    for (const file of files) {
        const text = fs.readFileSync(path.join(folder, file), 'utf8');
        const document = service.TextDocument.create(folderURI + '/' + file, 'json', 1, text);
        const found = await languageService.doValidation(document, languageService.parseJSONDocument(document));
        result[file] = found.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
    }
    return result;
}

(async () => {
    const settings = JSON.parse(fs.readFileSync(path.join(folder, '.vscode', 'settings.json'), 'utf8'))['json.schemas'];
    const withSettings = await diagnostics(settings);
    const npmRequestedWithSettings = requested.includes(npmURL);
    requested.length = 0;
    const withoutNpmEntry = await diagnostics(settings.filter(entry => entry.url !== npmURL));
    console.log(JSON.stringify({ settings: withSettings, npmSchemaLoaded: npmRequestedWithSettings, withoutNpmEntry }));
})().catch(error => { console.error(String(error)); process.exit(1); });
