// expect error: Optional chaining cannot appear in the tag of tagged template expressions (2:8)
obj?.tag`text`;
