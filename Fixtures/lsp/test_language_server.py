"""End-to-end tests of `slingr-pkg lsp` with a real client (pytest-lsp).

Run by the Swift test `LanguageServerClientTests` with SLINGR_PKG set to the built tool; the
workspace is a temporary copy of two fixture packages (the sample and the runtime's acme), so
one workspace folder holds several packages.
"""

import asyncio
import os
import pathlib
import shutil
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

FIXTURES = pathlib.Path(__file__).resolve().parent.parent
TOOL = os.environ.get("SLINGR_PKG", "slingr-pkg")
TIMEOUT = 10


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("workspace")
    shutil.copytree(FIXTURES / "packages" / "sample", root / "sample")
    shutil.copytree(FIXTURES / "runtime" / "acme", root / "acme")
    return root


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[TOOL, "lsp", "--debounce", "1"]))
async def client(lsp_client: LanguageClient, workspace):
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="workspace")],
        )
    )
    yield
    await lsp_client.shutdown_session()


def open_document(client, path, text=None):
    text = path.read_text() if text is None else text
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=path.as_uri(), language_id="json", version=1, text=text)
        )
    )
    return text


def change_document(client, path, text, version):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=path.as_uri(), version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def diagnostics_for(client, path, predicate=lambda found: True):
    """The next published diagnostics of `path` that satisfy `predicate`."""
    uri = path.as_uri()

    async def wait():
        while True:
            found = client.diagnostics.get(uri)
            if found is not None and predicate(list(found)):
                return list(found)
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    return await asyncio.wait_for(wait(), TIMEOUT)


def position_of(text, needle, offset=0):
    """The protocol position (UTF-16 characters) of `needle` in `text`, plus `offset`."""
    index = text.index(needle) + offset
    line = text.count("\n", 0, index)
    start = text.rfind("\n", 0, index) + 1
    character = len(text[start:index].encode("utf-16-le")) // 2
    return types.Position(line=line, character=character)


@pytest.mark.asyncio
async def test_diagnostics_follow_unsaved_edits_and_clear_when_fixed(client: LanguageClient, workspace):
    path = workspace / "sample" / "package.json"
    text = open_document(client, path)
    assert await diagnostics_for(client, path) == []

    broken = text.replace('"type": "password"', '"type": "passwrd"', 1)
    change_document(client, path, broken, 2)
    found = await diagnostics_for(client, path, lambda found: len(found) > 0)
    assert [d.code for d in found] == ["unknown-field-type"]
    assert found[0].severity == types.DiagnosticSeverity.Error
    assert found[0].range.start == position_of(broken, '"passwrd"')
    assert found[0].range.end == position_of(broken, '"passwrd"', len('"passwrd"'))

    change_document(client, path, text, 3)
    assert await diagnostics_for(client, path, lambda found: found == []) == []


@pytest.mark.asyncio
async def test_cross_file_findings_reach_other_files(client: LanguageClient, workspace):
    path = workspace / "acme" / "package.json"
    text = open_document(client, path)
    await diagnostics_for(client, path)
    # Removing the 'webhookSecret' field makes its use in a script a finding.
    renamed = text.replace('"name": "webhookSecret"', '"name": "hookSecret"')
    change_document(client, path, renamed, 2)
    listener = workspace / "acme" / "scripts" / "utils.js"
    found = await diagnostics_for(client, listener, lambda found: len(found) > 0)
    assert {d.code for d in found} == {"config-reference"}
    change_document(client, path, text, 3)
    assert await diagnostics_for(client, listener, lambda found: found == []) == []


def apply_edits(text, edits):
    """Applies protocol text edits (UTF-16 positions) to `text`, last first."""
    lines = text.split("\n")

    def offset(position):
        before = sum(len(line) + 1 for line in lines[: position.line])
        line = lines[position.line] if position.line < len(lines) else ""
        units = line.encode("utf-16-le")[: position.character * 2].decode("utf-16-le")
        return before + len(units)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
    return text


async def code_actions(client, path, start, end, only=None):
    return await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=path.as_uri()),
            range=types.Range(start=start, end=end),
            context=types.CodeActionContext(diagnostics=[], only=only),
        )
    )


