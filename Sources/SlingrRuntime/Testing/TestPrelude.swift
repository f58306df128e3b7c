/// The test API of `slingr-pkg test`, in JavaScript: `test`/`it` (with `.skip`), `describe`
/// (with `.skip`), `beforeEach`, `afterEach` and `expect(value)` with its matchers. Compiled as
/// the file `<test-api>` (its frames are left out of stack traces, so a failed expectation is
/// reported at the `expect(...)` line of the test file). The host reads the registered tests
/// through the returned `__tests` and runs one with `__run(index)`.
enum TestPrelude {
    static let path = "<test-api>"

    static let source = #"""
    var tests = [];
    var scopes = [{ name: '', before: [], after: [], skip: false }];

    function currentScope() { return scopes[scopes.length - 1]; }

    function register(name, fn, skip) {
        if (typeof fn !== 'function' && !skip) throw new TypeError('test "' + name + '" needs a function');
        var chain = scopes.slice();
        var names = chain.slice(1).map(function (scope) { return scope.name; });
        names.push(String(name));
        tests.push({ name: names.join(' > '), fn: fn, scopes: chain,
                     skip: skip || chain.some(function (scope) { return scope.skip; }) });
    }

    function test(name, fn) { register(name, fn, false); }
    test.skip = function (name, fn) { register(name, fn, true); };

    function describe(name, fn, skip) {
        if (typeof fn !== 'function') throw new TypeError('describe "' + name + '" needs a function');
        scopes.push({ name: String(name), before: [], after: [], skip: !!skip });
        try { fn(); } finally { scopes.pop(); }
    }
    describe.skip = function (name, fn) { describe(name, fn, true); };

    function beforeEach(fn) { currentScope().before.push(fn); }
    function afterEach(fn) { currentScope().after.push(fn); }

    function run(index) {
        var entry = tests[index];
        var ran = [];
        try {
            for (var i = 0; i < entry.scopes.length; i++) {
                ran.push(entry.scopes[i]);
                entry.scopes[i].before.forEach(function (hook) { hook(); });
            }
            entry.fn();
        } finally {
            for (var j = ran.length - 1; j >= 0; j--) ran[j].after.forEach(function (hook) { hook(); });
        }
    }

    function AssertionError(message) { this.message = message; }
    AssertionError.prototype = Object.create(Error.prototype);
    AssertionError.prototype.constructor = AssertionError;
    AssertionError.prototype.name = 'AssertionError';

    function format(value) {
        if (value === undefined) return 'undefined';
        if (typeof value === 'function') return '[Function' + (value.name ? ' ' + value.name : '') + ']';
        if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
        if (value instanceof Error) return String(value);
        if (value instanceof RegExp) return String(value);
        try { var text = JSON.stringify(value); return text === undefined ? String(value) : text; } catch (e) { return String(value); }
    }

    function equals(a, b, depth) {
        if (depth > 100) return false;
        if (a === b) return true;
        if (typeof a === 'number' && typeof b === 'number') return a !== a && b !== b;
        if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
        if (Array.isArray(a) !== Array.isArray(b)) return false;
        if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
        if (a instanceof RegExp || b instanceof RegExp) return String(a) === String(b);
        if (Array.isArray(a)) {
            if (a.length !== b.length) return false;
            for (var i = 0; i < a.length; i++) if (!equals(a[i], b[i], depth + 1)) return false;
            return true;
        }
        var keysA = Object.keys(a).filter(function (k) { return a[k] !== undefined; });
        var keysB = Object.keys(b).filter(function (k) { return b[k] !== undefined; });
        if (keysA.length !== keysB.length) return false;
        for (var j = 0; j < keysA.length; j++) {
            var key = keysA[j];
            if (!Object.prototype.hasOwnProperty.call(b, key) || !equals(a[key], b[key], depth + 1)) return false;
        }
        return true;
    }

    function matchers(actual, negated) {
        function check(pass, description, expected) {
            if (pass === negated) {
                var text = 'expected ' + format(actual) + (negated ? ' not ' : ' ') + description;
                if (arguments.length > 2) text += ' ' + format(expected);
                throw new AssertionError(text);
            }
        }
        var self = {
            toBe: function (expected) { check(Object.is(actual, expected), 'to be', expected); },
            toEqual: function (expected) { check(equals(actual, expected, 0), 'to equal', expected); },
            toBeTruthy: function () { check(!!actual, 'to be truthy'); },
            toBeFalsy: function () { check(!actual, 'to be falsy'); },
            toBeNull: function () { check(actual === null, 'to be null'); },
            toBeUndefined: function () { check(actual === undefined, 'to be undefined'); },
            toBeDefined: function () { check(actual !== undefined, 'to be defined'); },
            toBeGreaterThan: function (n) { check(actual > n, 'to be greater than', n); },
            toBeGreaterThanOrEqual: function (n) { check(actual >= n, 'to be greater than or equal to', n); },
            toBeLessThan: function (n) { check(actual < n, 'to be less than', n); },
            toBeLessThanOrEqual: function (n) { check(actual <= n, 'to be less than or equal to', n); },
            toContain: function (item) {
                var found = typeof actual === 'string' ? actual.indexOf(String(item)) >= 0
                    : Array.isArray(actual) && actual.some(function (x) { return Object.is(x, item) || equals(x, item, 0); });
                check(found, 'to contain', item);
            },
            toHaveLength: function (n) { check(actual !== null && actual !== undefined && actual.length === n, 'to have length', n); },
            toHaveProperty: function (name, value) {
                var has = actual !== null && actual !== undefined && Object.prototype.hasOwnProperty.call(Object(actual), name);
                if (arguments.length > 1) check(has && equals(actual[name], value, 0), 'to have property ' + JSON.stringify(name) + ' equal to', value);
                else check(has, 'to have property', name);
            },
            toMatch: function (pattern) {
                var text = String(actual);
                check(pattern instanceof RegExp ? pattern.test(text) : text.indexOf(String(pattern)) >= 0, 'to match', pattern);
            },
            toThrow: function (expected) {
                if (typeof actual !== 'function') throw new AssertionError('expected a function to call, got ' + format(actual));
                var thrown = false, error;
                try { actual(); } catch (e) { thrown = true; error = e; }
                var message = error !== null && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
                var pass = thrown;
                if (thrown && expected !== undefined) {
                    if (typeof expected === 'string') pass = message.indexOf(expected) >= 0;
                    else if (expected instanceof RegExp) pass = expected.test(message);
                    else if (typeof expected === 'function') pass = error instanceof expected;
                }
                if (pass === negated) {
                    var what = expected === undefined ? 'to throw' : 'to throw ' + (typeof expected === 'function' ? expected.name || 'that type' : format(expected));
                    throw new AssertionError('expected the function ' + (negated ? 'not ' : '') + what + (thrown ? ', it threw ' + format(error) : ', it did not throw'));
                }
            }
        };
        return self;
    }

    function expect(actual) {
        var positive = matchers(actual, false);
        positive.not = matchers(actual, true);
        return positive;
    }

    api.test = test;
    api.it = test;
    api.describe = describe;
    api.beforeEach = beforeEach;
    api.afterEach = afterEach;
    api.expect = expect;
    api.__tests = tests;
    api.__run = run;
    """#
}
