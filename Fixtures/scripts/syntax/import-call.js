// expect: valid
const module = import('./module.js');
async function load(name) {
  const { default: main } = await import(`./plugins/${name}.js`);
  return import(name, { with: { type: 'json' } });
}