@pytest.mark.asyncio
async def test_quick_fix_and_fix_all(client: LanguageClient, workspace):
    path = workspace / "sample" / "package.json"
    text = open_document(client, path)
    await diagnostics_for(client, path)
    # Non-ASCII text before the mistakes checks the UTF-16 positions of the edits.
    broken = (
        text.replace('"label": "Authentication"', '"label": "Authentification 🔐 é"', 1)
        .replace('"type": "dropDown"', '"type": "dropdown"', 1)
        .replace('"required": true', '"required": "true"', 1)
    )
    change_document(client, path, broken, 2)
    found = await diagnostics_for(client, path, lambda found: len(found) == 2)
    assert sorted(d.code for d in found) == ["boolean-as-string", "unknown-field-type"]

    where = position_of(broken, '"dropdown"', 3)
    actions = await code_actions(client, path, where, where)
    quick = [a for a in actions if a.kind == types.CodeActionKind.QuickFix]
    assert [a.diagnostics[0].code for a in quick] == ["unknown-field-type"]
    fixed_one = apply_edits(broken, quick[0].edit.changes[path.as_uri()])
    assert fixed_one == broken.replace('"dropdown"', '"dropDown"')

    origin = types.Position(line=0, character=0)
    actions = await code_actions(client, path, origin, origin, only=[types.CodeActionKind.SourceFixAll])
    assert [a.kind for a in actions] == [types.CodeActionKind.SourceFixAll]
    fixed_all = apply_edits(broken, actions[0].edit.changes[path.as_uri()])
    assert fixed_all == text.replace('"label": "Authentication"', '"label": "Authentification 🔐 é"', 1)

    change_document(client, path, fixed_all, 3)
    assert await diagnostics_for(client, path, lambda found: found == []) == []


async def complete(client, path, position):
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()), position=position)
    )
    items = result.items if isinstance(result, types.CompletionList) else result
    return {item.label: item for item in items}


@pytest.mark.asyncio
async def test_completion_in_descriptors(client: LanguageClient, workspace):
    path = workspace / "sample" / "package.json"
    text = open_document(client, path)

    # A field's type: every field type of the format, with its meaning.
    labels = await complete(client, path, position_of(text, '"dropDown"', 1))
    assert {"text", "dropDown", "buttonsGroup", "fieldsGroup", "password"} <= set(labels)
    assert labels["dropDown"].text_edit.new_text == '"dropDown"'

    # typeOptions keys depend on the field's type: a drop-down takes allowCustom, not validation.
    edited = text.replace('"typeOptions": {\n                "possibleValues"', '"typeOptions": {\n                "al": 1,\n                "possibleValues"', 1)
    change_document(client, path, edited, 2)
    labels = await complete(client, path, position_of(edited, '"al"', 3))
    assert "allowCustom" in labels and "validation" not in labels and "possibleValues" not in labels
    assert labels["allowCustom"].text_edit.range.start == position_of(edited, '"al"')

    # config.<field> inside an expression string, platform values included.
    edited = text.replace("'https://' + config.region", "'https://' + config.reg", 1)
    change_document(client, path, edited, 3)
    labels = await complete(client, path, position_of(edited, "config.reg", len("config.reg")))
    assert {"region", "authType", "advanced", "WEBHOOK_URL"} <= set(labels)
    assert labels["region"].text_edit.range.start == position_of(edited, "config.reg", len("config."))

    # Inside a group: its children.
    edited = text.replace("'https://' + config.region", "'https://' + config.advanced.", 1)
    change_document(client, path, edited, 4)
    labels = await complete(client, path, position_of(edited, "config.advanced.", len("config.advanced.")))
    assert set(labels) == {"timeout", "verbose"}
    change_document(client, path, text, 5)


@pytest.mark.asyncio
async def test_completion_of_rule_ids_in_settings(client: LanguageClient, workspace):
    path = workspace / "sample" / ".slingr-pkg.json"
    text = '{\n  "rules": {\n    "unk": "off",\n    "unknown-key": "warning"\n  }\n}\n'
    open_document(client, path, text)
    labels = await complete(client, path, position_of(text, '"unk"', 4))
    assert {"unknown-field-type", "config-reference"} <= set(labels)
    assert "unknown-key" not in labels  # already set in this object
    labels = await complete(client, path, position_of(text, '"warning"', 1))
    assert set(labels) == {"off", "note", "warning", "error"}


