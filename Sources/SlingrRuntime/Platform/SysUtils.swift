import SlingrScript

/// `sys.utils.base64.encode(text)` / `decode(text)` (text as UTF-8) and `sys.utils.crypto`:
/// `hashHmac(message, key, algorithm, encoding)` (algorithm `HmacSHA256`, `HmacSHA1`,
/// `HmacSHA512`, `HmacSHA384`, `HmacSHA224` or `HmacMD5`; encoding `HEX`, the default, or
/// `BASE64`), `verifySignatureWithHmac(message, signature, key, algorithm)` (the signature in
/// hexadecimal, any case) and `jwt.generate(payload, key, algorithm)` for `HS256`, `HS384` and
/// `HS512`; `concurrency` and `script.wait` (see `SysConcurrency`). Other members of
/// `sys.utils` (`script.eval` ...) are not emulated.
enum SysUtils {
    static func make(_ context: ScriptContext, state: RuntimeState) -> Value {
        let utils = context.makeNamespace(member: { name in
            NotEmulated.namespace(context, path: "sys.utils." + name, state: state)
        })
        context.define(utils, "base64", base64(context, state: state))
        context.define(utils, "crypto", crypto(context, state: state))
        context.define(utils, "concurrency", SysConcurrency.concurrency(context, state: state))
        context.define(utils, "script", SysConcurrency.script(context, state: state))
        return utils
    }

    private static func base64(_ context: ScriptContext, state: RuntimeState) -> Value {
        let namespace = context.makeNamespace(member: NotEmulated.members(context, path: "sys.utils.base64", state: state))
        context.define(namespace, "encode", context.makeFunction("encode", length: 1) { call in
            let text = try call.context.toString(call[0])
            try call.context.charge(text.utf8.count)
            return call.context.string(ByteEncoding.base64(Array(text.utf8)))
        })
        context.define(namespace, "decode", context.makeFunction("decode", length: 1) { call in
            let text = try call.context.toString(call[0])
            try call.context.charge(text.utf8.count)
            guard let bytes = ByteEncoding.decodeBase64(text) else {
                throw call.context.error(.error, "sys.utils.base64.decode: the text is not valid base64")
            }
            return call.context.string(String(decoding: bytes, as: UTF8.self))
        })
        return namespace
    }

    private static func crypto(_ context: ScriptContext, state: RuntimeState) -> Value {
        let namespace = context.makeNamespace(member: NotEmulated.members(context, path: "sys.utils.crypto", state: state))
        context.define(namespace, "hashHmac", context.makeFunction("hashHmac", length: 4) { call in
            let message = try call.context.toString(call[0])
            let key = try call.context.toString(call[1])
            let function = try hashFunction(call[2], call, name: "hashHmac")
            try call.context.charge(message.utf8.count + key.utf8.count)
            let mac = function.hmac(key: Array(key.utf8), message: Array(message.utf8))
            let encoding = call[3].isUndefined ? "HEX" : try call.context.toString(call[3]).uppercased()
            switch encoding {
            case "HEX": return call.context.string(ByteEncoding.hex(mac))
            case "BASE64": return call.context.string(ByteEncoding.base64(mac))
            default: throw call.context.error(.error, "sys.utils.crypto.hashHmac: unknown encoding '\(encoding)' (HEX or BASE64)")
            }
        })
        context.define(namespace, "verifySignatureWithHmac", context.makeFunction("verifySignatureWithHmac", length: 4) { call in
            let message = try call.context.toString(call[0])
            let signature = try call.context.toString(call[1])
            let key = try call.context.toString(call[2])
            let function = try hashFunction(call[3], call, name: "verifySignatureWithHmac")
            try call.context.charge(message.utf8.count + key.utf8.count)
            let expected = ByteEncoding.hex(function.hmac(key: Array(key.utf8), message: Array(message.utf8)))
            return .bool(expected == signature.lowercased())
        })
        let jwt = context.makeNamespace(member: NotEmulated.members(context, path: "sys.utils.crypto.jwt", state: state))
        context.define(jwt, "generate", context.makeFunction("generate", length: 3) { call in
            let algorithm = call[2].isUndefined ? "HS256" : try call.context.toString(call[2])
            let functions: [String: HashFunction] = ["HS256": .sha256, "HS384": .sha384, "HS512": .sha512]
            guard let function = functions[algorithm.uppercased()] else {
                state.journal.notEmulated.append("sys.utils.crypto.jwt.generate(\(algorithm))")
                throw call.context.error(.error, NotEmulated.message("sys.utils.crypto.jwt.generate with '\(algorithm)' (HS256, HS384 and HS512 are)"))
            }
            let header = "{\"alg\":\"\(algorithm.uppercased())\",\"typ\":\"JWT\"}"
            let payload = try call.context.stringify(call[0]) ?? "null"
            let key = try call.context.toString(call[1])
            try call.context.charge(payload.utf8.count)
            let signingInput = ByteEncoding.base64(Array(header.utf8), urlSafe: true, padded: false) + "."
                + ByteEncoding.base64(Array(payload.utf8), urlSafe: true, padded: false)
            let signature = function.hmac(key: Array(key.utf8), message: Array(signingInput.utf8))
            return call.context.string(signingInput + "." + ByteEncoding.base64(signature, urlSafe: true, padded: false))
        })
        context.define(namespace, "jwt", jwt)
        return namespace
    }

    private static func hashFunction(_ value: Value, _ call: HostCall, name: String) throws -> HashFunction {
        let algorithm = value.isUndefined ? "HmacSHA256" : try call.context.toString(value)
        guard let function = HashFunction(algorithmName: algorithm) else {
            throw call.context.error(.error, "sys.utils.crypto.\(name): unknown algorithm '\(algorithm)' (HmacSHA256, HmacSHA1, HmacSHA512, HmacSHA384, HmacSHA224 or HmacMD5)")
        }
        return function
    }
}
