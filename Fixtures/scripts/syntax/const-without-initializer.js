// expect error: Missing initializer in const declaration (2:11)
const limit;