@pytest.mark.asyncio
async def test_completion_in_scripts(client: LanguageClient, workspace):
    path = workspace / "sample" / "flowSteps" / "createContact" / "step.js"
    text = open_document(client, path)
    assert "acmecrm" in await complete(client, path, position_of(text, "pkg.", 4))
    assert "api" in await complete(client, path, position_of(text, "pkg.acmecrm.", len("pkg.acmecrm.")))
    labels = await complete(client, path, position_of(text, "pkg.acmecrm.api.", len("pkg.acmecrm.api.")))
    assert {"getContact", "createContact"} <= set(labels)
    labels = await complete(client, path, position_of(text, "sys.", 4))
    assert {"logs", "storage", "events", "utils"} <= set(labels)
    labels = await complete(client, path, position_of(text, "sys.logs.", len("sys.logs.")))
    assert {"debug", "info", "warn", "error"} <= set(labels)
    edited = text.replace("var contact =", "var http = dependencies.;\n    var contact =", 1)
    change_document(client, path, edited, 2)
    labels = await complete(client, path, position_of(edited, "dependencies.", len("dependencies.")))
    assert set(labels) == {"http", "oauth"}


async def hover_text(client, path, position):
    result = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()), position=position)
    )
    return None if result is None else result.contents.value


@pytest.mark.asyncio
async def test_hover(client: LanguageClient, workspace):
    path = workspace / "sample" / "package.json"
    text = open_document(client, path)
    # A key and a field type: their documentation.
    assert "internal name" in await hover_text(client, path, position_of(text, '"name": "acmecrm"', 2))
    assert "list" in (await hover_text(client, path, position_of(text, '"dropDown"', 3))).lower()
    # An expression: its value with the default configuration (authType defaults to 'oauth').
    shown = await hover_text(client, path, position_of(text, "\"config.authType == 'apiKey'\"", 5))
    assert "default configuration" in shown and "`false`" in shown
    shown = await hover_text(client, path, position_of(text, "\"config.authType == 'oauth'\"", 5))
    assert "`true`" in shown
    # A finding: the rule's explanation.
    broken = text.replace('"type": "password"', '"type": "passwrd"', 1)
    change_document(client, path, broken, 2)
    await diagnostics_for(client, path, lambda found: len(found) > 0)
    shown = await hover_text(client, path, position_of(broken, '"passwrd"', 2))
    assert shown.startswith("**unknown-field-type** (error, fixable)")
    change_document(client, path, text, 3)

    script = workspace / "sample" / "flowSteps" / "createContact" / "step.js"
    script_text = open_document(client, script)
    assert "scripts/api.js" in await hover_text(client, script, position_of(script_text, "createContact({", 2))
    assert "sys.logs.info" in await hover_text(client, script, position_of(script_text, "info(", 1))


async def definition(client, path, position):
    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=path.as_uri()), position=position)
    )
    if result is None:
        return None
    location = result[0] if isinstance(result, list) else result
    return location.uri, location.range.start


@pytest.mark.asyncio
async def test_definition(client: LanguageClient, workspace):
    sample = workspace / "sample"
    path = sample / "package.json"
    text = open_document(client, path)
    origin = types.Position(line=0, character=0)
    # Metadata paths: a script file, a flow step folder's descriptor.
    assert await definition(client, path, position_of(text, '"/scripts/api.js"', 3)) == ((sample / "scripts" / "api.js").as_uri(), origin)
    step_json = sample / "flowSteps" / "createContact" / "step.json"
    assert await definition(client, path, position_of(text, '"/flowSteps/createContact"', 5)) == (step_json.as_uri(), origin)
    # config.<field> in an expression string: the field's name in package.json.
    target = await definition(client, path, position_of(text, "config.region", len("config.re")))
    assert target == (path.as_uri(), position_of(text, '"region"'))

    # pkg.<package>.<library>.<function> in a script: where the library exports it.
    script = sample / "flowSteps" / "createContact" / "step.js"
    script_text = open_document(client, script)
    api = sample / "scripts" / "api.js"
    api_text = api.read_text()
    target = await definition(client, script, position_of(script_text, "createContact({", 3))
    assert target == (api.as_uri(), position_of(api_text, "exports.createContact"))

    # A step name: runStep('createContact') in a test goes to the step's folder.
    test_file = workspace / "acme" / "test" / "api.test.js"
    test_text = open_document(client, test_file)
    target = await definition(client, test_file, position_of(test_text, "runStep('createContact'", 10))
    assert target == ((workspace / "acme" / "flowSteps" / "createContact" / "step.json").as_uri(), origin)
    # config.get('name') in a script.
    utils = workspace / "acme" / "scripts" / "utils.js"
    utils_text = open_document(client, utils)
    acme_package = workspace / "acme" / "package.json"
    target = await definition(client, utils, position_of(utils_text, "config.get('webhookSecret')", 14))
    assert target == (acme_package.as_uri(), position_of(acme_package.read_text(), '"webhookSecret"'))
