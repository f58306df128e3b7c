// expect: valid
/**
 * Helpers exposed to the app as a script library.
 */
var normalizePhone = function (phone) {
    if (!phone) {
        return null;
    }
    return String(phone).replace(/[^\d+]/g, '');
};

exports.normalizePhone = normalizePhone;

exports.formatCurrency = function (amount, currency) {
    currency = currency || 'USD';
    var fixed = Number(amount || 0).toFixed(2);
    return currency + ' ' + fixed.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
};

exports.retry = function (fn, attempts) {
    var lastError;
    for (var i = 0; i < (attempts || 3); i++) {
        try {
            return fn(i);
        } catch (e) {
            lastError = e;
            sys.logs.warn('Attempt ' + (i + 1) + ' failed: ' + e.message);
        }
    }
    throw lastError;
};

exports.chunk = (list, size) => {
    const chunks = [];
    for (let start = 0; start < list.length; start += size) {
        chunks.push(list.slice(start, start + size));
    }
    return chunks;
};
