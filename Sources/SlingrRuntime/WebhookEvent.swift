import SlingrJSON
import SlingrPackage
import SlingrScript

/// The event an HTTP service webhook listener receives, as listeners read it:
/// `{type: 'webhook', data: {body, rawBody, headers, parameters, method, path}}`. A JSON body
/// arrives parsed (`event.data.body.x`), any body also as text (`event.data.rawBody`).
public enum WebhookEvent {
    public static func make(body: String, headers: HostValue, parameters: HostValue = .object([]), method: String = "POST",
                            path: String = "/") -> HostValue {
        var parsedBody: HostValue = .string(body)
        let parsed = JSONParser.parse(body, path: "<body>")
        if !body.isEmpty, !parsed.hasErrors, let value = parsed.value { parsedBody = ConfigurationValues.hostValue(value) }
        if body.isEmpty { parsedBody = .object([]) }
        let data: HostValue = [
            "method": .string(method), "path": .string(path), "headers": headers, "parameters": parameters,
            "body": parsedBody, "rawBody": .string(body),
        ]
        return ["type": "webhook", "data": data]
    }
}
