// expect error: Missing initializer in const declaration (2:6)
const limit;
