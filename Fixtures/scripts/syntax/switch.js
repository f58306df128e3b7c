// expect: valid
switch (action.type) {
  case 'add':
    total += action.amount;
    break;
  case 'remove': {
    let amount = action.amount;
    total -= amount;
    break;
  }
  case 'reset':
  case 'clear':
    total = 0;
    // falls through
  default:
    log('done');
}
switch (x) {}
switch (x) { default: }
