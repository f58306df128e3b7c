// expect: valid
for (var i = 0; i < 10; i++) {}
for (let j = 0, k = 10; j < k; j++, k--) continue;
for (;;) { break; }
for (var key in object) if (object.hasOwnProperty(key)) delete object[key];
for (const key in object);
for (let [index, value] of list.entries()) {}
for (item of list) {}
for (obj.prop in source) {}
for (let in object) {}
while (condition) { if (done) break; }
do { counter++; } while (counter < 10)
do counter--; while (counter > 0);
outer: for (const row of rows) {
  inner: for (const cell of row) {
    if (!cell) continue outer;
    if (cell < 0) break inner;
  }
}
block: { if (skip) break block; work(); }
for (var x = 0 in {});
loop: while (true) { do { continue loop; } while (false); }
