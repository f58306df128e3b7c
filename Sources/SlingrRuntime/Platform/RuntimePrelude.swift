/// The parts of the emulated platform that are most naturally JavaScript: `sys.exceptions`
/// (error kinds that inherit from `Error`). Compiled once per runtime as the file
/// `<runtime>`; its frames are left out of stack traces.
enum RuntimePrelude {
    static let path = "<runtime>"

    /// Called with the `sys.exceptions` object to fill.
    static let source = """
    function ScriptException(code, message, additionalInfo) {
        this.code = code;
        this.message = message === undefined ? String(code) : String(message);
        if (additionalInfo !== undefined) this.additionalInfo = additionalInfo;
    }
    ScriptException.prototype = Object.create(Error.prototype);
    ScriptException.prototype.constructor = ScriptException;
    ScriptException.prototype.name = 'ScriptException';
    ScriptException.prototype.throw = function () { throw this; };
    exceptions.ScriptException = ScriptException;
    exceptions.BAD_REQUEST_ERROR = 'badRequest';
    exceptions.UNAUTHORIZED_ERROR = 'unauthorized';
    exceptions.FORBIDDEN_ERROR = 'forbidden';
    exceptions.NOT_FOUND_ERROR = 'notFound';
    exceptions.VALIDATION_ERROR = 'validationErrors';
    exceptions.TIMEOUT_ERROR = 'timeout';
    exceptions.UNKNOWN_ERROR = 'unknown';
    exceptions.getMessage = function getMessage(error) {
        if (error !== null && typeof error === 'object' && error.message !== undefined) return String(error.message);
        return String(error);
    };
    exceptions.getCode = function getCode(error) {
        return error !== null && typeof error === 'object' && error.code !== undefined ? error.code : exceptions.UNKNOWN_ERROR;
    };
    exceptions.getAdditionalInfo = function getAdditionalInfo(error) {
        return error !== null && typeof error === 'object' && error.additionalInfo !== undefined ? error.additionalInfo : null;
    };
    """
}
