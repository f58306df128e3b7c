// expect: valid
try {
  risky();
} catch (error) {
  handle(error);
}
try { a(); } finally { b(); }
try { a(); } catch { recover(); }
try { a(); } catch ({ message, code = 0 }) { log(message, code); } finally {}
try {} catch ([first, ...rest]) {}
try {} catch (e) { var e = 1; }
function thrower() { throw new Error('failed: ' + reason); }
