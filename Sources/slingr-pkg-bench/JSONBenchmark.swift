import Foundation
import SlingrDiagnostics
import SlingrJSON

/// Parse throughput of the located parser against Foundation's JSONSerialization on the same
/// bytes (a generated multi-megabyte descriptor), and wall time of `slingr-pkg validate` on a
/// typical package.json from a cold process.
enum JSONBenchmark {
    static func run(_ arguments: [String]) -> Int32 {
        let bytes = Array(largeDescriptor(fields: 12_000).utf8)
        let megabytes = Double(bytes.count) / 1_048_576
        print(String(format: "document: %.2f MB generated descriptor", megabytes))
        let source = SourceFile(path: "large.json", bytes: bytes)
        let data = Data(bytes)
        _ = JSONParser.parse(source)
        let ours = BenchmarkClock.samples(15) { _ = JSONParser.parse(source) }
        let foundation = BenchmarkClock.samples(15) { _ = try? JSONSerialization.jsonObject(with: data) }
        let oursRate = megabytes / BenchmarkClock.median(ours)
        let foundationRate = megabytes / BenchmarkClock.median(foundation)
        print(String(format: "SlingrJSON (located):   median %@, %.1f MB/s", BenchmarkClock.milliseconds(BenchmarkClock.median(ours)), oursRate))
        print(String(format: "JSONSerialization:      median %@, %.1f MB/s", BenchmarkClock.milliseconds(BenchmarkClock.median(foundation)), foundationRate))
        print(String(format: "ratio: SlingrJSON is %.2fx the speed of JSONSerialization", oursRate / foundationRate))

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slingr-pkg-bench-\(getpid())")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let typical = directory.appendingPathComponent("package.json")
        try? Data(typicalDescriptor().utf8).write(to: typical)
        let tool = BenchmarkClock.toolPath
        guard BenchmarkClock.runProcess(tool, ["validate", typical.path]) != nil else {
            print("validate: \(tool) not found; build it with swift build -c release")
            return 0
        }
        let walls = (0..<40).compactMap { _ in BenchmarkClock.runProcess(tool, ["validate", typical.path])?.seconds }.sorted()
        print("validate typical package.json (\(typicalDescriptor().utf8.count) bytes), cold process: median \(BenchmarkClock.milliseconds(BenchmarkClock.median(walls))), best \(BenchmarkClock.milliseconds(walls.first ?? 0)) over \(walls.count) runs")
        return 0
    }

    /// A package.json with `fields` configuration fields of every common shape.
    static func largeDescriptor(fields: Int) -> String {
        var items: [String] = []
        for index in 0..<fields {
            switch index % 4 {
            case 0:
                items.append(#"{"label": "Client Id \#(index)", "name": "clientId\#(index)", "type": "text", "required": true, "description": "Copy it from the developer console (é, ü, 😀)."}"#)
            case 1:
                items.append(#"{"label": "Mode \#(index)", "name": "mode\#(index)", "type": "buttonsGroup", "defaultValue": "a", "typeOptions": {"allowCustom": true, "possibleValues": [{"label": "A", "name": "a"}, {"label": "B", "name": "b"}, {"label": "C", "name": "c"}]}}"#)
            case 2:
                items.append(#"{"label": "Webhook \#(index)", "name": "webhook\#(index)", "type": "label", "value": "config.WEBHOOK_URL + '/path?x=\#(index)&y=\"quoted\"'"}"#)
            default:
                items.append(#"{"label": "Timeout \#(index)", "name": "timeout\#(index)", "type": "text", "defaultValue": 5000.25, "visibility": "config.mode\#(index - 2) == 'a' && !utils.isPlaceholder(config.clientId\#(index - 3))"}"#)
            }
        }
        return "{\n  \"name\": \"large\",\n  \"label\": \"Large\",\n  \"dependencies\": [],\n  \"configuration\": [\n    " + items.joined(separator: ",\n    ") + "\n  ],\n  \"events\": [],\n  \"metadata\": []\n}\n"
    }

    /// A descriptor of typical size: a dozen fields, two dependencies, events and metadata.
    static func typicalDescriptor() -> String {
        """
        {
            "name": "typical",
            "label": "Typical",
            "dependencies": [
                {"type": "service", "name": "http", "version": "v1.8.5", "instanceId": "shared"},
                {"type": "package", "name": "oauth", "version": "^v1.0.34"}
            ],
            "configurationBuilder": "/configurationBuilder.js",
            "configuration": [
                {"label": "Authentication", "name": "authType", "type": "buttonsGroup", "required": true, "defaultValue": "oauth",
                 "typeOptions": {"allowCustom": true, "possibleValues": [{"label": "OAuth", "name": "oauth"}, {"label": "API key", "name": "apiKey"}]}},
                {"label": "API key", "name": "apiKey", "type": "password", "required": "config.authType == 'apiKey'", "visibility": "config.authType == 'apiKey'"},
                {"label": "Client Id", "name": "clientId", "type": "text", "required": true, "visibility": "config.authType == 'oauth'"},
                {"label": "Client Secret", "name": "clientSecret", "type": "password", "required": true, "visibility": "config.authType == 'oauth'"},
                {"label": "OAuth callback", "name": "oauthCallback", "type": "label", "value": "config.AUTH_CALLBACK_URL + '/authCallback'"},
                {"label": "Webhook URL", "name": "webhookUrl", "type": "label", "value": "config.WEBHOOK_URL"},
                {"label": "Timeout", "name": "timeout", "type": "text", "defaultValue": "5000",
                 "typeOptions": {"validation": {"function": "!config.timeout || utils.isPlaceholder(config.timeout) || utils.getInteger(config.timeout) >= 0", "message": "A positive integer."}}},
                {"label": "Region", "name": "region", "type": "dropDown", "defaultValue": "us",
                 "typeOptions": {"possibleValues": [{"label": "US", "name": "us"}, {"label": "EU", "name": "eu"}]}},
                {"label": "Sync", "name": "sync", "type": "toggle", "defaultValue": false},
                {"label": "Info", "name": "info", "type": "info", "typeOptions": {"alertType": "info"}, "value": "Create an app in the console first."}
            ],
            "events": [
                {"label": "Webhook", "name": "webhook", "description": "A webhook arrived."}
            ],
            "metadata": [
                {"type": "script", "namespace": "api", "path": "/scripts/api.js"},
                {"type": "listener", "namespace": "webhook", "path": "/listeners/webhook.js"}
            ]
        }

        """
    }
}
