import Foundation
import SlingrDiagnostics
import Testing
@testable import SlingrRuntime

/// The digests, HMACs and base64 of `sys.utils` against Python's `hashlib`, `hmac` and
/// `base64` on generated inputs (lengths around every block boundary, random keys, keys longer
/// than a block). Skipped, with a message, when python3 is not installed.
@Suite("Crypto against Python")
struct CryptoDifferentialTests {
    struct Case: Codable {
        var message: [UInt8]
        var key: [UInt8]
    }

    static func cases() -> [Case] {
        var random = SplitMix64(seed: 0xC0FFEE)
        var cases: [Case] = []
        let lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 200, 1000]
        for (index, length) in lengths.enumerated() {
            let message = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let keyLength = [0, 5, 32, 64, 65, 128, 129, 200][index % 8]
            let key = (0..<keyLength).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            cases.append(Case(message: message, key: key))
        }
        return cases
    }

    static let python: String? = {
        for path in ["/usr/bin/python3", "/usr/local/bin/python3"] where FileManager.default.isExecutableFile(atPath: path) { return path }
        let which = Process()
        which.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        which.arguments = ["python3", "-c", "import sys; print(sys.executable)"]
        let pipe = Pipe()
        which.standardOutput = pipe
        which.standardError = FileHandle.nullDevice
        guard (try? which.run()) != nil else { return nil }
        which.waitUntilExit()
        let path = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return which.terminationStatus == 0 && !path.isEmpty ? path : nil
    }()

    /// Python's answers: per case, per algorithm, the hex digest and hex HMAC, plus base64.
    static func pythonAnswers(_ cases: [Case]) throws -> [[String: String]] {
        guard let python else { return [] }
        let script = """
        import sys, json, hashlib, hmac, base64
        cases = json.load(sys.stdin)
        out = []
        for case in cases:
            message = bytes(case['message']); key = bytes(case['key'])
            answer = {'base64': base64.b64encode(message).decode(), 'base64url': base64.urlsafe_b64encode(message).decode().rstrip('=')}
            for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
                answer[name] = hashlib.new(name, message).hexdigest()
                answer['hmac-' + name] = hmac.new(key, message, name).hexdigest()
            out.append(answer)
        json.dump(out, sys.stdout)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(try JSONEncoder().encode(cases))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([[String: String]].self, from: data)
    }

    @Test("digests, HMACs and base64 equal Python's")
    func matchesPython() throws {
        guard Self.python != nil else {
            print("skipped: python3 is not installed; crypto outputs not compared with Python")
            return
        }
        let cases = Self.cases()
        let answers = try Self.pythonAnswers(cases)
        #expect(answers.count == cases.count)
        for (testCase, answer) in zip(cases, answers) {
            for function in HashFunction.allCases {
                #expect(ByteEncoding.hex(function.digest(testCase.message)) == answer[function.rawValue],
                        "\(function) of \(testCase.message.count) bytes")
                #expect(ByteEncoding.hex(function.hmac(key: testCase.key, message: testCase.message)) == answer["hmac-" + function.rawValue],
                        "HMAC \(function), key of \(testCase.key.count) bytes, message of \(testCase.message.count)")
            }
            #expect(ByteEncoding.base64(testCase.message) == answer["base64"])
            #expect(ByteEncoding.base64(testCase.message, urlSafe: true, padded: false) == answer["base64url"])
            #expect(ByteEncoding.decodeBase64(ByteEncoding.base64(testCase.message)) == testCase.message)
        }
    }

    @Test("known answers (RFC 4231 HMAC-SHA256 case 2, SHA-1 of abc)")
    func knownAnswers() {
        #expect(ByteEncoding.hex(HashFunction.sha256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(ByteEncoding.hex(HashFunction.sha1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(ByteEncoding.decodeBase64("not base64!") == nil)
        #expect(HashFunction(algorithmName: "HmacSHA256") == .sha256)
        #expect(HashFunction(algorithmName: "SHA-512") == .sha512)
        #expect(HashFunction(algorithmName: "HmacSHA3") == nil)
    }
}
