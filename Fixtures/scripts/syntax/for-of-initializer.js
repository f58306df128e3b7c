// expect error: for-of loop variable declaration may not have an initializer. (2:5)
for (let item = 0 of list) {}
